// Code generated from `tests/fixtures/streaming.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `UploadObject`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
        "UploadObject",
        "ObjectStore",
        &[
            ::smithy_runtime::AuthMode::SigV4 {
                signing_name: "objectstore",
            },
        ],
    )
    .with_unsigned_payload(true);
/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::UploadObjectInput,
) -> Result<super::UploadObjectOutput, super::UploadObjectError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send_streaming(client, &OPERATION, request, None)
        .await?;
    let response = response
        .into_buffered()
        .await
        .map_err(::smithy_runtime::error::UnhandledError::transport)?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::UploadObjectInput,
) -> Result<
    ::smithy_runtime::http::StreamingHttpRequest,
    ::smithy_runtime::error::BuildError,
> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/objects/");
    let value = input
        .key
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "UploadObjectInput",
            "key",
        ))?;
    uri.label("UploadObjectInput", "key", value, false)?;
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::PUT,
        uri.build(""),
    );
    if let Some(value) = &input.content_type {
        if let Some(text) = Some(value.to_string()) {
            request
                .append_header("Content-Type", &text)
                .map_err(|_| ::smithy_runtime::error::BuildError::invalid_field(
                    "UploadObjectInput",
                    "contentType",
                    "is not a valid HTTP header value",
                ))?;
        }
    }
    let body = match input.body {
        Some(body) => {
            ::smithy_runtime::protocol::wire::set_streaming_body(
                &mut request,
                "UploadObjectInput",
                "body",
                "application/octet-stream",
                &body,
                false,
            )?;
            body
        }
        None => ::smithy_runtime::ByteStream::default(),
    };
    Ok(::smithy_runtime::http::StreamingHttpRequest::from_parts(request, body))
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::UploadObjectOutput, super::UploadObjectError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }
    Ok(super::UploadObjectOutput {
        etag: Result::<
            _,
            ::smithy_runtime::error::UnhandledError,
        >::Ok(::smithy_runtime::protocol::wire::header(response, "ETag"))?,
    })
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::UploadObjectError {
    super::UploadObjectError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
