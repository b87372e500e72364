//! The XML bodies of restXml requests, written element by element by the
//! generated writers (one function per input shape). Text and attribute
//! values are escaped; nothing is indented.
//!
//! ```
//! use smithy_runtime::protocol::xml_writer::XmlWriter;
//!
//! let mut writer = XmlWriter::new();
//! writer.start("Thing");
//! writer.attribute("xmlns", "https://example.com");
//! writer.open();
//! writer.element("Name", "a < b");
//! writer.end("Thing");
//! assert_eq!(writer.finish(), b"<Thing xmlns=\"https://example.com\"><Name>a &lt; b</Name></Thing>");
//! ```

use quick_xml::escape::escape;

/// The `Content-Type` of an XML request body.
pub const CONTENT_TYPE: &str = "application/xml";

/// An XML document being written.
#[derive(Debug, Default)]
pub struct XmlWriter {
    out: String,
    /// Attributes for the next start tag (see [`XmlWriter::attribute_next`]).
    pending: Vec<(String, String)>,
}

impl XmlWriter {
    /// An empty document.
    pub fn new() -> Self {
        XmlWriter::default()
    }

    /// Begins the start tag of `name` (`<name`), which takes attributes until
    /// [`XmlWriter::open`].
    pub fn start(&mut self, name: &str) {
        self.out.push('<');
        self.out.push_str(name);
        for (name, value) in std::mem::take(&mut self.pending) {
            self.attribute(&name, &value);
        }
    }

    /// Adds `name="value"` to the next start tag, whoever writes it (an
    /// `xmlns` a member asks for on the element its shape's writer writes).
    pub fn attribute_next(&mut self, name: &str, value: &str) {
        self.pending.push((name.to_owned(), value.to_owned()));
    }

    /// Adds `name="value"` to the start tag begun last.
    pub fn attribute(&mut self, name: &str, value: &str) {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        self.out.push_str(&escape(value));
        self.out.push('"');
    }

    /// Ends the start tag begun last (`>`).
    pub fn open(&mut self) {
        self.out.push('>');
    }

    /// Writes the end tag of `name`.
    pub fn end(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// Writes `value` as escaped text.
    pub fn text(&mut self, value: &str) {
        self.out.push_str(&escape(value));
    }

    /// Writes `<name>value</name>`.
    pub fn element(&mut self, name: &str, value: &str) {
        self.start(name);
        self.open();
        self.text(value);
        self.end(name);
    }

    /// The document's bytes.
    pub fn finish(self) -> Vec<u8> {
        self.out.into_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut writer = XmlWriter::new();
        writer.start("A");
        writer.attribute("b", "\"&'");
        writer.open();
        writer.element("C", "<x>&");
        writer.attribute_next("xmlns", "u");
        writer.start("D");
        writer.open();
        writer.end("D");
        writer.end("A");
        assert_eq!(
            String::from_utf8(writer.finish()).unwrap(),
            "<A b=\"&quot;&amp;&apos;\"><C>&lt;x&gt;&amp;</C><D xmlns=\"u\"></D></A>"
        );
    }
}
