//! Broken models get clear errors that name the shape and the problem, all
//! problems at once, and never a panic.

use codegen::{Header, Options};

fn generate(json: &str) -> Result<Vec<codegen::GeneratedFile>, codegen::Errors> {
    let options = Options {
        crate_name: "bad".to_owned(),
        crate_version: "0.1.0".to_owned(),
        runtime_path: "runtime".to_owned(),
        header: Header {
            model: "bad.json".to_owned(),
            command: "test".to_owned(),
        },
        partitions: None,
        allow_unsupported: Default::default(),
    };
    codegen::generate("bad.json", json, &options)
}

fn problems(json: &str) -> Vec<String> {
    match generate(json) {
        Ok(_) => panic!("the model should be rejected"),
        Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
    }
}

/// A valid restJson1 service with one operation, plus `extra` shapes.
fn model(protocol: &str, extra: &str) -> String {
    format!(
        r#"{{
  "smithy": "2.0",
  "shapes": {{
    "ex#Svc": {{ "type": "service", "version": "1", "operations": [{{ "target": "ex#Op" }}],
                "traits": {{ "{protocol}": {{}} }} }},
    "ex#Op": {{ "type": "operation", "input": {{ "target": "ex#OpInput" }},
               "traits": {{ "smithy.api#http": {{ "method": "POST", "uri": "/" }} }} }},
    "ex#OpInput": {{ "type": "structure", "members": {{ "a": {{ "target": "ex#A" }} }} }}
    {extra}
  }}
}}"#
    )
}

#[test]
fn a_valid_model_generates() {
    let files = generate(&model("aws.protocols#restJson1", r#", "ex#A": { "type": "string" }"#)).expect("valid");
    assert!(files.iter().any(|f| f.path == "src/lib.rs"));
}

#[test]
fn malformed_json_names_line_and_column() {
    let found = problems("{\n  \"smithy\": \"2.0\",\n  \"shapes\": { oops }\n}");
    assert_eq!(found.len(), 1);
    assert!(found[0].starts_with("bad.json:3:15: malformed JSON"), "{found:?}");
}

#[test]
fn a_missing_target_names_the_member() {
    let found = problems(&model("aws.protocols#restJson1", ""));
    assert_eq!(found, ["ex#OpInput$a: target `ex#A` does not exist"]);
}

#[test]
fn a_trait_value_of_the_wrong_type_names_the_shape_and_trait() {
    let extra =
        r#", "ex#A": { "type": "string", "traits": { "smithy.api#jsonName": 42, "smithy.api#length": {"min": 1} } }"#;
    let found = problems(&model("aws.protocols#restJson1", extra));
    assert_eq!(
        found,
        ["ex#A: trait `smithy.api#jsonName` has an invalid value 42: expected a string"]
    );
}

#[test]
fn colliding_rust_names_name_both_shapes() {
    let extra = r#", "ex#A": { "type": "structure", "members": { "x": { "target": "other#A" } } },
                   "other#A": { "type": "structure", "members": {} }"#;
    let found = problems(&model("aws.protocols#restJson1", extra));
    assert_eq!(
        found,
        ["other#A: its Rust name `A` collides with that of `ex#A`; rename one (service `rename`)"]
    );
}

#[test]
fn colliding_member_names_name_the_member() {
    let extra = r#", "ex#A": { "type": "structure", "members": {
        "fooBar": { "target": "smithy.api#String" }, "FooBar": { "target": "smithy.api#String" } } }"#;
    let found = problems(&model("aws.protocols#restJson1", extra));
    assert!(
        found.contains(&"ex#A$FooBar: its Rust name `foo_bar` collides with that of member `fooBar`".to_owned()),
        "{found:?}"
    );
}

#[test]
fn every_problem_is_reported_together() {
    let extra = r#", "ex#A": { "type": "structure", "members": {
        "b": { "target": "ex#Missing" }, "c": { "target": "ex#AlsoMissing" } },
        "traits": { "smithy.api#error": "nobody" } }"#;
    let found = problems(&model("aws.protocols#restJson1", extra));
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found.iter().any(|p| p.starts_with("ex#A: trait `smithy.api#error`")),
        "{found:?}"
    );
    assert!(found.contains(&"ex#A$b: target `ex#Missing` does not exist".to_owned()));
    assert!(found.contains(&"ex#A$c: target `ex#AlsoMissing` does not exist".to_owned()));
}

#[test]
fn an_unknown_shape_type_is_named_once() {
    let found = problems(&model("aws.protocols#restJson1", r#", "ex#A": { "type": "strnig" }"#));
    assert_eq!(found, ["ex#A: unknown shape type `strnig`"]);
}

#[test]
fn a_streaming_blob_in_an_aws_json_input_is_refused_naming_the_member() {
    let blob = r#", "ex#A": { "type": "blob", "traits": { "smithy.api#streaming": {} } }"#;
    for protocol in ["aws.protocols#awsJson1_0", "aws.protocols#awsJson1_1"] {
        let found = problems(&model(protocol, blob));
        let name = protocol.split_once('#').map(|(_, n)| n).unwrap_or_default();
        assert_eq!(
            found,
            [format!(
                "ex#OpInput$a: a `@streaming` blob cannot be sent by {name}: the protocol puts every member in the JSON body"
            )],
            "{protocol}"
        );
    }
}
