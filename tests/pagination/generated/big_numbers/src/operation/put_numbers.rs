// Code generated from `tests/fixtures/big_numbers.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Sends numbers and gets numbers back.
mod wire;

/// The input of `PutNumbers`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct PutNumbersInput {
    /// The `Label` member.
    #[serde(rename = "Label", skip_serializing_if = "Option::is_none")]
    pub label: Option<::smithy_runtime::BigInteger>,
    /// The `QueryInteger` member.
    #[serde(rename = "QueryInteger", skip_serializing_if = "Option::is_none")]
    pub query_integer: Option<::smithy_runtime::BigInteger>,
    /// The `QueryDecimal` member.
    #[serde(rename = "QueryDecimal", skip_serializing_if = "Option::is_none")]
    pub query_decimal: Option<::smithy_runtime::BigDecimal>,
    /// The `HeaderDecimal` member.
    #[serde(rename = "HeaderDecimal", skip_serializing_if = "Option::is_none")]
    pub header_decimal: Option<::smithy_runtime::BigDecimal>,
    /// The `Integer` member.
    #[serde(rename = "Integer", skip_serializing_if = "Option::is_none")]
    pub integer: Option<::smithy_runtime::BigInteger>,
    /// The `Decimal` member.
    #[serde(rename = "Decimal", skip_serializing_if = "Option::is_none")]
    pub decimal: Option<::smithy_runtime::BigDecimal>,
    /// The `Decimals` member.
    #[serde(rename = "Decimals", skip_serializing_if = "Option::is_none")]
    pub decimals: Option<Vec<::smithy_runtime::BigDecimal>>,
}

impl PutNumbersInput {
    /// A builder for [`PutNumbersInput`].
    pub fn builder() -> PutNumbersInputBuilder {
        PutNumbersInputBuilder::default()
    }
}

/// A builder for [`PutNumbersInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PutNumbersInputBuilder {
    label: Option<::smithy_runtime::BigInteger>,
    query_integer: Option<::smithy_runtime::BigInteger>,
    query_decimal: Option<::smithy_runtime::BigDecimal>,
    header_decimal: Option<::smithy_runtime::BigDecimal>,
    integer: Option<::smithy_runtime::BigInteger>,
    decimal: Option<::smithy_runtime::BigDecimal>,
    decimals: Option<Vec<::smithy_runtime::BigDecimal>>,
}

impl PutNumbersInputBuilder {
    /// Sets `Label`. Required.
    pub fn label(mut self, input: impl Into<::smithy_runtime::BigInteger>) -> Self {
        self.label = Some(input.into());
        self
    }

    /// Sets or clears `Label`.
    pub fn set_label(mut self, input: Option<::smithy_runtime::BigInteger>) -> Self {
        self.label = input;
        self
    }

    /// The value of `Label` set so far.
    pub fn get_label(&self) -> &Option<::smithy_runtime::BigInteger> {
        &self.label
    }

    /// Sets `QueryInteger`.
    pub fn query_integer(
        mut self,
        input: impl Into<::smithy_runtime::BigInteger>,
    ) -> Self {
        self.query_integer = Some(input.into());
        self
    }

    /// Sets or clears `QueryInteger`.
    pub fn set_query_integer(
        mut self,
        input: Option<::smithy_runtime::BigInteger>,
    ) -> Self {
        self.query_integer = input;
        self
    }

    /// The value of `QueryInteger` set so far.
    pub fn get_query_integer(&self) -> &Option<::smithy_runtime::BigInteger> {
        &self.query_integer
    }

    /// Sets `QueryDecimal`.
    pub fn query_decimal(
        mut self,
        input: impl Into<::smithy_runtime::BigDecimal>,
    ) -> Self {
        self.query_decimal = Some(input.into());
        self
    }

    /// Sets or clears `QueryDecimal`.
    pub fn set_query_decimal(
        mut self,
        input: Option<::smithy_runtime::BigDecimal>,
    ) -> Self {
        self.query_decimal = input;
        self
    }

    /// The value of `QueryDecimal` set so far.
    pub fn get_query_decimal(&self) -> &Option<::smithy_runtime::BigDecimal> {
        &self.query_decimal
    }

    /// Sets `HeaderDecimal`.
    pub fn header_decimal(
        mut self,
        input: impl Into<::smithy_runtime::BigDecimal>,
    ) -> Self {
        self.header_decimal = Some(input.into());
        self
    }

    /// Sets or clears `HeaderDecimal`.
    pub fn set_header_decimal(
        mut self,
        input: Option<::smithy_runtime::BigDecimal>,
    ) -> Self {
        self.header_decimal = input;
        self
    }

    /// The value of `HeaderDecimal` set so far.
    pub fn get_header_decimal(&self) -> &Option<::smithy_runtime::BigDecimal> {
        &self.header_decimal
    }

    /// Sets `Integer`.
    pub fn integer(mut self, input: impl Into<::smithy_runtime::BigInteger>) -> Self {
        self.integer = Some(input.into());
        self
    }

    /// Sets or clears `Integer`.
    pub fn set_integer(mut self, input: Option<::smithy_runtime::BigInteger>) -> Self {
        self.integer = input;
        self
    }

    /// The value of `Integer` set so far.
    pub fn get_integer(&self) -> &Option<::smithy_runtime::BigInteger> {
        &self.integer
    }

    /// Sets `Decimal`.
    pub fn decimal(mut self, input: impl Into<::smithy_runtime::BigDecimal>) -> Self {
        self.decimal = Some(input.into());
        self
    }

    /// Sets or clears `Decimal`.
    pub fn set_decimal(mut self, input: Option<::smithy_runtime::BigDecimal>) -> Self {
        self.decimal = input;
        self
    }

    /// The value of `Decimal` set so far.
    pub fn get_decimal(&self) -> &Option<::smithy_runtime::BigDecimal> {
        &self.decimal
    }

    /// Sets `Decimals`.
    pub fn decimals(
        mut self,
        input: impl Into<Vec<::smithy_runtime::BigDecimal>>,
    ) -> Self {
        self.decimals = Some(input.into());
        self
    }

    /// Sets or clears `Decimals`.
    pub fn set_decimals(
        mut self,
        input: Option<Vec<::smithy_runtime::BigDecimal>>,
    ) -> Self {
        self.decimals = input;
        self
    }

    /// The value of `Decimals` set so far.
    pub fn get_decimals(&self) -> &Option<Vec<::smithy_runtime::BigDecimal>> {
        &self.decimals
    }

    /// Builds the [`PutNumbersInput`].
    ///
    /// Fails when a required member is not set: `Label`.
    pub fn build(self) -> Result<PutNumbersInput, ::smithy_runtime::error::BuildError> {
        if self.label.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "PutNumbersInput",
                    "Label",
                ),
            );
        }
        Ok(PutNumbersInput {
            label: self.label,
            query_integer: self.query_integer,
            query_decimal: self.query_decimal,
            header_decimal: self.header_decimal,
            integer: self.integer,
            decimal: self.decimal,
            decimals: self.decimals,
        })
    }
}

/// The output of `PutNumbers`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct PutNumbersOutput {
    /// The `HeaderInteger` member.
    #[serde(rename = "HeaderInteger", skip_serializing_if = "Option::is_none")]
    pub header_integer: Option<::smithy_runtime::BigInteger>,
    /// The `Integer` member.
    #[serde(rename = "Integer", skip_serializing_if = "Option::is_none")]
    pub integer: Option<::smithy_runtime::BigInteger>,
    /// The `Decimal` member.
    #[serde(rename = "Decimal", skip_serializing_if = "Option::is_none")]
    pub decimal: Option<::smithy_runtime::BigDecimal>,
    /// The `Decimals` member.
    #[serde(rename = "Decimals", skip_serializing_if = "Option::is_none")]
    pub decimals: Option<Vec<::smithy_runtime::BigDecimal>>,
}

impl PutNumbersOutput {
    /// A builder for [`PutNumbersOutput`].
    pub fn builder() -> PutNumbersOutputBuilder {
        PutNumbersOutputBuilder::default()
    }
}

/// A builder for [`PutNumbersOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PutNumbersOutputBuilder {
    header_integer: Option<::smithy_runtime::BigInteger>,
    integer: Option<::smithy_runtime::BigInteger>,
    decimal: Option<::smithy_runtime::BigDecimal>,
    decimals: Option<Vec<::smithy_runtime::BigDecimal>>,
}

impl PutNumbersOutputBuilder {
    /// Sets `HeaderInteger`.
    pub fn header_integer(
        mut self,
        input: impl Into<::smithy_runtime::BigInteger>,
    ) -> Self {
        self.header_integer = Some(input.into());
        self
    }

    /// Sets or clears `HeaderInteger`.
    pub fn set_header_integer(
        mut self,
        input: Option<::smithy_runtime::BigInteger>,
    ) -> Self {
        self.header_integer = input;
        self
    }

    /// The value of `HeaderInteger` set so far.
    pub fn get_header_integer(&self) -> &Option<::smithy_runtime::BigInteger> {
        &self.header_integer
    }

    /// Sets `Integer`.
    pub fn integer(mut self, input: impl Into<::smithy_runtime::BigInteger>) -> Self {
        self.integer = Some(input.into());
        self
    }

    /// Sets or clears `Integer`.
    pub fn set_integer(mut self, input: Option<::smithy_runtime::BigInteger>) -> Self {
        self.integer = input;
        self
    }

    /// The value of `Integer` set so far.
    pub fn get_integer(&self) -> &Option<::smithy_runtime::BigInteger> {
        &self.integer
    }

    /// Sets `Decimal`.
    pub fn decimal(mut self, input: impl Into<::smithy_runtime::BigDecimal>) -> Self {
        self.decimal = Some(input.into());
        self
    }

    /// Sets or clears `Decimal`.
    pub fn set_decimal(mut self, input: Option<::smithy_runtime::BigDecimal>) -> Self {
        self.decimal = input;
        self
    }

    /// The value of `Decimal` set so far.
    pub fn get_decimal(&self) -> &Option<::smithy_runtime::BigDecimal> {
        &self.decimal
    }

    /// Sets `Decimals`.
    pub fn decimals(
        mut self,
        input: impl Into<Vec<::smithy_runtime::BigDecimal>>,
    ) -> Self {
        self.decimals = Some(input.into());
        self
    }

    /// Sets or clears `Decimals`.
    pub fn set_decimals(
        mut self,
        input: Option<Vec<::smithy_runtime::BigDecimal>>,
    ) -> Self {
        self.decimals = input;
        self
    }

    /// The value of `Decimals` set so far.
    pub fn get_decimals(&self) -> &Option<Vec<::smithy_runtime::BigDecimal>> {
        &self.decimals
    }

    /// Builds the [`PutNumbersOutput`].
    pub fn build(self) -> PutNumbersOutput {
        PutNumbersOutput {
            header_integer: self.header_integer,
            integer: self.integer,
            decimal: self.decimal,
            decimals: self.decimals,
        }
    }
}

/// An error of the `PutNumbers` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PutNumbersError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl PutNumbersError {
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
            Self::Unhandled(error) => error,
        }
    }

    /// Status, code, message and request id of the response the error came from.
    pub fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        self.held().meta()
    }

    /// The error code: the modeled error's, or the code the service sent.
    pub fn code(&self) -> Option<&str> {
        self.held().code()
    }

    /// The message the service sent, if any.
    pub fn message(&self) -> Option<&str> {
        self.held().message()
    }

    /// The request id of the response, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}

impl ::smithy_runtime::error::ProvideErrorMetadata for PutNumbersError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        PutNumbersError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        PutNumbersError::code(self)
    }

    fn message(&self) -> Option<&str> {
        PutNumbersError::message(self)
    }
}

impl ::std::fmt::Display for PutNumbersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for PutNumbersError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for PutNumbersError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<PutNumbersError> for crate::Error {
    fn from(error: PutNumbersError) -> Self {
        match error {
            PutNumbersError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `PutNumbers` call: set the input members, then send it.
///
/// Get one from [`Client::put_numbers`](crate::Client::put_numbers).
#[derive(Clone, Debug)]
pub struct PutNumbersFluentBuilder {
    client: crate::Client,
    inner: PutNumbersInputBuilder,
}

impl PutNumbersFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](PutNumbersError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<PutNumbersOutput, PutNumbersError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &PutNumbersInputBuilder {
        &self.inner
    }

    /// The `Label` member.
    pub fn label(mut self, input: impl Into<::smithy_runtime::BigInteger>) -> Self {
        self.inner = self.inner.label(input);
        self
    }

    /// Sets or clears `Label`.
    pub fn set_label(mut self, input: Option<::smithy_runtime::BigInteger>) -> Self {
        self.inner = self.inner.set_label(input);
        self
    }

    /// The value of `Label` set so far.
    pub fn get_label(&self) -> &Option<::smithy_runtime::BigInteger> {
        self.inner.get_label()
    }

    /// The `QueryInteger` member.
    pub fn query_integer(
        mut self,
        input: impl Into<::smithy_runtime::BigInteger>,
    ) -> Self {
        self.inner = self.inner.query_integer(input);
        self
    }

    /// Sets or clears `QueryInteger`.
    pub fn set_query_integer(
        mut self,
        input: Option<::smithy_runtime::BigInteger>,
    ) -> Self {
        self.inner = self.inner.set_query_integer(input);
        self
    }

    /// The value of `QueryInteger` set so far.
    pub fn get_query_integer(&self) -> &Option<::smithy_runtime::BigInteger> {
        self.inner.get_query_integer()
    }

    /// The `QueryDecimal` member.
    pub fn query_decimal(
        mut self,
        input: impl Into<::smithy_runtime::BigDecimal>,
    ) -> Self {
        self.inner = self.inner.query_decimal(input);
        self
    }

    /// Sets or clears `QueryDecimal`.
    pub fn set_query_decimal(
        mut self,
        input: Option<::smithy_runtime::BigDecimal>,
    ) -> Self {
        self.inner = self.inner.set_query_decimal(input);
        self
    }

    /// The value of `QueryDecimal` set so far.
    pub fn get_query_decimal(&self) -> &Option<::smithy_runtime::BigDecimal> {
        self.inner.get_query_decimal()
    }

    /// The `HeaderDecimal` member.
    pub fn header_decimal(
        mut self,
        input: impl Into<::smithy_runtime::BigDecimal>,
    ) -> Self {
        self.inner = self.inner.header_decimal(input);
        self
    }

    /// Sets or clears `HeaderDecimal`.
    pub fn set_header_decimal(
        mut self,
        input: Option<::smithy_runtime::BigDecimal>,
    ) -> Self {
        self.inner = self.inner.set_header_decimal(input);
        self
    }

    /// The value of `HeaderDecimal` set so far.
    pub fn get_header_decimal(&self) -> &Option<::smithy_runtime::BigDecimal> {
        self.inner.get_header_decimal()
    }

    /// The `Integer` member.
    pub fn integer(mut self, input: impl Into<::smithy_runtime::BigInteger>) -> Self {
        self.inner = self.inner.integer(input);
        self
    }

    /// Sets or clears `Integer`.
    pub fn set_integer(mut self, input: Option<::smithy_runtime::BigInteger>) -> Self {
        self.inner = self.inner.set_integer(input);
        self
    }

    /// The value of `Integer` set so far.
    pub fn get_integer(&self) -> &Option<::smithy_runtime::BigInteger> {
        self.inner.get_integer()
    }

    /// The `Decimal` member.
    pub fn decimal(mut self, input: impl Into<::smithy_runtime::BigDecimal>) -> Self {
        self.inner = self.inner.decimal(input);
        self
    }

    /// Sets or clears `Decimal`.
    pub fn set_decimal(mut self, input: Option<::smithy_runtime::BigDecimal>) -> Self {
        self.inner = self.inner.set_decimal(input);
        self
    }

    /// The value of `Decimal` set so far.
    pub fn get_decimal(&self) -> &Option<::smithy_runtime::BigDecimal> {
        self.inner.get_decimal()
    }

    /// The `Decimals` member.
    pub fn decimals(
        mut self,
        input: impl Into<Vec<::smithy_runtime::BigDecimal>>,
    ) -> Self {
        self.inner = self.inner.decimals(input);
        self
    }

    /// Sets or clears `Decimals`.
    pub fn set_decimals(
        mut self,
        input: Option<Vec<::smithy_runtime::BigDecimal>>,
    ) -> Self {
        self.inner = self.inner.set_decimals(input);
        self
    }

    /// The value of `Decimals` set so far.
    pub fn get_decimals(&self) -> &Option<Vec<::smithy_runtime::BigDecimal>> {
        self.inner.get_decimals()
    }
}
