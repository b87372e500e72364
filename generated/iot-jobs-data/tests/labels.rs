//! Path labels (`thingName`, `jobId`) can never change the path: whatever the
//! value, the request the server receives is `/things/<one segment>/jobs/...`,
//! and decoding that segment gives the value back. An empty label is refused
//! before anything is sent.

mod common;

use common::{client_no_retry, percent_decode};
use iot_jobs_data::operation::describe_job_execution::DescribeJobExecutionError;
use iot_jobs_data::operation::get_pending_job_executions::GetPendingJobExecutionsError;
use iot_jobs_data::operation::start_next_pending_job_execution::StartNextPendingJobExecutionError;
use iot_jobs_data::operation::update_job_execution::UpdateJobExecutionError;
use iot_jobs_data::types::JobExecutionStatus;
use smithy_runtime::error::ErrorKind;
use smithy_runtime::test_util::{ScriptedResponse, TestServer};

/// Each hostile value and its exact encoding.
const CASES: &[(&str, &str)] = &[
    ("..", "%2E%2E"),
    (".", "%2E"),
    ("a/b", "a%2Fb"),
    ("%2F", "%252F"),
    ("?x=1", "%3Fx%3D1"),
    ("#frag", "%23frag"),
    ("a b", "a%20b"),
    ("ünï©ødé", "%C3%BCn%C3%AF%C2%A9%C3%B8d%C3%A9"),
    ("../../admin", "..%2F..%2Fadmin"),
    ("$next", "%24next"),
    ("thing-1_A.b~c", "thing-1_A.b~c"),
];

/// Splits a recorded path into its segments and checks there is no query.
fn segments(uri: &str) -> Vec<&str> {
    assert!(
        !uri.contains('?') && !uri.contains('#'),
        "the value leaked into the query: {uri}"
    );
    uri.strip_prefix('/').unwrap().split('/').collect()
}

#[tokio::test]
async fn thing_name_and_job_id_stay_one_segment() {
    let server = TestServer::start().await;
    let client = client_no_retry(&server);
    for &(value, encoded) in CASES {
        // As thingName.
        server.push(ScriptedResponse::ok_json("{}"));
        client
            .describe_job_execution()
            .thing_name(value)
            .job_id("j")
            .send()
            .await
            .unwrap();
        let uri = server.requests().last().unwrap().uri.clone();
        assert_eq!(uri, format!("/things/{encoded}/jobs/j"), "thingName {value:?}");
        let parts = segments(&uri);
        assert_eq!(parts.len(), 4, "{uri}");
        assert_eq!(percent_decode(parts[1]), value);

        // As jobId.
        server.push(ScriptedResponse::ok_json("{}"));
        client
            .describe_job_execution()
            .thing_name("t")
            .job_id(value)
            .send()
            .await
            .unwrap();
        let uri = server.requests().last().unwrap().uri.clone();
        assert_eq!(uri, format!("/things/t/jobs/{encoded}"), "jobId {value:?}");
        let parts = segments(&uri);
        assert_eq!(parts.len(), 4, "{uri}");
        assert_eq!(percent_decode(parts[3]), value);

        // Both, with a query after them.
        server.push(ScriptedResponse::ok_json("{}"));
        client
            .describe_job_execution()
            .thing_name(value)
            .job_id(value)
            .include_job_document(false)
            .send()
            .await
            .unwrap();
        let r = server.requests().last().unwrap().clone();
        assert_eq!(
            r.uri,
            format!("/things/{encoded}/jobs/{encoded}?includeJobDocument=false")
        );
        assert_eq!(r.query(), Some("includeJobDocument=false"));
    }
    assert_eq!(server.request_count(), CASES.len() * 3);
}

#[tokio::test]
async fn every_labelled_operation_encodes_the_thing_name() {
    let server = TestServer::start().await;
    let client = client_no_retry(&server);
    for &(value, encoded) in CASES {
        server.push_all((0..3).map(|_| ScriptedResponse::ok_json("{}")));
        client
            .get_pending_job_executions()
            .thing_name(value)
            .send()
            .await
            .unwrap();
        client
            .start_next_pending_job_execution()
            .thing_name(value)
            .send()
            .await
            .unwrap();
        client
            .update_job_execution()
            .thing_name(value)
            .job_id(value)
            .status(JobExecutionStatus::InProgress)
            .send()
            .await
            .unwrap();
        let requests = server.requests();
        let last3: Vec<&str> = requests[requests.len() - 3..].iter().map(|r| r.uri.as_str()).collect();
        assert_eq!(
            last3,
            [
                format!("/things/{encoded}/jobs"),
                format!("/things/{encoded}/jobs/$next"),
                format!("/things/{encoded}/jobs/{encoded}"),
            ],
            "{value:?}"
        );
        for uri in last3 {
            let parts = segments(uri);
            assert_eq!(parts[0], "things");
            assert_eq!(percent_decode(parts[1]), value);
            assert_eq!(parts[2], "jobs");
        }
    }
}

fn assert_build_error(error: &smithy_runtime::error::UnhandledError, member: &str) {
    assert_eq!(error.kind(), ErrorKind::Build, "{error:?}");
    assert!(
        error.to_string().contains(member),
        "the error names the member: {error}"
    );
}

#[tokio::test]
async fn empty_labels_are_a_build_error_and_nothing_is_sent() {
    let server = TestServer::start().await;
    let client = client_no_retry(&server);

    match client
        .describe_job_execution()
        .thing_name("")
        .job_id("j")
        .send()
        .await
        .unwrap_err()
    {
        DescribeJobExecutionError::Unhandled(e) => assert_build_error(&e, "thingName"),
        other => panic!("{other:?}"),
    }
    match client
        .describe_job_execution()
        .thing_name("t")
        .job_id("")
        .send()
        .await
        .unwrap_err()
    {
        DescribeJobExecutionError::Unhandled(e) => assert_build_error(&e, "jobId"),
        other => panic!("{other:?}"),
    }
    match client
        .get_pending_job_executions()
        .thing_name("")
        .send()
        .await
        .unwrap_err()
    {
        GetPendingJobExecutionsError::Unhandled(e) => assert_build_error(&e, "thingName"),
        other => panic!("{other:?}"),
    }
    match client
        .start_next_pending_job_execution()
        .thing_name("")
        .send()
        .await
        .unwrap_err()
    {
        StartNextPendingJobExecutionError::Unhandled(e) => assert_build_error(&e, "thingName"),
        other => panic!("{other:?}"),
    }
    match client
        .update_job_execution()
        .thing_name("t")
        .job_id("")
        .status(JobExecutionStatus::InProgress)
        .send()
        .await
        .unwrap_err()
    {
        UpdateJobExecutionError::Unhandled(e) => assert_build_error(&e, "jobId"),
        other => panic!("{other:?}"),
    }
    assert_eq!(server.request_count(), 0, "nothing may be sent");
}

#[tokio::test]
async fn missing_labels_are_a_build_error_and_nothing_is_sent() {
    let server = TestServer::start().await;
    let client = client_no_retry(&server);
    match client.describe_job_execution().job_id("j").send().await.unwrap_err() {
        DescribeJobExecutionError::Unhandled(e) => {
            assert_build_error(&e, "thingName");
        }
        other => panic!("{other:?}"),
    }
    match client
        .update_job_execution()
        .thing_name("t")
        .status(JobExecutionStatus::InProgress)
        .send()
        .await
        .unwrap_err()
    {
        UpdateJobExecutionError::Unhandled(e) => assert_build_error(&e, "jobId"),
        other => panic!("{other:?}"),
    }
    assert_eq!(server.request_count(), 0);
}
