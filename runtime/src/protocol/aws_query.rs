//! awsQuery helpers: the XML envelope of responses and errors.
//!
//! A response is `<OpResponse><OpResult>members</OpResult><ResponseMetadata>
//! <RequestId>..</RequestId></ResponseMetadata></OpResponse>`; an error is
//! `<ErrorResponse><Error><Type/><Code/><Message/>members</Error>
//! <RequestId/></ErrorResponse>`, whose `Code` names the error (the shape's
//! `@awsQueryError` code, else its name). Requests are written with
//! [`super::query_writer`].

use super::xml::{self, XmlElement};
use crate::error::{ErrorMetadata, UnhandledError};
use crate::http::HttpResponse;

/// The `<OpResult>` element of a successful response (`result` names it);
/// `None` when the response has none. A body that is not well-formed XML is
/// an error.
pub fn read_result(response: &HttpResponse, result: &str) -> Result<Option<XmlElement>, UnhandledError> {
    let mut root = parse(response)?;
    Ok(root.take_child(result))
}

/// Parses the body, or the [`UnhandledError`] of a malformed response.
fn parse(response: &HttpResponse) -> Result<XmlElement, UnhandledError> {
    xml::parse(&response.body).map_err(|e| malformed(response, e))
}

/// The error of a response whose body does not hold what its shape says
/// (`source` says why).
pub fn malformed(response: &HttpResponse, source: impl Into<crate::error::BoxError>) -> UnhandledError {
    xml::malformed_response(response, request_id(response), source)
}

/// The `<Error>` element of an error response, if the body has one.
pub fn error_element(response: &HttpResponse) -> Option<XmlElement> {
    let mut root = xml::parse(&response.body).ok()?;
    root.take_child("Error")
}

/// The error code of an error response (`<Error><Code>`), if any.
pub fn error_code(response: &HttpResponse) -> Option<String> {
    let root = xml::parse(&response.body).ok()?;
    root.child("Error")?.child_text("Code")
}

/// The request id: header `x-amzn-requestid` (or `x-amz-request-id`), else the body's `RequestId`
/// (of an error, or of a response's `ResponseMetadata`).
pub fn request_id(response: &HttpResponse) -> Option<String> {
    if let Some(id) = super::header_request_id(response) {
        return Some(id.to_owned());
    }
    let root = xml::parse(&response.body).ok()?;
    root.child_text("RequestId")
        .or_else(|| root.child("ResponseMetadata")?.child_text("RequestId"))
}

/// Status, code, message and request id of an error response (a body that is
/// not the awsQuery error XML gives no code or message, never an error).
pub fn error_metadata(response: &HttpResponse) -> ErrorMetadata {
    let root = xml::parse(&response.body).ok();
    let error = root.as_ref().and_then(|r| r.child("Error"));
    let code = error.and_then(|e| e.child_text("Code"));
    let message = error.and_then(|e| e.child_text("Message"));
    let request_id = super::header_request_id(response)
        .map(str::to_owned)
        .or_else(|| root.as_ref().and_then(|r| r.child_text("RequestId")));
    ErrorMetadata::new(code, message, request_id).with_status(response.status)
}

/// The [`UnhandledError`] for an error response the operation does not model.
pub fn unhandled_error(response: &HttpResponse) -> UnhandledError {
    UnhandledError::from_service_metadata(error_metadata(response), response.body.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ERROR: &str = "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidGreeting</Code>\
        <Message>Hi</Message></Error><RequestId>foo-id</RequestId></ErrorResponse>";

    #[test]
    fn error_metadata_reads_code_message_and_request_id() {
        let r = HttpResponse::new(400, ERROR);
        let meta = error_metadata(&r);
        assert_eq!(
            (meta.status(), meta.code(), meta.message(), meta.request_id()),
            (Some(400), Some("InvalidGreeting"), Some("Hi"), Some("foo-id"))
        );
        assert_eq!(error_code(&r).as_deref(), Some("InvalidGreeting"));
        assert_eq!(error_element(&r).unwrap().child("Type").unwrap().text(), "Sender");
        let header = r.clone().with_header("x-amzn-RequestId", "h-id");
        assert_eq!(error_metadata(&header).request_id(), Some("h-id"));
        let s3_style = r.clone().with_header("x-amz-request-id", "s3-id");
        assert_eq!(error_metadata(&s3_style).request_id(), Some("s3-id"));
        assert_eq!(request_id(&s3_style).as_deref(), Some("s3-id"));
    }

    #[test]
    fn a_body_that_is_not_the_error_xml_gives_only_the_status() {
        let e = unhandled_error(&HttpResponse::new(503, "<html"));
        assert_eq!((e.status(), e.code(), e.message()), (Some(503), None, None));
        assert_eq!(error_code(&HttpResponse::new(500, "")), None);
    }

    #[test]
    fn results_are_found_in_the_response_or_the_body_is_malformed() {
        let r = HttpResponse::new(
            200,
            "<OpResponse><OpResult><A>1</A></OpResult><ResponseMetadata><RequestId>r</RequestId>\
             </ResponseMetadata></OpResponse>",
        );
        assert_eq!(
            read_result(&r, "OpResult").unwrap().unwrap().child("A").unwrap().text(),
            "1"
        );
        assert_eq!(request_id(&r).as_deref(), Some("r"));
        assert!(read_result(&r, "Other").unwrap().is_none());
        let error = read_result(&HttpResponse::new(200, "<OpResponse>"), "OpResult").unwrap_err();
        assert_eq!(error.status(), Some(200));
    }
}
