//! The Rust type of each member target.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::Module;
use crate::model::{Model, ShapeId, ShapeKind, Simple};
use crate::std_names::{BOX, OPTION, STRING, VEC};

/// The Rust type of a value, without the `Option` of optional members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RustType {
    /// `smithy.api#Unit` (union members without a value).
    Unit,
    /// `bool`
    Bool,
    /// `i8`
    I8,
    /// `i16`
    I16,
    /// `i32`
    I32,
    /// `i64`
    I64,
    /// `f32`
    F32,
    /// `f64`
    F64,
    /// `bigInteger`, as `::smithy_runtime::BigInteger` (exact text, any size).
    BigInteger,
    /// `bigDecimal`, as `::smithy_runtime::BigDecimal` (exact text, any precision).
    BigDecimal,
    /// `String`
    String,
    /// A blob of bytes.
    Blob,
    /// A `@streaming` blob: `smithy_runtime::ByteStream`, read or sent chunk by
    /// chunk. Not serde-serializable, not `Clone`, not `PartialEq`.
    ByteStream,
    /// A timestamp.
    Timestamp,
    /// A document: untyped JSON-like data.
    Document,
    /// A generated type.
    Named {
        /// Full path, `crate::types::JobExecution`.
        path: String,
        /// The shape it comes from.
        shape: ShapeId,
    },
    /// `Vec<T>`, or `Vec<Option<T>>` when sparse.
    List {
        /// The element type.
        item: Box<RustType>,
        /// Whether elements may be null.
        sparse: bool,
    },
    /// `HashMap<K, V>`, or `HashMap<K, Option<V>>` when sparse.
    Map {
        /// The key type.
        key: Box<RustType>,
        /// The value type.
        value: Box<RustType>,
        /// Whether values may be null.
        sparse: bool,
    },
    /// `Box<T>`, breaking a recursive cycle.
    Boxed(Box<RustType>),
}

impl RustType {
    /// The type as Rust tokens, every path absolute so a model type named like a
    /// prelude type (`Option`, `String`) cannot shadow it.
    pub fn tokens(&self) -> TokenStream {
        match self {
            RustType::Unit => quote!(()),
            RustType::Bool => quote!(bool),
            RustType::I8 => quote!(i8),
            RustType::I16 => quote!(i16),
            RustType::I32 => quote!(i32),
            RustType::I64 => quote!(i64),
            RustType::F32 => quote!(f32),
            RustType::F64 => quote!(f64),
            RustType::BigInteger => quote!(::smithy_runtime::BigInteger),
            RustType::BigDecimal => quote!(::smithy_runtime::BigDecimal),
            RustType::String => quote!(#STRING),
            RustType::Blob => quote!(::smithy_runtime::Blob),
            RustType::ByteStream => quote!(::smithy_runtime::ByteStream),
            RustType::Timestamp => quote!(::smithy_runtime::DateTime),
            RustType::Document => quote!(::smithy_runtime::Document),
            RustType::Named { path, .. } => {
                let path: TokenStream = path.parse().expect("planned paths are valid Rust");
                path
            }
            RustType::List { item, sparse } => {
                let item = item.tokens_maybe_optional(*sparse);
                quote!(#VEC<#item>)
            }
            RustType::Map { key, value, sparse } => {
                let key = key.tokens();
                let value = value.tokens_maybe_optional(*sparse);
                quote!(::std::collections::HashMap<#key, #value>)
            }
            RustType::Boxed(inner) => {
                let inner = inner.tokens();
                quote!(#BOX<#inner>)
            }
        }
    }

    /// `Option<T>` when `optional`, else `T`.
    pub fn tokens_maybe_optional(&self, optional: bool) -> TokenStream {
        let ty = self.tokens();
        if optional {
            quote!(#OPTION<#ty>)
        } else {
            ty
        }
    }

    /// A short, readable form for the name table: `Vec<JobExecution>`.
    pub fn display(&self) -> String {
        match self {
            RustType::Named { path, .. } => path.rsplit("::").next().unwrap_or(path).to_owned(),
            RustType::List { item, sparse: false } => format!("Vec<{}>", item.display()),
            RustType::List { item, sparse: true } => format!("Vec<Option<{}>>", item.display()),
            RustType::Map { key, value, sparse } => {
                let value = if *sparse {
                    format!("Option<{}>", value.display())
                } else {
                    value.display()
                };
                format!("HashMap<{}, {value}>", key.display())
            }
            RustType::Boxed(inner) => format!("Box<{}>", inner.display()),
            other => {
                let tokens = other.tokens().to_string().replace(' ', "");
                tokens.rsplit("::").next().unwrap_or(&tokens).to_owned()
            }
        }
    }

    /// The type without `Box`.
    pub fn unboxed(&self) -> &RustType {
        match self {
            RustType::Boxed(inner) => inner.unboxed(),
            other => other,
        }
    }
}

/// The Rust type of a shape used as a member target. `names` holds the names of
/// the shapes that become generated types.
pub(super) fn rust_type(model: &Model, names: &BTreeMap<ShapeId, (String, Module)>, target: &ShapeId) -> RustType {
    if let Some((name, module)) = names.get(target) {
        return RustType::Named {
            path: format!("{}::{name}", module.path()),
            shape: target.clone(),
        };
    }
    let shape = model.shape(target);
    match &shape.kind {
        ShapeKind::Simple(simple) => match simple {
            Simple::Blob if shape.traits.streaming => RustType::ByteStream,
            Simple::Blob => RustType::Blob,
            Simple::Boolean => RustType::Bool,
            Simple::String => RustType::String,
            Simple::Byte => RustType::I8,
            Simple::Short => RustType::I16,
            Simple::Integer => RustType::I32,
            Simple::Long => RustType::I64,
            Simple::Float => RustType::F32,
            Simple::Double => RustType::F64,
            Simple::BigInteger => RustType::BigInteger,
            Simple::BigDecimal => RustType::BigDecimal,
            Simple::Timestamp => RustType::Timestamp,
            Simple::Document => RustType::Document,
        },
        ShapeKind::List(member) => RustType::List {
            item: Box::new(rust_type(model, names, &member.target)),
            sparse: shape.traits.sparse,
        },
        ShapeKind::Map { key, value } => RustType::Map {
            key: Box::new(rust_type(model, names, &key.target)),
            value: Box::new(rust_type(model, names, &value.target)),
            sparse: shape.traits.sparse,
        },
        // Unit, and structures only used as operation inputs or outputs.
        _ => RustType::Unit,
    }
}
