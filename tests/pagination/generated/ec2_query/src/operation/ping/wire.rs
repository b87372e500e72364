// Code generated from `tests/fixtures/ec2_query.json` by `cargo xtask codegen`. DO NOT EDIT.

//! ec2Query serialization of `Ping`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
        "Ping",
        "FleetService",
        &[
            ::smithy_runtime::AuthMode::SigV4 {
                signing_name: "fleet",
            },
        ],
    )
    .with_protocol(::smithy_runtime::protocol::Protocol::Ec2Query);
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
    let writer = ::smithy_runtime::protocol::query_writer::QueryWriter::new(
        "Ping",
        "2016-11-15",
    );
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        "/",
    );
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "PingInput",
        ::smithy_runtime::protocol::query_writer::CONTENT_TYPE,
        writer.finish(),
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
    Ok(super::PingOutput::default())
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::PingError {
    super::PingError::Unhandled(
        ::smithy_runtime::protocol::ec2_query::unhandled_error(response),
    )
}
