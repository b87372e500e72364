//! Decisions the plan takes once, so that the emitter only prints them: which
//! values `Debug` hides, which timestamp format each value uses, which
//! operations stream events, and the wire facts of operations and members.

use std::collections::BTreeSet;

use codegen::model::{HttpBinding, Model, ShapeId, TimestampFormat};
use codegen::plan::{Field, Item, Plan};

const MODEL: &str = r#"{
  "smithy": "2.0",
  "shapes": {
    "ex#Svc": { "type": "service", "version": "1",
                "operations": [{ "target": "ex#Get" }, { "target": "ex#Watch" }],
                "traits": { "aws.protocols#restJson1": {} } },
    "ex#Get": { "type": "operation", "input": { "target": "ex#GetInput" }, "output": { "target": "ex#GetOutput" },
                "errors": [{ "target": "ex#Busy" }, { "target": "ex#Bad" }],
                "traits": { "smithy.api#http": { "method": "POST", "uri": "/get" },
                            "smithy.api#httpChecksumRequired": {},
                            "smithy.api#requestCompression": { "encodings": ["GZIP"] } } },
    "ex#GetInput": { "type": "structure", "members": {
        "id": { "target": "smithy.api#String", "traits": { "smithy.api#httpHeader": "x-id" } },
        "token": { "target": "smithy.api#String", "traits": { "smithy.api#idempotencyToken": {} } },
        "note": { "target": "smithy.api#String" }
    } },
    "ex#Busy": { "type": "structure", "members": {},
                 "traits": { "smithy.api#error": "server", "smithy.api#retryable": {} } },
    "ex#Bad": { "type": "structure", "members": {}, "traits": { "smithy.api#error": "client" } },
    "ex#GetOutput": { "type": "structure", "members": {
        "secrets": { "target": "ex#Secrets" },
        "secretsByName": { "target": "ex#SecretsByName" },
        "password": { "target": "smithy.api#String", "traits": { "smithy.api#sensitive": {} } },
        "plain": { "target": "smithy.api#String" },
        "creds": { "target": "ex#Creds" },
        "when": { "target": "ex#Stamp" },
        "whenOverridden": { "target": "ex#Stamp", "traits": { "smithy.api#timestampFormat": "http-date" } },
        "bare": { "target": "smithy.api#Timestamp" },
        "stamps": { "target": "ex#Stamps" }
    } },
    "ex#Secret": { "type": "string", "traits": { "smithy.api#sensitive": {} } },
    "ex#Secrets": { "type": "list", "member": { "target": "ex#Secret" } },
    "ex#SecretsByName": { "type": "map", "key": { "target": "smithy.api#String" },
                          "value": { "target": "ex#Secrets" } },
    "ex#Creds": { "type": "structure", "members": { "key": { "target": "smithy.api#String" } },
                  "traits": { "smithy.api#sensitive": {} } },
    "ex#Stamp": { "type": "timestamp", "traits": { "smithy.api#timestampFormat": "date-time" } },
    "ex#Stamps": { "type": "list", "member": { "target": "smithy.api#Timestamp",
                   "traits": { "smithy.api#timestampFormat": "http-date" } } },
    "ex#Watch": { "type": "operation", "input": { "target": "ex#WatchInput" }, "output": { "target": "ex#WatchOutput" },
                  "traits": { "smithy.api#http": { "method": "POST", "uri": "/watch" } } },
    "ex#WatchInput": { "type": "structure", "members": {} },
    "ex#WatchOutput": { "type": "structure", "members": {
        "events": { "target": "ex#Events", "traits": { "smithy.api#httpPayload": {} } } } },
    "ex#Events": { "type": "union", "members": { "tick": { "target": "ex#Tick" } },
                   "traits": { "smithy.api#streaming": {} } },
    "ex#Tick": { "type": "structure", "members": { "n": { "target": "smithy.api#String",
                 "traits": { "smithy.api#eventPayload": {} } } } }
  }
}"#;

fn model() -> Model {
    codegen::model::resolve(codegen::load::parse("plan_decisions.json", MODEL).expect("loads")).expect("resolves")
}

/// The plan, letting the event stream through (it is refused by default).
fn plan(model: &Model) -> Plan<'_> {
    let allowed = BTreeSet::from(["event-stream".to_owned()]);
    Plan::new_allowing(model, &allowed).expect("plans")
}

fn field<'p>(item: &'p Item, member: &str) -> &'p Field {
    item.fields
        .iter()
        .find(|f| f.member.name == member)
        .unwrap_or_else(|| panic!("no member {member} in {}", item.name))
}

#[test]
fn debug_hides_members_whose_value_holds_a_sensitive_shape() {
    let model = model();
    let plan = plan(&model);
    let get = plan.operations.iter().find(|o| o.name == "Get").expect("Get");
    let redacted = |member: &str| field(&get.output, member).redacted;
    // The list's member targets a `@sensitive` string.
    assert!(redacted("secrets"));
    // The map's value is that list: hidden at any depth.
    assert!(redacted("secretsByName"));
    assert!(redacted("password"));
    assert!(!redacted("plain"));
    // A member targeting a `@sensitive` structure is hidden whole, and the
    // structure hides every member when printed on its own.
    assert!(redacted("creds"));
    let creds = plan.items.values().find(|i| i.name == "Creds").expect("Creds");
    assert!(creds.sensitive);
    assert!(!get.output.sensitive);
}

#[test]
fn timestamp_formats_come_from_the_member_else_its_target() {
    let model = model();
    let plan = plan(&model);
    let get = plan.operations.iter().find(|o| o.name == "Get").expect("Get");
    let format = |member: &str| field(&get.output, member).timestamp_format;
    assert_eq!(
        format("when"),
        Some(TimestampFormat::DateTime),
        "inherited from ex#Stamp"
    );
    assert_eq!(
        format("whenOverridden"),
        Some(TimestampFormat::HttpDate),
        "the member's own wins"
    );
    assert_eq!(format("bare"), None, "left to the location's default");
    assert_eq!(
        field(&get.output, "stamps").nested_timestamp_format,
        Some(TimestampFormat::HttpDate),
        "the list member's format"
    );
    assert_eq!(field(&get.output, "when").nested_timestamp_format, None);
}

#[test]
fn an_operation_streaming_events_is_flagged_with_its_member() {
    let model = model();
    let plan = plan(&model);
    let op = |name: &str| plan.operations.iter().find(|o| o.name == name).expect("operation");
    assert_eq!(op("Watch").event_stream.as_deref(), Some("events"));
    assert_eq!(op("Get").event_stream, None);
}

#[test]
fn operation_wire_facts_are_decided_once() {
    let model = model();
    let plan = plan(&model);
    let op = |name: &str| plan.operations.iter().find(|o| o.name == name).expect("operation");
    let get = op("Get");
    assert_eq!(get.retryable_errors, [ShapeId::parse("ex#Busy").expect("id")]);
    assert!(get.gzip_request, "the encoding is matched case-insensitively");
    assert!(get.checksum_required);
    assert!(!get.unsigned_payload);
    let watch = op("Watch");
    assert!(watch.retryable_errors.is_empty() && !watch.gzip_request && !watch.checksum_required);
    assert_eq!(
        field(&get.input, "id").http_binding,
        Some(HttpBinding::Header("x-id".to_owned()))
    );
    assert_eq!(field(&get.input, "note").http_binding, None, "in the body");
    assert!(field(&get.input, "token").idempotency_token);
    assert!(!field(&get.input, "note").idempotency_token);
}

/// The emitters print the plan's decisions: none of them reads a model trait
/// (a new trait-driven choice belongs on the plan's items, tested above).
#[test]
fn emitters_read_no_model_traits() {
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("emit sources") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    rust_files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/emit"),
        &mut files,
    );
    assert!(files.len() > 10, "the emit sources are found");
    let mut reads = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        for (n, line) in text.lines().enumerate() {
            if line.contains(".traits") {
                reads.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(reads.is_empty(), "emitters read model traits:\n{}", reads.join("\n"));
}

/// The model above with its `restJson1` trait replaced by `protocol_traits`,
/// and a `@jsonName` on `GetInput$note`.
fn model_speaking(protocol_traits: &str) -> Model {
    let json = MODEL
        .replace(r#""aws.protocols#restJson1": {}"#, protocol_traits)
        .replace(
            r#""note": { "target": "smithy.api#String" }"#,
            r#""note": { "target": "smithy.api#String", "traits": { "smithy.api#jsonName": "Remark" } }"#,
        );
    codegen::model::resolve(codegen::load::parse("plan_decisions.json", &json).expect("loads")).expect("resolves")
}

#[test]
fn the_protocol_comes_from_the_service_and_decides_bindings_and_wire_names() {
    use codegen::plan::Protocol;

    let rest = model_speaking(r#""aws.protocols#restJson1": {}, "aws.protocols#awsJson1_0": {}"#);
    let plan_rest = plan(&rest);
    assert_eq!(plan_rest.protocol, Protocol::RestJson1, "restJson1 is preferred");
    let get = plan_rest.operations.iter().find(|o| o.name == "Get").expect("Get");
    assert_eq!(field(&get.input, "note").wire_name, "Remark");
    assert_eq!(
        field(&get.input, "id").http_binding,
        Some(HttpBinding::Header("x-id".into()))
    );
    assert!(get.http.is_some());

    for (traits, expected) in [
        (r#""aws.protocols#awsJson1_0": {}"#, Protocol::AwsJson1_0),
        (r#""aws.protocols#awsJson1_1": {}"#, Protocol::AwsJson1_1),
        (r#""smithy.protocols#rpcv2Cbor": {}"#, Protocol::RpcV2Cbor),
    ] {
        let json = model_speaking(traits);
        let plan = plan(&json);
        assert_eq!(plan.protocol, expected);
        assert!(!plan.query_compatible);
        let get = plan.operations.iter().find(|o| o.name == "Get").expect("Get");
        // awsJson and rpcv2Cbor ignore `@jsonName` and every HTTP binding: all
        // members are in the body.
        assert_eq!(field(&get.input, "note").wire_name, "note");
        assert_eq!(field(&get.input, "id").http_binding, None);
        assert!(get.http.is_none());
        // The traits that are not HTTP bindings still apply.
        assert!(get.gzip_request && get.checksum_required);
    }
    let compatible = model_speaking(r#""aws.protocols#awsJson1_0": {}, "aws.protocols#awsQueryCompatible": {}"#);
    assert!(plan(&compatible).query_compatible);
    // A JSON protocol is preferred to rpcv2Cbor when the service offers both.
    let both = model_speaking(r#""smithy.protocols#rpcv2Cbor": {}, "aws.protocols#awsJson1_0": {}"#);
    assert_eq!(plan(&both).protocol, Protocol::AwsJson1_0);
}

#[test]
fn the_query_protocols_name_members_by_xml_name_and_ignore_http_bindings() {
    use codegen::plan::Protocol;

    for (traits, expected) in [
        (r#""aws.protocols#awsQuery": {}"#, Protocol::AwsQuery),
        (r#""aws.protocols#ec2Query": {}"#, Protocol::Ec2Query),
    ] {
        let json = codegen::model::resolve(
            codegen::load::parse(
                "plan_decisions.json",
                &MODEL.replace(r#""aws.protocols#restJson1": {}"#, traits).replace(
                    r#""note": { "target": "smithy.api#String" }"#,
                    r#""note": { "target": "smithy.api#String", "traits": { "smithy.api#jsonName": "Remark", "smithy.api#xmlName": "Note" } }"#,
                ),
            )
            .expect("loads"),
        )
        .expect("resolves");
        let plan = plan(&json);
        assert_eq!(plan.protocol, expected);
        let get = plan.operations.iter().find(|o| o.name == "Get").expect("Get");
        // `@xmlName` renames, `@jsonName` does not; HTTP bindings mean nothing.
        assert_eq!(field(&get.input, "note").wire_name, "Note");
        assert_eq!(field(&get.input, "id").http_binding, None);
        assert!(get.http.is_none());
    }
}
