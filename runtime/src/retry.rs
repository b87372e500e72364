//! The AWS SDKs' standard retry mode: at most 3 attempts by default, exponential
//! backoff with full jitter (`random[0,1) * initial_backoff * 2^retry`, capped at
//! 20 s), and a client-wide retry quota (a token bucket of 500: a retry costs 5, a
//! retry after a timeout 10; a success refunds the retry's cost, or adds 1 when it
//! needed no retry).
//!
//! Clock-skew errors are corrected and retried apart from these rules (see
//! [`clock_skew`](crate::clock_skew)).
//!
//! Retried: throttling error codes ([`THROTTLING_ERROR_CODES`], and status 429),
//! transient errors ([`TRANSIENT_ERROR_CODES`], statuses [`TRANSIENT_STATUS_CODES`],
//! connection errors and timeouts), and the error codes an operation marks
//! `@retryable`.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

/// Error codes of throttling errors (retried).
pub const THROTTLING_ERROR_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

/// Error codes of transient errors (retried).
pub const TRANSIENT_ERROR_CODES: &[&str] = &["RequestTimeout", "RequestTimeoutException", "InternalError"];

/// HTTP statuses of transient errors (retried).
pub const TRANSIENT_STATUS_CODES: &[u16] = &[500, 502, 503, 504];

/// Why a failed attempt may be retried.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryKind {
    /// The service throttled the request.
    Throttling,
    /// A transient server or connection error.
    Transient,
    /// The attempt timed out (costs more of the retry quota).
    Timeout,
    /// An error code the operation marks `@retryable`.
    Modeled,
}

/// Classifies an error response by status and error code (`None`: not retryable).
pub fn classify_response(status: u16, code: Option<&str>, retryable_error_codes: &[&str]) -> Option<RetryKind> {
    if let Some(code) = code {
        if THROTTLING_ERROR_CODES.contains(&code) {
            return Some(RetryKind::Throttling);
        }
        if TRANSIENT_ERROR_CODES.contains(&code) {
            return Some(RetryKind::Transient);
        }
        if retryable_error_codes.contains(&code) {
            return Some(RetryKind::Modeled);
        }
    }
    if status == 429 {
        return Some(RetryKind::Throttling);
    }
    if TRANSIENT_STATUS_CODES.contains(&status) {
        return Some(RetryKind::Transient);
    }
    None
}

/// How failed attempts are retried. Cheap to clone.
///
/// ```
/// use smithy_runtime::RetryConfig;
/// use std::time::Duration;
///
/// let standard = RetryConfig::standard().with_max_attempts(5);
/// assert_eq!(standard.max_attempts(), 5);
/// // In tests: retry without waiting.
/// let fast = RetryConfig::standard().with_initial_backoff(Duration::ZERO);
/// assert_eq!(RetryConfig::disabled().max_attempts(), 1);
/// # let _ = fast;
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryConfig {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    quota_capacity: Option<u32>,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig::standard()
    }
}

impl RetryConfig {
    /// Standard mode: 3 attempts, 1 s initial backoff, 20 s maximum, quota of 500.
    pub fn standard() -> Self {
        RetryConfig {
            max_attempts: 3,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(20),
            quota_capacity: Some(RetryQuota::DEFAULT_CAPACITY),
        }
    }

    /// One attempt, no retries.
    pub fn disabled() -> Self {
        RetryConfig {
            max_attempts: 1,
            ..Self::standard()
        }
    }

    /// Total attempts, the first included (at least 1).
    pub fn with_max_attempts(mut self, max_attempts: u32) -> Self {
        self.max_attempts = max_attempts.max(1);
        self
    }

    /// The backoff base: retry `i` (0-based) waits `random[0,1) * initial * 2^i`.
    /// `Duration::ZERO` retries at once (for tests).
    pub fn with_initial_backoff(mut self, initial_backoff: Duration) -> Self {
        self.initial_backoff = initial_backoff;
        self
    }

    /// The longest wait between attempts (default 20 s).
    pub fn with_max_backoff(mut self, max_backoff: Duration) -> Self {
        self.max_backoff = max_backoff;
        self
    }

    /// The size of the client-wide retry quota (default 500 tokens), or `None` for
    /// no quota.
    pub fn with_retry_quota(mut self, capacity: Option<u32>) -> Self {
        self.quota_capacity = capacity;
        self
    }

    /// Total attempts, the first included.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The backoff base.
    pub fn initial_backoff(&self) -> Duration {
        self.initial_backoff
    }

    /// The longest wait between attempts.
    pub fn max_backoff(&self) -> Duration {
        self.max_backoff
    }

    /// The retry quota's capacity.
    pub fn retry_quota(&self) -> Option<u32> {
        self.quota_capacity
    }

    /// The wait before retry number `retry` (0 for the first retry), with `random`
    /// in `[0, 1)`.
    pub fn backoff(&self, retry: u32, random: f64) -> Duration {
        let exp = 2f64.powi(retry.min(62) as i32);
        let secs = (random * self.initial_backoff.as_secs_f64() * exp).min(self.max_backoff.as_secs_f64());
        Duration::try_from_secs_f64(secs).unwrap_or(self.max_backoff)
    }
}

/// The client-wide retry token bucket of standard mode.
#[derive(Debug)]
pub struct RetryQuota {
    capacity: u32,
    tokens: AtomicU32,
}

impl RetryQuota {
    /// Tokens in a new bucket.
    pub const DEFAULT_CAPACITY: u32 = 500;
    /// Cost of a retry.
    pub const RETRY_COST: u32 = 5;
    /// Cost of a retry after a timeout.
    pub const TIMEOUT_RETRY_COST: u32 = 10;
    /// Added on a success that needed no retry.
    pub const NO_RETRY_INCREMENT: u32 = 1;

    /// A full bucket.
    pub fn new(capacity: u32) -> Self {
        RetryQuota {
            capacity,
            tokens: AtomicU32::new(capacity),
        }
    }

    /// Tokens left.
    pub fn available(&self) -> u32 {
        self.tokens.load(Ordering::SeqCst)
    }

    /// The cost of retrying after a failure of this kind.
    pub fn cost(kind: RetryKind) -> u32 {
        match kind {
            RetryKind::Timeout => Self::TIMEOUT_RETRY_COST,
            _ => Self::RETRY_COST,
        }
    }

    /// Takes `cost` tokens; `false` (and nothing taken) when there are not enough.
    pub fn try_acquire(&self, cost: u32) -> bool {
        self.tokens
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |t| t.checked_sub(cost))
            .is_ok()
    }

    /// Gives back `amount` tokens, up to the capacity.
    pub fn release(&self, amount: u32) {
        let _ = self.tokens.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |t| {
            Some(t.saturating_add(amount).min(self.capacity))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification() {
        assert_eq!(
            classify_response(400, Some("ThrottlingException"), &[]),
            Some(RetryKind::Throttling)
        );
        assert_eq!(
            classify_response(400, Some("SlowDown"), &[]),
            Some(RetryKind::Throttling)
        );
        assert_eq!(
            classify_response(400, Some("RequestTimeout"), &[]),
            Some(RetryKind::Transient)
        );
        assert_eq!(classify_response(503, None, &[]), Some(RetryKind::Transient));
        assert_eq!(
            classify_response(504, Some("Whatever"), &[]),
            Some(RetryKind::Transient)
        );
        assert_eq!(classify_response(429, None, &[]), Some(RetryKind::Throttling));
        assert_eq!(classify_response(400, Some("ValidationException"), &[]), None);
        assert_eq!(classify_response(501, None, &[]), None);
        assert_eq!(
            classify_response(409, Some("ConflictException"), &["ConflictException"]),
            Some(RetryKind::Modeled)
        );
    }

    #[test]
    fn backoff_bounds() {
        let c = RetryConfig::standard();
        assert_eq!(c.backoff(0, 0.0), Duration::ZERO);
        assert_eq!(c.backoff(0, 0.5), Duration::from_millis(500));
        assert_eq!(c.backoff(3, 0.5), Duration::from_secs(4));
        assert_eq!(c.backoff(10, 0.99), Duration::from_secs(20));
        assert_eq!(c.backoff(1000, 0.99), Duration::from_secs(20));
        let fast = RetryConfig::standard().with_initial_backoff(Duration::ZERO);
        assert_eq!(fast.backoff(5, 0.9), Duration::ZERO);
    }

    #[test]
    fn quota() {
        let q = RetryQuota::new(12);
        assert!(q.try_acquire(RetryQuota::cost(RetryKind::Timeout)));
        assert!(!q.try_acquire(5));
        assert_eq!(q.available(), 2);
        q.release(100);
        assert_eq!(q.available(), 12);
    }
}
