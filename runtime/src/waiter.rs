//! Waiters (`smithy.waiters#waitable`): call an operation until its result
//! matches an acceptor that ends the wait, with the delays the Smithy waiter
//! specification prescribes.
//!
//! A generated crate compiles each waiter's acceptors to a Rust function from
//! the call's result to an [`AcceptorState`], and runs [`wait`] with it.

use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::time::{Duration, Instant};

use crate::sleep::SharedSleep;

/// The state an acceptor moves a waiter to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AcceptorState {
    /// The resource reached the wanted state: stop, successfully.
    Success,
    /// The resource can never reach the wanted state: stop, failing.
    Failure,
    /// Not there yet: call again after a delay.
    Retry,
}

/// The result of the last call of a waiter, when it ended the wait.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FinalPoll<O, E> {
    /// The operation succeeded with this output.
    Output(O),
    /// The operation failed with this error (which an acceptor matched).
    Error(E),
}

impl<O, E> From<Result<O, E>> for FinalPoll<O, E> {
    fn from(result: Result<O, E>) -> Self {
        match result {
            Ok(output) => FinalPoll::Output(output),
            Err(error) => FinalPoll::Error(error),
        }
    }
}

impl<O, E> FinalPoll<O, E> {
    /// The output, when the last call succeeded.
    pub fn output(&self) -> Option<&O> {
        match self {
            FinalPoll::Output(output) => Some(output),
            FinalPoll::Error(_) => None,
        }
    }

    /// The error, when the last call failed.
    pub fn error(&self) -> Option<&E> {
        match self {
            FinalPoll::Output(_) => None,
            FinalPoll::Error(error) => Some(error),
        }
    }
}

/// Why a waiter did not succeed.
#[derive(Debug)]
#[non_exhaustive]
pub enum WaiterError<O, E> {
    /// An acceptor with the `failure` state matched: the resource can never
    /// reach the wanted state. Holds the result of the last call.
    FailureState(FinalPoll<O, E>),
    /// The maximum wait passed before an acceptor ended the wait.
    Timeout {
        /// The maximum wait the caller set.
        max_wait: Duration,
        /// How many times the operation was called.
        attempts: u32,
    },
    /// The operation failed with an error that no acceptor matched.
    Operation(E),
    /// The caller did not set the maximum wait, which the waiter requires.
    MaxWaitNotSet,
}

impl<O, E: fmt::Display> fmt::Display for WaiterError<O, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaiterError::FailureState(FinalPoll::Output(_)) => f.write_str("the waiter reached a failure state"),
            WaiterError::FailureState(FinalPoll::Error(_)) => {
                f.write_str("the waiter reached a failure state on an error")
            }
            WaiterError::Timeout { max_wait, attempts } => {
                write!(f, "the waiter timed out after {max_wait:?} ({attempts} attempts)")
            }
            WaiterError::Operation(_) => f.write_str("the waited-on operation failed"),
            WaiterError::MaxWaitNotSet => f.write_str("the waiter needs a maximum wait (`max_wait`)"),
        }
    }
}

impl<O: fmt::Debug, E: StdError + 'static> StdError for WaiterError<O, E> {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            WaiterError::FailureState(FinalPoll::Error(error)) | WaiterError::Operation(error) => Some(error),
            _ => None,
        }
    }
}

/// The smallest delay [`Delays`] uses, whatever the caller sets.
pub const SMALLEST_DELAY: Duration = Duration::from_millis(1);

/// The delays between calls: exponential backoff with jitter between a
/// minimum and a maximum delay, as the Smithy waiter specification prescribes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Delays {
    min: Duration,
    max: Duration,
}

impl Delays {
    /// Delays between `min` and `max` (the model's `minDelay`, default 2 s, and
    /// `maxDelay`, default 120 s). `min` is at least [`SMALLEST_DELAY`] and `max`
    /// at least `min`.
    pub fn new(min: Duration, max: Duration) -> Self {
        let min = min.max(SMALLEST_DELAY);
        Delays { min, max: max.max(min) }
    }

    /// The minimum delay.
    pub fn min(&self) -> Duration {
        self.min
    }

    /// The maximum delay.
    pub fn max(&self) -> Duration {
        self.max
    }

    /// The delay before retry `attempt` (1 for the first retry), with
    /// `remaining` time left before the maximum wait:
    ///
    /// ```text
    /// attemptCeiling = log(maxDelay / minDelay) / log(2) + 1
    /// delay = attempt > attemptCeiling ? maxDelay : minDelay * 2^(attempt - 1)
    /// delay = random(minDelay, delay)
    /// if remaining - delay <= minDelay: delay = remaining   (one last call at the deadline)
    /// ```
    pub fn delay(&self, attempt: u32, remaining: Duration) -> Duration {
        self.delay_with(attempt, remaining, fastrand::f64())
    }

    /// [`delay`](Self::delay) with the random draw `unit`, in `[0, 1)`.
    fn delay_with(&self, attempt: u32, remaining: Duration, unit: f64) -> Duration {
        let (min, max) = (self.min.as_secs_f64(), self.max.as_secs_f64());
        let ceiling = (max / min).ln() / std::f64::consts::LN_2 + 1.0;
        let attempt = attempt.max(1);
        let upper = if f64::from(attempt) > ceiling {
            max
        } else {
            (min * 2f64.powi(attempt as i32 - 1)).min(max)
        };
        let delay = Duration::from_secs_f64(min + (upper - min) * unit.clamp(0.0, 1.0));
        if remaining.saturating_sub(delay) <= self.min {
            remaining
        } else {
            delay
        }
    }
}

impl Default for Delays {
    /// The specification's defaults: 2 s and 120 s.
    fn default() -> Self {
        Delays::new(Duration::from_secs(2), Duration::from_secs(120))
    }
}

/// Calls `call` until `acceptors` maps its result to [`AcceptorState::Success`]
/// (the result is returned) or [`AcceptorState::Failure`], an error no acceptor
/// matches comes back, or `max_wait` passes. Between calls it sleeps with
/// `sleep` for [`Delays::delay`].
///
/// Time spent is the larger of the time measured and the delays slept, so a
/// sleep that returns at once (as in tests) still reaches the maximum wait.
pub async fn wait<O, E, F, Fut>(
    delays: Delays,
    max_wait: Option<Duration>,
    sleep: SharedSleep,
    mut call: F,
    acceptors: impl Fn(&Result<O, E>) -> Option<AcceptorState>,
) -> Result<FinalPoll<O, E>, WaiterError<O, E>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<O, E>>,
{
    let max_wait = max_wait.ok_or(WaiterError::MaxWaitNotSet)?;
    let start = Instant::now();
    let mut slept = Duration::ZERO;
    let mut attempts = 0u32;
    loop {
        attempts += 1;
        let result = call().await;
        match acceptors(&result) {
            Some(AcceptorState::Success) => return Ok(result.into()),
            Some(AcceptorState::Failure) => return Err(WaiterError::FailureState(result.into())),
            Some(AcceptorState::Retry) => {}
            None => {
                if let Err(error) = result {
                    return Err(WaiterError::Operation(error));
                }
            }
        }
        let elapsed = start.elapsed().max(slept);
        if elapsed >= max_wait {
            return Err(WaiterError::Timeout { max_wait, attempts });
        }
        let delay = delays.delay(attempts, max_wait - elapsed);
        tracing::debug!(attempts, ?delay, "waiter retries");
        sleep.sleep(delay).await;
        slept += delay;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::InstantSleep;
    use std::sync::Arc;

    const S: fn(u64) -> Duration = Duration::from_secs;

    #[test]
    fn delays_grow_exponentially_up_to_the_maximum() {
        let delays = Delays::default();
        let far = S(10_000);
        assert_eq!(delays.delay_with(1, far, 0.999_999), S(2));
        assert_eq!(delays.delay_with(1, far, 0.0), S(2));
        assert!(delays.delay_with(3, far, 0.999_999) <= S(8));
        assert_eq!(delays.delay_with(3, far, 0.0), S(2));
        assert!(delays.delay_with(40, far, 0.999_999) <= S(120));
        assert!(delays.delay_with(40, far, 0.999_999) > S(119));
        for attempt in 1..50 {
            let delay = delays.delay(attempt, far);
            assert!(delay >= S(2) && delay <= S(120), "{attempt}: {delay:?}");
        }
    }

    #[test]
    fn the_last_delay_reaches_the_deadline() {
        let delays = Delays::default();
        assert_eq!(delays.delay_with(5, S(5), 0.5), S(5));
        assert_eq!(delays.delay_with(1, S(3), 0.0), S(3));
        assert_eq!(delays.delay_with(1, S(10), 0.0), S(2));
    }

    fn block_on<F: Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime")
            .block_on(future)
    }

    #[test]
    fn retries_until_success_and_times_out() {
        let sleep = InstantSleep::new();
        let shared: SharedSleep = Arc::new(sleep.clone());
        let mut calls = 0;
        let result = block_on(wait(
            Delays::default(),
            Some(S(60)),
            shared.clone(),
            || {
                calls += 1;
                std::future::ready(Ok::<u32, String>(calls))
            },
            |r| match r {
                Ok(3) => Some(AcceptorState::Success),
                _ => None,
            },
        ));
        assert_eq!(result.expect("success"), FinalPoll::Output(3));
        assert_eq!(sleep.slept().len(), 2);

        let sleep = InstantSleep::new();
        let result = block_on(wait(
            Delays::default(),
            Some(S(60)),
            Arc::new(sleep.clone()),
            || std::future::ready(Ok::<u32, String>(0)),
            |_| Some(AcceptorState::Retry),
        ));
        assert!(matches!(result, Err(WaiterError::Timeout { .. })), "{result:?}");
        assert_eq!(sleep.slept().iter().sum::<Duration>(), S(60));
    }

    #[test]
    fn an_unmatched_error_and_a_missing_max_wait_fail() {
        let sleep: SharedSleep = Arc::new(InstantSleep::new());
        let result = block_on(wait(
            Delays::default(),
            Some(S(60)),
            sleep.clone(),
            || std::future::ready(Err::<u32, String>("boom".into())),
            |_| None,
        ));
        assert!(matches!(result, Err(WaiterError::Operation(ref e)) if e == "boom"));
        let result = block_on(wait(
            Delays::default(),
            None,
            sleep,
            || std::future::ready(Ok::<u32, String>(0)),
            |_| None,
        ));
        assert!(matches!(result, Err(WaiterError::MaxWaitNotSet)));
    }
}
