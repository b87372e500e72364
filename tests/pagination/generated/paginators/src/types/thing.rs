// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

/// A thing.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Thing {
    /// The `name` member.
    pub name: String,
    /// The `size` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i32>,
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
    name: Option<String>,
    size: Option<i32>,
}

impl ThingBuilder {
    /// Sets `name`. Required.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.name = Some(input.into());
        self
    }

    /// Sets or clears `name`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.name = input;
        self
    }

    /// The value of `name` set so far.
    pub fn get_name(&self) -> &Option<String> {
        &self.name
    }

    /// Sets `size`.
    pub fn size(mut self, input: impl Into<i32>) -> Self {
        self.size = Some(input.into());
        self
    }

    /// Sets or clears `size`.
    pub fn set_size(mut self, input: Option<i32>) -> Self {
        self.size = input;
        self
    }

    /// The value of `size` set so far.
    pub fn get_size(&self) -> &Option<i32> {
        &self.size
    }

    /// Builds the [`Thing`].
    ///
    /// Fails when a required member is not set: `name`.
    pub fn build(self) -> Result<Thing, ::smithy_runtime::error::BuildError> {
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
