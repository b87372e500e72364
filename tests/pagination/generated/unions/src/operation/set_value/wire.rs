// Code generated from `tests/fixtures/unions.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `SetValue`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "SetValue",
    "UnionService",
    &[::smithy_runtime::AuthMode::None],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::SetValueInput,
) -> Result<super::SetValueOutput, super::SetValueError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::SetValueInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/value");
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        uri.build(""),
    );
    #[derive(::serde::Serialize)]
    struct RequestBody {
        #[serde(skip_serializing_if = "Option::is_none")]
        value: Option<crate::types::Value>,
    }
    let body = RequestBody { value: input.value };
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "SetValueInput",
        "application/json",
        ::smithy_runtime::protocol::wire::json_body("SetValueInput", &body)?,
    )?;
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::SetValueOutput, super::SetValueError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        previous: Option<crate::types::Value>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("SetValueOutput")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "previous" => body.previous = crate::de::read_value(reader)?,
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::SetValueOutput {
        previous: body.previous,
    })
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::SetValueError {
    super::SetValueError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
