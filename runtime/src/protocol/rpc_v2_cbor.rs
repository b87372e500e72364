//! `smithy.protocols#rpcv2Cbor` helpers: the CBOR writer and reader the
//! generated serializers and deserializers call, and the error code, message
//! and request id of an error response.
//!
//! Bodies are CBOR maps of the members. Blobs are byte strings, timestamps tag 1
//! over epoch seconds (an integer or a float), `null` (or `undefined`) means
//! absent. The reader takes definite and indefinite lengths alike, skips what
//! it does not know and never panics: a body it cannot read is a [`CborError`].
//! An error response names its error by the body's `__type` (namespace and
//! `:suffix` stripped); an `@awsQueryCompatible` service's awsQuery code comes
//! from `x-amzn-query-error`, as for awsJson (see [`super::aws_json`]).

use std::borrow::Cow;
use std::fmt;

use minicbor::data::{Tag, Type};
use minicbor::{Decoder, Encoder};

use super::rest_json::sanitize_error_code;
use crate::error::{ErrorMetadata, UnhandledError};
use crate::http::HttpResponse;
use crate::{Blob, DateTime};

/// The header that names the protocol on every request.
pub const PROTOCOL_HEADER: &str = "smithy-protocol";
/// The value of [`PROTOCOL_HEADER`].
pub const PROTOCOL: &str = "rpc-v2-cbor";
/// The media type of a CBOR body (`Content-Type` and `Accept`).
pub const CONTENT_TYPE: &str = "application/cbor";

/// CBOR's tag of an epoch-seconds date and time.
const EPOCH_TAG: u64 = 1;
/// How deeply maps and arrays may nest in a body the reader reads.
const MAX_DEPTH: usize = 128;

/// Why a CBOR body could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CborError {
    message: String,
}

impl CborError {
    fn new(message: impl Into<String>) -> Self {
        CborError {
            message: message.into(),
        }
    }
}

impl fmt::Display for CborError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CborError {}

impl From<minicbor::decode::Error> for CborError {
    fn from(e: minicbor::decode::Error) -> Self {
        CborError::new(format!("malformed CBOR: {e}"))
    }
}

/// Writes one CBOR value into memory. Structures are written as maps of
/// indefinite length (their present members are not counted first).
#[derive(Debug)]
pub struct CborWriter {
    encoder: Encoder<Vec<u8>>,
}

impl Default for CborWriter {
    fn default() -> Self {
        CborWriter::new()
    }
}

/// Writing into a `Vec` cannot fail; the encoder's `Result` says nothing.
macro_rules! write {
    ($self:ident . $call:ident ( $($arg:expr),* )) => {{
        let _infallible = $self.encoder.$call($($arg),*);
        $self
    }};
}

impl CborWriter {
    /// An empty writer.
    pub fn new() -> Self {
        CborWriter {
            encoder: Encoder::new(Vec::new()),
        }
    }

    /// The bytes written.
    pub fn into_bytes(self) -> Vec<u8> {
        self.encoder.into_writer()
    }

    /// Starts a map of indefinite length, closed by [`CborWriter::end`].
    pub fn begin_map(&mut self) -> &mut Self {
        write!(self.begin_map())
    }

    /// Closes the map started last with [`CborWriter::begin_map`].
    pub fn end(&mut self) -> &mut Self {
        write!(self.end())
    }

    /// Starts a map of `len` entries (keys and values follow).
    pub fn map(&mut self, len: usize) -> &mut Self {
        write!(self.map(len as u64))
    }

    /// Starts an array of `len` items.
    pub fn array(&mut self, len: usize) -> &mut Self {
        write!(self.array(len as u64))
    }

    /// A text string (also a map key).
    pub fn str(&mut self, value: &str) -> &mut Self {
        write!(self.str(value))
    }

    /// A boolean.
    pub fn bool(&mut self, value: bool) -> &mut Self {
        write!(self.bool(value))
    }

    /// An integer of any width.
    pub fn int(&mut self, value: impl Into<i64>) -> &mut Self {
        write!(self.i64(value.into()))
    }

    /// A single-precision float (NaN and the infinities included).
    pub fn f32(&mut self, value: f32) -> &mut Self {
        write!(self.f32(value))
    }

    /// A double-precision float (NaN and the infinities included).
    pub fn f64(&mut self, value: f64) -> &mut Self {
        write!(self.f64(value))
    }

    /// A blob, as a byte string.
    pub fn blob(&mut self, value: &Blob) -> &mut Self {
        write!(self.bytes(value.as_ref()))
    }

    /// A timestamp: tag 1 over its epoch seconds, an integer when whole, else a float.
    pub fn timestamp(&mut self, value: &DateTime) -> &mut Self {
        let _infallible = self.encoder.tag(Tag::new(EPOCH_TAG));
        if value.subsec_nanos() == 0 {
            write!(self.i64(value.secs()))
        } else {
            write!(self.f64(value.as_secs_f64()))
        }
    }

    /// `null`: an absent item of a sparse list or map.
    pub fn null(&mut self) -> &mut Self {
        write!(self.null())
    }
}

/// Reads one CBOR value, item by item, straight into the caller's types.
///
/// Each reading method takes the next item and gives `None` for `null` or
/// `undefined`; an item of another type than asked is an error.
#[derive(Debug)]
pub struct CborReader<'a> {
    decoder: Decoder<'a>,
    /// The maps and arrays started and not ended: how many keys or items each
    /// has left, `None` when its length is indefinite.
    open: Vec<Option<u64>>,
}

impl<'a> CborReader<'a> {
    /// A reader of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        CborReader {
            decoder: Decoder::new(bytes),
            open: Vec::new(),
        }
    }

    /// An error about the value just read.
    pub fn invalid(&self, message: impl Into<String>) -> CborError {
        CborError::new(format!("{} (at byte {})", message.into(), self.decoder.position()))
    }

    fn datatype(&self) -> Result<Type, CborError> {
        Ok(self.decoder.datatype()?)
    }

    /// Consumes a `null` or `undefined` and says so; leaves anything else.
    fn null(&mut self) -> Result<bool, CborError> {
        match self.datatype()? {
            Type::Null => self.decoder.null()?,
            Type::Undefined => self.decoder.undefined()?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn unexpected(&self, expected: &str) -> CborError {
        let found = self
            .decoder
            .datatype()
            .map_or_else(|_| "the end of the body".to_owned(), |t| t.to_string());
        self.invalid(format!("expected {expected}, found {found}"))
    }

    fn open(&mut self, len: Option<u64>) -> Result<(), CborError> {
        if self.open.len() >= MAX_DEPTH {
            return Err(self.invalid(format!("maps and arrays nest deeper than {MAX_DEPTH} levels")));
        }
        self.open.push(len);
        Ok(())
    }

    /// Whether the map or array started last has another entry; consumes its
    /// end (the break of an indefinite one) when not.
    fn has_next(&mut self) -> Result<bool, CborError> {
        let at_break = self.datatype().is_ok_and(|t| t == Type::Break);
        let more = match self.open.last_mut() {
            Some(Some(0)) => false,
            Some(Some(n)) => {
                *n -= 1;
                true
            }
            Some(None) if at_break => {
                // The break is one byte (0xff).
                self.decoder.set_position(self.decoder.position() + 1);
                false
            }
            Some(None) => true,
            None => return Err(self.invalid("no map or array is open")),
        };
        if !more {
            self.open.pop();
        }
        Ok(more)
    }

    /// Starts the map of a structure, union or map (`what` names it in the
    /// error); `false` for `null`, whose map is absent.
    pub fn start_object(&mut self, what: &str) -> Result<bool, CborError> {
        if self.null()? {
            return Ok(false);
        }
        if !matches!(self.datatype()?, Type::Map | Type::MapIndef) {
            return Err(self.unexpected(&format!("`{what}` to be a map")));
        }
        let len = self.decoder.map()?;
        self.open(len)?;
        Ok(true)
    }

    /// The next key of the map started, or `None` at its end (which is
    /// consumed). The key's value must be read or skipped next.
    pub fn next_key(&mut self) -> Result<Option<Cow<'a, str>>, CborError> {
        if !self.has_next()? {
            return Ok(None);
        }
        match self.text()? {
            Some(key) => Ok(Some(key)),
            None => Err(self.invalid("a map key is null")),
        }
    }

    /// Starts an array (`what` names it in the error); `false` for `null`.
    pub fn start_array(&mut self, what: &str) -> Result<bool, CborError> {
        if self.null()? {
            return Ok(false);
        }
        if !matches!(self.datatype()?, Type::Array | Type::ArrayIndef) {
            return Err(self.unexpected(&format!("`{what}` to be an array")));
        }
        let len = self.decoder.array()?;
        self.open(len)?;
        Ok(true)
    }

    /// Whether the array started has another item (read it next); consumes
    /// its end when not.
    pub fn next_element(&mut self) -> Result<bool, CborError> {
        self.has_next()
    }

    /// Skips one value, whatever its type and nesting.
    pub fn skip_value(&mut self) -> Result<(), CborError> {
        Ok(self.decoder.skip()?)
    }

    /// Whether the value is present (not `null`); skips it.
    pub fn present(&mut self) -> Result<bool, CborError> {
        if self.null()? {
            return Ok(false);
        }
        self.skip_value()?;
        Ok(true)
    }

    /// A text string, of definite or indefinite length.
    fn text(&mut self) -> Result<Option<Cow<'a, str>>, CborError> {
        match self.datatype()? {
            Type::String => Ok(Some(Cow::Borrowed(self.decoder.str()?))),
            Type::StringIndef => {
                let mut text = String::new();
                for chunk in self.decoder.str_iter()? {
                    text.push_str(chunk?);
                }
                Ok(Some(Cow::Owned(text)))
            }
            _ if self.null()? => Ok(None),
            _ => Err(self.unexpected("a text string")),
        }
    }

    /// A string.
    pub fn string(&mut self) -> Result<Option<String>, CborError> {
        Ok(self.text()?.map(Cow::into_owned))
    }

    /// A blob: a byte string of definite or indefinite length.
    pub fn blob(&mut self) -> Result<Option<Blob>, CborError> {
        match self.datatype()? {
            Type::Bytes => Ok(Some(Blob::new(self.decoder.bytes()?))),
            Type::BytesIndef => {
                let mut bytes = Vec::new();
                for chunk in self.decoder.bytes_iter()? {
                    bytes.extend_from_slice(chunk?);
                }
                Ok(Some(Blob::new(bytes)))
            }
            _ if self.null()? => Ok(None),
            _ => Err(self.unexpected("a byte string")),
        }
    }

    /// A boolean.
    pub fn bool(&mut self) -> Result<Option<bool>, CborError> {
        match self.datatype()? {
            Type::Bool => Ok(Some(self.decoder.bool()?)),
            _ if self.null()? => Ok(None),
            _ => Err(self.unexpected("a boolean")),
        }
    }

    /// An integer, whatever its encoded width, that fits `T`.
    fn integer<T: TryFrom<minicbor::data::Int>>(&mut self, what: &str) -> Result<Option<T>, CborError> {
        match self.datatype()? {
            Type::U8 | Type::U16 | Type::U32 | Type::U64 | Type::I8 | Type::I16 | Type::I32 | Type::I64 | Type::Int => {
                let value = self.decoder.int()?;
                T::try_from(value)
                    .map(Some)
                    .map_err(|_| self.invalid(format!("{value} does not fit {what}")))
            }
            _ if self.null()? => Ok(None),
            _ => Err(self.unexpected(&format!("an integer ({what})"))),
        }
    }

    /// A byte (`i8`).
    pub fn i8(&mut self) -> Result<Option<i8>, CborError> {
        self.integer("a byte")
    }

    /// A short (`i16`).
    pub fn i16(&mut self) -> Result<Option<i16>, CborError> {
        self.integer("a short")
    }

    /// An integer (`i32`).
    pub fn i32(&mut self) -> Result<Option<i32>, CborError> {
        self.integer("an integer")
    }

    /// A long (`i64`).
    pub fn i64(&mut self) -> Result<Option<i64>, CborError> {
        self.integer("a long")
    }

    /// A number as `f64`: a half, single or double float, or an integer.
    pub fn f64(&mut self) -> Result<Option<f64>, CborError> {
        match self.datatype()? {
            Type::F16 => self.half().map(Some),
            Type::F32 => Ok(Some(f64::from(self.decoder.f32()?))),
            Type::F64 => Ok(Some(self.decoder.f64()?)),
            _ if self.null()? => Ok(None),
            _ => Ok(self.integer::<i64>("a number")?.map(|v| v as f64)),
        }
    }

    /// A half-precision float (major type 7, additional information 25).
    fn half(&mut self) -> Result<f64, CborError> {
        let start = self.decoder.position();
        let bits = match self.decoder.input().get(start + 1..start + 3) {
            Some(&[high, low]) => u16::from_be_bytes([high, low]),
            _ => return Err(self.invalid("a half-precision float is cut short")),
        };
        self.decoder.set_position(start + 3);
        let sign = if bits & 0x8000 == 0 { 1.0 } else { -1.0 };
        let exponent = i32::from((bits >> 10) & 0x1f);
        let fraction = f64::from(bits & 0x3ff);
        let magnitude = match exponent {
            0 => fraction * 2f64.powi(-24),
            31 if fraction == 0.0 => f64::INFINITY,
            31 => f64::NAN,
            _ => (1.0 + fraction / 1024.0) * 2f64.powi(exponent - 15),
        };
        Ok(sign * magnitude)
    }

    /// A number as `f32` (a double is narrowed).
    pub fn f32(&mut self) -> Result<Option<f32>, CborError> {
        Ok(self.f64()?.map(|v| v as f32))
    }

    /// A timestamp: epoch seconds (an integer or a float), tagged 1 or not.
    pub fn timestamp(&mut self) -> Result<Option<DateTime>, CborError> {
        if self.datatype()? == Type::Tag {
            let tag = self.decoder.tag()?;
            if tag.as_u64() != EPOCH_TAG {
                return Err(self.invalid(format!("a timestamp has tag {}, not 1", tag.as_u64())));
            }
        }
        match self.datatype()? {
            Type::F16 | Type::F32 | Type::F64 => {
                let secs = self.f64()?.unwrap_or_default();
                if !secs.is_finite() {
                    return Err(self.invalid("a timestamp is not a finite number"));
                }
                Ok(Some(DateTime::from_secs_f64(secs)))
            }
            _ => Ok(self.integer::<i64>("epoch seconds")?.map(DateTime::from_secs)),
        }
    }

    /// Fails unless the whole input was read.
    pub fn finish(&mut self) -> Result<(), CborError> {
        if self.decoder.position() < self.decoder.input().len() {
            return Err(self.invalid("bytes follow the CBOR value"));
        }
        Ok(())
    }
}

/// The body as a map read with `read` (which starts at the map); an empty
/// body reads as an empty map.
fn read_map<T>(
    response: &HttpResponse,
    read: impl FnOnce(&mut CborReader<'_>) -> Result<T, CborError>,
) -> Result<T, CborError> {
    // An empty indefinite-length map: `{_ }`.
    const EMPTY_MAP: &[u8] = &[0xbf, 0xff];
    let bytes: &[u8] = if response.body.is_empty() {
        EMPTY_MAP
    } else {
        &response.body
    };
    let mut reader = CborReader::new(bytes);
    if !matches!(reader.datatype()?, Type::Map | Type::MapIndef) {
        return Err(reader.unexpected("the response body to be a map"));
    }
    let value = read(&mut reader)?;
    reader.finish()?;
    Ok(value)
}

/// Reads the CBOR map of a response body with `read`, a generated reader that
/// starts at the map; an empty body reads as an empty map. A body that is not
/// a map or not well-formed CBOR is a typed error.
pub fn read_body<T>(
    response: &HttpResponse,
    read: impl FnOnce(&mut CborReader<'_>) -> Result<T, CborError>,
) -> Result<T, UnhandledError> {
    read_map(response, read).map_err(|e| {
        UnhandledError::response(
            response.status,
            "the response body is not the expected CBOR",
            response.body.to_vec(),
            e,
        )
        .with_request_id(request_id(response))
    })
}

/// A modeled error's members, read from its body with `read` (its generated
/// reader). A body that cannot be read leaves them at their defaults: the error
/// is still the one its code names, with the response's metadata.
pub fn read_error<T: Default>(
    response: &HttpResponse,
    read: impl FnOnce(&mut CborReader<'_>) -> Result<Option<T>, CborError>,
) -> T {
    read_map(response, read).ok().flatten().unwrap_or_default()
}

/// The string members of an error body that name and describe the error.
#[derive(Default)]
struct ErrorBody {
    type_: Option<String>,
    message: Option<String>,
    message_upper: Option<String>,
}

impl ErrorBody {
    /// `__type`, `message` and `Message` of a map body, every other member
    /// skipped; a body that is not a readable map gives none.
    fn read(response: &HttpResponse) -> ErrorBody {
        let read = |reader: &mut CborReader<'_>| -> Result<ErrorBody, CborError> {
            let mut body = ErrorBody::default();
            reader.start_object("an error body")?;
            while let Some(key) = reader.next_key()? {
                let slot = match key.as_ref() {
                    "__type" => &mut body.type_,
                    "message" => &mut body.message,
                    "Message" => &mut body.message_upper,
                    _ => {
                        reader.skip_value()?;
                        continue;
                    }
                };
                // A member of another type does not name the error.
                *slot = match reader.datatype()? {
                    Type::String | Type::StringIndef => reader.string()?,
                    _ => {
                        reader.skip_value()?;
                        None
                    }
                };
            }
            Ok(body)
        };
        read_map(response, read).unwrap_or_default()
    }
}

/// The error code of an error response: its body's `__type`, sanitized of any
/// namespace (`ns#`) and `:suffix`.
pub fn error_code(response: &HttpResponse) -> Option<String> {
    code_of(&ErrorBody::read(response))
}

fn code_of(body: &ErrorBody) -> Option<String> {
    let code = sanitize_error_code(body.type_.as_deref()?);
    (!code.is_empty()).then(|| code.to_owned())
}

/// The request id: header `x-amzn-requestid`, else `x-amz-request-id`.
pub fn request_id(response: &HttpResponse) -> Option<String> {
    super::header_request_id(response).map(str::to_owned)
}

/// Status, code, message and request id of an error response (a body that is
/// not a CBOR map gives no code or message, never an error).
pub fn error_metadata(response: &HttpResponse) -> ErrorMetadata {
    let body = ErrorBody::read(response);
    let code = code_of(&body);
    let message = body.message.or(body.message_upper);
    ErrorMetadata::new(code, message, request_id(response)).with_status(response.status)
}

/// The [`UnhandledError`] for an error response the operation does not model.
pub fn unhandled_error(response: &HttpResponse) -> UnhandledError {
    UnhandledError::from_service_metadata(error_metadata(response), response.body.to_vec())
}

/// For an `@awsQueryCompatible` service: the error shape's name (which tells
/// the modeled errors apart), and the metadata, whose code is the awsQuery
/// code of `x-amzn-query-error` when the header gives one.
pub fn query_compatible_metadata(response: &HttpResponse) -> (Option<String>, ErrorMetadata) {
    let meta = error_metadata(response);
    let shape_code = meta.code().map(str::to_owned);
    let meta = match super::aws_json::query_error_code(response) {
        Some(code) => meta.with_code(code),
        None => meta,
    };
    (shape_code, meta)
}

/// [`unhandled_error`] for an `@awsQueryCompatible` service.
pub fn query_compatible_unhandled_error(response: &HttpResponse) -> UnhandledError {
    let (_, meta) = query_compatible_metadata(response);
    UnhandledError::from_service_metadata(meta, response.body.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_body(type_: &str, message: &str) -> Vec<u8> {
        let mut w = CborWriter::new();
        w.begin_map().str("__type").str(type_).str("message").str(message);
        w.str("other").array(1).int(1).end();
        w.into_bytes()
    }

    #[test]
    fn writer_and_reader_round_trip_every_scalar() {
        let mut w = CborWriter::new();
        w.begin_map();
        w.str("s").str("text").str("b").bool(true).str("i").int(-7i32);
        w.str("l")
            .int(i64::MAX)
            .str("f")
            .f32(f32::INFINITY)
            .str("d")
            .f64(f64::NAN);
        w.str("blob").blob(&Blob::new(b"xy".to_vec()));
        w.str("t").timestamp(&DateTime::from_secs(1_700_000_000));
        w.str("tf").timestamp(&DateTime::from_millis(1_500));
        w.str("n").null();
        w.end();
        let bytes = w.into_bytes();
        let mut r = CborReader::new(&bytes);
        assert!(r.start_object("T").unwrap());
        let mut seen = Vec::new();
        while let Some(key) = r.next_key().unwrap() {
            match key.as_ref() {
                "s" => assert_eq!(r.string().unwrap().as_deref(), Some("text")),
                "b" => assert_eq!(r.bool().unwrap(), Some(true)),
                "i" => assert_eq!(r.i8().unwrap(), Some(-7)),
                "l" => assert_eq!(r.i64().unwrap(), Some(i64::MAX)),
                "f" => assert_eq!(r.f32().unwrap(), Some(f32::INFINITY)),
                "d" => assert!(r.f64().unwrap().unwrap().is_nan()),
                "blob" => assert_eq!(r.blob().unwrap().unwrap().as_ref(), b"xy"),
                "t" => assert_eq!(r.timestamp().unwrap(), Some(DateTime::from_secs(1_700_000_000))),
                "tf" => assert_eq!(r.timestamp().unwrap(), Some(DateTime::from_millis(1_500))),
                "n" => assert_eq!(r.string().unwrap(), None),
                other => panic!("unexpected key {other}"),
            }
            seen.push(key.into_owned());
        }
        assert_eq!(seen.len(), 10);
        r.finish().unwrap();
        // Half-precision floats: 1.5, -infinity, NaN.
        for (bytes, expected) in [([0xf9, 0x3e, 0x00], 1.5), ([0xf9, 0xfc, 0x00], f64::NEG_INFINITY)] {
            assert_eq!(CborReader::new(&bytes).f64().unwrap(), Some(expected));
        }
        assert!(CborReader::new(&[0xf9, 0x7e, 0x00]).f64().unwrap().unwrap().is_nan());
        r.finish().unwrap();
    }

    #[test]
    fn indefinite_strings_lists_and_maps_are_read() {
        // {_ "a": [_ (_ "x", "y")], "b": h'01' } with an indefinite key.
        let bytes = [
            0xbf, 0x61, b'a', 0x9f, 0x7f, 0x61, b'x', 0x61, b'y', 0xff, 0xff, 0x7f, 0x61, b'b', 0xff, 0x5f, 0x41, 0x01,
            0xff, 0xff,
        ];
        let mut r = CborReader::new(&bytes);
        assert!(r.start_object("T").unwrap());
        assert_eq!(r.next_key().unwrap().as_deref(), Some("a"));
        assert!(r.start_array("L").unwrap());
        assert!(r.next_element().unwrap());
        assert_eq!(r.string().unwrap().as_deref(), Some("xy"));
        assert!(!r.next_element().unwrap());
        assert_eq!(r.next_key().unwrap().as_deref(), Some("b"));
        assert_eq!(r.blob().unwrap().unwrap().as_ref(), [1]);
        assert_eq!(r.next_key().unwrap(), None);
        r.finish().unwrap();
    }

    #[test]
    fn wrong_types_truncation_and_deep_nesting_are_errors() {
        let mut r = CborReader::new(&[0x61, b'x']);
        assert!(r.i32().unwrap_err().to_string().contains("expected an integer"));
        let mut r = CborReader::new(&[0x19, 0x01, 0x00]); // 256
        assert!(r.i8().unwrap_err().to_string().contains("does not fit a byte"));
        let mut r = CborReader::new(&[0xa1, 0x61]);
        assert!(r.start_object("T").unwrap());
        assert!(r.next_key().is_err());
        let deep = vec![0x81; 200];
        let mut r = CborReader::new(&deep);
        let mut result = Ok(true);
        for _ in 0..200 {
            result = r.start_array("L");
            if result.is_err() {
                break;
            }
        }
        assert!(result.unwrap_err().to_string().contains("nest deeper"));
    }

    #[test]
    fn a_body_that_is_not_a_map_is_a_typed_error() {
        for body in [&[0x80][..], &[0xff], &[0xa1, 0x61, b'k'], &[0xa0, 0x00]] {
            let response = HttpResponse::new(200, body.to_vec());
            let error = read_body(&response, |r| r.start_object("Out")).unwrap_err();
            assert_eq!(error.status(), Some(200), "{body:?}");
        }
        let read_all = |r: &mut CborReader<'_>| {
            r.start_object("Out")?;
            while r.next_key()?.is_some() {
                r.skip_value()?;
            }
            Ok(())
        };
        read_body(&HttpResponse::new(200, Vec::new()), read_all).unwrap();
        read_body(&HttpResponse::new(200, vec![0xa1, 0x61, b'k', 0x01]), read_all).unwrap();
    }

    #[test]
    fn error_code_message_and_query_code() {
        let response = HttpResponse::new(400, error_body("smithy.example#Invalid:http://x", "bad"))
            .with_header("x-amzn-requestid", "rid");
        let meta = error_metadata(&response);
        assert_eq!(
            (meta.code(), meta.message(), meta.request_id()),
            (Some("Invalid"), Some("bad"), Some("rid"))
        );
        // What the client runtime reads for retries and clock skew.
        let protocol = super::super::Protocol::RpcV2Cbor;
        assert_eq!(protocol.error_code(&response).as_deref(), Some("Invalid"));
        assert_eq!(protocol.request_id(&response).as_deref(), Some("rid"));
        let query = response.clone().with_header("x-amzn-query-error", "Legacy;Sender");
        let (shape, meta) = query_compatible_metadata(&query);
        assert_eq!((shape.as_deref(), meta.code()), (Some("Invalid"), Some("Legacy")));
        assert_eq!(query_compatible_unhandled_error(&query).code(), Some("Legacy"));
        let garbage = HttpResponse::new(500, b"<html>".to_vec());
        assert_eq!(unhandled_error(&garbage).code(), None);
    }
}
