// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `ListThings`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "ListThings",
    "PagerService",
    &[::smithy_runtime::AuthMode::None],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::ListThingsInput,
) -> Result<super::ListThingsOutput, super::ListThingsError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::ListThingsInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/things");
    if let Some(value) = &input.next_token {
        uri.query("nextToken", value);
    }
    if let Some(value) = &input.max_results {
        uri.query("maxResults", value.to_string());
    }
    if let Some(value) = &input.prefix {
        uri.query("prefix", value);
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
) -> Result<super::ListThingsOutput, super::ListThingsError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        next_token: Option<String>,
        things: Option<Vec<crate::types::Thing>>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("ListThingsOutput")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "nextToken" => body.next_token = reader.string()?,
                    "things" => body.things = crate::de::read_thing_list(reader)?,
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::ListThingsOutput {
        next_token: body.next_token,
        things: body.things,
    })
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::ListThingsError {
    super::ListThingsError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
