// Code generated from `tests/fixtures/aws_query.json` by `cargo xtask codegen`. DO NOT EDIT.

//! awsQuery serialization of `SendMessage`.
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
    .with_protocol(::smithy_runtime::protocol::Protocol::AwsQuery);
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
    let mut writer = ::smithy_runtime::protocol::query_writer::QueryWriter::new(
        "SendMessage",
        "2012-11-05",
    );
    {
        let (writer, prefix, value) = (&mut writer, "", &input);
        if let Some(v) = &value.queue_url {
            writer
                .write(
                    &::smithy_runtime::protocol::query_writer::key(prefix, "QueueUrl"),
                    v,
                );
        }
        if let Some(v) = &value.message_body {
            writer
                .write(
                    &::smithy_runtime::protocol::query_writer::key(
                        prefix,
                        "MessageBody",
                    ),
                    v,
                );
        }
        if let Some(v) = &value.delay_seconds {
            writer
                .integer(
                    &::smithy_runtime::protocol::query_writer::key(
                        prefix,
                        "DelaySeconds",
                    ),
                    *v,
                );
        }
        if let Some(v) = &value.sent_at {
            writer
                .timestamp(
                    &::smithy_runtime::protocol::query_writer::key(prefix, "SentAt"),
                    *v,
                    ::smithy_runtime::TimestampFormat::DateTime,
                );
        }
        if let Some(v) = &value.attributes {
            crate::ser::write_attribute_map(
                writer,
                &::smithy_runtime::protocol::query_writer::key(prefix, "Attribute"),
                v,
                None,
            );
        }
        if let Some(v) = &value.labels {
            crate::ser::write_label_list(
                writer,
                &::smithy_runtime::protocol::query_writer::key(prefix, "Labels"),
                v,
                Some("member"),
            );
        }
        if let Some(v) = &value.origin {
            crate::ser::write_origin(
                writer,
                &::smithy_runtime::protocol::query_writer::key(prefix, "Origin"),
                v,
            );
        }
    }
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        "/",
    );
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "SendMessageInput",
        ::smithy_runtime::protocol::query_writer::CONTENT_TYPE,
        writer.finish(),
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
    let mut value = super::SendMessageOutput::default();
    if let Some(element) = ::smithy_runtime::protocol::aws_query::read_result(
        response,
        "SendMessageResult",
    )? {
        let read = |
            element: &::smithy_runtime::protocol::xml::XmlElement,
            value: &mut super::SendMessageOutput,
        | -> Result<(), ::smithy_runtime::protocol::xml::XmlError> {
            for child in element.children() {
                match child.name() {
                    "MessageId" => value.message_id = Some(child.value().string()),
                    "SequenceNumber" => {
                        value.sequence_number = Some(child.value().i64()?);
                    }
                    "Receipts" => {
                        value.receipts = Some(crate::de::read_receipt_list(child)?);
                    }
                    _ => {}
                }
            }
            Ok(())
        };
        read(&element, &mut value)
            .map_err(|e| ::smithy_runtime::protocol::aws_query::malformed(response, e))?;
    }
    Ok(value)
}

/// The operation error of an error response.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::SendMessageError {
    let meta = ::smithy_runtime::protocol::aws_query::error_metadata(response);
    match meta.code() {
        Some("AWS.SimpleQueueService.NonExistentQueue") => {
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
