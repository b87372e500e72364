//! An XML response body as a tree of elements, which the generated readers of
//! the XML protocols (awsQuery) walk, one function per shape.
//!
//! The body is read whole with `quick-xml` (entities and character references
//! decoded, CDATA kept as text, comments and processing instructions skipped):
//! malformed XML, mismatched end tags, invalid UTF-8 and nesting deeper than
//! [`MAX_DEPTH`] are [`XmlError`]s, never panics. Element and attribute names
//! are kept as written (`prefix:name`); namespaces (`xmlns`) are not checked.
//!
//! ```
//! use smithy_runtime::protocol::xml;
//!
//! let root = xml::parse(b"<Out><Name>a &amp; b</Name><Count> 2 </Count></Out>")?;
//! assert_eq!(root.child("Name").map(|e| e.text()), Some("a & b"));
//! assert_eq!(root.child("Count").unwrap().value().i32()?, 2);
//! # Ok::<(), smithy_runtime::protocol::xml::XmlError>(())
//! ```

use std::fmt;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::error::UnhandledError;
use crate::http::HttpResponse;
use crate::{BigDecimal, BigInteger, Blob, DateTime, TimestampFormat};

/// How deeply elements may nest: deeper documents are refused, so that a
/// hostile body cannot exhaust the stack of the generated readers.
pub const MAX_DEPTH: usize = 128;

/// A body that is not the XML expected, with what was wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct XmlError {
    message: String,
}

impl XmlError {
    /// An error saying `message`.
    pub fn new(message: impl Into<String>) -> Self {
        XmlError {
            message: message.into(),
        }
    }
}

impl fmt::Display for XmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for XmlError {}

/// One element: its name, attributes, child elements and text (the
/// concatenation of its own text and CDATA, entities decoded).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct XmlElement {
    name: String,
    attributes: Vec<(String, String)>,
    children: Vec<XmlElement>,
    text: String,
}

impl XmlElement {
    /// The element's attributes, in the order written (names with any prefix).
    pub fn attributes(&self) -> &[(String, String)] {
        &self.attributes
    }

    /// The element's name as written, with any prefix (`ns:Name`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The element's own text (not that of its children).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The child elements, in document order.
    pub fn children(&self) -> &[XmlElement] {
        &self.children
    }

    /// The first child element named `name`.
    pub fn child(&self, name: &str) -> Option<&XmlElement> {
        self.children.iter().find(|c| c.name == name)
    }

    /// The trimmed text of the first child named `name`, unless it is empty: how
    /// the XML protocols read an envelope's `Code`, `Message` and `RequestId`.
    pub fn child_text(&self, name: &str) -> Option<String> {
        self.child(name)
            .map(|c| c.text().trim().to_owned())
            .filter(|t| !t.is_empty())
    }

    /// Takes the first child element named `name` out of the element.
    pub fn take_child(&mut self, name: &str) -> Option<XmlElement> {
        let index = self.children.iter().position(|c| c.name == name)?;
        Some(self.children.swap_remove(index))
    }

    /// The value of the attribute named `name` (as written, `xsi:type`).
    pub fn attribute(&self, name: &str) -> Option<Scalar<'_>> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(n, value)| Scalar { text: value, name: n })
    }

    /// The element's text as a scalar value to parse.
    pub fn value(&self) -> Scalar<'_> {
        Scalar {
            text: &self.text,
            name: &self.name,
        }
    }
}

/// The text of an element or attribute, parsed as the member's type asks;
/// a value that does not parse is an [`XmlError`] naming the element.
#[derive(Clone, Copy, Debug)]
pub struct Scalar<'a> {
    text: &'a str,
    name: &'a str,
}

macro_rules! integer {
    ($($method:ident: $ty:ty),*) => {$(
        #[doc = concat!("The value as an `", stringify!($ty), "`.")]
        pub fn $method(self) -> Result<$ty, XmlError> {
            self.text.trim().parse().map_err(|_| self.invalid(stringify!($ty)))
        }
    )*};
}

impl Scalar<'_> {
    fn invalid(self, expected: &str) -> XmlError {
        XmlError::new(format!(
            "`{}` holds {:?}, which is not {expected}",
            self.name, self.text
        ))
    }

    /// The text as written.
    pub fn string(self) -> String {
        self.text.to_owned()
    }

    /// `true` or `false`.
    pub fn bool(self) -> Result<bool, XmlError> {
        match self.text.trim() {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(self.invalid("a boolean")),
        }
    }

    integer!(i8: i8, i16: i16, i32: i32, i64: i64);

    /// The value as an `f64`: a decimal number, `NaN`, `Infinity` or `-Infinity`.
    pub fn f64(self) -> Result<f64, XmlError> {
        super::wire::parse_float(self.text.trim()).ok_or_else(|| self.invalid("a number"))
    }

    /// The value as an `f32` (see [`Scalar::f64`]).
    pub fn f32(self) -> Result<f32, XmlError> {
        // The nearest `f32` is what the member holds.
        #[allow(clippy::cast_possible_truncation)]
        self.f64().map(|v| v as f32)
    }

    /// The value as a [`BigInteger`].
    pub fn big_integer(self) -> Result<BigInteger, XmlError> {
        BigInteger::from_json_number_text(self.text).map_err(|_| self.invalid("an integer"))
    }

    /// The value as a [`BigDecimal`].
    pub fn big_decimal(self) -> Result<BigDecimal, XmlError> {
        BigDecimal::from_json_number_text(self.text).map_err(|_| self.invalid("a number"))
    }

    /// The bytes of the base64 text.
    pub fn blob(self) -> Result<Blob, XmlError> {
        Blob::from_base64(self.text.trim()).map_err(|_| self.invalid("base64"))
    }

    /// A timestamp in `format`.
    pub fn timestamp(self, format: TimestampFormat) -> Result<DateTime, XmlError> {
        DateTime::parse(self.text.trim(), format).map_err(|e| XmlError::new(format!("`{}`: {e}", self.name)))
    }
}

/// The error of an XML protocol's response whose body does not hold what its
/// shape says (`source` says why), with the request id the protocol read.
pub(crate) fn malformed_response(
    response: &HttpResponse,
    request_id: Option<String>,
    source: impl Into<crate::error::BoxError>,
) -> UnhandledError {
    UnhandledError::response(
        response.status,
        "the response body is not the expected XML",
        response.body.to_vec(),
        source,
    )
    .with_request_id(request_id)
}

/// Parses a whole document into its root element. Anything but whitespace,
/// comments and processing instructions around the root is an error.
pub fn parse(bytes: &[u8]) -> Result<XmlElement, XmlError> {
    let text = std::str::from_utf8(bytes).map_err(|e| XmlError::new(format!("the body is not UTF-8: {e}")))?;
    let mut reader = Reader::from_str(text);
    let mut open: Vec<XmlElement> = Vec::new();
    let mut root = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| XmlError::new(format!("malformed XML at byte {}: {e}", reader.error_position())))?;
        match event {
            Event::Start(start) => {
                if root.is_some() {
                    return Err(XmlError::new("content after the root element"));
                }
                if open.len() >= MAX_DEPTH {
                    return Err(XmlError::new(format!("elements nest deeper than {MAX_DEPTH} levels")));
                }
                open.push(element(&start)?);
            }
            Event::Empty(start) => {
                let element = element(&start)?;
                close(&mut open, &mut root, element)?;
            }
            Event::End(_) => {
                let element = open
                    .pop()
                    .ok_or_else(|| XmlError::new("an end tag without a start tag"))?;
                close(&mut open, &mut root, element)?;
            }
            Event::Text(text) => {
                let decoded = text
                    .unescape()
                    .map_err(|e| XmlError::new(format!("malformed text: {e}")))?;
                match open.last_mut() {
                    Some(parent) => parent.text.push_str(&decoded),
                    None if decoded.trim().is_empty() => {}
                    None => return Err(XmlError::new("text outside the root element")),
                }
            }
            Event::CData(data) => {
                let parent = open
                    .last_mut()
                    .ok_or_else(|| XmlError::new("CDATA outside the root element"))?;
                let data = std::str::from_utf8(&data).map_err(|e| XmlError::new(format!("CDATA is not UTF-8: {e}")))?;
                parent.text.push_str(data);
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
        }
    }
    if !open.is_empty() {
        return Err(XmlError::new("the document ends inside an element"));
    }
    root.ok_or_else(|| XmlError::new("the body holds no XML element"))
}

/// Ends `element`: a child of the open element, else the root.
fn close(open: &mut [XmlElement], root: &mut Option<XmlElement>, element: XmlElement) -> Result<(), XmlError> {
    match open.last_mut() {
        Some(parent) => parent.children.push(element),
        None if root.is_none() => *root = Some(element),
        None => return Err(XmlError::new("content after the root element")),
    }
    Ok(())
}

/// A new element with the name and attributes of its start tag.
fn element(start: &BytesStart<'_>) -> Result<XmlElement, XmlError> {
    let name = utf8(start.name().as_ref())?;
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|e| XmlError::new(format!("malformed attribute of `{name}`: {e}")))?;
        let value = attribute
            .unescape_value()
            .map_err(|e| XmlError::new(format!("malformed attribute of `{name}`: {e}")))?;
        attributes.push((utf8(attribute.key.as_ref())?, value.into_owned()));
    }
    Ok(XmlElement {
        name,
        attributes,
        children: Vec::new(),
        text: String::new(),
    })
}

fn utf8(bytes: &[u8]) -> Result<String, XmlError> {
    String::from_utf8(bytes.to_vec()).map_err(|e| XmlError::new(format!("a name is not UTF-8: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_elements_attributes_text_and_entities() {
        let root = parse(
            br#"<?xml version="1.0"?><!-- c --><A xmlns="urn:x" xsi:k="v &lt;1&gt;"><B>x &#x41;&#66; <![CDATA[<y>]]></B><B/></A>"#,
        )
        .unwrap();
        assert_eq!(root.name(), "A");
        assert_eq!(root.attribute("xsi:k").unwrap().string(), "v <1>");
        assert_eq!(root.children().len(), 2);
        assert_eq!(root.child("B").unwrap().text(), "x AB <y>");
        assert_eq!(root.children()[1].text(), "");
        assert!(root.child("C").is_none());
    }

    #[test]
    fn scalars_parse_or_name_the_element() {
        let root = parse(b"<A><N> 12 </N><F>-Infinity</F><T>true</T><Bad>x</Bad><Blob>aGk=</Blob></A>").unwrap();
        assert_eq!(root.child("N").unwrap().value().i64(), Ok(12));
        assert_eq!(root.child("F").unwrap().value().f64(), Ok(f64::NEG_INFINITY));
        assert_eq!(root.child("T").unwrap().value().bool(), Ok(true));
        assert_eq!(root.child("Blob").unwrap().value().blob().unwrap().as_ref(), b"hi");
        let error = root.child("Bad").unwrap().value().i32().unwrap_err();
        assert!(error.to_string().contains("`Bad`"), "{error}");
        assert!(root.child("Bad").unwrap().value().bool().is_err());
        assert!(root
            .child("Bad")
            .unwrap()
            .value()
            .timestamp(TimestampFormat::DateTime)
            .is_err());
    }

    #[test]
    fn child_text_is_trimmed_and_empty_text_is_none() {
        let root = parse(b"<R><Code> Throttling </Code><Message>  </Message><Empty/></R>").unwrap();
        assert_eq!(root.child_text("Code").as_deref(), Some("Throttling"));
        assert_eq!(root.child_text("Message"), None);
        assert_eq!(root.child_text("Empty"), None);
        assert_eq!(root.child_text("Absent"), None);
    }

    #[test]
    fn malformed_documents_are_errors() {
        for body in [
            &b""[..],
            b"not xml",
            b"<A><B></A>",
            b"<A>",
            b"<A></A><B/>",
            b"<A>&unknown;</A>",
            b"<A>\xff</A>",
            b"<A x='1' x='2'/>",
        ] {
            assert!(parse(body).is_err(), "{}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = format!("{}{}", "<a>".repeat(MAX_DEPTH + 1), "</a>".repeat(MAX_DEPTH + 1));
        assert!(parse(deep.as_bytes()).unwrap_err().to_string().contains("deeper"));
        let ok = format!("{}{}", "<a>".repeat(MAX_DEPTH), "</a>".repeat(MAX_DEPTH));
        assert!(parse(ok.as_bytes()).is_ok());
    }
}
