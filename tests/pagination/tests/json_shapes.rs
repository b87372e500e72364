//! Response bodies of shape kinds the iot-jobs-data model lacks, read by the
//! generated per-shape readers: unions, recursive structures and unions, blobs,
//! documents, special floats and every integer width.

use smithy_runtime::error::ErrorKind;
use smithy_runtime::http::HttpResponse;
use smithy_runtime::test_util::ScriptedTransport;

/// A client of fixture crate `$krate` whose one response is `200` with `$body`.
macro_rules! client {
    ($krate:ident, $body:expr) => {{
        use $krate::{config::Credentials, Client, Config};
        let transport = ScriptedTransport::new().with_response(HttpResponse::new(200, $body));
        Client::new(
            Config::builder()
                .region("us-east-1")
                .credentials(Credentials::new("AKID", "SECRET", None))
                .endpoint_url("https://fixture.example.com")
                .transport(transport)
                .build(),
        )
    }};
}

async fn previous(body: &'static str) -> Result<Option<unions_fixture::types::Value>, String> {
    use unions_fixture::types::Value;
    let client = client!(unions_fixture, body);
    let out = client.set_value().value(Value::Flag(true)).send().await;
    out.map(|o| o.previous).map_err(|e| format!("{e:?}"))
}

#[tokio::test]
async fn unions_read_exactly_one_member() {
    use unions_fixture::types::{Pair, Value};
    let pair = Pair::builder().left("l").build().unwrap();
    for (body, expected) in [
        (r#"{"previous": {"text": "hi"}}"#, Some(Value::Text("hi".into()))),
        (r#"{"previous": {"number": 2.0}}"#, Some(Value::Number(2))),
        (r#"{"previous": {"nothing": {}}}"#, Some(Value::Nothing)),
        (
            r#"{"previous": {"nested": {"left": "l", "extra": [1]}}}"#,
            Some(Value::Nested(pair)),
        ),
        (
            r#"{"previous": {"unknown": "named Unknown"}}"#,
            Some(Value::UnknownValue("named Unknown".into())),
        ),
        // restJson1: `__type` is not a member; `null` members are not set.
        (
            r#"{"previous": {"__type": "x#Value", "flag": false, "text": null}}"#,
            Some(Value::Flag(false)),
        ),
        (
            r#"{"previous": {"added": {"a": [1]}}}"#,
            Some(Value::Unknown("added".into())),
        ),
        (r#"{"previous": null}"#, None),
    ] {
        assert_eq!(
            previous(body).await.unwrap_or_else(|e| panic!("{body}: {e}")),
            expected,
            "{body}"
        );
    }
    // A nested structure's required member read as `null` takes its zero value.
    let nested = previous(r#"{"previous": {"nested": {"left": null}}}"#).await.unwrap();
    assert_eq!(nested, Some(Value::Nested(Pair::builder().left("").build().unwrap())));
}

#[tokio::test]
async fn bad_unions_are_errors() {
    for body in [
        r#"{"previous": {"text": "a", "flag": true}}"#,
        r#"{"previous": {}}"#,
        r#"{"previous": {"__type": "x#Value"}}"#,
        r#"{"previous": ["text", "a"]}"#,
        r#"{"previous": "text"}"#,
        r#"{"previous": {"nested": ["l"]}}"#,
    ] {
        let error = previous(body).await.expect_err(body);
        assert!(error.contains("Response"), "{body}: {error}");
    }
}

#[tokio::test]
async fn recursive_shapes_read_at_any_depth_within_the_limit() {
    use recursion_fixture::types::Expression;
    let body = r#"{
        "root": {"name": "a", "children": [{"name": "b", "children": null}, null],
                 "parent": {"name": "p", "parent": {"name": "pp"}},
                 "attributes": {"x": {"name": "c"}, "y": null}},
        "expression": {"and": {"left": {"not": {"literal": 1}}, "right": {"literal": 2.0}}}
    }"#;
    let out = client!(recursion_fixture, body).get_tree().send().await.unwrap();
    let root = out.root.unwrap();
    let children = root.children.unwrap();
    assert_eq!(children.len(), 1);
    assert_eq!(children[0].name.as_deref(), Some("b"));
    assert_eq!(root.parent.unwrap().parent.unwrap().name.as_deref(), Some("pp"));
    let attributes = root.attributes.unwrap();
    assert_eq!(attributes.len(), 1);
    assert_eq!(attributes["x"].name.as_deref(), Some("c"));
    let Some(Expression::And(and)) = out.expression else {
        panic!("not an And");
    };
    assert_eq!(and.left, Expression::Not(Box::new(Expression::Literal(1))));
    assert_eq!(and.right, Expression::Literal(2));

    // Deeper than the reader allows: a typed error, not a stack overflow.
    let deep = format!("{{\"root\": {}", "{\"parent\": ".repeat(100_000));
    let error = client!(recursion_fixture, deep).get_tree().send().await.unwrap_err();
    let recursion_fixture::operation::get_tree::GetTreeError::Unhandled(error) = error else {
        panic!("{error:?}");
    };
    assert_eq!(error.kind(), ErrorKind::Response);
    assert!(
        smithy_runtime::error::DisplayErrorContext(&error)
            .to_string()
            .contains("nest deeper"),
        "{error}"
    );
}

#[tokio::test]
async fn blobs_documents_and_numbers_keep_their_wire_form() {
    let body = r#"{
        "echo": "aGVsbG8=", "document": {"a": [1, null, {"b": "c"}], "n": -1.5},
        "ratio": "-Infinity", "precise": "NaN", "huge": 1e20, "exact": 0.1, "tiny": -128.0, "small": 1e4
    }"#;
    let out = client!(blobs_documents_fixture, body).put_data().send().await.unwrap();
    assert_eq!(out.echo.as_ref(), b"hello");
    assert_eq!(out.document, serde_json::json!({"a": [1, null, {"b": "c"}], "n": -1.5}));
    assert_eq!(out.ratio, Some(f32::NEG_INFINITY));
    assert!(out.precise.unwrap().is_nan());
    // A big integer written as an integral float reads as its integer; a big
    // decimal keeps its text.
    assert_eq!(out.huge.as_ref().map(|n| n.as_str()), Some("100000000000000000000"));
    assert_eq!(out.exact.as_ref().map(|n| n.as_str()), Some("0.1"));
    assert_eq!((out.tiny, out.small), (Some(-128), Some(10_000)));

    // `null` for required members: the zero blob and a `null` document.
    let out = client!(
        blobs_documents_fixture,
        r#"{"echo": null, "document": null, "tiny": null}"#
    )
    .put_data()
    .send()
    .await
    .unwrap();
    assert!(out.echo.is_empty());
    assert_eq!(out.document, serde_json::Value::Null);
    assert_eq!(out.tiny, None);

    for body in [r#"{"echo": "not base64!"}"#, r#"{"tiny": 128}"#, r#"{"ratio": "nan"}"#] {
        let result = client!(blobs_documents_fixture, body).put_data().send().await;
        assert!(result.is_err(), "{body}: {result:?}");
    }
}
