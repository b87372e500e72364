// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Picks the next job execution of a thing that is queued or in progress, marks it as started, and returns it.
//!
//! The caller needs IAM permission for the `iot:StartNextPendingJobExecution` action, see [IoT actions](https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiot.html#awsiot-actions-as-permissions).
mod wire;

/// The input of `StartNextPendingJobExecution`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct StartNextPendingJobExecutionInput {
    /// Name of the thing that asks for its next job.
    #[serde(rename = "thingName", skip_serializing_if = "Option::is_none")]
    pub thing_name: Option<String>,
    /// Name/value pairs to store with the execution status; if omitted, the stored details stay as they are. Each value may hold at most 1,024 characters.
    #[serde(rename = "statusDetails", skip_serializing_if = "Option::is_none")]
    pub status_details: Option<::std::collections::HashMap<String, String>>,
    /// Minutes the device has to finish this step of the job. When the timer runs out before the execution reaches a final status, or before a later `UpdateJobExecution` call with status `IN_PROGRESS` and a new `stepTimeoutInMinutes` restarts it, the execution becomes `TIMED_OUT`. This timer is separate from the overall job timeout set by `timeoutConfig` in `CreateJob`.
    ///
    /// Allowed values: 1 to 10080 (one week).
    #[serde(rename = "stepTimeoutInMinutes", skip_serializing_if = "Option::is_none")]
    pub step_timeout_in_minutes: Option<i64>,
}

impl StartNextPendingJobExecutionInput {
    /// A builder for [`StartNextPendingJobExecutionInput`].
    pub fn builder() -> StartNextPendingJobExecutionInputBuilder {
        StartNextPendingJobExecutionInputBuilder::default()
    }
}

/// A builder for [`StartNextPendingJobExecutionInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct StartNextPendingJobExecutionInputBuilder {
    thing_name: Option<String>,
    status_details: Option<::std::collections::HashMap<String, String>>,
    step_timeout_in_minutes: Option<i64>,
}

impl StartNextPendingJobExecutionInputBuilder {
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

    /// Builds the [`StartNextPendingJobExecutionInput`].
    ///
    /// Fails when a required member is not set: `thingName`.
    pub fn build(
        self,
    ) -> Result<StartNextPendingJobExecutionInput, ::smithy_runtime::error::BuildError> {
        if self.thing_name.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "StartNextPendingJobExecutionInput",
                    "thingName",
                ),
            );
        }
        Ok(StartNextPendingJobExecutionInput {
            thing_name: self.thing_name,
            status_details: self.status_details,
            step_timeout_in_minutes: self.step_timeout_in_minutes,
        })
    }
}

/// The output of `StartNextPendingJobExecution`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct StartNextPendingJobExecutionOutput {
    /// The job execution that was started, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution: Option<crate::types::JobExecution>,
}

impl StartNextPendingJobExecutionOutput {
    /// A builder for [`StartNextPendingJobExecutionOutput`].
    pub fn builder() -> StartNextPendingJobExecutionOutputBuilder {
        StartNextPendingJobExecutionOutputBuilder::default()
    }
}

/// A builder for [`StartNextPendingJobExecutionOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct StartNextPendingJobExecutionOutputBuilder {
    execution: Option<crate::types::JobExecution>,
}

impl StartNextPendingJobExecutionOutputBuilder {
    /// Sets `execution`.
    pub fn execution(mut self, input: impl Into<crate::types::JobExecution>) -> Self {
        self.execution = Some(input.into());
        self
    }

    /// Sets or clears `execution`.
    pub fn set_execution(mut self, input: Option<crate::types::JobExecution>) -> Self {
        self.execution = input;
        self
    }

    /// The value of `execution` set so far.
    pub fn get_execution(&self) -> &Option<crate::types::JobExecution> {
        &self.execution
    }

    /// Builds the [`StartNextPendingJobExecutionOutput`].
    pub fn build(self) -> StartNextPendingJobExecutionOutput {
        StartNextPendingJobExecutionOutput {
            execution: self.execution,
        }
    }
}

/// An error of the `StartNextPendingJobExecution` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum StartNextPendingJobExecutionError {
    /// The client certificate was not accepted.
    CertificateValidationException(crate::error::CertificateValidationException),
    /// The request was malformed or contained bad values.
    InvalidRequestException(crate::error::InvalidRequestException),
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

impl StartNextPendingJobExecutionError {
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
            Self::CertificateValidationException(error) => error,
            Self::InvalidRequestException(error) => error,
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

impl ::smithy_runtime::error::ProvideErrorMetadata
for StartNextPendingJobExecutionError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        StartNextPendingJobExecutionError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        StartNextPendingJobExecutionError::code(self)
    }

    fn message(&self) -> Option<&str> {
        StartNextPendingJobExecutionError::message(self)
    }
}

impl ::std::fmt::Display for StartNextPendingJobExecutionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for StartNextPendingJobExecutionError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError>
for StartNextPendingJobExecutionError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<StartNextPendingJobExecutionError> for crate::Error {
    fn from(error: StartNextPendingJobExecutionError) -> Self {
        match error {
            StartNextPendingJobExecutionError::CertificateValidationException(error) => {
                crate::Error::CertificateValidationException(error)
            }
            StartNextPendingJobExecutionError::InvalidRequestException(error) => {
                crate::Error::InvalidRequestException(error)
            }
            StartNextPendingJobExecutionError::ResourceNotFoundException(error) => {
                crate::Error::ResourceNotFoundException(error)
            }
            StartNextPendingJobExecutionError::ServiceUnavailableException(error) => {
                crate::Error::ServiceUnavailableException(error)
            }
            StartNextPendingJobExecutionError::ThrottlingException(error) => {
                crate::Error::ThrottlingException(error)
            }
            StartNextPendingJobExecutionError::Unhandled(error) => {
                crate::Error::Unhandled(error)
            }
        }
    }
}

/// Builds a `StartNextPendingJobExecution` call: set the input members, then send it.
///
/// Get one from [`Client::start_next_pending_job_execution`](crate::Client::start_next_pending_job_execution).
#[derive(Clone, Debug)]
pub struct StartNextPendingJobExecutionFluentBuilder {
    client: crate::Client,
    inner: StartNextPendingJobExecutionInputBuilder,
}

impl StartNextPendingJobExecutionFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](StartNextPendingJobExecutionError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(
        self,
    ) -> Result<StartNextPendingJobExecutionOutput, StartNextPendingJobExecutionError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &StartNextPendingJobExecutionInputBuilder {
        &self.inner
    }

    /// Name of the thing that asks for its next job.
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

    /// Name/value pairs to store with the execution status; if omitted, the stored details stay as they are. Each value may hold at most 1,024 characters.
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

    /// Minutes the device has to finish this step of the job. When the timer runs out before the execution reaches a final status, or before a later `UpdateJobExecution` call with status `IN_PROGRESS` and a new `stepTimeoutInMinutes` restarts it, the execution becomes `TIMED_OUT`. This timer is separate from the overall job timeout set by `timeoutConfig` in `CreateJob`.
    ///
    /// Allowed values: 1 to 10080 (one week).
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
}
