// Code generated from `tests/fixtures/sensitive.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Locked` structure.
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Locked {
    /// The `label` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The `code` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

impl Locked {
    /// A builder for [`Locked`].
    pub fn builder() -> LockedBuilder {
        LockedBuilder::default()
    }
}

impl ::std::fmt::Debug for Locked {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Locked")
            .field("label", &self.label)
            .field("code", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}

/// A builder for [`Locked`].
#[derive(Clone, PartialEq, Default)]
pub struct LockedBuilder {
    label: Option<String>,
    code: Option<String>,
}

impl LockedBuilder {
    /// Sets `label`.
    pub fn label(mut self, input: impl Into<String>) -> Self {
        self.label = Some(input.into());
        self
    }

    /// Sets or clears `label`.
    pub fn set_label(mut self, input: Option<String>) -> Self {
        self.label = input;
        self
    }

    /// The value of `label` set so far.
    pub fn get_label(&self) -> &Option<String> {
        &self.label
    }

    /// Sets `code`.
    pub fn code(mut self, input: impl Into<String>) -> Self {
        self.code = Some(input.into());
        self
    }

    /// Sets or clears `code`.
    pub fn set_code(mut self, input: Option<String>) -> Self {
        self.code = input;
        self
    }

    /// The value of `code` set so far.
    pub fn get_code(&self) -> &Option<String> {
        &self.code
    }

    /// Builds the [`Locked`].
    pub fn build(self) -> Locked {
        Locked {
            label: self.label,
            code: self.code,
        }
    }
}

impl ::std::fmt::Debug for LockedBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LockedBuilder")
            .field("label", &self.label)
            .field("code", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}
