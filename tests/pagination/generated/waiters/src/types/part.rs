// Code generated from `tests/fixtures/waiters.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Part` structure.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Part {
    /// The `state` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

impl Part {
    /// A builder for [`Part`].
    pub fn builder() -> PartBuilder {
        PartBuilder::default()
    }
}

/// A builder for [`Part`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PartBuilder {
    state: Option<String>,
}

impl PartBuilder {
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

    /// Builds the [`Part`].
    pub fn build(self) -> Part {
        Part { state: self.state }
    }
}
