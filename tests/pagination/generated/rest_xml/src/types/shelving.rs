// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

/// A book's place.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Shelving {
    /// Rows of positions: a list of lists.
    #[serde(rename = "Rows", skip_serializing_if = "Option::is_none")]
    pub rows: Option<Vec<Vec<i32>>>,
    /// Neighbouring books per side: a map of lists.
    #[serde(rename = "Neighbours", skip_serializing_if = "Option::is_none")]
    pub neighbours: Option<::std::collections::HashMap<String, Vec<String>>>,
}

impl Shelving {
    /// A builder for [`Shelving`].
    pub fn builder() -> ShelvingBuilder {
        ShelvingBuilder::default()
    }
}

/// A builder for [`Shelving`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ShelvingBuilder {
    rows: Option<Vec<Vec<i32>>>,
    neighbours: Option<::std::collections::HashMap<String, Vec<String>>>,
}

impl ShelvingBuilder {
    /// Sets `Rows`.
    pub fn rows(mut self, input: impl Into<Vec<Vec<i32>>>) -> Self {
        self.rows = Some(input.into());
        self
    }

    /// Sets or clears `Rows`.
    pub fn set_rows(mut self, input: Option<Vec<Vec<i32>>>) -> Self {
        self.rows = input;
        self
    }

    /// The value of `Rows` set so far.
    pub fn get_rows(&self) -> &Option<Vec<Vec<i32>>> {
        &self.rows
    }

    /// Sets `Neighbours`.
    pub fn neighbours(
        mut self,
        input: impl Into<::std::collections::HashMap<String, Vec<String>>>,
    ) -> Self {
        self.neighbours = Some(input.into());
        self
    }

    /// Sets or clears `Neighbours`.
    pub fn set_neighbours(
        mut self,
        input: Option<::std::collections::HashMap<String, Vec<String>>>,
    ) -> Self {
        self.neighbours = input;
        self
    }

    /// The value of `Neighbours` set so far.
    pub fn get_neighbours(
        &self,
    ) -> &Option<::std::collections::HashMap<String, Vec<String>>> {
        &self.neighbours
    }

    /// Builds the [`Shelving`].
    pub fn build(self) -> Shelving {
        Shelving {
            rows: self.rows,
            neighbours: self.neighbours,
        }
    }
}
