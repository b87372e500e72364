//! Every model in `../shared/models/` loads, resolves and plans without error;
//! the two that stream events only with `--allow-unsupported event-stream`.

use std::path::PathBuf;

fn shared_models() -> Vec<PathBuf> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/models"));
    let mut models: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && !p.ends_with("sdk-partitions.json"))
        .collect();
    models.sort();
    models
}

#[test]
fn every_shared_model_loads_resolves_and_plans() {
    let models = shared_models();
    assert_eq!(models.len(), 13, "the shared corpus has 13 service models");
    for path in models {
        let json = std::fs::read_to_string(&path).expect("readable model");
        let name = path.display().to_string();
        let ast = codegen::load::parse(&name, &json).unwrap_or_else(|e| panic!("{name}: {e}"));
        let model = codegen::model::resolve(ast).unwrap_or_else(|e| panic!("{name}: {e}"));
        let streams = name.ends_with("bedrock-agent-runtime.json") || name.ends_with("sagemaker-runtime.json");
        let mut allowed = std::collections::BTreeSet::new();
        if streams {
            let refused = codegen::plan::Plan::new(&model).expect_err("event streams are refused");
            assert!(
                refused
                    .0
                    .iter()
                    .all(|e| e.to_string().contains("feature `event-stream`")),
                "{name}: {refused}"
            );
            allowed.insert("event-stream".to_owned());
        }
        let plan = codegen::plan::Plan::new_allowing(&model, &allowed).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!plan.operations.is_empty(), "{name}: the service has operations");
        assert_eq!(plan.gaps.is_empty(), !streams, "{name}: gaps {:?}", plan.gaps);
    }
}
