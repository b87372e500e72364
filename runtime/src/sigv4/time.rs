//! The signing time as SigV4 writes it, digits written straight into a buffer.

use std::time::SystemTime;

use crate::datetime::DateTime;
use crate::error::BoxError;

const SECS_PER_DAY: i64 = 86_400;

/// A signing time: `20150830T123600Z` (the `x-amz-date` value), whose first eight
/// bytes are the date of the credential scope (`20150830`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SigningTime {
    stamp: [u8; 16],
}

impl SigningTime {
    /// `time` in UTC, whole seconds (fractions are dropped); an error outside the
    /// years 0 to 9999, which the format cannot write.
    pub(crate) fn new(time: SystemTime) -> Result<Self, BoxError> {
        let secs = DateTime::from(time).secs();
        let out_of_range = || format!("cannot sign at {time:?}: SigV4 times are in the years 0 to 9999");
        let date = time::OffsetDateTime::from_unix_timestamp(secs)
            .map_err(|_| out_of_range())?
            .date();
        let year = u32::try_from(date.year()).map_err(|_| out_of_range())?;
        let (month, day) = (u32::from(u8::from(date.month())), u32::from(date.day()));
        let second_of_day = secs.rem_euclid(SECS_PER_DAY) as u32;
        let mut stamp = *b"00000000T000000Z";
        write_digits(&mut stamp[0..4], year);
        write_digits(&mut stamp[4..6], month);
        write_digits(&mut stamp[6..8], day);
        write_digits(&mut stamp[9..11], second_of_day / 3600);
        write_digits(&mut stamp[11..13], second_of_day / 60 % 60);
        write_digits(&mut stamp[13..15], second_of_day % 60);
        Ok(SigningTime { stamp })
    }

    /// `YYYYMMDD'T'HHMMSS'Z'`.
    pub(crate) fn date_time(&self) -> &[u8] {
        &self.stamp
    }

    /// `YYYYMMDD`.
    pub(crate) fn date(&self) -> &[u8] {
        &self.stamp[..8]
    }
}

/// Writes `value` in decimal, zero-padded to the width of `out`.
fn write_digits(out: &mut [u8], mut value: u32) {
    for digit in out.iter_mut().rev() {
        *digit = b'0' + (value % 10) as u8;
        value /= 10;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    fn stamp(time: SystemTime) -> String {
        String::from_utf8(SigningTime::new(time).unwrap().date_time().to_vec()).unwrap()
    }

    #[test]
    fn writes_the_x_amz_date_format() {
        let vectors = UNIX_EPOCH + Duration::from_secs(1_440_938_160);
        assert_eq!(stamp(vectors), "20150830T123600Z");
        assert_eq!(SigningTime::new(vectors).unwrap().date(), b"20150830");
        // Fractions of a second are dropped, not rounded.
        assert_eq!(stamp(vectors + Duration::from_millis(999)), "20150830T123600Z");
        assert_eq!(stamp(UNIX_EPOCH), "19700101T000000Z");
        // 2024-02-29T23:59:59Z, a leap day.
        assert_eq!(
            stamp(UNIX_EPOCH + Duration::from_secs(1_709_251_199)),
            "20240229T235959Z"
        );
        // Before 1970: 1969-12-31T23:59:58Z (and 1.5 s before the epoch rounds down to it).
        assert_eq!(stamp(UNIX_EPOCH - Duration::from_secs(2)), "19691231T235958Z");
        assert_eq!(stamp(UNIX_EPOCH - Duration::from_millis(1500)), "19691231T235958Z");
    }

    #[test]
    fn years_the_format_cannot_write_are_an_error() {
        // 10000-01-01T00:00:00Z
        let too_late = UNIX_EPOCH + Duration::from_secs(253_402_300_800);
        let err = SigningTime::new(too_late).unwrap_err().to_string();
        assert!(err.contains("years 0 to 9999"), "{err}");
        assert_eq!(stamp(too_late - Duration::from_secs(1)), "99991231T235959Z");
    }
}
