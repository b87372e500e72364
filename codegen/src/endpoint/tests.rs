//! Unit tests of the endpoint compiler; the behaviour of the generated code is
//! tested by the `endpoint-corpus` crate, which compiles and runs it.

use serde_json::{json, Value};

use super::params::snake_ident;
use super::{contradicts_partitions, resolver_module, test_module, EndpointCodegenError};

fn rule_set(rules: Value) -> Value {
    json!({
        "version": "1.0",
        "parameters": {
            "Region": { "builtIn": "AWS::Region", "required": false, "type": "String" },
            "UseFIPS": { "builtIn": "AWS::UseFIPS", "required": true, "default": false, "type": "Boolean" }
        },
        "rules": rules
    })
}

fn source(rule_set: &Value) -> String {
    let tokens = resolver_module(rule_set).expect("compiles");
    prettyplease::unparse(&syn::parse2(tokens).expect("parses"))
}

#[test]
fn names_are_snake_case_rust_identifiers() {
    assert_eq!(snake_ident("UseFIPS"), "use_fips");
    assert_eq!(snake_ident("UseDualStack"), "use_dual_stack");
    assert_eq!(snake_ident("PartitionResult"), "partition_result");
    assert_eq!(snake_ident("Type"), "type_");
    assert_eq!(snake_ident("Params"), "params_");
    assert_eq!(snake_ident("3p"), "_3p");
}

#[test]
fn is_set_narrows_and_templates_become_format() {
    let src = source(&rule_set(json!([
        {
            "conditions": [
                { "fn": "isSet", "argv": [{ "ref": "Region" }] },
                { "fn": "aws.partition", "argv": [{ "ref": "Region" }], "assign": "PartitionResult" }
            ],
            "endpoint": { "url": "https://svc.{Region}.{PartitionResult#dnsSuffix}" },
            "type": "endpoint"
        },
        { "conditions": [], "error": "Invalid Configuration: Missing Region", "type": "error" }
    ])));
    assert!(src.contains("let Some(region) = region else"), "{src}");
    assert!(
        src.contains("let Some(partition_result) = ::smithy_runtime::endpoint::aws::partition(region)"),
        "{src}"
    );
    assert!(
        src.contains(r#"format!("https://svc.{region}.{}", partition_result.dns_suffix)"#),
        "{src}"
    );
    // The last rule always applies: it is the tail expression, and nothing follows it.
    assert!(
        src.trim_end()
            .ends_with("\"Invalid Configuration: Missing Region\",\n        ),\n    )\n}"),
        "{src}"
    );
    assert!(!src.contains("no endpoint rule matched"), "{src}");
    // `UseFIPS` is not used, so it is not bound.
    assert!(!src.contains("let use_fips"), "{src}");
}

#[test]
fn boolean_comparisons_are_plain_conditions() {
    let src = source(&rule_set(json!([
        {
            "conditions": [
                { "fn": "booleanEquals", "argv": [{ "ref": "UseFIPS" }, true] },
                { "fn": "not", "argv": [{ "fn": "isSet", "argv": [{ "ref": "Region" }] }] }
            ],
            "error": "FIPS without region",
            "type": "error"
        }
    ])));
    assert!(src.contains("if !use_fips {"), "{src}");
    assert!(src.contains("if region.is_some() {"), "{src}");
    assert!(src.contains("\"no endpoint rule matched the parameters\""), "{src}");
}

#[test]
fn errors_name_the_place_and_the_problem() {
    let unknown_fn = resolver_module(&rule_set(json!([
        { "conditions": [{ "fn": "aws.unknownFunction", "argv": [{ "ref": "Region" }] }], "error": "e", "type": "error" }
    ])))
    .unwrap_err();
    assert_eq!(
        unknown_fn,
        EndpointCodegenError::Unsupported {
            at: "rules[0].conditions[0].aws.unknownFunction".into(),
            what: "function `aws.unknownFunction`".into()
        }
    );
    let unknown_ref = resolver_module(&rule_set(json!([
        { "conditions": [], "endpoint": { "url": "https://{Nope}" }, "type": "endpoint" }
    ])))
    .unwrap_err();
    assert!(
        unknown_ref.to_string().contains("reference to unknown name `Nope`"),
        "{unknown_ref}"
    );
    let bad_attr = resolver_module(&rule_set(json!([
        {
            "conditions": [
                { "fn": "isSet", "argv": [{ "ref": "Region" }] },
                { "fn": "aws.partition", "argv": [{ "ref": "Region" }], "assign": "P" }
            ],
            "endpoint": { "url": "https://{P#nope}" },
            "type": "endpoint"
        }
    ])))
    .unwrap_err();
    assert!(
        bad_attr.to_string().contains("no attribute `nope` on a partition"),
        "{bad_attr}"
    );
    let bad_type = resolver_module(&json!({
        "version": "1.0",
        "parameters": { "N": { "type": "Integer" } },
        "rules": []
    }))
    .unwrap_err();
    assert!(
        matches!(bad_type, EndpointCodegenError::Unsupported { .. }),
        "{bad_type}"
    );
}

#[test]
fn template_escapes_are_literal_braces() {
    let src = source(&rule_set(json!([
        { "conditions": [], "endpoint": { "url": "https://{{x}}.example.com" }, "type": "endpoint" }
    ])));
    assert!(src.contains(r#"Endpoint::new("https://{x}.example.com")"#), "{src}");
}

#[test]
fn test_names_are_deduplicated() {
    let rules = rule_set(json!([
        { "conditions": [], "endpoint": { "url": "https://example.com" }, "type": "endpoint" }
    ]));
    let case = json!({ "documentation": "Same name", "expect": { "endpoint": { "url": "https://example.com" } }, "params": {} });
    let tests = json!({ "testCases": [case, case, { "expect": { "error": "x" }, "params": { "Region": "r" } }] });
    let tokens = test_module(&tests, &rules).expect("compiles");
    let src = prettyplease::unparse(&syn::parse2(tokens).expect("parses"));
    assert!(src.contains("fn same_name()"), "{src}");
    assert!(src.contains("fn same_name_2()"), "{src}");
    assert!(src.contains("fn case_2()"), "{src}");
    assert!(src.contains(".region(\"r\")"), "{src}");
}

#[test]
fn no_test_takes_the_name_of_the_helper_they_call() {
    let rules = rule_set(json!([
        { "conditions": [], "endpoint": { "url": "https://example.com" }, "type": "endpoint" }
    ]));
    let case =
        json!({ "documentation": "Resolve", "expect": { "endpoint": { "url": "https://example.com" } }, "params": {} });
    let tokens = test_module(&json!({ "testCases": [case] }), &rules).expect("compiles");
    let src = prettyplease::unparse(&syn::parse2(tokens).expect("parses"));
    assert_eq!(src.matches("fn resolve(").count(), 1, "{src}");
    assert!(src.contains("fn resolve_2()"), "{src}");
    assert!(src.contains("let params = super::Params::builder();"), "{src}");
    assert!(src.contains("resolve(params),"), "{src}");
}

#[test]
fn a_rule_set_without_test_cases_gets_no_test_module() {
    let rules = rule_set(json!([
        { "conditions": [], "endpoint": { "url": "https://example.com" }, "type": "endpoint" }
    ]));
    let tokens = test_module(&json!({ "testCases": [] }), &rules).expect("compiles");
    assert!(tokens.is_empty(), "{tokens}");
}

#[test]
fn stale_partition_cases_are_detected() {
    let partitions = json!({ "partitions": [{
        "id": "aws-iso",
        "outputs": { "supportsFIPS": true, "supportsDualStack": true },
        "regions": { "us-iso-east-1": {} }
    }]});
    let case = |fips: bool, dual: bool, error: &str| json!({ "expect": { "error": error }, "params": { "Region": "us-iso-east-1", "UseFIPS": fips, "UseDualStack": dual } });
    let ds = "DualStack is enabled but this partition does not support DualStack";
    assert!(contradicts_partitions(&case(false, true, ds), &partitions).is_some());
    assert!(contradicts_partitions(&case(false, false, ds), &partitions).is_none());
    assert!(contradicts_partitions(&case(false, true, "Invalid Configuration: Missing Region"), &partitions).is_none());
    let both = "FIPS and DualStack are enabled, but this partition does not support one or both";
    assert!(contradicts_partitions(&case(true, true, both), &partitions).is_some());
    let no_ds = json!({ "partitions": [{
        "id": "aws-iso",
        "outputs": { "supportsFIPS": true, "supportsDualStack": false },
        "regions": { "us-iso-east-1": {} }
    }]});
    assert!(contradicts_partitions(&case(true, true, both), &no_ds).is_none());
    assert!(contradicts_partitions(&case(false, true, ds), &no_ds).is_none());
}

#[test]
fn binary_decision_diagrams_are_reported() {
    let bdd = json!({ "version": "1.1", "parameters": {}, "conditions": [], "results": [], "root": 1, "nodes": "" });
    let error = resolver_module(&bdd).unwrap_err();
    assert!(error.to_string().contains("smithy.rules#endpointBdd"), "{error}");
}
