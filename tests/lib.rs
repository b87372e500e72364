//! Shared helpers of the golden tests: generating a fixture model in memory.

use std::path::{Path, PathBuf};

use codegen::{GeneratedFile, Header, Options};

/// The folder of this package.
pub fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shared service models beside the repository.
pub fn shared_models_dir() -> PathBuf {
    tests_dir().join("../../shared/models")
}

/// The fixture models under `tests/fixtures/`, sorted.
pub fn fixtures() -> Vec<PathBuf> {
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(tests_dir().join("fixtures"))
        .expect("tests/fixtures exists")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    fixtures.sort();
    fixtures
}

/// The name of a fixture, from its file name.
pub fn fixture_name(path: &Path) -> String {
    path.file_stem().expect("a file name").to_string_lossy().into_owned()
}

/// Generates the crate of a fixture model, as it would be written to
/// `<out>/<name>` beside a runtime at `runtime_path`.
pub fn generate_fixture(path: &Path, runtime_path: &str) -> Result<Vec<GeneratedFile>, codegen::Errors> {
    let name = fixture_name(path);
    let json = std::fs::read_to_string(path).expect("readable fixture");
    let model = format!("tests/fixtures/{name}.json");
    let options = Options {
        crate_name: format!("fixture-{}", name.replace('_', "-")),
        crate_version: "0.1.0".to_owned(),
        runtime_path: runtime_path.to_owned(),
        header: Header { model: model.clone(), command: "cargo test -p golden-tests".to_owned() },
        partitions: None,
    };
    codegen::generate(&model, &json, &options)
}

/// All files of a crate as one text, for a snapshot: each file under a line
/// naming it.
pub fn concatenate(files: &[GeneratedFile]) -> String {
    let mut out = String::new();
    for file in files {
        out.push_str(&format!("==== {} ====\n{}\n", file.path, file.contents));
    }
    out
}
