//! A device-side AWS IoT Jobs agent, written as example code for device developers.
//!
//! The agent runs the jobs queued for one thing, one at a time:
//!
//! 1. **Take the next job** with `StartNextPendingJobExecution`. The service moves
//!    it from `QUEUED` to `IN_PROGRESS` and hands over the job document. No
//!    execution in the answer means nothing is pending: the agent stops.
//! 2. **Run it**: parse the job document, then run its steps one after the other.
//! 3. **Report progress** after each step with `UpdateJobExecution` `IN_PROGRESS`,
//!    sending `expectedVersion` (optimistic locking: the update fails if anyone
//!    else changed the execution since we last saw it), `stepTimeoutInMinutes`
//!    (the job times out if we go quiet for longer, e.g. the device crashed) and
//!    `statusDetails` (free-form progress that operators see in the console).
//! 4. **Finish** with `SUCCEEDED` or `FAILED` (with the reason in `statusDetails`).
//!
//! What can go wrong, and what the agent does:
//!
//! * `InvalidStateTransitionException` on an update: someone else changed the job
//!   (an operator canceled it, or another agent instance updated it). The agent
//!   re-reads the execution with `DescribeJobExecution`: if it is still
//!   `IN_PROGRESS` it adopts the new version and carries on, otherwise it stops
//!   working on that job and takes the next one.
//! * `TerminalStateException` (from `DescribeJobExecution`): the job was canceled
//!   or removed and is over; stop working on it.
//! * `ThrottlingException`: the client already retried with backoff (see
//!   `RetryConfig`); when it still comes back, the agent waits longer and tries
//!   again, a bounded number of times.
//!
//! Run it against AWS IoT (credentials from `AWS_ACCESS_KEY_ID`,
//! `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`, or a device certificate):
//!
//! ```text
//! # The data endpoint: `aws iot describe-endpoint --endpoint-type iot:Jobs`
//! export IOT_JOBS_ENDPOINT=https://abcdefgh123456.jobs.iot.us-east-1.amazonaws.com
//! export AWS_REGION=us-east-1
//! export THING_NAME=lamp-1
//! # Optional, to authenticate with the device's X.509 certificate instead of SigV4:
//! export IOT_CERT=/etc/device/cert.pem IOT_KEY=/etc/device/private.key
//! cargo run --example job_agent            # or: cargo run --example job_agent -- lamp-1
//! ```
//!
//! The job document format this agent understands (any JSON object works; these
//! members are the ones it reads):
//!
//! ```json
//! { "operation": "firmware-update", "steps": ["download", "verify", "install"], "failAt": "verify" }
//! ```
//!
//! (`failAt` makes the simulated run fail at that step, to try the `FAILED` path.)

use std::collections::HashMap;
use std::fmt;
use std::time::Duration;

use iot_jobs_data::operation::describe_job_execution::DescribeJobExecutionError;
use iot_jobs_data::operation::start_next_pending_job_execution::StartNextPendingJobExecutionError;
use iot_jobs_data::operation::update_job_execution::UpdateJobExecutionError;
use iot_jobs_data::types::{JobExecution, JobExecutionStatus};
use iot_jobs_data::Client;

/// How the agent behaves. `AgentOptions::default()` suits a real device.
#[derive(Clone, Debug)]
pub struct AgentOptions {
    /// Sent with every `IN_PROGRESS` update: the job times out if the agent does not
    /// report again within this many minutes.
    pub step_timeout_in_minutes: i64,
    /// The first wait after a throttled call (doubled each time, up to 16 times it).
    pub throttle_backoff: Duration,
    /// How many throttled answers in a row the agent accepts before giving up.
    pub max_throttle_retries: u32,
    /// How long each simulated step takes.
    pub step_duration: Duration,
    /// Stop after this many jobs (a real agent would then wait for new jobs, e.g.
    /// on the MQTT topic `$aws/things/<thing>/jobs/notify-next`).
    pub max_jobs: usize,
}

impl Default for AgentOptions {
    fn default() -> Self {
        AgentOptions {
            step_timeout_in_minutes: 10,
            throttle_backoff: Duration::from_secs(2),
            max_throttle_retries: 5,
            step_duration: Duration::from_millis(500),
            max_jobs: 100,
        }
    }
}

/// What happened to each job the agent saw, by job id, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Jobs run to completion and reported `SUCCEEDED`.
    pub succeeded: Vec<String>,
    /// Jobs reported `FAILED` (a step failed, or the job document was unusable).
    pub failed: Vec<String>,
    /// Jobs that ended while we worked on them (canceled, removed, timed out, or
    /// taken over): we stopped working on them.
    pub abandoned: Vec<String>,
    /// How many times the service throttled us (after the client's own retries).
    pub throttled: u32,
}

/// Why the agent stopped before running out of jobs.
#[derive(Debug)]
pub enum AgentError {
    /// The service kept throttling us.
    Throttled {
        /// How many throttled answers in a row.
        attempts: u32,
    },
    /// Any other error from the service or the network (bad credentials, unknown
    /// thing, timeouts...).
    Service(iot_jobs_data::Error),
    /// The service answered without the execution it must return.
    Protocol(String),
}

impl fmt::Display for AgentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AgentError::Throttled { attempts } => {
                write!(f, "still throttled after {attempts} attempts")
            }
            AgentError::Service(e) => write!(f, "service error: {e}"),
            AgentError::Protocol(m) => write!(f, "unexpected answer: {m}"),
        }
    }
}

impl std::error::Error for AgentError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            AgentError::Service(e) => Some(e),
            _ => None,
        }
    }
}

/// Every operation error converts into the service-wide `iot_jobs_data::Error`.
macro_rules! from_operation_error {
    ($($error:ty),*) => {$(
        impl From<$error> for AgentError {
            fn from(e: $error) -> Self {
                AgentError::Service(e.into())
            }
        }
    )*};
}
from_operation_error!(
    StartNextPendingJobExecutionError,
    UpdateJobExecutionError,
    DescribeJobExecutionError
);

/// Runs the pending jobs of `thing_name` until none is left (or
/// `options.max_jobs` were taken), and says what happened to each.
pub async fn run_agent(client: &Client, thing_name: &str, options: &AgentOptions) -> Result<Summary, AgentError> {
    let mut summary = Summary::default();
    for _ in 0..options.max_jobs {
        let Some(job) = next_job(client, thing_name, options, &mut summary).await? else {
            println!("no pending job for {thing_name}: done");
            break;
        };
        let job_id = job
            .job_id
            .clone()
            .ok_or_else(|| AgentError::Protocol("an execution without a jobId".into()))?;
        println!("job {job_id}: started (version {})", job.version_number);
        let outcome = run_job(client, thing_name, &job_id, &job, options, &mut summary).await?;
        println!("job {job_id}: {outcome:?}");
        match outcome {
            Outcome::Succeeded => summary.succeeded.push(job_id),
            Outcome::Failed => summary.failed.push(job_id),
            Outcome::Abandoned => summary.abandoned.push(job_id),
        }
    }
    Ok(summary)
}

/// What became of one job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Succeeded,
    Failed,
    Abandoned,
}

/// Takes the next pending job (`None`: nothing pending), backing off when throttled.
async fn next_job(
    client: &Client,
    thing_name: &str,
    options: &AgentOptions,
    summary: &mut Summary,
) -> Result<Option<JobExecution>, AgentError> {
    let mut throttled = 0;
    loop {
        let result = client
            .start_next_pending_job_execution()
            .thing_name(thing_name)
            .step_timeout_in_minutes(options.step_timeout_in_minutes)
            .status_details(details([("agent", "job_agent example")]))
            .send()
            .await;
        match result {
            Ok(output) => return Ok(output.execution),
            Err(StartNextPendingJobExecutionError::ThrottlingException(e)) => {
                throttled += 1;
                summary.throttled += 1;
                back_off(options, throttled, e.message()).await?;
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// Runs one job: its steps with a progress report after each, then the final status.
async fn run_job(
    client: &Client,
    thing_name: &str,
    job_id: &str,
    job: &JobExecution,
    options: &AgentOptions,
    summary: &mut Summary,
) -> Result<Outcome, AgentError> {
    let mut reporter = Reporter {
        client,
        thing_name,
        job_id,
        version: job.version_number,
        options,
        summary,
    };

    // A document we cannot read is the job's failure, not the agent's: report it.
    let document = match parse_document(job.job_document.as_deref()) {
        Ok(document) => document,
        Err(reason) => {
            let done = reporter
                .report(JobExecutionStatus::Failed, details([("reason", reason.as_str())]))
                .await?;
            return Ok(if done { Outcome::Failed } else { Outcome::Abandoned });
        }
    };

    let total = document.steps.len();
    for (i, step) in document.steps.iter().enumerate() {
        // "Run" the step. A real agent downloads, verifies, installs... here.
        tokio::time::sleep(options.step_duration).await;
        if document.fail_at.as_deref() == Some(step.as_str()) {
            let reason = format!("step {step} failed");
            let done = reporter
                .report(
                    JobExecutionStatus::Failed,
                    details([("reason", reason.as_str()), ("failedStep", step.as_str())]),
                )
                .await?;
            return Ok(if done { Outcome::Failed } else { Outcome::Abandoned });
        }
        let progress = format!("{}/{total}", i + 1);
        let still_ours = reporter
            .report(
                JobExecutionStatus::InProgress,
                details([("step", step.as_str()), ("progress", progress.as_str())]),
            )
            .await?;
        if !still_ours {
            return Ok(Outcome::Abandoned);
        }
    }
    let done = reporter
        .report(JobExecutionStatus::Succeeded, details([("progress", "done")]))
        .await?;
    Ok(if done { Outcome::Succeeded } else { Outcome::Abandoned })
}

/// The members of the job document this agent reads.
#[derive(Debug)]
struct JobDocument {
    steps: Vec<String>,
    fail_at: Option<String>,
}

fn parse_document(document: Option<&str>) -> Result<JobDocument, String> {
    let document = document.ok_or("the job has no document")?;
    let value: serde_json::Value =
        serde_json::from_str(document).map_err(|e| format!("the job document is not JSON: {e}"))?;
    let steps = match value.get("steps") {
        None => vec!["run".to_owned()],
        Some(serde_json::Value::Array(steps)) => steps
            .iter()
            .map(|s| s.as_str().map(str::to_owned).ok_or("a step is not a string"))
            .collect::<Result<_, _>>()?,
        Some(_) => return Err("`steps` is not a list".to_owned()),
    };
    let fail_at = value.get("failAt").and_then(|v| v.as_str()).map(str::to_owned);
    Ok(JobDocument { steps, fail_at })
}

/// Reports the status of one job execution, keeping track of its version.
struct Reporter<'a> {
    client: &'a Client,
    thing_name: &'a str,
    job_id: &'a str,
    /// The execution's version as we last saw it (`expectedVersion` of the next update).
    version: i64,
    options: &'a AgentOptions,
    summary: &'a mut Summary,
}

impl Reporter<'_> {
    /// Sends `status`. `Ok(true)`: reported, the job is still ours. `Ok(false)`: the
    /// job ended or changed hands under us; stop working on it.
    async fn report(
        &mut self,
        status: JobExecutionStatus,
        status_details: HashMap<String, String>,
    ) -> Result<bool, AgentError> {
        let mut throttled = 0;
        let mut re_read = false;
        loop {
            let result = self
                .client
                .update_job_execution()
                .thing_name(self.thing_name)
                .job_id(self.job_id)
                .status(status.clone())
                .status_details(status_details.clone())
                .step_timeout_in_minutes(self.options.step_timeout_in_minutes)
                .expected_version(self.version)
                .include_job_execution_state(true)
                .send()
                .await;
            match result {
                Ok(output) => {
                    // The new version is the `expectedVersion` of our next update.
                    match output.execution_state {
                        Some(state) => self.version = state.version_number,
                        None => self.version += 1,
                    }
                    return Ok(true);
                }
                Err(UpdateJobExecutionError::InvalidStateTransitionException(e)) => {
                    println!(
                        "job {}: update refused ({}), re-reading",
                        self.job_id,
                        e.message().unwrap_or("")
                    );
                    // Re-read once per report: if the state still refuses us after
                    // that, leave the job alone rather than fight over it.
                    if re_read || !self.re_read().await? {
                        return Ok(false);
                    }
                    re_read = true;
                }
                Err(UpdateJobExecutionError::ThrottlingException(e)) => {
                    throttled += 1;
                    self.summary.throttled += 1;
                    back_off(self.options, throttled, e.message()).await?;
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Reads the execution again after a refused update. `Ok(true)`: it is still
    /// `IN_PROGRESS` (our version is updated); `Ok(false)`: it is over or not ours.
    async fn re_read(&mut self) -> Result<bool, AgentError> {
        let mut throttled = 0;
        loop {
            let result = self
                .client
                .describe_job_execution()
                .thing_name(self.thing_name)
                .job_id(self.job_id)
                .send()
                .await;
            match result {
                Ok(output) => {
                    let Some(execution) = output.execution else {
                        return Ok(false);
                    };
                    if execution.status != Some(JobExecutionStatus::InProgress) {
                        println!("job {}: now {:?}, leaving it", self.job_id, execution.status);
                        return Ok(false);
                    }
                    self.version = execution.version_number;
                    return Ok(true);
                }
                // Canceled or removed: the job is over, stop working on it.
                Err(DescribeJobExecutionError::TerminalStateException(_))
                | Err(DescribeJobExecutionError::ResourceNotFoundException(_)) => return Ok(false),
                Err(DescribeJobExecutionError::ThrottlingException(e)) => {
                    throttled += 1;
                    self.summary.throttled += 1;
                    back_off(self.options, throttled, e.message()).await?;
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
}

/// Waits before the `attempt`-th retry of a throttled call (exponential backoff),
/// or gives up after `options.max_throttle_retries`.
async fn back_off(options: &AgentOptions, attempt: u32, message: Option<&str>) -> Result<(), AgentError> {
    if attempt > options.max_throttle_retries {
        return Err(AgentError::Throttled { attempts: attempt });
    }
    let wait = options.throttle_backoff * 2u32.pow(attempt.min(5) - 1);
    println!("throttled ({}), retrying in {wait:?}", message.unwrap_or("no message"));
    tokio::time::sleep(wait).await;
    Ok(())
}

/// `statusDetails` from pairs.
fn details<const N: usize>(pairs: [(&str, &str); N]) -> HashMap<String, String> {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect()
}

/// Reads the endpoint, region and thing from the environment (the thing name may
/// also be the first argument), runs the agent, prints the summary.
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let thing_name = std::env::args()
        .nth(1)
        .or_else(|| env("THING_NAME"))
        .ok_or("give the thing name as the first argument or in THING_NAME")?;
    let region = env("AWS_REGION").unwrap_or_else(|| "us-east-1".to_owned());

    let mut config = iot_jobs_data::Config::builder().region(region);
    // Without IOT_JOBS_ENDPOINT the client resolves the public endpoint of the region.
    if let Some(endpoint) = env("IOT_JOBS_ENDPOINT") {
        config = config.endpoint_url(endpoint);
    }
    // With a device certificate the client uses mutual TLS instead of SigV4;
    // otherwise it signs with the AWS_* credentials of the environment.
    if let (Some(cert), Some(key)) = (env("IOT_CERT"), env("IOT_KEY")) {
        let device = iot_jobs_data::config::DeviceCertificate::from_pem(std::fs::read(cert)?, std::fs::read(key)?)?;
        config = config.device_certificate(device);
    }
    let client = Client::new(config.build());

    let summary = run_agent(&client, &thing_name, &AgentOptions::default()).await?;
    println!(
        "succeeded: {:?}\nfailed: {:?}\nabandoned: {:?}\nthrottled {} times",
        summary.succeeded, summary.failed, summary.abandoned, summary.throttled
    );
    Ok(())
}
