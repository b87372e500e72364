//! The official client (`aws-sdk-iotjobsdataplane`) set up as the benchmark uses it:
//! static credentials, region `us-east-1`, the endpoint overridden to the local stub,
//! default retries, SigV4 signing. Its HTTP client is the same stack as the generated
//! client's default transport (hyper 1 + rustls with the ring provider, which sends a
//! plain `http://` endpoint without TLS), instead of the SDK's default rustls on
//! aws-lc-rs.

use std::collections::HashMap;
use std::error::Error;

use aws_sdk_iotjobsdataplane::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_iotjobsdataplane::error::DisplayErrorContext;
use aws_sdk_iotjobsdataplane::types::JobExecutionStatus;
use aws_sdk_iotjobsdataplane::{Client, Config};
use aws_smithy_http_client::tls::{rustls_provider::CryptoMode, Provider};

/// What a failed call returns.
pub type CallError = Box<dyn Error + Send + Sync>;

/// A client that sends every request to `endpoint` (`http://127.0.0.1:PORT`).
pub fn client(endpoint: &str) -> Client {
    let http_client = aws_smithy_http_client::Builder::new()
        .tls_provider(Provider::Rustls(CryptoMode::Ring))
        .build_https();
    let config = Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .credentials_provider(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            None,
            None,
            "static",
        ))
        .endpoint_url(endpoint)
        .http_client(http_client)
        .build();
    Client::from_conf(config)
}

/// One DescribeJobExecution call; fails unless the execution came back parsed.
pub async fn describe_job_execution(client: &Client) -> Result<(), CallError> {
    let out = client
        .describe_job_execution()
        .thing_name("sensor-0042")
        .job_id("firmware-update-2026-12")
        .include_job_document(true)
        .send()
        .await
        .map_err(|error| DisplayErrorContext(error).to_string())?;
    match out.execution().and_then(|execution| execution.job_document()) {
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
        .await
        .map_err(|error| DisplayErrorContext(error).to_string())?;
    match out.execution_state().and_then(|state| state.status()) {
        Some(_) => Ok(()),
        None => Err("UpdateJobExecution returned no execution state".into()),
    }
}
