//! The `application/x-www-form-urlencoded` body of the query protocols
//! (awsQuery): `Action=<Operation>&Version=<version>` then one `name=value`
//! pair per scalar of the input, in the order written. The generated writers
//! (one function per input shape) build the dotted names (`A.B`,
//! `A.member.1`, `A.entry.1.key`) with [`key`] and [`indexed`].
//!
//! ```
//! use smithy_runtime::protocol::query_writer::QueryWriter;
//!
//! let mut writer = QueryWriter::new("GetThing", "2020-01-08");
//! writer.write("Name", "a b/c");
//! writer.write("List", "");
//! assert_eq!(writer.finish(), b"Action=GetThing&Version=2020-01-08&Name=a%20b%2Fc&List=");
//! ```

use crate::{Blob, DateTime, TimestampFormat};

/// The `Content-Type` of a query request body.
pub const CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// A query body being written.
#[derive(Debug)]
pub struct QueryWriter {
    body: String,
}

impl QueryWriter {
    /// A body that starts with the operation and the service's version.
    pub fn new(action: &str, version: &str) -> Self {
        let mut writer = QueryWriter { body: String::new() };
        writer.write("Action", action);
        writer.write("Version", version);
        writer
    }

    /// Appends `name=value`, both percent-encoded.
    pub fn write(&mut self, name: &str, value: &str) {
        if !self.body.is_empty() {
            self.body.push('&');
        }
        super::http_bindings::encode_into(&mut self.body, name, false);
        self.body.push('=');
        super::http_bindings::encode_into(&mut self.body, value, false);
    }

    /// Appends a boolean, `true` or `false`.
    pub fn bool(&mut self, name: &str, value: bool) {
        self.write(name, if value { "true" } else { "false" });
    }

    /// Appends an integer.
    pub fn integer(&mut self, name: &str, value: impl Into<i64>) {
        self.write(name, &value.into().to_string());
    }

    /// Appends a float: `NaN`, `Infinity`, `-Infinity`, else its shortest
    /// decimal form.
    pub fn f64(&mut self, name: &str, value: f64) {
        self.write(name, &super::wire::fmt_float(value));
    }

    /// Appends an `f32` (see [`QueryWriter::f64`]), in its own shortest form.
    pub fn f32(&mut self, name: &str, value: f32) {
        self.write(name, &super::wire::fmt_f32(value));
    }

    /// Appends a blob, base64-encoded.
    pub fn blob(&mut self, name: &str, value: &Blob) {
        self.write(name, &value.to_base64());
    }

    /// Appends a timestamp in `format` (the protocol's default is date-time).
    pub fn timestamp(&mut self, name: &str, value: DateTime, format: TimestampFormat) {
        self.write(name, &value.fmt(format));
    }

    /// The body's bytes.
    pub fn finish(self) -> Vec<u8> {
        self.body.into_bytes()
    }
}

/// The name of member `name` inside `prefix` (`prefix.name`; `name` at the top).
pub fn key(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}.{name}")
    }
}

/// The name of the `index`th (from 0) element of a list or map at `prefix`:
/// `prefix.1` when flattened (`item` is `None`), else `prefix.item.1`.
pub fn indexed(prefix: &str, item: Option<&str>, index: usize) -> String {
    match item {
        Some(item) => format!("{prefix}.{item}.{}", index + 1),
        None => format!("{prefix}.{}", index + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_values_are_encoded_unreserved_characters_kept() {
        let mut writer = QueryWriter::new("Op", "2020");
        writer.write("A.member.1", "a+b=c&d~e_f-g.h %é");
        writer.bool("B", false);
        writer.integer("C", -3_i32);
        writer.f64("D", f64::NAN);
        writer.f32("E", 1.1);
        writer.blob("F", &Blob::new("hi"));
        writer.timestamp("G", DateTime::from_secs(0), TimestampFormat::DateTime);
        assert_eq!(
            String::from_utf8(writer.finish()).unwrap(),
            "Action=Op&Version=2020&A.member.1=a%2Bb%3Dc%26d~e_f-g.h%20%25%C3%A9&B=false&C=-3&D=NaN&E=1.1\
             &F=aGk%3D&G=1970-01-01T00%3A00%3A00Z"
        );
    }

    #[test]
    fn keys_nest_and_index_from_one() {
        assert_eq!(key("", "A"), "A");
        assert_eq!(key("A", "B"), "A.B");
        assert_eq!(indexed("A", Some("member"), 0), "A.member.1");
        assert_eq!(indexed("A", None, 1), "A.2");
    }
}
