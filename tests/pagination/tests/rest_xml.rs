//! A generated restXml client on the wire, against a local HTTP server: the
//! exact request (a percent-encoded path label, query, header and an XML body
//! under the input's root element with the service's namespace, attributes,
//! flattened and wrapped lists and maps), the response read from headers and
//! XML, modeled errors named by `<Error><Code>` (wrapped in `<ErrorResponse>`
//! or at the root), unmodeled errors with their code and request id, and
//! malformed bodies as typed errors.

use std::collections::HashMap;

use rest_xml_fixture::config::Credentials;
use rest_xml_fixture::operation::get_shelf::GetShelfError;
use rest_xml_fixture::operation::put_book::PutBookError;
use rest_xml_fixture::types::{Binding, Chapter, ShelfView};
use rest_xml_fixture::{Client, Config};
use smithy_runtime::error::ErrorKind;
use smithy_runtime::test_util::{ScriptedResponse, TestServer};
use smithy_runtime::DateTime;

fn client(endpoint: String) -> Client {
    Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .endpoint_url(endpoint)
            .build(),
    )
}

/// An XML response with `body`.
fn xml(status: u16, body: &str) -> ScriptedResponse {
    ScriptedResponse::new(status)
        .with_header("content-type", "application/xml")
        .with_body(body.to_owned())
}

#[tokio::test]
async fn the_request_binds_label_query_header_and_writes_the_xml_body() {
    let server = TestServer::start().await;
    server.push(xml(200, "<PutBookResult/>"));
    client(format!("{}/base", server.url()))
        .put_book()
        .shelf("a/b c?d#e")
        .edition(2)
        .author("Ann & Bo")
        .language("en")
        .title("Tom & Jerry <1>")
        .pages(300)
        .keywords(vec!["cat".to_owned(), "mouse".to_owned()])
        .chapters(vec![
            Chapter::builder().number(1).heading("Start").build(),
            Chapter::builder().number(2).build(),
        ])
        .notes(HashMap::from([
            ("3".to_owned(), "intro".to_owned()),
            ("12".to_owned(), "twist".to_owned()),
        ]))
        .binding(Binding::builder().kind("hardcover").build())
        .send()
        .await
        .expect("sent");

    let request = &server.requests()[0];
    // The label's `/`, `?`, `#` and space are escaped: it stays one segment.
    assert_eq!(
        (request.method.as_str(), request.uri.as_str()),
        ("PUT", "/base/shelves/a%2Fb%20c%3Fd%23e/books?edition=2")
    );
    assert_eq!(request.header("x-shelf-author"), Some("Ann & Bo"));
    assert_eq!(request.header("content-type"), Some("application/xml"));
    // The root is the input's `@xmlName` with the service's namespace; `lang`
    // is an attribute; the flattened list repeats `<Keyword>`, the wrapped
    // list and map hold `<Chapter>` and `<entry>` (keys in order: "12" < "3");
    // the member's namespace goes on its element.
    let body = concat!(
        r#"<Book xmlns="https://shelf.example.com/doc/2024-05-01/" lang="en">"#,
        "<BookTitle>Tom &amp; Jerry &lt;1&gt;</BookTitle>",
        "<Pages>300</Pages>",
        "<Keyword>cat</Keyword><Keyword>mouse</Keyword>",
        r#"<Chapters><Chapter n="1"><Heading>Start</Heading></Chapter><Chapter n="2"></Chapter></Chapters>"#,
        "<Notes><entry><Page>12</Page><Text>twist</Text></entry><entry><Page>3</Page><Text>intro</Text></entry></Notes>",
        r#"<Binding xmlns="https://binding.example.com/"><Kind>hardcover</Kind></Binding>"#,
        "</Book>",
    );
    assert_eq!(request.body_str(), body);
    assert_eq!(request.header("content-length"), Some(body.len().to_string().as_str()));
    assert!(request
        .header("authorization")
        .is_some_and(|a| a.contains("/shelf/aws4_request")));
}

#[tokio::test]
async fn dot_segments_in_a_label_cannot_climb_the_path_and_an_empty_label_is_refused() {
    let server = TestServer::start().await;
    server.push(xml(
        200,
        "<GetShelfOutput><Name>..</Name><Books>4</Books></GetShelfOutput>",
    ));
    server.push(xml(200, "<GetShelfOutput/>"));
    let client = client(server.url());
    let out = client
        .get_shelf()
        .shelf("..")
        .view(ShelfView::Summary)
        .send()
        .await
        .expect("sent");
    assert_eq!((out.name.as_deref(), out.books), (Some(".."), Some(4)));
    client
        .get_shelf()
        .shelf(".")
        .view(ShelfView::Full)
        .send()
        .await
        .expect("sent");
    let requests = server.requests();
    // The enum label is its value.
    assert_eq!(
        (requests[0].method.as_str(), requests[0].uri.as_str()),
        ("GET", "/shelves/%2E%2E/summary")
    );
    assert_eq!(requests[1].uri.as_str(), "/shelves/%2E/full");
    // A GET without body members sends no body.
    assert_eq!(requests[0].body_str(), "");

    let error = client
        .get_shelf()
        .shelf("")
        .view(ShelfView::Full)
        .send()
        .await
        .unwrap_err();
    let GetShelfError::Unhandled(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!(error.kind(), ErrorKind::Build, "{error}");
    assert_eq!(server.requests().len(), 2, "nothing sent for an empty label");
}

const RESULT: &str = r#"<PutBookResult xmlns="https://shelf.example.com/doc/2024-05-01/" xmlns:x="urn:extra" Id="b-&amp;1">
  <StoredAt>2023-11-14T22:13:20Z</StoredAt>
  <Warning>short</Warning>
  <x:Unknown><Deep>skipped</Deep></x:Unknown>
  <Warning>odd &amp; even</Warning>
  <Shelf><Name>fiction</Name><Books>12</Books></Shelf>
  <Shelf><Name>poetry</Name><Books>3</Books></Shelf>
  <Chapters><Chapter n="1"><Heading>Start</Heading></Chapter><Chapter n="2"/></Chapters>
  <Shelving>
    <Rows><Row><Position>1</Position><Position>2</Position></Row><Row/></Rows>
    <Neighbours><entry><Side>left</Side><Titles><member>A</member><member>B</member></Titles></entry></Neighbours>
  </Shelving>
</PutBookResult>"#;

#[tokio::test]
async fn the_output_is_read_from_headers_and_the_xml_body() {
    let server = TestServer::start().await;
    server.push(xml(200, RESULT).with_header("ETag", "\"v7\""));
    let out = client(server.url()).put_book().shelf("s").send().await.expect("read");
    assert_eq!(out.e_tag.as_deref(), Some("\"v7\""));
    // The root's attribute, entities decoded; namespace declarations are not members.
    assert_eq!(out.id.as_deref(), Some("b-&1"));
    assert_eq!(out.stored_at, Some(DateTime::from_secs(1_700_000_000)));
    // A flattened list gathers its elements around others.
    assert_eq!(out.warnings, Some(vec!["short".to_owned(), "odd & even".to_owned()]));
    assert_eq!(
        out.shelves,
        Some(HashMap::from([("fiction".to_owned(), 12), ("poetry".to_owned(), 3)]))
    );
    let chapters = out.chapters.expect("chapters");
    assert_eq!(
        chapters
            .iter()
            .map(|c| (c.number, c.heading.as_deref()))
            .collect::<Vec<_>>(),
        [(Some(1), Some("Start")), (Some(2), None)]
    );
    let shelving = out.shelving.expect("shelving");
    assert_eq!(shelving.rows, Some(vec![vec![1, 2], vec![]]));
    assert_eq!(
        shelving.neighbours,
        Some(HashMap::from([(
            "left".to_owned(),
            vec!["A".to_owned(), "B".to_owned()]
        )]))
    );
}

#[tokio::test]
async fn an_empty_body_and_absent_headers_leave_every_member_unset() {
    let server = TestServer::start().await;
    server.push(ScriptedResponse::new(200));
    let out = client(server.url()).put_book().shelf("s").send().await.expect("read");
    assert_eq!(
        (out.e_tag, out.id, out.stored_at, out.warnings, out.shelves),
        (None, None, None, None, None)
    );
}

#[tokio::test]
async fn a_modeled_error_is_named_by_its_code_wrapped_or_at_the_root() {
    // restXml wraps errors in `<ErrorResponse>` (the request id beside
    // `<Error>`); services with `noErrorWrapping` (S3) put `<Error>` at the root.
    let wrapped = "<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchShelf</Code>\
                   <Message>no shelf</Message><Shelf>poetry</Shelf></Error>\
                   <RequestId>req-2</RequestId></ErrorResponse>";
    let bare = "<Error><Type>Sender</Type><Code>NoSuchShelf</Code><Message>no shelf</Message>\
                <Shelf>poetry</Shelf><RequestId>req-2</RequestId></Error>";
    for body in [wrapped, bare] {
        let server = TestServer::start().await;
        server.push(xml(404, body));
        let error = client(server.url())
            .put_book()
            .shelf("poetry")
            .send()
            .await
            .unwrap_err();
        let PutBookError::NoSuchShelf(error) = error else {
            panic!("{body}: {error:?}")
        };
        assert_eq!(
            (error.message.as_deref(), error.shelf.as_deref()),
            (Some("no shelf"), Some("poetry")),
            "{body}"
        );
        assert_eq!(
            (error.code(), error.request_id(), error.meta().status()),
            (Some("NoSuchShelf"), Some("req-2"), Some(404)),
            "{body}"
        );
    }
}

#[tokio::test]
async fn an_unmodeled_error_is_unhandled_with_its_code_and_request_id() {
    let server = TestServer::start().await;
    server.push(xml(
        403,
        "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>go away</Message>\
         </Error><RequestId>req-4</RequestId></ErrorResponse>",
    ));
    // The request id header wins over the body's.
    server.push(
        xml(
            409,
            "<Error><Code>Conflict</Code><RequestId>body-id</RequestId></Error>",
        )
        .with_header("x-amz-request-id", "req-5"),
    );
    // No body: the status and the header's request id, no code.
    server.push(ScriptedResponse::new(404).with_header("x-amz-request-id", "req-6"));
    let client = client(server.url());
    let expected = [
        (Some("AccessDenied"), Some("go away"), 403, "req-4"),
        (Some("Conflict"), None, 409, "req-5"),
        (None, None, 404, "req-6"),
    ];
    for (code, message, status, request_id) in expected {
        let error = client
            .get_shelf()
            .shelf("s")
            .view(ShelfView::Full)
            .send()
            .await
            .unwrap_err();
        let GetShelfError::Unhandled(error) = error else {
            panic!("{code:?}: {error:?}")
        };
        assert_eq!(
            (error.code(), error.message(), error.status(), error.request_id()),
            (code, message, Some(status), Some(request_id))
        );
    }
}

#[tokio::test]
async fn a_malformed_body_is_a_typed_error() {
    // Nesting past the reader's bound, even in elements the output skips.
    let deep = format!(
        "<PutBookResult>{}{}</PutBookResult>",
        "<Unknown>".repeat(200),
        "</Unknown>".repeat(200)
    );
    for body in [
        deep.as_str(),
        // Truncated and mismatched XML.
        "<PutBookResult><StoredAt>2023-11-14T22:13:20Z</StoredAt><Warning>cut",
        "<PutBookResult><Warning>w</Shelving></PutBookResult>",
        // Wrong types: text where numbers and timestamps belong.
        "<PutBookResult><StoredAt>yesterday</StoredAt></PutBookResult>",
        "<PutBookResult><Shelf><Name>a</Name><Books>many</Books></Shelf></PutBookResult>",
        r#"<PutBookResult><Chapters><Chapter n="first"/></Chapters></PutBookResult>"#,
        "<PutBookResult><Shelving><Rows><Row><Position>two</Position></Row></Rows></Shelving></PutBookResult>",
        // A map entry without its key.
        "<PutBookResult><Shelf><Books>1</Books></Shelf></PutBookResult>",
        "{\"Id\": \"b\"}",
    ] {
        let server = TestServer::start().await;
        server.push(xml(200, body).with_header("x-amz-request-id", "req-7"));
        let error = client(server.url()).put_book().shelf("s").send().await.unwrap_err();
        let PutBookError::Unhandled(error) = error else {
            panic!("{body}: {error:?}")
        };
        assert_eq!(error.kind(), ErrorKind::Response, "{body}: {error}");
        assert_eq!(
            (error.status(), error.request_id()),
            (Some(200), Some("req-7")),
            "{body}"
        );
    }
    // An error response that is not XML is still an error, with its status.
    let server = TestServer::start().await;
    server.push(xml(404, "<html>not here"));
    let error = client(server.url())
        .get_shelf()
        .shelf("s")
        .view(ShelfView::Summary)
        .send()
        .await
        .unwrap_err();
    let GetShelfError::Unhandled(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!((error.status(), error.code()), (Some(404), None));
}

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
        pagination_tests::truncations_and_byte_mutations(RESULT.as_bytes(), pagination_tests::XML_BREAKING_BYTES);
    for status in [200, 404] {
        for body in &bodies {
            transport.push_response(smithy_runtime::http::HttpResponse::new(status, body.clone()));
            let result = client.put_book().shelf("s").send().await;
            if status == 404 {
                assert!(result.is_err(), "an error status never gives an output: {body:?}");
            }
        }
    }
    // The unmodified body reads.
    transport.push_response(smithy_runtime::http::HttpResponse::new(200, RESULT));
    let out = client.put_book().shelf("s").send().await.expect("the valid body");
    assert_eq!(out.id.as_deref(), Some("b-&1"));
}
