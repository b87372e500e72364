//! A generated crate as one module of another crate: the test harnesses build
//! clients into `OUT_DIR` and `include!` them, so nothing generated is committed
//! and the clients are always in step with the generator.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::emit::GeneratedFile;

/// The crate's `src/lib.rs` with every `mod x;` replaced by the module's
/// contents, and `crate::` paths rewritten to start with `to`
/// (`"crate::clients::foo::"`). `append` may add text at the end of a file's
/// module, given the file's path (`src/operation/get_thing.rs`); it is
/// rewritten the same way.
pub fn crate_as_module(files: &[GeneratedFile], to: &str, append: &dyn Fn(&str) -> Option<String>) -> String {
    let files: BTreeMap<&str, &GeneratedFile> = files.iter().map(|f| (f.path.as_str(), f)).collect();
    inline(&files, "src/lib.rs", to, append)
}

fn inline(
    files: &BTreeMap<&str, &GeneratedFile>,
    path: &str,
    to: &str,
    append: &dyn Fn(&str) -> Option<String>,
) -> String {
    let file = files.get(path).unwrap_or_else(|| panic!("no generated file {path}"));
    let dir = if path == "src/lib.rs" {
        "src/".to_owned()
    } else {
        format!("{}/", path.trim_end_matches(".rs"))
    };
    let mut out = String::new();
    for line in file.contents.lines() {
        let trimmed = line.trim();
        let declaration = trimmed
            .strip_suffix(';')
            .and_then(|l| {
                l.strip_prefix("mod ")
                    .or_else(|| l.strip_prefix("pub mod "))
                    .or_else(|| l.strip_prefix("pub(crate) mod "))
            })
            .filter(|name| name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '#'));
        match declaration {
            Some(name) => {
                let child = format!("{dir}{}.rs", name.trim_start_matches("r#"));
                let head = trimmed.strip_suffix(';').expect("a declaration ends with `;`");
                let body = inline(files, &child, to, append);
                writeln!(out, "{head} {{\n{body}\n}}").expect("writing to a String");
            }
            None => {
                out.push_str(&rewrite_crate_paths(line, to, &[]));
                out.push('\n');
            }
        }
    }
    if let Some(text) = append(path) {
        out.push_str(&rewrite_crate_paths(&text, to, &[]));
    }
    out
}

/// `crate::x` to `<to>x`, where `crate` is a whole word and `x` starts with
/// none of `keep` (modules of the including crate, such as `support::`).
pub fn rewrite_crate_paths(text: &str, to: &str, keep: &[&str]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        out.push_str(&rest[..at]);
        let after = &rest[at + "crate::".len()..];
        let in_word = before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$');
        if in_word || keep.iter().any(|prefix| after.starts_with(prefix)) {
            out.push_str("crate::");
        } else {
            out.push_str(to);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, contents: &str) -> GeneratedFile {
        GeneratedFile {
            path: path.to_owned(),
            contents: contents.to_owned(),
        }
    }

    #[test]
    fn modules_are_inlined_and_paths_rewritten() {
        let files = [
            file("src/lib.rs", "pub mod types;\nmod r#type;\nuse crate::types::A;"),
            file("src/types.rs", "pub struct A(pub crate::r#type::B);"),
            file("src/type.rs", "pub struct B;"),
        ];
        let text = crate_as_module(&files, "crate::x::", &|path| {
            (path == "src/types.rs").then(|| "fn extra(_: crate::types::A) {}\n".to_owned())
        });
        assert_eq!(
            text,
            "pub mod types {\npub struct A(pub crate::x::r#type::B);\nfn extra(_: crate::x::types::A) {}\n\n}\n\
             mod r#type {\npub struct B;\n\n}\nuse crate::x::types::A;\n"
        );
    }

    #[test]
    fn only_whole_word_crate_paths_are_rewritten() {
        assert_eq!(
            rewrite_crate_paths(
                "$crate::a, my_crate::b, (crate::c), crate::support::d",
                "crate::m::",
                &["support::"]
            ),
            "$crate::a, my_crate::b, (crate::m::c), crate::support::d"
        );
    }
}
