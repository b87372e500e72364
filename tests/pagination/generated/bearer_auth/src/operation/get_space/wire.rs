// Code generated from `tests/fixtures/bearer_auth.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `GetSpace`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "GetSpace",
    "CodeCatalystLike",
    &[::smithy_runtime::AuthMode::Bearer],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::GetSpaceInput,
) -> Result<super::GetSpaceOutput, super::GetSpaceError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::GetSpaceInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/v1/spaces/");
    let value = input
        .name
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "GetSpaceInput",
            "name",
        ))?;
    uri.label("GetSpaceInput", "name", value, false)?;
    let request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::GET,
        uri.build(""),
    );
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::GetSpaceOutput, super::GetSpaceError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        name: Option<String>,
        display_name: Option<String>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("GetSpaceResponse")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "name" => body.name = reader.string()?,
                    "displayName" => body.display_name = reader.string()?,
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::GetSpaceOutput {
        name: body.name.unwrap_or_default(),
        display_name: body.display_name,
    })
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::GetSpaceError {
    super::GetSpaceError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
