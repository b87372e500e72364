//! What the generated drivers call: an operation's description, and the
//! outcome of one call.

pub(crate) mod responses;

use std::error::Error;
use std::fmt::Debug;

/// What the responses of one operation look like.
#[derive(Debug)]
pub(crate) struct OperationCase {
    /// The operation name.
    pub(crate) name: &'static str,
    /// Its modeled success status.
    pub(crate) success: u16,
    /// A valid body of its output.
    pub(crate) body: &'static str,
    /// Its modeled errors: name and a valid body.
    pub(crate) errors: &'static [(&'static str, &'static str)],
    /// The response headers its output reads (lowercase).
    pub(crate) headers: &'static [&'static str],
}

/// How a call ended.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// The operation's output.
    Ok,
    /// The operation's error, with its `Display` and that of every source.
    Err(String),
}

/// The outcome of `result`, printing the value or the whole error chain with
/// `Debug` and `Display` (which must not panic either).
pub(crate) fn outcome<T: Debug, E: Error>(result: Result<T, E>) -> Outcome {
    match result {
        Ok(value) => {
            let _ = format!("{value:?}");
            Outcome::Ok
        }
        Err(error) => {
            let _ = format!("{error:?}");
            let mut text = error.to_string();
            let mut source = error.source();
            while let Some(inner) = source {
                text.push_str(": ");
                text.push_str(&inner.to_string());
                source = inner.source();
            }
            Outcome::Err(text)
        }
    }
}
