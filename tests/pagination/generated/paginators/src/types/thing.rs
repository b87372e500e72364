// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

/// A thing.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Thing {
    /// The `name` member.
    pub name: ::std::string::String,
    /// The `size` member.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<i32>,
}

impl Thing {
    /// A builder for [`Thing`].
    pub fn builder() -> ThingBuilder {
        ThingBuilder::default()
    }
}

/// A builder for [`Thing`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ThingBuilder {
    name: ::std::option::Option<::std::string::String>,
    size: ::std::option::Option<i32>,
}

impl ThingBuilder {
    /// Sets `name`. Required.
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = Some(input.into());
        self
    }

    /// Sets or clears `name`.
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }

    /// The value of `name` set so far.
    pub fn get_name(&self) -> &::std::option::Option<::std::string::String> {
        &self.name
    }

    /// Sets `size`.
    pub fn size(mut self, input: impl ::std::convert::Into<i32>) -> Self {
        self.size = Some(input.into());
        self
    }

    /// Sets or clears `size`.
    pub fn set_size(mut self, input: ::std::option::Option<i32>) -> Self {
        self.size = input;
        self
    }

    /// The value of `size` set so far.
    pub fn get_size(&self) -> &::std::option::Option<i32> {
        &self.size
    }

    /// Builds the [`Thing`].
    ///
    /// Fails when a required member is not set: `name`.
    pub fn build(
        self,
    ) -> ::std::result::Result<Thing, ::smithy_runtime::error::BuildError> {
        Ok(Thing {
            name: self
                .name
                .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
                    "Thing",
                    "name",
                ))?,
            size: self.size,
        })
    }
}
