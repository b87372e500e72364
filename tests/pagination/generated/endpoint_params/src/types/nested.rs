// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Nested` structure.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Nested {
    /// The `Name` member.
    #[serde(rename = "Name", skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
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
    name: ::std::option::Option<::std::string::String>,
}

impl NestedBuilder {
    /// Sets `Name`.
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = Some(input.into());
        self
    }

    /// Sets or clears `Name`.
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }

    /// The value of `Name` set so far.
    pub fn get_name(&self) -> &::std::option::Option<::std::string::String> {
        &self.name
    }

    /// Builds the [`Nested`].
    pub fn build(self) -> Nested {
        Nested { name: self.name }
    }
}
