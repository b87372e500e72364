// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Item` structure.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Item {
    /// The `Name` member.
    #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `Alias` member.
    #[serde(rename = "Alias", skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}

impl Item {
    /// A builder for [`Item`].
    pub fn builder() -> ItemBuilder {
        ItemBuilder::default()
    }
}

/// A builder for [`Item`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ItemBuilder {
    name: Option<String>,
    alias: Option<String>,
}

impl ItemBuilder {
    /// Sets `Name`.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.name = Some(input.into());
        self
    }

    /// Sets or clears `Name`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.name = input;
        self
    }

    /// The value of `Name` set so far.
    pub fn get_name(&self) -> &Option<String> {
        &self.name
    }

    /// Sets `Alias`.
    pub fn alias(mut self, input: impl Into<String>) -> Self {
        self.alias = Some(input.into());
        self
    }

    /// Sets or clears `Alias`.
    pub fn set_alias(mut self, input: Option<String>) -> Self {
        self.alias = input;
        self
    }

    /// The value of `Alias` set so far.
    pub fn get_alias(&self) -> &Option<String> {
        &self.alias
    }

    /// Builds the [`Item`].
    pub fn build(self) -> Item {
        Item {
            name: self.name,
            alias: self.alias,
        }
    }
}
