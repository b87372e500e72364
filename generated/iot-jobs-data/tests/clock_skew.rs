//! A device whose clock is off: the service refuses the signature and says its
//! time in `Date`; the client signs again with the service's time, retries once,
//! and signs later calls right at once. Skew errors that re-signing cannot fix
//! come back as typed errors after one request.

mod common;

use std::time::{Duration, SystemTime};

use common::{assert_sigv4, client, client_no_retry, parse_amz_date};
use iot_jobs_data::operation::describe_job_execution::DescribeJobExecutionError;
use iot_jobs_data::Client;
use smithy_runtime::test_util::{RecordedRequest, ScriptedResponse, TestServer};
use smithy_runtime::{DateTime, TimestampFormat};

const HOUR: Duration = Duration::from_secs(3600);

/// The service's clock in these tests: one hour ahead of the device's.
fn service_now() -> SystemTime {
    SystemTime::now() + HOUR
}

fn http_date(time: SystemTime) -> String {
    DateTime::from(time).fmt(TimestampFormat::HttpDate)
}

/// How far the request's `X-Amz-Date` is from `time`, in seconds.
fn signed_off_by(request: &RecordedRequest, time: SystemTime) -> f64 {
    let signed = parse_amz_date(request.header("x-amz-date").expect("signed"));
    match signed.duration_since(time) {
        Ok(d) => d.as_secs_f64(),
        Err(e) => e.duration().as_secs_f64(),
    }
}

/// What IoT answers to a request signed with a stale clock.
fn signature_expired(date: Option<SystemTime>) -> ScriptedResponse {
    let response = ScriptedResponse::json(
        403,
        r#"{"message":"Signature expired: 20261201T100000Z is now earlier than 20261201T110000Z"}"#,
    )
    .with_header("x-amzn-ErrorType", "InvalidSignatureException")
    .with_header("x-amzn-RequestId", "rid-skew");
    match date {
        Some(date) => response.with_header("Date", http_date(date)),
        None => response,
    }
}

fn execution() -> ScriptedResponse {
    ScriptedResponse::ok_json(r#"{"execution":{"jobId":"j","thingName":"t"}}"#)
        .with_header("Date", http_date(service_now()))
}

async fn describe(client: &Client) -> Result<String, DescribeJobExecutionError> {
    let out = client
        .describe_job_execution()
        .thing_name("t")
        .job_id("j")
        .send()
        .await?;
    Ok(out.execution.and_then(|e| e.job_id).unwrap_or_default())
}

#[tokio::test]
async fn a_skewed_clock_is_corrected_from_the_services_date_and_the_call_retried_once() {
    let server = TestServer::with_responses([signature_expired(Some(service_now())), execution(), execution()]).await;
    let client = client(&server);
    assert_eq!(describe(&client).await.unwrap(), "j");
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "exactly one retry");
    // The first attempt was signed with the device's clock, the retry with the
    // service's, and both signatures are valid for the time they claim.
    assert!(signed_off_by(&requests[0], SystemTime::now()) < 5.0);
    assert!(
        signed_off_by(&requests[1], service_now()) < 5.0,
        "retry signed with the service's time"
    );
    assert_sigv4(&requests[1], "host;x-amz-date");

    // The next call, from a clone of the client, is signed right at once.
    let clone = client.clone();
    assert_eq!(describe(&clone).await.unwrap(), "j");
    let requests = server.requests();
    assert_eq!(requests.len(), 3, "one request");
    assert!(signed_off_by(&requests[2], service_now()) < 5.0);
}

#[tokio::test]
async fn a_skew_error_is_corrected_even_when_retries_are_disabled() {
    let server = TestServer::with_responses([signature_expired(Some(service_now())), execution()]).await;
    assert_eq!(describe(&client_no_retry(&server)).await.unwrap(), "j");
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn a_skew_error_the_date_does_not_explain_is_returned_after_one_request() {
    // The server's own `Date` (the right time): re-signing would not help.
    let server = TestServer::with_responses([signature_expired(None), signature_expired(None)]).await;
    let error = describe(&client(&server)).await.unwrap_err();
    assert_eq!(server.request_count(), 1);
    let DescribeJobExecutionError::Unhandled(e) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(e.code(), Some("InvalidSignatureException"));
    assert_eq!(e.status(), Some(403));
    assert_eq!(e.request_id(), Some("rid-skew"));
}

#[tokio::test]
async fn a_service_that_keeps_refusing_is_not_retried_forever() {
    // Each refusal shows a different clock: the call still stops after one
    // correction.
    let server = TestServer::with_responses([
        signature_expired(Some(service_now())),
        signature_expired(Some(SystemTime::now() + 3 * HOUR)),
        signature_expired(Some(SystemTime::now() + 5 * HOUR)),
        signature_expired(Some(SystemTime::now() + 7 * HOUR)),
    ])
    .await;
    let error = describe(&client(&server)).await.unwrap_err();
    assert_eq!(error.code(), Some("InvalidSignatureException"));
    assert_eq!(server.request_count(), 2);
}
