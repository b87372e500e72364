//! `cargo bench -p pagination-tests --bench response_json`: what reading a
//! `DescribeJobExecution` response body costs (release build). Prints the
//! median, min and max of many runs; asserts nothing about time.
//!
//! - `serde derive`: the body read with serde's derived `Deserialize` into the
//!   crate's types, as generated clients read bodies before they had a reader
//!   per shape (the body struct they generated, with `#[serde(default)]`).
//! - `generated reader`: the body read by the crate's generated readers (its
//!   `src/de.rs`, compiled into this bench) through the runtime's `read_body`,
//!   as the generated `deserialize_response` does.
//!
//! The two run in turns, so a busy machine slows both alike.

use std::hint::black_box;
use std::time::{Duration, Instant};

use iot_jobs_data::types::JobExecution;
use smithy_runtime::http::HttpResponse;

/// The crate's generated readers, with the paths they name.
#[allow(dead_code)] // readers of error bodies go unused here
#[rustfmt::skip] // generated code: `cargo fmt` must leave it as printed
#[path = "../../../generated/iot-jobs-data/src/de.rs"]
mod de;

mod types {
    pub(crate) use iot_jobs_data::types::*;
}

mod error {
    pub(crate) use iot_jobs_data::error::*;
}

const CALLS_PER_RUN: usize = 20_000;
const RUNS: usize = 21;

/// A response as the service sends it: every member of the execution set.
fn full_body() -> String {
    let details: Vec<String> = (0..8).map(|i| format!("\"step{i}\": \"done {i}\"")).collect();
    format!(
        r#"{{"execution": {{"jobId": "firmware-update-2024-06", "thingName": "sensor-0042",
        "status": "IN_PROGRESS", "statusDetails": {{{}}}, "queuedAt": 1717171717, "startedAt": 1717171800,
        "lastUpdatedAt": 1717172000, "approximateSecondsBeforeTimedOut": 3600, "versionNumber": 7,
        "executionNumber": 1234567, "jobDocument": "{}"}}}}"#,
        details.join(", "),
        r#"{\"operation\": \"install\", \"url\": \"https://example.com/fw.bin\", \"sha256\": \"0123456789abcdef\"}"#
    )
}

/// The body struct generated clients derived `Deserialize` for.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct SerdeBody {
    execution: Option<JobExecution>,
}

fn read_with_serde(response: &HttpResponse) -> Option<JobExecution> {
    let body: SerdeBody = serde_json::from_slice(&response.body).expect("serde reads it");
    body.execution
}

/// What the generated `deserialize_response` of `DescribeJobExecution` does.
fn read_with_generated_reader(response: &HttpResponse) -> Option<JobExecution> {
    smithy_runtime::protocol::wire::read_body(response, |reader| {
        let mut execution = None;
        reader.start_object("DescribeJobExecutionResponse")?;
        while let Some(key) = reader.next_key()? {
            match key.as_ref() {
                "execution" => execution = de::read_job_execution(reader)?,
                _ => reader.skip_value()?,
            }
        }
        Ok(execution)
    })
    .expect("the generated reader reads it")
}

fn per_call(calls: usize, run: &mut dyn FnMut()) -> Duration {
    let start = Instant::now();
    for _ in 0..calls {
        run();
    }
    start.elapsed() / calls as u32
}

fn report(label: &str, mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    let median = samples[samples.len() / 2];
    println!(
        "{label}: median {median:?} per body (min {:?}, max {:?}, {RUNS} runs of {CALLS_PER_RUN})",
        samples[0],
        samples[samples.len() - 1]
    );
    median
}

fn main() {
    let response = HttpResponse::new(200, full_body());
    println!("DescribeJobExecution response body: {} bytes", response.body.len());
    let expected = read_with_serde(&response);
    assert_eq!(
        read_with_generated_reader(&response),
        expected,
        "both read the same execution"
    );

    let mut serde = || {
        black_box(read_with_serde(black_box(&response)));
    };
    let mut generated = || {
        black_box(read_with_generated_reader(black_box(&response)));
    };
    let (mut serde_samples, mut generated_samples) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        serde_samples.push(per_call(CALLS_PER_RUN, &mut serde));
        generated_samples.push(per_call(CALLS_PER_RUN, &mut generated));
    }
    let before = report("serde derive (before)", serde_samples);
    let after = report("generated reader (after)", generated_samples);
    println!(
        "generated reader / serde derive: {:.2}",
        after.as_secs_f64() / before.as_secs_f64()
    );
}
