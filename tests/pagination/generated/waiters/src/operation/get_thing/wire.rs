// Code generated from `tests/fixtures/waiters.json` by `cargo xtask codegen`. DO NOT EDIT.

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
) -> Result<super::GetThingOutput, super::GetThingError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::GetThingInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/things/");
    let value = input
        .name
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "GetThingInput",
            "name",
        ))?;
    uri.label("GetThingInput", "name", value, false)?;
    let request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::GET,
        uri.build(""),
    );
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::GetThingOutput, super::GetThingError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        name: Option<String>,
        status: Option<crate::types::ThingStatus>,
        ready: Option<bool>,
        count: Option<i32>,
        details: Option<crate::types::Details>,
        parts: Option<Vec<crate::types::Part>>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("GetThingOutput")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "name" => body.name = reader.string()?,
                    "status" => {
                        body.status = reader
                            .string()?
                            .map(crate::types::ThingStatus::from);
                    }
                    "ready" => body.ready = reader.bool()?,
                    "count" => body.count = reader.i32()?,
                    "details" => body.details = crate::de::read_details(reader)?,
                    "parts" => body.parts = crate::de::read_part_list(reader)?,
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
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
    let meta = ::smithy_runtime::protocol::rest_json::error_metadata(response);
    match meta.code() {
        Some("NotFound") => {
            super::GetThingError::NotFound(
                crate::error::NotFound::from_response(response, meta),
            )
        }
        _ => {
            super::GetThingError::Unhandled(
                ::smithy_runtime::error::UnhandledError::from_service_metadata(
                    meta,
                    response.body.to_vec(),
                ),
            )
        }
    }
}
