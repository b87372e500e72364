// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reports a new status, and optionally new status details, for a job execution.
//!
//! The caller needs IAM permission for the `iot:UpdateJobExecution` action, see [IoT Jobs data plane actions](https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiotjobsdataplane.html).
mod wire;

/// The input of `UpdateJobExecution`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct UpdateJobExecutionInput {
    /// ID of the job, as chosen when the job was created.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// Name of the thing whose job execution is updated.
    #[serde(rename = "thingName", skip_serializing_if = "Option::is_none")]
    pub thing_name: Option<String>,
    /// Status to move the job execution to, such as `IN_PROGRESS`, `FAILED`, `SUCCEEDED` or `REJECTED`. Required on every call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::types::JobExecutionStatus>,
    /// Optional name/value pairs to store with the status; if omitted, the stored details stay as they are. Each value may hold at most 1,024 characters.
    #[serde(rename = "statusDetails", skip_serializing_if = "Option::is_none")]
    pub status_details: Option<::std::collections::HashMap<String, String>>,
    /// Minutes the device has to finish the current step of the job. Sending a new value with status `IN_PROGRESS` restarts the timer; if it runs out before the execution reaches a final status, the execution becomes `TIMED_OUT`. This timer is separate from the overall job timeout set by `timeoutConfig` in `CreateJob`.
    ///
    /// Allowed values: 1 to 10080 (one week), or -1 to cancel the running step timer.
    #[serde(rename = "stepTimeoutInMinutes", skip_serializing_if = "Option::is_none")]
    pub step_timeout_in_minutes: Option<i64>,
    /// Optional optimistic-locking check. If the stored version of the execution differs from this value, the update is refused with a version mismatch error that carries the current execution state, so no extra `DescribeJobExecution` call is needed.
    #[serde(rename = "expectedVersion", skip_serializing_if = "Option::is_none")]
    pub expected_version: Option<i64>,
    /// Optional. Pass `true` to get the execution state back in the response; off by default.
    #[serde(
        rename = "includeJobExecutionState",
        skip_serializing_if = "Option::is_none"
    )]
    pub include_job_execution_state: Option<bool>,
    /// Optional. Pass `true` to get the job document back in the response; off by default.
    #[serde(rename = "includeJobDocument", skip_serializing_if = "Option::is_none")]
    pub include_job_document: Option<bool>,
    /// Optional. Selects one execution of the job on this device.
    #[serde(rename = "executionNumber", skip_serializing_if = "Option::is_none")]
    pub execution_number: Option<i64>,
}

impl UpdateJobExecutionInput {
    /// A builder for [`UpdateJobExecutionInput`].
    pub fn builder() -> UpdateJobExecutionInputBuilder {
        UpdateJobExecutionInputBuilder::default()
    }
}

/// A builder for [`UpdateJobExecutionInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UpdateJobExecutionInputBuilder {
    job_id: Option<String>,
    thing_name: Option<String>,
    status: Option<crate::types::JobExecutionStatus>,
    status_details: Option<::std::collections::HashMap<String, String>>,
    step_timeout_in_minutes: Option<i64>,
    expected_version: Option<i64>,
    include_job_execution_state: Option<bool>,
    include_job_document: Option<bool>,
    execution_number: Option<i64>,
}

impl UpdateJobExecutionInputBuilder {
    /// Sets `jobId`. Required.
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

    /// Sets `thingName`. Required.
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

    /// Sets `status`. Required.
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

    /// Sets `stepTimeoutInMinutes`.
    pub fn step_timeout_in_minutes(mut self, input: impl Into<i64>) -> Self {
        self.step_timeout_in_minutes = Some(input.into());
        self
    }

    /// Sets or clears `stepTimeoutInMinutes`.
    pub fn set_step_timeout_in_minutes(mut self, input: Option<i64>) -> Self {
        self.step_timeout_in_minutes = input;
        self
    }

    /// The value of `stepTimeoutInMinutes` set so far.
    pub fn get_step_timeout_in_minutes(&self) -> &Option<i64> {
        &self.step_timeout_in_minutes
    }

    /// Sets `expectedVersion`.
    pub fn expected_version(mut self, input: impl Into<i64>) -> Self {
        self.expected_version = Some(input.into());
        self
    }

    /// Sets or clears `expectedVersion`.
    pub fn set_expected_version(mut self, input: Option<i64>) -> Self {
        self.expected_version = input;
        self
    }

    /// The value of `expectedVersion` set so far.
    pub fn get_expected_version(&self) -> &Option<i64> {
        &self.expected_version
    }

    /// Sets `includeJobExecutionState`.
    pub fn include_job_execution_state(mut self, input: impl Into<bool>) -> Self {
        self.include_job_execution_state = Some(input.into());
        self
    }

    /// Sets or clears `includeJobExecutionState`.
    pub fn set_include_job_execution_state(mut self, input: Option<bool>) -> Self {
        self.include_job_execution_state = input;
        self
    }

    /// The value of `includeJobExecutionState` set so far.
    pub fn get_include_job_execution_state(&self) -> &Option<bool> {
        &self.include_job_execution_state
    }

    /// Sets `includeJobDocument`.
    pub fn include_job_document(mut self, input: impl Into<bool>) -> Self {
        self.include_job_document = Some(input.into());
        self
    }

    /// Sets or clears `includeJobDocument`.
    pub fn set_include_job_document(mut self, input: Option<bool>) -> Self {
        self.include_job_document = input;
        self
    }

    /// The value of `includeJobDocument` set so far.
    pub fn get_include_job_document(&self) -> &Option<bool> {
        &self.include_job_document
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

    /// Builds the [`UpdateJobExecutionInput`].
    ///
    /// Fails when a required member is not set: `jobId`, `thingName`, `status`.
    pub fn build(
        self,
    ) -> Result<UpdateJobExecutionInput, ::smithy_runtime::error::BuildError> {
        if self.job_id.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "UpdateJobExecutionInput",
                    "jobId",
                ),
            );
        }
        if self.thing_name.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "UpdateJobExecutionInput",
                    "thingName",
                ),
            );
        }
        if self.status.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "UpdateJobExecutionInput",
                    "status",
                ),
            );
        }
        Ok(UpdateJobExecutionInput {
            job_id: self.job_id,
            thing_name: self.thing_name,
            status: self.status,
            status_details: self.status_details,
            step_timeout_in_minutes: self.step_timeout_in_minutes,
            expected_version: self.expected_version,
            include_job_execution_state: self.include_job_execution_state,
            include_job_document: self.include_job_document,
            execution_number: self.execution_number,
        })
    }
}

/// The output of `UpdateJobExecution`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct UpdateJobExecutionOutput {
    /// State of the execution after the update.
    #[serde(rename = "executionState", skip_serializing_if = "Option::is_none")]
    pub execution_state: Option<crate::types::JobExecutionState>,
    /// The job document, when it was asked for.
    #[serde(rename = "jobDocument", skip_serializing_if = "Option::is_none")]
    pub job_document: Option<String>,
}

impl UpdateJobExecutionOutput {
    /// A builder for [`UpdateJobExecutionOutput`].
    pub fn builder() -> UpdateJobExecutionOutputBuilder {
        UpdateJobExecutionOutputBuilder::default()
    }
}

/// A builder for [`UpdateJobExecutionOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UpdateJobExecutionOutputBuilder {
    execution_state: Option<crate::types::JobExecutionState>,
    job_document: Option<String>,
}

impl UpdateJobExecutionOutputBuilder {
    /// Sets `executionState`.
    pub fn execution_state(
        mut self,
        input: impl Into<crate::types::JobExecutionState>,
    ) -> Self {
        self.execution_state = Some(input.into());
        self
    }

    /// Sets or clears `executionState`.
    pub fn set_execution_state(
        mut self,
        input: Option<crate::types::JobExecutionState>,
    ) -> Self {
        self.execution_state = input;
        self
    }

    /// The value of `executionState` set so far.
    pub fn get_execution_state(&self) -> &Option<crate::types::JobExecutionState> {
        &self.execution_state
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

    /// Builds the [`UpdateJobExecutionOutput`].
    pub fn build(self) -> UpdateJobExecutionOutput {
        UpdateJobExecutionOutput {
            execution_state: self.execution_state,
            job_document: self.job_document,
        }
    }
}

/// An error of the `UpdateJobExecution` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateJobExecutionError {
    /// The client certificate was not accepted.
    CertificateValidationException(crate::error::CertificateValidationException),
    /// The request was malformed or contained bad values.
    InvalidRequestException(crate::error::InvalidRequestException),
    /// The requested status change is not allowed from the execution's current status, for example going from `SUCCEEDED` back to `IN_PROGRESS`. The error body also includes the `executionState`.
    InvalidStateTransitionException(crate::error::InvalidStateTransitionException),
    /// No resource matches the given identifiers.
    ResourceNotFoundException(crate::error::ResourceNotFoundException),
    /// The service cannot handle requests right now; try again later.
    ServiceUnavailableException(crate::error::ServiceUnavailableException),
    /// Too many requests were sent in a short time.
    ThrottlingException(crate::error::ThrottlingException),
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl UpdateJobExecutionError {
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
            Self::CertificateValidationException(error) => error,
            Self::InvalidRequestException(error) => error,
            Self::InvalidStateTransitionException(error) => error,
            Self::ResourceNotFoundException(error) => error,
            Self::ServiceUnavailableException(error) => error,
            Self::ThrottlingException(error) => error,
            Self::Unhandled(error) => error,
        }
    }

    /// Status, code, message and request id of the response the error came from.
    pub fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        self.held().meta()
    }

    /// The error code: the modeled error's, or the code the service sent.
    pub fn code(&self) -> Option<&str> {
        self.held().code()
    }

    /// The message the service sent, if any.
    pub fn message(&self) -> Option<&str> {
        self.held().message()
    }

    /// The request id of the response, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}

impl ::smithy_runtime::error::ProvideErrorMetadata for UpdateJobExecutionError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        UpdateJobExecutionError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        UpdateJobExecutionError::code(self)
    }

    fn message(&self) -> Option<&str> {
        UpdateJobExecutionError::message(self)
    }
}

impl ::std::fmt::Display for UpdateJobExecutionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for UpdateJobExecutionError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for UpdateJobExecutionError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<UpdateJobExecutionError> for crate::Error {
    fn from(error: UpdateJobExecutionError) -> Self {
        match error {
            UpdateJobExecutionError::CertificateValidationException(error) => {
                crate::Error::CertificateValidationException(error)
            }
            UpdateJobExecutionError::InvalidRequestException(error) => {
                crate::Error::InvalidRequestException(error)
            }
            UpdateJobExecutionError::InvalidStateTransitionException(error) => {
                crate::Error::InvalidStateTransitionException(error)
            }
            UpdateJobExecutionError::ResourceNotFoundException(error) => {
                crate::Error::ResourceNotFoundException(error)
            }
            UpdateJobExecutionError::ServiceUnavailableException(error) => {
                crate::Error::ServiceUnavailableException(error)
            }
            UpdateJobExecutionError::ThrottlingException(error) => {
                crate::Error::ThrottlingException(error)
            }
            UpdateJobExecutionError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `UpdateJobExecution` call: set the input members, then send it.
///
/// Get one from [`Client::update_job_execution`](crate::Client::update_job_execution).
#[derive(Clone, Debug)]
pub struct UpdateJobExecutionFluentBuilder {
    client: crate::Client,
    inner: UpdateJobExecutionInputBuilder,
}

impl UpdateJobExecutionFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](UpdateJobExecutionError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(
        self,
    ) -> Result<UpdateJobExecutionOutput, UpdateJobExecutionError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &UpdateJobExecutionInputBuilder {
        &self.inner
    }

    /// ID of the job, as chosen when the job was created.
    pub fn job_id(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.job_id(input);
        self
    }

    /// Sets or clears `jobId`.
    pub fn set_job_id(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_job_id(input);
        self
    }

    /// The value of `jobId` set so far.
    pub fn get_job_id(&self) -> &Option<String> {
        self.inner.get_job_id()
    }

    /// Name of the thing whose job execution is updated.
    pub fn thing_name(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.thing_name(input);
        self
    }

    /// Sets or clears `thingName`.
    pub fn set_thing_name(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_thing_name(input);
        self
    }

    /// The value of `thingName` set so far.
    pub fn get_thing_name(&self) -> &Option<String> {
        self.inner.get_thing_name()
    }

    /// Status to move the job execution to, such as `IN_PROGRESS`, `FAILED`, `SUCCEEDED` or `REJECTED`. Required on every call.
    pub fn status(mut self, input: impl Into<crate::types::JobExecutionStatus>) -> Self {
        self.inner = self.inner.status(input);
        self
    }

    /// Sets or clears `status`.
    pub fn set_status(
        mut self,
        input: Option<crate::types::JobExecutionStatus>,
    ) -> Self {
        self.inner = self.inner.set_status(input);
        self
    }

    /// The value of `status` set so far.
    pub fn get_status(&self) -> &Option<crate::types::JobExecutionStatus> {
        self.inner.get_status()
    }

    /// Optional name/value pairs to store with the status; if omitted, the stored details stay as they are. Each value may hold at most 1,024 characters.
    pub fn status_details(
        mut self,
        input: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.inner = self.inner.status_details(input);
        self
    }

    /// Sets or clears `statusDetails`.
    pub fn set_status_details(
        mut self,
        input: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.inner = self.inner.set_status_details(input);
        self
    }

    /// The value of `statusDetails` set so far.
    pub fn get_status_details(
        &self,
    ) -> &Option<::std::collections::HashMap<String, String>> {
        self.inner.get_status_details()
    }

    /// Minutes the device has to finish the current step of the job. Sending a new value with status `IN_PROGRESS` restarts the timer; if it runs out before the execution reaches a final status, the execution becomes `TIMED_OUT`. This timer is separate from the overall job timeout set by `timeoutConfig` in `CreateJob`.
    ///
    /// Allowed values: 1 to 10080 (one week), or -1 to cancel the running step timer.
    pub fn step_timeout_in_minutes(mut self, input: impl Into<i64>) -> Self {
        self.inner = self.inner.step_timeout_in_minutes(input);
        self
    }

    /// Sets or clears `stepTimeoutInMinutes`.
    pub fn set_step_timeout_in_minutes(mut self, input: Option<i64>) -> Self {
        self.inner = self.inner.set_step_timeout_in_minutes(input);
        self
    }

    /// The value of `stepTimeoutInMinutes` set so far.
    pub fn get_step_timeout_in_minutes(&self) -> &Option<i64> {
        self.inner.get_step_timeout_in_minutes()
    }

    /// Optional optimistic-locking check. If the stored version of the execution differs from this value, the update is refused with a version mismatch error that carries the current execution state, so no extra `DescribeJobExecution` call is needed.
    pub fn expected_version(mut self, input: impl Into<i64>) -> Self {
        self.inner = self.inner.expected_version(input);
        self
    }

    /// Sets or clears `expectedVersion`.
    pub fn set_expected_version(mut self, input: Option<i64>) -> Self {
        self.inner = self.inner.set_expected_version(input);
        self
    }

    /// The value of `expectedVersion` set so far.
    pub fn get_expected_version(&self) -> &Option<i64> {
        self.inner.get_expected_version()
    }

    /// Optional. Pass `true` to get the execution state back in the response; off by default.
    pub fn include_job_execution_state(mut self, input: impl Into<bool>) -> Self {
        self.inner = self.inner.include_job_execution_state(input);
        self
    }

    /// Sets or clears `includeJobExecutionState`.
    pub fn set_include_job_execution_state(mut self, input: Option<bool>) -> Self {
        self.inner = self.inner.set_include_job_execution_state(input);
        self
    }

    /// The value of `includeJobExecutionState` set so far.
    pub fn get_include_job_execution_state(&self) -> &Option<bool> {
        self.inner.get_include_job_execution_state()
    }

    /// Optional. Pass `true` to get the job document back in the response; off by default.
    pub fn include_job_document(mut self, input: impl Into<bool>) -> Self {
        self.inner = self.inner.include_job_document(input);
        self
    }

    /// Sets or clears `includeJobDocument`.
    pub fn set_include_job_document(mut self, input: Option<bool>) -> Self {
        self.inner = self.inner.set_include_job_document(input);
        self
    }

    /// The value of `includeJobDocument` set so far.
    pub fn get_include_job_document(&self) -> &Option<bool> {
        self.inner.get_include_job_document()
    }

    /// Optional. Selects one execution of the job on this device.
    pub fn execution_number(mut self, input: impl Into<i64>) -> Self {
        self.inner = self.inner.execution_number(input);
        self
    }

    /// Sets or clears `executionNumber`.
    pub fn set_execution_number(mut self, input: Option<i64>) -> Self {
        self.inner = self.inner.set_execution_number(input);
        self
    }

    /// The value of `executionNumber` set so far.
    pub fn get_execution_number(&self) -> &Option<i64> {
        self.inner.get_execution_number()
    }
}
