//! awsJson1_0 and awsJson1_1 helpers: the error code, message and request id of
//! an error response, and the codes of `aws.protocols#awsQueryCompatible` services.
//!
//! An error response names its error as restJson1's do (see
//! [`rest_json`]): the `X-Amzn-Errortype` header, else the
//! body's `code` member, else its `__type` member, each sanitized of any
//! namespace (`ns#`) and `:suffix`. A service that was once awsQuery and keeps
//! its clients' error codes (`@awsQueryCompatible`) also sends the awsQuery code
//! in the `x-amzn-query-error` header, as `Code;Type` (`Type` is `Sender` or
//! `Receiver`): that code is the one callers see.

use super::rest_json;
use crate::error::{ErrorMetadata, UnhandledError};
use crate::http::HttpResponse;

/// The header of an `@awsQueryCompatible` service's error code.
pub const QUERY_ERROR_HEADER: &str = "x-amzn-query-error";

/// The header an `@awsQueryCompatible` service's client sends, `true`, so that
/// the service answers with awsQuery error codes.
pub const QUERY_MODE_HEADER: &str = "x-amzn-query-mode";

/// The error code of an error response, if it has one: the error shape's name.
pub fn error_code(response: &HttpResponse) -> Option<String> {
    rest_json::error_code(response)
}

/// The request id: header `x-amzn-requestid`, else `x-amz-request-id`, else the
/// JSON body's `RequestId` or `requestId` member.
pub fn request_id(response: &HttpResponse) -> Option<String> {
    rest_json::request_id(response)
}

/// Status, code, message and request id of an error response (a body that is
/// not a JSON object gives no code, message or body request id, never an error).
pub fn error_metadata(response: &HttpResponse) -> ErrorMetadata {
    rest_json::error_metadata(response)
}

/// The [`UnhandledError`] for an error response the operation does not model.
pub fn unhandled_error(response: &HttpResponse) -> UnhandledError {
    UnhandledError::from_service_metadata(error_metadata(response), response.body.to_vec())
}

/// The awsQuery error code of `x-amzn-query-error: Code;Type`, when the header
/// holds a non-empty code.
pub fn query_error_code(response: &HttpResponse) -> Option<&str> {
    let header = response.header_str(QUERY_ERROR_HEADER)?;
    let code = header.split_once(';').map_or(header, |(code, _)| code).trim();
    (!code.is_empty()).then_some(code)
}

/// For an `@awsQueryCompatible` service: the error shape's name (which tells
/// the modeled errors apart), and the response's metadata, whose code is the
/// awsQuery code of `x-amzn-query-error` when the header gives one.
pub fn query_compatible_metadata(response: &HttpResponse) -> (Option<String>, ErrorMetadata) {
    let meta = error_metadata(response);
    let shape_code = meta.code().map(str::to_owned);
    let meta = match query_error_code(response) {
        Some(code) => meta.with_code(code),
        None => meta,
    };
    (shape_code, meta)
}

/// [`unhandled_error`] for an `@awsQueryCompatible` service: the code is the
/// awsQuery one when `x-amzn-query-error` gives it.
pub fn query_compatible_unhandled_error(response: &HttpResponse) -> UnhandledError {
    let (_, meta) = query_compatible_metadata(response);
    UnhandledError::from_service_metadata(meta, response.body.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_come_from_the_header_then_code_then_dunder_type() {
        let body = r#"{"__type": "aws.protocoltests.json10#FooError:http://x", "message": "m"}"#;
        assert_eq!(error_code(&HttpResponse::new(400, body)).as_deref(), Some("FooError"));
        let header = HttpResponse::new(400, body).with_header("X-Amzn-Errortype", "ns#BarError:http://y");
        assert_eq!(error_code(&header).as_deref(), Some("BarError"));
        let code = HttpResponse::new(400, r#"{"code": "a.b#Coded", "__type": "Other"}"#);
        assert_eq!(error_code(&code).as_deref(), Some("Coded"));
        // A nested `__type` names a member's shape, not the error.
        let nested = HttpResponse::new(400, r#"{"__type": "ns#Outer", "d": {"__type": "ns#Inner"}}"#);
        assert_eq!(error_code(&nested).as_deref(), Some("Outer"));
        assert_eq!(error_code(&HttpResponse::new(500, "<html>")), None);
    }

    #[test]
    fn metadata_keeps_status_code_message_and_request_id() {
        let r = HttpResponse::new(400, r#"{"__type": "ns#FooError", "Message": "no"}"#)
            .with_header("x-amzn-RequestId", "req-1");
        let e = unhandled_error(&r);
        assert_eq!(
            (e.status(), e.code(), e.message(), e.request_id()),
            (Some(400), Some("FooError"), Some("no"), Some("req-1"))
        );
        assert_eq!(request_id(&r).as_deref(), Some("req-1"));
    }

    #[test]
    fn query_compatible_code_replaces_the_shape_name_in_the_metadata_only() {
        let r = HttpResponse::new(400, r#"{"__type": "ns#CustomCodeError", "message": "Hi"}"#)
            .with_header("x-amzn-query-error", "Customized;Sender");
        assert_eq!(query_error_code(&r), Some("Customized"));
        let (shape, meta) = query_compatible_metadata(&r);
        assert_eq!(shape.as_deref(), Some("CustomCodeError"));
        assert_eq!((meta.code(), meta.message()), (Some("Customized"), Some("Hi")));
        assert_eq!(query_compatible_unhandled_error(&r).code(), Some("Customized"));
        // Without the header (or with an empty code), the shape name is the code.
        let plain = HttpResponse::new(400, r#"{"__type": "ns#NoCustomCodeError"}"#);
        let (shape, meta) = query_compatible_metadata(&plain);
        assert_eq!(
            (shape.as_deref(), meta.code()),
            (Some("NoCustomCodeError"), Some("NoCustomCodeError"))
        );
        let empty = plain.clone().with_header("x-amzn-query-error", ";Sender");
        assert_eq!(query_error_code(&empty), None);
        assert_eq!(query_compatible_metadata(&empty).1.code(), Some("NoCustomCodeError"));
    }
}
