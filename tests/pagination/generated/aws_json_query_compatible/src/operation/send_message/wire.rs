// Code generated from `tests/fixtures/aws_json_query_compatible.json` by `cargo xtask codegen`. DO NOT EDIT.

//! awsJson1_1 serialization of `SendMessage`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
        "SendMessage",
        "QueueService",
        &[
            ::smithy_runtime::AuthMode::SigV4 {
                signing_name: "queue",
            },
        ],
    )
    .with_protocol(::smithy_runtime::protocol::Protocol::AwsJson1_1);
/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::SendMessageInput,
) -> Result<super::SendMessageOutput, super::SendMessageError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::SendMessageInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        "/",
    );
    request
        .append_header("X-Amz-Target", "QueueService.SendMessage")
        .map_err(|_| ::smithy_runtime::error::BuildError::invalid_field(
            "SendMessageInput",
            "X-Amz-Target",
            "is not a valid HTTP header value",
        ))?;
    request
        .append_header(::smithy_runtime::protocol::aws_json::QUERY_MODE_HEADER, "true")
        .map_err(|_| ::smithy_runtime::error::BuildError::invalid_field(
            "SendMessageInput",
            "x-amzn-query-mode",
            "is not a valid HTTP header value",
        ))?;
    #[derive(::serde::Serialize)]
    struct RequestBody {
        #[serde(rename = "QueueUrl", skip_serializing_if = "Option::is_none")]
        queue_url: Option<String>,
        #[serde(rename = "MessageBody", skip_serializing_if = "Option::is_none")]
        message_body: Option<String>,
    }
    let body = RequestBody {
        queue_url: input.queue_url,
        message_body: input.message_body,
    };
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "SendMessageInput",
        "application/x-amz-json-1.1",
        ::smithy_runtime::protocol::wire::json_body("SendMessageInput", &body)?,
    )?;
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::SendMessageOutput, super::SendMessageError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        message_id: Option<String>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("SendMessageOutput")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "MessageId" => body.message_id = reader.string()?,
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::SendMessageOutput {
        message_id: body.message_id,
    })
}

/// The operation error of an error response.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::SendMessageError {
    let (code, meta) = ::smithy_runtime::protocol::aws_json::query_compatible_metadata(
        response,
    );
    match code.as_deref() {
        Some("QueueDoesNotExist") => {
            super::SendMessageError::QueueDoesNotExist(
                crate::error::QueueDoesNotExist::from_response(response, meta),
            )
        }
        _ => {
            super::SendMessageError::Unhandled(
                ::smithy_runtime::error::UnhandledError::from_service_metadata(
                    meta,
                    response.body.to_vec(),
                ),
            )
        }
    }
}
