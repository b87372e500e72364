//! Documentation attributes for generated items.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// `#[doc = "..."]` attributes, one per line, from the model's HTML documentation,
/// or from `fallback` when the model has none.
pub(super) fn doc_attrs(plan: &crate::plan::Plan<'_>, html: Option<&str>, fallback: &str) -> TokenStream {
    lines(&text(plan, html, fallback))
}

/// [`doc_attrs`] of a shape's item, followed by the notes of the unsupported
/// features generated anyway that affect it (`--allow-unsupported`).
pub(super) fn item_doc_attrs(
    plan: &crate::plan::Plan<'_>,
    shape: &crate::model::ShapeId,
    html: Option<&str>,
    fallback: &str,
) -> TokenStream {
    let mut markdown = text(plan, html, fallback);
    for note in plan.gap_notes(shape) {
        markdown.push_str("\n\n");
        markdown.push_str(&note);
    }
    lines(&markdown)
}

/// The model's HTML documentation as Markdown, or `fallback` when it has none
/// (or only whitespace).
pub(super) fn text(plan: &crate::plan::Plan<'_>, html: Option<&str>, fallback: &str) -> String {
    match html {
        Some(html) if !html.trim().is_empty() => {
            let markdown = plan.markdown.markdown(html);
            if markdown.trim().is_empty() {
                fallback.to_owned()
            } else {
                markdown.as_ref().to_owned()
            }
        }
        _ => fallback.to_owned(),
    }
}

/// `#[doc = "..."]` attributes for Markdown written by the generator.
pub(super) fn lines(markdown: &str) -> TokenStream {
    let mut attrs = TokenStream::new();
    for line in markdown.lines() {
        let line = doc_line(line);
        attrs.extend(quote!(#[doc = #line]));
    }
    attrs
}

/// `//!` module documentation.
pub(super) fn inner_lines(markdown: &str) -> TokenStream {
    let mut attrs = TokenStream::new();
    for line in markdown.lines() {
        let line = doc_line(line);
        attrs.extend(quote!(#![doc = #line]));
    }
    attrs
}

/// The literal of one doc attribute: a space after `///`, none on an empty line.
pub(crate) fn doc_line(line: &str) -> Literal {
    if line.is_empty() {
        literal("")
    } else {
        literal(&format!(" {line}"))
    }
}

/// The string literal of a doc attribute: raw (`r" text"`), as `quote!` writes
/// a `///` comment. An escaped literal is escaped by `quote`, then unescaped by
/// `syn` and again by `prettyplease`, a char at a time; doc text is most of the
/// generator's string literals, and this saved 5% of a generation's
/// instructions. The printed comment is the same. Text a raw string cannot hold
/// (a carriage return) gets an escaped literal.
pub(crate) fn literal(text: &str) -> Literal {
    if text.contains('\r') {
        return Literal::string(text);
    }
    // Enough `#`s that no `"` in the text closes the literal early.
    let hashes = "#".repeat(longest_quote_hash_run(text).map_or(0, |n| n + 1));
    format!("r{hashes}\"{text}\"{hashes}")
        .parse()
        .unwrap_or_else(|_| Literal::string(text))
}

/// The longest run of `#` after a `"` in `text` (0 for a bare `"`), if any `"`.
fn longest_quote_hash_run(text: &str) -> Option<usize> {
    text.match_indices('"')
        .map(|(at, _)| text[at + 1..].bytes().take_while(|&b| b == b'#').count())
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a doc literal reads back as, through `syn` as `prettyplease` reads it.
    fn value(literal: &Literal) -> String {
        syn::parse2::<syn::LitStr>(quote!(#literal))
            .expect("a string literal")
            .value()
    }

    #[test]
    fn doc_literals_are_raw_and_read_back_as_their_text() {
        for text in [
            "",
            " Plain text.",
            r#" Quotes: "a" and a backslash \ stay as written."#,
            r###" A quote then hashes: "# and "## end no literal."###,
        ] {
            let literal = literal(text);
            assert!(literal.to_string().starts_with('r'), "{literal}");
            assert_eq!(value(&literal), text);
        }
    }

    #[test]
    fn text_a_raw_string_cannot_hold_gets_an_escaped_literal() {
        let literal = literal(" a\rb");
        assert!(literal.to_string().starts_with('"'), "{literal}");
        assert_eq!(value(&literal), " a\rb");
    }

    #[test]
    fn a_doc_literal_prints_as_the_escaped_one_does() {
        let text = r##" Say "hi"# to `x`\n."##;
        let escaped = Literal::string(text);
        let raw = literal(text);
        let print = |l: &Literal| prettyplease::unparse(&syn::parse_quote!(#[doc = #l] struct S;));
        assert_eq!(print(&raw), print(&escaped));
    }
}
