// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `GetPendingJobExecutions`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "GetPendingJobExecutions",
    "IotLaserThingJobManagerExternalService",
    ::smithy_runtime::AuthMode::SigV4 {
        signing_name: "iot-jobs-data",
    },
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::GetPendingJobExecutionsInput,
) -> ::std::result::Result<
    super::GetPendingJobExecutionsOutput,
    super::GetPendingJobExecutionsError,
> {
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
) -> ::std::result::Result<
    ::smithy_runtime::http::HttpRequest,
    ::smithy_runtime::error::BuildError,
> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/things/");
    let value = input
        .thing_name
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "GetPendingJobExecutionsInput",
            "thingName",
        ))?;
    uri.label("GetPendingJobExecutionsInput", "thingName", &value.to_string(), false)?;
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
) -> ::std::result::Result<
    super::GetPendingJobExecutionsOutput,
    super::GetPendingJobExecutionsError,
> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    #[derive(::serde::Deserialize, Default)]
    #[serde(default)]
    struct ResponseBody {
        #[serde(
            rename = "inProgressJobs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        in_progress_jobs: ::std::option::Option<
            ::std::vec::Vec<crate::types::JobExecutionSummary>,
        >,
        #[serde(
            rename = "queuedJobs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        queued_jobs: ::std::option::Option<
            ::std::vec::Vec<crate::types::JobExecutionSummary>,
        >,
    }
    let body: ResponseBody = ::smithy_runtime::protocol::wire::parse_body(response)?;
    Ok(super::GetPendingJobExecutionsOutput {
        in_progress_jobs: body.in_progress_jobs,
        queued_jobs: body.queued_jobs,
    })
}

/// The operation error of an error response.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::GetPendingJobExecutionsError {
    let code = ::smithy_runtime::protocol::rest_json::error_code(response);
    match code.as_deref() {
        Some("CertificateValidationException") => {
            match ::smithy_runtime::protocol::wire::parse_error::<
                crate::error::CertificateValidationException,
            >(response) {
                Ok(error) => {
                    super::GetPendingJobExecutionsError::CertificateValidationException(
                        error,
                    )
                }
                Err(error) => super::GetPendingJobExecutionsError::Unhandled(error),
            }
        }
        Some("InvalidRequestException") => {
            match ::smithy_runtime::protocol::wire::parse_error::<
                crate::error::InvalidRequestException,
            >(response) {
                Ok(error) => {
                    super::GetPendingJobExecutionsError::InvalidRequestException(error)
                }
                Err(error) => super::GetPendingJobExecutionsError::Unhandled(error),
            }
        }
        Some("ResourceNotFoundException") => {
            match ::smithy_runtime::protocol::wire::parse_error::<
                crate::error::ResourceNotFoundException,
            >(response) {
                Ok(error) => {
                    super::GetPendingJobExecutionsError::ResourceNotFoundException(error)
                }
                Err(error) => super::GetPendingJobExecutionsError::Unhandled(error),
            }
        }
        Some("ServiceUnavailableException") => {
            match ::smithy_runtime::protocol::wire::parse_error::<
                crate::error::ServiceUnavailableException,
            >(response) {
                Ok(error) => {
                    super::GetPendingJobExecutionsError::ServiceUnavailableException(
                        error,
                    )
                }
                Err(error) => super::GetPendingJobExecutionsError::Unhandled(error),
            }
        }
        Some("ThrottlingException") => {
            match ::smithy_runtime::protocol::wire::parse_error::<
                crate::error::ThrottlingException,
            >(response) {
                Ok(error) => {
                    super::GetPendingJobExecutionsError::ThrottlingException(error)
                }
                Err(error) => super::GetPendingJobExecutionsError::Unhandled(error),
            }
        }
        _ => {
            super::GetPendingJobExecutionsError::Unhandled(
                ::smithy_runtime::protocol::rest_json::unhandled_error(response),
            )
        }
    }
}
