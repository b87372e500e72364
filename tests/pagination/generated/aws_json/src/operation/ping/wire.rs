// Code generated from `tests/fixtures/aws_json.json` by `cargo xtask codegen`. DO NOT EDIT.

//! awsJson1_0 serialization of `Ping`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
        "Ping",
        "LedgerService",
        &[
            ::smithy_runtime::AuthMode::SigV4 {
                signing_name: "ledger",
            },
        ],
    )
    .with_protocol(::smithy_runtime::protocol::Protocol::AwsJson1_0);
/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::PingInput,
) -> Result<super::PingOutput, super::PingError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    _input: super::PingInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        "/",
    );
    request
        .append_header("X-Amz-Target", "LedgerService.Ping")
        .map_err(|_| ::smithy_runtime::error::BuildError::invalid_field(
            "PingInput",
            "X-Amz-Target",
            "is not a valid HTTP header value",
        ))?;
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "PingInput",
        "application/x-amz-json-1.0",
        b"{}".to_vec(),
    )?;
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::PingOutput, super::PingError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }
    Ok(super::PingOutput {})
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::PingError {
    super::PingError::Unhandled(
        ::smithy_runtime::protocol::aws_json::unhandled_error(response),
    )
}
