//! [`Blob`]: Smithy's `blob` shape.

use std::fmt;

/// Binary data (Smithy's `blob`). With serde it is a base64 string, as in
/// restJson1 bodies.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Blob {
    inner: Vec<u8>,
}

impl Blob {
    /// Wraps bytes.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Blob { inner: bytes.into() }
    }

    /// The bytes, owned.
    pub fn into_inner(self) -> Vec<u8> {
        self.inner
    }

    /// Number of bytes.
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    /// The bytes as standard base64 with padding.
    pub fn to_base64(&self) -> String {
        base64_impl::encode(&self.inner)
    }

    /// Decodes standard base64 (padding optional).
    pub fn from_base64(encoded: &str) -> Result<Self, base64::DecodeError> {
        base64_impl::decode(encoded).map(Blob::new)
    }
}

/// The bytes (`blob.as_ref()`).
impl AsRef<[u8]> for Blob {
    fn as_ref(&self) -> &[u8] {
        &self.inner
    }
}

impl From<Vec<u8>> for Blob {
    fn from(v: Vec<u8>) -> Self {
        Blob::new(v)
    }
}

impl From<&[u8]> for Blob {
    fn from(v: &[u8]) -> Self {
        Blob::new(v)
    }
}

impl From<&str> for Blob {
    fn from(v: &str) -> Self {
        Blob::new(v.as_bytes())
    }
}

impl From<String> for Blob {
    fn from(v: String) -> Self {
        Blob::new(v.into_bytes())
    }
}

impl From<Blob> for Vec<u8> {
    fn from(b: Blob) -> Self {
        b.inner
    }
}

impl fmt::Debug for Blob {
    /// Shows at most 64 bytes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Blob(")?;
        crate::error::debug_bytes(f, &self.inner)?;
        write!(f, ")")
    }
}

impl ::serde::Serialize for Blob {
    fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_base64())
    }
}

impl<'de> ::serde::Deserialize<'de> for Blob {
    fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl ::serde::de::Visitor<'_> for V {
            type Value = Blob;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a base64 string")
            }
            fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<Blob, E> {
                Blob::from_base64(v).map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}

/// Base64 helpers (standard alphabet, padded on output, padding optional on input).
pub(crate) mod base64_impl {
    use base64::engine::{general_purpose, DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    use base64::Engine as _;

    const LENIENT: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
    );

    pub(crate) fn encode(bytes: &[u8]) -> String {
        general_purpose::STANDARD.encode(bytes)
    }

    pub(crate) fn decode(s: &str) -> Result<Vec<u8>, base64::DecodeError> {
        LENIENT.decode(s.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip() {
        let b = Blob::from("binary-value");
        assert_eq!(b.to_base64(), "YmluYXJ5LXZhbHVl");
        assert_eq!(serde_json::to_string(&b).unwrap(), "\"YmluYXJ5LXZhbHVl\"");
        let back: Blob = serde_json::from_str("\"YmluYXJ5LXZhbHVl\"").unwrap();
        assert_eq!(back, b);
        assert_eq!(Blob::from_base64("YQ").unwrap().as_ref(), b"a");
        assert_eq!(Blob::from_base64("YQ==").unwrap().as_ref(), b"a");
        assert!(serde_json::from_str::<Blob>("\"!!\"").is_err());
        assert_eq!(Blob::default().to_base64(), "");
    }

    #[test]
    fn debug_is_bounded() {
        let b = Blob::new(vec![b'x'; 10_000]);
        assert!(format!("{b:?}").len() < 300);
    }
}
