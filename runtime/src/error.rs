//! Errors shared by every generated client: [`BuildError`] for invalid input,
//! [`UnhandledError`] for every failure that is not a modeled error of the
//! operation, [`ErrorMetadata`] for what a service says about an error (status,
//! code, message, request id) and [`ProvideErrorMetadata`], its accessor on every
//! error.
//!
//! Each error's `Display` shows its own layer once; its cause is its
//! [`source`](StdError::source), never repeated in its text
//! ([`DisplayErrorContext`] prints the whole chain).

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

/// What a service said about an error response: its HTTP status, error code,
/// message and request id.
///
/// Every error a generated client returns carries one, modeled or not, reached
/// through [`ProvideErrorMetadata::meta`]. Parts the response did not have (or
/// that do not apply, such as the status of a connection failure) are `None`.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ErrorMetadata {
    // Boxed, and absent when empty: every error carries one, and errors are
    // returned by value, so it stays one pointer wide.
    parts: Option<Box<Parts>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Parts {
    status: Option<u16>,
    code: Option<String>,
    message: Option<String>,
    request_id: Option<String>,
}

impl ErrorMetadata {
    /// Metadata from its parts, without a status ([`with_status`](Self::with_status) sets it).
    pub fn new(code: Option<String>, message: Option<String>, request_id: Option<String>) -> Self {
        let parts = Parts {
            status: None,
            code,
            message,
            request_id,
        };
        ErrorMetadata {
            parts: (parts != Parts::default()).then(|| Box::new(parts)),
        }
    }

    fn parts_mut(&mut self) -> &mut Parts {
        self.parts.get_or_insert_with(Default::default)
    }

    /// The HTTP status of the response, when there was one.
    pub fn status(&self) -> Option<u16> {
        self.parts.as_ref()?.status
    }

    /// The error code (`ResourceNotFoundException`), sanitized.
    pub fn code(&self) -> Option<&str> {
        self.parts.as_ref()?.code.as_deref()
    }

    /// The human-readable message.
    pub fn message(&self) -> Option<&str> {
        self.parts.as_ref()?.message.as_deref()
    }

    /// The request id: header `x-amzn-requestid`, else `x-amz-request-id`, else
    /// the body's `RequestId` (or `requestId`) member. Quote it to AWS support.
    pub fn request_id(&self) -> Option<&str> {
        self.parts.as_ref()?.request_id.as_deref()
    }

    /// Sets the HTTP status.
    pub fn with_status(mut self, status: u16) -> Self {
        self.parts_mut().status = Some(status);
        self
    }

    /// Sets the code.
    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.parts_mut().code = Some(code.into());
        self
    }

    /// Sets the message.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.parts_mut().message = Some(message.into());
        self
    }

    /// Sets the request id.
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.parts_mut().request_id = Some(request_id.into());
        self
    }

    fn set_request_id(&mut self, request_id: Option<String>) {
        self.parts_mut().request_id = request_id;
    }

    fn set_code(&mut self, code: Option<String>) {
        self.parts_mut().code = code;
    }
}

impl fmt::Debug for ErrorMetadata {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts = self.parts.as_deref().cloned().unwrap_or_default();
        f.debug_struct("ErrorMetadata")
            .field("status", &parts.status)
            .field("code", &parts.code)
            .field("message", &parts.message)
            .field("request_id", &parts.request_id)
            .finish()
    }
}

impl fmt::Display for ErrorMetadata {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.code(), self.message()) {
            (Some(c), Some(m)) => write!(f, "{c}: {m}"),
            (Some(c), None) => f.write_str(c),
            (None, Some(m)) => f.write_str(m),
            (None, None) => f.write_str("unknown error"),
        }
    }
}

/// Access to what the service said about an error, the same way for every error
/// a generated client returns: each modeled error, each operation's error enum
/// (its modeled errors and `Unhandled`), the crate's service-wide `Error`, and
/// [`UnhandledError`].
///
/// Generated crates re-export this trait from their `error` module; the
/// generated types also have the same methods without importing it.
///
/// ```
/// use smithy_runtime::error::{ErrorMetadata, ProvideErrorMetadata, UnhandledError};
///
/// /// Logs any client error with what AWS support asks for.
/// fn report(error: &impl ProvideErrorMetadata) -> String {
///     format!(
///         "code={} status={} request-id={}",
///         error.code().unwrap_or("-"),
///         error.meta().status().map_or("-".to_owned(), |s| s.to_string()),
///         error.request_id().unwrap_or("-"),
///     )
/// }
///
/// let meta = ErrorMetadata::new(Some("Oops".into()), None, Some("req-1".into())).with_status(500);
/// let error = UnhandledError::from_service_metadata(meta, "");
/// assert_eq!(report(&error), "code=Oops status=500 request-id=req-1");
/// ```
pub trait ProvideErrorMetadata {
    /// Status, code, message and request id, as the service sent them.
    fn meta(&self) -> &ErrorMetadata;

    /// The error code (`ResourceNotFoundException`).
    fn code(&self) -> Option<&str> {
        self.meta().code()
    }

    /// The service's message.
    fn message(&self) -> Option<&str> {
        self.meta().message()
    }

    /// The request id of the response.
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}

/// The error an operation's error enum holds, whichever variant it is: a
/// modeled error or an [`UnhandledError`]. A generated error enum lends the one
/// it holds as this trait object, so its metadata accessors, `Display` and
/// `source()` each forward to it without a `match` of their own.
pub trait HeldError: ProvideErrorMetadata + StdError {}

impl<T: ProvideErrorMetadata + StdError> HeldError for T {}

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
///
/// Its `Display` says what failed, in one line; the cause, when there is one
/// (the connection error, the signer's error...), is its
/// [`source`](StdError::source), never repeated in its own text. Print the whole
/// chain with `{:#}` of `anyhow`, or with [`DisplayErrorContext`].
pub struct UnhandledError {
    kind: ErrorKind,
    meta: ErrorMetadata,
    body: Vec<u8>,
    source: Option<BoxError>,
}

impl UnhandledError {
    fn new(kind: ErrorKind) -> Self {
        UnhandledError {
            kind,
            meta: ErrorMetadata::default(),
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
        Self::from_service_metadata(ErrorMetadata::new(code, message, request_id).with_status(status), body)
    }

    /// An error response the operation does not model, from its metadata (see
    /// [`rest_json::error_metadata`](crate::protocol::rest_json::error_metadata)).
    pub fn from_service_metadata(meta: ErrorMetadata, body: impl Into<Vec<u8>>) -> Self {
        UnhandledError {
            meta,
            body: body.into(),
            ..Self::new(ErrorKind::Service)
        }
    }

    /// A response that could not be understood: `message` says what was wrong,
    /// `source` is the parser's error (a `&str` or `String` works too) and must
    /// not repeat `message`.
    pub fn response(
        status: u16,
        message: impl Into<String>,
        body: impl Into<Vec<u8>>,
        source: impl Into<BoxError>,
    ) -> Self {
        UnhandledError {
            source: Some(source.into()),
            ..Self::malformed(status, message, body)
        }
    }

    /// A response that could not be understood, `message` saying what was wrong
    /// and why.
    pub fn malformed(status: u16, message: impl Into<String>, body: impl Into<Vec<u8>>) -> Self {
        UnhandledError {
            meta: ErrorMetadata::default().with_status(status).with_message(message),
            body: body.into(),
            ..Self::new(ErrorKind::Response)
        }
    }

    /// The request could not be built: the [`BuildError`]'s text is the message
    /// (it has no cause of its own), so `Display` names the member.
    pub fn build(error: BuildError) -> Self {
        UnhandledError {
            meta: ErrorMetadata::default().with_message(error.to_string()),
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
            meta: ErrorMetadata::default().with_message(message),
            ..Self::new(ErrorKind::Timeout)
        }
    }

    /// The transport timed out (connecting, or waiting for bytes); `source`
    /// says which.
    pub fn transport_timeout(source: impl Into<BoxError>) -> Self {
        UnhandledError {
            source: Some(source.into()),
            ..Self::new(ErrorKind::Timeout)
        }
    }

    /// A response body was larger than its cap (not retried).
    pub fn body_too_large(error: crate::limits::BodyTooLarge) -> Self {
        UnhandledError {
            meta: ErrorMetadata::default().with_status(error.status()),
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
        self.meta.set_request_id(request_id);
        self
    }

    /// Sets the error code (for a response whose body could not be read but
    /// whose code is known, so callers can still match on it).
    pub fn with_code(mut self, code: Option<String>) -> Self {
        self.meta.set_code(code);
        self
    }

    /// Sets the HTTP status.
    pub fn with_status(mut self, status: u16) -> Self {
        self.meta = std::mem::take(&mut self.meta).with_status(status);
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// Status, code, message and request id of the response, when there was one.
    pub fn meta(&self) -> &ErrorMetadata {
        &self.meta
    }

    /// The HTTP status, when a response was received.
    pub fn status(&self) -> Option<u16> {
        self.meta.status()
    }

    /// The service's error code (for [`ErrorKind::Service`]).
    pub fn code(&self) -> Option<&str> {
        self.meta.code()
    }

    /// The service's message, or what was wrong with the response
    /// ([`ErrorKind::Response`]), or which timeout passed ([`ErrorKind::Timeout`]).
    pub fn message(&self) -> Option<&str> {
        self.meta.message()
    }

    /// The request id of the response (see [`ErrorMetadata::request_id`]).
    pub fn request_id(&self) -> Option<&str> {
        self.meta.request_id()
    }

    /// The raw response body (empty when there was no response).
    pub fn body(&self) -> &[u8] {
        &self.body
    }
}

impl ProvideErrorMetadata for UnhandledError {
    fn meta(&self) -> &ErrorMetadata {
        &self.meta
    }
}

impl From<BuildError> for UnhandledError {
    fn from(e: BuildError) -> Self {
        UnhandledError::build(e)
    }
}

impl fmt::Display for UnhandledError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ErrorKind::Service => "service error",
            ErrorKind::Response => "malformed response",
            ErrorKind::Build => "failed to build the request",
            ErrorKind::Endpoint => "failed to resolve the endpoint",
            ErrorKind::Credentials => "failed to load credentials or sign the request",
            ErrorKind::Transport => "failed to send the request",
            ErrorKind::Timeout => match self.meta.message() {
                Some(message) => return f.write_str(message),
                None => "timed out",
            },
            ErrorKind::BodyTooLarge => "response refused",
            ErrorKind::Other => "request failed",
        };
        f.write_str(what)?;
        if let Some(code) = self.meta.code() {
            write!(f, " {code}")?;
        }
        if let Some(status) = self.meta.status() {
            write!(f, " (HTTP {status})")?;
        }
        if let Some(message) = self.meta.message() {
            write!(f, ": {message}")?;
        }
        Ok(())
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
        if let Some(s) = self.meta.status() {
            d.field("status", &s);
        }
        if let Some(c) = self.meta.code() {
            d.field("code", &c);
        }
        if let Some(m) = self.meta.message() {
            d.field("message", &m);
        }
        if let Some(r) = self.meta.request_id() {
            d.field("request_id", &r);
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

/// Displays an error followed by each of its sources, `: `-separated
/// (`failed to send the request: connection failed: Connection refused`), as
/// `{:#}` of `anyhow` does: the errors of this crate and of generated crates
/// print only their own layer.
///
/// ```
/// use smithy_runtime::error::{DisplayErrorContext, UnhandledError};
///
/// let error = UnhandledError::transport(std::io::Error::other("connection refused"));
/// assert_eq!(error.to_string(), "failed to send the request");
/// assert_eq!(
///     DisplayErrorContext(&error).to_string(),
///     "failed to send the request: connection refused"
/// );
/// ```
#[derive(Clone, Copy, Debug)]
pub struct DisplayErrorContext<E>(pub E);

impl<E: StdError> fmt::Display for DisplayErrorContext<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)?;
        let mut next = self.0.source();
        while let Some(error) = next {
            write!(f, ": {error}")?;
            next = error.source();
        }
        Ok(())
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
        assert_eq!(
            u.to_string(),
            "failed to build the request: invalid value for member `y` of `X`: must not be empty"
        );
        assert!(u.source().is_none());
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
        assert_eq!(e.meta().status(), Some(400));
        assert_eq!(e.code(), Some("WeirdException"));
        assert_eq!(e.request_id(), Some("req-1"));
        assert_eq!(ProvideErrorMetadata::request_id(&e), Some("req-1"));
        assert_eq!(e.body().len(), 100_000);
        let dbg = format!("{e:?}");
        assert!(dbg.len() < 600, "{dbg}");
        assert!(dbg.contains("(100000 bytes)"));

        let e = UnhandledError::response(200, "invalid JSON body", &b"{"[..], "EOF while parsing");
        assert_eq!(e.to_string(), "malformed response (HTTP 200): invalid JSON body");
        assert_eq!(e.source().unwrap().to_string(), "EOF while parsing");
        let e = UnhandledError::transport(std::io::Error::other("connection refused"));
        assert_eq!(e.to_string(), "failed to send the request");
        assert_eq!(e.kind(), ErrorKind::Transport);
        assert_eq!(e.source().unwrap().to_string(), "connection refused");
        assert_eq!(e.meta(), &ErrorMetadata::default());
        assert_eq!(
            UnhandledError::timeout("attempt timed out after 1s").to_string(),
            "attempt timed out after 1s"
        );
    }

    /// No layer's text contains its source's text, and the chain printed whole
    /// shows each part once.
    #[test]
    fn display_never_repeats_the_source() {
        let errors = [
            UnhandledError::transport(std::io::Error::other("connection refused")),
            UnhandledError::credentials(std::io::Error::other("no profile")),
            UnhandledError::endpoint("invalid region"),
            UnhandledError::other("boom"),
            UnhandledError::response(502, "the body is not JSON", "<html>", "expected value at line 1"),
        ];
        for error in &errors {
            let source = error.source().expect("a source").to_string();
            assert!(!error.to_string().contains(&source), "{error} repeats {source}");
            let chain = DisplayErrorContext(error).to_string();
            assert_eq!(chain.matches(&source).count(), 1, "{chain}");
            assert_eq!(chain, format!("{error}: {source}"));
        }
    }

    /// Errors are returned by value in every `Result`: they stay small (clippy's
    /// `result_large_err` flags 128 bytes in generated crates).
    #[test]
    fn errors_stay_small() {
        assert_eq!(std::mem::size_of::<ErrorMetadata>(), std::mem::size_of::<usize>());
        assert!(std::mem::size_of::<UnhandledError>() <= 64);
        assert_eq!(ErrorMetadata::new(None, None, None), ErrorMetadata::default());
    }

    #[test]
    fn error_metadata_parts() {
        let meta = ErrorMetadata::new(Some("C".into()), Some("m".into()), Some("r".into())).with_status(409);
        assert_eq!(
            (meta.status(), meta.code(), meta.message(), meta.request_id()),
            (Some(409), Some("C"), Some("m"), Some("r"))
        );
        assert_eq!(meta.to_string(), "C: m");
        let e = UnhandledError::from_service_metadata(meta.clone(), "{}");
        assert_eq!(e.meta(), &meta);
        assert_eq!(e.kind(), ErrorKind::Service);
        assert!(e.source().is_none());
    }
}
