// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

/// Short overview of a job execution.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct JobExecutionSummary {
    /// ID of the job, as chosen when the job was created.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// When the execution was queued, as seconds since the Unix epoch.
    #[serde(rename = "queuedAt")]
    pub queued_at: i64,
    /// When the execution started, as seconds since the Unix epoch.
    #[serde(rename = "startedAt", skip_serializing_if = "Option::is_none")]
    pub started_at: Option<i64>,
    /// When the execution last changed, as seconds since the Unix epoch.
    #[serde(rename = "lastUpdatedAt")]
    pub last_updated_at: i64,
    /// Version of the execution; it goes up by one each time IoT Jobs gets an update from the device.
    #[serde(rename = "versionNumber")]
    pub version_number: i64,
    /// Number that picks out this execution of the job on this device.
    #[serde(rename = "executionNumber", skip_serializing_if = "Option::is_none")]
    pub execution_number: Option<i64>,
}

impl JobExecutionSummary {
    /// A builder for [`JobExecutionSummary`].
    pub fn builder() -> JobExecutionSummaryBuilder {
        JobExecutionSummaryBuilder::default()
    }
}

/// A builder for [`JobExecutionSummary`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct JobExecutionSummaryBuilder {
    job_id: Option<String>,
    queued_at: Option<i64>,
    started_at: Option<i64>,
    last_updated_at: Option<i64>,
    version_number: Option<i64>,
    execution_number: Option<i64>,
}

impl JobExecutionSummaryBuilder {
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

    /// Builds the [`JobExecutionSummary`].
    pub fn build(self) -> JobExecutionSummary {
        JobExecutionSummary {
            job_id: self.job_id,
            queued_at: self.queued_at.unwrap_or_default(),
            started_at: self.started_at,
            last_updated_at: self.last_updated_at.unwrap_or_default(),
            version_number: self.version_number.unwrap_or_default(),
            execution_number: self.execution_number,
        }
    }
}
