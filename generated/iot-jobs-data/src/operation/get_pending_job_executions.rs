// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Lists the job executions of a thing that have not yet reached a final status.
//!
//! The caller needs IAM permission for the `iot:GetPendingJobExecutions` action, see [IoT actions](https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiot.html#awsiot-actions-as-permissions).
mod wire;

/// The input of `GetPendingJobExecutions`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct GetPendingJobExecutionsInput {
    /// Name of the thing whose pending jobs are listed.
    #[serde(rename = "thingName", skip_serializing_if = "Option::is_none")]
    pub thing_name: Option<String>,
}

impl GetPendingJobExecutionsInput {
    /// A builder for [`GetPendingJobExecutionsInput`].
    pub fn builder() -> GetPendingJobExecutionsInputBuilder {
        GetPendingJobExecutionsInputBuilder::default()
    }
}

/// A builder for [`GetPendingJobExecutionsInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GetPendingJobExecutionsInputBuilder {
    thing_name: Option<String>,
}

impl GetPendingJobExecutionsInputBuilder {
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

    /// Builds the [`GetPendingJobExecutionsInput`].
    ///
    /// Fails when a required member is not set: `thingName`.
    pub fn build(
        self,
    ) -> Result<GetPendingJobExecutionsInput, ::smithy_runtime::error::BuildError> {
        if self.thing_name.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "GetPendingJobExecutionsInput",
                    "thingName",
                ),
            );
        }
        Ok(GetPendingJobExecutionsInput {
            thing_name: self.thing_name,
        })
    }
}

/// The output of `GetPendingJobExecutions`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct GetPendingJobExecutionsOutput {
    /// Summaries of the job executions that are currently `IN_PROGRESS`.
    #[serde(rename = "inProgressJobs", skip_serializing_if = "Option::is_none")]
    pub in_progress_jobs: Option<Vec<crate::types::JobExecutionSummary>>,
    /// Summaries of the job executions that are still `QUEUED`.
    #[serde(rename = "queuedJobs", skip_serializing_if = "Option::is_none")]
    pub queued_jobs: Option<Vec<crate::types::JobExecutionSummary>>,
}

impl GetPendingJobExecutionsOutput {
    /// A builder for [`GetPendingJobExecutionsOutput`].
    pub fn builder() -> GetPendingJobExecutionsOutputBuilder {
        GetPendingJobExecutionsOutputBuilder::default()
    }
}

/// A builder for [`GetPendingJobExecutionsOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GetPendingJobExecutionsOutputBuilder {
    in_progress_jobs: Option<Vec<crate::types::JobExecutionSummary>>,
    queued_jobs: Option<Vec<crate::types::JobExecutionSummary>>,
}

impl GetPendingJobExecutionsOutputBuilder {
    /// Sets `inProgressJobs`.
    pub fn in_progress_jobs(
        mut self,
        input: impl Into<Vec<crate::types::JobExecutionSummary>>,
    ) -> Self {
        self.in_progress_jobs = Some(input.into());
        self
    }

    /// Sets or clears `inProgressJobs`.
    pub fn set_in_progress_jobs(
        mut self,
        input: Option<Vec<crate::types::JobExecutionSummary>>,
    ) -> Self {
        self.in_progress_jobs = input;
        self
    }

    /// The value of `inProgressJobs` set so far.
    pub fn get_in_progress_jobs(
        &self,
    ) -> &Option<Vec<crate::types::JobExecutionSummary>> {
        &self.in_progress_jobs
    }

    /// Sets `queuedJobs`.
    pub fn queued_jobs(
        mut self,
        input: impl Into<Vec<crate::types::JobExecutionSummary>>,
    ) -> Self {
        self.queued_jobs = Some(input.into());
        self
    }

    /// Sets or clears `queuedJobs`.
    pub fn set_queued_jobs(
        mut self,
        input: Option<Vec<crate::types::JobExecutionSummary>>,
    ) -> Self {
        self.queued_jobs = input;
        self
    }

    /// The value of `queuedJobs` set so far.
    pub fn get_queued_jobs(&self) -> &Option<Vec<crate::types::JobExecutionSummary>> {
        &self.queued_jobs
    }

    /// Builds the [`GetPendingJobExecutionsOutput`].
    pub fn build(self) -> GetPendingJobExecutionsOutput {
        GetPendingJobExecutionsOutput {
            in_progress_jobs: self.in_progress_jobs,
            queued_jobs: self.queued_jobs,
        }
    }
}

/// An error of the `GetPendingJobExecutions` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPendingJobExecutionsError {
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

impl GetPendingJobExecutionsError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for GetPendingJobExecutionsError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        GetPendingJobExecutionsError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        GetPendingJobExecutionsError::code(self)
    }

    fn message(&self) -> Option<&str> {
        GetPendingJobExecutionsError::message(self)
    }
}

impl ::std::fmt::Display for GetPendingJobExecutionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for GetPendingJobExecutionsError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for GetPendingJobExecutionsError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<GetPendingJobExecutionsError> for crate::Error {
    fn from(error: GetPendingJobExecutionsError) -> Self {
        match error {
            GetPendingJobExecutionsError::CertificateValidationException(error) => {
                crate::Error::CertificateValidationException(error)
            }
            GetPendingJobExecutionsError::InvalidRequestException(error) => {
                crate::Error::InvalidRequestException(error)
            }
            GetPendingJobExecutionsError::ResourceNotFoundException(error) => {
                crate::Error::ResourceNotFoundException(error)
            }
            GetPendingJobExecutionsError::ServiceUnavailableException(error) => {
                crate::Error::ServiceUnavailableException(error)
            }
            GetPendingJobExecutionsError::ThrottlingException(error) => {
                crate::Error::ThrottlingException(error)
            }
            GetPendingJobExecutionsError::Unhandled(error) => {
                crate::Error::Unhandled(error)
            }
        }
    }
}

/// Builds a `GetPendingJobExecutions` call: set the input members, then send it.
///
/// Get one from [`Client::get_pending_job_executions`](crate::Client::get_pending_job_executions).
#[derive(Clone, Debug)]
pub struct GetPendingJobExecutionsFluentBuilder {
    client: crate::Client,
    inner: GetPendingJobExecutionsInputBuilder,
}

impl GetPendingJobExecutionsFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](GetPendingJobExecutionsError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(
        self,
    ) -> Result<GetPendingJobExecutionsOutput, GetPendingJobExecutionsError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &GetPendingJobExecutionsInputBuilder {
        &self.inner
    }

    /// Name of the thing whose pending jobs are listed.
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
}
