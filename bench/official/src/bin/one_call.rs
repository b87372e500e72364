//! One DescribeJobExecution call with the official AWS SDK, then exit:
//! `one-call-official http://127.0.0.1:PORT`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(endpoint) = std::env::args().nth(1) else {
        eprintln!("usage: one-call-official ENDPOINT_URL");
        return ExitCode::FAILURE;
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let client = bench_official::client(&endpoint);
    match runtime.block_on(bench_official::describe_job_execution(&client)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("DescribeJobExecution failed: {error}");
            ExitCode::FAILURE
        }
    }
}
