//! restXml helpers: the XML bodies of responses and errors. Requests use the
//! HTTP bindings of [`super::http_bindings`] and [`super::wire`] with bodies
//! written by [`super::xml_writer`].
//!
//! An error is `<ErrorResponse><Error><Type/><Code/><Message/>members</Error>
//! <RequestId/></ErrorResponse>`, or, for a service with `noErrorWrapping`,
//! `<Error>..<RequestId/></Error>` at the root; its `Code` names the error.

use super::xml::{self, XmlElement};
use crate::error::{ErrorMetadata, UnhandledError};
use crate::http::HttpResponse;

/// The root element of a response body; `None` for an empty body. A body
/// that is not well-formed XML is an error.
pub fn read_body(response: &HttpResponse) -> Result<Option<XmlElement>, UnhandledError> {
    if response.body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    xml::parse(&response.body).map(Some).map_err(|e| malformed(response, e))
}

/// The error of a response whose body does not hold what its shape says
/// (`source` says why).
pub fn malformed(response: &HttpResponse, source: impl Into<crate::error::BoxError>) -> UnhandledError {
    xml::malformed_response(response, request_id(response), source)
}

/// The `<Error>` element of an error response: the root itself when it is
/// `<Error>` (no error wrapping), else the root's `<Error>` child.
pub fn error_element(response: &HttpResponse) -> Option<XmlElement> {
    let mut root = xml::parse(&response.body).ok()?;
    if root.name() == "Error" {
        return Some(root);
    }
    root.take_child("Error")
}

/// The error code of an error response (`<Error><Code>`), if any.
pub fn error_code(response: &HttpResponse) -> Option<String> {
    error_element(response)?.child_text("Code")
}

/// The request id: header `x-amz-request-id` or `x-amzn-requestid`, else the
/// body's `RequestId`.
pub fn request_id(response: &HttpResponse) -> Option<String> {
    if let Some(id) = response
        .header_str("x-amz-request-id")
        .or_else(|| response.header_str("x-amzn-requestid"))
    {
        return Some(id.to_owned());
    }
    let root = xml::parse(&response.body).ok()?;
    root.child_text("RequestId")
}

/// Status, code, message and request id of an error response (a body that is
/// not the restXml error XML gives no code or message, never an error).
pub fn error_metadata(response: &HttpResponse) -> ErrorMetadata {
    let error = error_element(response);
    let code = error.as_ref().and_then(|e| e.child_text("Code"));
    let message = error.as_ref().and_then(|e| e.child_text("Message"));
    ErrorMetadata::new(code, message, request_id(response)).with_status(response.status)
}

/// The [`UnhandledError`] for an error response the operation does not model.
pub fn unhandled_error(response: &HttpResponse) -> UnhandledError {
    UnhandledError::from_service_metadata(error_metadata(response), response.body.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_and_unwrapped_errors_give_code_message_and_request_id() {
        let wrapped = HttpResponse::new(
            400,
            "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidGreeting</Code><Message>Hi</Message>\
             </Error><RequestId>foo-id</RequestId></ErrorResponse>",
        );
        let bare = HttpResponse::new(
            400,
            "<Error><Type>Sender</Type><Code>InvalidGreeting</Code><Message>Hi</Message>\
             <RequestId>foo-id</RequestId></Error>",
        );
        for r in [wrapped, bare] {
            let meta = error_metadata(&r);
            assert_eq!(
                (meta.status(), meta.code(), meta.message(), meta.request_id()),
                (Some(400), Some("InvalidGreeting"), Some("Hi"), Some("foo-id"))
            );
            assert_eq!(error_element(&r).unwrap().child("Type").unwrap().text(), "Sender");
        }
        let header = HttpResponse::new(500, "").with_header("x-amz-request-id", "h");
        assert_eq!(error_metadata(&header).request_id(), Some("h"));
        assert_eq!(error_code(&header), None);
    }

    #[test]
    fn bodies_are_read_or_malformed() {
        assert!(read_body(&HttpResponse::new(200, "")).unwrap().is_none());
        let root = read_body(&HttpResponse::new(200, "<A><B>1</B></A>")).unwrap().unwrap();
        assert_eq!(root.child("B").unwrap().text(), "1");
        assert_eq!(
            read_body(&HttpResponse::new(200, "<A>")).unwrap_err().status(),
            Some(200)
        );
    }
}
