// Code generated from `tests/fixtures/unions.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Pair` structure.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Pair {
    /// The `left` member.
    pub left: String,
    /// The `right` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub right: Option<String>,
}

impl Pair {
    /// A builder for [`Pair`].
    pub fn builder() -> PairBuilder {
        PairBuilder::default()
    }
}

/// A builder for [`Pair`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PairBuilder {
    left: Option<String>,
    right: Option<String>,
}

impl PairBuilder {
    /// Sets `left`. Required.
    pub fn left(mut self, input: impl Into<String>) -> Self {
        self.left = Some(input.into());
        self
    }

    /// Sets or clears `left`.
    pub fn set_left(mut self, input: Option<String>) -> Self {
        self.left = input;
        self
    }

    /// The value of `left` set so far.
    pub fn get_left(&self) -> &Option<String> {
        &self.left
    }

    /// Sets `right`.
    pub fn right(mut self, input: impl Into<String>) -> Self {
        self.right = Some(input.into());
        self
    }

    /// Sets or clears `right`.
    pub fn set_right(mut self, input: Option<String>) -> Self {
        self.right = input;
        self
    }

    /// The value of `right` set so far.
    pub fn get_right(&self) -> &Option<String> {
        &self.right
    }

    /// Builds the [`Pair`].
    ///
    /// Fails when a required member is not set: `left`.
    pub fn build(self) -> Result<Pair, ::smithy_runtime::error::BuildError> {
        Ok(Pair {
            left: self
                .left
                .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
                    "Pair",
                    "left",
                ))?,
            right: self.right,
        })
    }
}
