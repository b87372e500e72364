// Code generated from `tests/fixtures/rpc_v2_cbor.json` by `cargo xtask codegen`. DO NOT EDIT.

//! rpcv2Cbor serialization of `RecordScore`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
        "RecordScore",
        "TallyService",
        &[
            ::smithy_runtime::AuthMode::SigV4 {
                signing_name: "tally",
            },
        ],
    )
    .with_protocol(::smithy_runtime::protocol::Protocol::RpcV2Cbor);
/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::RecordScoreInput,
) -> Result<super::RecordScoreOutput, super::RecordScoreError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    mut input: super::RecordScoreInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    if input.client_token.is_none() {
        input.client_token = Some(::smithy_runtime::protocol::wire::idempotency_token());
    }
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        "/service/TallyService/operation/RecordScore",
    );
    request
        .append_header(
            ::smithy_runtime::protocol::rpc_v2_cbor::PROTOCOL_HEADER,
            ::smithy_runtime::protocol::rpc_v2_cbor::PROTOCOL,
        )
        .map_err(|_| ::smithy_runtime::error::BuildError::invalid_field(
            "RecordScoreInput",
            "smithy-protocol",
            "is not a valid HTTP header value",
        ))?;
    request
        .append_header("Accept", ::smithy_runtime::protocol::rpc_v2_cbor::CONTENT_TYPE)
        .map_err(|_| ::smithy_runtime::error::BuildError::invalid_field(
            "RecordScoreInput",
            "Accept",
            "is not a valid HTTP header value",
        ))?;
    let mut body = ::smithy_runtime::protocol::rpc_v2_cbor::CborWriter::new();
    let writer = &mut body;
    writer.begin_map();
    if let Some(member) = &input.name {
        writer.str("name");
        writer.str(member);
    }
    if let Some(member) = &input.score {
        writer.str("score");
        writer.int(*member);
    }
    if let Some(member) = &input.weight {
        writer.str("weight");
        writer.f64(*member);
    }
    if let Some(member) = &input.proof {
        writer.str("proof");
        writer.blob(member);
    }
    if let Some(member) = &input.scored_at {
        writer.str("scoredAt");
        writer.timestamp(member);
    }
    if let Some(member) = &input.tags {
        writer.str("tags");
        crate::ser::write_tags(writer, member)?;
    }
    if let Some(member) = &input.kind {
        writer.str("kind");
        writer.str(member.as_str());
    }
    if let Some(member) = &input.client_token {
        writer.str("clientToken");
        writer.str(member);
    }
    writer.end();
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "RecordScoreInput",
        ::smithy_runtime::protocol::rpc_v2_cbor::CONTENT_TYPE,
        body.into_bytes(),
    )?;
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::RecordScoreOutput, super::RecordScoreError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the CBOR body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        record_id: Option<String>,
        total: Option<i64>,
        recorded_at: Option<::smithy_runtime::DateTime>,
        receipt: Option<::smithy_runtime::Blob>,
    }
    let body = ::smithy_runtime::protocol::rpc_v2_cbor::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("RecordScoreOutput")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "recordId" => body.record_id = reader.string()?,
                    "total" => body.total = reader.i64()?,
                    "recordedAt" => body.recorded_at = reader.timestamp()?,
                    "receipt" => body.receipt = reader.blob()?,
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::RecordScoreOutput {
        record_id: body.record_id.unwrap_or_default(),
        total: body.total,
        recorded_at: body.recorded_at,
        receipt: body.receipt,
    })
}

/// The operation error of an error response.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::RecordScoreError {
    let meta = ::smithy_runtime::protocol::rpc_v2_cbor::error_metadata(response);
    match meta.code() {
        Some("TallyNotFound") => {
            super::RecordScoreError::TallyNotFound(
                crate::error::TallyNotFound::from_response(response, meta),
            )
        }
        _ => {
            super::RecordScoreError::Unhandled(
                ::smithy_runtime::error::UnhandledError::from_service_metadata(
                    meta,
                    response.body.to_vec(),
                ),
            )
        }
    }
}
