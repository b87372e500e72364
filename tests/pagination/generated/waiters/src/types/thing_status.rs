// Code generated from `tests/fixtures/waiters.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `ThingStatus` enumeration.
///
/// Values this version of the crate does not know are kept in
/// [`Unknown`](Self::Unknown), so a newer service never breaks a response.
/// Build values with `From<&str>`, which never yields `Unknown` for a known value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ThingStatus {
    /// The value `PENDING`.
    Pending,
    /// The value `READY`.
    Ready,
    /// The value `FAILED`.
    Failed,
    /// The value `DELETING`.
    Deleting,
    /// A value this version of the crate does not know.
    Unknown(String),
}

impl ThingStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Ready => "READY",
            Self::Failed => "FAILED",
            Self::Deleting => "DELETING",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Every value this version of the crate knows.
    pub const fn values() -> &'static [&'static str] {
        &["PENDING", "READY", "FAILED", "DELETING"]
    }
}

impl From<&str> for ThingStatus {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "READY" => Self::Ready,
            "FAILED" => Self::Failed,
            "DELETING" => Self::Deleting,
            other => Self::Unknown(ToOwned::to_owned(other)),
        }
    }
}

impl From<String> for ThingStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::str::FromStr for ThingStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl AsRef<str> for ThingStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl ::std::fmt::Display for ThingStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for ThingStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for ThingStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value))
    }
}
