//! Golden tests: each file of each fixture model's generated crate is a snapshot
//! (`cargo insta review` to accept a change), and every fixture crate compiles
//! without warnings.

use std::panic::{catch_unwind, AssertUnwindSafe};

use golden_tests::{
    assert_crates_build_cleanly, fixture_name, fixtures, generate_fixture, runtime_dir, snapshot_name, tests_dir,
};

/// Every file is compared, so that one run shows (and writes as `.snap.new`)
/// every changed snapshot, not only the first.
#[test]
fn fixture_output_matches_snapshot() {
    let mut changed = Vec::new();
    for path in fixtures() {
        let fixture = fixture_name(&path);
        let files = generate_fixture(&path, "../../../runtime").unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut settings = insta::Settings::clone_current();
        settings.set_input_file(&path);
        settings.bind(|| {
            for file in &files {
                let name = snapshot_name(&fixture, &file.path);
                let compared = catch_unwind(AssertUnwindSafe(|| {
                    insta::assert_snapshot!(name.clone(), &file.contents)
                }));
                if compared.is_err() {
                    changed.push(name);
                }
            }
        });
    }
    assert!(
        changed.is_empty(),
        "{} snapshot(s) differ: {changed:?}; review them with `cargo insta review`",
        changed.len()
    );
}

#[test]
fn generation_is_deterministic() {
    for path in fixtures() {
        let first = generate_fixture(&path, "runtime").expect("fixture generates");
        let second = generate_fixture(&path, "runtime").expect("fixture generates");
        assert_eq!(first, second, "{} generates the same bytes twice", path.display());
    }
}

/// Every fixture crate passes clippy with `-D warnings` and rustdoc with `-D warnings`.
#[test]
fn fixture_crates_compile_without_warnings() {
    let runtime = runtime_dir();
    let crates: Vec<_> = fixtures()
        .iter()
        .map(|path| {
            (
                fixture_name(path),
                generate_fixture(path, &runtime).expect("fixture generates"),
            )
        })
        .collect();
    assert_crates_build_cleanly("golden-fixtures", &crates);
}

/// insta leaves a snapshot behind when a fixture or model is renamed or removed;
/// such a file must not linger and mislead a reviewer.
#[test]
fn every_snapshot_file_is_referenced() {
    let mut expected = Vec::new();
    for path in fixtures() {
        let files = generate_fixture(&path, "runtime").expect("fixture generates");
        for file in files {
            expected.push(format!(
                "golden__{}.snap",
                snapshot_name(&fixture_name(&path), &file.path)
            ));
        }
    }
    expected.push("names__name_table_of_our_model.snap".to_owned());
    for path in golden_tests::shared_models()
        .into_iter()
        .chain(golden_tests::other_protocol_models())
    {
        expected.push(format!("names__{}.snap", fixture_name(&path)));
    }
    let mut unreferenced = Vec::new();
    for entry in std::fs::read_dir(tests_dir().join("snapshots")).expect("snapshots dir") {
        let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
        // `*.snap.new` files are insta's pending changes, ignored by git.
        if name.ends_with(".snap") && !expected.contains(&name) {
            unreferenced.push(name);
        }
    }
    assert!(
        unreferenced.is_empty(),
        "unreferenced snapshot files (delete them): {unreferenced:?}"
    );
}
