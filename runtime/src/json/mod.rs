//! A token-level JSON reader for response bodies, which the generated clients
//! call from one reader function per shape.
//!
//! It reads as AWS clients do: `null` for any member means the member is
//! absent; integer members accept integral floats (`2.0`, `1e3`, `-0`); unknown
//! members of any type are skipped; a duplicate key keeps its last value. It is
//! strict where they are: an array, string or number where an object is
//! expected is an error, as are malformed JSON, invalid UTF-8 and nesting
//! deeper than [`DEFAULT_MAX_DEPTH`].
//!
//! ```
//! use smithy_runtime::json::JsonReader;
//!
//! let mut reader = JsonReader::new(br#"{"count": 2.0, "extra": [{"x": null}], "name": null}"#);
//! let (mut count, mut name) = (None, None);
//! assert!(reader.start_object("Shape")?);
//! while let Some(key) = reader.next_key()? {
//!     match key.as_ref() {
//!         "count" => count = reader.i32()?,
//!         "name" => name = reader.string()?,
//!         _ => reader.skip_value()?,
//!     }
//! }
//! reader.finish()?;
//! assert_eq!((count, name), (Some(2), None));
//! # Ok::<(), smithy_runtime::json::JsonError>(())
//! ```

mod error;
mod number;
mod reader;
mod string;
mod token;

pub use error::{JsonError, JsonErrorKind};
pub use number::Number;
pub use reader::JsonReader;
pub use token::{Token, Tokenizer, DEFAULT_MAX_DEPTH};

#[cfg(test)]
mod tests;
