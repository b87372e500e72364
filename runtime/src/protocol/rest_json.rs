//! restJson1 helpers: the error code, message and request id of an error response.
//!
//! The error code comes from the `X-Amzn-ErrorType` header, else the body's `code`
//! member, else its `__type` member, sanitized: the text before the first `:` and
//! after the first `#` (`aws.protocoltests.restjson#FooError:http://...` is `FooError`).

use crate::error::{ErrorMetadata, UnhandledError};
use crate::http::HttpResponse;

/// The header with the request id.
pub const REQUEST_ID_HEADER: &str = "x-amzn-requestid";

/// Sanitizes an error type: text before the first `:`, then after the first `#`.
pub fn sanitize_error_code(raw: &str) -> &str {
    let raw = raw.split(':').next().unwrap_or(raw);
    let raw = match raw.split_once('#') {
        Some((_, after)) => after,
        None => raw,
    };
    raw.trim()
}

fn body_object(response: &HttpResponse) -> Option<serde_json::Map<String, serde_json::Value>> {
    let body = response.body.trim_ascii_start();
    if !body.starts_with(b"{") {
        return None;
    }
    match serde_json::from_slice(body) {
        Ok(serde_json::Value::Object(map)) => Some(map),
        _ => None,
    }
}

fn code_from(response: &HttpResponse, body: Option<&serde_json::Map<String, serde_json::Value>>) -> Option<String> {
    if let Some(header) = response.header_str("x-amzn-errortype") {
        let code = sanitize_error_code(header);
        if !code.is_empty() {
            return Some(code.to_owned());
        }
    }
    let body = body?;
    ["code", "__type"].iter().find_map(|key| {
        let code = sanitize_error_code(body.get(*key)?.as_str()?);
        (!code.is_empty()).then(|| code.to_owned())
    })
}

/// The error code of an error response, if it has one.
pub fn error_code(response: &HttpResponse) -> Option<String> {
    code_from(response, body_object(response).as_ref())
}

/// The error message: the body's `message`, `Message` or `errorMessage` member.
pub fn error_message(response: &HttpResponse) -> Option<String> {
    let body = body_object(response)?;
    ["message", "Message", "errorMessage"]
        .iter()
        .find_map(|key| body.get(*key)?.as_str().map(str::to_owned))
}

/// The request id: header `x-amzn-requestid` (else `x-amz-request-id`).
pub fn request_id(response: &HttpResponse) -> Option<String> {
    response
        .header_str(REQUEST_ID_HEADER)
        .or_else(|| response.header_str("x-amz-request-id"))
        .map(str::to_owned)
}

/// Code, message and request id of an error response (the body is parsed once).
pub fn error_metadata(response: &HttpResponse) -> ErrorMetadata {
    let body = body_object(response);
    let message = body.as_ref().and_then(|b| {
        ["message", "Message", "errorMessage"]
            .iter()
            .find_map(|key| b.get(*key)?.as_str().map(str::to_owned))
    });
    ErrorMetadata::new(code_from(response, body.as_ref()), message, request_id(response))
}

/// The [`UnhandledError`] for an error response the operation does not model.
pub fn unhandled_error(response: &HttpResponse) -> UnhandledError {
    let meta = error_metadata(response);
    UnhandledError::service(
        response.status,
        meta.code().map(str::to_owned),
        meta.message().map(str::to_owned),
        meta.request_id().map(str::to_owned),
        response.body.to_vec(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_code_sources() {
        let r = HttpResponse::new(400, "{}").with_header(
            "X-Amzn-Errortype",
            "aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/",
        );
        assert_eq!(error_code(&r).as_deref(), Some("FooError"));
        let r = HttpResponse::new(400, "{}").with_header("X-Amzn-Errortype", "FooError");
        assert_eq!(error_code(&r).as_deref(), Some("FooError"));
        let r = HttpResponse::new(
            400,
            r#"{"code": "aws.protocoltests.restjson#FooError", "__type": "Other"}"#,
        );
        assert_eq!(error_code(&r).as_deref(), Some("FooError"));
        let r = HttpResponse::new(400, r#"{"__type": "aws.protocoltests.restjson#FooError:http://x"}"#);
        assert_eq!(error_code(&r).as_deref(), Some("FooError"));
        let r = HttpResponse::new(500, "not json");
        assert_eq!(error_code(&r), None);
        let r = HttpResponse::new(
            404,
            r#"{"message": "no such job", "__type": "ResourceNotFoundException"}"#,
        )
        .with_header("x-amzn-RequestId", "req-1");
        let e = unhandled_error(&r);
        assert_eq!(e.code(), Some("ResourceNotFoundException"));
        assert_eq!(e.message(), Some("no such job"));
        assert_eq!(e.request_id(), Some("req-1"));
        assert_eq!(e.status(), Some(404));
    }
}
