//! Clock skew correction: devices' clocks drift, and SigV4 signatures older or
//! newer than about 5 minutes by the service's clock are refused.
//!
//! The client keeps the offset between the service's clock and the local one
//! ([`ClockSkew`], shared by a client's clones) and signs every attempt at the
//! local time plus that offset. The offset is measured from the `Date` header of
//! every response, success or error, whose measure can be trusted: not a cached
//! response (an `Age` header), and a round trip under 15 minutes; the service's
//! time is compared with the middle of the round trip.
//!
//! When the service refuses a request with a clock-skew error
//! ([`CLOCK_SKEW_ERROR_CODES`]) and that response's `Date` shows the attempt was
//! signed more than [`SKEW_THRESHOLD`] away from the service's clock, the request
//! is signed again with the corrected time and sent once more (see
//! [`ClientRuntime::send`](crate::ClientRuntime::send) for how that retry counts).
//! A skew error without a `Date`, or whose `Date` agrees with the signing time,
//! is returned as is: re-signing would not help.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::http::HttpResponse;
use crate::{DateTime, TimestampFormat};

/// Error codes with which AWS services refuse a request whose signing time is
/// too far from their clock (those the AWS SDKs correct for).
pub const CLOCK_SKEW_ERROR_CODES: &[&str] = &[
    "RequestTimeTooSkewed",
    "RequestExpired",
    "RequestInTheFuture",
    "InvalidSignatureException",
    "SignatureDoesNotMatch",
    "AuthFailure",
    "AccessDeniedException",
];

/// How far the signing time of a refused attempt must be from the service's
/// clock for the refusal to count as clock skew (the services allow 5 minutes).
pub const SKEW_THRESHOLD: Duration = Duration::from_secs(4 * 60);

/// A round trip longer than this gives no trustworthy measure.
const MAX_TRUSTED_ROUND_TRIP: Duration = Duration::from_secs(15 * 60);

/// Whether `code` is one of [`CLOCK_SKEW_ERROR_CODES`].
pub fn is_clock_skew_error(code: &str) -> bool {
    CLOCK_SKEW_ERROR_CODES.contains(&code)
}

/// The offset of the service's clock from the local one, in milliseconds
/// (positive: the service is ahead). Starts at zero.
#[derive(Debug, Default)]
pub struct ClockSkew {
    millis: AtomicI64,
}

impl ClockSkew {
    /// The current offset, in milliseconds (positive: the service is ahead).
    pub fn offset_millis(&self) -> i64 {
        self.millis.load(Ordering::Relaxed)
    }

    /// The local time corrected by the offset: what the service's clock reads now.
    pub fn now(&self) -> SystemTime {
        shift(SystemTime::now(), self.offset_millis())
    }

    pub(crate) fn set_offset_millis(&self, millis: i64) {
        self.millis.store(millis, Ordering::Relaxed);
    }
}

/// `time` moved by `millis` (saturating at what `SystemTime` can hold).
pub(crate) fn shift(time: SystemTime, millis: i64) -> SystemTime {
    let by = Duration::from_millis(millis.unsigned_abs());
    let shifted = if millis >= 0 {
        time.checked_add(by)
    } else {
        time.checked_sub(by)
    };
    shifted.unwrap_or(time)
}

/// Milliseconds since the epoch (negative before it).
pub(crate) fn epoch_millis(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_millis()).unwrap_or(i64::MAX),
        Err(e) => i64::try_from(e.duration().as_millis()).map_or(i64::MIN, |ms| -ms),
    }
}

/// The offset the response shows, in milliseconds: its `Date` minus the middle
/// of the round trip (`sent` to `received`, local times). `None` when the
/// response has no valid `Date`, is a cached copy (`Age`), or took too long.
pub(crate) fn measure(response: &HttpResponse, sent: SystemTime, received: SystemTime) -> Option<i64> {
    if response.headers.contains_key("age") {
        return None;
    }
    let date = response.header_str("date")?;
    let server = DateTime::parse(date.trim(), TimestampFormat::HttpDate)
        .ok()?
        .to_millis()?;
    let round_trip = received.duration_since(sent).ok()?;
    if round_trip > MAX_TRUSTED_ROUND_TRIP {
        return None;
    }
    let middle = epoch_millis(sent).saturating_add(i64::try_from(round_trip.as_millis() / 2).ok()?);
    Some(server.saturating_sub(middle))
}

/// Whether an error response with `code` shows the attempt, signed with
/// `offset_used`, was refused for clock skew that the `measured` offset corrects.
pub(crate) fn is_correctable(code: Option<&str>, offset_used: i64, measured: Option<i64>) -> bool {
    let (Some(code), Some(measured)) = (code, measured) else {
        return false;
    };
    let off_by = measured.saturating_sub(offset_used).unsigned_abs();
    is_clock_skew_error(code) && Duration::from_millis(off_by) > SKEW_THRESHOLD
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    fn dated(date: &str) -> HttpResponse {
        HttpResponse::new(403, "{}").with_header("Date", date)
    }

    // 1_700_000_000 is Tue, 14 Nov 2023 22:13:20 GMT.
    const T: u64 = 1_700_000_000;

    #[test]
    fn measures_the_date_against_the_middle_of_the_round_trip() {
        let one_hour_ahead = dated("Tue, 14 Nov 2023 23:13:20 GMT");
        assert_eq!(measure(&one_hour_ahead, at(T), at(T)), Some(3_600_000));
        // Sent 2 s before, received 2 s after: the middle is T.
        assert_eq!(measure(&one_hour_ahead, at(T - 2), at(T + 2)), Some(3_600_000));
        let behind = dated("Tue, 14 Nov 2023 21:13:20 GMT");
        assert_eq!(measure(&behind, at(T), at(T)), Some(-3_600_000));
    }

    #[test]
    fn untrustworthy_responses_give_no_measure() {
        assert_eq!(measure(&HttpResponse::new(403, "{}"), at(T), at(T)), None);
        assert_eq!(measure(&dated("yesterday"), at(T), at(T)), None);
        let cached = dated("Tue, 14 Nov 2023 23:13:20 GMT").with_header("Age", "30");
        assert_eq!(measure(&cached, at(T), at(T)), None);
        let slow = dated("Tue, 14 Nov 2023 23:13:20 GMT");
        assert_eq!(measure(&slow, at(T), at(T + 16 * 60)), None);
        assert_eq!(measure(&slow, at(T + 1), at(T)), None);
    }

    #[test]
    fn only_skew_codes_far_from_the_signing_time_are_correctable() {
        let hour = 3_600_000;
        assert!(is_correctable(Some("InvalidSignatureException"), 0, Some(hour)));
        assert!(is_correctable(Some("RequestTimeTooSkewed"), 0, Some(-hour)));
        assert!(is_correctable(Some("SignatureDoesNotMatch"), hour, Some(0)));
        // Signed with the right offset already: a genuine signature error.
        assert!(!is_correctable(
            Some("InvalidSignatureException"),
            hour,
            Some(hour + 1_000)
        ));
        assert!(!is_correctable(
            Some("InvalidSignatureException"),
            0,
            Some(3 * 60 * 1000)
        ));
        assert!(!is_correctable(Some("InvalidSignatureException"), 0, None));
        assert!(!is_correctable(Some("ThrottlingException"), 0, Some(hour)));
        assert!(!is_correctable(None, 0, Some(hour)));
    }

    #[test]
    fn the_offset_shifts_the_clock() {
        let skew = ClockSkew::default();
        assert_eq!(skew.offset_millis(), 0);
        skew.set_offset_millis(-90_000);
        let corrected = epoch_millis(skew.now());
        let local = epoch_millis(SystemTime::now());
        assert!((local - 90_000 - corrected).abs() < 1_000, "{local} {corrected}");
        assert_eq!(shift(at(T), 1_500), at(T) + Duration::from_millis(1_500));
        assert_eq!(epoch_millis(UNIX_EPOCH - Duration::from_secs(1)), -1_000);
    }
}
