//! Each operation against a real HTTP server on 127.0.0.1: the exact request the
//! service receives (method, path, query, headers, JSON body, SigV4) and the output
//! parsed from a realistic response.

mod common;

use std::collections::HashMap;

use common::{assert_sigv4, client, is_uuid_v4};
use iot_jobs_data::types::{CommandParameterValue, JobExecutionStatus};
use serde_json::json;
use smithy_runtime::http::Method;
use smithy_runtime::test_util::{ScriptedResponse, TestServer};

const GET_SIGNED: &str = "host;x-amz-date";
// The serializer sets `Content-Length` on requests with a body (the restJson1
// protocol tests require it), so it is signed too.
const BODY_SIGNED: &str = "content-length;content-type;host;x-amz-date";

#[tokio::test]
async fn describe_job_execution() {
    let server = TestServer::with_responses([ScriptedResponse::ok_json(
        json!({
            "execution": {
                "jobId": "firmware-update-42",
                "thingName": "lamp-1",
                "status": "IN_PROGRESS",
                "statusDetails": {"step": "download", "percent": "40"},
                "queuedAt": 1_700_000_000,
                "startedAt": 1_700_000_060,
                "lastUpdatedAt": 1_700_000_120,
                "approximateSecondsBeforeTimedOut": 540,
                "versionNumber": 3,
                "executionNumber": 7,
                "jobDocument": "{\"operation\":\"update\",\"url\":\"https://example.com/fw.bin\"}"
            }
        })
        .to_string(),
    )
    .with_header("x-amzn-requestid", "req-1")])
    .await;
    let out = client(&server)
        .describe_job_execution()
        .thing_name("lamp-1")
        .job_id("firmware-update-42")
        .include_job_document(true)
        .execution_number(7)
        .send()
        .await
        .unwrap();

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let r = &requests[0];
    assert_eq!(r.method, Method::GET);
    assert_eq!(
        r.uri,
        "/things/lamp-1/jobs/firmware-update-42?includeJobDocument=true&executionNumber=7"
    );
    assert_eq!(r.header("content-type"), None);
    assert!(r.body.is_empty(), "GET with a body: {:?}", r.body_str());
    assert_sigv4(r, GET_SIGNED);

    let e = out.execution.expect("execution");
    assert_eq!(e.job_id.as_deref(), Some("firmware-update-42"));
    assert_eq!(e.thing_name.as_deref(), Some("lamp-1"));
    assert_eq!(e.status, Some(JobExecutionStatus::InProgress));
    assert_eq!(
        e.status_details,
        Some(HashMap::from([
            ("step".to_owned(), "download".to_owned()),
            ("percent".to_owned(), "40".to_owned())
        ]))
    );
    assert_eq!(e.queued_at, 1_700_000_000);
    assert_eq!(e.started_at, Some(1_700_000_060));
    assert_eq!(e.last_updated_at, 1_700_000_120);
    assert_eq!(e.approximate_seconds_before_timed_out, Some(540));
    assert_eq!(e.version_number, 3);
    assert_eq!(e.execution_number, Some(7));
    let doc: serde_json::Value = serde_json::from_str(e.job_document.as_deref().unwrap()).unwrap();
    assert_eq!(doc["operation"], "update");
}

#[tokio::test]
async fn describe_job_execution_without_optional_query() {
    let server = TestServer::with_responses([ScriptedResponse::ok_json(
        r#"{"execution":{"jobId":"j","queuedAt":1,"lastUpdatedAt":2,"versionNumber":1}}"#,
    )])
    .await;
    client(&server)
        .describe_job_execution()
        .thing_name("t")
        .job_id("j")
        .send()
        .await
        .unwrap();
    assert_eq!(server.requests()[0].uri, "/things/t/jobs/j");
    assert_eq!(server.requests()[0].query(), None);
}

#[tokio::test]
async fn get_pending_job_executions() {
    let server = TestServer::with_responses([ScriptedResponse::ok_json(
        json!({
            "inProgressJobs": [
                {"jobId": "a", "queuedAt": 10, "startedAt": 11, "lastUpdatedAt": 12, "versionNumber": 2, "executionNumber": 1}
            ],
            "queuedJobs": [
                {"jobId": "b", "queuedAt": 20, "lastUpdatedAt": 20, "versionNumber": 1, "executionNumber": 1},
                {"jobId": "c", "queuedAt": 30, "lastUpdatedAt": 30, "versionNumber": 1, "executionNumber": 2}
            ]
        })
        .to_string(),
    )])
    .await;
    let out = client(&server)
        .get_pending_job_executions()
        .thing_name("lamp-1")
        .send()
        .await
        .unwrap();

    let r = &server.requests()[0];
    assert_eq!(r.method, Method::GET);
    assert_eq!(r.uri, "/things/lamp-1/jobs");
    assert_eq!(r.header("content-type"), None);
    assert!(r.body.is_empty());
    assert_sigv4(r, GET_SIGNED);

    let in_progress = out.in_progress_jobs.unwrap();
    assert_eq!(in_progress.len(), 1);
    assert_eq!(in_progress[0].job_id.as_deref(), Some("a"));
    assert_eq!(in_progress[0].started_at, Some(11));
    assert_eq!(in_progress[0].version_number, 2);
    let queued = out.queued_jobs.unwrap();
    let ids: Vec<_> = queued.iter().map(|j| j.job_id.as_deref().unwrap()).collect();
    assert_eq!(ids, ["b", "c"]);
    assert_eq!(queued[1].queued_at, 30);
    assert_eq!(queued[1].started_at, None);
    assert_eq!(queued[1].execution_number, Some(2));
}

#[tokio::test]
async fn start_next_pending_job_execution() {
    let server = TestServer::with_responses([ScriptedResponse::ok_json(
        json!({
            "execution": {
                "jobId": "reboot-7",
                "thingName": "lamp-1",
                "status": "IN_PROGRESS",
                "statusDetails": {"agent": "v2"},
                "queuedAt": 100,
                "startedAt": 200,
                "lastUpdatedAt": 200,
                "versionNumber": 2,
                "executionNumber": 1,
                "jobDocument": "{\"action\":\"reboot\"}"
            }
        })
        .to_string(),
    )])
    .await;
    let out = client(&server)
        .start_next_pending_job_execution()
        .thing_name("lamp-1")
        .status_details(HashMap::from([("agent".to_owned(), "v2".to_owned())]))
        .step_timeout_in_minutes(15)
        .send()
        .await
        .unwrap();

    let r = &server.requests()[0];
    assert_eq!(r.method, Method::PUT);
    // `$next` is a literal of the URI pattern: sent as is, not encoded.
    assert_eq!(r.uri, "/things/lamp-1/jobs/$next");
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.body_json(),
        json!({"statusDetails": {"agent": "v2"}, "stepTimeoutInMinutes": 15})
    );
    assert_sigv4(r, BODY_SIGNED);

    let e = out.execution.unwrap();
    assert_eq!(e.job_id.as_deref(), Some("reboot-7"));
    assert_eq!(e.status, Some(JobExecutionStatus::InProgress));
    assert_eq!(e.version_number, 2);
    assert_eq!(e.job_document.as_deref(), Some("{\"action\":\"reboot\"}"));
}

#[tokio::test]
async fn start_next_pending_job_execution_with_no_job() {
    // No pending job: the service answers 200 with an empty object.
    let server = TestServer::with_responses([ScriptedResponse::ok_json("{}")]).await;
    let out = client(&server)
        .start_next_pending_job_execution()
        .thing_name("lamp-1")
        .send()
        .await
        .unwrap();
    assert_eq!(out.execution, None);
    let r = &server.requests()[0];
    assert_eq!(r.body_json(), json!({}));
    assert_eq!(r.header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn update_job_execution() {
    let server = TestServer::with_responses([ScriptedResponse::ok_json(
        json!({
            "executionState": {
                "status": "SUCCEEDED",
                "statusDetails": {"result": "ok"},
                "versionNumber": 5
            },
            "jobDocument": "{\"action\":\"reboot\"}"
        })
        .to_string(),
    )])
    .await;
    let out = client(&server)
        .update_job_execution()
        .thing_name("lamp-1")
        .job_id("reboot-7")
        .status(JobExecutionStatus::Succeeded)
        .status_details(HashMap::from([("result".to_owned(), "ok".to_owned())]))
        .step_timeout_in_minutes(5)
        .expected_version(4)
        .include_job_execution_state(true)
        .include_job_document(true)
        .execution_number(1)
        .send()
        .await
        .unwrap();

    let r = &server.requests()[0];
    assert_eq!(r.method, Method::POST);
    assert_eq!(r.uri, "/things/lamp-1/jobs/reboot-7");
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.body_json(),
        json!({
            "status": "SUCCEEDED",
            "statusDetails": {"result": "ok"},
            "stepTimeoutInMinutes": 5,
            "expectedVersion": 4,
            "includeJobExecutionState": true,
            "includeJobDocument": true,
            "executionNumber": 1
        })
    );
    assert_sigv4(r, BODY_SIGNED);

    let state = out.execution_state.unwrap();
    assert_eq!(state.status, Some(JobExecutionStatus::Succeeded));
    assert_eq!(state.version_number, 5);
    assert_eq!(
        state.status_details.unwrap().get("result").map(String::as_str),
        Some("ok")
    );
    assert_eq!(out.job_document.as_deref(), Some("{\"action\":\"reboot\"}"));
}

#[tokio::test]
async fn update_job_execution_sends_only_what_is_set() {
    let server = TestServer::with_responses([ScriptedResponse::ok_json("{}")]).await;
    let out = client(&server)
        .update_job_execution()
        .thing_name("lamp-1")
        .job_id("reboot-7")
        .status(JobExecutionStatus::InProgress)
        .send()
        .await
        .unwrap();
    assert_eq!(server.requests()[0].body_json(), json!({"status": "IN_PROGRESS"}));
    assert_eq!(out.execution_state, None);
    assert_eq!(out.job_document, None);
}

const TARGET: &str = "arn:aws:iot:us-east-1:123456789012:thing/lamp-1";
const COMMAND: &str = "arn:aws:iot:us-east-1:123456789012:command/blink";

#[tokio::test]
async fn start_command_execution() {
    let server = TestServer::with_responses([ScriptedResponse::ok_json(
        r#"{"executionId":"5f0b1c6e-0a39-4c1f-9b2e-2f4b0c7d8e91"}"#,
    )])
    .await;
    let out = client(&server)
        .start_command_execution()
        .target_arn(TARGET)
        .command_arn(COMMAND)
        .parameters(HashMap::from([
            ("color".to_owned(), CommandParameterValue::builder().s("red").build()),
            ("times".to_owned(), CommandParameterValue::builder().i(3).build()),
            ("fast".to_owned(), CommandParameterValue::builder().b(true).build()),
            (
                "raw".to_owned(),
                CommandParameterValue::builder()
                    .bin(smithy_runtime::Blob::new(b"\x00\x01hi".to_vec()))
                    .build(),
            ),
        ]))
        .execution_timeout_seconds(60)
        .client_token("my-token-1")
        .send()
        .await
        .unwrap();

    let r = &server.requests()[0];
    assert_eq!(r.method, Method::POST);
    assert_eq!(r.uri, "/command-executions");
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.body_json(),
        json!({
            "targetArn": TARGET,
            "commandArn": COMMAND,
            "parameters": {
                "color": {"S": "red"},
                "times": {"I": 3},
                "fast": {"B": true},
                "raw": {"BIN": "AAFoaQ=="}
            },
            "executionTimeoutSeconds": 60,
            "clientToken": "my-token-1"
        })
    );
    assert_sigv4(r, BODY_SIGNED);
    assert_eq!(
        out.execution_id.as_deref(),
        Some("5f0b1c6e-0a39-4c1f-9b2e-2f4b0c7d8e91")
    );
}

#[tokio::test]
async fn start_command_execution_fills_the_idempotency_token() {
    let server = TestServer::with_responses([
        ScriptedResponse::ok_json(r#"{"executionId":"e1"}"#),
        ScriptedResponse::ok_json(r#"{"executionId":"e2"}"#),
    ])
    .await;
    let client = client(&server);
    for _ in 0..2 {
        client
            .start_command_execution()
            .target_arn(TARGET)
            .command_arn(COMMAND)
            .send()
            .await
            .unwrap();
    }
    let tokens: Vec<String> = server
        .requests()
        .iter()
        .map(|r| {
            let body = r.body_json();
            assert_eq!(body["targetArn"], TARGET);
            body["clientToken"].as_str().expect("clientToken set").to_owned()
        })
        .collect();
    assert!(is_uuid_v4(&tokens[0]), "{}", tokens[0]);
    assert!(is_uuid_v4(&tokens[1]), "{}", tokens[1]);
    assert_ne!(tokens[0], tokens[1], "a fresh token per call");
}

#[tokio::test]
async fn start_command_execution_keeps_the_token_across_retries() {
    // A retry is the same request: the generated token must not change, or the
    // service would run the command twice.
    let server = TestServer::with_responses([
        ScriptedResponse::new(503),
        ScriptedResponse::ok_json(r#"{"executionId":"e1"}"#),
    ])
    .await;
    client(&server)
        .start_command_execution()
        .target_arn(TARGET)
        .command_arn(COMMAND)
        .send()
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].body_json(), requests[1].body_json());
    assert!(is_uuid_v4(requests[0].body_json()["clientToken"].as_str().unwrap()));
}

#[tokio::test]
async fn start_command_execution_keeps_a_given_token() {
    let server = TestServer::with_responses([ScriptedResponse::ok_json(r#"{"executionId":"e1"}"#)]).await;
    client(&server)
        .start_command_execution()
        .target_arn(TARGET)
        .command_arn(COMMAND)
        .client_token("caller-chosen")
        .send()
        .await
        .unwrap();
    assert_eq!(server.requests()[0].body_json()["clientToken"], "caller-chosen");
}

#[tokio::test]
async fn user_agent_and_host_are_sent() {
    let server = TestServer::with_responses([ScriptedResponse::ok_json("{}")]).await;
    client(&server)
        .get_pending_job_executions()
        .thing_name("t")
        .send()
        .await
        .unwrap();
    let r = &server.requests()[0];
    assert_eq!(r.header("host"), Some(server.addr().to_string().as_str()));
    assert!(r.header("user-agent").unwrap().starts_with("smithy-runtime/"));
}

#[tokio::test]
async fn unknown_enum_values_are_sent_as_is() {
    // A status added to the service after this client was generated.
    let server = TestServer::with_responses([ScriptedResponse::ok_json("{}")]).await;
    client(&server)
        .update_job_execution()
        .thing_name("t")
        .job_id("j")
        .status(JobExecutionStatus::Unknown("PAUSED".to_owned()))
        .send()
        .await
        .unwrap();
    assert_eq!(server.requests()[0].body_json(), json!({"status": "PAUSED"}));
}

#[tokio::test]
async fn session_token_is_sent_and_signed() {
    let server = TestServer::with_responses([ScriptedResponse::ok_json("{}")]).await;
    let client = iot_jobs_data::Client::new(
        common::config(&server)
            .credentials(iot_jobs_data::config::Credentials::new(
                "AKID",
                "SECRET",
                Some("SESSION-TOKEN".to_owned()),
            ))
            .build(),
    );
    client
        .get_pending_job_executions()
        .thing_name("t")
        .send()
        .await
        .unwrap();
    let r = &server.requests()[0];
    assert_eq!(r.header("x-amz-security-token"), Some("SESSION-TOKEN"));
    let auth = r.header("authorization").unwrap();
    assert!(
        auth.contains("SignedHeaders=host;x-amz-date;x-amz-security-token,"),
        "{auth}"
    );
}

#[tokio::test]
async fn the_region_is_in_the_credential_scope() {
    let server = TestServer::with_responses([ScriptedResponse::ok_json("{}")]).await;
    let client = iot_jobs_data::Client::new(common::config(&server).region("eu-west-1").build());
    client
        .get_pending_job_executions()
        .thing_name("t")
        .send()
        .await
        .unwrap();
    let auth = server.requests()[0].header("authorization").unwrap().to_owned();
    assert!(auth.contains("/eu-west-1/iot-jobs-data/aws4_request"), "{auth}");
}

#[tokio::test]
async fn endpoint_url_with_a_trailing_slash_or_a_base_path() {
    let server = TestServer::with_responses([ScriptedResponse::ok_json("{}"), ScriptedResponse::ok_json("{}")]).await;
    for base in [format!("{}/", server.url()), format!("{}/proxy/iot", server.url())] {
        let client = iot_jobs_data::Client::new(common::config(&server).endpoint_url(base).build());
        client
            .get_pending_job_executions()
            .thing_name("t")
            .send()
            .await
            .unwrap();
    }
    let uris: Vec<String> = server.requests().into_iter().map(|r| r.uri).collect();
    assert_eq!(uris, ["/things/t/jobs", "/proxy/iot/things/t/jobs"]);
}

#[tokio::test]
async fn concurrent_calls_on_clones_of_one_client() {
    let server = TestServer::with_responses((0..20).map(|_| ScriptedResponse::ok_json("{}"))).await;
    let client = client(&server);
    let mut tasks = Vec::new();
    for i in 0..20 {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            client
                .get_pending_job_executions()
                .thing_name(format!("thing-{i}"))
                .send()
                .await
        }));
    }
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    let mut uris: Vec<String> = server.requests().into_iter().map(|r| r.uri).collect();
    uris.sort();
    let mut expected: Vec<String> = (0..20).map(|i| format!("/things/thing-{i}/jobs")).collect();
    expected.sort();
    assert_eq!(uris, expected);
}
