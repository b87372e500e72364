//! Errors the generator reports: each names the shape and the problem.

use std::fmt;

/// One problem found in a model, naming where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The model file is not valid JSON.
    #[error("{file}:{line}:{column}: malformed JSON: {message}")]
    Json {
        /// The file that failed to parse.
        file: String,
        /// Line of the error, 1-based.
        line: usize,
        /// Column of the error, 1-based.
        column: usize,
        /// What the JSON parser reported.
        message: String,
    },
    /// The document is JSON but not a Smithy JSON AST.
    #[error("{file}: not a Smithy JSON AST model: {message}")]
    NotAModel {
        /// The file that was read.
        file: String,
        /// What is wrong.
        message: String,
    },
    /// A shape, member or trait is invalid.
    #[error("{shape}: {message}")]
    Shape {
        /// The shape id (with `$member` when a member is at fault).
        shape: String,
        /// What is wrong.
        message: String,
    },
    /// A problem with the model as a whole, such as a missing service.
    #[error("{0}")]
    Model(String),
}

impl Error {
    /// A problem with one shape or member.
    pub fn shape(shape: impl fmt::Display, message: impl Into<String>) -> Self {
        Error::Shape {
            shape: shape.to_string(),
            message: message.into(),
        }
    }
}

/// Every problem found in one run, reported together.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Errors(pub Vec<Error>);

impl Errors {
    /// Adds one problem.
    pub fn push(&mut self, error: Error) {
        self.0.push(error);
    }

    /// True when no problem was found.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(value)` when no problem was found, else every problem, sorted for stable output.
    pub fn into_result<T>(mut self, value: T) -> Result<T, Errors> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            self.0.sort_by_key(|e| e.to_string());
            self.0.dedup();
            Err(self)
        }
    }
}

impl From<Error> for Errors {
    fn from(error: Error) -> Self {
        Errors(vec![error])
    }
}

impl fmt::Display for Errors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.0.len();
        writeln!(f, "{count} problem{} in the model:", if count == 1 { "" } else { "s" })?;
        for error in &self.0 {
            writeln!(f, "  - {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Errors {}
