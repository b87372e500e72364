//! Device certificate authentication (mutual TLS): the IoT "HTTPS with X.509
//! client certificate" mode. The client presents a certificate chain and private
//! key during the TLS handshake, and requests are not SigV4-signed.
//!
//! AWS IoT accepts it on port 8443, or on port 443 when the client offers the ALPN
//! protocol name `x-amzn-http-ca`. An endpoint URL without an explicit port gets
//! the device certificate's port ([`DeviceCertificate::port`]).

use std::fmt;
use std::sync::Arc;

use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

/// The ALPN protocol name AWS IoT requires for client-certificate HTTPS on port 443.
pub const IOT_HTTP_ALPN: &str = "x-amzn-http-ca";

/// A device's certificate chain and private key, for mutual TLS. Cheap to clone;
/// the key never appears in `Debug`.
///
/// ```no_run
/// use smithy_runtime::DeviceCertificate;
///
/// let cert = std::fs::read("device.pem.crt")?;
/// let key = std::fs::read("private.pem.key")?;
/// let device = DeviceCertificate::from_pem(&cert, &key)?.with_port_443();
/// assert_eq!(device.port(), 443);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct DeviceCertificate {
    inner: Arc<Inner>,
    use_443: bool,
}

struct Inner {
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
}

impl DeviceCertificate {
    /// Parses a PEM certificate chain (the device certificate first) and a PEM
    /// private key (PKCS#8, PKCS#1 RSA or SEC1 EC).
    pub fn from_pem(cert_pem: impl AsRef<[u8]>, key_pem: impl AsRef<[u8]>) -> Result<Self, TlsConfigError> {
        let chain = CertificateDer::pem_slice_iter(cert_pem.as_ref())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| TlsConfigError::new(format!("invalid certificate PEM: {e}")))?;
        if chain.is_empty() {
            return Err(TlsConfigError::new("no certificate found in the certificate PEM"));
        }
        let key = PrivateKeyDer::from_pem_slice(key_pem.as_ref())
            .map_err(|e| TlsConfigError::new(format!("invalid private key PEM: {e}")))?;
        Ok(Self::from_der(chain, key))
    }

    /// A certificate chain and key already in DER form.
    pub fn from_der(chain: Vec<CertificateDer<'static>>, key: PrivateKeyDer<'static>) -> Self {
        DeviceCertificate {
            inner: Arc::new(Inner { chain, key }),
            use_443: false,
        }
    }

    /// Connect on port 443 with the ALPN protocol `x-amzn-http-ca` instead of port 8443.
    pub fn with_port_443(mut self) -> Self {
        self.use_443 = true;
        self
    }

    /// The port used when the endpoint URL has none: 8443, or 443 after
    /// [`with_port_443`](Self::with_port_443).
    pub fn port(&self) -> u16 {
        if self.use_443 {
            443
        } else {
            8443
        }
    }

    /// The ALPN protocol to offer: `Some("x-amzn-http-ca")` on port 443.
    pub fn alpn_protocol(&self) -> Option<&'static str> {
        self.use_443.then_some(IOT_HTTP_ALPN)
    }

    /// The certificate chain, device certificate first.
    pub fn certificate_chain(&self) -> &[CertificateDer<'static>] {
        &self.inner.chain
    }

    /// The private key.
    pub fn private_key(&self) -> &PrivateKeyDer<'static> {
        &self.inner.key
    }
}

impl fmt::Debug for DeviceCertificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeviceCertificate")
            .field("certificates", &self.inner.chain.len())
            .field("private_key", &"** redacted **")
            .field("port", &self.port())
            .finish()
    }
}

/// A TLS configuration could not be built (bad PEM, key not matching, ...).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TlsConfigError {
    message: String,
}

impl TlsConfigError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        TlsConfigError {
            message: message.into(),
        }
    }
}

impl fmt::Display for TlsConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TLS configuration error: {}", self.message)
    }
}

impl std::error::Error for TlsConfigError {}

/// Parses PEM certificates (for custom trust roots).
pub fn certificates_from_pem(pem: impl AsRef<[u8]>) -> Result<Vec<CertificateDer<'static>>, TlsConfigError> {
    let certs = CertificateDer::pem_slice_iter(pem.as_ref())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| TlsConfigError::new(format!("invalid certificate PEM: {e}")))?;
    if certs.is_empty() {
        return Err(TlsConfigError::new("no certificate found in PEM"));
    }
    Ok(certs)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A self-signed certificate and its key, as PEM.
    pub(crate) fn self_signed(name: &str) -> (String, String) {
        let key = rcgen::KeyPair::generate().unwrap();
        let params = rcgen::CertificateParams::new(vec![name.to_owned()]).unwrap();
        let cert = params.self_signed(&key).unwrap();
        (cert.pem(), key.serialize_pem())
    }

    #[test]
    fn from_pem() {
        let (cert, key) = self_signed("device.example");
        let device = DeviceCertificate::from_pem(&cert, &key).unwrap();
        assert_eq!(device.certificate_chain().len(), 1);
        assert_eq!(device.port(), 8443);
        assert_eq!(device.alpn_protocol(), None);
        let device = device.with_port_443();
        assert_eq!((device.port(), device.alpn_protocol()), (443, Some("x-amzn-http-ca")));
        let dbg = format!("{device:?}");
        assert!(dbg.contains("redacted") && !dbg.contains("PRIVATE"), "{dbg}");
        assert!(DeviceCertificate::from_pem("garbage", &key).is_err());
        assert!(DeviceCertificate::from_pem(&cert, "garbage").is_err());
        assert!(DeviceCertificate::from_pem(&cert, &cert).is_err());
        assert_eq!(certificates_from_pem(&cert).unwrap().len(), 1);
    }
}
