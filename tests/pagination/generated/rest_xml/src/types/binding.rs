// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

/// A binding.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Binding {
    /// Hardcover or paperback.
    #[serde(rename = "Kind", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

impl Binding {
    /// A builder for [`Binding`].
    pub fn builder() -> BindingBuilder {
        BindingBuilder::default()
    }
}

/// A builder for [`Binding`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct BindingBuilder {
    kind: Option<String>,
}

impl BindingBuilder {
    /// Sets `Kind`.
    pub fn kind(mut self, input: impl Into<String>) -> Self {
        self.kind = Some(input.into());
        self
    }

    /// Sets or clears `Kind`.
    pub fn set_kind(mut self, input: Option<String>) -> Self {
        self.kind = input;
        self
    }

    /// The value of `Kind` set so far.
    pub fn get_kind(&self) -> &Option<String> {
        &self.kind
    }

    /// Builds the [`Binding`].
    pub fn build(self) -> Binding {
        Binding { kind: self.kind }
    }
}
