//! Any restJson1 model: every model in `../shared/models/` generates a client
//! crate that passes clippy with `-D warnings` and rustdoc with `-D warnings`.

use codegen::{Header, Options};
use golden_tests::{assert_crates_build_cleanly, fixture_name, runtime_dir, shared_models_dir};

#[test]
fn every_shared_model_generates_a_clean_crate() {
    let runtime = runtime_dir();
    let mut paths: Vec<_> = std::fs::read_dir(shared_models_dir())
        .expect("shared models")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && !p.ends_with("sdk-partitions.json"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 13, "the shared corpus has 13 service models");
    let crates: Vec<_> = paths
        .iter()
        .map(|path| {
            let name = fixture_name(path);
            let json = std::fs::read_to_string(path).expect("readable model");
            let label = format!("../shared/models/{name}.json");
            let options = Options {
                crate_name: format!("corpus-{name}"),
                crate_version: "0.1.0".to_owned(),
                runtime_path: runtime.clone(),
                header: Header {
                    model: label.clone(),
                    command: "cargo test -p golden-tests --test corpus".to_owned(),
                },
                partitions: None,
            };
            let files = codegen::generate(&label, &json, &options).unwrap_or_else(|e| panic!("{label}: {e}"));
            (name, files)
        })
        .collect();
    assert_crates_build_cleanly("corpus", &crates);
}
