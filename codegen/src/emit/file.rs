//! Turns tokens into the text of a generated file: parsed with `syn`, printed
//! with `prettyplease`, spaced out, under a header.

use proc_macro2::TokenStream;

use crate::error::Error;

/// One file of a generated crate, in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the crate root, with `/` separators.
    pub path: String,
    /// The whole contents.
    pub contents: String,
}

/// What every generated file says about where it comes from.
#[derive(Debug, Clone)]
pub struct Header {
    /// The model, as the maintainer names it (`model/iot-jobs-data.json`).
    pub model: String,
    /// The command that regenerates the file.
    pub command: String,
}

impl Header {
    fn lines(&self, comment: &str) -> String {
        format!(
            "{comment} Code generated from `{}` by `{}`. DO NOT EDIT.\n",
            self.model, self.command
        )
    }
}

/// Renders Rust tokens as a file. Tokens that do not parse are a generator bug,
/// reported as an error naming the file rather than written out.
pub(super) fn rust_file(path: &str, header: &Header, tokens: TokenStream) -> Result<GeneratedFile, Error> {
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| Error::Model(format!("generator bug: `{path}` is not valid Rust: {e}")))?;
    let printed = prettyplease::unparse(&file);
    let contents = format!("{}\n{}", header.lines("//"), space_items(&printed));
    Ok(GeneratedFile {
        path: path.to_owned(),
        contents,
    })
}

/// A non-Rust file (Cargo.toml) with a `#` header.
pub(super) fn toml_file(path: &str, header: &Header, body: &str) -> GeneratedFile {
    GeneratedFile {
        path: path.to_owned(),
        contents: format!("{}\n{body}", header.lines("#")),
    }
}

/// prettyplease does not separate items; a reader wants a blank line after each
/// block that closes at the indentation where the next item starts.
fn space_items(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        let Some(next) = lines.get(i + 1) else { continue };
        if next.trim().is_empty() {
            continue;
        }
        let indent = |s: &str| s.len() - s.trim_start().len();
        let same_indent = indent(line) == indent(next);
        let trimmed = line.trim();
        let next_trimmed = next.trim_start();
        let closes_block = trimmed == "}" && same_indent && starts_item(next_trimmed);
        let ends_uses =
            indent(line) == 0 && trimmed.starts_with("use ") && !next_trimmed.starts_with("use ") && indent(next) == 0;
        let one_line_item = indent(line) == 0
            && trimmed.ends_with(';')
            && indent(next) == 0
            && (next_trimmed.starts_with("///") || next_trimmed.starts_with("#["));
        if closes_block || ends_uses || one_line_item {
            out.push('\n');
        }
    }
    out
}

/// Whether a line starts an item (or its docs and attributes), as opposed to a
/// statement or a match arm, which stay packed.
fn starts_item(line: &str) -> bool {
    const STARTS: &[&str] = &[
        "///",
        "//!",
        "#[",
        "#![",
        "pub ",
        "pub(",
        "fn ",
        "async fn ",
        "const ",
        "static ",
        "impl ",
        "impl<",
        "struct ",
        "enum ",
        "mod ",
        "type ",
        "trait ",
        "use ",
        "unsafe ",
    ];
    STARTS.iter().any(|start| line.starts_with(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separates_items_and_methods() {
        let text = "struct A {\n    a: i32,\n}\nimpl A {\n    fn a() {}\n    fn b() {\n        x();\n    }\n    fn c() {}\n}\n";
        let expected = "struct A {\n    a: i32,\n}\n\nimpl A {\n    fn a() {}\n    fn b() {\n        x();\n    }\n\n    fn c() {}\n}\n";
        assert_eq!(space_items(text), expected);
    }

    #[test]
    fn keeps_match_arms_and_statements_packed() {
        let text = "fn f() {\n    match x {\n        A => {\n            a();\n        }\n        B => {\n            b();\n        }\n    }\n    if y {\n        c();\n    }\n    d();\n}\n";
        assert_eq!(space_items(text), text);
    }
}
