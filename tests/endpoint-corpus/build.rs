//! Generates one endpoint module per model of `../shared/models` and
//! `../shared/models-other-protocols` (and per fixture
//! model of `fixtures/`, which exercise the rest of the rules language): the resolver
//! compiled from the service's `smithy.rules#endpointRuleSet` and one test per case
//! of its `smithy.rules#endpointTests`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let models_dir = manifest.join("../../../shared/models");
    // The rule sets of the other protocols' models: their resolvers do not depend
    // on the protocol (STS brings `AWS::STS::UseGlobalEndpoint`).
    let other_models_dir = manifest.join("../../../shared/models-other-protocols");
    let fixtures_dir = manifest.join("fixtures");
    let mut files = Vec::new();
    for dir in [&models_dir, &other_models_dir, &fixtures_dir] {
        println!("cargo:rerun-if-changed={}", dir.display());
        files.extend(
            std::fs::read_dir(dir)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
                .map(|entry| entry.expect("directory entry").path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .filter(|p| p.file_name().is_some_and(|n| n != "sdk-partitions.json")),
        );
    }
    files.sort();
    // The project's partitions table: test cases that contradict it are generated as
    // expected-divergence tests (see `codegen::endpoint::test_module_with`).
    let partitions_path = manifest.join("../../model/partitions.json");
    println!("cargo:rerun-if-changed={}", partitions_path.display());
    let partitions: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&partitions_path).expect("model/partitions.json is readable"))
            .expect("model/partitions.json is JSON");
    let mut index = String::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        if let Some(module) = generate(path, &out_dir, &partitions) {
            index.push_str(&module);
        }
    }
    std::fs::write(out_dir.join("models.rs"), index).expect("write models.rs");
}

/// Writes `<module>.rs` for one model and returns its `pub mod` item for `models.rs`.
fn generate(path: &Path, out_dir: &Path, partitions: &serde_json::Value) -> Option<String> {
    let stem = path.file_stem()?.to_str()?.to_owned();
    let module = stem.replace(['-', '.'], "_");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let model: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let shapes = model.get("shapes").and_then(serde_json::Value::as_object)?;
    let (service_id, service) = shapes
        .iter()
        .find(|(_, shape)| shape.get("type").and_then(serde_json::Value::as_str) == Some("service"))?;
    let traits = service.get("traits")?;
    let has_bdd = traits.get("smithy.rules#endpointBdd").is_some();
    let Some(rule_set) = traits.get("smithy.rules#endpointRuleSet") else {
        println!(
            "cargo:warning={stem}: {service_id} has no smithy.rules#endpointRuleSet{}; skipped",
            if has_bdd {
                " (only smithy.rules#endpointBdd, which is not supported)"
            } else {
                ""
            }
        );
        return None;
    };
    if has_bdd {
        println!("cargo:warning={stem}: smithy.rules#endpointBdd ignored; the rule set is compiled");
    }
    let empty = serde_json::json!({ "testCases": [] });
    let tests = traits.get("smithy.rules#endpointTests").unwrap_or(&empty);
    let fail = |e: codegen::endpoint::EndpointCodegenError| -> ! { panic!("{stem} ({service_id}): {e}") };
    let resolver = codegen::endpoint::resolver_module(rule_set).unwrap_or_else(|e| fail(e));
    let divergent = |case: &serde_json::Value| codegen::endpoint::contradicts_partitions(case, partitions);
    let test_items = codegen::endpoint::test_module_with(tests, rule_set, &divergent).unwrap_or_else(|e| fail(e));
    let count = codegen::endpoint::test_case_count(tests);
    let (input_tests, input_count, left) =
        codegen::endpoint::operation_input_tests(tests, rule_set).unwrap_or_else(|e| fail(e));
    if left > 0 {
        println!("cargo:warning={stem}: {left} operationInputs bind input members; only a generated client tests them");
    }
    let tokens = quote_file(resolver, quote::quote!(#test_items #input_tests), count, input_count);
    let file: syn::File = syn::parse2(tokens).unwrap_or_else(|e| panic!("{stem}: generated code does not parse: {e}"));
    std::fs::write(out_dir.join(format!("{module}.rs")), prettyplease::unparse(&file)).expect("write module");
    let mut item = String::new();
    let _ = writeln!(
        item,
        "#[doc = \" Endpoint resolver of `{service_id}` (`{stem}.json`), with its {count} endpoint test cases.\"]\n\
         pub mod {module} {{\n    include!(concat!(env!(\"OUT_DIR\"), \"/{module}.rs\"));\n}}"
    );
    Some(item)
}

fn quote_file(
    resolver: proc_macro2::TokenStream,
    tests: proc_macro2::TokenStream,
    count: usize,
    input_count: usize,
) -> proc_macro2::TokenStream {
    let count = proc_macro2::Literal::usize_unsuffixed(count);
    let input_count = proc_macro2::Literal::usize_unsuffixed(input_count);
    quote::quote! {
        #resolver

        /// The number of `smithy.rules#endpointTests` cases of the model (one `#[test]` each).
        pub const TEST_CASES: usize = #count;

        /// The number of the cases' `operationInputs` tested with their built-ins and
        /// client parameters (one `#[test]` each).
        pub const OPERATION_INPUT_TESTS: usize = #input_count;

        #tests
    }
}
