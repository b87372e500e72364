// Code generated from `tests/fixtures/timestamps.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The `GetTimes` operation.
mod wire;

/// The input of `GetTimes`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct GetTimesInput {
    /// The `since` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<::smithy_runtime::DateTime>,
    /// The `until` member.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde::timestamp::date_time::option"
    )]
    pub until: Option<::smithy_runtime::DateTime>,
}

impl GetTimesInput {
    /// A builder for [`GetTimesInput`].
    pub fn builder() -> GetTimesInputBuilder {
        GetTimesInputBuilder::default()
    }
}

/// A builder for [`GetTimesInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GetTimesInputBuilder {
    since: Option<::smithy_runtime::DateTime>,
    until: Option<::smithy_runtime::DateTime>,
}

impl GetTimesInputBuilder {
    /// Sets `since`.
    pub fn since(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.since = Some(input.into());
        self
    }

    /// Sets or clears `since`.
    pub fn set_since(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.since = input;
        self
    }

    /// The value of `since` set so far.
    pub fn get_since(&self) -> &Option<::smithy_runtime::DateTime> {
        &self.since
    }

    /// Sets `until`.
    pub fn until(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.until = Some(input.into());
        self
    }

    /// Sets or clears `until`.
    pub fn set_until(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.until = input;
        self
    }

    /// The value of `until` set so far.
    pub fn get_until(&self) -> &Option<::smithy_runtime::DateTime> {
        &self.until
    }

    /// Builds the [`GetTimesInput`].
    pub fn build(self) -> GetTimesInput {
        GetTimesInput {
            since: self.since,
            until: self.until,
        }
    }
}

/// The output of `GetTimes`.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct GetTimesOutput {
    /// The `epoch` member.
    pub epoch: ::smithy_runtime::DateTime,
    /// The `dateTime` member.
    #[serde(
        rename = "dateTime",
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde::timestamp::date_time::option"
    )]
    pub date_time: Option<::smithy_runtime::DateTime>,
    /// The `httpDate` member.
    #[serde(
        rename = "httpDate",
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde::timestamp::http_date::option"
    )]
    pub http_date: Option<::smithy_runtime::DateTime>,
    /// The `history` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<Vec<::smithy_runtime::DateTime>>,
    /// The `dateTimes` member.
    #[serde(
        rename = "dateTimes",
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde::nested::date_time"
    )]
    pub date_times: Option<Vec<::smithy_runtime::DateTime>>,
    /// The `httpDates` member.
    #[serde(
        rename = "httpDates",
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde::nested::http_date"
    )]
    pub http_dates: Option<Vec<::smithy_runtime::DateTime>>,
    /// The `byName` member.
    #[serde(
        rename = "byName",
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde::nested::date_time"
    )]
    pub by_name: Option<::std::collections::HashMap<String, ::smithy_runtime::DateTime>>,
    /// The `sparseDates` member.
    #[serde(
        rename = "sparseDates",
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde::nested::date_time"
    )]
    pub sparse_dates: Option<Vec<Option<::smithy_runtime::DateTime>>>,
    /// The `moment` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moment: Option<crate::types::Moment>,
}

impl GetTimesOutput {
    /// A builder for [`GetTimesOutput`].
    pub fn builder() -> GetTimesOutputBuilder {
        GetTimesOutputBuilder::default()
    }
}

impl Default for GetTimesOutput {
    fn default() -> Self {
        Self {
            epoch: ::smithy_runtime::DateTime::from_secs(0),
            date_time: None,
            http_date: None,
            history: None,
            date_times: None,
            http_dates: None,
            by_name: None,
            sparse_dates: None,
            moment: None,
        }
    }
}

/// A builder for [`GetTimesOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GetTimesOutputBuilder {
    epoch: Option<::smithy_runtime::DateTime>,
    date_time: Option<::smithy_runtime::DateTime>,
    http_date: Option<::smithy_runtime::DateTime>,
    history: Option<Vec<::smithy_runtime::DateTime>>,
    date_times: Option<Vec<::smithy_runtime::DateTime>>,
    http_dates: Option<Vec<::smithy_runtime::DateTime>>,
    by_name: Option<::std::collections::HashMap<String, ::smithy_runtime::DateTime>>,
    sparse_dates: Option<Vec<Option<::smithy_runtime::DateTime>>>,
    moment: Option<crate::types::Moment>,
}

impl GetTimesOutputBuilder {
    /// Sets `epoch`. Required.
    pub fn epoch(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.epoch = Some(input.into());
        self
    }

    /// Sets or clears `epoch`.
    pub fn set_epoch(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.epoch = input;
        self
    }

    /// The value of `epoch` set so far.
    pub fn get_epoch(&self) -> &Option<::smithy_runtime::DateTime> {
        &self.epoch
    }

    /// Sets `dateTime`.
    pub fn date_time(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.date_time = Some(input.into());
        self
    }

    /// Sets or clears `dateTime`.
    pub fn set_date_time(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.date_time = input;
        self
    }

    /// The value of `dateTime` set so far.
    pub fn get_date_time(&self) -> &Option<::smithy_runtime::DateTime> {
        &self.date_time
    }

    /// Sets `httpDate`.
    pub fn http_date(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.http_date = Some(input.into());
        self
    }

    /// Sets or clears `httpDate`.
    pub fn set_http_date(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.http_date = input;
        self
    }

    /// The value of `httpDate` set so far.
    pub fn get_http_date(&self) -> &Option<::smithy_runtime::DateTime> {
        &self.http_date
    }

    /// Sets `history`.
    pub fn history(mut self, input: impl Into<Vec<::smithy_runtime::DateTime>>) -> Self {
        self.history = Some(input.into());
        self
    }

    /// Sets or clears `history`.
    pub fn set_history(
        mut self,
        input: Option<Vec<::smithy_runtime::DateTime>>,
    ) -> Self {
        self.history = input;
        self
    }

    /// The value of `history` set so far.
    pub fn get_history(&self) -> &Option<Vec<::smithy_runtime::DateTime>> {
        &self.history
    }

    /// Sets `dateTimes`.
    pub fn date_times(
        mut self,
        input: impl Into<Vec<::smithy_runtime::DateTime>>,
    ) -> Self {
        self.date_times = Some(input.into());
        self
    }

    /// Sets or clears `dateTimes`.
    pub fn set_date_times(
        mut self,
        input: Option<Vec<::smithy_runtime::DateTime>>,
    ) -> Self {
        self.date_times = input;
        self
    }

    /// The value of `dateTimes` set so far.
    pub fn get_date_times(&self) -> &Option<Vec<::smithy_runtime::DateTime>> {
        &self.date_times
    }

    /// Sets `httpDates`.
    pub fn http_dates(
        mut self,
        input: impl Into<Vec<::smithy_runtime::DateTime>>,
    ) -> Self {
        self.http_dates = Some(input.into());
        self
    }

    /// Sets or clears `httpDates`.
    pub fn set_http_dates(
        mut self,
        input: Option<Vec<::smithy_runtime::DateTime>>,
    ) -> Self {
        self.http_dates = input;
        self
    }

    /// The value of `httpDates` set so far.
    pub fn get_http_dates(&self) -> &Option<Vec<::smithy_runtime::DateTime>> {
        &self.http_dates
    }

    /// Sets `byName`.
    pub fn by_name(
        mut self,
        input: impl Into<::std::collections::HashMap<String, ::smithy_runtime::DateTime>>,
    ) -> Self {
        self.by_name = Some(input.into());
        self
    }

    /// Sets or clears `byName`.
    pub fn set_by_name(
        mut self,
        input: Option<::std::collections::HashMap<String, ::smithy_runtime::DateTime>>,
    ) -> Self {
        self.by_name = input;
        self
    }

    /// The value of `byName` set so far.
    pub fn get_by_name(
        &self,
    ) -> &Option<::std::collections::HashMap<String, ::smithy_runtime::DateTime>> {
        &self.by_name
    }

    /// Sets `sparseDates`.
    pub fn sparse_dates(
        mut self,
        input: impl Into<Vec<Option<::smithy_runtime::DateTime>>>,
    ) -> Self {
        self.sparse_dates = Some(input.into());
        self
    }

    /// Sets or clears `sparseDates`.
    pub fn set_sparse_dates(
        mut self,
        input: Option<Vec<Option<::smithy_runtime::DateTime>>>,
    ) -> Self {
        self.sparse_dates = input;
        self
    }

    /// The value of `sparseDates` set so far.
    pub fn get_sparse_dates(&self) -> &Option<Vec<Option<::smithy_runtime::DateTime>>> {
        &self.sparse_dates
    }

    /// Sets `moment`.
    pub fn moment(mut self, input: impl Into<crate::types::Moment>) -> Self {
        self.moment = Some(input.into());
        self
    }

    /// Sets or clears `moment`.
    pub fn set_moment(mut self, input: Option<crate::types::Moment>) -> Self {
        self.moment = input;
        self
    }

    /// The value of `moment` set so far.
    pub fn get_moment(&self) -> &Option<crate::types::Moment> {
        &self.moment
    }

    /// Builds the [`GetTimesOutput`].
    ///
    /// Fails when a required member is not set: `epoch`.
    pub fn build(self) -> Result<GetTimesOutput, ::smithy_runtime::error::BuildError> {
        Ok(GetTimesOutput {
            epoch: self
                .epoch
                .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
                    "GetTimesOutput",
                    "epoch",
                ))?,
            date_time: self.date_time,
            http_date: self.http_date,
            history: self.history,
            date_times: self.date_times,
            http_dates: self.http_dates,
            by_name: self.by_name,
            sparse_dates: self.sparse_dates,
            moment: self.moment,
        })
    }
}

/// An error of the `GetTimes` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTimesError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl GetTimesError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for GetTimesError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        GetTimesError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        GetTimesError::code(self)
    }

    fn message(&self) -> Option<&str> {
        GetTimesError::message(self)
    }
}

impl ::std::fmt::Display for GetTimesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for GetTimesError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for GetTimesError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<GetTimesError> for crate::Error {
    fn from(error: GetTimesError) -> Self {
        match error {
            GetTimesError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `GetTimes` call: set the input members, then send it.
///
/// Get one from [`Client::get_times`](crate::Client::get_times).
#[derive(Clone, Debug)]
pub struct GetTimesFluentBuilder {
    client: crate::Client,
    inner: GetTimesInputBuilder,
}

impl GetTimesFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](GetTimesError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<GetTimesOutput, GetTimesError> {
        let input = self.inner.build();
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &GetTimesInputBuilder {
        &self.inner
    }

    /// The `since` member.
    pub fn since(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.inner = self.inner.since(input);
        self
    }

    /// Sets or clears `since`.
    pub fn set_since(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.inner = self.inner.set_since(input);
        self
    }

    /// The value of `since` set so far.
    pub fn get_since(&self) -> &Option<::smithy_runtime::DateTime> {
        self.inner.get_since()
    }

    /// The `until` member.
    pub fn until(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.inner = self.inner.until(input);
        self
    }

    /// Sets or clears `until`.
    pub fn set_until(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.inner = self.inner.set_until(input);
        self
    }

    /// The value of `until` set so far.
    pub fn get_until(&self) -> &Option<::smithy_runtime::DateTime> {
        self.inner.get_until()
    }
}
