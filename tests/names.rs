//! The name table (shape to type, member to field, enum value to variant,
//! operation to method) of our model and of every shared model of a supported
//! protocol, as snapshots.

use golden_tests::{allowed_unsupported, fixture_name, other_protocol_models, shared_models, tests_dir};

fn name_table(path: &std::path::Path) -> String {
    let json = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = path.display().to_string();
    let model = codegen::load::parse(&name, &json)
        .and_then(codegen::model::resolve)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let allowed = allowed_unsupported(&fixture_name(path));
    let plan = codegen::plan::Plan::new_allowing(&model, &allowed).unwrap_or_else(|e| panic!("{name}: {e}"));
    plan.name_table()
}

#[test]
fn name_table_of_our_model() {
    insta::assert_snapshot!(name_table(&tests_dir().join("../model/iot-jobs-data.json")));
}

#[test]
fn name_tables_of_shared_models() {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for path in shared_models().into_iter().chain(other_protocol_models()) {
            let stem = path.file_stem().expect("name").to_string_lossy().into_owned();
            insta::assert_snapshot!(format!("names__{stem}"), name_table(&path));
        }
    });
}
