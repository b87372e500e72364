//! One DescribeJobExecution call with the generated client, then exit:
//! `one-call-ours http://127.0.0.1:PORT`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(endpoint) = std::env::args().nth(1) else {
        eprintln!("usage: one-call-ours ENDPOINT_URL");
        return ExitCode::FAILURE;
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let client = bench_ours::client(&endpoint);
    match runtime.block_on(bench_ours::describe_job_execution(&client)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("DescribeJobExecution failed: {error}");
            ExitCode::FAILURE
        }
    }
}
