//! A generated ec2Query client on the wire, against a local HTTP server: the
//! exact form body (keys by `@ec2QueryName`, else capitalized; lists always
//! flattened, an empty one not sent), the output read from the response's root
//! element, errors from `<Response><Errors><Error>` named by the shape name,
//! and malformed XML as a typed error.

use ec2_query_fixture::config::Credentials;
use ec2_query_fixture::operation::send_message::SendMessageError;
use ec2_query_fixture::types::Origin;
use ec2_query_fixture::{Client, Config};
use smithy_runtime::error::ErrorKind;
use smithy_runtime::test_util::{ScriptedResponse, TestServer};

fn client(server: &TestServer) -> Client {
    Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .endpoint_url(server.url())
            .build(),
    )
}

fn xml(status: u16, body: &str) -> ScriptedResponse {
    ScriptedResponse::new(status)
        .with_header("content-type", "text/xml")
        .with_body(body.to_owned())
}

#[tokio::test]
async fn the_request_uses_ec2_keys_and_the_output_is_the_root_element() {
    let server = TestServer::start().await;
    server.push(xml(
        200,
        r#"<SendMessageResponse xmlns="http://fleet.example.com/doc/2016-11-15/">
             <requestId>req-1</requestId><MessageId>m-1</MessageId>
             <Receipts><Receipt Id="r-1"/></Receipts>
           </SendMessageResponse>"#,
    ));
    server.push(xml(200, "<SendMessageResponse/>"));
    let client = client(&server);
    let out = client
        .send_message()
        .queue_url("q 1")
        .message_body("hi")
        .delay_seconds(3)
        .labels(vec!["x".to_owned(), "y".to_owned()])
        .origin(Origin::builder().host("h").build())
        .send()
        .await
        .expect("sent");
    assert_eq!(out.message_id.as_deref(), Some("m-1"));
    assert_eq!(out.receipts.expect("receipts")[0].id.as_deref(), Some("r-1"));
    client
        .send_message()
        .queue_url("q")
        .labels(Vec::new())
        .send()
        .await
        .expect("sent");
    let requests = server.requests();
    assert_eq!(
        requests[0].header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        requests[0].body_str(),
        "Action=SendMessage&Version=2016-11-15&QueueUrl=q%201&Body=hi&Labels.1=x&Labels.2=y\
         &Origin.Host=h&DelaySeconds=3"
    );
    assert_eq!(
        requests[1].body_str(),
        "Action=SendMessage&Version=2016-11-15&QueueUrl=q"
    );
}

#[tokio::test]
async fn errors_are_named_by_the_shape_name_in_response_errors() {
    let server = TestServer::start().await;
    for code in ["QueueDoesNotExist", "InvalidParameterValue"] {
        server.push(xml(
            400,
            &format!(
                "<Response><Errors><Error><Code>{code}</Code><Message>no</Message><QueueUrl>q</QueueUrl>\
                 </Error></Errors><RequestID>req-2</RequestID></Response>"
            ),
        ));
    }
    let client = client(&server);
    let error = client.send_message().queue_url("q").send().await.unwrap_err();
    let SendMessageError::QueueDoesNotExist(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!(
        (error.queue_url.as_deref(), error.message.as_deref()),
        (Some("q"), Some("no"))
    );
    assert_eq!(
        (error.code(), error.request_id()),
        (Some("QueueDoesNotExist"), Some("req-2"))
    );
    let error = client.send_message().queue_url("q").send().await.unwrap_err();
    let SendMessageError::Unhandled(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!(
        (error.code(), error.message(), error.status()),
        (Some("InvalidParameterValue"), Some("no"), Some(400))
    );
}

#[tokio::test]
async fn a_malformed_body_is_a_typed_error() {
    let server = TestServer::start().await;
    server.push(xml(200, "<SendMessageResponse><MessageId>m</SendMessageResponse>"));
    let error = client(&server).send_message().queue_url("q").send().await.unwrap_err();
    let SendMessageError::Unhandled(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!(error.kind(), ErrorKind::Response, "{error}");
}

/// A response with members, attributes, entities and an unknown element.
const EC2_RESULT: &str = r#"<SendMessageResponse xmlns="http://fleet.example.com/doc/2016-11-15/">
  <requestId>req-1</requestId><MessageId>m-1</MessageId><Unknown><Deep>x</Deep></Unknown>
  <Receipts><Receipt Id="r-&amp;1"/><Receipt Id="r-2"/></Receipts>
</SendMessageResponse>"#;

/// A client answered by `transport`, without a socket: the mutation test below
/// sends thousands of calls.
fn scripted(transport: &smithy_runtime::test_util::ScriptedTransport) -> Client {
    Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .endpoint_url("https://example.com")
            .transport(transport.clone())
            .build(),
    )
}

#[tokio::test]
async fn every_truncation_and_byte_mutation_of_a_body_gives_a_result_never_a_panic() {
    let transport = smithy_runtime::test_util::ScriptedTransport::new();
    let client = scripted(&transport);
    let bodies =
        pagination_tests::truncations_and_byte_mutations(EC2_RESULT.as_bytes(), pagination_tests::XML_BREAKING_BYTES);
    for status in [200, 400] {
        for body in &bodies {
            transport.push_response(smithy_runtime::http::HttpResponse::new(status, body.clone()));
            let result = client.send_message().queue_url("q").send().await;
            if status == 400 {
                assert!(result.is_err(), "an error status never gives an output: {body:?}");
            }
        }
    }
    // The unmodified body reads.
    transport.push_response(smithy_runtime::http::HttpResponse::new(200, EC2_RESULT));
    let out = client
        .send_message()
        .queue_url("q")
        .send()
        .await
        .expect("the valid body");
    assert_eq!(out.message_id.as_deref(), Some("m-1"));
}
