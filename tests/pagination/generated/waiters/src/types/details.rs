// Code generated from `tests/fixtures/waiters.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Details` structure.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Details {
    /// The `state` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The `children` member.
    pub children: Vec<crate::types::Child>,
}

impl Details {
    /// A builder for [`Details`].
    pub fn builder() -> DetailsBuilder {
        DetailsBuilder::default()
    }
}

/// A builder for [`Details`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DetailsBuilder {
    state: Option<String>,
    children: Option<Vec<crate::types::Child>>,
}

impl DetailsBuilder {
    /// Sets `state`.
    pub fn state(mut self, input: impl Into<String>) -> Self {
        self.state = Some(input.into());
        self
    }

    /// Sets or clears `state`.
    pub fn set_state(mut self, input: Option<String>) -> Self {
        self.state = input;
        self
    }

    /// The value of `state` set so far.
    pub fn get_state(&self) -> &Option<String> {
        &self.state
    }

    /// Sets `children`. Required.
    pub fn children(mut self, input: impl Into<Vec<crate::types::Child>>) -> Self {
        self.children = Some(input.into());
        self
    }

    /// Sets or clears `children`.
    pub fn set_children(mut self, input: Option<Vec<crate::types::Child>>) -> Self {
        self.children = input;
        self
    }

    /// The value of `children` set so far.
    pub fn get_children(&self) -> &Option<Vec<crate::types::Child>> {
        &self.children
    }

    /// Builds the [`Details`].
    ///
    /// Fails when a required member is not set: `children`.
    pub fn build(self) -> Result<Details, ::smithy_runtime::error::BuildError> {
        Ok(Details {
            state: self.state,
            children: self
                .children
                .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
                    "Details",
                    "children",
                ))?,
        })
    }
}
