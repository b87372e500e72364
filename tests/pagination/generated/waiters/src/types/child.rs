// Code generated from `tests/fixtures/waiters.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Child` structure.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Child {
    /// The `status` member.
    pub status: String,
}

impl Child {
    /// A builder for [`Child`].
    pub fn builder() -> ChildBuilder {
        ChildBuilder::default()
    }
}

/// A builder for [`Child`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChildBuilder {
    status: Option<String>,
}

impl ChildBuilder {
    /// Sets `status`. Required.
    pub fn status(mut self, input: impl Into<String>) -> Self {
        self.status = Some(input.into());
        self
    }

    /// Sets or clears `status`.
    pub fn set_status(mut self, input: Option<String>) -> Self {
        self.status = input;
        self
    }

    /// The value of `status` set so far.
    pub fn get_status(&self) -> &Option<String> {
        &self.status
    }

    /// Builds the [`Child`].
    ///
    /// Fails when a required member is not set: `status`.
    pub fn build(self) -> Result<Child, ::smithy_runtime::error::BuildError> {
        Ok(Child {
            status: self
                .status
                .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
                    "Child",
                    "status",
                ))?,
        })
    }
}
