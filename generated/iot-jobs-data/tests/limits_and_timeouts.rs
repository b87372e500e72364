//! Response body caps and the read timeout through the generated client,
//! against a real server: a body over its cap is a typed error (not retried),
//! a body that stalls is a timeout (retried).

mod common;

use std::time::{Duration, Instant};

use common::config;
use iot_jobs_data::config::{BodyLimits, RetryConfig, TimeoutConfig};
use iot_jobs_data::operation::describe_job_execution::DescribeJobExecutionError;
use iot_jobs_data::Client;
use smithy_runtime::error::{DisplayErrorContext, ErrorKind, UnhandledError};
use smithy_runtime::limits::BodyTooLarge;
use smithy_runtime::test_util::{ScriptedResponse, TestServer};

const EXECUTION: &str =
    r#"{"execution":{"jobId":"j","thingName":"t","status":"QUEUED","queuedAt":1,"lastUpdatedAt":1,"versionNumber":1}}"#;

async fn describe(client: &Client) -> Result<String, DescribeJobExecutionError> {
    let out = client
        .describe_job_execution()
        .thing_name("t")
        .job_id("j")
        .send()
        .await?;
    Ok(out.execution.unwrap().job_id.unwrap())
}

fn unhandled(err: &DescribeJobExecutionError) -> &UnhandledError {
    match err {
        DescribeJobExecutionError::Unhandled(e) => e,
        other => panic!("expected Unhandled, got {other:?}"),
    }
}

fn too_large(err: &DescribeJobExecutionError) -> &BodyTooLarge {
    let err = unhandled(err);
    assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "{err:?}");
    std::error::Error::source(err)
        .and_then(|s| s.downcast_ref::<BodyTooLarge>())
        .unwrap_or_else(|| panic!("the source is not a BodyTooLarge: {err:?}"))
}

/// A valid response to `DescribeJobExecution` of about `len` bytes (a long job
/// document).
fn big_execution(len: usize) -> String {
    let document = "x".repeat(len);
    format!(
        r#"{{"execution":{{"jobId":"j","queuedAt":1,"lastUpdatedAt":1,"versionNumber":1,"jobDocument":"{document}"}}}}"#
    )
}

#[tokio::test]
async fn a_response_over_the_configured_cap_is_refused_with_a_typed_error() {
    let body = big_execution(4096);
    let server = TestServer::with_responses([
        ScriptedResponse::ok_json(body.clone()),
        ScriptedResponse::new(200).with_chunked_body(body.clone(), 512),
        ScriptedResponse::ok_json(body.clone()),
    ])
    .await;
    let limits = BodyLimits::default().with_max_response_body(1024);
    let client = Client::new(config(&server).body_limits(limits).build());

    // Announced by Content-Length: refused before reading, with the size.
    let err = describe(&client).await.unwrap_err();
    let e = too_large(&err);
    assert_eq!((e.limit(), e.content_length()), (1024, Some(body.len() as u64)));
    assert_eq!(unhandled(&err).status(), Some(200));
    assert!(
        DisplayErrorContext(&err)
            .to_string()
            .contains("over the limit of 1024 bytes"),
        "{err}"
    );
    // Not retried.
    assert_eq!(server.request_count(), 1);

    // Chunked: refused once the bytes received pass the cap.
    let err = describe(&client).await.unwrap_err();
    assert_eq!(too_large(&err).content_length(), None);
    assert_eq!(server.request_count(), 2);

    // The same body with the default cap (64 MiB) is read.
    let client = Client::new(config(&server).build());
    assert_eq!(describe(&client).await.unwrap(), "j");
}

#[tokio::test]
async fn an_error_body_over_1_mib_is_refused_by_default() {
    let message = "m".repeat(2 * 1024 * 1024);
    let server =
        TestServer::with_responses([ScriptedResponse::error(404, "ResourceNotFoundException", &message)]).await;
    let client = Client::new(config(&server).build());
    let err = describe(&client).await.unwrap_err();
    let e = too_large(&err);
    assert_eq!((e.status(), e.limit()), (404, 1024 * 1024));
    assert!(
        DisplayErrorContext(&err)
            .to_string()
            .contains("BodyLimits::max_error_body"),
        "{err}"
    );
    assert_eq!(unhandled(&err).request_id(), Some("test-request-id"));
}

#[tokio::test]
async fn a_body_that_stalls_is_a_timeout_that_is_retried() {
    let stalled = || ScriptedResponse::ok_json(EXECUTION).with_body_stalling_after(10);
    let server = TestServer::with_responses([stalled(), ScriptedResponse::ok_json(EXECUTION), stalled()]).await;
    let timeouts = TimeoutConfig::default().with_read_timeout(Some(Duration::from_millis(300)));
    let client = Client::new(config(&server).timeout_config(timeouts.clone()).build());

    // The first attempt stalls after 10 bytes; the retry succeeds.
    let start = Instant::now();
    assert_eq!(describe(&client).await.unwrap(), "j");
    assert!(start.elapsed() >= Duration::from_millis(300));
    assert_eq!(server.request_count(), 2);

    // Without retries, the stall is the caller's error.
    let client = Client::new(
        config(&server)
            .timeout_config(timeouts)
            .retry_config(RetryConfig::disabled())
            .build(),
    );
    let err = describe(&client).await.unwrap_err();
    assert_eq!(unhandled(&err).kind(), ErrorKind::Timeout, "{err:?}");
    assert!(DisplayErrorContext(&err).to_string().contains("read timeout"), "{err}");
}

#[tokio::test]
async fn a_head_that_never_comes_is_a_read_timeout() {
    let server = TestServer::with_responses([ScriptedResponse::hang()]).await;
    let timeouts = TimeoutConfig::default().with_read_timeout(Some(Duration::from_millis(300)));
    let client = Client::new(
        config(&server)
            .timeout_config(timeouts)
            .retry_config(RetryConfig::disabled())
            .build(),
    );
    let start = Instant::now();
    let err = describe(&client).await.unwrap_err();
    assert_eq!(unhandled(&err).kind(), ErrorKind::Timeout, "{err:?}");
    assert!(
        DisplayErrorContext(&err)
            .to_string()
            .contains("no response within 300ms (read timeout)"),
        "{err}"
    );
    assert!(start.elapsed() < Duration::from_secs(5));
}
