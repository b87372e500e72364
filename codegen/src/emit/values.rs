//! Rust expressions for model values: `@default` values and zero values.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::Value;

use crate::plan::{ItemKind, Plan, RustType};
use crate::std_names::{BOX, DEFAULT, STRING};

/// The expression of a `@default` value of type `ty`; an error names what the
/// generator cannot express.
pub(super) fn default_value(plan: &Plan<'_>, ty: &RustType, value: &Value) -> Result<TokenStream, String> {
    let mismatch = || format!("default value {value} does not fit a {}", ty.display());
    Ok(match (ty, value) {
        (RustType::Boxed(inner), _) => {
            let inner = default_value(plan, inner, value)?;
            quote!(#BOX::new(#inner))
        }
        (RustType::Bool, Value::Bool(b)) => quote!(#b),
        (RustType::BigInteger | RustType::BigDecimal, Value::Number(n)) => big_number(ty, n).ok_or_else(mismatch)?,
        (RustType::I8 | RustType::I16 | RustType::I32 | RustType::I64, Value::Number(n)) => {
            let n = n.as_i64().ok_or_else(mismatch)?;
            let lit = Literal::i64_unsuffixed(n);
            quote!(#lit)
        }
        (RustType::F32 | RustType::F64, Value::Number(n)) => {
            let lit = Literal::f64_unsuffixed(n.as_f64().ok_or_else(mismatch)?);
            quote!(#lit)
        }
        (RustType::String, Value::String(s)) => quote!(#STRING::from(#s)),
        (RustType::Blob, Value::String(s)) if s.is_empty() => quote!(::smithy_runtime::Blob::default()),
        (RustType::Blob, Value::String(s)) => {
            // A blob default is written in base64 in the model.
            let bytes = Literal::byte_string(&decode_base64(s).ok_or_else(mismatch)?);
            quote!(::smithy_runtime::Blob::new(&#bytes[..]))
        }
        (RustType::ByteStream, Value::String(s)) if s.is_empty() => quote!(::smithy_runtime::ByteStream::default()),
        (RustType::ByteStream, Value::String(s)) => {
            let bytes = Literal::byte_string(&decode_base64(s).ok_or_else(mismatch)?);
            quote!(::smithy_runtime::ByteStream::from_static(#bytes))
        }
        (RustType::Timestamp, Value::Number(n)) => match n.as_i64() {
            Some(secs) => quote!(::smithy_runtime::DateTime::from_secs(#secs)),
            None => {
                let secs = n.as_f64().ok_or_else(mismatch)?;
                quote!(::smithy_runtime::DateTime::from_secs_f64(#secs))
            }
        },
        (RustType::Document, v) => document(v),
        (RustType::List { .. } | RustType::Map { .. }, Value::Array(a)) if a.is_empty() => {
            quote!(#DEFAULT::default())
        }
        (RustType::Map { .. }, Value::Object(o)) if o.is_empty() => quote!(#DEFAULT::default()),
        (RustType::Named { path, shape }, value) => {
            let path: TokenStream = path.parse().expect("planned paths are valid Rust");
            match (plan.item(shape).map(|i| i.kind), value) {
                (Some(ItemKind::Enum), Value::String(s)) => quote!(#path::from(#s)),
                (Some(ItemKind::IntEnum), Value::Number(n)) => {
                    let n = n.as_i64().and_then(|n| i32::try_from(n).ok()).ok_or_else(mismatch)?;
                    quote!(#path::from(#n))
                }
                _ => return Err(mismatch()),
            }
        }
        _ => return Err(mismatch()),
    })
}

/// A `BigInteger` or `BigDecimal` expression for a model number: from an `i64`
/// when it is one, else from its text (checked here, so the `expect` holds).
pub(super) fn big_number(ty: &RustType, n: &serde_json::Number) -> Option<TokenStream> {
    let path = ty.tokens();
    if let Some(i) = n.as_i64() {
        return Some(quote!(#path::from(#i)));
    }
    let text = n.to_string();
    let valid = match ty {
        RustType::BigInteger => text.parse::<i128>().is_ok() || text.bytes().all(|b| b.is_ascii_digit() || b == b'-'),
        _ => n.as_f64().is_some(),
    };
    valid.then(|| quote!(#path::from_json_number_text(#text).expect("a number checked by the generator")))
}

/// Decodes standard base64 (with or without padding).
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0);
    for c in text.trim_end_matches('=').bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// The value a client fills in for a `@required` member missing from a
/// response (Smithy 2.0 error correction).
pub(super) fn zero_value(plan: &Plan<'_>, ty: &RustType) -> TokenStream {
    match ty {
        RustType::Boxed(inner) => {
            let inner = zero_value(plan, inner);
            quote!(#BOX::new(#inner))
        }
        RustType::Timestamp => quote!(::smithy_runtime::DateTime::from_secs(0)),
        RustType::Named { path, shape } => {
            let path: TokenStream = path.parse().expect("planned paths are valid Rust");
            match plan.item(shape).map(|i| i.kind) {
                Some(ItemKind::Enum) => quote!(#path::from("")),
                Some(ItemKind::IntEnum) => quote!(#path::from(0)),
                Some(ItemKind::Union) => quote!(#path::Unknown(#STRING::new())),
                _ => quote!(#DEFAULT::default()),
            }
        }
        _ => quote!(#DEFAULT::default()),
    }
}

/// Whether a `@default` value is the zero value of its type (`0`, `false`, `""`,
/// empty list or map), so `Default::default()` gives it.
fn is_zero(value: &Value) -> bool {
    match value {
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        Value::Null => true,
    }
}

/// Whether a `@default` value of type `ty` is its zero value: [`is_zero`], but
/// for documents only `null` (a document's `{}` or `[]` is a value of its own).
pub(super) fn default_is_zero(ty: &RustType, value: &Value) -> bool {
    match ty.unboxed() {
        RustType::Document => value.is_null(),
        _ => is_zero(value),
    }
}

/// Whether [`zero_value`] of `ty` is its `Default::default()`, so a struct of such
/// fields can derive `Default`.
pub(super) fn zero_is_default(plan: &Plan<'_>, ty: &RustType) -> bool {
    match ty {
        RustType::Timestamp => false,
        RustType::Boxed(inner) => zero_is_default(plan, inner),
        RustType::Named { shape, .. } => plan.item(shape).is_some_and(|i| i.kind == ItemKind::Struct),
        _ => true,
    }
}

fn document(value: &Value) -> TokenStream {
    match value {
        Value::Null => quote!(::smithy_runtime::Document::Null),
        Value::Bool(b) => quote!(::smithy_runtime::Document::Bool(#b)),
        Value::String(s) => quote!(::smithy_runtime::Document::String(#STRING::from(#s))),
        Value::Number(n) => match n.as_i64() {
            Some(i) => quote!(::smithy_runtime::Document::from(#i)),
            None => {
                let f = n.as_f64().unwrap_or_default();
                quote!(::smithy_runtime::Document::from(#f))
            }
        },
        Value::Array(items) => {
            let items = items.iter().map(document);
            quote!(::smithy_runtime::Document::Array(::std::vec![#(#items),*]))
        }
        Value::Object(entries) => {
            let entries = entries.iter().map(|(k, v)| {
                let v = document(v);
                quote!((#STRING::from(#k), #v))
            });
            quote!(::smithy_runtime::Document::Object([#(#entries),*].into_iter().collect()))
        }
    }
}

/// `raw`, an `Option` of a field's value, with the field's `@default` filled in
/// when it is `None`, in the plainest form clippy accepts. `owner` names the
/// structure in errors.
pub(super) fn or_default(
    plan: &Plan<'_>,
    owner: &crate::model::ShapeId,
    field: &crate::plan::Field,
    default: &Value,
    raw: TokenStream,
) -> Result<TokenStream, crate::error::Error> {
    let expr = default_value(plan, &field.ty, default)
        .map_err(|m| crate::error::Error::shape(owner.member(&field.member.name), m))?;
    Ok(
        if default_is_zero(&field.ty, default) && zero_is_default(plan, &field.ty) {
            quote!(#raw.unwrap_or_default())
        } else if default.is_number() || default.is_boolean() {
            quote!(#raw.unwrap_or(#expr))
        } else {
            quote!(#raw.unwrap_or_else(|| #expr))
        },
    )
}

/// `raw`, an `Option` of a field's value, with its zero value filled in when it
/// is `None` (Smithy's error correction for a missing `@required` member).
pub(super) fn or_zero(plan: &Plan<'_>, ty: &RustType, raw: TokenStream) -> TokenStream {
    if zero_is_default(plan, ty) {
        quote!(#raw.unwrap_or_default())
    } else {
        let zero = zero_value(plan, ty);
        quote!(#raw.unwrap_or_else(|| #zero))
    }
}
