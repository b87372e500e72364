//! Any model of a supported protocol: every model in `../shared/models/`
//! (restJson1) and those of `../shared/models-other-protocols/` whose protocol
//! is implemented (awsJson1_0, awsJson1_1, awsQuery, restXml) generate a client crate that passes
//! clippy with `-D warnings` and rustdoc with `-D warnings`, allowing only the
//! unsupported features [`allowed_unsupported`] lists.

use codegen::{Header, Options};
use golden_tests::{
    allowed_unsupported, assert_crates_build_cleanly, fixture_name, other_protocol_models, runtime_dir, shared_models,
};

#[test]
fn every_shared_model_generates_a_clean_crate() {
    let runtime = runtime_dir();
    let models = shared_models().into_iter().map(|p| ("models", p));
    let other = other_protocol_models()
        .into_iter()
        .map(|p| ("models-other-protocols", p));
    let crates: Vec<_> = models
        .chain(other)
        .map(|(folder, path)| {
            let name = fixture_name(&path);
            let json = std::fs::read_to_string(&path).expect("readable model");
            let label = format!("../shared/{folder}/{name}.json");
            let options = Options {
                crate_name: format!("corpus-{name}"),
                crate_version: "0.1.0".to_owned(),
                runtime_path: runtime.clone(),
                header: Header {
                    model: label.clone(),
                    command: "cargo test -p golden-tests --test corpus".to_owned(),
                },
                partitions: None,
                allow_unsupported: allowed_unsupported(&name),
            };
            let files = codegen::generate(&label, &json, &options).unwrap_or_else(|e| panic!("{label}: {e}"));
            (name, files)
        })
        .collect();
    assert_crates_build_cleanly("corpus", &crates);
}
