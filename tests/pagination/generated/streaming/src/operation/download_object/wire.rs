// Code generated from `tests/fixtures/streaming.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `DownloadObject`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "DownloadObject",
    "ObjectStore",
    &[
        ::smithy_runtime::AuthMode::SigV4 {
            signing_name: "objectstore",
        },
    ],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::DownloadObjectInput,
) -> Result<super::DownloadObjectOutput, super::DownloadObjectError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send_streaming(
            client,
            &OPERATION,
            request.into(),
            None,
        )
        .await?;
    deserialize_response(response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::DownloadObjectInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/objects/");
    let value = input
        .key
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "DownloadObjectInput",
            "key",
        ))?;
    uri.label("DownloadObjectInput", "key", value, false)?;
    let request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::GET,
        uri.build(""),
    );
    Ok(request)
}

/// The output of a response (status, headers, and the body as a stream),
/// or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: ::smithy_runtime::http::StreamingHttpResponse,
) -> Result<super::DownloadObjectOutput, super::DownloadObjectError> {
    let (head, stream) = response.into_parts();
    let response = &head;
    if !response.is_success() {
        return Err(deserialize_error(response));
    }
    Ok(super::DownloadObjectOutput {
        body: stream,
        version: Result::<
            _,
            ::smithy_runtime::error::UnhandledError,
        >::Ok(::smithy_runtime::protocol::wire::header(response, "x-object-version"))?,
        content_length: ::smithy_runtime::protocol::wire::parse_header::<
            i64,
        >(response, "Content-Length")?,
    })
}

/// The operation error of an error response.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::DownloadObjectError {
    let meta = ::smithy_runtime::protocol::rest_json::error_metadata(response);
    match meta.code() {
        Some("NoSuchKey") => {
            super::DownloadObjectError::NoSuchKey(
                crate::error::NoSuchKey::from_response(response, meta),
            )
        }
        _ => {
            super::DownloadObjectError::Unhandled(
                ::smithy_runtime::error::UnhandledError::from_service_metadata(
                    meta,
                    response.body.to_vec(),
                ),
            )
        }
    }
}
