//! restJson1 helpers: the error code, message and request id of an error response.
//!
//! The error code comes from the `X-Amzn-ErrorType` header, else the body's `code`
//! member, else its `__type` member, sanitized: the text before the first `:` and
//! after the first `#` (`aws.protocoltests.restjson#FooError:http://...` is `FooError`).

use crate::error::{ErrorMetadata, UnhandledError};
use crate::http::HttpResponse;
use crate::json::{JsonError, JsonReader, Token};

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

/// The members of an error body that name and describe the error.
#[derive(Default)]
struct ErrorBody {
    code: Option<String>,
    type_: Option<String>,
    message: Option<String>,
    message_upper: Option<String>,
    error_message: Option<String>,
    request_id: Option<String>,
    request_id_lower: Option<String>,
}

impl ErrorBody {
    /// The string members `code`, `__type`, `message`, `Message`,
    /// `errorMessage`, `RequestId` and `requestId` of a JSON object body, every
    /// other member skipped; a body
    /// that is not a well-formed object gives none.
    fn read(response: &HttpResponse) -> ErrorBody {
        let mut reader = JsonReader::new(&response.body);
        let read = |reader: &mut JsonReader<'_>| -> Result<ErrorBody, JsonError> {
            let mut body = ErrorBody::default();
            reader.require_object("an error body")?;
            reader.start_object("an error body")?;
            while let Some(key) = reader.next_key()? {
                let slot = match key.as_ref() {
                    "code" => &mut body.code,
                    "__type" => &mut body.type_,
                    "message" => &mut body.message,
                    "Message" => &mut body.message_upper,
                    "errorMessage" => &mut body.error_message,
                    "RequestId" => &mut body.request_id,
                    "requestId" => &mut body.request_id_lower,
                    _ => {
                        reader.skip_value()?;
                        continue;
                    }
                };
                // A member of another type does not name the error.
                *slot = match reader.peek_token()? {
                    Token::String(_) => reader.string()?,
                    _ => {
                        reader.skip_value()?;
                        None
                    }
                };
            }
            reader.finish()?;
            Ok(body)
        };
        read(&mut reader).unwrap_or_default()
    }

    /// The message, in order of preference: `message`, `Message`, `errorMessage`.
    fn message(&mut self) -> Option<String> {
        self.message
            .take()
            .or_else(|| self.message_upper.take())
            .or_else(|| self.error_message.take())
    }

    /// The body's request id, for when no header carries one.
    fn request_id(&mut self) -> Option<String> {
        self.request_id.take().or_else(|| self.request_id_lower.take())
    }
}

fn code_from(response: &HttpResponse, body: &ErrorBody) -> Option<String> {
    if let Some(header) = response.header_str("x-amzn-errortype") {
        let code = sanitize_error_code(header);
        if !code.is_empty() {
            return Some(code.to_owned());
        }
    }
    [&body.code, &body.type_].into_iter().find_map(|raw| {
        let code = sanitize_error_code(raw.as_deref()?);
        (!code.is_empty()).then(|| code.to_owned())
    })
}

/// The error code of an error response, if it has one.
pub fn error_code(response: &HttpResponse) -> Option<String> {
    code_from(response, &ErrorBody::read(response))
}

/// The error message: the body's `message`, `Message` or `errorMessage` member.
pub fn error_message(response: &HttpResponse) -> Option<String> {
    ErrorBody::read(response).message()
}

fn request_id_from(response: &HttpResponse, body: &mut ErrorBody) -> Option<String> {
    super::header_request_id(response)
        .map(str::to_owned)
        .or_else(|| body.request_id())
}

/// The request id: header `x-amzn-requestid`, else `x-amz-request-id`, else the
/// JSON body's `RequestId` or `requestId` member.
pub fn request_id(response: &HttpResponse) -> Option<String> {
    request_id_from(response, &mut ErrorBody::read(response))
}

/// Status, code, message and request id of an error response (the body is
/// read once; a body that is not a JSON object gives no code, message or body
/// request id, never an error).
pub fn error_metadata(response: &HttpResponse) -> ErrorMetadata {
    let mut body = ErrorBody::read(response);
    let code = code_from(response, &body);
    let request_id = request_id_from(response, &mut body);
    ErrorMetadata::new(code, body.message(), request_id).with_status(response.status)
}

/// The [`UnhandledError`] for an error response the operation does not model.
pub fn unhandled_error(response: &HttpResponse) -> UnhandledError {
    UnhandledError::from_service_metadata(error_metadata(response), response.body.to_vec())
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
        let r = HttpResponse::new(400, r#"{"code": null, "__type": "FooError", "message": 1}"#);
        assert_eq!(error_code(&r).as_deref(), Some("FooError"));
        assert_eq!(error_message(&r), None);
        let r = HttpResponse::new(400, r#"{"message": {"text": "no"}, "__type": "FooError"}"#);
        assert_eq!(error_code(&r).as_deref(), Some("FooError"));
        let r = HttpResponse::new(400, r#"["FooError"]"#);
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

    #[test]
    fn request_id_sources_in_order() {
        let body = r#"{"RequestId":"from-body","requestId":"camel"}"#;
        let both = HttpResponse::new(400, body)
            .with_header("x-amzn-RequestId", "amzn")
            .with_header("x-amz-request-id", "amz");
        assert_eq!(request_id(&both).as_deref(), Some("amzn"));
        let s3_style = HttpResponse::new(400, body).with_header("x-amz-request-id", "amz");
        assert_eq!(request_id(&s3_style).as_deref(), Some("amz"));
        assert_eq!(request_id(&HttpResponse::new(400, body)).as_deref(), Some("from-body"));
        let camel = HttpResponse::new(400, r#"{"requestId":"camel"}"#);
        assert_eq!(request_id(&camel).as_deref(), Some("camel"));
        // Not a string, or no object: no request id, no error.
        assert_eq!(request_id(&HttpResponse::new(400, r#"{"RequestId":7}"#)), None);
        assert_eq!(request_id(&HttpResponse::new(400, "<html>")), None);
    }

    #[test]
    fn metadata_keeps_status_code_message_and_request_id() {
        let r = HttpResponse::new(409, r#"{"message":"lower","Message":"upper","requestId":"rid"}"#)
            .with_header("x-amzn-errortype", "ConflictException");
        let meta = error_metadata(&r);
        assert_eq!(meta.status(), Some(409));
        assert_eq!(meta.code(), Some("ConflictException"));
        assert_eq!(meta.message(), Some("lower"));
        assert_eq!(meta.request_id(), Some("rid"));
        let meta = error_metadata(&HttpResponse::new(400, r#"{"errorMessage":"e"}"#));
        assert_eq!((meta.code(), meta.message()), (None, Some("e")));
        // An unreadable body keeps the status and the headers' parts.
        let r = HttpResponse::new(503, "Service Unavailable")
            .with_header("x-amzn-errortype", "ServiceUnavailableException")
            .with_header("x-amz-request-id", "r-503");
        let meta = error_metadata(&r);
        assert_eq!(
            (meta.status(), meta.code(), meta.message(), meta.request_id()),
            (Some(503), Some("ServiceUnavailableException"), None, Some("r-503"))
        );
        let e = unhandled_error(&r);
        assert_eq!(e.meta(), &meta);
        assert_eq!(e.body(), b"Service Unavailable");
    }
}
