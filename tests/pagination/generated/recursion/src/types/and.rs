// Code generated from `tests/fixtures/recursion.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `And` structure.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct And {
    /// The `left` member.
    pub left: crate::types::Expression,
    /// The `right` member.
    pub right: crate::types::Expression,
}

impl And {
    /// A builder for [`And`].
    pub fn builder() -> AndBuilder {
        AndBuilder::default()
    }
}

impl Default for And {
    fn default() -> Self {
        Self {
            left: crate::types::Expression::Unknown(String::new()),
            right: crate::types::Expression::Unknown(String::new()),
        }
    }
}

/// A builder for [`And`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AndBuilder {
    left: Option<crate::types::Expression>,
    right: Option<crate::types::Expression>,
}

impl AndBuilder {
    /// Sets `left`. Required.
    pub fn left(mut self, input: impl Into<crate::types::Expression>) -> Self {
        self.left = Some(input.into());
        self
    }

    /// Sets or clears `left`.
    pub fn set_left(mut self, input: Option<crate::types::Expression>) -> Self {
        self.left = input;
        self
    }

    /// The value of `left` set so far.
    pub fn get_left(&self) -> &Option<crate::types::Expression> {
        &self.left
    }

    /// Sets `right`. Required.
    pub fn right(mut self, input: impl Into<crate::types::Expression>) -> Self {
        self.right = Some(input.into());
        self
    }

    /// Sets or clears `right`.
    pub fn set_right(mut self, input: Option<crate::types::Expression>) -> Self {
        self.right = input;
        self
    }

    /// The value of `right` set so far.
    pub fn get_right(&self) -> &Option<crate::types::Expression> {
        &self.right
    }

    /// Builds the [`And`].
    ///
    /// Fails when a required member is not set: `left`, `right`.
    pub fn build(self) -> Result<And, ::smithy_runtime::error::BuildError> {
        Ok(And {
            left: self
                .left
                .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
                    "And",
                    "left",
                ))?,
            right: self
                .right
                .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
                    "And",
                    "right",
                ))?,
        })
    }
}
