//! Golden tests: each fixture model's generated crate is a snapshot
//! (`cargo insta review` to accept a change), and every fixture crate compiles
//! without warnings.

use std::path::Path;
use std::process::Command;

use golden_tests::{concatenate, fixture_name, fixtures, generate_fixture, tests_dir};

#[test]
fn fixture_output_matches_snapshot() {
    insta::glob!("fixtures/*.json", |path| {
        let files = generate_fixture(path, "../../../runtime").unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        insta::assert_snapshot!(concatenate(&files));
    });
}

#[test]
fn generation_is_deterministic() {
    for path in fixtures() {
        let first = generate_fixture(&path, "runtime").expect("fixture generates");
        let second = generate_fixture(&path, "runtime").expect("fixture generates");
        assert_eq!(first, second, "{} generates the same bytes twice", path.display());
    }
}

/// Writes every fixture crate into one scratch workspace under `target/` and
/// runs clippy with `-D warnings` on all of them, and rustdoc with `-D warnings`.
#[test]
fn fixture_crates_compile_without_warnings() {
    let root = tests_dir().join("..");
    let scratch = root.join("target/golden-fixtures");
    let _ = std::fs::remove_dir_all(scratch.join("crates"));
    let mut members = Vec::new();
    for path in fixtures() {
        let name = fixture_name(&path);
        let dir = scratch.join("crates").join(&name);
        let runtime = root.join("runtime").canonicalize().expect("runtime crate exists");
        let files = generate_fixture(&path, &runtime.to_string_lossy()).expect("fixture generates");
        for file in files {
            let target = dir.join(&file.path);
            std::fs::create_dir_all(target.parent().expect("parent")).expect("create dir");
            std::fs::write(&target, &file.contents).expect("write file");
        }
        members.push(format!("\"crates/{name}\""));
    }
    let manifest = format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", members.join(", "));
    std::fs::write(scratch.join("Cargo.toml"), manifest).expect("write workspace manifest");
    let _ = std::fs::copy(root.join("Cargo.lock"), scratch.join("Cargo.lock"));

    let target_dir = root.join("target/golden-fixtures-target");
    cargo(&scratch, &target_dir, &["clippy", "--workspace", "--offline", "--quiet", "--", "-D", "warnings"], &[]);
    cargo(&scratch, &target_dir, &["doc", "--workspace", "--no-deps", "--offline", "--quiet"], &[("RUSTDOCFLAGS", "-D warnings")]);
}

fn cargo(dir: &Path, target_dir: &Path, args: &[&str], env: &[(&str, &str)]) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target_dir)
        .envs(env.iter().copied())
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "`cargo {}` failed on the fixture crates:\n{}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// insta leaves a snapshot behind when a fixture or model is renamed or removed;
/// such a file must not linger and mislead a reviewer.
#[test]
fn every_snapshot_file_is_referenced() {
    let mut expected: Vec<String> = fixtures()
        .iter()
        .map(|p| format!("golden__fixture_output_matches_snapshot@{}.json.snap", fixture_name(p)))
        .collect();
    expected.push("names__name_table_of_our_model.snap".to_owned());
    let shared = golden_tests::shared_models_dir();
    for entry in std::fs::read_dir(&shared).expect("shared models") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "json") && !path.ends_with("sdk-partitions.json") {
            expected.push(format!("names__{}.snap", fixture_name(&path)));
        }
    }
    let mut unreferenced = Vec::new();
    for entry in std::fs::read_dir(tests_dir().join("snapshots")).expect("snapshots dir") {
        let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
        if !expected.contains(&name) {
            unreferenced.push(name);
        }
    }
    assert!(unreferenced.is_empty(), "unreferenced snapshot files (delete them): {unreferenced:?}");
}
