//! Errors shared by every generated client: [`BuildError`] for invalid input,
//! [`UnhandledError`] for every failure that is not a modeled error of the
//! operation, and [`ErrorMetadata`] for what a service says about an error.

use std::error::Error as StdError;
use std::fmt;

/// A boxed error that can cross threads.
pub type BoxError = Box<dyn StdError + Send + Sync + 'static>;

/// An operation input could not be built: a required member is missing or a
/// value is invalid. Returned by the generated input builders, before anything is sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildError {
    shape: &'static str,
    member: &'static str,
    message: Option<String>,
}

impl BuildError {
    /// The required member `member` of the structure `shape` was not set.
    pub fn missing_field(shape: &'static str, member: &'static str) -> Self {
        BuildError {
            shape,
            member,
            message: None,
        }
    }

    /// The member `member` of the structure `shape` has an invalid value
    /// (`message` says why).
    pub fn invalid_field(shape: &'static str, member: &'static str, message: impl Into<String>) -> Self {
        BuildError {
            shape,
            member,
            message: Some(message.into()),
        }
    }

    /// The structure's name, as in the model (`DescribeJobExecutionInput`).
    pub fn shape(&self) -> &'static str {
        self.shape
    }

    /// The member's name, as in the model (`jobId`).
    pub fn member(&self) -> &'static str {
        self.member
    }

    /// Whether the member was missing (else it was invalid).
    pub fn is_missing(&self) -> bool {
        self.message.is_none()
    }

    /// Why the value is invalid, for [`invalid_field`](Self::invalid_field).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.message {
            None => write!(f, "missing required member `{}` of `{}`", self.member, self.shape),
            Some(m) => write!(f, "invalid value for member `{}` of `{}`: {m}", self.member, self.shape),
        }
    }
}

impl StdError for BuildError {}

/// What a service said about an error response: its code, message and request id.
///
/// Generated modeled errors carry one, next to their modeled members.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorMetadata {
    code: Option<String>,
    message: Option<String>,
    request_id: Option<String>,
}

impl ErrorMetadata {
    /// Metadata from its parts.
    pub fn new(code: Option<String>, message: Option<String>, request_id: Option<String>) -> Self {
        ErrorMetadata {
            code,
            message,
            request_id,
        }
    }

    /// The error code (`ResourceNotFoundException`), sanitized.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The human-readable message.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The request id (header `x-amzn-requestid`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Sets the code.
    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.code = Some(code.into());
        self
    }

    /// Sets the message.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self
    }

    /// Sets the request id.
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = Some(request_id.into());
        self
    }
}

impl fmt::Display for ErrorMetadata {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.code, &self.message) {
            (Some(c), Some(m)) => write!(f, "{c}: {m}"),
            (Some(c), None) => f.write_str(c),
            (None, Some(m)) => f.write_str(m),
            (None, None) => f.write_str("unknown error"),
        }
    }
}

/// What kind of failure an [`UnhandledError`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The request could not be built (invalid input).
    Build,
    /// No endpoint could be resolved.
    Endpoint,
    /// Credentials could not be loaded, or the request could not be signed.
    Credentials,
    /// The request could not be sent or the response not received (connection,
    /// TLS, I/O).
    Transport,
    /// An attempt or the whole operation timed out.
    Timeout,
    /// A response came back but could not be understood.
    Response,
    /// A response body was larger than its cap
    /// ([`BodyLimits`](crate::BodyLimits)); the source is a
    /// [`BodyTooLarge`](crate::limits::BodyTooLarge).
    BodyTooLarge,
    /// The service returned an error that the operation does not model.
    Service,
    /// Anything else.
    Other,
}

/// A failure that is not one of the operation's modeled errors: an unmodeled
/// service error, or a failure before or without a usable service response.
///
/// Every generated operation error enum has an `Unhandled(UnhandledError)` case.
pub struct UnhandledError {
    kind: ErrorKind,
    status: Option<u16>,
    code: Option<String>,
    message: Option<String>,
    request_id: Option<String>,
    body: Vec<u8>,
    source: Option<BoxError>,
}

impl UnhandledError {
    fn new(kind: ErrorKind) -> Self {
        UnhandledError {
            kind,
            status: None,
            code: None,
            message: None,
            request_id: None,
            body: Vec::new(),
            source: None,
        }
    }

    /// An error response the operation does not model.
    pub fn service(
        status: u16,
        code: Option<String>,
        message: Option<String>,
        request_id: Option<String>,
        body: impl Into<Vec<u8>>,
    ) -> Self {
        UnhandledError {
            status: Some(status),
            code,
            message,
            request_id,
            body: body.into(),
            ..Self::new(ErrorKind::Service)
        }
    }

    /// A response that could not be understood (`message` says what was wrong,
    /// `source` is the parser's error; a `&str` or `String` works too).
    pub fn response(
        status: u16,
        message: impl Into<String>,
        body: impl Into<Vec<u8>>,
        source: impl Into<BoxError>,
    ) -> Self {
        UnhandledError {
            status: Some(status),
            message: Some(message.into()),
            body: body.into(),
            source: Some(source.into()),
            ..Self::new(ErrorKind::Response)
        }
    }

    /// The request could not be built.
    pub fn build(error: BuildError) -> Self {
        UnhandledError {
            message: Some(error.to_string()),
            source: Some(Box::new(error)),
            ..Self::new(ErrorKind::Build)
        }
    }

    /// The request could not be sent, or no response was received.
    pub fn transport(source: impl Into<BoxError>) -> Self {
        UnhandledError {
            source: Some(source.into()),
            ..Self::new(ErrorKind::Transport)
        }
    }

    /// An attempt or the whole operation timed out; `message` says which
    /// (`"attempt timed out after 3s"`).
    pub fn timeout(message: impl Into<String>) -> Self {
        UnhandledError {
            message: Some(message.into()),
            ..Self::new(ErrorKind::Timeout)
        }
    }

    /// A response body was larger than its cap (not retried).
    pub fn body_too_large(error: crate::limits::BodyTooLarge) -> Self {
        UnhandledError {
            status: Some(error.status()),
            source: Some(Box::new(error)),
            ..Self::new(ErrorKind::BodyTooLarge)
        }
    }

    /// No endpoint could be resolved.
    pub fn endpoint(source: impl Into<BoxError>) -> Self {
        UnhandledError {
            source: Some(source.into()),
            ..Self::new(ErrorKind::Endpoint)
        }
    }

    /// Credentials could not be loaded, or signing failed.
    pub fn credentials(source: impl Into<BoxError>) -> Self {
        UnhandledError {
            source: Some(source.into()),
            ..Self::new(ErrorKind::Credentials)
        }
    }

    /// Any other failure.
    pub fn other(source: impl Into<BoxError>) -> Self {
        UnhandledError {
            source: Some(source.into()),
            ..Self::new(ErrorKind::Other)
        }
    }

    /// Sets the request id (for errors that came with a response).
    pub fn with_request_id(mut self, request_id: Option<String>) -> Self {
        self.request_id = request_id;
        self
    }

    /// Sets the error code (for a response whose body could not be read but
    /// whose code is known, so callers can still match on it).
    pub fn with_code(mut self, code: Option<String>) -> Self {
        self.code = code;
        self
    }

    /// Sets the HTTP status.
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The HTTP status, when a response was received.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The service's error code (for [`ErrorKind::Service`]).
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The service's message, or a description of the failure.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The request id from the `x-amzn-requestid` header.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The raw response body (empty when there was no response).
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The service-error parts, as [`ErrorMetadata`].
    pub fn metadata(&self) -> ErrorMetadata {
        ErrorMetadata::new(self.code.clone(), self.message.clone(), self.request_id.clone())
    }
}

impl From<BuildError> for UnhandledError {
    fn from(e: BuildError) -> Self {
        UnhandledError::build(e)
    }
}

impl fmt::Display for UnhandledError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::Service => {
                write!(f, "service error")?;
                if let Some(code) = &self.code {
                    write!(f, " {code}")?;
                }
                if let Some(status) = self.status {
                    write!(f, " (HTTP {status})")?;
                }
                if let Some(m) = &self.message {
                    write!(f, ": {m}")?;
                }
                Ok(())
            }
            ErrorKind::Build => match &self.message {
                Some(m) => write!(f, "failed to build the request: {m}"),
                None => f.write_str("failed to build the request"),
            },
            ErrorKind::Response => {
                write!(f, "malformed response")?;
                if let Some(status) = self.status {
                    write!(f, " (HTTP {status})")?;
                }
                if let Some(m) = &self.message {
                    write!(f, ": {m}")?;
                }
                if let Some(s) = &self.source {
                    write!(f, ": {s}")?;
                }
                Ok(())
            }
            ErrorKind::Timeout => match &self.message {
                Some(m) => f.write_str(m),
                None => f.write_str("timed out"),
            },
            kind => {
                let what = match kind {
                    ErrorKind::Endpoint => "failed to resolve the endpoint",
                    ErrorKind::Credentials => "failed to load credentials or sign the request",
                    ErrorKind::Transport => "failed to send the request",
                    ErrorKind::BodyTooLarge => "response refused",
                    _ => "request failed",
                };
                f.write_str(what)?;
                if let Some(m) = &self.message {
                    write!(f, ": {m}")?;
                }
                if let Some(s) = &self.source {
                    write!(f, ": {s}")?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Debug for UnhandledError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Body<'a>(&'a [u8]);
        impl fmt::Debug for Body<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                debug_bytes(f, self.0)
            }
        }
        let mut d = f.debug_struct("UnhandledError");
        d.field("kind", &self.kind);
        if let Some(s) = self.status {
            d.field("status", &s);
        }
        if let Some(c) = &self.code {
            d.field("code", c);
        }
        if let Some(m) = &self.message {
            d.field("message", m);
        }
        if let Some(r) = &self.request_id {
            d.field("request_id", r);
        }
        if !self.body.is_empty() {
            d.field("body", &Body(&self.body));
        }
        if let Some(s) = &self.source {
            d.field("source", s);
        }
        d.finish()
    }
}

impl StdError for UnhandledError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source.as_ref().map(|s| s.as_ref() as &(dyn StdError + 'static))
    }
}

/// Writes bytes for `Debug`: as a string when UTF-8, at most 256 bytes, with the
/// total length when cut.
pub(crate) fn debug_bytes(f: &mut fmt::Formatter<'_>, bytes: &[u8]) -> fmt::Result {
    const MAX: usize = 256;
    let shown = &bytes[..bytes.len().min(MAX)];
    match std::str::from_utf8(shown) {
        Ok(s) => write!(f, "{s:?}")?,
        Err(_) => write!(f, "{:?}", String::from_utf8_lossy(shown))?,
    }
    if bytes.len() > MAX {
        write!(f, "... ({} bytes)", bytes.len())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_error_display() {
        let e = BuildError::missing_field("DescribeJobExecutionInput", "jobId");
        assert_eq!(
            e.to_string(),
            "missing required member `jobId` of `DescribeJobExecutionInput`"
        );
        assert!(e.is_missing());
        let e = BuildError::invalid_field("X", "y", "must not be empty");
        assert_eq!(e.to_string(), "invalid value for member `y` of `X`: must not be empty");
        let u: UnhandledError = e.into();
        assert_eq!(u.kind(), ErrorKind::Build);
        assert!(u.source().is_some());
    }

    #[test]
    fn unhandled_error() {
        fn assert_bounds<T: Send + Sync + 'static + StdError>() {}
        assert_bounds::<UnhandledError>();
        let e = UnhandledError::service(
            400,
            Some("WeirdException".into()),
            Some("it broke".into()),
            Some("req-1".into()),
            vec![b'a'; 100_000],
        );
        assert_eq!(e.to_string(), "service error WeirdException (HTTP 400): it broke");
        assert_eq!(e.status(), Some(400));
        assert_eq!(e.code(), Some("WeirdException"));
        assert_eq!(e.request_id(), Some("req-1"));
        assert_eq!(e.body().len(), 100_000);
        let dbg = format!("{e:?}");
        assert!(dbg.len() < 600, "{dbg}");
        assert!(dbg.contains("(100000 bytes)"));

        let e = UnhandledError::response(200, "invalid JSON body", &b"{"[..], "EOF");
        assert_eq!(e.to_string(), "malformed response (HTTP 200): invalid JSON body: EOF");
        let e = UnhandledError::transport(std::io::Error::other("connection refused"));
        assert_eq!(e.to_string(), "failed to send the request: connection refused");
        assert_eq!(e.kind(), ErrorKind::Transport);
        assert!(e.source().is_some());
        assert_eq!(
            UnhandledError::timeout("attempt timed out after 1s").to_string(),
            "attempt timed out after 1s"
        );
    }
}
