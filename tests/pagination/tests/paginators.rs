//! Generated paginators against a real HTTP server on 127.0.0.1.

use std::future::poll_fn;
use std::pin::Pin;

use paginators_fixture::{Client, Error};
use smithy_runtime::paginator::Stream;
use smithy_runtime::test_util::{ScriptedResponse, TestServer};

fn client(server: &TestServer) -> Client {
    Client::new(server.config_builder().build())
}

fn page(body: &str) -> ScriptedResponse {
    ScriptedResponse::ok_json(body.to_owned())
}

#[tokio::test]
async fn pages_stop_when_the_token_is_absent() {
    let server = TestServer::with_responses([
        page(r#"{"things":[{"name":"a"}],"nextToken":"t1"}"#),
        page(r#"{"things":[{"name":"b"}],"nextToken":"t2"}"#),
        page(r#"{"things":[{"name":"c"}]}"#),
    ])
    .await;
    let mut pages = client(&server).list_things().prefix("p").into_paginator();
    let mut names = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.expect("page");
        names.extend(page.things.unwrap_or_default().into_iter().map(|t| t.name));
    }
    assert_eq!(names, ["a", "b", "c"]);
    let queries: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.query().unwrap_or("").to_owned())
        .collect();
    assert_eq!(queries.len(), 3, "{queries:?}");
    assert!(!queries[0].contains("nextToken"), "{queries:?}");
    assert!(
        queries[1].contains("nextToken=t1") && queries[1].contains("prefix=p"),
        "{queries:?}"
    );
    assert!(queries[2].contains("nextToken=t2"), "{queries:?}");
    assert_eq!(server.remaining(), 0);
}

#[tokio::test]
async fn pages_stop_at_an_empty_or_repeated_token() {
    let server = TestServer::with_responses([
        page(r#"{"things":[],"nextToken":"same"}"#),
        page(r#"{"things":[],"nextToken":"same"}"#),
        page(r#"{"things":[],"nextToken":""}"#),
    ])
    .await;
    let client = client(&server);
    let mut pages = client.list_things().into_paginator();
    let mut count = 0;
    while let Some(page) = pages.next().await {
        page.expect("page");
        count += 1;
    }
    // The second page repeats the token that asked for it: the stream ends there.
    assert_eq!(count, 2);
    assert_eq!(server.request_count(), 2);

    let mut pages = client.list_things().into_paginator();
    assert!(pages.next().await.expect("a page").is_ok());
    assert!(pages.next().await.is_none(), "an empty token ends the pages");
    assert_eq!(server.request_count(), 3);
}

#[tokio::test]
async fn items_flatten_across_pages_and_page_size_reaches_the_request() {
    let server = TestServer::with_responses([
        page(r#"{"things":[{"name":"a"},{"name":"b"}],"nextToken":"t1"}"#),
        page(r#"{"nextToken":"t2"}"#),
        page(r#"{"things":[{"name":"c","size":3}]}"#),
    ])
    .await;
    let mut items = client(&server).list_things().into_paginator().page_size(2).items();
    let mut names = Vec::new();
    while let Some(thing) = items.next().await {
        names.push(thing.expect("item").name);
    }
    assert_eq!(names, ["a", "b", "c"]);
    for request in server.requests() {
        assert!(
            request.query().unwrap_or("").contains("maxResults=2"),
            "{:?}",
            request.query()
        );
    }
}

#[tokio::test]
async fn nested_tokens_and_items_and_the_stream_trait() {
    let server = TestServer::with_responses([
        page(r#"{"result":{"next":"n1","page":{"values":["x","y"]}}}"#),
        page(r#"{"result":{"page":{"values":["z"]}}}"#),
    ])
    .await;
    let mut items = client(&server).list_nested().into_paginator().page_size(5).items();
    let mut values = Vec::new();
    while let Some(value) = poll_fn(|cx| Pin::new(&mut items).poll_next(cx)).await {
        values.push(value.expect("item"));
    }
    assert_eq!(values, ["x", "y", "z"]);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].body_json()["limit"], 5);
    assert_eq!(requests[1].body_json()["token"], "n1");
}

#[tokio::test]
async fn an_error_ends_the_stream_and_map_items_are_pairs() {
    let server = TestServer::with_responses([
        page(r#"{"tags":{"k":"v"},"nextToken":"t1"}"#),
        ScriptedResponse::error(400, "ValidationException", "bad token"),
    ])
    .await;
    let mut items = client(&server).list_tags().into_paginator().items();
    assert_eq!(
        items.next().await.expect("item").expect("ok"),
        ("k".to_owned(), "v".to_owned())
    );
    let error = items.next().await.expect("the error").expect_err("an error");
    assert!(Error::from(error).to_string().contains("bad token"));
    assert!(items.next().await.is_none());
}
