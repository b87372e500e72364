// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

/// Status information of a job execution.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct JobExecutionState {
    /// Current status of the execution: `QUEUED`, `IN_PROGRESS`, `SUCCEEDED`, `FAILED`, `TIMED_OUT`, `REJECTED`, `REMOVED` or `CANCELED`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::types::JobExecutionStatus>,
    /// Name/value pairs the device reported along with the status. Each value holds at most 1,024 characters.
    #[serde(rename = "statusDetails", skip_serializing_if = "Option::is_none")]
    pub status_details: Option<::std::collections::HashMap<String, String>>,
    /// Version of the execution; it goes up by one with every device update.
    #[serde(rename = "versionNumber")]
    pub version_number: i64,
}

impl JobExecutionState {
    /// A builder for [`JobExecutionState`].
    pub fn builder() -> JobExecutionStateBuilder {
        JobExecutionStateBuilder::default()
    }
}

/// A builder for [`JobExecutionState`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct JobExecutionStateBuilder {
    status: Option<crate::types::JobExecutionStatus>,
    status_details: Option<::std::collections::HashMap<String, String>>,
    version_number: Option<i64>,
}

impl JobExecutionStateBuilder {
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

    /// Builds the [`JobExecutionState`].
    pub fn build(self) -> JobExecutionState {
        JobExecutionState {
            status: self.status,
            status_details: self.status_details,
            version_number: self.version_number.unwrap_or_default(),
        }
    }
}
