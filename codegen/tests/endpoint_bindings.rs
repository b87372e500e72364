//! Endpoint parameter bindings the generator cannot honour are refused at
//! generation, each naming the shape and the problem, all at once.

use codegen::{Header, Options};

fn problems(json: &str) -> Vec<String> {
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
    match codegen::generate("bad.json", json, &options) {
        Ok(_) => panic!("the model should be rejected"),
        Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
    }
}

/// A service whose rule set has `parameters`, with operation `Op` carrying
/// `op_traits` and input members `members`, and service traits `service_traits`.
fn model(parameters: &str, service_traits: &str, op_traits: &str, members: &str) -> String {
    format!(
        r#"{{
  "smithy": "2.0",
  "shapes": {{
    "ex#Svc": {{ "type": "service", "version": "1", "operations": [{{ "target": "ex#Op" }}],
      "traits": {{ "aws.protocols#restJson1": {{}} {service_traits},
        "smithy.rules#endpointRuleSet": {{ "version": "1.0", "parameters": {{ {parameters} }},
          "rules": [{{ "conditions": [], "type": "endpoint", "endpoint": {{ "url": "https://example.com" }} }}] }} }} }},
    "ex#Op": {{ "type": "operation", "input": {{ "target": "ex#OpInput" }},
      "traits": {{ "smithy.api#http": {{ "method": "POST", "uri": "/" }} {op_traits} }} }},
    "ex#OpInput": {{ "type": "structure", "members": {{ {members} }} }},
    "ex#Names": {{ "type": "list", "member": {{ "target": "smithy.api#String" }} }}
  }}
}}"#
    )
}

const PARAMS: &str = r#""Bucket": { "type": "String", "required": false },
  "Flag": { "type": "Boolean", "required": false },
  "Names": { "type": "stringArray", "required": false }"#;

#[test]
fn an_unknown_built_in_is_refused_naming_it() {
    let json = model(
        r#""Region": { "type": "String", "builtIn": "AWS::Mystery::Setting", "required": false }"#,
        "",
        "",
        r#""a": { "target": "smithy.api#String" }"#,
    );
    let found = problems(&json);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("ex#Svc: "), "{found:?}");
    assert!(found[0].contains("the built-in `AWS::Mystery::Setting`"), "{found:?}");
}

#[test]
fn a_built_in_of_the_wrong_type_is_refused() {
    let json = model(
        r#""Region": { "type": "Boolean", "builtIn": "AWS::Region", "required": false }"#,
        "",
        "",
        r#""a": { "target": "smithy.api#String" }"#,
    );
    let found = problems(&json);
    assert!(found[0].contains("`AWS::Region` is a String parameter"), "{found:?}");
}

#[test]
fn bad_bindings_are_all_reported() {
    let json = model(
        PARAMS,
        r#", "smithy.rules#clientContextParams": { "Flag": { "type": "string" }, "Nope": { "type": "boolean" } }"#,
        r#", "smithy.rules#staticContextParams": { "Flag": { "value": "yes" }, "Missing": { "value": true } },
           "smithy.rules#operationContextParams": {
             "Names": { "path": "items[0:1]" },
             "Bucket": { "path": "count" } }"#,
        r#""a": { "target": "smithy.api#Integer", "traits": { "smithy.rules#contextParam": { "name": "Bucket" } } },
           "b": { "target": "smithy.api#String", "traits": { "smithy.rules#contextParam": { "name": "Unknown" } } },
           "items": { "target": "ex#Names" },
           "count": { "target": "smithy.api#Integer" }"#,
    );
    let found = problems(&json);
    let expect = [
        "ex#Svc: `smithy.rules#clientContextParams` `Flag` has type `string`, the rule-set parameter is a Boolean",
        "ex#Svc: `smithy.rules#clientContextParams` `Nope` names no parameter of the endpoint rule set",
        "ex#OpInput$a: `smithy.rules#contextParam` `Bucket`: a member of type `i32` cannot fill a String parameter",
        "ex#OpInput$b: `Unknown` is no parameter of the endpoint rule set",
        "ex#Op: `smithy.rules#operationContextParams` `Names` (`items[0:1]`): slices (`[a:b]`) are not supported",
        "ex#Op: `smithy.rules#operationContextParams` `Bucket` (`count`): the path's value cannot fill a String parameter",
        "ex#Op: `smithy.rules#staticContextParams` `Flag`: the value does not fit the Boolean parameter",
        "ex#Op: `Missing` is no parameter of the endpoint rule set",
    ];
    for line in expect {
        assert!(found.iter().any(|f| f == line), "missing {line:?} in {found:#?}");
    }
}
