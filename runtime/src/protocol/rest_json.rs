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
}

impl ErrorBody {
    /// The string members `code`, `__type`, `message`, `Message` and
    /// `errorMessage` of a JSON object body, every other member skipped; a body
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

    fn message(self) -> Option<String> {
        self.message.or(self.message_upper).or(self.error_message)
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

/// The request id: header `x-amzn-requestid` (else `x-amz-request-id`).
pub fn request_id(response: &HttpResponse) -> Option<String> {
    response
        .header_str(REQUEST_ID_HEADER)
        .or_else(|| response.header_str("x-amz-request-id"))
        .map(str::to_owned)
}

/// Code, message and request id of an error response (the body is parsed once).
pub fn error_metadata(response: &HttpResponse) -> ErrorMetadata {
    let body = ErrorBody::read(response);
    let code = code_from(response, &body);
    ErrorMetadata::new(code, body.message(), request_id(response))
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
}
