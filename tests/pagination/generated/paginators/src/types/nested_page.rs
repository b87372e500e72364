// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `NestedPage` structure.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct NestedPage {
    /// The `values` member.
    pub values: Vec<String>,
}

impl NestedPage {
    /// A builder for [`NestedPage`].
    pub fn builder() -> NestedPageBuilder {
        NestedPageBuilder::default()
    }
}

/// A builder for [`NestedPage`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct NestedPageBuilder {
    values: Option<Vec<String>>,
}

impl NestedPageBuilder {
    /// Sets `values`. Required.
    pub fn values(mut self, input: impl Into<Vec<String>>) -> Self {
        self.values = Some(input.into());
        self
    }

    /// Sets or clears `values`.
    pub fn set_values(mut self, input: Option<Vec<String>>) -> Self {
        self.values = input;
        self
    }

    /// The value of `values` set so far.
    pub fn get_values(&self) -> &Option<Vec<String>> {
        &self.values
    }

    /// Builds the [`NestedPage`].
    ///
    /// Fails when a required member is not set: `values`.
    pub fn build(self) -> Result<NestedPage, ::smithy_runtime::error::BuildError> {
        Ok(NestedPage {
            values: self
                .values
                .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
                    "NestedPage",
                    "values",
                ))?,
        })
    }
}
