// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `DeleteThing`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "DeleteThing",
    "EndpointService",
    &[
        ::smithy_runtime::AuthMode::SigV4 {
            signing_name: "endpoints",
        },
    ],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::DeleteThingInput,
) -> Result<super::DeleteThingOutput, super::DeleteThingError> {
    let endpoint_params = crate::endpoint::ParamsBuilder::default()
        .set_bucket(input.bucket.clone())
        .set_stage(input.stage.clone())
        .set_stage(Some(String::from("pinned")));
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(
            client,
            &OPERATION,
            request,
            None,
            endpoint_params,
        )
        .await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::DeleteThingInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/things/");
    let value = input
        .bucket
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "DeleteThingInput",
            "Bucket",
        ))?;
    uri.label("DeleteThingInput", "Bucket", value, false)?;
    if let Some(value) = &input.stage {
        uri.query("stage", value);
    }
    let request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::DELETE,
        uri.build(""),
    );
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::DeleteThingOutput, super::DeleteThingError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }
    Ok(super::DeleteThingOutput {})
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::DeleteThingError {
    super::DeleteThingError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
