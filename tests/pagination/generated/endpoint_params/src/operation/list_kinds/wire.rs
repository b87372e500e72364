// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `ListKinds`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "ListKinds",
    "EndpointService",
    &[
        ::smithy_runtime::AuthMode::SigV4 {
            signing_name: "endpoints",
        },
    ],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::ListKindsInput,
) -> Result<super::ListKindsOutput, super::ListKindsError> {
    let endpoint_params = crate::endpoint::ParamsBuilder::default()
        .set_kind(Some(String::from("listing")));
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
    _input: super::ListKindsInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/kinds");
    let request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::GET,
        uri.build(""),
    );
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::ListKindsOutput, super::ListKindsError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }
    Ok(super::ListKindsOutput {})
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::ListKindsError {
    super::ListKindsError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
