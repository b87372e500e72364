// Code generated from `tests/fixtures/waiters.json` by `cargo run -p pagination-tests --bin regenerate`. DO NOT EDIT.

//! restJson1 serialization of `GetThing`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "GetThing",
    "WaiterService",
    &[::smithy_runtime::AuthMode::None],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::GetThingInput,
) -> ::std::result::Result<super::GetThingOutput, super::GetThingError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::GetThingInput,
) -> ::std::result::Result<
    ::smithy_runtime::http::HttpRequest,
    ::smithy_runtime::error::BuildError,
> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/things/");
    let value = input
        .name
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "GetThingInput",
            "name",
        ))?;
    uri.label("GetThingInput", "name", &value.to_string(), false)?;
    let request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::GET,
        uri.build(""),
    );
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> ::std::result::Result<super::GetThingOutput, super::GetThingError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    #[derive(::serde::Deserialize, Default)]
    #[serde(default)]
    struct ResponseBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        status: ::std::option::Option<crate::types::ThingStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        ready: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        count: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        details: ::std::option::Option<crate::types::Details>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        parts: ::std::option::Option<::std::vec::Vec<crate::types::Part>>,
    }
    let body: ResponseBody = ::smithy_runtime::protocol::wire::parse_body(response)?;
    Ok(super::GetThingOutput {
        name: body.name,
        status: body.status,
        ready: body.ready,
        count: body.count,
        details: body.details,
        parts: body.parts,
    })
}

/// The operation error of an error response.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::GetThingError {
    let code = ::smithy_runtime::protocol::rest_json::error_code(response);
    match code.as_deref() {
        Some("NotFound") => {
            match ::smithy_runtime::protocol::wire::parse_error::<
                crate::error::NotFound,
            >(response) {
                Ok(error) => super::GetThingError::NotFound(error),
                Err(error) => super::GetThingError::Unhandled(error),
            }
        }
        _ => {
            super::GetThingError::Unhandled(
                ::smithy_runtime::protocol::rest_json::unhandled_error(response),
            )
        }
    }
}
