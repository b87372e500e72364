//! An endpoint URL taken apart once into what every request sent to it reuses:
//! the `scheme://host[:port]/base` prefix, the `host` header and the endpoint's
//! own query. Endpoints are resolved per call but rarely change, so the client
//! keeps the last one ([`BaseUrlCache`]) instead of parsing the URL again.

use std::sync::{Arc, Mutex, PoisonError};

use crate::error::UnhandledError;
use crate::http::HeaderValue;

/// An endpoint URL, parsed and checked.
#[derive(Debug)]
pub(crate) struct BaseUrl {
    /// `scheme://host[:port]` and the endpoint's path without its trailing `/`.
    prefix: String,
    /// `host[:port]`, the port only when it is not the scheme's default.
    host: String,
    /// The `host` header's value.
    host_header: HeaderValue,
    /// A query the endpoint URL carries (rare).
    query: Option<String>,
}

impl BaseUrl {
    /// Parses `endpoint_url` (`http` or `https`, no user info); `default_port` is
    /// the port to use when the URL names none (the device-certificate port).
    pub(crate) fn parse(endpoint_url: &str, default_port: Option<u16>) -> Result<BaseUrl, UnhandledError> {
        let invalid = |why: &str| UnhandledError::endpoint(format!("invalid endpoint URL `{endpoint_url}`: {why}"));
        let uri: ::http::Uri = endpoint_url.parse().map_err(|_| invalid("not a URL"))?;
        let scheme = uri.scheme_str().ok_or_else(|| invalid("no scheme"))?;
        if scheme != "https" && scheme != "http" {
            return Err(invalid("the scheme must be http or https"));
        }
        let authority = uri.authority().ok_or_else(|| invalid("no host"))?;
        if authority.as_str().contains('@') {
            return Err(invalid("user info is not allowed"));
        }
        let default_for_scheme = if scheme == "https" { 443 } else { 80 };
        let port = authority
            .port_u16()
            .or(default_port)
            .filter(|p| *p != default_for_scheme);
        let host = match port {
            Some(port) => format!("{}:{port}", authority.host()),
            None => authority.host().to_owned(),
        };
        let host_header = HeaderValue::from_str(&host)
            .map_err(|_| UnhandledError::endpoint(format!("invalid endpoint host `{host}`")))?;
        let base = uri.path().trim_end_matches('/');
        Ok(BaseUrl {
            prefix: format!("{scheme}://{host}{base}"),
            host,
            host_header,
            query: uri.query().map(str::to_owned),
        })
    }

    /// The absolute URL of a request path and query (relative to the endpoint).
    pub(crate) fn join(&self, path_and_query: &str) -> String {
        let query_len = self.query.as_ref().map_or(0, |q| q.len() + 1);
        let mut full = String::with_capacity(self.prefix.len() + 1 + path_and_query.len() + query_len);
        full.push_str(&self.prefix);
        if !path_and_query.starts_with('/') {
            full.push('/');
        }
        full.push_str(path_and_query);
        if let Some(query) = &self.query {
            full.push(if path_and_query.contains('?') { '&' } else { '?' });
            full.push_str(query);
        }
        full
    }

    /// `host[:port]`.
    pub(crate) fn host(&self) -> &str {
        &self.host
    }

    /// The `host` header.
    pub(crate) fn host_header(&self) -> &HeaderValue {
        &self.host_header
    }
}

/// The base URL of the endpoint last used, shared by a client's clones.
#[derive(Debug, Default)]
pub(crate) struct BaseUrlCache {
    last: Mutex<Option<CachedBaseUrl>>,
}

#[derive(Debug)]
struct CachedBaseUrl {
    endpoint_url: String,
    default_port: Option<u16>,
    base: Arc<BaseUrl>,
}

impl BaseUrlCache {
    /// The base URL of `endpoint_url`, parsed only when it differs from the last one.
    pub(crate) fn get(&self, endpoint_url: &str, default_port: Option<u16>) -> Result<Arc<BaseUrl>, UnhandledError> {
        // A panic elsewhere while holding the lock leaves nothing half-written: the
        // slot is replaced whole.
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(cached) = last.as_ref() {
            if cached.endpoint_url == endpoint_url && cached.default_port == default_port {
                return Ok(Arc::clone(&cached.base));
            }
        }
        let base = Arc::new(BaseUrl::parse(endpoint_url, default_port)?);
        *last = Some(CachedBaseUrl {
            endpoint_url: endpoint_url.to_owned(),
            default_port,
            base: Arc::clone(&base),
        });
        Ok(base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_endpoint_is_parsed_once_and_a_new_one_replaces_it() {
        let cache = BaseUrlCache::default();
        let first = cache.get("https://a.example.com/base/", None).unwrap();
        let again = cache.get("https://a.example.com/base/", None).unwrap();
        assert!(Arc::ptr_eq(&first, &again), "the same endpoint reuses the parsed URL");
        assert_eq!(again.join("/x?y=1"), "https://a.example.com/base/x?y=1");

        let other_port = cache.get("https://a.example.com/base/", Some(8443)).unwrap();
        assert!(
            !Arc::ptr_eq(&first, &other_port),
            "another default port is another base"
        );
        assert_eq!(other_port.host(), "a.example.com:8443");

        let other = cache.get("http://127.0.0.1:9000", None).unwrap();
        assert_eq!(other.join("/p"), "http://127.0.0.1:9000/p");
        assert_eq!(other.host_header(), "127.0.0.1:9000");
    }

    #[test]
    fn an_invalid_endpoint_is_an_error_every_time_and_never_cached() {
        let cache = BaseUrlCache::default();
        for _ in 0..2 {
            let error = cache.get("ftp://h.com", None).unwrap_err();
            let error = crate::error::DisplayErrorContext(&error).to_string();
            assert!(error.contains("the scheme must be http or https"), "{error}");
        }
        assert!(cache.get("https://user@h.com", None).is_err());
    }

    #[test]
    fn an_endpoint_query_is_kept_after_the_requests_own() {
        let base = BaseUrl::parse("https://h.com/p?sig=1", None).unwrap();
        assert_eq!(base.join("/a"), "https://h.com/p/a?sig=1");
        assert_eq!(base.join("/a?x=2"), "https://h.com/p/a?x=2&sig=1");
    }
}
