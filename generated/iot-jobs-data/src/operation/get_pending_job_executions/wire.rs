// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `GetPendingJobExecutions`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "GetPendingJobExecutions",
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
    input: super::GetPendingJobExecutionsInput,
) -> Result<super::GetPendingJobExecutionsOutput, super::GetPendingJobExecutionsError> {
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
    input: super::GetPendingJobExecutionsInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/things/");
    let value = input
        .thing_name
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "GetPendingJobExecutionsInput",
            "thingName",
        ))?;
    uri.label("GetPendingJobExecutionsInput", "thingName", value, false)?;
    uri.literal("/jobs");
    let request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::GET,
        uri.build(""),
    );
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::GetPendingJobExecutionsOutput, super::GetPendingJobExecutionsError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        in_progress_jobs: Option<Vec<crate::types::JobExecutionSummary>>,
        queued_jobs: Option<Vec<crate::types::JobExecutionSummary>>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("GetPendingJobExecutionsResponse")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "inProgressJobs" => {
                        body.in_progress_jobs = crate::de::read_job_execution_summary_list(
                            reader,
                        )?;
                    }
                    "queuedJobs" => {
                        body.queued_jobs = crate::de::read_job_execution_summary_list(
                            reader,
                        )?;
                    }
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::GetPendingJobExecutionsOutput {
        in_progress_jobs: body.in_progress_jobs,
        queued_jobs: body.queued_jobs,
    })
}

/// The operation error of an error response.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::GetPendingJobExecutionsError {
    let meta = ::smithy_runtime::protocol::rest_json::error_metadata(response);
    match meta.code() {
        Some("CertificateValidationException") => {
            super::GetPendingJobExecutionsError::CertificateValidationException(
                crate::error::CertificateValidationException::from_response(
                    response,
                    meta,
                ),
            )
        }
        Some("InvalidRequestException") => {
            super::GetPendingJobExecutionsError::InvalidRequestException(
                crate::error::InvalidRequestException::from_response(response, meta),
            )
        }
        Some("ResourceNotFoundException") => {
            super::GetPendingJobExecutionsError::ResourceNotFoundException(
                crate::error::ResourceNotFoundException::from_response(response, meta),
            )
        }
        Some("ServiceUnavailableException") => {
            super::GetPendingJobExecutionsError::ServiceUnavailableException(
                crate::error::ServiceUnavailableException::from_response(response, meta),
            )
        }
        Some("ThrottlingException") => {
            super::GetPendingJobExecutionsError::ThrottlingException(
                crate::error::ThrottlingException::from_response(response, meta),
            )
        }
        _ => {
            super::GetPendingJobExecutionsError::Unhandled(
                ::smithy_runtime::error::UnhandledError::from_service_metadata(
                    meta,
                    response.body.to_vec(),
                ),
            )
        }
    }
}
