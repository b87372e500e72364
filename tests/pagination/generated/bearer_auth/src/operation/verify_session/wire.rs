// Code generated from `tests/fixtures/bearer_auth.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `VerifySession`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "VerifySession",
    "CodeCatalystLike",
    &[::smithy_runtime::AuthMode::Bearer, ::smithy_runtime::AuthMode::None],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::VerifySessionInput,
) -> Result<super::VerifySessionOutput, super::VerifySessionError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    _input: super::VerifySessionInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/session");
    let request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::GET,
        uri.build(""),
    );
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::VerifySessionOutput, super::VerifySessionError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        identity: Option<String>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("VerifySessionResponse")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "identity" => body.identity = reader.string()?,
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::VerifySessionOutput {
        identity: body.identity,
    })
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::VerifySessionError {
    super::VerifySessionError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
