//! The feature gate: a model using a feature the generator does not implement is
//! refused, each problem naming the shape and the feature, all at once, nothing
//! generated; `--allow-unsupported FEATURE` generates anyway and documents the
//! gap on the affected items.

use std::collections::BTreeSet;

use codegen::{GeneratedFile, Header, Options};

fn generate(json: &str, allowed: &[&str]) -> Result<Vec<GeneratedFile>, codegen::Errors> {
    let options = Options {
        crate_name: "gated".to_owned(),
        crate_version: "0.1.0".to_owned(),
        runtime_path: "runtime".to_owned(),
        header: Header {
            model: "gated.json".to_owned(),
            command: "test".to_owned(),
        },
        partitions: None,
        allow_unsupported: allowed.iter().map(|f| (*f).to_owned()).collect::<BTreeSet<_>>(),
    };
    codegen::generate("gated.json", json, &options)
}

fn refusals(json: &str, allowed: &[&str]) -> Vec<String> {
    match generate(json, allowed) {
        Ok(_) => panic!("the model should be refused"),
        Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
    }
}

/// A restJson1 service `ex#Svc` with traits `service_traits`, an operation
/// `ex#Op` with traits `op_traits`, whose input member `a` has `member_traits`,
/// plus `extra` shapes (and the output `ex#OpOutput`, with `output_members`).
fn model(service_traits: &str, op_traits: &str, member_traits: &str, output_members: &str, extra: &str) -> String {
    format!(
        r#"{{
  "smithy": "2.0",
  "shapes": {{
    "ex#Svc": {{ "type": "service", "version": "1", "operations": [{{ "target": "ex#Op" }}],
                "traits": {{ "aws.protocols#restJson1": {{}} {service_traits} }} }},
    "ex#Op": {{ "type": "operation", "input": {{ "target": "ex#OpInput" }}, "output": {{ "target": "ex#OpOutput" }},
               "traits": {{ "smithy.api#http": {{ "method": "POST", "uri": "/" }} {op_traits} }} }},
    "ex#OpInput": {{ "type": "structure", "members": {{ "a": {{ "target": "smithy.api#String", "traits": {{ {member_traits} }} }} }} }},
    "ex#OpOutput": {{ "type": "structure", "members": {{ {output_members} }} }}
    {extra}
  }}
}}"#
    )
}

const EVENT_STREAM_OUTPUT: &str = r#""events": { "target": "ex#Events", "traits": { "smithy.api#httpPayload": {} } }"#;
const EVENT_STREAM_SHAPES: &str = r#", "ex#Events": { "type": "union", "members": { "tick": { "target": "ex#Tick" } },
        "traits": { "smithy.api#streaming": {} } },
    "ex#Tick": { "type": "structure", "members": { "n": { "target": "smithy.api#String",
        "traits": { "smithy.api#eventPayload": {} } } } }"#;

#[test]
fn a_model_of_implemented_and_ignorable_traits_generates() {
    // Constraints, examples and a custom trait of the user's own namespace.
    let json = model(
        r#", "aws.auth#sigv4": { "name": "svc" }, "com.example#owner": { "team": "x" }"#,
        r#", "smithy.api#examples": [], "smithy.api#readonly": {}"#,
        r#""smithy.api#length": { "min": 1 }, "com.example#audited": {}"#,
        "",
        "",
    );
    let files = generate(&json, &[]).expect("every trait is implemented or harmless");
    let lib = files.iter().find(|f| f.path == "src/lib.rs").expect("lib.rs");
    assert!(!lib.contents.contains("Unsupported features"), "{}", lib.contents);
}

#[test]
fn event_streams_are_refused_naming_the_operation_and_member() {
    let found = refusals(&model("", "", "", EVENT_STREAM_OUTPUT, EVENT_STREAM_SHAPES), &[]);
    assert_eq!(
        found,
        ["ex#Op: feature `event-stream` is not supported: member `ex#OpOutput$events` streams events, which are not \
          implemented: the operation is generated, but its `send` fails before sending; pass \
          `--allow-unsupported event-stream` to generate anyway"]
    );
}

#[test]
fn sigv4a_is_refused() {
    let found = refusals(
        &model(
            r#", "aws.auth#sigv4a": { "name": "svc" }, "aws.auth#sigv4": { "name": "svc" }"#,
            "",
            "",
            "",
            "",
        ),
        &[],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("ex#Svc: trait `aws.auth#sigv4a` is not supported: SigV4a (multi-region) signing"),
        "{found:?}"
    );
    assert!(
        found[0].ends_with("pass `--allow-unsupported aws.auth#sigv4a` to generate anyway"),
        "{found:?}"
    );
}

#[test]
fn other_auth_schemes_checksums_and_endpoint_features_are_refused_by_trait() {
    let cases = [
        (
            r#", "smithy.api#httpBasicAuth": {}"#,
            "",
            "",
            "ex#Svc",
            "smithy.api#httpBasicAuth",
        ),
        (
            r#", "smithy.api#httpDigestAuth": {}"#,
            "",
            "",
            "ex#Svc",
            "smithy.api#httpDigestAuth",
        ),
        (
            r#", "aws.auth#cognitoUserPools": { "providerArns": [] }"#,
            "",
            "",
            "ex#Svc",
            "aws.auth#cognitoUserPools",
        ),
        (
            r#", "smithy.rules#endpointBdd": {}"#,
            "",
            "",
            "ex#Svc",
            "smithy.rules#endpointBdd",
        ),
        (
            r#", "aws.protocols#awsQueryCompatible": {}"#,
            "",
            "",
            "ex#Svc",
            "aws.protocols#awsQueryCompatible",
        ),
        (
            r#", "aws.api#clientEndpointDiscovery": { "operation": "ex#Op", "error": "ex#E" }"#,
            "",
            "",
            "ex#Svc",
            "aws.api#clientEndpointDiscovery",
        ),
        (
            "",
            r#", "aws.protocols#httpChecksum": { "requestChecksumRequired": true }"#,
            "",
            "ex#Op",
            "aws.protocols#httpChecksum",
        ),
        // Unknown traits of the reserved namespaces.
        (
            "",
            "",
            r#""smithy.api#somethingNew": {}"#,
            "ex#OpInput$a",
            "smithy.api#somethingNew",
        ),
        (
            "",
            r#", "aws.customizations#whatever": {}"#,
            "",
            "ex#Op",
            "aws.customizations#whatever",
        ),
        (
            r#", "smithy.waiters#other": {}"#,
            "",
            "",
            "ex#Svc",
            "smithy.waiters#other",
        ),
    ];
    for (service, op, member, shape, feature) in cases {
        let found = refusals(&model(service, op, member, "", ""), &[]);
        assert_eq!(found.len(), 1, "{feature}: {found:?}");
        let expected = format!("{shape}: trait `{feature}` is not supported: ");
        assert!(found[0].starts_with(&expected), "{feature}: {found:?}");
        assert!(
            found[0].ends_with(&format!("pass `--allow-unsupported {feature}` to generate anyway")),
            "{feature}: {found:?}"
        );
    }
}

#[test]
fn a_service_without_an_implemented_protocol_is_refused_even_when_allowed() {
    let json =
        model("", "", "", "", "").replace(r#""aws.protocols#restJson1": {}"#, r#""smithy.api#documentation": "x""#);
    let expected = [
        "ex#Svc: feature `protocol` is not supported: the generator speaks `aws.protocols#restJson1`, \
         `aws.protocols#restXml`, `aws.protocols#awsJson1_0`, `aws.protocols#awsJson1_1`, `aws.protocols#awsQuery`, \
         `aws.protocols#ec2Query`, `smithy.protocols#rpcv2Cbor` only; the service declares none",
    ];
    assert_eq!(refusals(&json, &[]), expected);
    let found = refusals(&json, &["protocol"]);
    assert!(found.iter().any(|e| e.contains("not a trait id")), "{found:?}");
}

#[test]
fn rest_xml_services_are_accepted() {
    let json = model("", "", "", "", "").replace("aws.protocols#restJson1", "aws.protocols#restXml");
    let files = generate(&json, &[]).unwrap_or_else(|e| panic!("restXml: {e}"));
    let wire = files
        .iter()
        .find(|f| f.path == "src/operation/op/wire.rs")
        .expect("the operation's wire module");
    assert!(wire.contents.contains("xml_writer"), "the input is written as XML");
    assert!(
        wire.contents.contains("Protocol::RestXml"),
        "errors are read as restXml"
    );
}

#[test]
fn query_services_are_accepted_but_not_query_compatible() {
    for (protocol, name) in [
        ("aws.protocols#awsQuery", "awsQuery"),
        ("aws.protocols#ec2Query", "ec2Query"),
    ] {
        let json = model("", "", "", "", "").replace("aws.protocols#restJson1", protocol);
        generate(&json, &[]).unwrap_or_else(|e| panic!("{protocol}: {e}"));
        let compatible = model(r#", "aws.protocols#awsQueryCompatible": {}"#, "", "", "", "")
            .replace("aws.protocols#restJson1", protocol);
        let found = refusals(&compatible, &[]);
        assert!(
            found.len() == 1
                && found[0].contains(&format!("for the awsJson protocols and rpcv2Cbor only, not `{name}`")),
            "{found:?}"
        );
    }
}

#[test]
fn aws_json_services_are_accepted_with_or_without_query_compatibility() {
    for protocol in ["aws.protocols#awsJson1_0", "aws.protocols#awsJson1_1"] {
        let json = model("", "", "", "", "").replace("aws.protocols#restJson1", protocol);
        generate(&json, &[]).unwrap_or_else(|e| panic!("{protocol}: {e}"));
        let compatible = model(r#", "aws.protocols#awsQueryCompatible": {}"#, "", "", "", "")
            .replace("aws.protocols#restJson1", protocol);
        generate(&compatible, &[]).unwrap_or_else(|e| panic!("{protocol} @awsQueryCompatible: {e}"));
    }
}

#[test]
fn a_second_protocol_beside_rest_json1_is_unused_and_accepted() {
    let json = model(r#", "aws.protocols#awsJson1_0": {}"#, "", "", "", "");
    generate(&json, &[]).expect("restJson1 is spoken; the other protocol is not used");
}

#[test]
fn every_problem_is_reported_at_once_and_nothing_is_generated() {
    let json = model(
        r#", "aws.auth#sigv4a": { "name": "svc" }, "smithy.rules#endpointBdd": {}"#,
        r#", "aws.protocols#httpChecksum": {}"#,
        r#""smithy.api#somethingNew": {}"#,
        EVENT_STREAM_OUTPUT,
        EVENT_STREAM_SHAPES,
    );
    let found = refusals(&json, &[]);
    let features = [
        "ex#Svc: trait `aws.auth#sigv4a`",
        "ex#Svc: trait `smithy.rules#endpointBdd`",
        "ex#Op: trait `aws.protocols#httpChecksum`",
        "ex#OpInput$a: trait `smithy.api#somethingNew`",
        "ex#Op: feature `event-stream`",
    ];
    assert_eq!(found.len(), features.len(), "{found:?}");
    for feature in features {
        assert!(
            found.iter().any(|e| e.starts_with(feature)),
            "{feature} missing from {found:?}"
        );
    }
}

#[test]
fn allowed_features_generate_and_document_the_gap() {
    let json = model(
        r#", "aws.auth#sigv4": { "name": "svc" }, "aws.auth#sigv4a": { "name": "svc" }"#,
        "",
        "",
        EVENT_STREAM_OUTPUT,
        EVENT_STREAM_SHAPES,
    );
    // Allowing one feature leaves the other refused.
    let found = refusals(&json, &["event-stream"]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("aws.auth#sigv4a"), "{found:?}");

    let files = generate(&json, &["event-stream", "aws.auth#sigv4a"]).expect("generated anyway");
    let file = |path: &str| &files.iter().find(|f| f.path == path).expect(path).contents;
    let lib = file("src/lib.rs");
    assert!(lib.contains("//! ## Unsupported features"), "{lib}");
    assert!(
        lib.contains("**Not supported** (`ex#Svc`, generated with `--allow-unsupported aws.auth#sigv4a`): SigV4a"),
        "{lib}"
    );
    assert!(
        lib.contains("**Not supported** (`ex#Op`, generated with `--allow-unsupported event-stream`)"),
        "{lib}"
    );
    // The operation's client method says so too, and its `send` fails clearly.
    let client = file("src/client.rs");
    let method_doc = client.split("pub fn op(").next().expect("client method");
    assert!(
        method_doc.contains("generated with `--allow-unsupported event-stream`"),
        "{client}"
    );
    assert!(file("src/operation/op/wire.rs").contains("which this client does not support yet; nothing was sent"));
    // A service-wide gap is on the client itself.
    let client_doc = client.split("pub struct Client").next().expect("client struct");
    assert!(
        client_doc.contains("generated with `--allow-unsupported aws.auth#sigv4a`"),
        "{client}"
    );
}

#[test]
fn an_unknown_allowance_is_an_error() {
    let found = refusals(&model("", "", "", "", ""), &["event-streams"]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("--allow-unsupported `event-streams`: not a trait id"),
        "{found:?}"
    );
}

#[test]
fn rpc_v2_cbor_services_are_accepted_with_or_without_query_compatibility() {
    let json = model("", "", "", "", "").replace("aws.protocols#restJson1", "smithy.protocols#rpcv2Cbor");
    let files = generate(&json, &[]).expect("rpcv2Cbor is implemented");
    let wire = &files
        .iter()
        .find(|f| f.path == "src/operation/op/wire.rs")
        .expect("wire")
        .contents;
    assert!(wire.contains("\"/service/Svc/operation/Op\""), "{wire}");
    let compatible = model(r#", "aws.protocols#awsQueryCompatible": {}"#, "", "", "", "")
        .replace("aws.protocols#restJson1", "smithy.protocols#rpcv2Cbor");
    generate(&compatible, &[]).expect("rpcv2Cbor @awsQueryCompatible");
}

#[test]
fn rpc_v2_cbor_refuses_documents_and_big_numbers_by_name_even_when_allowed() {
    let output = r#""d": { "target": "smithy.api#Document" }, "n": { "target": "ex#Big" }"#;
    let extra = r#", "ex#Big": { "type": "bigDecimal" }"#;
    let json = model("", "", "", output, extra).replace("aws.protocols#restJson1", "smithy.protocols#rpcv2Cbor");
    let mut found = refusals(&json, &[]);
    found.sort();
    assert_eq!(
        found,
        [
            "ex#Big: feature `rpcv2Cbor-type` is not supported: rpcv2Cbor big numbers (CBOR tags 2, 3 and 4) are \
             not implemented",
            "smithy.api#Document: feature `rpcv2Cbor-type` is not supported: rpcv2Cbor does not support documents",
        ]
    );
    // The same shapes are fine for a JSON protocol.
    generate(&model("", "", "", output, extra), &[]).expect("restJson1 has documents and big numbers");
    // No allowance lets them through: a client could not send or read them.
    let found = refusals(&json, &["smithy.api#Document"]);
    assert!(
        found.iter().any(|e| e.contains("rpcv2Cbor does not support documents")),
        "{found:?}"
    );
}
