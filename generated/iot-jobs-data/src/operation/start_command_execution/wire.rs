// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `StartCommandExecution`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "StartCommandExecution",
    "IotLaserThingJobManagerExternalService",
    &[
        ::smithy_runtime::AuthMode::SigV4 {
            signing_name: "iot-jobs-data",
        },
    ],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::StartCommandExecutionInput,
) -> Result<super::StartCommandExecutionOutput, super::StartCommandExecutionError> {
    let endpoint_params = crate::endpoint::ParamsBuilder::default();
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(
            client,
            &OPERATION,
            request,
            None,
            endpoint_params,
        )
        .await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    mut input: super::StartCommandExecutionInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    if input.client_token.is_none() {
        input.client_token = Some(::smithy_runtime::protocol::wire::idempotency_token());
    }
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/command-executions");
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        uri.build(""),
    );
    #[derive(::serde::Serialize)]
    struct RequestBody {
        #[serde(rename = "targetArn", skip_serializing_if = "Option::is_none")]
        target_arn: Option<String>,
        #[serde(rename = "commandArn", skip_serializing_if = "Option::is_none")]
        command_arn: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        parameters: Option<
            ::std::collections::HashMap<String, crate::types::CommandParameterValue>,
        >,
        #[serde(
            rename = "executionTimeoutSeconds",
            skip_serializing_if = "Option::is_none"
        )]
        execution_timeout_seconds: Option<i64>,
        #[serde(rename = "clientToken", skip_serializing_if = "Option::is_none")]
        client_token: Option<String>,
    }
    let body = RequestBody {
        target_arn: input.target_arn,
        command_arn: input.command_arn,
        parameters: input.parameters,
        execution_timeout_seconds: input.execution_timeout_seconds,
        client_token: input.client_token,
    };
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "StartCommandExecutionInput",
        "application/json",
        ::smithy_runtime::protocol::wire::json_body("StartCommandExecutionInput", &body)?,
    )?;
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::StartCommandExecutionOutput, super::StartCommandExecutionError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        execution_id: Option<String>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("StartCommandExecutionResponse")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "executionId" => body.execution_id = reader.string()?,
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::StartCommandExecutionOutput {
        execution_id: body.execution_id,
    })
}

/// The operation error of an error response.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::StartCommandExecutionError {
    let meta = ::smithy_runtime::protocol::rest_json::error_metadata(response);
    match meta.code() {
        Some("ConflictException") => {
            super::StartCommandExecutionError::ConflictException(
                crate::error::ConflictException::from_response(response, meta),
            )
        }
        Some("InternalServerException") => {
            super::StartCommandExecutionError::InternalServerException(
                crate::error::InternalServerException::from_response(response, meta),
            )
        }
        Some("ResourceNotFoundException") => {
            super::StartCommandExecutionError::ResourceNotFoundException(
                crate::error::ResourceNotFoundException::from_response(response, meta),
            )
        }
        Some("ServiceQuotaExceededException") => {
            super::StartCommandExecutionError::ServiceQuotaExceededException(
                crate::error::ServiceQuotaExceededException::from_response(
                    response,
                    meta,
                ),
            )
        }
        Some("ThrottlingException") => {
            super::StartCommandExecutionError::ThrottlingException(
                crate::error::ThrottlingException::from_response(response, meta),
            )
        }
        Some("ValidationException") => {
            super::StartCommandExecutionError::ValidationException(
                crate::error::ValidationException::from_response(response, meta),
            )
        }
        _ => {
            super::StartCommandExecutionError::Unhandled(
                ::smithy_runtime::error::UnhandledError::from_service_metadata(
                    meta,
                    response.body.to_vec(),
                ),
            )
        }
    }
}
