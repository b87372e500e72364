//! The no-network test double: `ScriptedTransport` plugged into the client. A user
//! tests their own code this way when they do not want a server.

use iot_jobs_data::config::{Credentials, RetryConfig};
use iot_jobs_data::operation::describe_job_execution::DescribeJobExecutionError;
use iot_jobs_data::{Client, Config};
use smithy_runtime::error::ErrorKind;
use smithy_runtime::http::{HttpResponse, Method, TransportErrorKind};
use smithy_runtime::test_util::{InstantSleep, ScriptedTransport};

fn client(transport: &ScriptedTransport) -> Client {
    Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .transport(transport.clone())
            .sleep(InstantSleep::new())
            .build(),
    )
}

/// The code under test: the job document of a job, if there is one.
async fn job_document(client: &Client, thing: &str, job: &str) -> Result<Option<String>, DescribeJobExecutionError> {
    let out = client
        .describe_job_execution()
        .thing_name(thing)
        .job_id(job)
        .include_job_document(true)
        .send()
        .await?;
    Ok(out.execution.and_then(|e| e.job_document))
}

#[tokio::test]
async fn records_requests_and_returns_scripted_responses() {
    let transport = ScriptedTransport::new().with_response(
        HttpResponse::new(
            200,
            r#"{"execution":{"jobId":"j","queuedAt":1,"lastUpdatedAt":1,"versionNumber":1,"jobDocument":"{}"}}"#,
        )
        .with_header("content-type", "application/json"),
    );
    let doc = job_document(&client(&transport), "lamp-1", "j").await.unwrap();
    assert_eq!(doc.as_deref(), Some("{}"));

    let sent = transport.requests();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].method, Method::GET);
    // The transport sees the absolute URL from the endpoint rules of the region.
    assert_eq!(
        sent[0].uri,
        "https://data.jobs.iot.us-east-1.amazonaws.com/things/lamp-1/jobs/j?includeJobDocument=true"
    );
    assert!(sent[0]
        .header_str("authorization")
        .unwrap()
        .contains("/us-east-1/iot-jobs-data/aws4_request"));
    assert_eq!(transport.remaining(), 0);
}

#[tokio::test]
async fn transport_errors_are_retried_then_reported() {
    let transport = ScriptedTransport::new()
        .with_error(TransportErrorKind::Connect, "connection refused")
        .with_error(TransportErrorKind::Io, "connection reset")
        .with_error(TransportErrorKind::Io, "connection reset");
    let err = job_document(&client(&transport), "t", "j").await.unwrap_err();
    let DescribeJobExecutionError::Unhandled(e) = err else {
        panic!("{err:?}")
    };
    assert_eq!(e.kind(), ErrorKind::Transport);
    assert_eq!(transport.requests().len(), 3);
}

#[tokio::test]
async fn backoff_is_recorded_without_waiting() {
    let transport = ScriptedTransport::new()
        .with_response(HttpResponse::new(503, ""))
        .with_response(HttpResponse::new(200, "{}"));
    let sleep = InstantSleep::new();
    let client = Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .transport(transport.clone())
            .retry_config(RetryConfig::standard())
            .sleep(sleep.clone())
            .build(),
    );
    assert_eq!(job_document(&client, "t", "j").await.unwrap(), None);
    assert_eq!(transport.requests().len(), 2);
    let slept = sleep.slept();
    assert!(
        slept.len() <= 1 && slept.iter().all(|d| d.as_secs_f64() < 1.0),
        "{slept:?}"
    );
}
