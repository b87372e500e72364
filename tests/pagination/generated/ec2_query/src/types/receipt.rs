// Code generated from `tests/fixtures/ec2_query.json` by `cargo xtask codegen`. DO NOT EDIT.

/// A receipt.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Receipt {
    /// The receipt, an attribute.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When.
    #[serde(rename = "At", skip_serializing_if = "Option::is_none")]
    pub at: Option<::smithy_runtime::DateTime>,
}

impl Receipt {
    /// A builder for [`Receipt`].
    pub fn builder() -> ReceiptBuilder {
        ReceiptBuilder::default()
    }
}

/// A builder for [`Receipt`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ReceiptBuilder {
    id: Option<String>,
    at: Option<::smithy_runtime::DateTime>,
}

impl ReceiptBuilder {
    /// Sets `Id`.
    pub fn id(mut self, input: impl Into<String>) -> Self {
        self.id = Some(input.into());
        self
    }

    /// Sets or clears `Id`.
    pub fn set_id(mut self, input: Option<String>) -> Self {
        self.id = input;
        self
    }

    /// The value of `Id` set so far.
    pub fn get_id(&self) -> &Option<String> {
        &self.id
    }

    /// Sets `At`.
    pub fn at(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.at = Some(input.into());
        self
    }

    /// Sets or clears `At`.
    pub fn set_at(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.at = input;
        self
    }

    /// The value of `At` set so far.
    pub fn get_at(&self) -> &Option<::smithy_runtime::DateTime> {
        &self.at
    }

    /// Builds the [`Receipt`].
    pub fn build(self) -> Receipt {
        Receipt {
            id: self.id,
            at: self.at,
        }
    }
}
