// Code generated from `tests/fixtures/streams_and_prefixes.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Message` structure.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Message {
    /// The `text` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Message {
    /// A builder for [`Message`].
    pub fn builder() -> MessageBuilder {
        MessageBuilder::default()
    }
}

/// A builder for [`Message`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct MessageBuilder {
    text: Option<String>,
}

impl MessageBuilder {
    /// Sets `text`.
    pub fn text(mut self, input: impl Into<String>) -> Self {
        self.text = Some(input.into());
        self
    }

    /// Sets or clears `text`.
    pub fn set_text(mut self, input: Option<String>) -> Self {
        self.text = input;
        self
    }

    /// The value of `text` set so far.
    pub fn get_text(&self) -> &Option<String> {
        &self.text
    }

    /// Builds the [`Message`].
    pub fn build(self) -> Message {
        Message { text: self.text }
    }
}
