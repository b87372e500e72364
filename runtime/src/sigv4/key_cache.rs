//! The SigV4 signing key, derived once per secret, day, region and service.

use std::fmt;
use std::sync::{Mutex, PoisonError};

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::time::SigningTime;

/// HMAC-SHA256 keyed with a signing key. Each signature clones it, so the key's
/// padded blocks are hashed once per derived key instead of once per request.
pub(crate) type SigningMac = Hmac<Sha256>;

/// Remembers the last SigV4 signing key derived, for the secret key, day, region
/// and service it was derived for. Deriving one takes four HMACs; a client
/// normally signs for a single region and service, so the key changes once a
/// day (or when the credentials rotate).
///
/// Shared by the clones of a [`ClientRuntime`](crate::ClientRuntime); pass one to
/// [`sign_with_key_cache`](super::sign_with_key_cache). `Debug` shows no key
/// material.
#[derive(Default)]
pub struct SigningKeyCache {
    last: Mutex<Option<CachedKey>>,
    #[cfg(test)]
    derivations: std::sync::atomic::AtomicUsize,
}

struct CachedKey {
    secret: String,
    date: [u8; 8],
    region: String,
    service: String,
    mac: SigningMac,
}

impl CachedKey {
    fn is_for(&self, secret: &str, time: &SigningTime, region: &str, service: &str) -> bool {
        self.date == time.date() && self.region == region && self.service == service && self.secret == secret
    }
}

impl SigningKeyCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// The signing key for `secret` on the day of `stamp` in `region` for
    /// `service`, as a keyed HMAC: the cached one, or a new one that replaces it.
    pub(crate) fn mac(&self, secret: &str, stamp: &SigningTime, region: &str, service: &str) -> SigningMac {
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(cached) = last.as_ref().filter(|c| c.is_for(secret, stamp, region, service)) {
            return cached.mac.clone();
        }
        #[cfg(test)]
        self.derivations.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mac = SigningMac::new_from_slice(&signing_key(secret, stamp.date(), region, service))
            .expect("HMAC takes a key of any length");
        let mut date = [0; 8];
        date.copy_from_slice(stamp.date());
        *last = Some(CachedKey {
            secret: secret.to_owned(),
            date,
            region: region.to_owned(),
            service: service.to_owned(),
            mac: mac.clone(),
        });
        mac
    }

    /// How many keys this cache derived.
    #[cfg(test)]
    pub(crate) fn derivations(&self) -> usize {
        self.derivations.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// The SigV4 signing key: the secret, prefixed with `AWS4`, HMAC'd with the date
/// (`YYYYMMDD`), then the region, the service and `aws4_request` in turn.
fn signing_key(secret: &str, date: &[u8], region: &str, service: &str) -> [u8; 32] {
    let hmac = |key: &[u8], data: &[u8]| -> [u8; 32] {
        let mut mac = SigningMac::new_from_slice(key).expect("HMAC takes a key of any length");
        mac.update(data);
        mac.finalize().into_bytes().into()
    };
    let date_key = hmac(format!("AWS4{secret}").as_bytes(), date);
    let region_key = hmac(&date_key, region.as_bytes());
    let service_key = hmac(&region_key, service.as_bytes());
    hmac(&service_key, b"aws4_request")
}

impl fmt::Debug for SigningKeyCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKeyCache").finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hmac::Mac;
    use std::time::{Duration, SystemTime, UNIX_EPOCH};

    const DAY: Duration = Duration::from_secs(86_400);

    fn noon() -> SystemTime {
        // 2015-08-30T12:36:00Z
        UNIX_EPOCH + Duration::from_secs(1_440_938_160)
    }

    fn mac(cache: &SigningKeyCache, secret: &str, time: SystemTime, region: &str, service: &str) -> Vec<u8> {
        let stamp = SigningTime::new(time).unwrap();
        let mut mac = cache.mac(secret, &stamp, region, service);
        mac.update(b"string to sign");
        mac.finalize().into_bytes().to_vec()
    }

    /// The HMAC of the same message under a key derived from scratch.
    fn fresh(secret: &str, time: SystemTime, region: &str, service: &str) -> Vec<u8> {
        let key = aws_sigv4::sign::v4::generate_signing_key(secret, time, region, service);
        let mut mac = SigningMac::new_from_slice(key.as_ref()).unwrap();
        mac.update(b"string to sign");
        mac.finalize().into_bytes().to_vec()
    }

    #[test]
    fn the_signing_key_is_the_one_aws_sigv4_derives() {
        // The example of AWS's "derive a signing key" documentation.
        let key = signing_key(
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            b"20120215",
            "us-east-1",
            "iam",
        );
        assert_eq!(
            hex::encode(key),
            "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"
        );
        let secrets = ["", "SECRET", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "sécret ✓"];
        let places = [
            ("us-east-1", "iot"),
            ("cn-north-1", "iotjobsdata"),
            ("", ""),
            ("eu-west-3", "s3"),
        ];
        for (n, secret) in secrets.into_iter().enumerate() {
            for (m, (region, service)) in places.into_iter().enumerate() {
                let time = noon() + DAY * u32::try_from(n * 400 + m * 37).unwrap();
                let stamp = SigningTime::new(time).unwrap();
                let official = aws_sigv4::sign::v4::generate_signing_key(secret, time, region, service);
                assert_eq!(
                    signing_key(secret, stamp.date(), region, service).as_slice(),
                    official.as_ref(),
                    "{secret:?} {region:?} {service:?} {time:?}"
                );
            }
        }
    }

    #[test]
    fn the_same_secret_day_region_and_service_reuse_the_key() {
        let cache = SigningKeyCache::new();
        let first = mac(&cache, "SECRET", noon(), "us-east-1", "svc");
        // Later the same day (UTC): no new derivation, the same key.
        let later = noon() + Duration::from_secs(11 * 3600);
        let second = mac(&cache, "SECRET", later, "us-east-1", "svc");
        assert_eq!(cache.derivations(), 1);
        assert_eq!(first, fresh("SECRET", noon(), "us-east-1", "svc"));
        assert_eq!(second, fresh("SECRET", later, "us-east-1", "svc"));
        assert_eq!(first, second);
    }

    #[test]
    fn a_new_day_region_service_or_secret_derives_a_new_key() {
        let cache = SigningKeyCache::new();
        let cases = [
            ("SECRET", noon(), "us-east-1", "svc"),
            ("SECRET", noon() + DAY, "us-east-1", "svc"),
            ("SECRET", noon() + DAY, "eu-west-1", "svc"),
            ("SECRET", noon() + DAY, "eu-west-1", "other"),
            ("OTHER-SECRET", noon() + DAY, "eu-west-1", "other"),
        ];
        let mut macs = Vec::new();
        for (n, (secret, time, region, service)) in cases.into_iter().enumerate() {
            let got = mac(&cache, secret, time, region, service);
            assert_eq!(cache.derivations(), n + 1, "case {n} derives a key");
            assert_eq!(got, fresh(secret, time, region, service), "case {n}");
            macs.push(got);
        }
        macs.dedup();
        assert_eq!(macs.len(), cases.len(), "every case signs differently");
        // Back to the first: the cache keeps only the last key.
        let (secret, time, region, service) = cases[0];
        assert_eq!(
            mac(&cache, secret, time, region, service),
            fresh(secret, time, region, service)
        );
        assert_eq!(cache.derivations(), cases.len() + 1);
    }

    #[test]
    fn the_day_changes_at_midnight_utc() {
        let cache = SigningKeyCache::new();
        // 2015-08-30T23:59:59Z, then 2015-08-31T00:00:00Z.
        let before = UNIX_EPOCH + Duration::from_secs(1_440_979_199);
        let after = before + Duration::from_secs(1);
        assert_eq!(
            mac(&cache, "SECRET", before, "us-east-1", "svc"),
            fresh("SECRET", before, "us-east-1", "svc")
        );
        assert_eq!(
            mac(&cache, "SECRET", after, "us-east-1", "svc"),
            fresh("SECRET", after, "us-east-1", "svc")
        );
        assert_eq!(cache.derivations(), 2);
        assert_ne!(
            fresh("SECRET", before, "us-east-1", "svc"),
            fresh("SECRET", after, "us-east-1", "svc")
        );
    }

    #[test]
    fn debug_shows_no_key_material() {
        let cache = SigningKeyCache::new();
        mac(
            &cache,
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            noon(),
            "us-east-1",
            "svc",
        );
        let debug = format!("{cache:?}");
        assert_eq!(debug, "SigningKeyCache { .. }");
    }
}
