// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `NestedResult` structure.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct NestedResult {
    /// The `next` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `page` member.
    pub page: crate::types::NestedPage,
}

impl NestedResult {
    /// A builder for [`NestedResult`].
    pub fn builder() -> NestedResultBuilder {
        NestedResultBuilder::default()
    }
}

/// A builder for [`NestedResult`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct NestedResultBuilder {
    next: Option<String>,
    page: Option<crate::types::NestedPage>,
}

impl NestedResultBuilder {
    /// Sets `next`.
    pub fn next(mut self, input: impl Into<String>) -> Self {
        self.next = Some(input.into());
        self
    }

    /// Sets or clears `next`.
    pub fn set_next(mut self, input: Option<String>) -> Self {
        self.next = input;
        self
    }

    /// The value of `next` set so far.
    pub fn get_next(&self) -> &Option<String> {
        &self.next
    }

    /// Sets `page`. Required.
    pub fn page(mut self, input: impl Into<crate::types::NestedPage>) -> Self {
        self.page = Some(input.into());
        self
    }

    /// Sets or clears `page`.
    pub fn set_page(mut self, input: Option<crate::types::NestedPage>) -> Self {
        self.page = input;
        self
    }

    /// The value of `page` set so far.
    pub fn get_page(&self) -> &Option<crate::types::NestedPage> {
        &self.page
    }

    /// Builds the [`NestedResult`].
    ///
    /// Fails when a required member is not set: `page`.
    pub fn build(self) -> Result<NestedResult, ::smithy_runtime::error::BuildError> {
        Ok(NestedResult {
            next: self.next,
            page: self
                .page
                .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
                    "NestedResult",
                    "page",
                ))?,
        })
    }
}
