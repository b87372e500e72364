//! Behavioural tests of generated paginators and waiters (see `tests/`).
//!
//! The crates under `generated/` are generated from `tests/fixtures/paginators.json`,
//! `waiters.json`, `streams_and_prefixes.json`, `timestamps.json`, `streaming.json`,
//! `endpoint_params.json` and `big_numbers.json` and committed, so the tests can depend on
//! them; `tests/generated.rs` fails when they are stale. Regenerate them with
//! `cargo run -p pagination-tests --bin regenerate` (a binary, so it builds even
//! when the committed crates do not compile).

use std::path::{Path, PathBuf};

use codegen::{Header, Options};

/// The command that regenerates the crates under `generated/`.
pub const COMMAND: &str = "cargo run -p pagination-tests --bin regenerate";

/// The fixtures whose crates are committed under `generated/`.
pub const FIXTURES: &[&str] = &[
    "paginators",
    "waiters",
    "streams_and_prefixes",
    "timestamps",
    "streaming",
    "endpoint_params",
    "big_numbers",
];

/// Compares (or, with `update`, rewrites) `generated/<fixture>` with what the
/// generator makes of `tests/fixtures/<fixture>.json`; returns the stale files.
pub fn sync(fixture: &str, update: bool) -> Vec<String> {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let model_path = here.join("../fixtures").join(format!("{fixture}.json"));
    let json = std::fs::read_to_string(&model_path).expect("fixture model is readable");
    let model = format!("tests/fixtures/{fixture}.json");
    let options = Options {
        crate_name: format!("{}-fixture", fixture.replace('_', "-")),
        crate_version: "0.1.0".to_owned(),
        runtime_path: "../../../../runtime".to_owned(),
        header: Header {
            model: model.clone(),
            command: COMMAND.to_owned(),
        },
        partitions: None,
    };
    let files = codegen::generate(&model, &json, &options).unwrap_or_else(|e| panic!("{model}: {e}"));
    let dir = here.join("generated").join(fixture);
    let mut stale = Vec::new();
    for file in &files {
        let path = dir.join(&file.path);
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() == Some(file.contents.as_str()) {
            continue;
        }
        if update {
            std::fs::create_dir_all(path.parent().expect("parent")).expect("create dir");
            std::fs::write(&path, &file.contents).expect("write file");
        }
        stale.push(file.path.clone());
    }
    let expected: Vec<PathBuf> = files.iter().map(|f| dir.join(&f.path)).collect();
    for path in walk(&dir) {
        if !expected.contains(&path) {
            if update {
                std::fs::remove_file(&path).expect("remove stale file");
            }
            stale.push(path.strip_prefix(&dir).unwrap_or(&path).display().to_string());
        }
    }
    stale
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}
