//! The `job_agent` example, run against a local server scripted like the IoT Jobs
//! service: a job that succeeds after being throttled, a job canceled under the
//! agent (InvalidStateTransition, then TerminalState), a job whose version changed
//! (InvalidStateTransition, re-read, carry on), a failing job, then no job.

mod common;

#[allow(dead_code)]
#[path = "../examples/job_agent.rs"]
mod job_agent;

use std::time::Duration;

use iot_jobs_data::config::RetryConfig;
use iot_jobs_data::Client;
use job_agent::{run_agent, AgentError, AgentOptions, Summary};
use serde_json::{json, Value};
use smithy_runtime::http::Method;
use smithy_runtime::test_util::{RecordedRequest, ScriptedResponse, TestServer};

fn options() -> AgentOptions {
    AgentOptions {
        step_timeout_in_minutes: 7,
        throttle_backoff: Duration::from_millis(1),
        max_throttle_retries: 2,
        step_duration: Duration::ZERO,
        max_jobs: 10,
    }
}

/// The client retries nothing itself, so each scripted throttle reaches the agent.
fn agent_client(server: &TestServer) -> Client {
    Client::new(common::config(server).retry_config(RetryConfig::disabled()).build())
}

fn execution(job_id: &str, version: i64, document: Value) -> ScriptedResponse {
    ScriptedResponse::ok_json(
        json!({
            "execution": {
                "jobId": job_id,
                "thingName": "lamp-1",
                "status": "IN_PROGRESS",
                "queuedAt": 1_700_000_000,
                "startedAt": 1_700_000_100,
                "lastUpdatedAt": 1_700_000_100,
                "versionNumber": version,
                "executionNumber": 1,
                "jobDocument": document.to_string()
            }
        })
        .to_string(),
    )
}

fn updated(status: &str, version: i64) -> ScriptedResponse {
    ScriptedResponse::ok_json(json!({"executionState": {"status": status, "versionNumber": version}}).to_string())
}

fn error(status: u16, code: &str, message: &str) -> ScriptedResponse {
    ScriptedResponse::json(status, json!({ "message": message }).to_string()).with_header("X-Amzn-ErrorType", code)
}

/// One request as `METHOD path [status expectedVersion]` for readable comparisons.
fn describe(r: &RecordedRequest) -> String {
    let mut line = format!("{} {}", r.method, r.uri);
    if r.method == Method::POST {
        let body = r.body_json();
        line += &format!(" {} v{}", body["status"].as_str().unwrap(), body["expectedVersion"]);
    }
    line
}

#[tokio::test]
async fn runs_every_pending_job_and_handles_what_goes_wrong() {
    let server = TestServer::with_responses([
        // Job A: throttled once, then taken, two steps, succeeded.
        error(429, "ThrottlingException", "Rate exceeded"),
        execution("job-a", 1, json!({"operation": "firmware-update", "steps": ["download", "install"]})),
        updated("IN_PROGRESS", 2),
        updated("IN_PROGRESS", 3),
        updated("SUCCEEDED", 4),
        // Job B: canceled by an operator while we run it.
        execution("job-b", 1, json!({"steps": ["download"]})),
        error(409, "InvalidStateTransitionException", "job-b was canceled"),
        error(410, "TerminalStateException", "job-b is CANCELED"),
        // Job C: someone else updated its status details: re-read, carry on.
        execution("job-c", 1, json!({"steps": ["reboot"]})),
        error(409, "InvalidStateTransitionException", "version mismatch"),
        ScriptedResponse::ok_json(
            json!({"execution": {"jobId": "job-c", "status": "IN_PROGRESS", "queuedAt": 1, "lastUpdatedAt": 2, "versionNumber": 3}})
                .to_string(),
        ),
        updated("IN_PROGRESS", 4),
        error(429, "ThrottlingException", "Rate exceeded"),
        updated("SUCCEEDED", 5),
        // Job D: fails at its second step.
        execution("job-d", 1, json!({"steps": ["download", "verify"], "failAt": "verify"})),
        updated("IN_PROGRESS", 2),
        updated("FAILED", 3),
        // Job E: the document is not JSON.
        ScriptedResponse::ok_json(
            json!({"execution": {"jobId": "job-e", "status": "IN_PROGRESS", "queuedAt": 1, "lastUpdatedAt": 1, "versionNumber": 1, "jobDocument": "not json"}})
                .to_string(),
        ),
        updated("FAILED", 2),
        // Nothing left.
        ScriptedResponse::ok_json("{}"),
    ])
    .await;

    let summary = run_agent(&agent_client(&server), "lamp-1", &options()).await.unwrap();
    assert_eq!(
        summary,
        Summary {
            succeeded: vec!["job-a".into(), "job-c".into()],
            failed: vec!["job-d".into(), "job-e".into()],
            abandoned: vec!["job-b".into()],
            throttled: 2,
        }
    );

    let requests = server.requests();
    let lines: Vec<String> = requests.iter().map(describe).collect();
    assert_eq!(
        lines,
        [
            "PUT /things/lamp-1/jobs/$next",
            "PUT /things/lamp-1/jobs/$next",
            "POST /things/lamp-1/jobs/job-a IN_PROGRESS v1",
            "POST /things/lamp-1/jobs/job-a IN_PROGRESS v2",
            "POST /things/lamp-1/jobs/job-a SUCCEEDED v3",
            "PUT /things/lamp-1/jobs/$next",
            "POST /things/lamp-1/jobs/job-b IN_PROGRESS v1",
            "GET /things/lamp-1/jobs/job-b",
            "PUT /things/lamp-1/jobs/$next",
            "POST /things/lamp-1/jobs/job-c IN_PROGRESS v1",
            "GET /things/lamp-1/jobs/job-c",
            "POST /things/lamp-1/jobs/job-c IN_PROGRESS v3",
            "POST /things/lamp-1/jobs/job-c SUCCEEDED v4",
            "POST /things/lamp-1/jobs/job-c SUCCEEDED v4",
            "PUT /things/lamp-1/jobs/$next",
            "POST /things/lamp-1/jobs/job-d IN_PROGRESS v1",
            "POST /things/lamp-1/jobs/job-d FAILED v2",
            "PUT /things/lamp-1/jobs/$next",
            "POST /things/lamp-1/jobs/job-e FAILED v1",
            "PUT /things/lamp-1/jobs/$next",
        ],
        "{lines:#?}"
    );
    assert_eq!(server.remaining(), 0);

    // What the agent sends: the step timeout and readable progress.
    let start = requests[1].body_json();
    assert_eq!(start["stepTimeoutInMinutes"], 7);
    let progress = requests[2].body_json();
    assert_eq!(progress["stepTimeoutInMinutes"], 7);
    assert_eq!(progress["includeJobExecutionState"], true);
    assert_eq!(
        progress["statusDetails"],
        json!({"step": "download", "progress": "1/2"})
    );
    let failed = requests[16].body_json();
    assert_eq!(
        failed["statusDetails"],
        json!({"reason": "step verify failed", "failedStep": "verify"})
    );
    let bad_document = requests[18].body_json();
    assert!(bad_document["statusDetails"]["reason"]
        .as_str()
        .unwrap()
        .starts_with("the job document is not JSON"));
}

#[tokio::test]
async fn stops_when_no_job_is_pending() {
    let server = TestServer::with_responses([ScriptedResponse::ok_json("{}")]).await;
    let summary = run_agent(&agent_client(&server), "lamp-1", &options()).await.unwrap();
    assert_eq!(summary, Summary::default());
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn gives_up_when_throttled_for_too_long() {
    let server = TestServer::with_responses((0..3).map(|_| error(429, "ThrottlingException", "Rate exceeded"))).await;
    let err = run_agent(&agent_client(&server), "lamp-1", &options())
        .await
        .unwrap_err();
    assert!(matches!(err, AgentError::Throttled { attempts: 3 }), "{err:?}");
    // The first try and `max_throttle_retries` (2) retries.
    assert_eq!(server.request_count(), 3);
}

#[tokio::test]
async fn leaves_a_job_that_another_agent_finished() {
    let server = TestServer::with_responses([
        execution("job-x", 4, json!({"steps": ["a"]})),
        error(409, "InvalidStateTransitionException", "already SUCCEEDED"),
        ScriptedResponse::ok_json(
            json!({"execution": {"jobId": "job-x", "status": "SUCCEEDED", "queuedAt": 1, "lastUpdatedAt": 2, "versionNumber": 6}})
                .to_string(),
        ),
        ScriptedResponse::ok_json("{}"),
    ])
    .await;
    let summary = run_agent(&agent_client(&server), "lamp-1", &options()).await.unwrap();
    assert_eq!(summary.abandoned, ["job-x"]);
    assert_eq!(server.request_count(), 4);
}

#[tokio::test]
async fn unexpected_errors_stop_the_agent() {
    let server = TestServer::with_responses([error(404, "ResourceNotFoundException", "no thing lamp-1")]).await;
    let err = run_agent(&agent_client(&server), "lamp-1", &options())
        .await
        .unwrap_err();
    match err {
        AgentError::Service(iot_jobs_data::Error::ResourceNotFoundException(e)) => {
            assert_eq!(e.message(), Some("no thing lamp-1"))
        }
        other => panic!("{other:?}"),
    }
}
