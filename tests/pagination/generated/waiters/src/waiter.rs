// Code generated from `tests/fixtures/waiters.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Waiters: call an operation until the resource reaches a state (`smithy.waiters#waitable`).
//!
//! `client.wait_until_<name>()` returns a builder: set the operation's input, the maximum time to wait ([`max_wait`](WaiterError::MaxWaitNotSet), required), optionally the delays, then `wait().await`. Between calls the waiter sleeps with exponential backoff and jitter between the minimum and maximum delay, never past the maximum wait, as the Smithy waiter specification prescribes.
//!
//! - [`ChildrenDoneWaiter`], from `client.wait_until_children_done()`, polls `GetThing`
//! - [`NameEchoedWaiter`], from `client.wait_until_name_echoed()`, polls `GetThing`
//! - [`PartsCountedWaiter`], from `client.wait_until_parts_counted()`, polls `GetThing`
//! - [`ThingGoneWaiter`], from `client.wait_until_thing_gone()`, polls `GetThing`
//! - [`ThingReadyWaiter`], from `client.wait_until_thing_ready()`, polls `GetThing`
pub use ::smithy_runtime::waiter::{AcceptorState, FinalPoll, WaiterError};
impl crate::Client {
    /// Waits for the `ChildrenDone` state.
    ///
    /// Returns a builder: set the `GetThing` input and the maximum wait, then `wait().await`.
    pub fn wait_until_children_done(&self) -> ChildrenDoneWaiter {
        ChildrenDoneWaiter::new(self.clone())
    }

    /// Waits for the `NameEchoed` state.
    ///
    /// Returns a builder: set the `GetThing` input and the maximum wait, then `wait().await`.
    pub fn wait_until_name_echoed(&self) -> NameEchoedWaiter {
        NameEchoedWaiter::new(self.clone())
    }

    /// Waits until every counted part is ok.
    ///
    /// Returns a builder: set the `GetThing` input and the maximum wait, then `wait().await`.
    pub fn wait_until_parts_counted(&self) -> PartsCountedWaiter {
        PartsCountedWaiter::new(self.clone())
    }

    /// Waits until the thing is deleted.
    ///
    /// Returns a builder: set the `GetThing` input and the maximum wait, then `wait().await`.
    pub fn wait_until_thing_gone(&self) -> ThingGoneWaiter {
        ThingGoneWaiter::new(self.clone())
    }

    /// Waits until the thing is ready.
    ///
    /// Returns a builder: set the `GetThing` input and the maximum wait, then `wait().await`.
    pub fn wait_until_thing_ready(&self) -> ThingReadyWaiter {
        ThingReadyWaiter::new(self.clone())
    }
}

/// Waits for the `ChildrenDone` state.
///
/// Polls `GetThing`. Get one from [`Client::wait_until_children_done`](crate::Client::wait_until_children_done), set the input members and [`max_wait`](Self::max_wait), then [`wait`](Self::wait). Delays between calls start at 2 s and grow to at most 120 s.
#[derive(Clone, Debug)]
pub struct ChildrenDoneWaiter {
    client: crate::Client,
    inner: crate::operation::get_thing::GetThingFluentBuilder,
    delays: ::smithy_runtime::waiter::Delays,
    max_wait: Option<::std::time::Duration>,
}

impl ChildrenDoneWaiter {
    fn new(client: crate::Client) -> Self {
        Self {
            inner: crate::operation::get_thing::GetThingFluentBuilder::new(
                client.clone(),
            ),
            client,
            delays: ::smithy_runtime::waiter::Delays::new(
                ::std::time::Duration::from_secs(2u64),
                ::std::time::Duration::from_secs(120u64),
            ),
            max_wait: None,
        }
    }

    /// The longest time to wait, calls and delays included. Required: the
    /// waiter fails with [`WaiterError::MaxWaitNotSet`] without it.
    pub fn max_wait(mut self, max_wait: ::std::time::Duration) -> Self {
        self.max_wait = Some(max_wait);
        self
    }

    /// The shortest delay between calls, instead of the model's.
    pub fn min_delay(mut self, min_delay: ::std::time::Duration) -> Self {
        self.delays = ::smithy_runtime::waiter::Delays::new(
            min_delay,
            self.delays.max(),
        );
        self
    }

    /// The longest delay between calls, instead of the model's.
    pub fn max_delay(mut self, max_delay: ::std::time::Duration) -> Self {
        self.delays = ::smithy_runtime::waiter::Delays::new(
            self.delays.min(),
            max_delay,
        );
        self
    }

    /// The `name` member.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.name(input);
        self
    }

    /// Sets or clears `name`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_name(input);
        self
    }

    /// Calls `GetThing` until an acceptor ends the wait, and returns the output of the call that ended the wait.
    ///
    /// Fails with [`WaiterError::FailureState`] when a `failure` acceptor matches, [`WaiterError::Timeout`] when the maximum wait passes, [`WaiterError::Operation`] when the call fails with an error no acceptor expects, and [`WaiterError::MaxWaitNotSet`] without [`max_wait`](Self::max_wait).
    pub async fn wait(
        self,
    ) -> Result<
        crate::operation::get_thing::GetThingOutput,
        WaiterError<
            crate::operation::get_thing::GetThingOutput,
            crate::operation::get_thing::GetThingError,
        >,
    > {
        let inner = self.inner;
        let last = ::smithy_runtime::waiter::wait(
                self.delays,
                self.max_wait,
                self.client.config().sleep(),
                || inner.clone().send(),
                children_done_acceptors,
            )
            .await?;
        match last {
            FinalPoll::Output(output) => Ok(output),
            FinalPoll::Error(error) => Err(WaiterError::Operation(error)),
        }
    }
}

/// The acceptors of `ChildrenDone`, in order (the first that matches decides; none matching means retry, or failure on an error):
///
/// 1. `success` when the output matches `details.children[].status` allStringEquals `DONE`
/// 2. `failure` when the output matches `details.children[].status` anyStringEquals `BROKEN`
/// 3. `success` when the output matches `length(details.children) == `0`` booleanEquals `true`
fn children_done_acceptors(
    result: &Result<
        crate::operation::get_thing::GetThingOutput,
        crate::operation::get_thing::GetThingError,
    >,
) -> Option<AcceptorState> {
    if result
        .as_ref()
        .is_ok_and(|output| {
            output
                .details
                .as_ref()
                .map(|v| v.children.iter().collect::<Vec<_>>())
                .map(|v| {
                    v.into_iter().map(|item| item.status.as_str()).collect::<Vec<_>>()
                })
                .is_some_and(|values| {
                    !values.is_empty() && values.iter().all(|value| *value == "DONE")
                })
        })
    {
        return Some(AcceptorState::Success);
    }
    if result
        .as_ref()
        .is_ok_and(|output| {
            output
                .details
                .as_ref()
                .map(|v| v.children.iter().collect::<Vec<_>>())
                .map(|v| {
                    v.into_iter().map(|item| item.status.as_str()).collect::<Vec<_>>()
                })
                .is_some_and(|values| values.contains(&"BROKEN"))
        })
    {
        return Some(AcceptorState::Failure);
    }
    if result
        .as_ref()
        .is_ok_and(|output| {
            output
                .details
                .as_ref()
                .map(|v| v.children.iter().collect::<Vec<_>>())
                .map(|v| v.len() as f64) == Some(0f64)
        })
    {
        return Some(AcceptorState::Success);
    }
    None
}

/// Waits for the `NameEchoed` state.
///
/// Polls `GetThing`. Get one from [`Client::wait_until_name_echoed`](crate::Client::wait_until_name_echoed), set the input members and [`max_wait`](Self::max_wait), then [`wait`](Self::wait). Delays between calls start at 2 s and grow to at most 120 s.
#[derive(Clone, Debug)]
pub struct NameEchoedWaiter {
    client: crate::Client,
    inner: crate::operation::get_thing::GetThingFluentBuilder,
    delays: ::smithy_runtime::waiter::Delays,
    max_wait: Option<::std::time::Duration>,
}

impl NameEchoedWaiter {
    fn new(client: crate::Client) -> Self {
        Self {
            inner: crate::operation::get_thing::GetThingFluentBuilder::new(
                client.clone(),
            ),
            client,
            delays: ::smithy_runtime::waiter::Delays::new(
                ::std::time::Duration::from_secs(2u64),
                ::std::time::Duration::from_secs(120u64),
            ),
            max_wait: None,
        }
    }

    /// The longest time to wait, calls and delays included. Required: the
    /// waiter fails with [`WaiterError::MaxWaitNotSet`] without it.
    pub fn max_wait(mut self, max_wait: ::std::time::Duration) -> Self {
        self.max_wait = Some(max_wait);
        self
    }

    /// The shortest delay between calls, instead of the model's.
    pub fn min_delay(mut self, min_delay: ::std::time::Duration) -> Self {
        self.delays = ::smithy_runtime::waiter::Delays::new(
            min_delay,
            self.delays.max(),
        );
        self
    }

    /// The longest delay between calls, instead of the model's.
    pub fn max_delay(mut self, max_delay: ::std::time::Duration) -> Self {
        self.delays = ::smithy_runtime::waiter::Delays::new(
            self.delays.min(),
            max_delay,
        );
        self
    }

    /// The `name` member.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.name(input);
        self
    }

    /// Sets or clears `name`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_name(input);
        self
    }

    /// Calls `GetThing` until an acceptor ends the wait, and returns the output of the call that ended the wait.
    ///
    /// Fails with [`WaiterError::FailureState`] when a `failure` acceptor matches, [`WaiterError::Timeout`] when the maximum wait passes, [`WaiterError::Operation`] when the call fails with an error no acceptor expects, and [`WaiterError::MaxWaitNotSet`] without [`max_wait`](Self::max_wait).
    pub async fn wait(
        self,
    ) -> Result<
        crate::operation::get_thing::GetThingOutput,
        WaiterError<
            crate::operation::get_thing::GetThingOutput,
            crate::operation::get_thing::GetThingError,
        >,
    > {
        let input = self.inner.as_input().clone().build().ok();
        let inner = self.inner;
        let last = ::smithy_runtime::waiter::wait(
                self.delays,
                self.max_wait,
                self.client.config().sleep(),
                || inner.clone().send(),
                |result| name_echoed_acceptors(input.as_ref(), result),
            )
            .await?;
        match last {
            FinalPoll::Output(output) => Ok(output),
            FinalPoll::Error(error) => Err(WaiterError::Operation(error)),
        }
    }
}

/// The acceptors of `NameEchoed`, in order (the first that matches decides; none matching means retry, or failure on an error):
///
/// 1. `success` when the input and output matches `input.name == output.name && !(output.parts[0].state == `null`)` booleanEquals `true`
/// 2. `success` when the call succeeds
fn name_echoed_acceptors(
    input: Option<&crate::operation::get_thing::GetThingInput>,
    result: &Result<
        crate::operation::get_thing::GetThingOutput,
        crate::operation::get_thing::GetThingError,
    >,
) -> Option<AcceptorState> {
    if result
        .as_ref()
        .is_ok_and(|output| {
            (input.and_then(|v| v.name.as_deref()) == output.name.as_deref())
                && output
                    .parts
                    .as_ref()
                    .map(|x| x.iter().collect::<Vec<_>>())
                    .and_then(|v| v.into_iter().next())
                    .and_then(|v| v.state.as_deref())
                    .is_some()
        })
    {
        return Some(AcceptorState::Success);
    }
    if result.is_ok() {
        return Some(AcceptorState::Success);
    }
    None
}

/// Waits until every counted part is ok.
///
/// Polls `GetThing`. Get one from [`Client::wait_until_parts_counted`](crate::Client::wait_until_parts_counted), set the input members and [`max_wait`](Self::max_wait), then [`wait`](Self::wait). Delays between calls start at 2 s and grow to at most 120 s.
#[derive(Clone, Debug)]
pub struct PartsCountedWaiter {
    client: crate::Client,
    inner: crate::operation::get_thing::GetThingFluentBuilder,
    delays: ::smithy_runtime::waiter::Delays,
    max_wait: Option<::std::time::Duration>,
}

impl PartsCountedWaiter {
    fn new(client: crate::Client) -> Self {
        Self {
            inner: crate::operation::get_thing::GetThingFluentBuilder::new(
                client.clone(),
            ),
            client,
            delays: ::smithy_runtime::waiter::Delays::new(
                ::std::time::Duration::from_secs(2u64),
                ::std::time::Duration::from_secs(120u64),
            ),
            max_wait: None,
        }
    }

    /// The longest time to wait, calls and delays included. Required: the
    /// waiter fails with [`WaiterError::MaxWaitNotSet`] without it.
    pub fn max_wait(mut self, max_wait: ::std::time::Duration) -> Self {
        self.max_wait = Some(max_wait);
        self
    }

    /// The shortest delay between calls, instead of the model's.
    pub fn min_delay(mut self, min_delay: ::std::time::Duration) -> Self {
        self.delays = ::smithy_runtime::waiter::Delays::new(
            min_delay,
            self.delays.max(),
        );
        self
    }

    /// The longest delay between calls, instead of the model's.
    pub fn max_delay(mut self, max_delay: ::std::time::Duration) -> Self {
        self.delays = ::smithy_runtime::waiter::Delays::new(
            self.delays.min(),
            max_delay,
        );
        self
    }

    /// The `name` member.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.name(input);
        self
    }

    /// Sets or clears `name`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_name(input);
        self
    }

    /// Calls `GetThing` until an acceptor ends the wait, and returns the output of the call that ended the wait.
    ///
    /// Fails with [`WaiterError::FailureState`] when a `failure` acceptor matches, [`WaiterError::Timeout`] when the maximum wait passes, [`WaiterError::Operation`] when the call fails with an error no acceptor expects, and [`WaiterError::MaxWaitNotSet`] without [`max_wait`](Self::max_wait).
    pub async fn wait(
        self,
    ) -> Result<
        crate::operation::get_thing::GetThingOutput,
        WaiterError<
            crate::operation::get_thing::GetThingOutput,
            crate::operation::get_thing::GetThingError,
        >,
    > {
        let inner = self.inner;
        let last = ::smithy_runtime::waiter::wait(
                self.delays,
                self.max_wait,
                self.client.config().sleep(),
                || inner.clone().send(),
                parts_counted_acceptors,
            )
            .await?;
        match last {
            FinalPoll::Output(output) => Ok(output),
            FinalPoll::Error(error) => Err(WaiterError::Operation(error)),
        }
    }
}

/// The acceptors of `PartsCounted`, in order (the first that matches decides; none matching means retry, or failure on an error):
///
/// 1. `success` when the output matches `count > `0` && length(parts[?state == 'ok']) == count` booleanEquals `true`
/// 2. `failure` when the output matches `details.state == 'error' || contains(parts[].state, 'bad')` booleanEquals `true`
/// 3. `failure` when the output matches `ready` booleanEquals `false`
/// 4. `retry` when the call fails
fn parts_counted_acceptors(
    result: &Result<
        crate::operation::get_thing::GetThingOutput,
        crate::operation::get_thing::GetThingError,
    >,
) -> Option<AcceptorState> {
    if result
        .as_ref()
        .is_ok_and(|output| {
            output
                .count
                .map(f64::from)
                .zip(Some(0f64))
                .map(|(l, r)| l > r)
                .map(|l| {
                    l
                        && output
                            .parts
                            .as_ref()
                            .map(|x| x.iter().collect::<Vec<_>>())
                            .map(|v| {
                                v
                                    .into_iter()
                                    .filter(|&item| item.state.as_deref() == Some("ok"))
                                    .collect::<Vec<_>>()
                            })
                            .map(|v| v.len() as f64) == output.count.map(f64::from)
                }) == Some(true)
        })
    {
        return Some(AcceptorState::Success);
    }
    if result
        .as_ref()
        .is_ok_and(|output| {
            (if output.details.as_ref().and_then(|v| v.state.as_deref()) == Some("error")
            {
                Some(true)
            } else {
                output
                    .parts
                    .as_ref()
                    .map(|x| x.iter().collect::<Vec<_>>())
                    .map(|v| {
                        v
                            .into_iter()
                            .filter_map(|item| item.state.as_deref())
                            .collect::<Vec<_>>()
                    })
                    .zip(Some("bad"))
                    .map(|(subject, search)| subject.contains(&search))
            }) == Some(true)
        })
    {
        return Some(AcceptorState::Failure);
    }
    if result.as_ref().is_ok_and(|output| output.ready == Some(false)) {
        return Some(AcceptorState::Failure);
    }
    if result.is_err() {
        return Some(AcceptorState::Retry);
    }
    None
}

/// Waits until the thing is deleted.
///
/// Polls `GetThing`. Get one from [`Client::wait_until_thing_gone`](crate::Client::wait_until_thing_gone), set the input members and [`max_wait`](Self::max_wait), then [`wait`](Self::wait). Delays between calls start at 5 s and grow to at most 60 s.
#[derive(Clone, Debug)]
pub struct ThingGoneWaiter {
    client: crate::Client,
    inner: crate::operation::get_thing::GetThingFluentBuilder,
    delays: ::smithy_runtime::waiter::Delays,
    max_wait: Option<::std::time::Duration>,
}

impl ThingGoneWaiter {
    fn new(client: crate::Client) -> Self {
        Self {
            inner: crate::operation::get_thing::GetThingFluentBuilder::new(
                client.clone(),
            ),
            client,
            delays: ::smithy_runtime::waiter::Delays::new(
                ::std::time::Duration::from_secs(5u64),
                ::std::time::Duration::from_secs(60u64),
            ),
            max_wait: None,
        }
    }

    /// The longest time to wait, calls and delays included. Required: the
    /// waiter fails with [`WaiterError::MaxWaitNotSet`] without it.
    pub fn max_wait(mut self, max_wait: ::std::time::Duration) -> Self {
        self.max_wait = Some(max_wait);
        self
    }

    /// The shortest delay between calls, instead of the model's.
    pub fn min_delay(mut self, min_delay: ::std::time::Duration) -> Self {
        self.delays = ::smithy_runtime::waiter::Delays::new(
            min_delay,
            self.delays.max(),
        );
        self
    }

    /// The longest delay between calls, instead of the model's.
    pub fn max_delay(mut self, max_delay: ::std::time::Duration) -> Self {
        self.delays = ::smithy_runtime::waiter::Delays::new(
            self.delays.min(),
            max_delay,
        );
        self
    }

    /// The `name` member.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.name(input);
        self
    }

    /// Sets or clears `name`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_name(input);
        self
    }

    /// Calls `GetThing` until an acceptor ends the wait, and returns `Some(output)` when a call succeeded, `None` when the waiter succeeded on an error the model expects (such as a resource that is gone).
    ///
    /// Fails with [`WaiterError::FailureState`] when a `failure` acceptor matches, [`WaiterError::Timeout`] when the maximum wait passes, [`WaiterError::Operation`] when the call fails with an error no acceptor expects, and [`WaiterError::MaxWaitNotSet`] without [`max_wait`](Self::max_wait).
    pub async fn wait(
        self,
    ) -> Result<
        Option<crate::operation::get_thing::GetThingOutput>,
        WaiterError<
            crate::operation::get_thing::GetThingOutput,
            crate::operation::get_thing::GetThingError,
        >,
    > {
        let inner = self.inner;
        let last = ::smithy_runtime::waiter::wait(
                self.delays,
                self.max_wait,
                self.client.config().sleep(),
                || inner.clone().send(),
                thing_gone_acceptors,
            )
            .await?;
        match last {
            FinalPoll::Output(output) => Ok(Some(output)),
            FinalPoll::Error(_) => Ok(None),
        }
    }
}

/// The acceptors of `ThingGone`, in order (the first that matches decides; none matching means retry, or failure on an error):
///
/// 1. `success` when the call fails with `NotFound`
/// 2. `retry` when the output matches `status` stringEquals `DELETING`
fn thing_gone_acceptors(
    result: &Result<
        crate::operation::get_thing::GetThingOutput,
        crate::operation::get_thing::GetThingError,
    >,
) -> Option<AcceptorState> {
    if result.as_ref().is_err_and(|error| error.code() == Some("NotFound")) {
        return Some(AcceptorState::Success);
    }
    if result
        .as_ref()
        .is_ok_and(|output| {
            output.status.as_ref().map(|x| x.as_str()) == Some("DELETING")
        })
    {
        return Some(AcceptorState::Retry);
    }
    None
}

/// Waits until the thing is ready.
///
/// Polls `GetThing`. Get one from [`Client::wait_until_thing_ready`](crate::Client::wait_until_thing_ready), set the input members and [`max_wait`](Self::max_wait), then [`wait`](Self::wait). Delays between calls start at 2 s and grow to at most 120 s.
#[derive(Clone, Debug)]
pub struct ThingReadyWaiter {
    client: crate::Client,
    inner: crate::operation::get_thing::GetThingFluentBuilder,
    delays: ::smithy_runtime::waiter::Delays,
    max_wait: Option<::std::time::Duration>,
}

impl ThingReadyWaiter {
    fn new(client: crate::Client) -> Self {
        Self {
            inner: crate::operation::get_thing::GetThingFluentBuilder::new(
                client.clone(),
            ),
            client,
            delays: ::smithy_runtime::waiter::Delays::new(
                ::std::time::Duration::from_secs(2u64),
                ::std::time::Duration::from_secs(120u64),
            ),
            max_wait: None,
        }
    }

    /// The longest time to wait, calls and delays included. Required: the
    /// waiter fails with [`WaiterError::MaxWaitNotSet`] without it.
    pub fn max_wait(mut self, max_wait: ::std::time::Duration) -> Self {
        self.max_wait = Some(max_wait);
        self
    }

    /// The shortest delay between calls, instead of the model's.
    pub fn min_delay(mut self, min_delay: ::std::time::Duration) -> Self {
        self.delays = ::smithy_runtime::waiter::Delays::new(
            min_delay,
            self.delays.max(),
        );
        self
    }

    /// The longest delay between calls, instead of the model's.
    pub fn max_delay(mut self, max_delay: ::std::time::Duration) -> Self {
        self.delays = ::smithy_runtime::waiter::Delays::new(
            self.delays.min(),
            max_delay,
        );
        self
    }

    /// The `name` member.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.name(input);
        self
    }

    /// Sets or clears `name`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_name(input);
        self
    }

    /// Calls `GetThing` until an acceptor ends the wait, and returns the output of the call that ended the wait.
    ///
    /// Fails with [`WaiterError::FailureState`] when a `failure` acceptor matches, [`WaiterError::Timeout`] when the maximum wait passes, [`WaiterError::Operation`] when the call fails with an error no acceptor expects, and [`WaiterError::MaxWaitNotSet`] without [`max_wait`](Self::max_wait).
    pub async fn wait(
        self,
    ) -> Result<
        crate::operation::get_thing::GetThingOutput,
        WaiterError<
            crate::operation::get_thing::GetThingOutput,
            crate::operation::get_thing::GetThingError,
        >,
    > {
        let inner = self.inner;
        let last = ::smithy_runtime::waiter::wait(
                self.delays,
                self.max_wait,
                self.client.config().sleep(),
                || inner.clone().send(),
                thing_ready_acceptors,
            )
            .await?;
        match last {
            FinalPoll::Output(output) => Ok(output),
            FinalPoll::Error(error) => Err(WaiterError::Operation(error)),
        }
    }
}

/// The acceptors of `ThingReady`, in order (the first that matches decides; none matching means retry, or failure on an error):
///
/// 1. `success` when the output matches `status` stringEquals `READY`
/// 2. `failure` when the output matches `status` stringEquals `FAILED`
/// 3. `retry` when the call fails with `NotFound`
fn thing_ready_acceptors(
    result: &Result<
        crate::operation::get_thing::GetThingOutput,
        crate::operation::get_thing::GetThingError,
    >,
) -> Option<AcceptorState> {
    if result
        .as_ref()
        .is_ok_and(|output| output.status.as_ref().map(|x| x.as_str()) == Some("READY"))
    {
        return Some(AcceptorState::Success);
    }
    if result
        .as_ref()
        .is_ok_and(|output| output.status.as_ref().map(|x| x.as_str()) == Some("FAILED"))
    {
        return Some(AcceptorState::Failure);
    }
    if result.as_ref().is_err_and(|error| error.code() == Some("NotFound")) {
        return Some(AcceptorState::Retry);
    }
    None
}
