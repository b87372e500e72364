//! Converts every `smithy.api#documentation` string of every model in
//! `shared/models` and checks that the Markdown is safe for rustdoc.

use std::path::Path;

use codegen::docs::html_to_markdown;

fn models_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/models"))
}

fn collect_docs(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("smithy.api#documentation", serde_json::Value::String(doc)) => out.push(doc.clone()),
                    _ => collect_docs(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_docs(v, out)),
        _ => {}
    }
}

/// Splits a Markdown line into text segments outside code spans; `\x` escapes
/// are kept as two characters.
fn outside_code(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' if i + 1 < chars.len() => {
                out.push(chars[i]);
                out.push(chars[i + 1]);
                i += 2;
            }
            '`' => {
                let n = chars[i..].iter().take_while(|&&c| c == '`').count();
                // Find a closing run of exactly n backticks.
                let mut j = i + n;
                let mut close = None;
                while j < chars.len() {
                    if chars[j] == '`' {
                        let m = chars[j..].iter().take_while(|&&c| c == '`').count();
                        if m == n {
                            close = Some(j);
                            break;
                        }
                        j += m;
                    } else {
                        j += 1;
                    }
                }
                match close {
                    Some(j) => {
                        out.push_str("CODE");
                        i = j + n;
                    }
                    None => panic!("unbalanced code span in {line:?}"),
                }
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

fn check(md: &str) -> Result<(), String> {
    if md != md.trim_matches('\n') {
        return Err("leading or trailing blank line".into());
    }
    if md.contains("\n\n\n") {
        return Err("double blank line".into());
    }
    let mut fence: Option<String> = None;
    // Content columns of the enclosing list items.
    let mut list_cols: Vec<usize> = Vec::new();
    for line in md.lines() {
        if line != line.trim_end() {
            return Err(format!("trailing whitespace: {line:?}"));
        }
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let quote_stripped = trimmed.trim_start_matches("> ").trim_start_matches('>');
        if let Some(open) = &fence {
            if quote_stripped.trim_start() == open {
                fence = None;
            }
            continue;
        }
        if quote_stripped.starts_with("```") {
            let ticks = quote_stripped.chars().take_while(|&c| c == '`').count();
            if &quote_stripped[ticks..] != "text" {
                return Err(format!("code block not marked text: {line:?}"));
            }
            fence = Some("`".repeat(ticks));
            continue;
        }
        if quote_stripped.starts_with('~') {
            return Err(format!("tilde fence: {line:?}"));
        }
        if trimmed.is_empty() {
            continue;
        }
        while list_cols.last().is_some_and(|&col| col > indent) {
            list_cols.pop();
        }
        let base = list_cols.last().copied().unwrap_or(0);
        if indent >= base + 4 {
            return Err(format!("indented code block: {line:?}"));
        }
        let marker = if trimmed.starts_with("- ") {
            Some(2)
        } else {
            let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
            (digits > 0 && trimmed[digits..].starts_with(". ")).then_some(digits + 2)
        };
        if let Some(len) = marker {
            list_cols.push(indent + len);
        }
        let text = outside_code(quote_stripped);
        if text.starts_with('#') {
            return Err(format!("heading: {line:?}"));
        }
        for tag in [
            "p",
            "code",
            "a",
            "li",
            "ul",
            "ol",
            "b",
            "i",
            "note",
            "important",
            "pre",
            "br",
            "dl",
            "dt",
            "dd",
            "fullname",
        ] {
            if text.contains(&format!("<{tag}>"))
                || text.contains(&format!("</{tag}>"))
                || text.contains(&format!("<{tag} "))
            {
                return Err(format!("raw <{tag}> tag: {line:?}"));
            }
        }
        // `<` only as an autolink, `[` only escaped or as `[text](http...)`.
        let bytes = text.as_bytes();
        // End of the current `[label](http...)` label: URLs in labels are fine.
        let mut label_end = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escaped = i > 0 && bytes[i - 1] == b'\\' && (i < 2 || bytes[i - 2] != b'\\');
            match b {
                b'<' if !text[i..].starts_with("<http") => return Err(format!("raw '<': {line:?}")),
                b'[' if !escaped => {
                    let rest = &text[i..];
                    let ok = rest.find("](").is_some_and(|j| rest[j + 2..].starts_with("http"));
                    match rest.find("](") {
                        Some(j) if ok => label_end = label_end.max(i + j),
                        _ => return Err(format!("unescaped '[': {line:?}")),
                    }
                }
                b'h' if (text[i..].starts_with("http://") || text[i..].starts_with("https://"))
                    && i >= label_end
                    && (i == 0 || !matches!(bytes[i - 1], b'<' | b'(')) =>
                {
                    return Err(format!("bare URL: {line:?}"));
                }
                _ => {}
            }
        }
    }
    if fence.is_some() {
        return Err("unclosed code fence".into());
    }
    Ok(())
}

#[test]
fn every_model_doc_converts_to_safe_markdown() {
    let mut paths: Vec<_> = std::fs::read_dir(models_dir())
        .expect("shared/models next to the repository")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no models found");

    let mut docs = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).expect("readable model");
        let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        collect_docs(&json, &mut docs);
    }
    assert!(docs.len() > 1000, "expected many docs, found {}", docs.len());

    // Speed is measured by `cargo bench -p codegen`, not asserted here.
    let converted: Vec<String> = docs.iter().map(|d| html_to_markdown(d)).collect();

    let mut failures = Vec::new();
    for (source, md) in docs.iter().zip(&converted) {
        if let Err(e) = check(md) {
            failures.push(format!("{e}\n--- source:\n{source}\n--- markdown:\n{md}\n"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} docs failed:\n{}",
        failures.len(),
        docs.len(),
        failures.iter().take(5).cloned().collect::<String>()
    );
}

/// The invariant checker itself must catch what it is meant to catch.
#[test]
fn checker_rejects_unsafe_markdown() {
    let bad = [
        "[foo]",
        "see http://example.com",
        "a <b> c",
        "<p>x</p>",
        "```\ncode\n```",
        "```text\nunclosed",
        "para\n\n    indented",
        "trailing ",
        "\nleading",
        "# heading",
        "[x](relative.html)",
        "[a](https://a.b) http://c.d",
    ];
    for md in bad {
        assert!(check(md).is_err(), "accepted {md:?}");
    }
    let good = [
        "\\[foo\\] `[x]` [a](https://a.b) <https://a.b> `<p>`",
        "- a\n  - b\n    - c\n      - d\n\n        para",
        "> ```text\n>     code\n> ```",
        "10. x\n\n    y",
        "[see https://a.b/x](https://a.b/y)",
    ];
    for md in good {
        assert_eq!(check(md), Ok(()), "rejected {md:?}");
    }
}
