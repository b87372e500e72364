//! The default HTTPS transport (feature `default-transport`): hyper 1's HTTP/1
//! connections in a keep-alive pool (each runs inside the call using it, no task
//! per connection), rustls with the `ring` provider, Mozilla's trust roots
//! (`webpki-roots`), and optional client certificates for device auth.

mod pool;

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use futures_core::Stream;
use http_body::{Body, Frame, SizeHint};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use rustls_pki_types::CertificateDer;

use self::pool::{Leased, Pool, SendError};

use crate::byte_stream::{ByteStream, ByteStreamError};
use crate::error::BoxError;
use crate::http::{
    BoxFuture, Bytes, HttpRequest, HttpResponse, HttpTransport, StreamingHttpRequest, StreamingHttpResponse,
    TransportError,
};
use crate::tls::{DeviceCertificate, TlsConfigError};

/// The built-in transport: HTTP/1.1 over rustls. Cheap to clone (the connection
/// pool is shared).
///
/// [`send_streaming`](HttpTransport::send_streaming) streams for real: the
/// request body is sent chunk by chunk as the [`ByteStream`] yields it (with
/// `Content-Length` when its length is known, else chunked), and the response
/// body is a stream of the chunks as they arrive.
///
/// ```
/// use smithy_runtime::transport::HyperTransport;
/// use std::time::Duration;
///
/// let transport = HyperTransport::builder()
///     .connect_timeout(Some(Duration::from_secs(2)))
///     .build()?;
/// # let _ = transport;
/// # Ok::<(), smithy_runtime::tls::TlsConfigError>(())
/// ```
#[derive(Clone, Debug)]
pub struct HyperTransport {
    connector: TimedConnector,
    pool: Arc<Pool>,
}

/// Settings of a [`HyperTransport`].
#[derive(Clone, Debug, Default)]
pub struct HyperTransportBuilder {
    connect_timeout: Option<Duration>,
    device_certificate: Option<DeviceCertificate>,
    roots: Option<Vec<CertificateDer<'static>>>,
}

impl HyperTransportBuilder {
    /// Limit on establishing a connection: DNS lookup, TCP connect and TLS
    /// handshake together. A connection that takes longer fails with a
    /// [`TransportErrorKind::Timeout`](crate::http::TransportErrorKind::Timeout) error.
    pub fn connect_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Present this certificate on every TLS connection (device auth); offers the
    /// ALPN protocol `x-amzn-http-ca` when the certificate is set up for port 443.
    pub fn device_certificate(mut self, device: Option<DeviceCertificate>) -> Self {
        self.device_certificate = device;
        self
    }

    /// Trust only these roots instead of Mozilla's (a private CA, a test server).
    pub fn root_certificates(mut self, roots: Vec<CertificateDer<'static>>) -> Self {
        self.roots = Some(roots);
        self
    }

    /// The rustls configuration this builder describes.
    pub fn tls_config(&self) -> Result<rustls::ClientConfig, TlsConfigError> {
        let mut roots = rustls::RootCertStore::empty();
        match &self.roots {
            Some(certs) => {
                for cert in certs {
                    roots
                        .add(cert.clone())
                        .map_err(|e| TlsConfigError::new(format!("invalid root certificate: {e}")))?;
                }
            }
            None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| TlsConfigError::new(e.to_string()))?
            .with_root_certificates(roots);
        let mut config = match &self.device_certificate {
            Some(device) => builder
                .with_client_auth_cert(device.certificate_chain().to_vec(), device.private_key().clone_key())
                .map_err(|e| TlsConfigError::new(format!("invalid device certificate or key: {e}")))?,
            None => builder.with_no_client_auth(),
        };
        if let Some(alpn) = self
            .device_certificate
            .as_ref()
            .and_then(DeviceCertificate::alpn_protocol)
        {
            config.alpn_protocols = vec![alpn.as_bytes().to_vec()];
        }
        Ok(config)
    }

    /// Builds the transport. Creating it needs no async runtime; sending needs tokio.
    pub fn build(self) -> Result<HyperTransport, TlsConfigError> {
        let tls = self.tls_config()?;
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        let https = TimedConnector {
            inner: HttpsConnector::from((http, Arc::new(tls))),
            limit: self.connect_timeout,
        };
        Ok(HyperTransport {
            connector: https,
            pool: Arc::default(),
        })
    }
}

impl HyperTransport {
    /// Default settings: no client certificate, Mozilla's roots, no connect timeout
    /// (the client configuration gives the transport it builds
    /// [`TimeoutConfig::connect_timeout`](crate::TimeoutConfig::connect_timeout)).
    pub fn new() -> Result<Self, TlsConfigError> {
        Self::builder().build()
    }

    /// Settings to customize.
    pub fn builder() -> HyperTransportBuilder {
        HyperTransportBuilder::default()
    }

    async fn send_inner(&self, request: StreamingHttpRequest) -> Result<StreamingHttpResponse, TransportError> {
        // The URI's text becomes the `Uri`'s buffer: moved, not copied.
        let uri = ::http::Uri::try_from(request.uri).map_err(TransportError::other)?;
        let (Some(scheme), Some(authority)) = (uri.scheme(), uri.authority()) else {
            return Err(TransportError::other(format!("`{uri}` is not an absolute URI")));
        };
        let key = [scheme.as_str(), "://", authority.as_str()].concat();
        let mut headers = request.headers;
        if !headers.contains_key(::http::header::HOST) {
            let host = ::http::HeaderValue::from_str(authority.as_str()).map_err(TransportError::other)?;
            headers.insert(::http::header::HOST, host);
        }
        // HTTP/1 sends the path and query only (origin form); the host is a header.
        let origin = uri
            .path_and_query()
            .cloned()
            .map_or_else(|| ::http::Uri::from_static("/"), ::http::Uri::from);
        let len = request.body.content_length();
        let mut builder = ::http::Request::builder().method(request.method).uri(origin);
        if let Some(all) = builder.headers_mut() {
            *all = headers;
        }
        let mut req = builder
            .body(RequestBody {
                body: request.body,
                len,
            })
            .map_err(TransportError::other)?;
        // A pooled connection the server has just closed takes no request; the
        // request then goes out on a new connection, once.
        let mut pooled = true;
        let response = loop {
            let idle = if pooled { self.pool.checkout(&key).await } else { None };
            let connection = match idle {
                Some(connection) => connection,
                None => {
                    pooled = false;
                    // Connecting (DNS, TCP, TLS, the HTTP handshake) is the rare
                    // path and its future is kilobytes: boxed, it leaves the
                    // future of every call on a pooled connection small.
                    Box::pin(self.connect(&uri, key.clone())).await?
                }
            };
            match connection.send(req, self.pool.clone()).await {
                Ok(response) => break response,
                Err(SendError::NotSent(unsent, _)) if pooled => {
                    req = *unsent;
                    pooled = false;
                }
                Err(SendError::NotSent(_, e)) => return Err(TransportError::io(e)),
                Err(SendError::Failed(e)) => return Err(TransportError::io(e)),
            }
        };
        let (parts, body) = response.into_parts();
        Ok(StreamingHttpResponse {
            status: parts.status.as_u16(),
            headers: parts.headers,
            body: ByteStream::from_stream(body),
        })
    }

    /// A new connection to the host of `uri`, within the connect timeout.
    async fn connect(&self, uri: &::http::Uri, key: String) -> Result<Leased, TransportError> {
        let mut connector = self.connector.clone();
        let io = tower_service::Service::call(&mut connector, uri.clone())
            .await
            .map_err(|e| match connect_timeout(&*e) {
                Some(limit) => TransportError::timeout(ConnectTimeout(limit)),
                None => TransportError::connect(e),
            })?;
        Leased::handshake(io, key).await.map_err(TransportError::connect)
    }
}

impl HttpTransport for HyperTransport {
    /// Reads the whole response body, however large: the client runtime calls
    /// [`send_streaming`](HttpTransport::send_streaming) and applies its
    /// [`BodyLimits`](crate::BodyLimits) itself.
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>> {
        Box::pin(async move {
            let response = self.send_inner(request.into()).await?;
            response.into_buffered().await.map_err(TransportError::io)
        })
    }

    fn send_streaming(
        &self,
        request: StreamingHttpRequest,
    ) -> BoxFuture<'_, Result<StreamingHttpResponse, TransportError>> {
        Box::pin(self.send_inner(request))
    }
}

/// The HTTPS connector with a time limit on the whole of connecting: DNS, TCP
/// and TLS (hyper's own connect timeout covers TCP only).
#[derive(Clone, Debug)]
struct TimedConnector {
    inner: HttpsConnector<HttpConnector>,
    limit: Option<Duration>,
}

type Connection = <HttpsConnector<HttpConnector> as tower_service::Service<::http::Uri>>::Response;

impl tower_service::Service<::http::Uri> for TimedConnector {
    type Response = Connection;
    type Error = BoxError;
    type Future = BoxFuture<'static, Result<Connection, BoxError>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, uri: ::http::Uri) -> Self::Future {
        let connecting = self.inner.call(uri);
        let limit = self.limit;
        Box::pin(async move {
            let Some(limit) = limit else {
                return connecting.await;
            };
            match tokio::time::timeout(limit, connecting).await {
                Ok(connected) => connected,
                Err(_) => Err(Box::new(ConnectTimeout(limit)) as BoxError),
            }
        })
    }
}

/// Connecting took longer than the connect timeout.
#[derive(Debug)]
struct ConnectTimeout(Duration);

impl std::fmt::Display for ConnectTimeout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "no connection (DNS, TCP and TLS) within {:?} (connect timeout)",
            self.0
        )
    }
}

impl std::error::Error for ConnectTimeout {}

/// The limit of the [`ConnectTimeout`] that `error` is (or one of its sources is).
fn connect_timeout(error: &(dyn std::error::Error + 'static)) -> Option<Duration> {
    let mut next = Some(error);
    while let Some(e) = next {
        if let Some(ConnectTimeout(limit)) = e.downcast_ref::<ConnectTimeout>() {
            return Some(*limit);
        }
        next = e.source();
    }
    None
}

/// A request body for hyper: the chunks of a [`ByteStream`], with its length
/// when known.
struct RequestBody {
    body: ByteStream,
    len: Option<u64>,
}

impl Body for RequestBody {
    type Data = Bytes;
    type Error = ByteStreamError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, ByteStreamError>>> {
        Pin::new(&mut self.body)
            .poll_next(cx)
            .map(|chunk| chunk.map(|r| r.map(Frame::data)))
    }

    fn is_end_stream(&self) -> bool {
        self.len == Some(0)
    }

    fn size_hint(&self) -> SizeHint {
        match self.len {
            Some(len) => SizeHint::with_exact(len),
            None => SizeHint::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;
    use crate::http::{HttpTransport, Method};
    use crate::tls::tests::self_signed;

    #[test]
    fn mtls_config_builds() {
        let (cert, key) = self_signed("device.example");
        let device = DeviceCertificate::from_pem(&cert, &key).unwrap();
        let builder = HyperTransport::builder().device_certificate(Some(device.clone()));
        let config = builder.tls_config().unwrap();
        assert!(config.client_auth_cert_resolver.has_certs());
        assert!(config.alpn_protocols.is_empty());
        let config = HyperTransport::builder()
            .device_certificate(Some(device.with_port_443()))
            .tls_config()
            .unwrap();
        assert_eq!(config.alpn_protocols, vec![b"x-amzn-http-ca".to_vec()]);
        assert!(builder.build().is_ok());
        // Custom roots.
        let roots = crate::tls::certificates_from_pem(&cert).unwrap();
        assert!(HyperTransport::builder().root_certificates(roots).build().is_ok());
    }

    #[tokio::test]
    async fn plain_http_round_trip() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            let (mut sock, _) = listener.accept().await.unwrap();
            let mut buf = vec![0u8; 4096];
            let mut got = Vec::new();
            while !got.windows(4).any(|w| w == b"\r\n\r\n") {
                let n = sock.read(&mut buf).await.unwrap();
                got.extend_from_slice(&buf[..n]);
            }
            sock.write_all(b"HTTP/1.1 201 Created\r\nx-amzn-requestid: abc\r\ncontent-length: 2\r\n\r\n{}")
                .await
                .unwrap();
            String::from_utf8(got).unwrap()
        });
        let transport = HyperTransport::new().unwrap();
        let resp = transport
            .send(
                HttpRequest::new(Method::GET, format!("http://{addr}/things/t/jobs?next=a%2Fb&max=2"))
                    .header("x-test", "1")
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(resp.status, 201);
        assert_eq!(resp.header_str("x-amzn-requestid"), Some("abc"));
        assert_eq!(&resp.body[..], b"{}");
        let raw = server.await.unwrap();
        assert!(
            raw.starts_with("GET /things/t/jobs?next=a%2Fb&max=2 HTTP/1.1\r\n"),
            "{raw}"
        );
        let raw = raw.to_ascii_lowercase();
        assert!(raw.contains("\r\nx-test: 1\r\n"), "{raw}");
        assert!(
            raw.contains(&format!("\r\nhost: {addr}\r\n")),
            "the host comes from the URI: {raw}"
        );
    }

    /// A TLS server on 127.0.0.1 that requires a client certificate from a test CA
    /// and speaks only the ALPN protocol `x-amzn-http-ca`, as AWS IoT on port 443.
    #[tokio::test]
    async fn mutual_tls_end_to_end_with_alpn() {
        use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
        use rustls_pki_types::PrivateKeyDer;
        use tokio::io::{AsyncReadExt, AsyncWriteExt};

        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();
        let server_key = KeyPair::generate().unwrap();
        let server_cert = CertificateParams::new(vec!["localhost".to_owned()])
            .unwrap()
            .signed_by(&server_key, &ca)
            .unwrap();
        let client_key = KeyPair::generate().unwrap();
        let client_cert = CertificateParams::new(vec!["device".to_owned()])
            .unwrap()
            .signed_by(&client_key, &ca)
            .unwrap();

        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut roots = rustls::RootCertStore::empty();
        roots.add(ca.der().clone()).unwrap();
        let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider.clone())
            .build()
            .unwrap();
        let mut server_config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_client_cert_verifier(verifier)
            .with_single_cert(
                vec![server_cert.der().clone()],
                PrivateKeyDer::try_from(server_key.serialize_der()).unwrap(),
            )
            .unwrap();
        server_config.alpn_protocols = vec![b"x-amzn-http-ca".to_vec()];
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(server_config));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = tokio::spawn(async move {
            let (sock, _) = listener.accept().await.unwrap();
            let mut tls = acceptor.accept(sock).await.unwrap();
            let (_, conn) = tls.get_ref();
            let alpn = conn.alpn_protocol().map(<[u8]>::to_vec);
            let client_certs = conn.peer_certificates().map_or(0, <[_]>::len);
            let mut buf = vec![0u8; 4096];
            let mut got = Vec::new();
            while !got.windows(4).any(|w| w == b"\r\n\r\n") {
                let n = tls.read(&mut buf).await.unwrap();
                got.extend_from_slice(&buf[..n]);
            }
            tls.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok")
                .await
                .unwrap();
            tls.flush().await.unwrap();
            (alpn, client_certs)
        });

        let device = DeviceCertificate::from_pem(client_cert.pem(), client_key.serialize_pem())
            .unwrap()
            .with_port_443();
        let transport = HyperTransport::builder()
            .device_certificate(Some(device))
            .root_certificates(vec![ca.der().clone()])
            .build()
            .unwrap();
        let resp = transport
            .send(HttpRequest::new(
                Method::GET,
                format!("https://localhost:{port}/things/t/jobs"),
            ))
            .await
            .unwrap();
        assert_eq!((resp.status, &resp.body[..]), (200, &b"ok"[..]));
        let (alpn, client_certs) = server.await.unwrap();
        assert_eq!(alpn.as_deref(), Some(&b"x-amzn-http-ca"[..]));
        assert_eq!(client_certs, 1);
    }

    #[tokio::test]
    async fn connection_refused_is_a_connect_error() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        drop(listener);
        let err = HyperTransport::new()
            .unwrap()
            .send(HttpRequest::new(Method::GET, format!("http://{addr}/")))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), crate::http::TransportErrorKind::Connect);
    }

    /// A server that answers each request with `{}`, counts its connections, and
    /// closes each one 20 ms after its first response: after the client has read
    /// the body and pooled the connection.
    async fn closing_server() -> (std::net::SocketAddr, Arc<AtomicUsize>) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let accepted = Arc::new(AtomicUsize::new(0));
        let count = accepted.clone();
        tokio::spawn(async move {
            while let Ok((mut sock, _)) = listener.accept().await {
                count.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 4096];
                    let _ = sock.read(&mut buf).await;
                    let _ = sock.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}").await;
                    tokio::time::sleep(Duration::from_millis(20)).await;
                });
            }
        });
        (addr, accepted)
    }

    /// The server closes a pooled connection just as a request takes it (the
    /// checkout's readiness check skipped to produce the race): the request comes
    /// back unsent, so no byte of it was lost.
    #[tokio::test]
    async fn a_request_on_a_connection_closed_unnoticed_comes_back_unsent() {
        let (addr, _) = closing_server().await;
        let transport = HyperTransport::new().unwrap();
        let request = || {
            ::http::Request::get("/")
                .header("host", addr.to_string())
                .body(RequestBody {
                    body: ByteStream::from_static(b""),
                    len: Some(0),
                })
                .unwrap()
        };
        let uri: ::http::Uri = format!("http://{addr}/").parse().unwrap();
        let connection = transport.connect(&uri, "key".into()).await.unwrap();
        let response = connection.send(request(), transport.pool.clone()).await.ok().unwrap();
        let body = ByteStream::from_stream(response.into_body()).collect().await.unwrap();
        assert_eq!(&body[..], b"{}");
        tokio::time::sleep(Duration::from_millis(100)).await;
        transport.pool.unchecked.store(true, Ordering::Relaxed);
        let stale = transport.pool.checkout("key").await.expect("pooled at the body's end");
        match stale.send(request(), transport.pool.clone()).await {
            Err(SendError::NotSent(request, _)) => assert_eq!(request.uri(), "/"),
            Err(SendError::Failed(e)) => panic!("the request was lost: {e}"),
            Ok(_) => panic!("a closed connection answered"),
        }
    }

    /// The same race through `send`: the request that came back unsent goes out
    /// again on a new connection, and the call succeeds.
    #[tokio::test]
    async fn an_unsent_request_is_sent_again_on_a_new_connection() {
        let (addr, accepted) = closing_server().await;
        let transport = HyperTransport::new().unwrap();
        let get = || HttpRequest::new(Method::GET, format!("http://{addr}/"));
        let first = transport.send(get()).await.unwrap();
        assert_eq!(&first.body[..], b"{}");
        tokio::time::sleep(Duration::from_millis(100)).await;
        transport.pool.unchecked.store(true, Ordering::Relaxed);
        let second = transport.send(get()).await.expect("sent again on a new connection");
        assert_eq!(&second.body[..], b"{}");
        assert_eq!(accepted.load(Ordering::SeqCst), 2);
    }
}
