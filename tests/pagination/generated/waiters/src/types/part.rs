// Code generated from `tests/fixtures/waiters.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Part` structure.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Part {
    /// The `state` member.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
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
    state: ::std::option::Option<::std::string::String>,
}

impl PartBuilder {
    /// Sets `state`.
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state = Some(input.into());
        self
    }

    /// Sets or clears `state`.
    pub fn set_state(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state = input;
        self
    }

    /// The value of `state` set so far.
    pub fn get_state(&self) -> &::std::option::Option<::std::string::String> {
        &self.state
    }

    /// Builds the [`Part`].
    pub fn build(self) -> Part {
        Part { state: self.state }
    }
}
