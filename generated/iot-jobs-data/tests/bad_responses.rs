//! Responses a real network may give that are not what the model says: each is a
//! typed error (or a kept value), never a panic.

mod common;

use common::client_no_retry;
use iot_jobs_data::operation::describe_job_execution::{DescribeJobExecutionError, DescribeJobExecutionOutput};
use iot_jobs_data::operation::get_pending_job_executions::GetPendingJobExecutionsError;
use iot_jobs_data::types::JobExecutionStatus;
use smithy_runtime::error::{ErrorKind, UnhandledError};
use smithy_runtime::test_util::{ScriptedResponse, TestServer};

async fn describe(response: ScriptedResponse) -> Result<DescribeJobExecutionOutput, DescribeJobExecutionError> {
    let server = TestServer::with_responses([response]).await;
    let result = client_no_retry(&server)
        .describe_job_execution()
        .thing_name("t")
        .job_id("j")
        .send()
        .await;
    assert_eq!(server.request_count(), 1);
    result
}

fn unhandled(err: DescribeJobExecutionError) -> UnhandledError {
    match err {
        DescribeJobExecutionError::Unhandled(e) => e,
        other => panic!("expected Unhandled, got {other:?}"),
    }
}

#[tokio::test]
async fn malformed_json() {
    let body = r#"{"execution": {"jobId": "j",, }"#;
    let e = unhandled(
        describe(ScriptedResponse::ok_json(body).with_header("x-amzn-requestid", "rid-7"))
            .await
            .unwrap_err(),
    );
    assert_eq!(e.kind(), ErrorKind::Response, "{e:?}");
    assert_eq!(e.status(), Some(200));
    assert_eq!(e.body(), body.as_bytes());
    assert_eq!(e.request_id(), Some("rid-7"));
    assert!(e.message().is_some_and(|m| m.contains("JSON")), "{e:?}");
}

#[tokio::test]
async fn truncated_json() {
    let body = r#"{"execution":{"jobId":"j","thingName":"t","queuedAt":1,"lastUpdat"#;
    let e = unhandled(describe(ScriptedResponse::ok_json(body)).await.unwrap_err());
    assert_eq!(e.kind(), ErrorKind::Response);
    assert_eq!(e.body(), body.as_bytes());
}

#[tokio::test]
async fn wrong_types() {
    for body in [
        r#"{"execution":{"versionNumber":"three"}}"#,
        r#"{"execution":{"jobId":42}}"#,
        r#"{"execution":{"statusDetails":["not","a","map"]}}"#,
        r#"{"execution":"not an object"}"#,
        r#"[1,2,3]"#,
        r#""just a string""#,
        r#"{"execution":{"queuedAt":1.5e400}}"#,
    ] {
        let e = unhandled(describe(ScriptedResponse::ok_json(body)).await.unwrap_err());
        assert_eq!(e.kind(), ErrorKind::Response, "{body}: {e:?}");
        assert_eq!(e.body(), body.as_bytes());
    }
}

#[tokio::test]
async fn wrong_types_in_a_list() {
    let server = TestServer::with_responses([ScriptedResponse::ok_json(
        r#"{"queuedJobs":[{"jobId":"a","queuedAt":"yesterday"}]}"#,
    )])
    .await;
    let err = client_no_retry(&server)
        .get_pending_job_executions()
        .thing_name("t")
        .send()
        .await
        .unwrap_err();
    let GetPendingJobExecutionsError::Unhandled(e) = err else {
        panic!("{err:?}")
    };
    assert_eq!(e.kind(), ErrorKind::Response);
}

#[tokio::test]
async fn html_error_page_with_500() {
    let body = "<html><head><title>500 Internal Server Error</title></head><body><h1>Oops</h1></body></html>";
    let e = unhandled(
        describe(
            ScriptedResponse::new(500)
                .with_header("content-type", "text/html")
                .with_body(body),
        )
        .await
        .unwrap_err(),
    );
    assert_eq!(e.kind(), ErrorKind::Service);
    assert_eq!(e.status(), Some(500));
    assert_eq!(e.code(), None);
    assert_eq!(e.body(), body.as_bytes());
}

#[tokio::test]
async fn html_page_with_200() {
    let e = unhandled(
        describe(
            ScriptedResponse::new(200)
                .with_header("content-type", "text/html")
                .with_body("<html>captive portal</html>"),
        )
        .await
        .unwrap_err(),
    );
    assert_eq!(e.kind(), ErrorKind::Response);
}

#[tokio::test]
async fn empty_body_with_200() {
    let out = describe(ScriptedResponse::new(200)).await.unwrap();
    assert_eq!(out.execution, None);
}

#[tokio::test]
async fn empty_body_with_500() {
    let e = unhandled(
        describe(ScriptedResponse::new(500).with_header("x-amzn-requestid", "rid-500"))
            .await
            .unwrap_err(),
    );
    assert_eq!(e.kind(), ErrorKind::Service);
    assert_eq!(e.status(), Some(500));
    assert_eq!(e.code(), None);
    assert_eq!(e.message(), None);
    assert_eq!(e.request_id(), Some("rid-500"));
    assert!(e.body().is_empty());
}

#[tokio::test]
async fn modeled_error_with_an_unreadable_body() {
    // What a proxy or load balancer in front of the service may send: the code is
    // known from the header, the body is plain text.
    let err = describe(
        ScriptedResponse::new(429)
            .with_header("X-Amzn-ErrorType", "ThrottlingException")
            .with_header("x-amzn-requestid", "rid-429")
            .with_body("Too Many Requests"),
    )
    .await
    .unwrap_err();
    // The variant and the code survive: callers match on them to back off.
    assert_eq!(err.code(), Some("ThrottlingException"), "{err:?}");
    let DescribeJobExecutionError::ThrottlingException(e) = err else {
        panic!("expected ThrottlingException, got {err:?}")
    };
    assert_eq!(e.meta().status(), Some(429));
    assert_eq!(e.request_id(), Some("rid-429"));
    assert_eq!(e.message(), None);
}

#[tokio::test]
async fn modeled_error_with_an_empty_body() {
    let err = describe(ScriptedResponse::new(410).with_header("X-Amzn-ErrorType", "TerminalStateException"))
        .await
        .unwrap_err();
    match err {
        DescribeJobExecutionError::TerminalStateException(e) => assert_eq!(e.message(), None),
        other => panic!("expected TerminalStateException, got {other:?}"),
    }
}

#[tokio::test]
async fn huge_body_is_parsed() {
    // 8 MB job document: parsed, not truncated.
    let document = "x".repeat(8 * 1024 * 1024);
    let body = format!(
        r#"{{"execution":{{"jobId":"big","queuedAt":1,"lastUpdatedAt":1,"versionNumber":1,"jobDocument":"{document}"}}}}"#
    );
    let out = describe(ScriptedResponse::ok_json(body)).await.unwrap();
    assert_eq!(
        out.execution.unwrap().job_document.map(|d| d.len()),
        Some(document.len())
    );
}

#[tokio::test]
async fn huge_garbage_body_is_an_error() {
    let body = vec![b'{'; 4 * 1024 * 1024];
    let e = unhandled(describe(ScriptedResponse::ok_json(body.clone())).await.unwrap_err());
    assert_eq!(e.kind(), ErrorKind::Response);
    assert_eq!(e.body().len(), body.len());
}

#[tokio::test]
async fn unknown_enum_value_is_kept() {
    let out = describe(ScriptedResponse::ok_json(
        r#"{"execution":{"jobId":"j","status":"PAUSED_BY_OPERATOR","queuedAt":1,"lastUpdatedAt":1,"versionNumber":1}}"#,
    ))
    .await
    .unwrap();
    let status = out.execution.unwrap().status.unwrap();
    assert_eq!(status, JobExecutionStatus::Unknown("PAUSED_BY_OPERATOR".to_owned()));
    assert_eq!(status.as_str(), "PAUSED_BY_OPERATOR");
}

#[tokio::test]
async fn unknown_members_are_ignored() {
    let out = describe(ScriptedResponse::ok_json(
        r#"{"newTopLevel":{"a":1},"execution":{"jobId":"j","futureField":[1,2],"queuedAt":1,"lastUpdatedAt":1,"versionNumber":1}}"#,
    ))
    .await
    .unwrap();
    assert_eq!(out.execution.unwrap().job_id.as_deref(), Some("j"));
}

#[tokio::test]
async fn null_members_read_as_unset() {
    let out = describe(ScriptedResponse::ok_json(
        r#"{"execution":{"jobId":null,"status":null,"statusDetails":null,"queuedAt":1,"lastUpdatedAt":1,"versionNumber":1}}"#,
    ))
    .await
    .unwrap();
    let e = out.execution.unwrap();
    assert_eq!((e.job_id, e.status, e.status_details), (None, None, None));
}

#[tokio::test]
async fn unexpected_success_status() {
    // 204 / 202 with no body: still a success for restJson1.
    for status in [202, 204] {
        let out = describe(ScriptedResponse::new(status)).await.unwrap();
        assert_eq!(out.execution, None);
    }
}
