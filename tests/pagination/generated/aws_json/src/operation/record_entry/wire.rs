// Code generated from `tests/fixtures/aws_json.json` by `cargo xtask codegen`. DO NOT EDIT.

//! awsJson1_0 serialization of `RecordEntry`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
        "RecordEntry",
        "LedgerService",
        &[
            ::smithy_runtime::AuthMode::SigV4 {
                signing_name: "ledger",
            },
        ],
    )
    .with_retryable_error_codes(&["Throttled"])
    .with_protocol(::smithy_runtime::protocol::Protocol::AwsJson1_0);
/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::RecordEntryInput,
) -> Result<super::RecordEntryOutput, super::RecordEntryError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    mut input: super::RecordEntryInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    if input.client_token.is_none() {
        input.client_token = Some(::smithy_runtime::protocol::wire::idempotency_token());
    }
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        "/",
    );
    request
        .append_header("X-Amz-Target", "LedgerService.RecordEntry")
        .map_err(|_| ::smithy_runtime::error::BuildError::invalid_field(
            "RecordEntryInput",
            "X-Amz-Target",
            "is not a valid HTTP header value",
        ))?;
    #[derive(::serde::Serialize)]
    struct RequestBody {
        #[serde(rename = "ledgerName", skip_serializing_if = "Option::is_none")]
        ledger_name: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        amount: Option<i64>,
        #[serde(rename = "recordedAt", skip_serializing_if = "Option::is_none")]
        recorded_at: Option<::smithy_runtime::DateTime>,
        #[serde(skip_serializing_if = "Option::is_none")]
        memo: Option<String>,
        #[serde(rename = "traceId", skip_serializing_if = "Option::is_none")]
        trace_id: Option<String>,
        #[serde(rename = "clientToken", skip_serializing_if = "Option::is_none")]
        client_token: Option<String>,
    }
    let body = RequestBody {
        ledger_name: input.ledger_name,
        amount: input.amount,
        recorded_at: input.recorded_at,
        memo: input.memo,
        trace_id: input.trace_id,
        client_token: input.client_token,
    };
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "RecordEntryInput",
        "application/x-amz-json-1.0",
        ::smithy_runtime::protocol::wire::json_body("RecordEntryInput", &body)?,
    )?;
    ::smithy_runtime::protocol::compression::gzip_request(
        &mut request,
        "RecordEntryInput",
        ::smithy_runtime::protocol::compression::DEFAULT_MIN_COMPRESSION_SIZE,
    )?;
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::RecordEntryOutput, super::RecordEntryError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        entry_id: Option<String>,
        balance: Option<f64>,
        recorded_at: Option<::smithy_runtime::DateTime>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("RecordEntryOutput")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "entryId" => body.entry_id = reader.string()?,
                    "balance" => body.balance = reader.f64()?,
                    "recordedAt" => {
                        body.recorded_at = reader
                            .timestamp(::smithy_runtime::TimestampFormat::EpochSeconds)?;
                    }
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::RecordEntryOutput {
        entry_id: body.entry_id.unwrap_or_default(),
        balance: body.balance,
        recorded_at: body.recorded_at,
    })
}

/// The operation error of an error response.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::RecordEntryError {
    let meta = ::smithy_runtime::protocol::aws_json::error_metadata(response);
    match meta.code() {
        Some("LedgerNotFound") => {
            super::RecordEntryError::LedgerNotFound(
                crate::error::LedgerNotFound::from_response(response, meta),
            )
        }
        Some("Throttled") => {
            super::RecordEntryError::Throttled(
                crate::error::Throttled::from_response(response, meta),
            )
        }
        _ => {
            super::RecordEntryError::Unhandled(
                ::smithy_runtime::error::UnhandledError::from_service_metadata(
                    meta,
                    response.body.to_vec(),
                ),
            )
        }
    }
}
