//! Smithy timestamps: [`DateTime`] and the wire formats of [`TimestampFormat`].
//!
//! The calendar (proleptic Gregorian, UTC) and RFC 3339 parsing come from the
//! `time` crate, which the SigV4 signer already builds. What is written here is
//! what no crate in the build does as the protocol tests require: the output
//! forms (milliseconds only, years past 9999), IMF-fixdate parsing (fractions of
//! a second, a checked day-of-week name) and epoch seconds (exponents, exact
//! decimal fractions).

use std::borrow::Cow;
use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const NANOS_PER_SEC: u32 = 1_000_000_000;
const SECS_PER_DAY: i64 = 86_400;

/// A point in time, as Smithy's `timestamp` shape: seconds since the Unix epoch
/// (1970-01-01T00:00:00Z) plus a sub-second part in nanoseconds.
///
/// The sub-second part is always in `0..1_000_000_000` and counts forward from
/// [`secs`](Self::secs), so `-1.5` seconds is `secs() == -2`, `subsec_nanos() == 500_000_000`.
///
/// `Display` prints RFC 3339 (`date-time`). With serde, a `DateTime` is an
/// epoch-seconds JSON number; use the modules in [`crate::serde::timestamp`] for
/// other formats.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct DateTime {
    secs: i64,
    nanos: u32,
}

/// The wire formats of a Smithy timestamp (the `@timestampFormat` trait).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum TimestampFormat {
    /// `epoch-seconds`: seconds since the epoch as a number, with an optional
    /// fraction (`1398796238`, `946845296.123`).
    EpochSeconds,
    /// `date-time`: RFC 3339 (`2014-04-29T18:30:38Z`, `2000-01-02T20:34:56.123Z`).
    DateTime,
    /// `http-date`: the IMF-fixdate of RFC 7231 (`Tue, 29 Apr 2014 18:30:38 GMT`).
    HttpDate,
}

/// Why a string could not be parsed as a timestamp.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateTimeParseError {
    format: TimestampFormat,
    input: String,
    reason: Cow<'static, str>,
}

impl DateTimeParseError {
    fn new(format: TimestampFormat, input: &str, reason: impl Into<Cow<'static, str>>) -> Self {
        let reason = reason.into();
        let input = if input.len() > 64 {
            let mut end = 64;
            while !input.is_char_boundary(end) {
                end -= 1;
            }
            format!("{}...", &input[..end])
        } else {
            input.to_owned()
        };
        DateTimeParseError { format, input, reason }
    }

    /// The format the input was expected to be in.
    pub fn format(&self) -> TimestampFormat {
        self.format
    }

    /// What was wrong with the input.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for DateTimeParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.format {
            TimestampFormat::EpochSeconds => "epoch-seconds",
            TimestampFormat::DateTime => "date-time",
            TimestampFormat::HttpDate => "http-date",
        };
        write!(f, "invalid {name} timestamp {:?}: {}", self.input, self.reason)
    }
}

impl std::error::Error for DateTimeParseError {}

/// A [`DateTime`] that a [`SystemTime`] cannot represent (or the reverse).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateTimeRangeError {
    _private: (),
}

impl fmt::Display for DateTimeRangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("timestamp out of the range of std::time::SystemTime")
    }
}

impl std::error::Error for DateTimeRangeError {}

impl DateTime {
    /// The Unix epoch, 1970-01-01T00:00:00Z.
    pub const UNIX_EPOCH: DateTime = DateTime { secs: 0, nanos: 0 };

    /// Whole seconds since the epoch.
    pub const fn from_secs(secs: i64) -> Self {
        DateTime { secs, nanos: 0 }
    }

    /// Seconds and nanoseconds since the epoch; `nanos` past one second carry over
    /// into the seconds.
    pub const fn from_secs_and_nanos(secs: i64, nanos: u32) -> Self {
        DateTime {
            secs: secs + (nanos / NANOS_PER_SEC) as i64,
            nanos: nanos % NANOS_PER_SEC,
        }
    }

    /// Milliseconds since the epoch.
    pub const fn from_millis(millis: i64) -> Self {
        DateTime {
            secs: millis.div_euclid(1000),
            nanos: (millis.rem_euclid(1000) as u32) * 1_000_000,
        }
    }

    /// Fractional seconds since the epoch.
    ///
    /// The fraction is rounded to the microsecond: an `f64` near today's epoch
    /// seconds has about 0.1 µs of precision, so `946845296.123` becomes exactly
    /// `.123` seconds rather than `.122999906`. Non-finite values give the epoch;
    /// values beyond the `i64` range saturate.
    pub fn from_secs_f64(secs: f64) -> Self {
        if !secs.is_finite() {
            return DateTime::UNIX_EPOCH;
        }
        let whole = secs.floor();
        let micros = ((secs - whole) * 1_000_000.0).round() as u32;
        // `as` saturates at the bounds of i64.
        DateTime::from_secs_and_nanos(whole as i64, micros * 1000)
    }

    /// Whole seconds since the epoch (rounded towards negative infinity).
    pub const fn secs(self) -> i64 {
        self.secs
    }

    /// The nanoseconds past [`secs`](Self::secs), in `0..1_000_000_000`.
    pub const fn subsec_nanos(self) -> u32 {
        self.nanos
    }

    /// Seconds since the epoch as an `f64` (lossy for sub-microsecond precision).
    pub fn as_secs_f64(self) -> f64 {
        self.secs as f64 + f64::from(self.nanos) / f64::from(NANOS_PER_SEC)
    }

    /// Milliseconds since the epoch (sub-millisecond precision is dropped), or
    /// `None` when that overflows an `i64`.
    pub fn to_millis(self) -> Option<i64> {
        self.secs
            .checked_mul(1000)?
            .checked_add(i64::from(self.nanos / 1_000_000))
    }

    /// The current time.
    pub fn now() -> Self {
        SystemTime::now().into()
    }

    /// Formats the timestamp in the given wire format.
    ///
    /// * `DateTime`: `2014-04-29T18:30:38Z`, with a millisecond fraction only when
    ///   the millisecond part is non-zero (`2000-01-02T20:34:56.123Z`), as the AWS SDKs do;
    /// * `HttpDate`: `Tue, 29 Apr 2014 18:30:38 GMT`, whole seconds (IMF-fixdate
    ///   has no fraction; sub-second precision is dropped);
    /// * `EpochSeconds`: `1398796238`, or with up to three decimals (`946845296.123`).
    pub fn fmt(self, format: TimestampFormat) -> String {
        match format {
            TimestampFormat::EpochSeconds => self.fmt_epoch_seconds(),
            TimestampFormat::DateTime => self.fmt_date_time(),
            TimestampFormat::HttpDate => self.fmt_http_date(),
        }
    }

    /// Parses a timestamp in the given wire format.
    ///
    /// * `DateTime` accepts RFC 3339: `Z` or a numeric offset (`+01:00`, `-08:00`),
    ///   any number of fractional digits (nanosecond precision kept), `T` and `Z`
    ///   in either case; a leap second (`23:59:60` on the last day of a month,
    ///   UTC) is the last nanosecond before it;
    /// * `HttpDate` accepts IMF-fixdate, with an optional fraction of a second
    ///   (`Sun, 02 Jan 2000 20:34:56.123 GMT`);
    /// * `EpochSeconds` accepts an integer or a decimal number (`-1.5`, `1.5e9`).
    pub fn parse(input: &str, format: TimestampFormat) -> Result<DateTime, DateTimeParseError> {
        match format {
            TimestampFormat::EpochSeconds => parse_epoch_seconds(input),
            TimestampFormat::DateTime => parse_date_time(input),
            TimestampFormat::HttpDate => parse_http_date(input),
        }
    }

    /// The millisecond part, and whether there is any.
    fn millis_part(self) -> u32 {
        self.nanos / 1_000_000
    }

    fn fmt_epoch_seconds(self) -> String {
        let millis = self.millis_part();
        if millis == 0 {
            return self.secs.to_string();
        }
        if self.secs >= 0 {
            format!("{}.{}", self.secs, trim_millis(millis))
        } else {
            // -1.5 is stored as secs -2, 500 ms.
            let whole = -(self.secs + 1);
            format!("-{}.{}", whole, trim_millis(1000 - millis))
        }
    }

    fn fmt_date_time(self) -> String {
        let Civil {
            year: y,
            month,
            day: d,
            secs_of_day: sod,
            ..
        } = Civil::of(self.secs);
        let m = u8::from(month);
        let mut out = String::with_capacity(24);
        use std::fmt::Write as _;
        if (0..=9999).contains(&y) {
            let _ = write!(out, "{y:04}");
        } else {
            let _ = write!(out, "{y}");
        }
        let _ = write!(
            out,
            "-{m:02}-{d:02}T{:02}:{:02}:{:02}",
            sod / 3600,
            (sod / 60) % 60,
            sod % 60
        );
        let millis = self.millis_part();
        if millis != 0 {
            let _ = write!(out, ".{millis:03}");
        }
        out.push('Z');
        out
    }

    fn fmt_http_date(self) -> String {
        let civil = Civil::of(self.secs);
        let (y, d, sod) = (civil.year, civil.day, civil.secs_of_day);
        let weekday = WEEKDAYS[usize::from(civil.weekday.number_days_from_monday())];
        format!(
            "{weekday}, {d:02} {} {y:04} {:02}:{:02}:{:02} GMT",
            MONTHS[usize::from(u8::from(civil.month)) - 1],
            sod / 3600,
            (sod / 60) % 60,
            sod % 60
        )
    }
}

/// `123` -> "123", `120` -> "12", `100` -> "1".
fn trim_millis(millis: u32) -> String {
    let s = format!("{millis:03}");
    s.trim_end_matches('0').to_owned()
}

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The Julian day number of 1970-01-01.
const UNIX_EPOCH_JULIAN_DAY: i64 = 2_440_588;

/// Days in the Gregorian calendar's 400-year cycle, a whole number of weeks:
/// dates and days of the week repeat with it.
const DAYS_PER_400_YEARS: i64 = 146_097;

/// The calendar fields of an instant, in UTC.
struct Civil {
    year: i64,
    month: time::Month,
    day: u8,
    weekday: time::Weekday,
    secs_of_day: i64,
}

impl Civil {
    /// The calendar fields of `secs` since the epoch, for any `i64`: `time`
    /// covers the years -9999..=9999 only, so the date is found in the first
    /// 400-year cycle from the epoch and the year moved back by whole cycles.
    fn of(secs: i64) -> Civil {
        let (days, secs_of_day) = (secs.div_euclid(SECS_PER_DAY), secs.rem_euclid(SECS_PER_DAY));
        let (cycles, day_in_cycle) = (days.div_euclid(DAYS_PER_400_YEARS), days.rem_euclid(DAYS_PER_400_YEARS));
        let julian_day = i32::try_from(UNIX_EPOCH_JULIAN_DAY + day_in_cycle).expect("a day of 1970..2370");
        let date = time::Date::from_julian_day(julian_day).expect("1970..2370 is in time's range");
        Civil {
            year: i64::from(date.year()) + cycles * 400,
            month: date.month(),
            day: date.day(),
            weekday: date.weekday(),
            secs_of_day,
        }
    }
}

/// A tiny cursor over ASCII input.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn new(s: &'a str) -> Self {
        Cursor {
            bytes: s.as_bytes(),
            pos: 0,
        }
    }

    /// Exactly `n` ASCII digits.
    fn digits(&mut self, n: usize) -> Option<u32> {
        let slice = self.bytes.get(self.pos..self.pos + n)?;
        let mut v = 0u32;
        for &b in slice {
            if !b.is_ascii_digit() {
                return None;
            }
            v = v * 10 + u32::from(b - b'0');
        }
        self.pos += n;
        Some(v)
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.bytes.get(self.pos).is_some_and(|b| b.eq_ignore_ascii_case(&c)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// `.` followed by one or more digits, as nanoseconds (digits past the ninth are
    /// dropped); `Ok(0)` when there is no `.`.
    fn fraction(&mut self) -> Result<u32, &'static str> {
        if !self.eat(b'.') {
            return Ok(0);
        }
        let start = self.pos;
        let mut nanos = 0u32;
        while let Some(b) = self.peek().filter(u8::is_ascii_digit) {
            let i = self.pos - start;
            if i < 9 {
                nanos += u32::from(b - b'0') * 10u32.pow(8 - i as u32);
            }
            self.pos += 1;
        }
        if self.pos == start {
            return Err("expected digits after '.'");
        }
        Ok(nanos)
    }

    fn at_end(&self) -> bool {
        self.pos == self.bytes.len()
    }
}

/// The instant of a UTC date and time of day; a second of 60 (a leap second)
/// is taken as the first second of the next minute.
fn to_datetime(y: u32, mo: u32, d: u32, h: u32, mi: u32, s: u32, nanos: u32) -> Result<DateTime, &'static str> {
    let month = u8::try_from(mo)
        .ok()
        .and_then(|m| time::Month::try_from(m).ok())
        .ok_or("month out of range")?;
    let year = i32::try_from(y).map_err(|_| "year out of range")?;
    let day = u8::try_from(d).map_err(|_| "day out of range")?;
    let date = time::Date::from_calendar_date(year, month, day).map_err(|_| "day out of range")?;
    if h > 23 || mi > 59 || s > 60 {
        return Err("time of day out of range");
    }
    let days = i64::from(date.to_julian_day()) - UNIX_EPOCH_JULIAN_DAY;
    let secs = days * SECS_PER_DAY + i64::from(h) * 3600 + i64::from(mi) * 60 + i64::from(s);
    Ok(DateTime::from_secs_and_nanos(secs, nanos))
}

/// RFC 3339 with `time`, which takes any character between the date and the
/// time: Smithy's `date-time` has the `T` (in either case) of RFC 3339's
/// grammar. A leap second (`23:59:60` at the end of a month, UTC) is taken as
/// the last nanosecond before it.
fn parse_date_time(input: &str) -> Result<DateTime, DateTimeParseError> {
    let err = |reason| DateTimeParseError::new(TimestampFormat::DateTime, input, reason);
    if input.len() > 10 && !matches!(input.as_bytes()[10], b'T' | b't') {
        return Err(err(Cow::Borrowed("expected 'T' after the date")));
    }
    let parsed = time::OffsetDateTime::parse(input, &time::format_description::well_known::Rfc3339)
        .map_err(|e| err(Cow::Owned(e.to_string())))?;
    Ok(DateTime::from_secs_and_nanos(
        parsed.unix_timestamp(),
        parsed.nanosecond(),
    ))
}

fn parse_http_date(input: &str) -> Result<DateTime, DateTimeParseError> {
    let err = |reason| DateTimeParseError::new(TimestampFormat::HttpDate, input, reason);
    let bad = || err("expected IMF-fixdate, like 'Tue, 29 Apr 2014 18:30:38 GMT'");
    let b = input.as_bytes();
    // "Tue, 29 Apr 2014 18:30:38 GMT" is 29 bytes, with a fraction more.
    if b.len() < 29 || !b.is_ascii() {
        return Err(bad());
    }
    let weekday = &input[0..3];
    if !WEEKDAYS.iter().any(|w| w.eq_ignore_ascii_case(weekday)) {
        return Err(err("unknown day of the week"));
    }
    if &b[3..5] != b", " || b[7] != b' ' || b[11] != b' ' || b[16] != b' ' {
        return Err(bad());
    }
    let mut c = Cursor::new(input);
    c.pos = 5;
    let d = c.digits(2).ok_or_else(bad)?;
    let month = &input[8..11];
    let mo = MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(month))
        .ok_or_else(|| err("unknown month"))? as u32
        + 1;
    c.pos = 12;
    let y = c.digits(4).ok_or_else(bad)?;
    c.pos = 17;
    let h = c.digits(2).ok_or_else(bad)?;
    if !c.eat(b':') {
        return Err(bad());
    }
    let mi = c.digits(2).ok_or_else(bad)?;
    if !c.eat(b':') {
        return Err(bad());
    }
    let s = c.digits(2).ok_or_else(bad)?;
    let nanos = c.fraction().map_err(err)?;
    if !(c.eat(b' ') && c.eat(b'G') && c.eat(b'M') && c.eat(b'T') && c.at_end()) {
        return Err(bad());
    }
    to_datetime(y, mo, d, h, mi, s, nanos).map_err(err)
}

fn parse_epoch_seconds(input: &str) -> Result<DateTime, DateTimeParseError> {
    let err = |reason| DateTimeParseError::new(TimestampFormat::EpochSeconds, input, reason);
    let (negative, rest) = match input.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, input),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (rest, None),
    };
    let plain = !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    if !plain {
        if !input.contains(['e', 'E']) {
            return Err(err("expected a number of seconds"));
        }
        // Exponent notation: go through f64.
        return match input.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(DateTime::from_secs_f64(v)),
            _ => Err(err("expected a number of seconds")),
        };
    }
    let whole: i64 = int.parse().map_err(|_| err("number of seconds out of range"))?;
    let mut nanos = 0u32;
    if let Some(frac) = frac {
        // Reuse the fraction reader, which expects the leading '.'.
        let dotted = format!(".{frac}");
        nanos = Cursor::new(&dotted).fraction().map_err(err)?;
    }
    if negative {
        if nanos == 0 {
            Ok(DateTime::from_secs(-whole))
        } else {
            Ok(DateTime::from_secs_and_nanos(-whole - 1, NANOS_PER_SEC - nanos))
        }
    } else {
        Ok(DateTime::from_secs_and_nanos(whole, nanos))
    }
}

impl fmt::Display for DateTime {
    /// RFC 3339, as [`DateTime::fmt`] with [`TimestampFormat::DateTime`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.fmt_date_time())
    }
}

impl std::str::FromStr for DateTime {
    type Err = DateTimeParseError;

    /// Parses RFC 3339 (`date-time`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_date_time(s)
    }
}

impl From<SystemTime> for DateTime {
    fn from(time: SystemTime) -> Self {
        match time.duration_since(UNIX_EPOCH) {
            Ok(d) => DateTime::from_secs_and_nanos(i64::try_from(d.as_secs()).unwrap_or(i64::MAX), d.subsec_nanos()),
            Err(e) => {
                let d = e.duration();
                let secs = i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
                if d.subsec_nanos() == 0 {
                    DateTime::from_secs(-secs)
                } else {
                    DateTime::from_secs_and_nanos(-secs - 1, NANOS_PER_SEC - d.subsec_nanos())
                }
            }
        }
    }
}

impl TryFrom<DateTime> for SystemTime {
    type Error = DateTimeRangeError;

    fn try_from(dt: DateTime) -> Result<Self, Self::Error> {
        let range = || DateTimeRangeError { _private: () };
        if dt.secs >= 0 {
            UNIX_EPOCH
                .checked_add(Duration::new(dt.secs as u64, dt.nanos))
                .ok_or_else(range)
        } else {
            UNIX_EPOCH
                .checked_sub(Duration::from_secs(dt.secs.unsigned_abs()))
                .and_then(|t| t.checked_add(Duration::from_nanos(u64::from(dt.nanos))))
                .ok_or_else(range)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dt(s: &str, f: TimestampFormat) -> DateTime {
        DateTime::parse(s, f).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn date_time_protocol_examples() {
        use TimestampFormat::DateTime as D;
        assert_eq!(dt("2014-04-29T18:30:38Z", D), DateTime::from_secs(1398796238));
        assert_eq!(
            dt("2000-01-02T20:34:56.123Z", D),
            DateTime::from_secs_f64(946845296.123)
        );
        assert_eq!(dt("2019-12-16T22:48:18-01:00", D), DateTime::from_secs(1576540098));
        assert_eq!(dt("2019-12-17T00:48:18+01:00", D), DateTime::from_secs(1576540098));
        assert_eq!(dt("1985-04-12t23:20:50.52z", D).subsec_nanos(), 520_000_000);
        assert_eq!(DateTime::from_secs(1398796238).fmt(D), "2014-04-29T18:30:38Z");
        assert_eq!(
            DateTime::from_secs_f64(946845296.123).fmt(D),
            "2000-01-02T20:34:56.123Z"
        );
        assert_eq!(DateTime::from_millis(520).fmt(D), "1970-01-01T00:00:00.520Z");
        assert_eq!(DateTime::from_secs(-1).to_string(), "1969-12-31T23:59:59Z");
        assert_eq!(DateTime::from_secs(951782400).to_string(), "2000-02-29T00:00:00Z");
        for bad in [
            "1996-12-19T16:39:57+00Z",
            "1996-12-19T16:39Z",
            "1996-12-19T16Z",
            "19961219T163957Z",
            "19961219T16:39:57Z",
            "1985-04-12T23:20:50.Z",
            "2019-02-29T00:00:00Z",
            "2019-12-16T23:48:18",
            "2019-12-16 23:48:18Z",
            "",
        ] {
            assert!(DateTime::parse(bad, D).is_err(), "{bad}");
        }
    }

    #[test]
    fn date_time_leap_seconds_and_separators() {
        use TimestampFormat::DateTime as D;
        // A leap second at the end of a month (UTC) is the last nanosecond before it.
        let leap = dt("2016-12-31T23:59:60Z", D);
        assert_eq!(leap, DateTime::from_secs_and_nanos(1_483_228_799, 999_999_999));
        assert_eq!(dt("2017-01-01T00:59:60+01:00", D), leap);
        // Anywhere else there is no 60th second.
        assert!(DateTime::parse("2016-12-30T23:59:60Z", D).is_err());
        assert!(DateTime::parse("2016-12-31T12:00:60Z", D).is_err());
        // RFC 3339's `T` only: no space, underscore or other separator.
        for bad in [
            "2016-12-31_23:59:59Z",
            "2016-12-31x23:59:59Z",
            "2016-12-31T23:59:59+24:00",
        ] {
            let error = DateTime::parse(bad, D).unwrap_err();
            assert_eq!(error.format(), D, "{bad}");
            assert!(!error.reason().is_empty(), "{bad}");
        }
        // Digits past the nanosecond are dropped.
        assert_eq!(dt("1970-01-01T00:00:00.1234567891Z", D).subsec_nanos(), 123_456_789);
    }

    #[test]
    fn years_outside_0000_to_9999_still_format() {
        use TimestampFormat::{DateTime as D, HttpDate as H};
        // Year 0 (1 BC) is a leap year: 366 days before 0001-01-01.
        assert_eq!(DateTime::from_secs(-62_167_219_200).fmt(D), "0000-01-01T00:00:00Z");
        assert_eq!(DateTime::from_secs(253_402_300_800).fmt(D), "10000-01-01T00:00:00Z");
        // 10000-01-01 is 20 cycles of 400 years after 2000-01-01, a Saturday.
        assert_eq!(
            DateTime::from_secs(253_402_300_800).fmt(H),
            "Sat, 01 Jan 10000 00:00:00 GMT"
        );
        // One cycle after a Tuesday is a Tuesday.
        let later = DateTime::from_secs(1_398_796_238 + 146_097 * 86_400);
        assert_eq!(later.fmt(H), "Tue, 29 Apr 2414 18:30:38 GMT");
        for extreme in [DateTime::from_secs(i64::MIN), DateTime::from_secs(i64::MAX)] {
            for f in [D, H, TimestampFormat::EpochSeconds] {
                assert!(!extreme.fmt(f).is_empty());
            }
        }
    }

    #[test]
    fn http_date() {
        use TimestampFormat::HttpDate as H;
        assert_eq!(dt("Tue, 29 Apr 2014 18:30:38 GMT", H), DateTime::from_secs(1398796238));
        assert_eq!(dt("Mon, 16 Dec 2019 23:48:18 GMT", H), DateTime::from_secs(1576540098));
        assert_eq!(
            dt("Sun, 02 Jan 2000 20:34:56.123 GMT", H),
            DateTime::from_secs_f64(946845296.123)
        );
        assert_eq!(DateTime::from_secs(1398796238).fmt(H), "Tue, 29 Apr 2014 18:30:38 GMT");
        assert_eq!(
            DateTime::from_secs_f64(946845296.123).fmt(H),
            "Sun, 02 Jan 2000 20:34:56 GMT"
        );
        assert_eq!(DateTime::from_secs(0).fmt(H), "Thu, 01 Jan 1970 00:00:00 GMT");
        for bad in [
            "Tue, 29 Apr 2014 18:30:38",
            "Tue, 29 Apr 14 18:30:38 GMT",
            "Xyz, 29 Apr 2014 18:30:38 GMT",
            "Tue, 31 Apr 2014 18:30:38 GMT",
            "2014-04-29T18:30:38Z",
        ] {
            assert!(DateTime::parse(bad, H).is_err(), "{bad}");
        }
    }

    #[test]
    fn epoch_seconds() {
        use TimestampFormat::EpochSeconds as E;
        assert_eq!(dt("1398796238", E), DateTime::from_secs(1398796238));
        assert_eq!(dt("946845296.123", E), DateTime::from_secs_f64(946845296.123));
        assert_eq!(dt("-1.5", E), DateTime::from_millis(-1500));
        assert_eq!(dt("1.5e9", E), DateTime::from_secs(1_500_000_000));
        assert_eq!(DateTime::from_secs(1398796238).fmt(E), "1398796238");
        assert_eq!(DateTime::from_secs_f64(946845296.123).fmt(E), "946845296.123");
        assert_eq!(DateTime::from_millis(1500).fmt(E), "1.5");
        assert_eq!(DateTime::from_millis(-1500).fmt(E), "-1.5");
        assert_eq!(DateTime::from_millis(-1500).as_secs_f64(), -1.5);
        assert!(DateTime::parse("abc", E).is_err());
        assert!(DateTime::parse("1.", E).is_err());
        assert!(DateTime::parse("NaN", E).is_err());
    }

    #[test]
    fn round_trips_and_system_time() {
        for secs in [-62_135_596_800i64, -1, 0, 1, 253_402_300_799, 4_102_444_800] {
            let t = DateTime::from_secs_and_nanos(secs, 250_000_000);
            for f in [TimestampFormat::DateTime, TimestampFormat::EpochSeconds] {
                assert_eq!(DateTime::parse(&t.fmt(f), f).unwrap(), t, "{f:?} {secs}");
            }
            let h = DateTime::from_secs(secs);
            assert_eq!(
                DateTime::parse(&h.fmt(TimestampFormat::HttpDate), TimestampFormat::HttpDate).unwrap(),
                h
            );
            let st = SystemTime::try_from(t).unwrap();
            assert_eq!(DateTime::from(st), t);
        }
        assert!(DateTime::from_millis(-1) < DateTime::from_secs(0));
        assert_eq!(DateTime::from_secs_f64(-1.5), DateTime::from_millis(-1500));
    }
}
