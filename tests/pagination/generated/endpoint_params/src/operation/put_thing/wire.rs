// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `PutThing`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "PutThing",
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
    input: super::PutThingInput,
) -> Result<super::PutThingOutput, super::PutThingError> {
    let endpoint_params = crate::endpoint::ParamsBuilder::default()
        .set_stage(input.stage.clone())
        .set_single(
            input.nested.as_ref().and_then(|v| v.name.as_deref()).map(ToOwned::to_owned),
        )
        .set_tag_keys(
            input
                .tags
                .as_ref()
                .map(|v| v.keys().map(|k| k.as_str()).collect::<Vec<_>>())
                .map(|v| v.into_iter().map(ToOwned::to_owned).collect()),
        )
        .set_names(
            input
                .items
                .as_ref()
                .map(|x| x.iter().collect::<Vec<_>>())
                .map(|v| {
                    v
                        .into_iter()
                        .filter_map(|item| item.name.as_deref())
                        .collect::<Vec<_>>()
                })
                .map(|v| v.into_iter().map(ToOwned::to_owned).collect()),
        );
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
    input: super::PutThingInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/things");
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        uri.build(""),
    );
    #[derive(::serde::Serialize)]
    struct RequestBody {
        #[serde(rename = "Stage", skip_serializing_if = "Option::is_none")]
        stage: Option<String>,
        #[serde(rename = "Nested", skip_serializing_if = "Option::is_none")]
        nested: Option<crate::types::Nested>,
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        tags: Option<::std::collections::HashMap<String, String>>,
        #[serde(rename = "Items", skip_serializing_if = "Option::is_none")]
        items: Option<Vec<crate::types::Item>>,
    }
    let body = RequestBody {
        stage: input.stage,
        nested: input.nested,
        tags: input.tags,
        items: input.items,
    };
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "PutThingInput",
        "application/json",
        ::smithy_runtime::protocol::wire::json_body("PutThingInput", &body)?,
    )?;
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::PutThingOutput, super::PutThingError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }
    Ok(super::PutThingOutput {})
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::PutThingError {
    super::PutThingError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
