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
    /// The first line of a generated file, behind the file type's comment marker
    /// (`//` for Rust, `#` for TOML), ending with a newline.
    pub fn line(&self, comment: &str) -> String {
        format!(
            "{comment} Code generated from `{}` by `{}`. DO NOT EDIT.\n",
            self.model, self.command
        )
    }
}

/// Whether a file's text starts with the header of a generated file, whatever its
/// model and command: the mark by which the writer tells its own files from a
/// user's, so it never overwrites or removes a file it did not write.
pub fn is_generated(contents: &str) -> bool {
    let first = contents.lines().next().unwrap_or("");
    let Some(rest) = first.strip_prefix("// ").or_else(|| first.strip_prefix("# ")) else {
        return false;
    };
    rest.starts_with("Code generated from `") && rest.ends_with("`. DO NOT EDIT.")
}

/// Renders Rust tokens as a file. Tokens that do not parse are a generator bug,
/// reported as an error naming the file rather than written out.
pub(super) fn rust_file(path: &str, header: &Header, tokens: TokenStream) -> Result<GeneratedFile, Error> {
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| Error::Model(format!("generator bug: `{path}` is not valid Rust: {e}")))?;
    let printed = prettyplease::unparse(&file);
    let mut contents = header.line("//");
    contents.reserve(1 + printed.len() + printed.len() / 16);
    contents.push('\n');
    space_items_into(&printed, &mut contents);
    Ok(GeneratedFile {
        path: path.to_owned(),
        contents,
    })
}

/// A TOML file (`Cargo.toml`, `rustfmt.toml`) with a `#` header.
pub(super) fn toml_file(path: &str, header: &Header, body: &str) -> GeneratedFile {
    GeneratedFile {
        path: path.to_owned(),
        contents: format!("{}\n{body}", header.line("#")),
    }
}

/// [`space_items_into`] a new string.
#[cfg(test)]
fn space_items(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    space_items_into(text, &mut out);
    out
}

/// Appends `text` to `out`, spaced out: prettyplease does not separate items; a
/// reader wants a blank line after each block that closes at the indentation
/// where the next item starts. Each line is measured once.
fn space_items_into(text: &str, out: &mut String) {
    // Each line with its text after the indentation, and the indentation's width.
    let mut lines = text
        .lines()
        .map(|line| {
            let after_indent = line.trim_start();
            (line, after_indent, line.len() - after_indent.len())
        })
        .peekable();
    while let Some((line, after_indent, indent)) = lines.next() {
        out.push_str(line);
        out.push('\n');
        let Some(&(_, next_trimmed, next_indent)) = lines.peek() else {
            break;
        };
        if next_trimmed.is_empty() {
            continue;
        }
        let trimmed = after_indent.trim_end();
        let closes_block = trimmed == "}" && indent == next_indent && starts_item(next_trimmed);
        let ends_uses =
            indent == 0 && trimmed.starts_with("use ") && !next_trimmed.starts_with("use ") && next_indent == 0;
        let one_line_item = indent == 0
            && trimmed.ends_with(';')
            && next_indent == 0
            && (next_trimmed.starts_with("///") || next_trimmed.starts_with("#["));
        if closes_block || ends_uses || one_line_item {
            out.push('\n');
        }
    }
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

    fn header() -> Header {
        Header {
            model: "model/m.json".to_owned(),
            command: "cargo xtask codegen".to_owned(),
        }
    }

    #[test]
    fn generated_files_are_recognised_by_their_header() {
        let rust = rust_file(
            "src/lib.rs",
            &header(),
            quote::quote!(
                pub struct A;
            ),
        )
        .expect("valid Rust");
        assert!(is_generated(&rust.contents), "{}", rust.contents);
        assert!(is_generated(
            &toml_file("Cargo.toml", &header(), "[package]\n").contents
        ));
    }

    #[test]
    fn a_file_without_the_header_is_not_generated() {
        assert!(!is_generated(""));
        assert!(!is_generated("pub struct Mine;\n"));
        assert!(!is_generated("// My notes. DO NOT EDIT.\n"));
        // The header moved below a user's line: the user has taken the file over.
        assert!(!is_generated(&format!("// mine\n{}", header().line("//"))));
    }

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
