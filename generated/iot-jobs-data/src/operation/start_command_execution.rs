// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Runs a command, previously defined with `CreateCommand`, on one target device.
mod wire;

/// The input of `StartCommandExecution`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct StartCommandExecutionInput {
    /// ARN of the device that should run the command.
    #[serde(rename = "targetArn", skip_serializing_if = "Option::is_none")]
    pub target_arn: Option<String>,
    /// ARN of the command to run, in the form `arn:aws:iot:REGION:ACCOUNT_ID:command/COMMAND_NAME`.
    #[serde(rename = "commandArn", skip_serializing_if = "Option::is_none")]
    pub command_arn: Option<String>,
    /// Named parameter values that the command needs when it runs on the device.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<
        ::std::collections::HashMap<String, crate::types::CommandParameterValue>,
    >,
    /// How many seconds the device gets to complete the command execution, counted from its creation. If no final status is reported in time, the execution becomes `TIMED_OUT`.
    #[serde(rename = "executionTimeoutSeconds", skip_serializing_if = "Option::is_none")]
    pub execution_timeout_seconds: Option<i64>,
    /// Idempotency token. Repeating a call with the same token and the same input succeeds without starting a second execution; reusing the token with different input fails with an HTTP 409 conflict. SDKs fill in a random token when you leave it out.
    #[serde(rename = "clientToken", skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl StartCommandExecutionInput {
    /// A builder for [`StartCommandExecutionInput`].
    pub fn builder() -> StartCommandExecutionInputBuilder {
        StartCommandExecutionInputBuilder::default()
    }
}

/// A builder for [`StartCommandExecutionInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct StartCommandExecutionInputBuilder {
    target_arn: Option<String>,
    command_arn: Option<String>,
    parameters: Option<
        ::std::collections::HashMap<String, crate::types::CommandParameterValue>,
    >,
    execution_timeout_seconds: Option<i64>,
    client_token: Option<String>,
}

impl StartCommandExecutionInputBuilder {
    /// Sets `targetArn`. Required.
    pub fn target_arn(mut self, input: impl Into<String>) -> Self {
        self.target_arn = Some(input.into());
        self
    }

    /// Sets or clears `targetArn`.
    pub fn set_target_arn(mut self, input: Option<String>) -> Self {
        self.target_arn = input;
        self
    }

    /// The value of `targetArn` set so far.
    pub fn get_target_arn(&self) -> &Option<String> {
        &self.target_arn
    }

    /// Sets `commandArn`. Required.
    pub fn command_arn(mut self, input: impl Into<String>) -> Self {
        self.command_arn = Some(input.into());
        self
    }

    /// Sets or clears `commandArn`.
    pub fn set_command_arn(mut self, input: Option<String>) -> Self {
        self.command_arn = input;
        self
    }

    /// The value of `commandArn` set so far.
    pub fn get_command_arn(&self) -> &Option<String> {
        &self.command_arn
    }

    /// Sets `parameters`.
    pub fn parameters(
        mut self,
        input: impl Into<
            ::std::collections::HashMap<String, crate::types::CommandParameterValue>,
        >,
    ) -> Self {
        self.parameters = Some(input.into());
        self
    }

    /// Sets or clears `parameters`.
    pub fn set_parameters(
        mut self,
        input: Option<
            ::std::collections::HashMap<String, crate::types::CommandParameterValue>,
        >,
    ) -> Self {
        self.parameters = input;
        self
    }

    /// The value of `parameters` set so far.
    pub fn get_parameters(
        &self,
    ) -> &Option<
        ::std::collections::HashMap<String, crate::types::CommandParameterValue>,
    > {
        &self.parameters
    }

    /// Sets `executionTimeoutSeconds`.
    pub fn execution_timeout_seconds(mut self, input: impl Into<i64>) -> Self {
        self.execution_timeout_seconds = Some(input.into());
        self
    }

    /// Sets or clears `executionTimeoutSeconds`.
    pub fn set_execution_timeout_seconds(mut self, input: Option<i64>) -> Self {
        self.execution_timeout_seconds = input;
        self
    }

    /// The value of `executionTimeoutSeconds` set so far.
    pub fn get_execution_timeout_seconds(&self) -> &Option<i64> {
        &self.execution_timeout_seconds
    }

    /// Sets `clientToken`.
    pub fn client_token(mut self, input: impl Into<String>) -> Self {
        self.client_token = Some(input.into());
        self
    }

    /// Sets or clears `clientToken`.
    pub fn set_client_token(mut self, input: Option<String>) -> Self {
        self.client_token = input;
        self
    }

    /// The value of `clientToken` set so far.
    pub fn get_client_token(&self) -> &Option<String> {
        &self.client_token
    }

    /// Builds the [`StartCommandExecutionInput`].
    ///
    /// Fails when a required member is not set: `targetArn`, `commandArn`.
    pub fn build(
        self,
    ) -> Result<StartCommandExecutionInput, ::smithy_runtime::error::BuildError> {
        if self.target_arn.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "StartCommandExecutionInput",
                    "targetArn",
                ),
            );
        }
        if self.command_arn.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "StartCommandExecutionInput",
                    "commandArn",
                ),
            );
        }
        Ok(StartCommandExecutionInput {
            target_arn: self.target_arn,
            command_arn: self.command_arn,
            parameters: self.parameters,
            execution_timeout_seconds: self.execution_timeout_seconds,
            client_token: self.client_token,
        })
    }
}

/// The output of `StartCommandExecution`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct StartCommandExecutionOutput {
    /// ID of the newly started command execution.
    #[serde(rename = "executionId", skip_serializing_if = "Option::is_none")]
    pub execution_id: Option<String>,
}

impl StartCommandExecutionOutput {
    /// A builder for [`StartCommandExecutionOutput`].
    pub fn builder() -> StartCommandExecutionOutputBuilder {
        StartCommandExecutionOutputBuilder::default()
    }
}

/// A builder for [`StartCommandExecutionOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct StartCommandExecutionOutputBuilder {
    execution_id: Option<String>,
}

impl StartCommandExecutionOutputBuilder {
    /// Sets `executionId`.
    pub fn execution_id(mut self, input: impl Into<String>) -> Self {
        self.execution_id = Some(input.into());
        self
    }

    /// Sets or clears `executionId`.
    pub fn set_execution_id(mut self, input: Option<String>) -> Self {
        self.execution_id = input;
        self
    }

    /// The value of `executionId` set so far.
    pub fn get_execution_id(&self) -> &Option<String> {
        &self.execution_id
    }

    /// Builds the [`StartCommandExecutionOutput`].
    pub fn build(self) -> StartCommandExecutionOutput {
        StartCommandExecutionOutput {
            execution_id: self.execution_id,
        }
    }
}

/// An error of the `StartCommandExecution` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum StartCommandExecutionError {
    /// The request clashes with the current state of a resource.
    ConflictException(crate::error::ConflictException),
    /// The service hit an unexpected internal failure.
    InternalServerException(crate::error::InternalServerException),
    /// No resource matches the given identifiers.
    ResourceNotFoundException(crate::error::ResourceNotFoundException),
    /// Performing the request would go over a service quota.
    ServiceQuotaExceededException(crate::error::ServiceQuotaExceededException),
    /// Too many requests were sent in a short time.
    ThrottlingException(crate::error::ThrottlingException),
    /// The input did not pass validation.
    ValidationException(crate::error::ValidationException),
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl StartCommandExecutionError {
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
            Self::ConflictException(error) => error,
            Self::InternalServerException(error) => error,
            Self::ResourceNotFoundException(error) => error,
            Self::ServiceQuotaExceededException(error) => error,
            Self::ThrottlingException(error) => error,
            Self::ValidationException(error) => error,
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

impl ::smithy_runtime::error::ProvideErrorMetadata for StartCommandExecutionError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        StartCommandExecutionError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        StartCommandExecutionError::code(self)
    }

    fn message(&self) -> Option<&str> {
        StartCommandExecutionError::message(self)
    }
}

impl ::std::fmt::Display for StartCommandExecutionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for StartCommandExecutionError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for StartCommandExecutionError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<StartCommandExecutionError> for crate::Error {
    fn from(error: StartCommandExecutionError) -> Self {
        match error {
            StartCommandExecutionError::ConflictException(error) => {
                crate::Error::ConflictException(error)
            }
            StartCommandExecutionError::InternalServerException(error) => {
                crate::Error::InternalServerException(error)
            }
            StartCommandExecutionError::ResourceNotFoundException(error) => {
                crate::Error::ResourceNotFoundException(error)
            }
            StartCommandExecutionError::ServiceQuotaExceededException(error) => {
                crate::Error::ServiceQuotaExceededException(error)
            }
            StartCommandExecutionError::ThrottlingException(error) => {
                crate::Error::ThrottlingException(error)
            }
            StartCommandExecutionError::ValidationException(error) => {
                crate::Error::ValidationException(error)
            }
            StartCommandExecutionError::Unhandled(error) => {
                crate::Error::Unhandled(error)
            }
        }
    }
}

/// Builds a `StartCommandExecution` call: set the input members, then send it.
///
/// Get one from [`Client::start_command_execution`](crate::Client::start_command_execution).
#[derive(Clone, Debug)]
pub struct StartCommandExecutionFluentBuilder {
    client: crate::Client,
    inner: StartCommandExecutionInputBuilder,
}

impl StartCommandExecutionFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](StartCommandExecutionError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(
        self,
    ) -> Result<StartCommandExecutionOutput, StartCommandExecutionError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &StartCommandExecutionInputBuilder {
        &self.inner
    }

    /// ARN of the device that should run the command.
    pub fn target_arn(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.target_arn(input);
        self
    }

    /// Sets or clears `targetArn`.
    pub fn set_target_arn(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_target_arn(input);
        self
    }

    /// The value of `targetArn` set so far.
    pub fn get_target_arn(&self) -> &Option<String> {
        self.inner.get_target_arn()
    }

    /// ARN of the command to run, in the form `arn:aws:iot:REGION:ACCOUNT_ID:command/COMMAND_NAME`.
    pub fn command_arn(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.command_arn(input);
        self
    }

    /// Sets or clears `commandArn`.
    pub fn set_command_arn(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_command_arn(input);
        self
    }

    /// The value of `commandArn` set so far.
    pub fn get_command_arn(&self) -> &Option<String> {
        self.inner.get_command_arn()
    }

    /// Named parameter values that the command needs when it runs on the device.
    pub fn parameters(
        mut self,
        input: impl Into<
            ::std::collections::HashMap<String, crate::types::CommandParameterValue>,
        >,
    ) -> Self {
        self.inner = self.inner.parameters(input);
        self
    }

    /// Sets or clears `parameters`.
    pub fn set_parameters(
        mut self,
        input: Option<
            ::std::collections::HashMap<String, crate::types::CommandParameterValue>,
        >,
    ) -> Self {
        self.inner = self.inner.set_parameters(input);
        self
    }

    /// The value of `parameters` set so far.
    pub fn get_parameters(
        &self,
    ) -> &Option<
        ::std::collections::HashMap<String, crate::types::CommandParameterValue>,
    > {
        self.inner.get_parameters()
    }

    /// How many seconds the device gets to complete the command execution, counted from its creation. If no final status is reported in time, the execution becomes `TIMED_OUT`.
    pub fn execution_timeout_seconds(mut self, input: impl Into<i64>) -> Self {
        self.inner = self.inner.execution_timeout_seconds(input);
        self
    }

    /// Sets or clears `executionTimeoutSeconds`.
    pub fn set_execution_timeout_seconds(mut self, input: Option<i64>) -> Self {
        self.inner = self.inner.set_execution_timeout_seconds(input);
        self
    }

    /// The value of `executionTimeoutSeconds` set so far.
    pub fn get_execution_timeout_seconds(&self) -> &Option<i64> {
        self.inner.get_execution_timeout_seconds()
    }

    /// Idempotency token. Repeating a call with the same token and the same input succeeds without starting a second execution; reusing the token with different input fails with an HTTP 409 conflict. SDKs fill in a random token when you leave it out.
    pub fn client_token(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.client_token(input);
        self
    }

    /// Sets or clears `clientToken`.
    pub fn set_client_token(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_client_token(input);
        self
    }

    /// The value of `clientToken` set so far.
    pub fn get_client_token(&self) -> &Option<String> {
        self.inner.get_client_token()
    }
}
