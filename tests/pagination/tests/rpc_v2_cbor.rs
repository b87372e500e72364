//! A generated rpcv2Cbor client on the wire, against a local HTTP server: the
//! exact request (`POST /service/<Service>/operation/<Operation>` after the
//! endpoint's path, `smithy-protocol`, `Accept` and `Content-Type`, the input as
//! CBOR bytes written out by hand here), no body for an operation without
//! input, modeled and unmodeled errors named by `__type`, and malformed CBOR
//! bodies as typed errors.

use rpc_v2_cbor_fixture::config::Credentials;
use rpc_v2_cbor_fixture::operation::record_score::RecordScoreError;
use rpc_v2_cbor_fixture::types::Kind;
use rpc_v2_cbor_fixture::{Client, Config};
use smithy_runtime::error::ErrorKind;
use smithy_runtime::test_util::{ScriptedResponse, TestServer};
use smithy_runtime::{Blob, DateTime};

fn client(endpoint: String) -> Client {
    Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .endpoint_url(endpoint)
            .build(),
    )
}

/// A CBOR text string (shorter than 256 bytes).
fn text(s: &str) -> Vec<u8> {
    let mut out = if s.len() < 24 {
        vec![0x60 + s.len() as u8]
    } else {
        vec![0x78, s.len() as u8]
    };
    out.extend_from_slice(s.as_bytes());
    out
}

/// The concatenation of CBOR items.
fn cbor(items: &[&[u8]]) -> Vec<u8> {
    items.concat()
}

/// An rpcv2Cbor response with `body`.
fn response(status: u16, body: Vec<u8>) -> ScriptedResponse {
    ScriptedResponse::new(status)
        .with_header("smithy-protocol", "rpc-v2-cbor")
        .with_header("content-type", "application/cbor")
        .with_header("x-amzn-requestid", "req-9")
        .with_body(body)
}

#[tokio::test]
async fn the_request_is_a_post_to_the_operation_path_with_the_input_as_a_cbor_map() {
    let server = TestServer::start().await;
    let recorded_at = 1_700_000_001.5f64.to_be_bytes();
    server.push(response(
        200,
        cbor(&[
            &[0xa5],
            &text("recordId"),
            &text("r-1"),
            &text("total"),
            &[0x18, 42],
            &text("recordedAt"),
            &[0xc1, 0xfb],
            &recorded_at,
            &text("receipt"),
            &[0x41, 0x09],
            // A member the output does not have, of indefinite length: skipped.
            &text("extra"),
            &[0x9f, 0x01, 0xff],
        ]),
    ));
    let out = client(format!("{}/base", server.url()))
        .record_score()
        .name("t1")
        .score(7)
        .weight(1.5)
        .proof(Blob::new(vec![1, 2]))
        .scored_at(DateTime::from_secs(1_700_000_000))
        .tags(vec!["a".to_owned(), "b".to_owned()])
        .kind(Kind::Practice)
        .client_token("tok")
        .send()
        .await
        .expect("sent");
    assert_eq!(out.record_id, "r-1");
    assert_eq!(out.total, Some(42));
    assert_eq!(out.recorded_at, Some(DateTime::from_millis(1_700_000_001_500)));
    assert_eq!(out.receipt, Some(Blob::new(vec![9])));

    let request = &server.requests()[0];
    assert_eq!(request.method, "POST");
    // The `@http` trait (`PUT /tallies/{name}`) means nothing in rpcv2Cbor.
    assert_eq!(request.uri, "/base/service/TallyService/operation/RecordScore");
    assert_eq!(request.header("smithy-protocol"), Some("rpc-v2-cbor"));
    assert_eq!(request.header("accept"), Some("application/cbor"));
    assert_eq!(request.header("content-type"), Some("application/cbor"));
    assert_eq!(request.header("x-amz-target"), None);
    // An indefinite-length map of the members set, in model order: blobs as
    // byte strings, the timestamp as tag 1 over integer seconds, the enum as
    // its value.
    let expected = cbor(&[
        &[0xbf],
        &text("name"),
        &text("t1"),
        &text("score"),
        &[0x07],
        &text("weight"),
        &[0xfb],
        &1.5f64.to_be_bytes(),
        &text("proof"),
        &[0x42, 0x01, 0x02],
        &text("scoredAt"),
        &[0xc1, 0x1a, 0x65, 0x53, 0xf1, 0x00],
        &text("tags"),
        &[0x82],
        &text("a"),
        &text("b"),
        &text("kind"),
        &text("practice"),
        &text("clientToken"),
        &text("tok"),
        &[0xff],
    ]);
    assert_eq!(request.body.as_ref(), expected.as_slice());
    assert_eq!(
        request.header("content-length"),
        Some(expected.len().to_string().as_str())
    );
    assert!(request
        .header("authorization")
        .is_some_and(|a| a.contains("/tally/aws4_request")));
}

#[tokio::test]
async fn an_operation_without_input_sends_no_body_and_ignores_any_output() {
    let server = TestServer::start().await;
    server.push(response(200, Vec::new()));
    server.push(response(200, cbor(&[&[0xa1], &text("unexpected"), &[0xf6]])));
    let client = client(server.url());
    client.ping().send().await.expect("an empty body");
    client.ping().send().await.expect("members the output does not have");
    let request = &server.requests()[0];
    assert_eq!(request.uri, "/service/TallyService/operation/Ping");
    assert!(request.body.is_empty());
    assert_eq!(request.header("content-type"), None, "no body, no content type");
    assert_eq!(request.header("accept"), Some("application/cbor"));
    assert_eq!(request.header("smithy-protocol"), Some("rpc-v2-cbor"));
}

#[tokio::test]
async fn a_modeled_error_is_named_by_its_type_whatever_its_namespace() {
    let server = TestServer::start().await;
    server.push(response(
        400,
        cbor(&[
            &[0xa3],
            &text("__type"),
            &text("example.tally#TallyNotFound:http://internal/"),
            &text("message"),
            &text("gone"),
            &text("name"),
            &text("t1"),
        ]),
    ));
    let error = client(server.url()).record_score().name("t1").send().await.unwrap_err();
    let RecordScoreError::TallyNotFound(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!(error.message.as_deref(), Some("gone"));
    assert_eq!(error.name.as_deref(), Some("t1"));
    assert_eq!(
        (error.code(), error.request_id(), error.meta().status()),
        (Some("TallyNotFound"), Some("req-9"), Some(400))
    );
}

#[tokio::test]
async fn an_unmodeled_error_keeps_its_code_message_and_status() {
    let server = TestServer::start().await;
    server.push(response(
        400,
        cbor(&[
            &[0xa2],
            &text("__type"),
            &text("smithy.framework#ValidationException"),
            &text("message"),
            &text("score is too big"),
        ]),
    ));
    let error = client(server.url()).record_score().name("t1").send().await.unwrap_err();
    let RecordScoreError::Unhandled(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!(
        (error.code(), error.message(), error.status(), error.request_id()),
        (
            Some("ValidationException"),
            Some("score is too big"),
            Some(400),
            Some("req-9")
        )
    );
}

#[tokio::test]
async fn a_malformed_body_is_a_typed_error() {
    let bodies: [Vec<u8>; 4] = [
        // Cut short inside a key.
        vec![0xbf, 0x68, b'r'],
        // An array, not a map.
        vec![0x80],
        // `recordId` is an integer, not a string.
        cbor(&[&[0xa1], &text("recordId"), &[0x01]]),
        // A well-formed map followed by more bytes.
        vec![0xa0, 0x00],
    ];
    for body in bodies {
        let server = TestServer::start().await;
        server.push(response(200, body.clone()));
        let error = client(server.url()).record_score().name("t1").send().await.unwrap_err();
        let RecordScoreError::Unhandled(error) = error else {
            panic!("{body:?}: {error:?}")
        };
        assert_eq!(error.kind(), ErrorKind::Response, "{body:?}: {error}");
        assert_eq!(error.request_id(), Some("req-9"), "{body:?}");
    }
    // An error response whose body is not CBOR at all: unhandled, with its status.
    let server = TestServer::start().await;
    server.push(response(400, b"<html>oops</html>".to_vec()));
    let error = client(server.url()).record_score().name("t1").send().await.unwrap_err();
    let RecordScoreError::Unhandled(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!((error.status(), error.code()), (Some(400), None));
}

/// A client that answers every call from `transport`.
fn scripted(transport: &smithy_runtime::test_util::ScriptedTransport) -> Client {
    Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .endpoint_url("https://tally.example.com")
            .transport(transport.clone())
            .build(),
    )
}

#[tokio::test]
async fn every_truncation_and_byte_mutation_of_a_body_gives_a_result_never_a_panic() {
    let valid = cbor(&[
        &[0xbf],
        &text("recordId"),
        &[0x7f, 0x61, b'r', 0x61, b'1', 0xff],
        &text("total"),
        &[0x1b, 0, 0, 0, 0, 0, 0, 1, 0],
        &text("recordedAt"),
        &[0xc1, 0xf9, 0x3c, 0x00],
        &text("receipt"),
        &[0x5f, 0x41, 0x01, 0xff],
        &text("extra"),
        &[0x9f, 0xa1, 0x61, b'k', 0xf6, 0xff],
        &[0xff],
    ]);
    // Each byte replaced by the heads that change the most: lengths, breaks,
    // indefinite starts, tags, floats and huge lengths.
    let heads = [
        0x00, 0x1b, 0x3b, 0x5b, 0x5f, 0x7b, 0x7f, 0x9b, 0x9f, 0xbb, 0xbf, 0xc1, 0xf9, 0xff,
    ];
    let mut bodies = pagination_tests::truncations_and_byte_mutations(&valid, &heads);
    // Deep nesting inside a member the output does not have, left open.
    bodies.push(cbor(&[&[0xa1], &text("extra"), &vec![0x9f; 100_000]]));
    let transport = smithy_runtime::test_util::ScriptedTransport::new();
    let client = scripted(&transport);
    for status in [200, 400] {
        for body in &bodies {
            transport.push_response(smithy_runtime::http::HttpResponse::new(status, body.clone()));
            let result = client.record_score().name("t1").send().await;
            if status == 400 {
                assert!(result.is_err(), "an error status never gives an output: {body:?}");
            }
        }
    }
    // The unmodified body reads.
    transport.push_response(smithy_runtime::http::HttpResponse::new(200, valid));
    let out = client.record_score().name("t1").send().await.expect("the valid body");
    assert_eq!((out.record_id.as_str(), out.total), ("r1", Some(256)));
    assert_eq!(out.recorded_at, Some(DateTime::from_secs(1)));
    assert_eq!(out.receipt, Some(Blob::new(vec![1])));
}
