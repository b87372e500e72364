// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `DescribeJobExecution`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "DescribeJobExecution",
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
    input: super::DescribeJobExecutionInput,
) -> Result<super::DescribeJobExecutionOutput, super::DescribeJobExecutionError> {
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
    input: super::DescribeJobExecutionInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/things/");
    let value = input
        .thing_name
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "DescribeJobExecutionInput",
            "thingName",
        ))?;
    uri.label("DescribeJobExecutionInput", "thingName", value, false)?;
    uri.literal("/jobs/");
    let value = input
        .job_id
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "DescribeJobExecutionInput",
            "jobId",
        ))?;
    uri.label("DescribeJobExecutionInput", "jobId", value, false)?;
    if let Some(value) = &input.include_job_document {
        uri.query("includeJobDocument", value.to_string());
    }
    if let Some(value) = &input.execution_number {
        uri.query("executionNumber", value.to_string());
    }
    let request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::GET,
        uri.build(""),
    );
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::DescribeJobExecutionOutput, super::DescribeJobExecutionError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        execution: Option<crate::types::JobExecution>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("DescribeJobExecutionResponse")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "execution" => {
                        body.execution = crate::de::read_job_execution(reader)?;
                    }
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::DescribeJobExecutionOutput {
        execution: body.execution,
    })
}

/// The operation error of an error response.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::DescribeJobExecutionError {
    let meta = ::smithy_runtime::protocol::rest_json::error_metadata(response);
    match meta.code() {
        Some("CertificateValidationException") => {
            super::DescribeJobExecutionError::CertificateValidationException(
                crate::error::CertificateValidationException::from_response(
                    response,
                    meta,
                ),
            )
        }
        Some("InvalidRequestException") => {
            super::DescribeJobExecutionError::InvalidRequestException(
                crate::error::InvalidRequestException::from_response(response, meta),
            )
        }
        Some("ResourceNotFoundException") => {
            super::DescribeJobExecutionError::ResourceNotFoundException(
                crate::error::ResourceNotFoundException::from_response(response, meta),
            )
        }
        Some("ServiceUnavailableException") => {
            super::DescribeJobExecutionError::ServiceUnavailableException(
                crate::error::ServiceUnavailableException::from_response(response, meta),
            )
        }
        Some("TerminalStateException") => {
            super::DescribeJobExecutionError::TerminalStateException(
                crate::error::TerminalStateException::from_response(response, meta),
            )
        }
        Some("ThrottlingException") => {
            super::DescribeJobExecutionError::ThrottlingException(
                crate::error::ThrottlingException::from_response(response, meta),
            )
        }
        _ => {
            super::DescribeJobExecutionError::Unhandled(
                ::smithy_runtime::error::UnhandledError::from_service_metadata(
                    meta,
                    response.body.to_vec(),
                ),
            )
        }
    }
}
