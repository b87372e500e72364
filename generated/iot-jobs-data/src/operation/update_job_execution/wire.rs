// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `UpdateJobExecution`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "UpdateJobExecution",
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
    input: super::UpdateJobExecutionInput,
) -> Result<super::UpdateJobExecutionOutput, super::UpdateJobExecutionError> {
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
    input: super::UpdateJobExecutionInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/things/");
    let value = input
        .thing_name
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "UpdateJobExecutionInput",
            "thingName",
        ))?;
    uri.label("UpdateJobExecutionInput", "thingName", value, false)?;
    uri.literal("/jobs/");
    let value = input
        .job_id
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "UpdateJobExecutionInput",
            "jobId",
        ))?;
    uri.label("UpdateJobExecutionInput", "jobId", value, false)?;
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        uri.build(""),
    );
    #[derive(::serde::Serialize)]
    struct RequestBody {
        #[serde(skip_serializing_if = "Option::is_none")]
        status: Option<crate::types::JobExecutionStatus>,
        #[serde(rename = "statusDetails", skip_serializing_if = "Option::is_none")]
        status_details: Option<::std::collections::HashMap<String, String>>,
        #[serde(
            rename = "stepTimeoutInMinutes",
            skip_serializing_if = "Option::is_none"
        )]
        step_timeout_in_minutes: Option<i64>,
        #[serde(rename = "expectedVersion", skip_serializing_if = "Option::is_none")]
        expected_version: Option<i64>,
        #[serde(
            rename = "includeJobExecutionState",
            skip_serializing_if = "Option::is_none"
        )]
        include_job_execution_state: Option<bool>,
        #[serde(rename = "includeJobDocument", skip_serializing_if = "Option::is_none")]
        include_job_document: Option<bool>,
        #[serde(rename = "executionNumber", skip_serializing_if = "Option::is_none")]
        execution_number: Option<i64>,
    }
    let body = RequestBody {
        status: input.status,
        status_details: input.status_details,
        step_timeout_in_minutes: input.step_timeout_in_minutes,
        expected_version: input.expected_version,
        include_job_execution_state: input.include_job_execution_state,
        include_job_document: input.include_job_document,
        execution_number: input.execution_number,
    };
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "UpdateJobExecutionInput",
        "application/json",
        ::smithy_runtime::protocol::wire::json_body("UpdateJobExecutionInput", &body)?,
    )?;
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::UpdateJobExecutionOutput, super::UpdateJobExecutionError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        execution_state: Option<crate::types::JobExecutionState>,
        job_document: Option<String>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("UpdateJobExecutionResponse")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "executionState" => {
                        body.execution_state = crate::de::read_job_execution_state(
                            reader,
                        )?;
                    }
                    "jobDocument" => body.job_document = reader.string()?,
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::UpdateJobExecutionOutput {
        execution_state: body.execution_state,
        job_document: body.job_document,
    })
}

/// The operation error of an error response.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::UpdateJobExecutionError {
    let meta = ::smithy_runtime::protocol::rest_json::error_metadata(response);
    match meta.code() {
        Some("CertificateValidationException") => {
            super::UpdateJobExecutionError::CertificateValidationException(
                crate::error::CertificateValidationException::from_response(
                    response,
                    meta,
                ),
            )
        }
        Some("InvalidRequestException") => {
            super::UpdateJobExecutionError::InvalidRequestException(
                crate::error::InvalidRequestException::from_response(response, meta),
            )
        }
        Some("InvalidStateTransitionException") => {
            super::UpdateJobExecutionError::InvalidStateTransitionException(
                crate::error::InvalidStateTransitionException::from_response(
                    response,
                    meta,
                ),
            )
        }
        Some("ResourceNotFoundException") => {
            super::UpdateJobExecutionError::ResourceNotFoundException(
                crate::error::ResourceNotFoundException::from_response(response, meta),
            )
        }
        Some("ServiceUnavailableException") => {
            super::UpdateJobExecutionError::ServiceUnavailableException(
                crate::error::ServiceUnavailableException::from_response(response, meta),
            )
        }
        Some("ThrottlingException") => {
            super::UpdateJobExecutionError::ThrottlingException(
                crate::error::ThrottlingException::from_response(response, meta),
            )
        }
        _ => {
            super::UpdateJobExecutionError::Unhandled(
                ::smithy_runtime::error::UnhandledError::from_service_metadata(
                    meta,
                    response.body.to_vec(),
                ),
            )
        }
    }
}
