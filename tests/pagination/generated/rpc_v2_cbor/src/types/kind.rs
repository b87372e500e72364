// Code generated from `tests/fixtures/rpc_v2_cbor.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Kind` enumeration.
///
/// Values this version of the crate does not know are kept in
/// [`Unknown`](Self::Unknown), so a newer service never breaks a response.
/// Build values with `From<&str>`, which never yields `Unknown` for a known value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Kind {
    /// The value `game`.
    Game,
    /// The value `practice`.
    Practice,
    /// A value this version of the crate does not know.
    Unknown(String),
}

impl Kind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Game => "game",
            Self::Practice => "practice",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Every value this version of the crate knows.
    pub const fn values() -> &'static [&'static str] {
        &["game", "practice"]
    }
}

impl From<&str> for Kind {
    fn from(value: &str) -> Self {
        match value {
            "game" => Self::Game,
            "practice" => Self::Practice,
            other => Self::Unknown(ToOwned::to_owned(other)),
        }
    }
}

impl From<String> for Kind {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::str::FromStr for Kind {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl AsRef<str> for Kind {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl ::std::fmt::Display for Kind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for Kind {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for Kind {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value))
    }
}
