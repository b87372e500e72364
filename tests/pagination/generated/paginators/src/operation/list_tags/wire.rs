// Code generated from `tests/fixtures/paginators.json` by `cargo run -p pagination-tests --bin regenerate`. DO NOT EDIT.

//! restJson1 serialization of `ListTags`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "ListTags",
    "PagerService",
    &[::smithy_runtime::AuthMode::None],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::ListTagsInput,
) -> ::std::result::Result<super::ListTagsOutput, super::ListTagsError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::ListTagsInput,
) -> ::std::result::Result<
    ::smithy_runtime::http::HttpRequest,
    ::smithy_runtime::error::BuildError,
> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/tags");
    if let Some(value) = &input.next_token {
        uri.query("nextToken", value.to_string());
    }
    if let Some(value) = &input.max_results {
        uri.query("maxResults", value.to_string());
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
) -> ::std::result::Result<super::ListTagsOutput, super::ListTagsError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    #[derive(::serde::Deserialize, Default)]
    #[serde(default)]
    struct ResponseBody {
        #[serde(
            rename = "nextToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        next_token: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        tags: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    }
    let body: ResponseBody = ::smithy_runtime::protocol::wire::parse_body(response)?;
    Ok(super::ListTagsOutput {
        next_token: body.next_token,
        tags: body.tags,
    })
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::ListTagsError {
    super::ListTagsError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
