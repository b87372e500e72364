// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

/// A book's place.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Shelving {
    /// Rows of positions: a list of lists.
    #[serde(rename = "Rows", skip_serializing_if = "::std::option::Option::is_none")]
    pub rows: ::std::option::Option<::std::vec::Vec<::std::vec::Vec<i32>>>,
    /// Neighbouring books per side: a map of lists.
    #[serde(
        rename = "Neighbours",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub neighbours: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
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
    rows: ::std::option::Option<::std::vec::Vec<::std::vec::Vec<i32>>>,
    neighbours: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
}

impl ShelvingBuilder {
    /// Sets `Rows`.
    pub fn rows(
        mut self,
        input: impl ::std::convert::Into<::std::vec::Vec<::std::vec::Vec<i32>>>,
    ) -> Self {
        self.rows = Some(input.into());
        self
    }

    /// Sets or clears `Rows`.
    pub fn set_rows(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::vec::Vec<i32>>>,
    ) -> Self {
        self.rows = input;
        self
    }

    /// The value of `Rows` set so far.
    pub fn get_rows(
        &self,
    ) -> &::std::option::Option<::std::vec::Vec<::std::vec::Vec<i32>>> {
        &self.rows
    }

    /// Sets `Neighbours`.
    pub fn neighbours(
        mut self,
        input: impl ::std::convert::Into<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
    ) -> Self {
        self.neighbours = Some(input.into());
        self
    }

    /// Sets or clears `Neighbours`.
    pub fn set_neighbours(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
    ) -> Self {
        self.neighbours = input;
        self
    }

    /// The value of `Neighbours` set so far.
    pub fn get_neighbours(
        &self,
    ) -> &::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    > {
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
