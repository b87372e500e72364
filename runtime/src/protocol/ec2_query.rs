//! ec2Query helpers: the XML of responses and errors. Requests are written as
//! awsQuery's ([`super::query_writer`]), with the protocol's own key names
//! and lists always flattened.
//!
//! A response is `<OpResponse>members<requestId/></OpResponse>` (no result
//! wrapper); an error is `<Response><Errors><Error><Code/><Message/>members
//! </Error></Errors><RequestID/></Response>`, whose `Code` is the error
//! shape's name.

use super::xml::{self, XmlElement};
use crate::error::{ErrorMetadata, UnhandledError};
use crate::http::HttpResponse;

/// The root element of a successful response, which holds the output's members.
pub fn read_response(response: &HttpResponse) -> Result<XmlElement, UnhandledError> {
    xml::parse(&response.body).map_err(|e| malformed(response, e))
}

/// The error of a response whose body does not hold what its shape says
/// (`source` says why).
pub fn malformed(response: &HttpResponse, source: impl Into<crate::error::BoxError>) -> UnhandledError {
    xml::malformed_response(response, request_id(response), source)
}

/// The `<Errors><Error>` element of an error response, if the body has one.
pub fn error_element(response: &HttpResponse) -> Option<XmlElement> {
    let mut root = xml::parse(&response.body).ok()?;
    root.take_child("Errors")?.take_child("Error")
}

/// The error code of an error response (`<Errors><Error><Code>`), if any.
pub fn error_code(response: &HttpResponse) -> Option<String> {
    error_element(response)?.child_text("Code")
}

/// The request id: header `x-amzn-requestid` (or `x-amz-request-id`), else the body's `RequestID`
/// (of an error) or `requestId` (of a response).
pub fn request_id(response: &HttpResponse) -> Option<String> {
    if let Some(id) = super::header_request_id(response) {
        return Some(id.to_owned());
    }
    let root = xml::parse(&response.body).ok()?;
    body_request_id(&root)
}

fn body_request_id(root: &XmlElement) -> Option<String> {
    ["RequestID", "RequestId", "requestId"]
        .into_iter()
        .find_map(|name| root.child_text(name))
}

/// Status, code, message and request id of an error response (a body that is
/// not the ec2Query error XML gives no code or message, never an error).
pub fn error_metadata(response: &HttpResponse) -> ErrorMetadata {
    let root = xml::parse(&response.body).ok();
    let error = root
        .as_ref()
        .and_then(|r| r.child("Errors"))
        .and_then(|e| e.child("Error"));
    let code = error.and_then(|e| e.child_text("Code"));
    let message = error.and_then(|e| e.child_text("Message"));
    let request_id = super::header_request_id(response)
        .map(str::to_owned)
        .or_else(|| root.as_ref().and_then(body_request_id));
    ErrorMetadata::new(code, message, request_id).with_status(response.status)
}

/// The [`UnhandledError`] for an error response the operation does not model.
pub fn unhandled_error(response: &HttpResponse) -> UnhandledError {
    UnhandledError::from_service_metadata(error_metadata(response), response.body.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ERROR: &str = "<Response><Errors><Error><Code>InvalidGreeting</Code><Message>Hi</Message>\
        </Error></Errors><RequestID>foo-id</RequestID></Response>";

    #[test]
    fn error_metadata_reads_code_message_and_request_id() {
        let r = HttpResponse::new(400, ERROR);
        let meta = error_metadata(&r);
        assert_eq!(
            (meta.status(), meta.code(), meta.message(), meta.request_id()),
            (Some(400), Some("InvalidGreeting"), Some("Hi"), Some("foo-id"))
        );
        assert_eq!(error_code(&r).as_deref(), Some("InvalidGreeting"));
        assert_eq!(error_element(&r).unwrap().child("Message").unwrap().text(), "Hi");
        // A header's request id comes before the body's.
        let header = r.clone().with_header("x-amzn-RequestId", "h-id");
        assert_eq!(error_metadata(&header).request_id(), Some("h-id"));
        let s3_style = r.clone().with_header("x-amz-request-id", "s3-id");
        assert_eq!(error_metadata(&s3_style).request_id(), Some("s3-id"));
        assert_eq!(request_id(&s3_style).as_deref(), Some("s3-id"));
        let e = unhandled_error(&HttpResponse::new(500, "<html"));
        assert_eq!((e.status(), e.code()), (Some(500), None));
    }

    #[test]
    fn responses_are_their_root_element() {
        let r = HttpResponse::new(200, "<OpResponse><a>1</a><requestId>r</requestId></OpResponse>");
        assert_eq!(read_response(&r).unwrap().child("a").unwrap().text(), "1");
        assert_eq!(request_id(&r).as_deref(), Some("r"));
        assert!(read_response(&HttpResponse::new(200, "<OpResponse>")).is_err());
    }
}
