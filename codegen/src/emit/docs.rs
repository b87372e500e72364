//! Documentation attributes for generated items.

use proc_macro2::TokenStream;
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

/// The text of one doc attribute: a space after `///`, none on an empty line.
fn doc_line(line: &str) -> String {
    if line.is_empty() {
        String::new()
    } else {
        format!(" {line}")
    }
}
