//! One DescribeJobExecution call with the official AWS SDK set up as most users
//! set it up (the crate's default features: its HTTPS client on rustls with
//! aws-lc-rs; `aws-config` loading region and credentials), then exit:
//! `one-call-official-default http://127.0.0.1:PORT`.
//!
//! Only built by `cargo xtask bench --build`: not a dependency of the harness, so
//! its features never reach the client the per-call figures measure.

use std::process::ExitCode;

use aws_config::{BehaviorVersion, Region};
use aws_sdk_iotjobsdataplane::config::Credentials;
use aws_sdk_iotjobsdataplane::error::DisplayErrorContext;

fn main() -> ExitCode {
    let Some(endpoint) = std::env::args().nth(1) else {
        eprintln!("usage: one-call-official-default ENDPOINT_URL");
        return ExitCode::FAILURE;
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    match runtime.block_on(describe_job_execution(&endpoint)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("DescribeJobExecution failed: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn describe_job_execution(endpoint: &str) -> Result<(), String> {
    let sdk_config = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .credentials_provider(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            None,
            None,
            "static",
        ))
        .endpoint_url(endpoint)
        .load()
        .await;
    let client = aws_sdk_iotjobsdataplane::Client::new(&sdk_config);
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
        None => Err("DescribeJobExecution returned no job document".to_owned()),
    }
}
