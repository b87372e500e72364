// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Nested` structure.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Nested {
    /// The `Name` member.
    #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Nested {
    /// A builder for [`Nested`].
    pub fn builder() -> NestedBuilder {
        NestedBuilder::default()
    }
}

/// A builder for [`Nested`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct NestedBuilder {
    name: Option<String>,
}

impl NestedBuilder {
    /// Sets `Name`.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.name = Some(input.into());
        self
    }

    /// Sets or clears `Name`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.name = input;
        self
    }

    /// The value of `Name` set so far.
    pub fn get_name(&self) -> &Option<String> {
        &self.name
    }

    /// Builds the [`Nested`].
    pub fn build(self) -> Nested {
        Nested { name: self.name }
    }
}
