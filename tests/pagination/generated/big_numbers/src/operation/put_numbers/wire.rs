// Code generated from `tests/fixtures/big_numbers.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `PutNumbers`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "PutNumbers",
    "NumberService",
    &[
        ::smithy_runtime::AuthMode::SigV4 {
            signing_name: "numbers",
        },
    ],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::PutNumbersInput,
) -> Result<super::PutNumbersOutput, super::PutNumbersError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::PutNumbersInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/numbers/");
    let value = input
        .label
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "PutNumbersInput",
            "Label",
        ))?;
    uri.label("PutNumbersInput", "Label", value.to_string(), false)?;
    if let Some(value) = &input.query_integer {
        uri.query("int", value.to_string());
    }
    if let Some(value) = &input.query_decimal {
        uri.query("dec", value.to_string());
    }
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        uri.build(""),
    );
    if let Some(value) = &input.header_decimal {
        if let Some(text) = Some(value.to_string()) {
            request
                .append_header("x-decimal", &text)
                .map_err(|_| ::smithy_runtime::error::BuildError::invalid_field(
                    "PutNumbersInput",
                    "HeaderDecimal",
                    "is not a valid HTTP header value",
                ))?;
        }
    }

    #[derive(::serde::Serialize)]
    struct RequestBody {
        #[serde(rename = "Integer", skip_serializing_if = "Option::is_none")]
        integer: Option<::smithy_runtime::BigInteger>,
        #[serde(rename = "Decimal", skip_serializing_if = "Option::is_none")]
        decimal: Option<::smithy_runtime::BigDecimal>,
        #[serde(rename = "Decimals", skip_serializing_if = "Option::is_none")]
        decimals: Option<Vec<::smithy_runtime::BigDecimal>>,
    }
    let body = RequestBody {
        integer: input.integer,
        decimal: input.decimal,
        decimals: input.decimals,
    };
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "PutNumbersInput",
        "application/json",
        ::smithy_runtime::protocol::wire::json_body("PutNumbersInput", &body)?,
    )?;
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::PutNumbersOutput, super::PutNumbersError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        integer: Option<::smithy_runtime::BigInteger>,
        decimal: Option<::smithy_runtime::BigDecimal>,
        decimals: Option<Vec<::smithy_runtime::BigDecimal>>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("PutNumbersOutput")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "Integer" => body.integer = reader.big_integer()?,
                    "Decimal" => body.decimal = reader.big_decimal()?,
                    "Decimals" => body.decimals = crate::de::read_decimal_list(reader)?,
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::PutNumbersOutput {
        header_integer: ::smithy_runtime::protocol::wire::parse_header::<
            ::smithy_runtime::BigInteger,
        >(response, "x-integer")?,
        integer: body.integer,
        decimal: body.decimal,
        decimals: body.decimals,
    })
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::PutNumbersError {
    super::PutNumbersError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
