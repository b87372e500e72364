//! The orchestrator the generated operations call: [`ClientRuntime::send`] joins
//! the serialized request with the resolved endpoint, signs it (or relies on the
//! device certificate), sends it with retries and timeouts, and returns the raw
//! response for the generated deserializer.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use tracing::Instrument as _;

use crate::auth::{ApiKeyLocation, AuthMode};
use crate::base_url::{BaseUrl, BaseUrlCache};
use crate::byte_stream::{ByteStream, ByteStreamErrorKind, Progress};
use crate::clock_skew::{self, ClockSkew};
use crate::config::ClientConfig;
use crate::credentials::{Credentials, EnvironmentCredentials, SharedCredentialsProvider};
use crate::endpoint::Endpoint;
use crate::error::UnhandledError;
use crate::http::{
    HeaderName, HeaderValue, HttpRequest, HttpResponse, StreamingHttpRequest, StreamingHttpResponse, TransportError,
    TransportErrorKind,
};
use crate::limits::{collect_limited, CollectError};
use crate::protocol::http_bindings::encode_query;
use crate::protocol::Protocol;
use crate::retry::{classify_response, RetryKind, RetryQuota};
use crate::sigv4::{sign_with_key_cache, Payload, Sha256Hasher, SigningKeyCache, SigningParams};
use crate::sleep::{timeout, AsyncSleep};
use crate::stall::{guard_body, until_stalled};

/// The static facts about an operation that the runtime needs. Build one as a
/// `const` with [`Operation::new`] and the `with_*` methods.
///
/// ```
/// use smithy_runtime::{AuthMode, Operation};
///
/// const DESCRIBE: Operation = Operation::new(
///     "DescribeJobExecution",
///     "IotLaserThingJobManagerExternalService",
///     &[AuthMode::SigV4 { signing_name: "iot-jobs-data" }],
/// )
/// .with_retryable_error_codes(&["ServiceUnavailableException"]);
/// assert_eq!(DESCRIBE.name, "DescribeJobExecution");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operation {
    /// The operation's name in the model (`DescribeJobExecution`).
    pub name: &'static str,
    /// The service's name (for tracing).
    pub service: &'static str,
    /// The auth schemes it accepts, in order of preference: the first whose
    /// identity is available is used ([`AuthMode::None`] always is). None
    /// listed means anonymous.
    pub auth: &'static [AuthMode],
    /// Error codes the operation's modeled errors mark `@retryable`.
    pub retryable_error_codes: &'static [&'static str],
    /// Sign with `UNSIGNED-PAYLOAD` (`@unsignedPayload`).
    pub unsigned_payload: bool,
    /// The protocol it speaks, which says how error responses name their error.
    pub protocol: Protocol,
}

impl Operation {
    /// An operation with no retryable modeled errors and a signed payload.
    pub const fn new(name: &'static str, service: &'static str, auth: &'static [AuthMode]) -> Self {
        Operation {
            name,
            service,
            auth,
            retryable_error_codes: &[],
            unsigned_payload: false,
            protocol: Protocol::RestJson1,
        }
    }

    /// Sets the protocol (restJson1 unless set).
    pub const fn with_protocol(mut self, protocol: Protocol) -> Self {
        self.protocol = protocol;
        self
    }

    /// Sets the error codes marked `@retryable`.
    pub const fn with_retryable_error_codes(mut self, codes: &'static [&'static str]) -> Self {
        self.retryable_error_codes = codes;
        self
    }

    /// Marks the payload unsigned (`@unsignedPayload`).
    pub const fn with_unsigned_payload(mut self, unsigned: bool) -> Self {
        self.unsigned_payload = unsigned;
        self
    }
}

/// Sends operations for a generated client. Cheap to clone; clones share the
/// retry quota, the measured [`ClockSkew`] and the SigV4 signing key.
#[derive(Clone, Debug)]
pub struct ClientRuntime {
    config: ClientConfig,
    quota: Option<Arc<RetryQuota>>,
    clock_skew: Arc<ClockSkew>,
    env_credentials: SharedCredentialsProvider,
    base_url: Arc<BaseUrlCache>,
    signing_keys: Arc<SigningKeyCache>,
}

/// The SigV4 parameters of one operation call, borrowed from the operation, the
/// endpoint and the configuration.
#[derive(Debug)]
struct Signing<'a> {
    name: &'a str,
    region: &'a str,
    disable_double_encoding: bool,
    unsigned_payload: bool,
}

/// How one attempt authenticates: the call's SigV4 parameters (or why it has
/// none), what the signature covers of the body, and the clock offset to sign with.
#[derive(Clone, Copy)]
struct AttemptAuth<'a> {
    signing: Option<Result<&'a Signing<'a>, &'a str>>,
    payload: &'a PayloadSigning,
    clock_offset_millis: i64,
}

/// What the SigV4 signature covers of the request body, decided once per call.
enum PayloadSigning {
    /// `UNSIGNED-PAYLOAD`.
    Unsigned,
    /// The in-memory body, hashed on each attempt.
    Bytes,
    /// A body hashed beforehand (a file).
    Sha256(String),
}

/// `@unsignedPayload` and one-shot streams: `UNSIGNED-PAYLOAD`; bodies in
/// memory: their bytes; files: read once now to hash them.
async fn payload_signing(signing: &Signing<'_>, body: &ByteStream) -> Result<PayloadSigning, UnhandledError> {
    if signing.unsigned_payload {
        return Ok(PayloadSigning::Unsigned);
    }
    if body.bytes().is_some() {
        return Ok(PayloadSigning::Bytes);
    }
    let Some(mut copy) = body.reopen() else {
        return Ok(PayloadSigning::Unsigned);
    };
    let mut hasher = Sha256Hasher::new();
    while let Some(chunk) = copy.next().await {
        let chunk = chunk.map_err(UnhandledError::other)?;
        hasher.update(&chunk);
    }
    Ok(PayloadSigning::Sha256(hasher.finish()))
}

enum AttemptError {
    /// Not retried (credentials, signing, transport setup).
    Fatal(UnhandledError),
    /// A transport failure.
    Transport(crate::http::TransportError),
}

impl ClientRuntime {
    /// A runtime for `config`, with a fresh retry quota.
    pub fn new(config: ClientConfig) -> Self {
        let quota = config
            .retry_config()
            .retry_quota()
            .map(|capacity| Arc::new(RetryQuota::new(capacity)));
        ClientRuntime {
            config,
            quota,
            clock_skew: Arc::default(),
            env_credentials: Arc::new(EnvironmentCredentials::new()),
            base_url: Arc::default(),
            signing_keys: Arc::default(),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// The credentials an endpoint may depend on (their account id and scope, for
    /// the `AWS::Auth::*` built-ins of endpoint rules): those that would sign `op`,
    /// or `None` when `op` offers no SigV4 (or a device certificate authenticates) or no
    /// credentials can be loaded (signing then reports why).
    pub async fn endpoint_credentials(&self, op: &Operation) -> Option<Credentials> {
        let signs = op.auth.iter().any(|scheme| matches!(scheme, AuthMode::SigV4 { .. }));
        if !signs || self.config.device_certificate().is_some() {
            return None;
        }
        let provider = self.config.credentials_provider().unwrap_or(&self.env_credentials);
        provider.provide_credentials().await.ok()
    }

    /// The retry quota shared by this runtime's clones.
    pub fn retry_quota(&self) -> Option<&RetryQuota> {
        self.quota.as_deref()
    }

    /// The offset of the service's clock from the local one, as last measured,
    /// shared by this runtime's clones (see [`clock_skew`]).
    pub fn clock_skew(&self) -> &ClockSkew {
        &self.clock_skew
    }

    /// Sends `request` (path and query relative to the endpoint, as the generated
    /// serializer built it) to `endpoint`, with auth, retries and timeouts.
    ///
    /// Returns the last response, success or error: the generated code parses it
    /// (an error response into a modeled error, or with
    /// [`rest_json::unhandled_error`](crate::protocol::rest_json::unhandled_error)). Returns `Err` only when there is no
    /// response to parse: endpoint URL invalid, credentials or signing failed,
    /// transport error, or timeout (after the retries it allows).
    ///
    /// Signing uses the local clock corrected by the measured [`ClockSkew`]. A
    /// response refused for clock skew (see [`clock_skew`]) is signed again with
    /// the corrected time and sent once more, at most once per call: that retry
    /// is not counted in [`RetryConfig::max_attempts`](crate::RetryConfig::max_attempts),
    /// takes nothing from the retry quota and does not wait (the failure says
    /// nothing about the service's health, and the corrected request is
    /// expected to pass). It needs a body that can be sent again.
    pub async fn send(
        &self,
        op: &Operation,
        request: HttpRequest,
        endpoint: &Endpoint,
    ) -> Result<HttpResponse, UnhandledError> {
        let request = StreamingHttpRequest::from(request);
        let (response, _) = self.orchestrate(op, request, endpoint, false).await?;
        Ok(response)
    }

    /// [`send`](Self::send) for operations with a `@streaming` blob payload: the
    /// request body may stream, and a 2xx response is handed back as soon as its
    /// status and headers arrived, its body a [`ByteStream`] to read as it comes.
    ///
    /// * Error responses (non-2xx, small) are read in full before they are
    ///   classified, so the generated error parsing and the retry rules work as
    ///   for [`send`](Self::send); their body is in memory
    ///   ([`StreamingHttpResponse::into_parts`] gives it back in the
    ///   `HttpResponse`).
    /// * Retries happen only before a body is handed over: a failure while
    ///   reading a 2xx body is the caller's (an error from
    ///   [`ByteStream::next`]). The attempt and operation timeouts cover the
    ///   wait for the response head, not the reading of its body; the read
    ///   timeout covers both: a body that stalls yields an error of kind
    ///   [`ByteStreamErrorKind::Timeout`] instead of hanging.
    /// * Error bodies are capped by [`BodyLimits::max_error_body`](crate::BodyLimits::max_error_body).
    /// * The request body is sent again whole on each attempt when it can be
    ///   re-opened (in memory, a file); a body from
    ///   [`ByteStream::from_stream`] is sent once: no retries.
    /// * SigV4 covers the body as follows: `@unsignedPayload` operations and
    ///   bodies of unknown content (streams) are signed with `UNSIGNED-PAYLOAD`
    ///   (sending `x-amz-content-sha256: UNSIGNED-PAYLOAD`); in-memory bodies are
    ///   hashed; a file body is read once before the first attempt to hash it.
    pub async fn send_streaming(
        &self,
        op: &Operation,
        request: StreamingHttpRequest,
        endpoint: &Endpoint,
    ) -> Result<StreamingHttpResponse, UnhandledError> {
        let (response, body) = self.orchestrate(op, request, endpoint, true).await?;
        Ok(match body {
            Some(body) => StreamingHttpResponse {
                status: response.status,
                headers: response.headers,
                body,
            },
            None => StreamingHttpResponse::from(response),
        })
    }

    /// Both `send`s: the response, its body in memory unless `stream` and 2xx,
    /// in which case the body is the `ByteStream`.
    async fn orchestrate(
        &self,
        op: &Operation,
        request: StreamingHttpRequest,
        endpoint: &Endpoint,
        stream: bool,
    ) -> Result<(HttpResponse, Option<ByteStream>), UnhandledError> {
        // The state of a call (retry loop, signing, the transport's future) is
        // several kilobytes: on the heap once, it is not copied between the
        // await points of every caller above.
        Box::pin(self.orchestrate_unboxed(op, request, endpoint, stream)).await
    }

    async fn orchestrate_unboxed(
        &self,
        op: &Operation,
        request: StreamingHttpRequest,
        endpoint: &Endpoint,
        stream: bool,
    ) -> Result<(HttpResponse, Option<ByteStream>), UnhandledError> {
        let span = tracing::debug_span!(
            "operation",
            service = op.service,
            operation = op.name,
            attempts = tracing::field::Empty,
            status = tracing::field::Empty,
        );
        let sleep = self.config.sleep();
        let limit = self.config.timeout_config().operation_timeout();
        let fut = self.send_with_retries(op, request, endpoint, stream, sleep.as_ref(), &span);
        match timeout(sleep.as_ref(), limit, fut).instrument(span.clone()).await {
            Ok(result) => result,
            Err(()) => {
                tracing::debug!(parent: &span, "operation timed out");
                Err(UnhandledError::timeout(format!(
                    "operation `{}` timed out after {:?}",
                    op.name,
                    limit.unwrap_or_default()
                )))
            }
        }
    }

    async fn send_with_retries(
        &self,
        op: &Operation,
        request: StreamingHttpRequest,
        endpoint: &Endpoint,
        stream: bool,
        sleep: &dyn AsyncSleep,
        op_span: &tracing::Span,
    ) -> Result<(HttpResponse, Option<ByteStream>), UnhandledError> {
        let (request, mut body) = request.into_parts();
        let mut request = self.prepare(request, endpoint)?;
        if !request.headers.contains_key(::http::header::USER_AGENT) {
            request.headers.insert(
                ::http::header::USER_AGENT,
                HeaderValue::from_static(concat!("smithy-runtime/", env!("CARGO_PKG_VERSION"))),
            );
        }
        let signing = self.signing(op, endpoint);
        let payload = match &signing {
            Some(Ok(signing)) => payload_signing(signing, &body).await?,
            _ => PayloadSigning::Unsigned,
        };
        let signing = signing.as_ref().map(|s| s.as_ref().map_err(String::as_str));
        let resendable = body.is_reopenable();
        let retry = self.config.retry_config();
        let attempt_limit = self.config.timeout_config().attempt_timeout();
        let mut acquired: Option<u32> = None;
        let mut attempt: u32 = 1;
        let mut skew_corrected = false;
        loop {
            let sent_count = attempt + u32::from(skew_corrected);
            let span = tracing::debug_span!("attempt", attempt = sent_count, status = tracing::field::Empty);
            op_span.record("attempts", sent_count);
            let attempt_body = match body.reopen() {
                Some(body) => body,
                None => std::mem::take(&mut body),
            };
            let offset_used = self.clock_skew.offset_millis();
            let sent = SystemTime::now();
            // The attempt's state (signing, the transport's future, the body being
            // read) is kilobytes: boxed once, the timeout and span wrappers move a
            // pointer instead of copying it at each level.
            let outcome = timeout(
                sleep,
                attempt_limit,
                Box::pin(self.attempt(
                    op,
                    &request,
                    attempt_body,
                    AttemptAuth {
                        signing,
                        payload: &payload,
                        clock_offset_millis: offset_used,
                    },
                    stream,
                )),
            )
            .instrument(span.clone())
            .await;
            let received = SystemTime::now();
            let (kind, result) = match outcome {
                Err(()) => (
                    RetryKind::Timeout,
                    Err(UnhandledError::timeout(format!(
                        "attempt {attempt} of `{}` timed out after {:?}",
                        op.name,
                        attempt_limit.unwrap_or_default()
                    ))),
                ),
                Ok(Err(AttemptError::Fatal(e))) => return Err(e),
                Ok(Err(AttemptError::Transport(e))) => {
                    let kind = match e.kind() {
                        TransportErrorKind::Connect | TransportErrorKind::Io => RetryKind::Transient,
                        TransportErrorKind::Timeout => RetryKind::Timeout,
                        _ => return Err(UnhandledError::transport(e)),
                    };
                    tracing::debug!(parent: &span, error = %e, "transport error");
                    // Every timeout (connect, read, attempt) is one kind for the caller.
                    let error = match e.kind() {
                        TransportErrorKind::Timeout => UnhandledError::transport_timeout(e),
                        _ => UnhandledError::transport(e),
                    };
                    (kind, Err(error))
                }
                Ok(Ok((response, streamed))) => {
                    span.record("status", response.status);
                    op_span.record("status", response.status);
                    let measured = clock_skew::measure(&response, sent, received);
                    if let Some(offset) = measured {
                        self.clock_skew.set_offset_millis(offset);
                    }
                    if response.is_success() {
                        if let Some(q) = &self.quota {
                            q.release(acquired.unwrap_or(RetryQuota::NO_RETRY_INCREMENT));
                        }
                        return Ok((response, streamed));
                    }
                    let code = op.protocol.error_code(&response);
                    if !skew_corrected
                        && signing.is_some()
                        && resendable
                        && clock_skew::is_correctable(code.as_deref(), offset_used, measured)
                    {
                        tracing::debug!(parent: &span, code = code.as_deref().unwrap_or(""), offset_ms = measured.unwrap_or_default(), "clock skew: signing again with the service's time");
                        skew_corrected = true;
                        continue;
                    }
                    match classify_response(response.status, code.as_deref(), op.retryable_error_codes) {
                        None => return Ok((response, None)),
                        Some(kind) => {
                            tracing::debug!(parent: &span, status = response.status, code = code.as_deref().unwrap_or(""), "retryable error response");
                            (kind, Ok((response, None)))
                        }
                    }
                }
            };
            if attempt >= retry.max_attempts() {
                tracing::debug!(parent: op_span, attempts = attempt, "no attempts left");
                return result;
            }
            if !resendable {
                tracing::debug!(parent: op_span, "the request body is a one-shot stream: not retried");
                return result;
            }
            let cost = RetryQuota::cost(kind);
            if let Some(q) = &self.quota {
                if !q.try_acquire(cost) {
                    tracing::debug!(parent: op_span, "retry quota exhausted");
                    return result;
                }
            }
            acquired = Some(cost);
            let delay = retry.backoff(attempt - 1, fastrand::f64());
            tracing::debug!(parent: op_span, ?kind, ?delay, "retrying");
            if delay > Duration::ZERO {
                sleep.sleep(delay).await;
            }
            attempt += 1;
        }
    }

    /// One attempt: signs and sends the request; reads the response body into
    /// memory unless `stream` and the status is 2xx (then the body is returned
    /// as a stream, and the `HttpResponse` body is empty).
    async fn attempt(
        &self,
        op: &Operation,
        request: &HttpRequest,
        body: ByteStream,
        auth: AttemptAuth<'_>,
        stream: bool,
    ) -> Result<(HttpResponse, Option<ByteStream>), AttemptError> {
        let transport = self
            .config
            .transport()
            .map_err(|e| AttemptError::Fatal(UnhandledError::transport(e)))?;
        let mut request = request.clone();
        self.authenticate(op, &mut request, &body, auth)
            .await
            .map_err(AttemptError::Fatal)?;
        let sleep = self.config.sleep();
        let read_limit = self.config.timeout_config().read_timeout();
        // The read timeout while waiting for the head: no request body taken by
        // the connection and no head for `read_limit`.
        let progress = Progress::default();
        let send = transport.send_streaming(StreamingHttpRequest::from_parts(
            request,
            body.with_progress(progress.clone()),
        ));
        let response = match until_stalled(sleep.as_ref(), read_limit, &progress, send).await {
            Ok(response) => response.map_err(AttemptError::Transport)?,
            Err(()) => {
                return Err(AttemptError::Transport(TransportError::timeout(format!(
                    "no response within {:?} (read timeout)",
                    read_limit.unwrap_or_default()
                ))))
            }
        };
        let (head, body) = response.into_parts();
        let body = guard_body(body, sleep, read_limit);
        if stream && head.is_success() {
            return Ok((head, Some(body)));
        }
        // Reading the body is part of the attempt: a connection that breaks or
        // stalls meanwhile is a transport error, retried like any other.
        let limit = self.config.body_limits().for_status(head.status);
        let bytes = collect_limited(head.status, &head.headers, body, limit)
            .await
            .map_err(|e| match e {
                CollectError::TooLarge(e) => {
                    let request_id = op.protocol.request_id(&head);
                    AttemptError::Fatal(UnhandledError::body_too_large(e).with_request_id(request_id))
                }
                CollectError::Read(e) if e.kind() == ByteStreamErrorKind::Timeout => {
                    AttemptError::Transport(TransportError::timeout(e))
                }
                CollectError::Read(e) => AttemptError::Transport(TransportError::io(e)),
            })?;
        Ok((HttpResponse { body: bytes, ..head }, None))
    }

    /// Joins the request with the endpoint: absolute URI, `host` header, endpoint headers.
    fn prepare(&self, mut request: HttpRequest, endpoint: &Endpoint) -> Result<HttpRequest, UnhandledError> {
        let device_port = self.config.device_certificate().map(|d| d.port());
        let base = self.base_url.get(&endpoint.url, device_port)?;
        request.uri = base.join(&request.uri);
        request.headers.insert(::http::header::HOST, base.host_header().clone());
        for (name, values) in &endpoint.headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| UnhandledError::endpoint(format!("invalid endpoint header name `{name}`")))?;
            for value in values {
                let value = HeaderValue::from_str(value)
                    .map_err(|_| UnhandledError::endpoint(format!("invalid value of endpoint header `{name}`")))?;
                request.headers.append(name.clone(), value);
            }
        }
        Ok(request)
    }

    /// Authenticates the request with the first of the operation's auth schemes
    /// whose identity is available; an error naming why each was not, when none is.
    async fn authenticate(
        &self,
        op: &Operation,
        request: &mut HttpRequest,
        body: &ByteStream,
        auth: AttemptAuth<'_>,
    ) -> Result<(), UnhandledError> {
        let AttemptAuth {
            signing,
            payload,
            clock_offset_millis,
        } = auth;
        let mut unavailable = Vec::new();
        for scheme in op.auth {
            match *scheme {
                AuthMode::None => return Ok(()),
                // Mutual TLS authenticates: nothing to sign.
                AuthMode::SigV4 { .. } if self.config.device_certificate().is_some() => return Ok(()),
                AuthMode::SigV4 { .. } => match signing {
                    Some(Ok(signing)) => {
                        let provider = self.config.credentials_provider().unwrap_or(&self.env_credentials);
                        match provider.provide_credentials().await {
                            Ok(credentials) => {
                                let time = clock_skew::shift(SystemTime::now(), clock_offset_millis);
                                return sign(request, body, signing, payload, &credentials, time, &self.signing_keys);
                            }
                            Err(e) => unavailable.push(format!("sigv4: {e}")),
                        }
                    }
                    Some(Err(reason)) => unavailable.push(format!("sigv4: {reason}")),
                    None => unavailable.push("sigv4: not prepared".to_owned()),
                },
                AuthMode::Bearer => match self.config.token_provider() {
                    Some(provider) => match provider.provide_token().await {
                        Ok(token) => {
                            let value = format!("Bearer {}", token.as_str());
                            return set_header(request, "authorization", &value);
                        }
                        Err(e) => unavailable.push(format!("bearer: {e}")),
                    },
                    None => unavailable.push(
                        "bearer: no token configured (`bearer_token` or `token_provider` on the config)".to_owned(),
                    ),
                },
                AuthMode::ApiKey { name, location, scheme } => match self.config.api_key() {
                    Some(key) => {
                        return match location {
                            ApiKeyLocation::Header => {
                                let value = match scheme {
                                    Some(scheme) => format!("{scheme} {}", key.as_str()),
                                    None => key.as_str().to_owned(),
                                };
                                set_header(request, name, &value)
                            }
                            ApiKeyLocation::Query => {
                                let separator = if request.uri.contains('?') { '&' } else { '?' };
                                request.uri = format!(
                                    "{}{separator}{}={}",
                                    request.uri,
                                    encode_query(name),
                                    encode_query(key.as_str())
                                );
                                Ok(())
                            }
                        };
                    }
                    None => unavailable.push("api key: no key configured (`api_key` on the config)".to_owned()),
                },
            }
        }
        if op.auth.is_empty() {
            return Ok(());
        }
        Err(UnhandledError::credentials(format!(
            "no identity for any auth scheme of `{}`, nothing was sent: {}",
            op.name,
            unavailable.join("; ")
        )))
    }

    /// The SigV4 parameters when the operation accepts SigV4 and no device
    /// certificate authenticates instead; why they are missing otherwise.
    fn signing<'a>(&'a self, op: &'a Operation, endpoint: &'a Endpoint) -> Option<Result<Signing<'a>, String>> {
        let signing_name = op.auth.iter().find_map(|mode| match mode {
            AuthMode::SigV4 { signing_name } => Some(*signing_name),
            _ => None,
        })?;
        if self.config.device_certificate().is_some() {
            return None;
        }
        let scheme = endpoint
            .properties
            .get("authSchemes")
            .and_then(|s| s.as_array())
            .and_then(|schemes| {
                schemes
                    .iter()
                    .find(|s| s.get("name").and_then(|n| n.as_str()) == Some("sigv4"))
            });
        let prop = |key: &str| scheme.and_then(|s| s.get(key));
        let name = prop("signingName").and_then(|v| v.as_str()).unwrap_or(signing_name);
        let Some(region) = prop("signingRegion").and_then(|v| v.as_str()).or(self.config.region()) else {
            return Some(Err("no region configured: SigV4 signing needs one".to_owned()));
        };
        Some(Ok(Signing {
            name,
            region,
            disable_double_encoding: prop("disableDoubleEncoding").and_then(|v| v.as_bool()).unwrap_or(false),
            unsigned_payload: op.unsigned_payload,
        }))
    }
}

/// Signs the request with SigV4 at `time` (the local clock corrected for skew).
fn sign(
    request: &mut HttpRequest,
    body: &ByteStream,
    signing: &Signing<'_>,
    payload: &PayloadSigning,
    credentials: &crate::credentials::Credentials,
    time: SystemTime,
    keys: &SigningKeyCache,
) -> Result<(), UnhandledError> {
    let params = SigningParams {
        name: signing.name,
        region: signing.region,
        unsigned_payload: signing.unsigned_payload,
        disable_double_encoding: signing.disable_double_encoding,
        time,
    };
    let in_memory = body.bytes();
    let payload = match (payload, &in_memory) {
        (PayloadSigning::Unsigned, _) => Payload::Unsigned,
        (PayloadSigning::Sha256(hash), _) => Payload::Sha256(hash.clone()),
        (PayloadSigning::Bytes, Some(bytes)) => Payload::Bytes(bytes),
        (PayloadSigning::Bytes, None) => Payload::Unsigned,
    };
    sign_with_key_cache(request, payload, credentials, &params, keys).map_err(UnhandledError::credentials)
}

/// Sets an auth header, replacing any value the request had.
fn set_header(request: &mut HttpRequest, name: &str, value: &str) -> Result<(), UnhandledError> {
    let invalid = || UnhandledError::credentials(format!("the `{name}` auth header would not be a valid header"));
    let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid())?;
    let mut value = HeaderValue::from_str(value).map_err(|_| invalid())?;
    value.set_sensitive(true);
    request.headers.insert(name, value);
    Ok(())
}

/// Joins an endpoint URL (`https://host[:port][/base]`) and a request path and query
/// (`/things/t?x=1`) into an absolute URI, and returns it with the `host` header
/// value. `default_port` (the device certificate's) applies when the URL has no port.
pub fn join_url(
    endpoint_url: &str,
    path_and_query: &str,
    default_port: Option<u16>,
) -> Result<(String, String), UnhandledError> {
    let base = BaseUrl::parse(endpoint_url, default_port)?;
    Ok((base.join(path_and_query), base.host().to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::Credentials;
    use crate::error::ErrorKind;
    use crate::http::{HttpResponse, Method};
    use crate::protocol::rest_json;
    use crate::test_util::{InstantSleep, ScriptedTransport};
    use crate::{RetryConfig, TimeoutConfig};

    const OP: Operation = Operation::new(
        "DescribeJobExecution",
        "IotJobs",
        &[AuthMode::SigV4 {
            signing_name: "iot-jobs-data",
        }],
    )
    .with_retryable_error_codes(&["ConflictException"]);

    fn runtime(transport: &ScriptedTransport, retry: RetryConfig) -> (ClientRuntime, InstantSleep) {
        let sleep = InstantSleep::new();
        let config = ClientConfig::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", Some("TOKEN".into())))
            .transport(transport.clone())
            .sleep(sleep.clone())
            .retry_config(retry)
            .timeout_config(TimeoutConfig::disabled())
            .build();
        (ClientRuntime::new(config), sleep)
    }

    #[tokio::test]
    async fn endpoint_credentials_only_for_signed_calls() {
        let signed = |config: crate::ClientConfigBuilder| ClientRuntime::new(config.build());
        let with_account = Credentials::new("AKID", "SECRET", None).with_account_id("111122223333");
        let runtime = signed(
            ClientConfig::builder()
                .credentials_provider(crate::credentials::CachingCredentialsProvider::new(with_account)),
        );
        let credentials = runtime
            .endpoint_credentials(&OP)
            .await
            .expect("credentials of a signed call");
        assert_eq!(credentials.account_id(), Some("111122223333"));
        let anonymous = Operation::new("Ping", "IotJobs", &[AuthMode::None]);
        assert!(runtime.endpoint_credentials(&anonymous).await.is_none());
        let (cert, key) = crate::tls::tests::self_signed("device");
        let device = signed(
            ClientConfig::builder()
                .credentials(Credentials::new("AKID", "SECRET", None).with_account_id("1"))
                .device_certificate(crate::DeviceCertificate::from_pem(cert, &key).unwrap()),
        );
        assert!(
            device.endpoint_credentials(&OP).await.is_none(),
            "mutual TLS does not sign"
        );
    }

    fn endpoint() -> Endpoint {
        Endpoint::new("https://data.jobs.iot.us-east-1.amazonaws.com")
    }

    fn get() -> HttpRequest {
        HttpRequest::new(Method::GET, "/things/t/jobs/j?includeJobDocument=true")
    }

    #[test]
    fn url_joining() {
        let j = |e, p, d| join_url(e, p, d).unwrap();
        assert_eq!(
            j("https://h.com", "/a/b?x=1", None),
            ("https://h.com/a/b?x=1".into(), "h.com".into())
        );
        assert_eq!(j("https://h.com/", "/a", None).0, "https://h.com/a");
        assert_eq!(j("https://h.com/base/", "/a", None).0, "https://h.com/base/a");
        assert_eq!(j("https://h.com/base", "/", None).0, "https://h.com/base/");
        assert_eq!(
            j("https://h.com:443", "/a", None),
            ("https://h.com/a".into(), "h.com".into())
        );
        assert_eq!(
            j("http://127.0.0.1:8080", "/a", None),
            ("http://127.0.0.1:8080/a".into(), "127.0.0.1:8080".into())
        );
        assert_eq!(
            j("https://h.com", "/a", Some(8443)),
            ("https://h.com:8443/a".into(), "h.com:8443".into())
        );
        assert_eq!(j("https://h.com", "/a", Some(443)).0, "https://h.com/a");
        assert_eq!(j("https://h.com:9000", "/a", Some(8443)).0, "https://h.com:9000/a");
        assert!(join_url("h.com", "/a", None).is_err());
        assert!(join_url("ftp://h.com", "/a", None).is_err());
    }

    #[tokio::test]
    async fn signs_and_joins() {
        let transport = ScriptedTransport::new().with_response(HttpResponse::new(200, "{}"));
        let (rt, _) = runtime(&transport, RetryConfig::standard());
        let ep = endpoint().with_header("x-extra", "1");
        let resp = rt.send(&OP, get(), &ep).await.unwrap();
        assert_eq!(resp.status, 200);
        let req = &transport.requests()[0];
        assert_eq!(
            req.uri,
            "https://data.jobs.iot.us-east-1.amazonaws.com/things/t/jobs/j?includeJobDocument=true"
        );
        assert_eq!(req.header_str("host"), Some("data.jobs.iot.us-east-1.amazonaws.com"));
        assert_eq!(req.header_str("x-extra"), Some("1"));
        assert!(req.header_str("user-agent").unwrap().starts_with("smithy-runtime/"));
        assert_eq!(req.header_str("x-amz-security-token"), Some("TOKEN"));
        let auth = req.header_str("authorization").unwrap();
        assert!(auth.contains("/us-east-1/iot-jobs-data/aws4_request"), "{auth}");
        assert!(req.headers.get("x-amz-content-sha256").is_none());
        assert_eq!(rt.retry_quota().unwrap().available(), 500);
    }

    #[tokio::test]
    async fn auth_scheme_overrides() {
        let transport = ScriptedTransport::new().with_response(HttpResponse::new(200, "{}"));
        let (rt, _) = runtime(&transport, RetryConfig::standard());
        let ep = endpoint().with_property(
            "authSchemes",
            serde_json::json!([{"name": "sigv4", "signingName": "custom", "signingRegion": "eu-central-1"}]),
        );
        let op = OP.with_unsigned_payload(true);
        rt.send(&op, get(), &ep).await.unwrap();
        let req = &transport.requests()[0];
        assert!(req
            .header_str("authorization")
            .unwrap()
            .contains("/eu-central-1/custom/aws4_request"));
        assert_eq!(req.header_str("x-amz-content-sha256"), Some("UNSIGNED-PAYLOAD"));
    }

    #[tokio::test]
    async fn no_auth_and_device_certificate_do_not_sign() {
        let transport = ScriptedTransport::new()
            .with_response(HttpResponse::new(200, "{}"))
            .with_response(HttpResponse::new(200, "{}"));
        let (rt, _) = runtime(&transport, RetryConfig::standard());
        let op = Operation::new("X", "S", &[AuthMode::None]);
        rt.send(&op, get(), &endpoint()).await.unwrap();
        assert!(transport.requests()[0].headers.get("authorization").is_none());

        let (cert, key) = crate::tls::tests::self_signed("device");
        let device = crate::DeviceCertificate::from_pem(cert, key).unwrap();
        let config = rt.config().to_builder().device_certificate(device).build();
        let rt = ClientRuntime::new(config);
        rt.send(
            &OP,
            get(),
            &Endpoint::new("https://abc-ats.iot.us-east-1.amazonaws.com"),
        )
        .await
        .unwrap();
        let req = &transport.requests()[1];
        assert!(req.headers.get("authorization").is_none());
        assert!(
            req.uri
                .starts_with("https://abc-ats.iot.us-east-1.amazonaws.com:8443/things/"),
            "{}",
            req.uri
        );
    }

    #[tokio::test]
    async fn retries_transient_then_succeeds() {
        let transport = ScriptedTransport::new()
            .with_response(HttpResponse::new(503, "{}"))
            .with_error(TransportErrorKind::Connect, "refused")
            .with_response(HttpResponse::new(200, "{}"));
        let (rt, sleep) = runtime(&transport, RetryConfig::standard());
        let resp = rt.send(&OP, get(), &endpoint()).await.unwrap();
        assert_eq!(resp.status, 200);
        assert_eq!(transport.requests().len(), 3);
        // Two retries of 5 tokens, the last refunded on success.
        assert_eq!(rt.retry_quota().unwrap().available(), 495);
        let slept = sleep.slept();
        assert!(slept.len() <= 2);
        assert!(slept.iter().all(|d| *d < Duration::from_secs(4)), "{slept:?}");
        // Each attempt is signed afresh.
        assert!(transport
            .requests()
            .iter()
            .all(|r| r.headers.get("authorization").is_some()));
    }

    #[tokio::test]
    async fn attempts_are_bounded() {
        let transport = ScriptedTransport::new();
        for _ in 0..10 {
            transport.push_response(HttpResponse::new(500, "{}").with_header("x-amzn-requestid", "r"));
        }
        let (rt, _) = runtime(&transport, RetryConfig::standard());
        let resp = rt.send(&OP, get(), &endpoint()).await.unwrap();
        assert_eq!(resp.status, 500);
        assert_eq!(transport.requests().len(), 3);
        assert_eq!(rt.retry_quota().unwrap().available(), 490);

        let (rt, _) = runtime(&transport, RetryConfig::standard().with_max_attempts(5));
        rt.send(&OP, get(), &endpoint()).await.unwrap();
        assert_eq!(transport.requests().len(), 8);

        let (rt, _) = runtime(&transport, RetryConfig::disabled());
        rt.send(&OP, get(), &endpoint()).await.unwrap();
        assert_eq!(transport.requests().len(), 9);
    }

    #[tokio::test]
    async fn classification_by_code() {
        let throttled = HttpResponse::new(400, "{}").with_header("x-amzn-errortype", "ThrottlingException:http://x");
        let modeled = HttpResponse::new(409, r#"{"__type":"ns#ConflictException"}"#);
        let not_retryable = HttpResponse::new(400, r#"{"code":"ValidationException"}"#);
        let transport = ScriptedTransport::new()
            .with_response(throttled)
            .with_response(modeled)
            .with_response(not_retryable);
        let (rt, _) = runtime(&transport, RetryConfig::standard().with_max_attempts(10));
        let resp = rt.send(&OP, get(), &endpoint()).await.unwrap();
        assert_eq!(resp.status, 400);
        assert_eq!(rest_json::error_code(&resp).as_deref(), Some("ValidationException"));
        assert_eq!(transport.requests().len(), 3);
    }

    #[tokio::test]
    async fn quota_exhaustion_stops_retries() {
        let transport = ScriptedTransport::new();
        for _ in 0..10 {
            transport.push_response(HttpResponse::new(503, "{}"));
        }
        let retry = RetryConfig::standard().with_max_attempts(10).with_retry_quota(Some(12));
        let (rt, _) = runtime(&transport, retry);
        let resp = rt.send(&OP, get(), &endpoint()).await.unwrap();
        assert_eq!(resp.status, 503);
        // 12 tokens pay for two retries of 5.
        assert_eq!(transport.requests().len(), 3);
        assert_eq!(rt.retry_quota().unwrap().available(), 2);
    }

    #[tokio::test]
    async fn non_retryable_transport_error() {
        let transport = ScriptedTransport::new().with_error(TransportErrorKind::Other, "bad request");
        let (rt, _) = runtime(&transport, RetryConfig::standard());
        let err = rt.send(&OP, get(), &endpoint()).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Transport);
        assert_eq!(transport.requests().len(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn attempt_timeout_is_retried() {
        let transport = ScriptedTransport::new().with_hang().with_hang().with_hang();
        let config = ClientConfig::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .transport(transport.clone())
            .retry_config(RetryConfig::standard().with_initial_backoff(Duration::from_millis(10)))
            .timeout_config(TimeoutConfig::disabled().with_attempt_timeout(Some(Duration::from_secs(2))))
            .build();
        let rt = ClientRuntime::new(config);
        let start = tokio::time::Instant::now();
        let err = rt.send(&OP, get(), &endpoint()).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Timeout);
        assert!(err.to_string().contains("attempt 3"), "{err}");
        assert_eq!(transport.requests().len(), 3);
        assert!(start.elapsed() >= Duration::from_secs(6));
        assert_eq!(rt.retry_quota().unwrap().available(), 480);
    }

    #[tokio::test(start_paused = true)]
    async fn operation_timeout() {
        let transport = ScriptedTransport::new().with_hang();
        let config = ClientConfig::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .transport(transport.clone())
            .timeout_config(TimeoutConfig::disabled().with_operation_timeout(Some(Duration::from_secs(5))))
            .build();
        let err = ClientRuntime::new(config)
            .send(&OP, get(), &endpoint())
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Timeout);
        assert!(
            err.to_string().contains("operation `DescribeJobExecution` timed out"),
            "{err}"
        );
    }

    #[tokio::test]
    async fn streaming_hands_back_2xx_bodies_and_buffers_errors() {
        use crate::http::StreamingHttpRequest;
        let transport = ScriptedTransport::new()
            .with_response(HttpResponse::new(503, r#"{"message":"busy"}"#))
            .with_response(HttpResponse::new(200, "the body").with_header("x-v", "1"))
            .with_response(HttpResponse::new(404, r#"{"message":"no"}"#).with_header("x-amzn-errortype", "NoSuchKey"));
        let (rt, _) = runtime(&transport, RetryConfig::standard());
        let upload = || StreamingHttpRequest::from_parts(get(), ByteStream::from("up"));
        let ok = rt.send_streaming(&OP, upload(), &endpoint()).await.unwrap();
        assert_eq!((ok.status, ok.headers["x-v"].to_str().unwrap()), (200, "1"));
        assert_eq!(ok.body.collect().await.unwrap(), "the body");
        // The 503 was retried with the whole body again.
        let sent = transport.requests();
        assert_eq!(sent.len(), 2);
        assert!(sent.iter().all(|r| r.body == "up"));

        let err = rt.send_streaming(&OP, upload(), &endpoint()).await.unwrap();
        let (head, _) = err.into_parts();
        assert_eq!(head.status, 404);
        assert_eq!(rest_json::error_code(&head).as_deref(), Some("NoSuchKey"));
        assert_eq!(head.body, r#"{"message":"no"}"#);
    }

    #[tokio::test]
    async fn one_shot_stream_bodies_are_unsigned_and_not_retried() {
        use crate::http::StreamingHttpRequest;
        use futures_core::Stream;
        use std::pin::Pin;
        use std::task::{Context, Poll};
        struct Once(Option<crate::http::Bytes>);
        impl Stream for Once {
            type Item = Result<crate::http::Bytes, std::io::Error>;
            fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
                Poll::Ready(self.0.take().map(Ok))
            }
        }
        let transport = ScriptedTransport::new()
            .with_response(HttpResponse::new(503, "{}"))
            .with_response(HttpResponse::new(200, "{}"));
        let (rt, _) = runtime(&transport, RetryConfig::standard());
        let body = ByteStream::from_stream(Once(Some("streamed".into())));
        let request = StreamingHttpRequest::from_parts(get(), body);
        let response = rt.send_streaming(&OP, request, &endpoint()).await.unwrap();
        assert_eq!(response.status, 503);
        let sent = transport.requests();
        assert_eq!(sent.len(), 1);
        assert_eq!(sent[0].body, "streamed");
        assert_eq!(sent[0].header_str("x-amz-content-sha256"), Some("UNSIGNED-PAYLOAD"));
    }

    #[tokio::test]
    async fn file_bodies_are_hashed_and_resent_whole() {
        use crate::http::StreamingHttpRequest;
        let file = crate::byte_stream::tests::TempFile::new("upload", b"file body");
        let transport = ScriptedTransport::new()
            .with_error(TransportErrorKind::Io, "reset")
            .with_response(HttpResponse::new(200, "{}"))
            .with_response(HttpResponse::new(200, "{}"));
        let (rt, _) = runtime(&transport, RetryConfig::standard());
        let request = || {
            let body = ByteStream::from_path(&file.0).unwrap();
            StreamingHttpRequest::from_parts(HttpRequest::new(Method::PUT, "/o"), body)
        };
        rt.send_streaming(&OP, request(), &endpoint()).await.unwrap();
        // Same signature as the same bytes in memory (same time aside): the
        // hash is the file's, and no UNSIGNED-PAYLOAD header.
        let sent = transport.requests();
        assert_eq!(sent.len(), 2);
        assert!(sent.iter().all(|r| r.body == "file body"));
        assert!(sent[1].headers.get("x-amz-content-sha256").is_none());
        let unsigned = OP.with_unsigned_payload(true);
        rt.send_streaming(&unsigned, request(), &endpoint()).await.unwrap();
        assert_eq!(
            transport.requests()[2].header_str("x-amz-content-sha256"),
            Some("UNSIGNED-PAYLOAD")
        );
    }

    #[tokio::test]
    async fn missing_region_and_bad_endpoint() {
        let transport = ScriptedTransport::new();
        let config = ClientConfig::builder()
            .credentials(Credentials::new("AKID", "SECRET", None))
            .transport(transport.clone())
            .build();
        let rt = ClientRuntime::new(config);
        let err = rt.send(&OP, get(), &endpoint()).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Credentials);
        let err = rt.send(&OP, get(), &Endpoint::new("not a url")).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Endpoint);
        assert!(transport.requests().is_empty());
    }

    /// `x-amz-date` (`20231114T221320Z`) as milliseconds since the epoch.
    fn signed_at(request: &HttpRequest) -> i64 {
        let d = request.header_str("x-amz-date").expect("signed");
        let iso = format!(
            "{}-{}-{}T{}:{}:{}Z",
            &d[..4],
            &d[4..6],
            &d[6..8],
            &d[9..11],
            &d[11..13],
            &d[13..15]
        );
        crate::DateTime::parse(&iso, crate::TimestampFormat::DateTime)
            .unwrap()
            .to_millis()
            .unwrap()
    }

    fn http_date(offset: Duration, ahead: bool) -> String {
        let now = SystemTime::now();
        let t = if ahead { now + offset } else { now - offset };
        crate::DateTime::from(t).fmt(crate::TimestampFormat::HttpDate)
    }

    fn skew_error(code: &str, date: Option<String>) -> HttpResponse {
        let r = HttpResponse::new(403, r#"{"message":"Signature expired"}"#).with_header("x-amzn-errortype", code);
        match date {
            Some(date) => r.with_header("date", &date),
            None => r,
        }
    }

    fn now_millis() -> i64 {
        clock_skew::epoch_millis(SystemTime::now())
    }

    const HOUR: Duration = Duration::from_secs(3600);

    #[tokio::test]
    async fn a_skew_error_is_signed_again_with_the_services_time_once() {
        let transport = ScriptedTransport::new()
            .with_response(skew_error("InvalidSignatureException", Some(http_date(HOUR, true))))
            .with_response(HttpResponse::new(200, "{}"))
            .with_response(HttpResponse::new(200, "{}"));
        // Even with retries disabled: the correction is part of signing.
        let (rt, sleep) = runtime(&transport, RetryConfig::disabled());
        assert_eq!(rt.send(&OP, get(), &endpoint()).await.unwrap().status, 200);
        let sent = transport.requests();
        assert_eq!(sent.len(), 2);
        let hour = HOUR.as_millis() as i64;
        assert!((signed_at(&sent[0]) - now_millis()).abs() < 5_000);
        assert!((signed_at(&sent[1]) - now_millis() - hour).abs() < 5_000);
        assert!((rt.clock_skew().offset_millis() - hour).abs() < 5_000);
        // No backoff, no retry tokens spent.
        assert!(sleep.slept().is_empty());
        assert_eq!(rt.retry_quota().unwrap().available(), 500);
        // Clones share the offset: the next call is signed right at once.
        rt.clone().send(&OP, get(), &endpoint()).await.unwrap();
        assert_eq!(transport.requests().len(), 3);
        assert!((signed_at(&transport.requests()[2]) - now_millis() - hour).abs() < 5_000);
    }

    #[tokio::test]
    async fn skew_errors_that_re_signing_cannot_fix_are_returned() {
        let transport = ScriptedTransport::new()
            // No Date: nothing to correct with.
            .with_response(skew_error("RequestTimeTooSkewed", None))
            // A Date that agrees with the signing time: a genuine signature error.
            .with_response(skew_error(
                "InvalidSignatureException",
                Some(http_date(Duration::ZERO, true)),
            ))
            // A cached response's Date says nothing of the service's clock now.
            .with_response(skew_error("SignatureDoesNotMatch", Some(http_date(HOUR, false))).with_header("age", "10"))
            // Not a skew error code.
            .with_response(skew_error("UnrecognizedClientException", Some(http_date(HOUR, true))));
        let (rt, _) = runtime(&transport, RetryConfig::standard());
        for expected in [
            "RequestTimeTooSkewed",
            "InvalidSignatureException",
            "SignatureDoesNotMatch",
            "UnrecognizedClientException",
        ] {
            let response = rt.send(&OP, get(), &endpoint()).await.unwrap();
            assert_eq!(rest_json::error_code(&response).as_deref(), Some(expected));
        }
        assert_eq!(transport.requests().len(), 4, "one request each");
    }

    #[tokio::test]
    async fn the_skew_retry_happens_once_per_call() {
        let transport = ScriptedTransport::new()
            .with_response(skew_error("RequestExpired", Some(http_date(HOUR, true))))
            .with_response(skew_error("RequestExpired", Some(http_date(3 * HOUR, true))))
            .with_response(skew_error("RequestExpired", Some(http_date(5 * HOUR, true))));
        let (rt, _) = runtime(&transport, RetryConfig::standard());
        let response = rt.send(&OP, get(), &endpoint()).await.unwrap();
        assert_eq!(response.status, 403);
        assert_eq!(transport.requests().len(), 2);
        // The last measure is kept for the next call.
        let three_hours = 3 * HOUR.as_millis() as i64;
        assert!((rt.clock_skew().offset_millis() - three_hours).abs() < 5_000);
    }

    #[tokio::test]
    async fn any_response_date_refreshes_the_offset() {
        let transport = ScriptedTransport::new()
            .with_response(HttpResponse::new(200, "{}").with_header("date", &http_date(10 * HOUR, false)))
            .with_response(HttpResponse::new(200, "{}"));
        let (rt, _) = runtime(&transport, RetryConfig::standard());
        rt.send(&OP, get(), &endpoint()).await.unwrap();
        let ten_hours = 10 * HOUR.as_millis() as i64;
        assert!((rt.clock_skew().offset_millis() + ten_hours).abs() < 5_000);
        // A response without a Date leaves it as it is.
        rt.send(&OP, get(), &endpoint()).await.unwrap();
        assert!((signed_at(&transport.requests()[1]) - now_millis() + ten_hours).abs() < 5_000);
    }
}
