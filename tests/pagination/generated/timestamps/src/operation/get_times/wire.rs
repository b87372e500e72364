// Code generated from `tests/fixtures/timestamps.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `GetTimes`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "GetTimes",
    "ClockService",
    &[::smithy_runtime::AuthMode::None],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::GetTimesInput,
) -> Result<super::GetTimesOutput, super::GetTimesError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::GetTimesInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/times");
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        uri.build(""),
    );
    #[derive(::serde::Serialize)]
    struct RequestBody {
        #[serde(skip_serializing_if = "Option::is_none")]
        since: Option<::smithy_runtime::DateTime>,
        #[serde(
            skip_serializing_if = "Option::is_none",
            with = "::smithy_runtime::serde::timestamp::date_time::option"
        )]
        until: Option<::smithy_runtime::DateTime>,
    }
    let body = RequestBody {
        since: input.since,
        until: input.until,
    };
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "GetTimesInput",
        "application/json",
        ::smithy_runtime::protocol::wire::json_body("GetTimesInput", &body)?,
    )?;
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::GetTimesOutput, super::GetTimesError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        epoch: Option<::smithy_runtime::DateTime>,
        date_time: Option<::smithy_runtime::DateTime>,
        http_date: Option<::smithy_runtime::DateTime>,
        history: Option<Vec<::smithy_runtime::DateTime>>,
        date_times: Option<Vec<::smithy_runtime::DateTime>>,
        http_dates: Option<Vec<::smithy_runtime::DateTime>>,
        by_name: Option<::std::collections::HashMap<String, ::smithy_runtime::DateTime>>,
        sparse_dates: Option<Vec<Option<::smithy_runtime::DateTime>>>,
        moment: Option<crate::types::Moment>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("GetTimesOutput")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "epoch" => {
                        body.epoch = reader
                            .timestamp(::smithy_runtime::TimestampFormat::EpochSeconds)?;
                    }
                    "dateTime" => {
                        body.date_time = reader
                            .timestamp(::smithy_runtime::TimestampFormat::DateTime)?;
                    }
                    "httpDate" => {
                        body.http_date = reader
                            .timestamp(::smithy_runtime::TimestampFormat::HttpDate)?;
                    }
                    "history" => body.history = crate::de::read_time_list(reader)?,
                    "dateTimes" => {
                        body.date_times = crate::de::read_date_time_list(reader)?;
                    }
                    "httpDates" => {
                        body.http_dates = crate::de::read_http_date_list(reader)?;
                    }
                    "byName" => body.by_name = crate::de::read_times_by_name(reader)?,
                    "sparseDates" => {
                        body.sparse_dates = crate::de::read_sparse_date_time_list(
                            reader,
                        )?;
                    }
                    "moment" => body.moment = crate::de::read_moment(reader)?,
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
    Ok(super::GetTimesOutput {
        epoch: body.epoch.unwrap_or_else(|| ::smithy_runtime::DateTime::from_secs(0)),
        date_time: body.date_time,
        http_date: body.http_date,
        history: body.history,
        date_times: body.date_times,
        http_dates: body.http_dates,
        by_name: body.by_name,
        sparse_dates: body.sparse_dates,
        moment: body.moment,
    })
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::GetTimesError {
    super::GetTimesError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
