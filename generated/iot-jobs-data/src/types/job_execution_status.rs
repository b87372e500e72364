// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `JobExecutionStatus` enumeration.
///
/// Values this version of the crate does not know are kept in
/// [`Unknown`](Self::Unknown), so a newer service never breaks a response.
/// Build values with `From<&str>`, which never yields `Unknown` for a known value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JobExecutionStatus {
    /// The value `QUEUED`.
    Queued,
    /// The value `IN_PROGRESS`.
    InProgress,
    /// The value `SUCCEEDED`.
    Succeeded,
    /// The value `FAILED`.
    Failed,
    /// The value `TIMED_OUT`.
    TimedOut,
    /// The value `REJECTED`.
    Rejected,
    /// The value `REMOVED`.
    Removed,
    /// The value `CANCELED`.
    Canceled,
    /// A value this version of the crate does not know.
    Unknown(String),
}

impl JobExecutionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "QUEUED",
            Self::InProgress => "IN_PROGRESS",
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
            Self::TimedOut => "TIMED_OUT",
            Self::Rejected => "REJECTED",
            Self::Removed => "REMOVED",
            Self::Canceled => "CANCELED",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Every value this version of the crate knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "QUEUED",
            "IN_PROGRESS",
            "SUCCEEDED",
            "FAILED",
            "TIMED_OUT",
            "REJECTED",
            "REMOVED",
            "CANCELED",
        ]
    }
}

impl From<&str> for JobExecutionStatus {
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => Self::Queued,
            "IN_PROGRESS" => Self::InProgress,
            "SUCCEEDED" => Self::Succeeded,
            "FAILED" => Self::Failed,
            "TIMED_OUT" => Self::TimedOut,
            "REJECTED" => Self::Rejected,
            "REMOVED" => Self::Removed,
            "CANCELED" => Self::Canceled,
            other => Self::Unknown(ToOwned::to_owned(other)),
        }
    }
}

impl From<String> for JobExecutionStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::str::FromStr for JobExecutionStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl AsRef<str> for JobExecutionStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl ::std::fmt::Display for JobExecutionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for JobExecutionStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for JobExecutionStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value))
    }
}
