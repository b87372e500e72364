//! The generated client (`iot-jobs-data`) set up as the benchmark uses it: static
//! credentials, region `us-east-1`, the endpoint overridden to the local stub, the
//! default transport (hyper 1 + rustls/ring; a plain `http://` endpoint skips TLS),
//! default retries, SigV4 signing.

use std::collections::HashMap;
use std::error::Error;

use iot_jobs_data::config::Credentials;
use iot_jobs_data::types::JobExecutionStatus;
use iot_jobs_data::{Client, Config};

/// What a failed call returns.
pub type CallError = Box<dyn Error + Send + Sync>;

/// A client that sends every request to `endpoint` (`http://127.0.0.1:PORT`).
pub fn client(endpoint: &str) -> Client {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            None,
        ))
        .endpoint_url(endpoint)
        .build();
    Client::new(config)
}

/// One DescribeJobExecution call; fails unless the execution came back parsed.
pub async fn describe_job_execution(client: &Client) -> Result<(), CallError> {
    let out = client
        .describe_job_execution()
        .thing_name("sensor-0042")
        .job_id("firmware-update-2026-12")
        .include_job_document(true)
        .send()
        .await?;
    match out.execution.and_then(|execution| execution.job_document) {
        Some(_) => Ok(()),
        None => Err("DescribeJobExecution returned no job document".into()),
    }
}

/// One UpdateJobExecution call; fails unless the execution state came back parsed.
pub async fn update_job_execution(client: &Client) -> Result<(), CallError> {
    let details = HashMap::from([
        ("step".to_owned(), "install".to_owned()),
        ("progress".to_owned(), "80%".to_owned()),
    ]);
    let out = client
        .update_job_execution()
        .thing_name("sensor-0042")
        .job_id("firmware-update-2026-12")
        .status(JobExecutionStatus::InProgress)
        .set_status_details(Some(details))
        .expected_version(3)
        .send()
        .await?;
    match out.execution_state.and_then(|state| state.status) {
        Some(_) => Ok(()),
        None => Err("UpdateJobExecution returned no execution state".into()),
    }
}
