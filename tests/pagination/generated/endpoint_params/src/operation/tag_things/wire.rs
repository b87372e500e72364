// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `TagThings`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "TagThings",
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
    input: super::TagThingsInput,
) -> Result<super::TagThingsOutput, super::TagThingsError> {
    let endpoint_params = crate::endpoint::ParamsBuilder::default()
        .set_aliases(
            input
                .items
                .as_ref()
                .map(|x| x.iter().collect::<Vec<_>>())
                .map(|v| {
                    v
                        .into_iter()
                        .map(|item| {
                            [item.name.as_deref(), item.alias.as_deref()]
                                .into_iter()
                                .flatten()
                                .collect::<Vec<_>>()
                        })
                        .collect::<Vec<_>>()
                })
                .map(|v| v.into_iter().flatten().collect::<Vec<_>>())
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
    input: super::TagThingsInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/tags");
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        uri.build(""),
    );
    #[derive(::serde::Serialize)]
    struct RequestBody {
        #[serde(rename = "Items", skip_serializing_if = "Option::is_none")]
        items: Option<Vec<crate::types::Item>>,
    }
    let body = RequestBody { items: input.items };
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "TagThingsInput",
        "application/json",
        ::smithy_runtime::protocol::wire::json_body("TagThingsInput", &body)?,
    )?;
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::TagThingsOutput, super::TagThingsError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }
    Ok(super::TagThingsOutput {})
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::TagThingsError {
    super::TagThingsError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
