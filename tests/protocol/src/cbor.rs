//! Semantic comparison of CBOR bodies, as the Smithy test cases ask: both
//! bodies are decoded and their values compared, so the encoding's choices
//! (definite or indefinite lengths, integer or float widths, map order) do not
//! matter.

use minicbor::data::Type;
use minicbor::Decoder;

/// A decoded CBOR value.
#[derive(Debug, Clone)]
enum Value {
    Int(i128),
    Float(f64),
    Bytes(Vec<u8>),
    Text(String),
    Array(Vec<Value>),
    Map(Vec<(Value, Value)>),
    Tag(u64, Box<Value>),
    Bool(bool),
    Null,
    Undefined,
}

impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Float(a), Value::Float(b)) => a == b || (a.is_nan() && b.is_nan()),
            // A number's encoding may differ: `1` and `1.0` are one value.
            (Value::Int(a), Value::Float(b)) | (Value::Float(b), Value::Int(a)) => *a as f64 == *b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Bytes(a), Value::Bytes(b)) => a == b,
            (Value::Text(a), Value::Text(b)) => a == b,
            (Value::Array(a), Value::Array(b)) => a == b,
            (Value::Map(a), Value::Map(b)) => {
                a.len() == b.len() && a.iter().all(|(k, v)| b.iter().any(|(l, w)| k == l && v == w))
            }
            (Value::Tag(a, x), Value::Tag(b, y)) => a == b && x == y,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Null, Value::Null) | (Value::Undefined, Value::Undefined) => true,
            _ => false,
        }
    }
}

/// Decodes one CBOR value, and checks nothing follows it.
fn decode(bytes: &[u8]) -> Result<Value, String> {
    let mut decoder = Decoder::new(bytes);
    let value = value(&mut decoder).map_err(|e| e.to_string())?;
    if decoder.position() != bytes.len() {
        return Err(format!("bytes follow the value at {}", decoder.position()));
    }
    Ok(value)
}

fn value(d: &mut Decoder<'_>) -> Result<Value, minicbor::decode::Error> {
    Ok(match d.datatype()? {
        Type::Bool => Value::Bool(d.bool()?),
        Type::Null => {
            d.null()?;
            Value::Null
        }
        Type::Undefined => {
            d.undefined()?;
            Value::Undefined
        }
        Type::U8 | Type::U16 | Type::U32 | Type::U64 | Type::I8 | Type::I16 | Type::I32 | Type::I64 | Type::Int => {
            Value::Int(i128::from(d.int()?))
        }
        Type::F16 => {
            // Half floats: the three bytes after the position, decoded by hand.
            let at = d.position();
            let bits = u16::from_be_bytes([d.input()[at + 1], d.input()[at + 2]]);
            d.set_position(at + 3);
            Value::Float(half(bits))
        }
        Type::F32 => Value::Float(f64::from(d.f32()?)),
        Type::F64 => Value::Float(d.f64()?),
        Type::Bytes | Type::BytesIndef => {
            let mut bytes = Vec::new();
            for chunk in d.bytes_iter()? {
                bytes.extend_from_slice(chunk?);
            }
            Value::Bytes(bytes)
        }
        Type::String | Type::StringIndef => {
            let mut text = String::new();
            for chunk in d.str_iter()? {
                text.push_str(chunk?);
            }
            Value::Text(text)
        }
        Type::Array | Type::ArrayIndef => {
            let len = d.array()?;
            let mut items = Vec::new();
            while more(d, len, items.len())? {
                items.push(value(d)?);
            }
            Value::Array(items)
        }
        Type::Map | Type::MapIndef => {
            let len = d.map()?;
            let mut entries = Vec::new();
            while more(d, len, entries.len())? {
                let key = value(d)?;
                entries.push((key, value(d)?));
            }
            Value::Map(entries)
        }
        Type::Tag => {
            let tag = d.tag()?.as_u64();
            Value::Tag(tag, Box::new(value(d)?))
        }
        other => return Err(minicbor::decode::Error::message(format!("unexpected {other}"))),
    })
}

/// Whether a container of `len` (`None`: indefinite) has more after `read` items.
fn more(d: &mut Decoder<'_>, len: Option<u64>, read: usize) -> Result<bool, minicbor::decode::Error> {
    match len {
        Some(n) => Ok((read as u64) < n),
        None if d.datatype()? == Type::Break => {
            d.set_position(d.position() + 1);
            Ok(false)
        }
        None => Ok(true),
    }
}

fn half(bits: u16) -> f64 {
    let sign = if bits & 0x8000 == 0 { 1.0 } else { -1.0 };
    let exponent = i32::from((bits >> 10) & 0x1f);
    let fraction = f64::from(bits & 0x3ff);
    sign * match exponent {
        0 => fraction * 2f64.powi(-24),
        31 if fraction == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + fraction / 1024.0) * 2f64.powi(exponent - 15),
    }
}

/// The difference between a CBOR body and a case's base64 one, if any; an
/// empty expected body means no body.
pub(crate) fn compare_body(actual: &[u8], expected_base64: &str) -> Option<String> {
    let expected = crate::decode_base64(expected_base64);
    if expected.is_empty() || actual.is_empty() {
        return (actual != expected.as_slice()).then(|| format!("body: expected {expected:?}, got {actual:?}"));
    }
    let expected = match decode(&expected) {
        Ok(value) => value,
        Err(e) => return Some(format!("the case's body is not CBOR ({e}): {expected_base64}")),
    };
    match decode(actual) {
        Ok(value) if value == expected => None,
        Ok(value) => Some(format!("body: expected CBOR {expected:?}, got {value:?}")),
        Err(e) => Some(format!("body: expected CBOR {expected:?}, got {actual:?} ({e})")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_compare_by_value_not_encoding() {
        // {_ "a": 1, "b": [_ 1.5]} against {"b": [1.5 as f16], "a": 1.0}.
        let indefinite = [
            0xbf, 0x61, b'a', 0x01, 0x61, b'b', 0x9f, 0xfb, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0, 0xff, 0xff,
        ];
        let definite = [0xa2, 0x61, b'b', 0x81, 0xf9, 0x3e, 0x00, 0x61, b'a', 0xf9, 0x3c, 0x00];
        assert_eq!(decode(&indefinite).unwrap(), decode(&definite).unwrap());
        let other = [0xa1, 0x61, b'a', 0x02];
        assert_ne!(decode(&indefinite).unwrap(), decode(&other).unwrap());
        use base64::Engine as _;
        let expected = base64::engine::general_purpose::STANDARD.encode(definite);
        assert_eq!(compare_body(&indefinite, &expected), None);
        assert!(compare_body(&other, &expected).is_some());
    }
}
