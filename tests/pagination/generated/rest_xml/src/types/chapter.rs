// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

/// A chapter.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Chapter {
    /// Its number, an attribute.
    #[serde(rename = "n", skip_serializing_if = "Option::is_none")]
    pub number: Option<i32>,
    /// Its heading.
    #[serde(rename = "Heading", skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
}

impl Chapter {
    /// A builder for [`Chapter`].
    pub fn builder() -> ChapterBuilder {
        ChapterBuilder::default()
    }
}

/// A builder for [`Chapter`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChapterBuilder {
    number: Option<i32>,
    heading: Option<String>,
}

impl ChapterBuilder {
    /// Sets `Number`.
    pub fn number(mut self, input: impl Into<i32>) -> Self {
        self.number = Some(input.into());
        self
    }

    /// Sets or clears `Number`.
    pub fn set_number(mut self, input: Option<i32>) -> Self {
        self.number = input;
        self
    }

    /// The value of `Number` set so far.
    pub fn get_number(&self) -> &Option<i32> {
        &self.number
    }

    /// Sets `Heading`.
    pub fn heading(mut self, input: impl Into<String>) -> Self {
        self.heading = Some(input.into());
        self
    }

    /// Sets or clears `Heading`.
    pub fn set_heading(mut self, input: Option<String>) -> Self {
        self.heading = input;
        self
    }

    /// The value of `Heading` set so far.
    pub fn get_heading(&self) -> &Option<String> {
        &self.heading
    }

    /// Builds the [`Chapter`].
    pub fn build(self) -> Chapter {
        Chapter {
            number: self.number,
            heading: self.heading,
        }
    }
}
