// Code generated from `tests/fixtures/aws_query.json` by `cargo xtask codegen`. DO NOT EDIT.

/// A nested structure: `Origin.Host`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Origin {
    /// The sending host.
    #[serde(rename = "Host", skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
}

impl Origin {
    /// A builder for [`Origin`].
    pub fn builder() -> OriginBuilder {
        OriginBuilder::default()
    }
}

/// A builder for [`Origin`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct OriginBuilder {
    host: Option<String>,
}

impl OriginBuilder {
    /// Sets `Host`.
    pub fn host(mut self, input: impl Into<String>) -> Self {
        self.host = Some(input.into());
        self
    }

    /// Sets or clears `Host`.
    pub fn set_host(mut self, input: Option<String>) -> Self {
        self.host = input;
        self
    }

    /// The value of `Host` set so far.
    pub fn get_host(&self) -> &Option<String> {
        &self.host
    }

    /// Builds the [`Origin`].
    pub fn build(self) -> Origin {
        Origin { host: self.host }
    }
}
