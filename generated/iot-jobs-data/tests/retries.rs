//! Retries and timeouts against a real server: what is retried, how many times,
//! with backoff, and what a hung server gives.

mod common;

use std::time::{Duration, Instant};

use common::{client, config};
use iot_jobs_data::config::{RetryConfig, TimeoutConfig};
use iot_jobs_data::operation::describe_job_execution::DescribeJobExecutionError;
use iot_jobs_data::operation::start_command_execution::StartCommandExecutionError;
use iot_jobs_data::Client;
use smithy_runtime::error::ErrorKind;
use smithy_runtime::test_util::{InstantSleep, ScriptedResponse, TestServer};

const EXECUTION: &str =
    r#"{"execution":{"jobId":"j","thingName":"t","status":"QUEUED","queuedAt":1,"lastUpdatedAt":1,"versionNumber":1}}"#;

async fn describe(client: &Client) -> Result<(), DescribeJobExecutionError> {
    client
        .describe_job_execution()
        .thing_name("t")
        .job_id("j")
        .send()
        .await
        .map(|out| assert_eq!(out.execution.unwrap().job_id.as_deref(), Some("j")))
}

fn throttling(status: u16) -> ScriptedResponse {
    ScriptedResponse::json(status, r#"{"message":"Rate exceeded"}"#)
        .with_header("X-Amzn-ErrorType", "ThrottlingException")
}

#[tokio::test]
async fn throttling_and_unavailable_are_retried_with_backoff_then_succeed() {
    let server = TestServer::with_responses([
        ScriptedResponse::new(429),
        ScriptedResponse::json(503, "{}"),
        ScriptedResponse::ok_json(EXECUTION),
    ])
    .await;
    let sleep = InstantSleep::new();
    let client = Client::new(
        config(&server)
            .retry_config(RetryConfig::standard().with_initial_backoff(Duration::from_millis(100)))
            .sleep(sleep.clone())
            .build(),
    );
    describe(&client).await.unwrap();
    assert_eq!(server.request_count(), 3);
    // Full jitter: retry i waits random[0,1) * 100 ms * 2^i.
    let slept = sleep.slept();
    assert_eq!(slept.len(), 2, "one backoff per retry: {slept:?}");
    assert!(slept[0] <= Duration::from_millis(100), "{slept:?}");
    assert!(slept[1] <= Duration::from_millis(200), "{slept:?}");
    // Each attempt is signed again, and the request is otherwise the same.
    let requests = server.requests();
    assert!(requests.iter().all(|r| r.uri == "/things/t/jobs/j"));
    assert!(requests.iter().all(|r| r.header("authorization").is_some()));
}

#[tokio::test]
async fn real_backoff_is_capped_by_max_backoff() {
    let server =
        TestServer::with_responses([throttling(429), throttling(429), ScriptedResponse::ok_json(EXECUTION)]).await;
    // Uncapped, the two waits could reach 10 s + 20 s.
    let client = Client::new(
        config(&server)
            .retry_config(
                RetryConfig::standard()
                    .with_initial_backoff(Duration::from_secs(10))
                    .with_max_backoff(Duration::from_millis(30)),
            )
            .build(),
    );
    let start = Instant::now();
    describe(&client).await.unwrap();
    assert_eq!(server.request_count(), 3);
    assert!(start.elapsed() < Duration::from_secs(2), "{:?}", start.elapsed());
}

#[tokio::test]
async fn throttling_exception_code_is_retried_whatever_the_status() {
    // Classified by its code, not only by status 429.
    let server =
        TestServer::with_responses([throttling(400), throttling(429), ScriptedResponse::ok_json(EXECUTION)]).await;
    describe(&client(&server)).await.unwrap();
    assert_eq!(server.request_count(), 3);
}

#[tokio::test]
async fn throttling_that_never_stops_gives_the_modeled_error_after_max_attempts() {
    let server = TestServer::with_responses((0..3).map(|_| throttling(429))).await;
    let err = describe(&client(&server)).await.unwrap_err();
    assert!(
        matches!(&err, DescribeJobExecutionError::ThrottlingException(e) if e.message() == Some("Rate exceeded")),
        "{err:?}"
    );
    assert_eq!(server.request_count(), 3);
}

#[tokio::test]
async fn validation_error_is_not_retried() {
    let server = TestServer::with_responses([
        ScriptedResponse::json(400, r#"{"message":"targetArn is malformed"}"#)
            .with_header("X-Amzn-ErrorType", "ValidationException"),
        ScriptedResponse::ok_json(r#"{"executionId":"never"}"#),
    ])
    .await;
    let err = client(&server)
        .start_command_execution()
        .target_arn("not-an-arn")
        .command_arn("arn:aws:iot:us-east-1:123456789012:command/c")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, StartCommandExecutionError::ValidationException(_)),
        "{err:?}"
    );
    assert_eq!(server.request_count(), 1, "exactly one request");
    assert_eq!(server.remaining(), 1);
}

#[tokio::test]
async fn other_client_errors_are_not_retried() {
    for (status, code) in [
        (404, "ResourceNotFoundException"),
        (410, "TerminalStateException"),
        (400, "InvalidRequestException"),
    ] {
        let server = TestServer::with_responses([
            ScriptedResponse::json(status, "{}").with_header("X-Amzn-ErrorType", code),
            ScriptedResponse::ok_json(EXECUTION),
        ])
        .await;
        let err = describe(&client(&server)).await.unwrap_err();
        assert_eq!(err.code(), Some(code));
        assert_eq!(server.request_count(), 1, "{code}");
    }
}

#[tokio::test]
async fn attempts_are_bounded_by_max_attempts() {
    for max in [1u32, 2, 5] {
        let server = TestServer::with_responses((0..10).map(|_| ScriptedResponse::json(503, "{}"))).await;
        let client = Client::new(
            config(&server)
                .retry_config(
                    RetryConfig::standard()
                        .with_initial_backoff(Duration::ZERO)
                        .with_max_attempts(max),
                )
                .build(),
        );
        let err = describe(&client).await.unwrap_err();
        let DescribeJobExecutionError::Unhandled(e) = &err else {
            panic!("{err:?}");
        };
        assert_eq!(e.status(), Some(503));
        assert_eq!(server.request_count(), max as usize, "max attempts {max}");
    }
}

#[tokio::test]
async fn a_closed_connection_is_retried() {
    let server = TestServer::with_responses([
        ScriptedResponse::close_connection(),
        ScriptedResponse::ok_json(EXECUTION),
    ])
    .await;
    describe(&client(&server)).await.unwrap();
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn connection_errors_on_every_attempt_give_a_transport_error() {
    let server = TestServer::with_responses((0..3).map(|_| ScriptedResponse::close_connection())).await;
    let err = describe(&client(&server)).await.unwrap_err();
    let DescribeJobExecutionError::Unhandled(e) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(e.kind(), ErrorKind::Transport, "{e:?}");
    assert_eq!(e.status(), None);
    assert_eq!(server.request_count(), 3);
}

#[tokio::test]
async fn a_hung_server_hits_the_attempt_timeout() {
    let server = TestServer::with_responses([ScriptedResponse::hang(), ScriptedResponse::hang()]).await;
    let client = Client::new(
        config(&server)
            .retry_config(
                RetryConfig::standard()
                    .with_initial_backoff(Duration::ZERO)
                    .with_max_attempts(2),
            )
            .timeout_config(TimeoutConfig::default().with_attempt_timeout(Some(Duration::from_millis(200))))
            .build(),
    );
    let start = Instant::now();
    let err = describe(&client).await.unwrap_err();
    let DescribeJobExecutionError::Unhandled(e) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(e.kind(), ErrorKind::Timeout, "{e:?}");
    // Timed-out attempts are retried: both attempts reached the server.
    assert_eq!(server.request_count(), 2);
    assert!(start.elapsed() >= Duration::from_millis(400), "{:?}", start.elapsed());
    assert!(start.elapsed() < Duration::from_secs(5), "{:?}", start.elapsed());
}

#[tokio::test]
async fn a_hung_attempt_is_retried_and_can_succeed() {
    let server = TestServer::with_responses([ScriptedResponse::hang(), ScriptedResponse::ok_json(EXECUTION)]).await;
    let client = Client::new(
        config(&server)
            .timeout_config(TimeoutConfig::default().with_attempt_timeout(Some(Duration::from_millis(200))))
            .build(),
    );
    describe(&client).await.unwrap();
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn a_hung_server_hits_the_operation_timeout() {
    let server = TestServer::with_responses([ScriptedResponse::hang()]).await;
    let client = Client::new(
        config(&server)
            .timeout_config(TimeoutConfig::default().with_operation_timeout(Some(Duration::from_millis(300))))
            .build(),
    );
    let start = Instant::now();
    let err = describe(&client).await.unwrap_err();
    let DescribeJobExecutionError::Unhandled(e) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(e.kind(), ErrorKind::Timeout, "{e:?}");
    assert_eq!(server.request_count(), 1);
    assert!(start.elapsed() >= Duration::from_millis(300));
    assert!(start.elapsed() < Duration::from_secs(5), "{:?}", start.elapsed());
}

#[tokio::test]
async fn a_slow_answer_within_the_timeout_is_fine() {
    let server =
        TestServer::with_responses([ScriptedResponse::ok_json(EXECUTION).with_delay(Duration::from_millis(50))]).await;
    let client = Client::new(
        config(&server)
            .timeout_config(TimeoutConfig::default().with_attempt_timeout(Some(Duration::from_secs(5))))
            .build(),
    );
    describe(&client).await.unwrap();
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn the_retry_quota_is_shared_by_clones_and_stops_retry_storms() {
    // A quota of 10 tokens pays for two retries (5 each); then no more retries.
    let server = TestServer::with_responses((0..10).map(|_| ScriptedResponse::json(503, "{}"))).await;
    let client = Client::new(
        config(&server)
            .retry_config(
                RetryConfig::standard()
                    .with_initial_backoff(Duration::ZERO)
                    .with_retry_quota(Some(10)),
            )
            .build(),
    );
    describe(&client).await.unwrap_err();
    assert_eq!(server.request_count(), 3);
    describe(&client.clone()).await.unwrap_err();
    assert_eq!(server.request_count(), 4, "quota empty: no retry");
}

#[tokio::test]
async fn a_server_that_is_gone_gives_a_transport_error() {
    let server = TestServer::start().await;
    let client = client(&server);
    drop(server);
    tokio::time::sleep(Duration::from_millis(20)).await;
    let start = Instant::now();
    let err = describe(&client).await.unwrap_err();
    let DescribeJobExecutionError::Unhandled(e) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(e.kind(), ErrorKind::Transport, "{e:?}");
    assert!(start.elapsed() < Duration::from_secs(5));
}
