// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

/// Full information about one job execution.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct JobExecution {
    /// ID of the job, as chosen when the job was created.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// Name of the thing running this execution.
    #[serde(rename = "thingName", skip_serializing_if = "Option::is_none")]
    pub thing_name: Option<String>,
    /// Current status of the execution: `QUEUED`, `IN_PROGRESS`, `SUCCEEDED`, `FAILED`, `TIMED_OUT`, `REJECTED`, `REMOVED` or `CANCELED`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::types::JobExecutionStatus>,
    /// Name/value pairs the device reported along with the status. Each value holds at most 1,024 characters.
    #[serde(rename = "statusDetails", skip_serializing_if = "Option::is_none")]
    pub status_details: Option<::std::collections::HashMap<String, String>>,
    /// When the execution was queued, as seconds since the Unix epoch.
    #[serde(rename = "queuedAt")]
    pub queued_at: i64,
    /// When the execution started, as seconds since the Unix epoch.
    #[serde(rename = "startedAt", skip_serializing_if = "Option::is_none")]
    pub started_at: Option<i64>,
    /// When the execution last changed, as seconds since the Unix epoch.
    #[serde(rename = "lastUpdatedAt")]
    pub last_updated_at: i64,
    /// Rough number of seconds left before the execution is marked `TIMED_OUT`. The real timeout may fire up to a minute after this estimate.
    #[serde(
        rename = "approximateSecondsBeforeTimedOut",
        skip_serializing_if = "Option::is_none"
    )]
    pub approximate_seconds_before_timed_out: Option<i64>,
    /// Version of the execution; it goes up by one with every device update.
    #[serde(rename = "versionNumber")]
    pub version_number: i64,
    /// Number that picks out this execution of the job on this device; other calls accept it to read or update the same execution.
    #[serde(rename = "executionNumber", skip_serializing_if = "Option::is_none")]
    pub execution_number: Option<i64>,
    /// The job document text.
    #[serde(rename = "jobDocument", skip_serializing_if = "Option::is_none")]
    pub job_document: Option<String>,
}

impl JobExecution {
    /// A builder for [`JobExecution`].
    pub fn builder() -> JobExecutionBuilder {
        JobExecutionBuilder::default()
    }
}

/// A builder for [`JobExecution`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct JobExecutionBuilder {
    job_id: Option<String>,
    thing_name: Option<String>,
    status: Option<crate::types::JobExecutionStatus>,
    status_details: Option<::std::collections::HashMap<String, String>>,
    queued_at: Option<i64>,
    started_at: Option<i64>,
    last_updated_at: Option<i64>,
    approximate_seconds_before_timed_out: Option<i64>,
    version_number: Option<i64>,
    execution_number: Option<i64>,
    job_document: Option<String>,
}

impl JobExecutionBuilder {
    /// Sets `jobId`.
    pub fn job_id(mut self, input: impl Into<String>) -> Self {
        self.job_id = Some(input.into());
        self
    }

    /// Sets or clears `jobId`.
    pub fn set_job_id(mut self, input: Option<String>) -> Self {
        self.job_id = input;
        self
    }

    /// The value of `jobId` set so far.
    pub fn get_job_id(&self) -> &Option<String> {
        &self.job_id
    }

    /// Sets `thingName`.
    pub fn thing_name(mut self, input: impl Into<String>) -> Self {
        self.thing_name = Some(input.into());
        self
    }

    /// Sets or clears `thingName`.
    pub fn set_thing_name(mut self, input: Option<String>) -> Self {
        self.thing_name = input;
        self
    }

    /// The value of `thingName` set so far.
    pub fn get_thing_name(&self) -> &Option<String> {
        &self.thing_name
    }

    /// Sets `status`.
    pub fn status(mut self, input: impl Into<crate::types::JobExecutionStatus>) -> Self {
        self.status = Some(input.into());
        self
    }

    /// Sets or clears `status`.
    pub fn set_status(
        mut self,
        input: Option<crate::types::JobExecutionStatus>,
    ) -> Self {
        self.status = input;
        self
    }

    /// The value of `status` set so far.
    pub fn get_status(&self) -> &Option<crate::types::JobExecutionStatus> {
        &self.status
    }

    /// Sets `statusDetails`.
    pub fn status_details(
        mut self,
        input: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.status_details = Some(input.into());
        self
    }

    /// Sets or clears `statusDetails`.
    pub fn set_status_details(
        mut self,
        input: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.status_details = input;
        self
    }

    /// The value of `statusDetails` set so far.
    pub fn get_status_details(
        &self,
    ) -> &Option<::std::collections::HashMap<String, String>> {
        &self.status_details
    }

    /// Sets `queuedAt`.
    pub fn queued_at(mut self, input: impl Into<i64>) -> Self {
        self.queued_at = Some(input.into());
        self
    }

    /// Sets or clears `queuedAt`.
    pub fn set_queued_at(mut self, input: Option<i64>) -> Self {
        self.queued_at = input;
        self
    }

    /// The value of `queuedAt` set so far.
    pub fn get_queued_at(&self) -> &Option<i64> {
        &self.queued_at
    }

    /// Sets `startedAt`.
    pub fn started_at(mut self, input: impl Into<i64>) -> Self {
        self.started_at = Some(input.into());
        self
    }

    /// Sets or clears `startedAt`.
    pub fn set_started_at(mut self, input: Option<i64>) -> Self {
        self.started_at = input;
        self
    }

    /// The value of `startedAt` set so far.
    pub fn get_started_at(&self) -> &Option<i64> {
        &self.started_at
    }

    /// Sets `lastUpdatedAt`.
    pub fn last_updated_at(mut self, input: impl Into<i64>) -> Self {
        self.last_updated_at = Some(input.into());
        self
    }

    /// Sets or clears `lastUpdatedAt`.
    pub fn set_last_updated_at(mut self, input: Option<i64>) -> Self {
        self.last_updated_at = input;
        self
    }

    /// The value of `lastUpdatedAt` set so far.
    pub fn get_last_updated_at(&self) -> &Option<i64> {
        &self.last_updated_at
    }

    /// Sets `approximateSecondsBeforeTimedOut`.
    pub fn approximate_seconds_before_timed_out(
        mut self,
        input: impl Into<i64>,
    ) -> Self {
        self.approximate_seconds_before_timed_out = Some(input.into());
        self
    }

    /// Sets or clears `approximateSecondsBeforeTimedOut`.
    pub fn set_approximate_seconds_before_timed_out(
        mut self,
        input: Option<i64>,
    ) -> Self {
        self.approximate_seconds_before_timed_out = input;
        self
    }

    /// The value of `approximateSecondsBeforeTimedOut` set so far.
    pub fn get_approximate_seconds_before_timed_out(&self) -> &Option<i64> {
        &self.approximate_seconds_before_timed_out
    }

    /// Sets `versionNumber`.
    pub fn version_number(mut self, input: impl Into<i64>) -> Self {
        self.version_number = Some(input.into());
        self
    }

    /// Sets or clears `versionNumber`.
    pub fn set_version_number(mut self, input: Option<i64>) -> Self {
        self.version_number = input;
        self
    }

    /// The value of `versionNumber` set so far.
    pub fn get_version_number(&self) -> &Option<i64> {
        &self.version_number
    }

    /// Sets `executionNumber`.
    pub fn execution_number(mut self, input: impl Into<i64>) -> Self {
        self.execution_number = Some(input.into());
        self
    }

    /// Sets or clears `executionNumber`.
    pub fn set_execution_number(mut self, input: Option<i64>) -> Self {
        self.execution_number = input;
        self
    }

    /// The value of `executionNumber` set so far.
    pub fn get_execution_number(&self) -> &Option<i64> {
        &self.execution_number
    }

    /// Sets `jobDocument`.
    pub fn job_document(mut self, input: impl Into<String>) -> Self {
        self.job_document = Some(input.into());
        self
    }

    /// Sets or clears `jobDocument`.
    pub fn set_job_document(mut self, input: Option<String>) -> Self {
        self.job_document = input;
        self
    }

    /// The value of `jobDocument` set so far.
    pub fn get_job_document(&self) -> &Option<String> {
        &self.job_document
    }

    /// Builds the [`JobExecution`].
    pub fn build(self) -> JobExecution {
        JobExecution {
            job_id: self.job_id,
            thing_name: self.thing_name,
            status: self.status,
            status_details: self.status_details,
            queued_at: self.queued_at.unwrap_or_default(),
            started_at: self.started_at,
            last_updated_at: self.last_updated_at.unwrap_or_default(),
            approximate_seconds_before_timed_out: self
                .approximate_seconds_before_timed_out,
            version_number: self.version_number.unwrap_or_default(),
            execution_number: self.execution_number,
            job_document: self.job_document,
        }
    }
}
