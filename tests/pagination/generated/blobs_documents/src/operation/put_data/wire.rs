// Code generated from `tests/fixtures/blobs_documents.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `PutData`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "PutData",
    "DataService",
    &[::smithy_runtime::AuthMode::None],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::PutDataInput,
) -> Result<super::PutDataOutput, super::PutDataError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::PutDataInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/data");
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        uri.build(""),
    );
    #[derive(::serde::Serialize)]
    struct RequestBody {
        #[serde(skip_serializing_if = "Option::is_none")]
        payload: Option<::smithy_runtime::Blob>,
        #[serde(skip_serializing_if = "Option::is_none")]
        metadata: Option<::smithy_runtime::Document>,
        #[serde(skip_serializing_if = "Option::is_none")]
        chunks: Option<Vec<::smithy_runtime::Blob>>,
    }
    let body = RequestBody {
        payload: input.payload,
        metadata: input.metadata,
        chunks: input.chunks,
    };
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "PutDataInput",
        "application/json",
        ::smithy_runtime::protocol::wire::json_body("PutDataInput", &body)?,
    )?;
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::PutDataOutput, super::PutDataError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        echo: Option<::smithy_runtime::Blob>,
        document: Option<::smithy_runtime::Document>,
        ratio: Option<f32>,
        precise: Option<f64>,
        huge: Option<::smithy_runtime::BigInteger>,
        exact: Option<::smithy_runtime::BigDecimal>,
        tiny: Option<i8>,
        small: Option<i16>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("PutDataOutput")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "echo" => body.echo = reader.blob()?,
                    "document" => body.document = reader.document()?,
                    "ratio" => body.ratio = reader.f32()?,
                    "precise" => body.precise = reader.f64()?,
                    "huge" => body.huge = reader.big_integer()?,
                    "exact" => body.exact = reader.big_decimal()?,
                    "tiny" => body.tiny = reader.i8()?,
                    "small" => body.small = reader.i16()?,
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::PutDataOutput {
        echo: body.echo.unwrap_or_default(),
        document: body.document.unwrap_or_default(),
        ratio: body.ratio,
        precise: body.precise,
        huge: body.huge,
        exact: body.exact,
        tiny: body.tiny,
        small: body.small,
    })
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::PutDataError {
    super::PutDataError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
