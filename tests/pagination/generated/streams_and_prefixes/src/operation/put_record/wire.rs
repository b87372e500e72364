// Code generated from `tests/fixtures/streams_and_prefixes.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `PutRecord`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "PutRecord",
    "StreamService",
    &[
        ::smithy_runtime::AuthMode::SigV4 {
            signing_name: "streams",
        },
    ],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::PutRecordInput,
) -> Result<super::PutRecordOutput, super::PutRecordError> {
    let mut prefix = String::new();
    let value = input.account_id.as_deref().unwrap_or_default();
    if value.is_empty() {
        return Err(
            ::smithy_runtime::error::UnhandledError::from(
                    ::smithy_runtime::error::BuildError::missing_field(
                        "PutRecordInput",
                        "accountId",
                    ),
                )
                .into(),
        );
    }
    prefix.push_str(value);
    prefix.push_str(".data.");
    let host_prefix = prefix;
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(
            client,
            &OPERATION,
            request,
            Some(host_prefix.as_str()),
        )
        .await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::PutRecordInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/records");
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        uri.build(""),
    );
    #[derive(::serde::Serialize)]
    struct RequestBody {
        #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
        account_id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        data: Option<::smithy_runtime::Blob>,
    }
    let body = RequestBody {
        account_id: input.account_id,
        data: input.data,
    };
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "PutRecordInput",
        "application/json",
        ::smithy_runtime::protocol::wire::json_body("PutRecordInput", &body)?,
    )?;
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::PutRecordOutput, super::PutRecordError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }
    Ok(super::PutRecordOutput {})
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::PutRecordError {
    super::PutRecordError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
