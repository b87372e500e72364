// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Returns the details of one job execution for a thing.
//!
//! The caller needs IAM permission for the `iot:DescribeJobExecution` action, see [IoT actions](https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiot.html#awsiot-actions-as-permissions).
mod wire;

/// The input of `DescribeJobExecution`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct DescribeJobExecutionInput {
    /// ID of the job, as chosen when the job was created.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// Name of the thing whose device runs the job execution.
    #[serde(rename = "thingName", skip_serializing_if = "Option::is_none")]
    pub thing_name: Option<String>,
    /// Whether to return the job document. It is returned unless you pass `false`.
    #[serde(rename = "includeJobDocument", skip_serializing_if = "Option::is_none")]
    pub include_job_document: Option<bool>,
    /// Selects one execution of the job on this device. When left out, the most recent execution is used.
    #[serde(rename = "executionNumber", skip_serializing_if = "Option::is_none")]
    pub execution_number: Option<i64>,
}

impl DescribeJobExecutionInput {
    /// A builder for [`DescribeJobExecutionInput`].
    pub fn builder() -> DescribeJobExecutionInputBuilder {
        DescribeJobExecutionInputBuilder::default()
    }
}

/// A builder for [`DescribeJobExecutionInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DescribeJobExecutionInputBuilder {
    job_id: Option<String>,
    thing_name: Option<String>,
    include_job_document: Option<bool>,
    execution_number: Option<i64>,
}

impl DescribeJobExecutionInputBuilder {
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

    /// Builds the [`DescribeJobExecutionInput`].
    ///
    /// Fails when a required member is not set: `jobId`, `thingName`.
    pub fn build(
        self,
    ) -> Result<DescribeJobExecutionInput, ::smithy_runtime::error::BuildError> {
        if self.job_id.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "DescribeJobExecutionInput",
                    "jobId",
                ),
            );
        }
        if self.thing_name.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "DescribeJobExecutionInput",
                    "thingName",
                ),
            );
        }
        Ok(DescribeJobExecutionInput {
            job_id: self.job_id,
            thing_name: self.thing_name,
            include_job_document: self.include_job_document,
            execution_number: self.execution_number,
        })
    }
}

/// The output of `DescribeJobExecution`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct DescribeJobExecutionOutput {
    /// The requested job execution.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution: Option<crate::types::JobExecution>,
}

impl DescribeJobExecutionOutput {
    /// A builder for [`DescribeJobExecutionOutput`].
    pub fn builder() -> DescribeJobExecutionOutputBuilder {
        DescribeJobExecutionOutputBuilder::default()
    }
}

/// A builder for [`DescribeJobExecutionOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DescribeJobExecutionOutputBuilder {
    execution: Option<crate::types::JobExecution>,
}

impl DescribeJobExecutionOutputBuilder {
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

    /// Builds the [`DescribeJobExecutionOutput`].
    pub fn build(self) -> DescribeJobExecutionOutput {
        DescribeJobExecutionOutput {
            execution: self.execution,
        }
    }
}

/// An error of the `DescribeJobExecution` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeJobExecutionError {
    /// The client certificate was not accepted.
    CertificateValidationException(crate::error::CertificateValidationException),
    /// The request was malformed or contained bad values.
    InvalidRequestException(crate::error::InvalidRequestException),
    /// No resource matches the given identifiers.
    ResourceNotFoundException(crate::error::ResourceNotFoundException),
    /// The service cannot handle requests right now; try again later.
    ServiceUnavailableException(crate::error::ServiceUnavailableException),
    /// The job execution has already reached a final status.
    TerminalStateException(crate::error::TerminalStateException),
    /// Too many requests were sent in a short time.
    ThrottlingException(crate::error::ThrottlingException),
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl DescribeJobExecutionError {
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
            Self::CertificateValidationException(error) => error,
            Self::InvalidRequestException(error) => error,
            Self::ResourceNotFoundException(error) => error,
            Self::ServiceUnavailableException(error) => error,
            Self::TerminalStateException(error) => error,
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

impl ::smithy_runtime::error::ProvideErrorMetadata for DescribeJobExecutionError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        DescribeJobExecutionError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        DescribeJobExecutionError::code(self)
    }

    fn message(&self) -> Option<&str> {
        DescribeJobExecutionError::message(self)
    }
}

impl ::std::fmt::Display for DescribeJobExecutionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for DescribeJobExecutionError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for DescribeJobExecutionError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<DescribeJobExecutionError> for crate::Error {
    fn from(error: DescribeJobExecutionError) -> Self {
        match error {
            DescribeJobExecutionError::CertificateValidationException(error) => {
                crate::Error::CertificateValidationException(error)
            }
            DescribeJobExecutionError::InvalidRequestException(error) => {
                crate::Error::InvalidRequestException(error)
            }
            DescribeJobExecutionError::ResourceNotFoundException(error) => {
                crate::Error::ResourceNotFoundException(error)
            }
            DescribeJobExecutionError::ServiceUnavailableException(error) => {
                crate::Error::ServiceUnavailableException(error)
            }
            DescribeJobExecutionError::TerminalStateException(error) => {
                crate::Error::TerminalStateException(error)
            }
            DescribeJobExecutionError::ThrottlingException(error) => {
                crate::Error::ThrottlingException(error)
            }
            DescribeJobExecutionError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `DescribeJobExecution` call: set the input members, then send it.
///
/// Get one from [`Client::describe_job_execution`](crate::Client::describe_job_execution).
#[derive(Clone, Debug)]
pub struct DescribeJobExecutionFluentBuilder {
    client: crate::Client,
    inner: DescribeJobExecutionInputBuilder,
}

impl DescribeJobExecutionFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](DescribeJobExecutionError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(
        self,
    ) -> Result<DescribeJobExecutionOutput, DescribeJobExecutionError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &DescribeJobExecutionInputBuilder {
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

    /// Name of the thing whose device runs the job execution.
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

    /// Whether to return the job document. It is returned unless you pass `false`.
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

    /// Selects one execution of the job on this device. When left out, the most recent execution is used.
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
