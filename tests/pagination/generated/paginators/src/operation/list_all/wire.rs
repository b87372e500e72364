// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `ListAll`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "ListAll",
    "PagerService",
    &[::smithy_runtime::AuthMode::None],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::ListAllInput,
) -> Result<super::ListAllOutput, super::ListAllError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::ListAllInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/all");
    if let Some(value) = &input.max_results {
        uri.query("max", value.to_string());
    }
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::GET,
        uri.build(""),
    );
    if let Some(value) = &input.next_token {
        if let Some(text) = Some(value.to_string()) {
            request
                .append_header("x-next-token", &text)
                .map_err(|_| ::smithy_runtime::error::BuildError::invalid_field(
                    "ListAllInput",
                    "nextToken",
                    "is not a valid HTTP header value",
                ))?;
        }
    }
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::ListAllOutput, super::ListAllError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        count: Option<i32>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("ListAllOutput")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "count" => body.count = reader.i32()?,
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::ListAllOutput {
        next_token: Result::<
            _,
            ::smithy_runtime::error::UnhandledError,
        >::Ok(::smithy_runtime::protocol::wire::header(response, "x-next-token"))?,
        count: body.count,
    })
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::ListAllError {
    super::ListAllError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
