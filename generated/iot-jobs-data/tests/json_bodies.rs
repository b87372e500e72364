//! Response bodies read as AWS clients read them: lenient where they are
//! lenient (`null` members, integral floats, duplicate keys, unknown members),
//! strict where they are strict (an array, string or number where an object is
//! expected). Every case goes through the real client and a local server.

mod common;

use common::client_no_retry;
use iot_jobs_data::operation::describe_job_execution::{DescribeJobExecutionError, DescribeJobExecutionOutput};
use iot_jobs_data::operation::get_pending_job_executions::{
    GetPendingJobExecutionsError, GetPendingJobExecutionsOutput,
};
use iot_jobs_data::operation::update_job_execution::UpdateJobExecutionOutput;
use iot_jobs_data::types::JobExecutionStatus;
use smithy_runtime::error::{DisplayErrorContext, ErrorKind, UnhandledError};
use smithy_runtime::test_util::{ScriptedResponse, TestServer};

/// Sends `DescribeJobExecution` to a server that answers `response`.
async fn describe_with(response: ScriptedResponse) -> Result<DescribeJobExecutionOutput, DescribeJobExecutionError> {
    let server = TestServer::with_responses([response]).await;
    client_no_retry(&server)
        .describe_job_execution()
        .thing_name("t")
        .job_id("j")
        .send()
        .await
}

/// `DescribeJobExecution` answered `200` with `body`.
async fn describe(body: &str) -> Result<DescribeJobExecutionOutput, DescribeJobExecutionError> {
    describe_with(ScriptedResponse::ok_json(body.to_owned())).await
}

async fn pending(body: &str) -> Result<GetPendingJobExecutionsOutput, GetPendingJobExecutionsError> {
    let server = TestServer::with_responses([ScriptedResponse::ok_json(body.to_owned())]).await;
    client_no_retry(&server)
        .get_pending_job_executions()
        .thing_name("t")
        .send()
        .await
}

async fn update(body: &str) -> UpdateJobExecutionOutput {
    let server = TestServer::with_responses([ScriptedResponse::ok_json(body.to_owned())]).await;
    client_no_retry(&server)
        .update_job_execution()
        .thing_name("t")
        .job_id("j")
        .status(JobExecutionStatus::InProgress)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{body}: {e:?}"))
}

/// The `Unhandled` error of a response the client could not read.
fn unreadable(body: &str, result: Result<DescribeJobExecutionOutput, DescribeJobExecutionError>) -> UnhandledError {
    match result {
        Err(DescribeJobExecutionError::Unhandled(e)) => {
            assert_eq!(e.kind(), ErrorKind::Response, "{body}: {e:?}");
            assert_eq!(e.status(), Some(200), "{body}");
            assert_eq!(e.body(), body.as_bytes());
            e
        }
        other => panic!("{body}: expected an unreadable response, got {other:?}"),
    }
}

#[tokio::test]
async fn null_members_are_absent() {
    let body = r#"{"execution": {"jobId": null, "thingName": "t", "status": null, "statusDetails": null,
        "queuedAt": null, "startedAt": null, "lastUpdatedAt": null, "versionNumber": null,
        "executionNumber": null, "approximateSecondsBeforeTimedOut": null, "jobDocument": null}}"#;
    let execution = describe(body).await.unwrap().execution.unwrap();
    assert_eq!(execution.thing_name.as_deref(), Some("t"));
    assert_eq!(execution.job_id, None);
    assert_eq!(execution.status, None);
    assert_eq!(execution.status_details, None);
    assert_eq!(execution.execution_number, None);
    // Required members read as `null` take their zero value.
    assert_eq!(
        (execution.queued_at, execution.last_updated_at, execution.version_number),
        (0, 0, 0)
    );

    // A `null` nested structure is absent too.
    assert_eq!(describe(r#"{"execution": null}"#).await.unwrap().execution, None);
    let state = update(r#"{"executionState": null, "jobDocument": "{}"}"#).await;
    assert_eq!(state.execution_state, None);
    assert_eq!(state.job_document.as_deref(), Some("{}"));
}

#[tokio::test]
async fn null_lists_and_elements_are_skipped() {
    let out = pending(r#"{"inProgressJobs": null, "queuedJobs": [null, {"jobId": "a", "versionNumber": null}, null]}"#)
        .await
        .unwrap();
    assert_eq!(out.in_progress_jobs, None);
    let queued = out.queued_jobs.unwrap();
    assert_eq!(queued.len(), 1, "{queued:?}");
    assert_eq!(queued[0].job_id.as_deref(), Some("a"));
    assert_eq!(queued[0].version_number, 0);

    // A `null` map value is skipped, as in a dense list.
    let body = r#"{"execution": {"statusDetails": {"a": null, "b": "x"}}}"#;
    let details = describe(body).await.unwrap().execution.unwrap().status_details.unwrap();
    assert_eq!(details.len(), 1);
    assert_eq!(details["b"], "x");
}

#[tokio::test]
async fn integral_floats_read_into_integers() {
    let body =
        r#"{"execution": {"versionNumber": 2.0, "executionNumber": 1e3, "queuedAt": -0, "lastUpdatedAt": 1.5E2}}"#;
    let execution = describe(body).await.unwrap().execution.unwrap();
    assert_eq!(execution.version_number, 2);
    assert_eq!(execution.execution_number, Some(1000));
    assert_eq!(execution.queued_at, 0);
    assert_eq!(execution.last_updated_at, 150);
    let out = pending(r#"{"queuedJobs": [{"versionNumber": 3.0, "executionNumber": -0.0}]}"#)
        .await
        .unwrap();
    let job = &out.queued_jobs.unwrap()[0];
    assert_eq!((job.version_number, job.execution_number), (3, Some(0)));
}

#[tokio::test]
async fn fractions_and_out_of_range_numbers_are_errors() {
    for body in [
        r#"{"execution": {"versionNumber": 2.5}}"#,
        r#"{"execution": {"executionNumber": 1e-3}}"#,
        r#"{"execution": {"versionNumber": 9223372036854775808}}"#,
        r#"{"execution": {"versionNumber": 1e19}}"#,
    ] {
        let e = unreadable(body, describe(body).await);
        assert!(DisplayErrorContext(&e).to_string().contains("number"), "{body}: {e}");
    }
}

#[tokio::test]
async fn a_duplicate_key_keeps_the_last_value() {
    let body = r#"{"execution": {"jobId": "first", "versionNumber": 1, "jobId": "last", "versionNumber": 7}}"#;
    let execution = describe(body).await.unwrap().execution.unwrap();
    assert_eq!(execution.job_id.as_deref(), Some("last"));
    assert_eq!(execution.version_number, 7);
    // Also for a whole member of the body, and a `null` last value.
    let body = r#"{"execution": {"jobId": "a"}, "execution": {"jobId": "b", "thingName": "t", "thingName": null}}"#;
    let execution = describe(body).await.unwrap().execution.unwrap();
    assert_eq!(execution.job_id.as_deref(), Some("b"));
    assert_eq!(execution.thing_name, None);
}

#[tokio::test]
async fn unknown_members_of_every_type_are_skipped() {
    let body = r#"{
        "newObject": {"a": [1, {"b": null, "c": [[], [{}]]}], "d": {"e": {"f": "g"}}},
        "newArray": [[1, 2], {"x": true}, "s", null, -1.5e3],
        "execution": {
            "newString": "s\"\u00e9\ud83d\ude00", "newNumber": -12.5e-3, "newTrue": true, "newFalse": false,
            "newNull": null, "newEmptyObject": {}, "newEmptyArray": [],
            "newNested": {"jobId": "not this one", "deep": [[[[{"x": [null]}]]]]},
            "jobId": "j", "versionNumber": 4
        },
        "newLast": 1
    }"#;
    let execution = describe(body).await.unwrap().execution.unwrap();
    assert_eq!(execution.job_id.as_deref(), Some("j"));
    assert_eq!(execution.version_number, 4);
}

#[tokio::test]
async fn a_structure_must_be_an_object() {
    for body in [
        // serde's derived `Deserialize` took an array as a struct by position.
        r#"{"execution": ["j", "t"]}"#,
        r#"{"execution": []}"#,
        r#"{"execution": "j"}"#,
        r#"{"execution": 1}"#,
        r#"{"execution": true}"#,
        r#"{"execution": {"statusDetails": []}}"#,
    ] {
        let e = unreadable(body, describe(body).await);
        assert!(DisplayErrorContext(&e).to_string().contains("expected"), "{body}: {e}");
    }
    for body in [r#"{"queuedJobs": [["a"]]}"#, r#"{"queuedJobs": {"jobId": "a"}}"#] {
        match pending(body).await {
            Err(GetPendingJobExecutionsError::Unhandled(e)) => assert_eq!(e.kind(), ErrorKind::Response, "{body}"),
            other => panic!("{body}: {other:?}"),
        }
    }
}

#[tokio::test]
async fn a_body_must_be_an_object() {
    for body in ["[]", "[{\"execution\": null}]", "\"x\"", "1", "null", "true"] {
        let e = unreadable(body, describe(body).await);
        assert!(
            DisplayErrorContext(&e).to_string().contains("to be an object"),
            "{body}: {e}"
        );
    }
    // An empty body still reads as `{}`.
    for body in ["", "  \n"] {
        assert_eq!(describe(body).await.unwrap().execution, None, "{body:?}");
    }
}

#[tokio::test]
async fn deep_nesting_is_a_typed_error() {
    for body in [
        format!("{{\"execution\": {{\"unknown\": {}", "[".repeat(100_000)),
        format!("{{\"unknown\": {}", "{\"a\":".repeat(100_000)),
        format!("{{\"execution\": {{\"newMember\": {}", "{\"a\":".repeat(1_000_000)),
    ] {
        let e = unreadable(&body, describe(&body).await);
        assert!(DisplayErrorContext(&e).to_string().contains("nest deeper"), "{e}");
    }
}

#[tokio::test]
async fn modeled_error_bodies_are_read_leniently() {
    let error = |body: &'static str| {
        ScriptedResponse::json(404, body).with_header("x-amzn-errortype", "ResourceNotFoundException")
    };
    for (body, message) in [
        (r#"{"message": null, "extra": [{}]}"#, None),
        (r#"{"Message": "gone"}"#, Some("gone")),
        // The member's own key wins over another spelling, as botocore reads it.
        (r#"{"message": "first", "Message": "gone"}"#, Some("first")),
        (r#"{"Message": "gone", "message": "first"}"#, Some("first")),
        (
            r#"{"errorMessage": "gone", "__type": "ResourceNotFoundException"}"#,
            Some("gone"),
        ),
    ] {
        match describe_with(error(body)).await {
            Err(DescribeJobExecutionError::ResourceNotFoundException(e)) => {
                assert_eq!(e.message.as_deref(), message, "{body}")
            }
            other => panic!("{body}: {other:?}"),
        }
    }
    // A modeled error whose body cannot be read is still that error, with its
    // code and status.
    for body in ["[]", r#"{"message": ["gone"]}"#] {
        match describe_with(error(body)).await {
            Err(DescribeJobExecutionError::ResourceNotFoundException(e)) => {
                assert_eq!(e.meta().code(), Some("ResourceNotFoundException"), "{body}");
                assert_eq!(e.meta().status(), Some(404));
            }
            other => panic!("{body}: {other:?}"),
        }
    }
}

#[tokio::test]
async fn no_body_makes_the_client_panic() {
    let valid = r#"{"execution": {"jobId": "j\u00e9", "status": "QUEUED", "statusDetails": {"k": "v"}, "queuedAt": 1.0, "versionNumber": 2, "executionNumber": 3}}"#;
    assert!(describe(valid).await.is_ok());
    let server = TestServer::with_responses([]).await;
    let client = client_no_retry(&server);
    let mut bodies: Vec<Vec<u8>> = (0..valid.len()).map(|end| valid.as_bytes()[..end].to_vec()).collect();
    bodies.extend([
        b"{\"execution\": {\"jobId\": \"\xff\xfe\"}}".to_vec(),
        b"{\"execution\": {\"jobId\": \"\\ud800\"}}".to_vec(),
        b"{\"execution\": {\"jobId\": \"\\u12\"}}".to_vec(),
        b"{\"execution\": {\"versionNumber\": 1e999999}}".to_vec(),
        b"{\"execution\": {\"versionNumber\": -}}".to_vec(),
        b"{\"execution\" {}}".to_vec(),
        b"{\"execution\": {}} trailing".to_vec(),
    ]);
    for body in bodies {
        server.push(ScriptedResponse::ok_json(body.clone()));
        let result = client.describe_job_execution().thing_name("t").job_id("j").send().await;
        // Truncations at a value boundary may still be an incomplete object:
        // every one is refused with a typed error.
        match result {
            Err(DescribeJobExecutionError::Unhandled(e)) => {
                assert_eq!(e.kind(), ErrorKind::Response, "{:?}", String::from_utf8_lossy(&body));
            }
            other => {
                let body = String::from_utf8_lossy(&body);
                assert!(body.trim().is_empty(), "{body}: {other:?}");
            }
        }
    }
}
