//! Compiles a parsed JMESPath expression to Rust over the typed structs of the
//! generated crate: no interpreter at run time.
//!
//! Each expression becomes a Rust expression of a known JMESPath type. Scalars
//! are `&str` (strings and enums), `bool` and `f64` (every number, timestamps
//! as epoch seconds); structures and unions are references to them; lists are
//! `Vec`s of their elements. An expression that may be null is an `Option`.
//! Members are named as in the model (not on the wire), as the specification says.
//!
//! Whatever the compiler cannot type exactly (maps, documents, blobs, sparse
//! lists, comparisons of different types, `&&` on non-booleans, unknown
//! functions) is an error, reported with the expression: never invalid Rust.

use proc_macro2::{Literal, TokenStream, TokenTree};
use quote::quote;
use serde_json::Value as Json;

use super::jmespath::{Ast, Comparator};
use crate::emit::ident;
use crate::plan::{Field, Item, ItemKind, Plan, RustType};

/// The JMESPath type of a compiled expression.
#[derive(Debug, Clone)]
pub(crate) enum Type<'a> {
    /// `bool`
    Bool,
    /// `f64`
    Number,
    /// `&str`
    Str,
    /// `&Struct`
    Struct(&'a Item),
    /// `&Union`
    Union(&'a Item),
    /// `Vec<element>`
    List(Box<Type<'a>>),
    /// A map (string or enum keys); only its `keys(...)` are supported.
    Map,
    /// The literal `null`.
    Null,
    /// The root of an `inputOutput` matcher: `{input, output}`.
    InputOutput {
        /// The operation input (`input: Option<&Input>`).
        input: &'a Item,
        /// The operation output (`output: &Output`).
        output: &'a Item,
    },
}

impl Type<'_> {
    fn describe(&self) -> String {
        match self {
            Type::Bool => "a boolean".into(),
            Type::Number => "a number".into(),
            Type::Str => "a string".into(),
            Type::Struct(item) | Type::Union(item) => format!("the structure `{}`", item.shape.name()),
            Type::List(element) => format!("a list of {}", element.describe()),
            Type::Map => "a map".into(),
            Type::Null => "null".into(),
            Type::InputOutput { .. } => "the object `{input, output}`".into(),
        }
    }
}

/// A compiled expression: Rust tokens of its type, wrapped in `Option` when nullable.
#[derive(Debug, Clone)]
pub(crate) struct Value<'a> {
    pub(crate) tokens: TokenStream,
    pub(crate) nullable: bool,
    pub(crate) ty: Type<'a>,
}

impl<'a> Value<'a> {
    /// A value that is never null.
    pub(crate) fn new(tokens: TokenStream, ty: Type<'a>) -> Self {
        Value {
            tokens,
            nullable: false,
            ty,
        }
    }

    /// The value as `Option<T>`.
    pub(crate) fn opt(&self) -> TokenStream {
        let tokens = &self.tokens;
        if self.nullable {
            tokens.clone()
        } else {
            quote!(Some(#tokens))
        }
    }

    /// Applies `f` to the value when it is not null. `f` gets the tokens of the
    /// non-null value and returns its result and whether that may be null.
    fn then(self, ty: Type<'a>, f: impl FnOnce(TokenStream) -> (TokenStream, bool)) -> Value<'a> {
        if !self.nullable {
            let (tokens, nullable) = f(self.tokens);
            return Value { tokens, nullable, ty };
        }
        let (body, nullable) = f(quote!(v));
        let tokens = self.tokens;
        let tokens = if is_ident(&body, "v") {
            tokens
        } else if nullable {
            quote!(#tokens.and_then(|v| #body))
        } else {
            quote!(#tokens.map(|v| #body))
        };
        Value {
            tokens,
            nullable: true,
            ty,
        }
    }
}

fn is_ident(tokens: &TokenStream, name: &str) -> bool {
    let mut iter = tokens.clone().into_iter();
    matches!((iter.next(), iter.next()), (Some(TokenTree::Ident(i)), None) if i == name)
}

/// Wraps tokens in parentheses unless they are a path, a method chain or a
/// literal, so they can be an operand of `==`, `<`, `&&` or a method call
/// (`x as f64 < y` would read as generics, `a && b == c` as `a && (b == c)`).
pub(crate) fn operand(tokens: &TokenStream) -> TokenStream {
    let first_is_if = matches!(tokens.clone().into_iter().next(), Some(TokenTree::Ident(i)) if i == "if");
    let has_cast = tokens
        .clone()
        .into_iter()
        .any(|t| matches!(&t, TokenTree::Ident(i) if i == "as"));
    if is_call(tokens) && !first_is_if && !has_cast {
        tokens.clone()
    } else {
        quote!((#tokens))
    }
}

/// Compiles expressions against the items of one plan.
pub(crate) struct Compiler<'a, 'm> {
    pub(crate) plan: &'a Plan<'m>,
}

impl<'a> Compiler<'a, '_> {
    /// Compiles `ast` evaluated on `current`.
    pub(crate) fn compile(&self, ast: &Ast, current: &Value<'a>) -> Result<Value<'a>, String> {
        match ast {
            Ast::Identity => Ok(current.clone()),
            Ast::Field(name) => self.field(current, name),
            Ast::Subexpr(left, right) => {
                let left = self.compile(left, current)?;
                self.compile(right, &left)
            }
            Ast::Index(index) => self.index(current, *index),
            Ast::Projection(left, right) => self.projection(left, right, current),
            Ast::Flatten(inner) => self.flatten(inner, current),
            Ast::Filter(left, condition) => self.filter(left, condition, current),
            Ast::Compare(op, left, right) => {
                let left = self.compile(left, current)?;
                let right = self.compile(right, current)?;
                compare(*op, left, right)
            }
            Ast::And(left, right) | Ast::Or(left, right) => {
                let and = matches!(ast, Ast::And(..));
                let left = self.compile(left, current)?;
                let right = self.compile(right, current)?;
                logical(and, left, right)
            }
            Ast::Not(inner) => {
                if let Ast::Compare(op, left, right) = &**inner {
                    let left = self.compile(left, current)?;
                    let right = self.compile(right, current)?;
                    if !left.nullable && !right.nullable || matches!(op, Comparator::Eq | Comparator::Ne) {
                        return compare(op.negated(), left, right);
                    }
                }
                let inner = self.compile(inner, current)?;
                Ok(Value::new(falsy(&inner), Type::Bool))
            }
            Ast::Literal(value) => literal(value),
            Ast::Function(name, args) => self.function(name, args, current),
            Ast::MultiSelectList(elements) => self.multi_select_list(elements, current),
        }
    }

    /// `[a, b]` of strings, as the list of those that are not null (the flatten
    /// `[]` that follows it in AWS models drops nulls anyway).
    fn multi_select_list(&self, elements: &[Ast], current: &Value<'a>) -> Result<Value<'a>, String> {
        let mut options = Vec::new();
        for element in elements {
            let value = self.compile(element, current)?;
            if !matches!(value.ty, Type::Str) {
                return Err(format!(
                    "multi-select lists of {} are not supported (only of strings)",
                    value.ty.describe()
                ));
            }
            options.push(value.opt());
        }
        Ok(Value::new(
            quote!([#(#options),*].into_iter().flatten().collect::<Vec<_>>()),
            Type::List(Box::new(Type::Str)),
        ))
    }

    fn field(&self, current: &Value<'a>, name: &str) -> Result<Value<'a>, String> {
        match &current.ty {
            Type::InputOutput { input, output } => match name {
                "input" => Ok(Value {
                    tokens: quote!(input),
                    nullable: true,
                    ty: Type::Struct(input),
                }),
                "output" => Ok(Value::new(quote!(output), Type::Struct(output))),
                _ => Err(format!("`{name}` is neither `input` nor `output`")),
            },
            Type::Struct(item) => {
                let field = member(item, name)?;
                let ty = self.type_of(&field.ty).map_err(|e| format!("member `{name}`: {e}"))?;
                Ok(current.clone().then(ty, |recv| self.struct_field(&recv, field)))
            }
            Type::Union(item) => {
                let field = member(item, name)?;
                let ty = self.type_of(&field.ty).map_err(|e| format!("member `{name}`: {e}"))?;
                let union = item.path_tokens();
                let variant = ident(&field.name);
                let value = self.convert(&field.ty, quote!(x), true);
                Ok(current.clone().then(ty, |recv| {
                    (
                        quote!(match #recv { #union::#variant(x) => Some(#value), _ => None }),
                        true,
                    )
                }))
            }
            other => Err(format!(
                "`{name}` is selected from {}, which has no members",
                other.describe()
            )),
        }
    }

    fn index(&self, current: &Value<'a>, index: i64) -> Result<Value<'a>, String> {
        let Type::List(element) = &current.ty else {
            return Err(format!("`[{index}]` indexes {}, not a list", current.ty.describe()));
        };
        let ty = (**element).clone();
        Ok(current.clone().then(ty, |recv| {
            let tokens = match index {
                0 => quote!(#recv.into_iter().next()),
                -1 => quote!(#recv.into_iter().next_back()),
                n if n > 0 => {
                    let n = Literal::usize_unsuffixed(n as usize);
                    quote!(#recv.into_iter().nth(#n))
                }
                n => {
                    let n = Literal::usize_unsuffixed((-n - 1) as usize);
                    quote!(#recv.into_iter().rev().nth(#n))
                }
            };
            (tokens, true)
        }))
    }

    fn projection(&self, left: &Ast, right: &Ast, current: &Value<'a>) -> Result<Value<'a>, String> {
        let left = self.compile(left, current)?;
        let Type::List(element) = &left.ty else {
            return Err(format!("a projection needs a list, and this is {}", left.ty.describe()));
        };
        let item = Value::new(quote!(item), (**element).clone());
        let right = self.compile(right, &item)?;
        if !right.nullable && is_ident(&right.tokens, "item") {
            return Ok(left);
        }
        let ty = Type::List(Box::new(right.ty.clone()));
        let body = right.tokens;
        let step = if right.nullable {
            quote!(filter_map)
        } else {
            quote!(map)
        };
        Ok(left.then(ty, |recv| {
            (quote!(#recv.into_iter().#step(|item| #body).collect::<Vec<_>>()), false)
        }))
    }

    fn flatten(&self, inner: &Ast, current: &Value<'a>) -> Result<Value<'a>, String> {
        let inner = self.compile(inner, current)?;
        match &inner.ty {
            Type::List(element) => match &**element {
                Type::List(nested) => {
                    let ty = Type::List(nested.clone());
                    Ok(inner.then(ty, |recv| {
                        (quote!(#recv.into_iter().flatten().collect::<Vec<_>>()), false)
                    }))
                }
                _ => Ok(inner),
            },
            other => Err(format!("`[]` flattens {}, not a list", other.describe())),
        }
    }

    fn filter(&self, left: &Ast, condition: &Ast, current: &Value<'a>) -> Result<Value<'a>, String> {
        let left = self.compile(left, current)?;
        let Type::List(element) = &left.ty else {
            return Err(format!("a filter needs a list, and this is {}", left.ty.describe()));
        };
        if matches!(**element, Type::List(_)) {
            return Err("filters on lists of lists are not supported".into());
        }
        let item = Value::new(quote!(item), (**element).clone());
        let condition = self.compile(condition, &item)?;
        let keep = truthy(&condition);
        let ty = left.ty.clone();
        Ok(left.then(ty, |recv| {
            (
                quote!(#recv.into_iter().filter(|&item| #keep).collect::<Vec<_>>()),
                false,
            )
        }))
    }

    fn function(&self, name: &str, args: &[Ast], current: &Value<'a>) -> Result<Value<'a>, String> {
        let args = args
            .iter()
            .map(|a| self.compile(a, current))
            .collect::<Result<Vec<_>, _>>()?;
        match (name, args.as_slice()) {
            ("length", [arg]) => {
                let method = match &arg.ty {
                    Type::Str => quote!(chars().count()),
                    Type::List(_) => quote!(len()),
                    other => return Err(format!("`length` of {} is not supported", other.describe())),
                };
                Ok(arg
                    .clone()
                    .then(Type::Number, |recv| (quote!(#recv.#method as f64), false)))
            }
            ("contains", [subject, search]) => {
                let search_ref = match (&subject.ty, &search.ty) {
                    (Type::Str, Type::Str) => quote!(search),
                    (Type::List(element), Type::Str) if matches!(**element, Type::Str) => quote!(&search),
                    (Type::List(element), Type::Bool) if matches!(**element, Type::Bool) => quote!(&search),
                    (Type::List(element), Type::Number) if matches!(**element, Type::Number) => quote!(&search),
                    (s, x) => {
                        return Err(format!(
                            "`contains` of {} in {} is not supported",
                            x.describe(),
                            s.describe()
                        ))
                    }
                };
                let (s, x) = (&subject.tokens, &search.tokens);
                if !subject.nullable && !search.nullable {
                    let search_ref = if is_ref(&search_ref) { quote!(&#x) } else { x.clone() };
                    return Ok(Value::new(quote!(#s.contains(#search_ref)), Type::Bool));
                }
                let (s, x) = (subject.opt(), search.opt());
                Ok(Value {
                    tokens: quote!(#s.zip(#x).map(|(subject, search)| subject.contains(#search_ref))),
                    nullable: true,
                    ty: Type::Bool,
                })
            }
            ("keys", [arg]) => {
                if !matches!(arg.ty, Type::Map) {
                    return Err(format!("`keys` of {} is not supported", arg.ty.describe()));
                }
                let ty = Type::List(Box::new(Type::Str));
                Ok(arg.clone().then(ty, |recv| {
                    (quote!(#recv.keys().map(|k| k.as_str()).collect::<Vec<_>>()), false)
                }))
            }
            ("length" | "contains" | "keys", _) => Err(format!("`{name}` called with {} arguments", args.len())),
            _ => Err(format!(
                "the function `{name}` is not supported (supported: `length`, `contains`, `keys`)"
            )),
        }
    }

    /// The JMESPath type of a member of this Rust type.
    fn type_of(&self, ty: &RustType) -> Result<Type<'a>, String> {
        Ok(match ty {
            RustType::Bool => Type::Bool,
            RustType::I8
            | RustType::I16
            | RustType::I32
            | RustType::I64
            | RustType::F32
            | RustType::F64
            | RustType::BigInteger
            | RustType::BigDecimal
            | RustType::Timestamp => Type::Number,
            RustType::String => Type::Str,
            RustType::Named { shape, .. } => {
                let item = self
                    .plan
                    .item(shape)
                    .ok_or_else(|| format!("no Rust item for `{shape}`"))?;
                match item.kind {
                    ItemKind::Struct => Type::Struct(item),
                    ItemKind::Union => Type::Union(item),
                    ItemKind::Enum => Type::Str,
                    ItemKind::IntEnum => Type::Number,
                }
            }
            RustType::List { item, sparse: false } => Type::List(Box::new(self.type_of(item)?)),
            RustType::Boxed(inner) => self.type_of(inner)?,
            RustType::List { sparse: true, .. } => return Err("sparse lists are not supported".into()),
            RustType::Map { .. } => Type::Map,
            RustType::Blob | RustType::ByteStream => return Err("blobs are not supported".into()),
            RustType::Document => return Err("documents are not supported".into()),
            RustType::Unit => return Err("unit values are not supported".into()),
        })
    }
    /// A member of the structure `recv` (a reference), converted to its JMESPath value.
    fn struct_field(&self, recv: &TokenStream, field: &Field) -> (TokenStream, bool) {
        let name = ident(&field.name);
        // `&a.b` is a reference to the place `a.b`; a member of it is `a.b.c`.
        let recv: TokenStream = if is_ref(recv) {
            recv.clone().into_iter().skip(1).collect()
        } else {
            recv.clone()
        };
        let base = quote!(#recv.#name);
        if !field.optional {
            return (self.convert(&field.ty, base, false), false);
        }
        let tokens = match &field.ty {
            RustType::String => quote!(#base.as_deref()),
            RustType::Bool | RustType::F64 => base,
            RustType::I8 | RustType::I16 | RustType::I32 | RustType::F32 => quote!(#base.map(f64::from)),
            RustType::I64 => quote!(#base.map(|n| n as f64)),
            // JMESPath numbers are `f64`: big numbers are compared rounded.
            RustType::BigInteger | RustType::BigDecimal => quote!(#base.as_ref().map(|n| n.to_f64())),
            RustType::Timestamp => quote!(#base.map(|t| t.as_secs_f64())),
            ty => {
                let converted = self.convert(ty, quote!(x), true);
                if is_ident(&converted, "x") {
                    quote!(#base.as_ref())
                } else {
                    quote!(#base.as_ref().map(|x| #converted))
                }
            }
        };
        (tokens, true)
    }

    /// The JMESPath value of `x`, a value of `ty`: a reference when `is_ref`,
    /// else a place. Never null.
    fn convert(&self, ty: &RustType, x: TokenStream, is_ref: bool) -> TokenStream {
        let deref = if is_ref { quote!(*) } else { quote!() };
        match ty {
            RustType::String => quote!(#x.as_str()),
            RustType::Bool | RustType::F64 => quote!(#deref #x),
            RustType::I8 | RustType::I16 | RustType::I32 | RustType::F32 => quote!(f64::from(#deref #x)),
            RustType::I64 => quote!(#deref #x as f64),
            RustType::BigInteger | RustType::BigDecimal => quote!(#x.to_f64()),
            RustType::Timestamp => quote!(#x.as_secs_f64()),
            // Enums become strings (intEnums numbers); structures and unions stay references.
            RustType::Named { shape, .. } => match self.plan.item(shape).map(|i| i.kind) {
                Some(ItemKind::Enum) => quote!(#x.as_str()),
                Some(ItemKind::IntEnum) => quote!(f64::from(#x.as_i32())),
                _ if is_ref => x,
                _ => quote!(&#x),
            },
            RustType::Boxed(inner) => self.convert(inner, quote!(#x.as_ref()), true),
            RustType::List { item, .. } => {
                let element = self.convert(item, quote!(e), true);
                if is_ident(&element, "e") {
                    quote!(#x.iter().collect::<Vec<_>>())
                } else if element.to_string() == quote!(*e).to_string() {
                    quote!(#x.iter().copied().collect::<Vec<_>>())
                } else {
                    quote!(#x.iter().map(|e| #element).collect::<Vec<_>>())
                }
            }
            _ => x,
        }
    }
}

fn is_ref(tokens: &TokenStream) -> bool {
    matches!(tokens.clone().into_iter().next(), Some(TokenTree::Punct(p)) if p.as_char() == '&')
}

fn member<'i>(item: &'i Item, name: &str) -> Result<&'i Field, String> {
    item.fields.iter().find(|f| f.member.name == name).ok_or_else(|| {
        let members: Vec<_> = item.fields.iter().map(|f| format!("`{}`", f.member.name)).collect();
        format!(
            "`{}` has no member `{name}` (members: {})",
            item.shape.name(),
            members.join(", ")
        )
    })
}

fn literal<'a>(value: &Json) -> Result<Value<'a>, String> {
    match value {
        Json::String(s) => Ok(Value::new(quote!(#s), Type::Str)),
        Json::Bool(b) => Ok(Value::new(quote!(#b), Type::Bool)),
        Json::Number(n) => {
            let n = n.as_f64().ok_or("number literal out of range")?;
            let n = Literal::f64_suffixed(n);
            Ok(Value::new(quote!(#n), Type::Number))
        }
        Json::Null => Ok(Value {
            tokens: quote!(None::<()>),
            nullable: true,
            ty: Type::Null,
        }),
        other => Err(format!(
            "the literal {other} is not supported (only strings, numbers, booleans and null)"
        )),
    }
}

fn same_scalar(left: &Type<'_>, right: &Type<'_>) -> bool {
    matches!(
        (left, right),
        (Type::Str, Type::Str) | (Type::Bool, Type::Bool) | (Type::Number, Type::Number)
    )
}

fn compare<'a>(op: Comparator, left: Value<'a>, right: Value<'a>) -> Result<Value<'a>, String> {
    let symbol = match op {
        Comparator::Eq => quote!(==),
        Comparator::Ne => quote!(!=),
        Comparator::Lt => quote!(<),
        Comparator::Le => quote!(<=),
        Comparator::Gt => quote!(>),
        Comparator::Ge => quote!(>=),
    };
    let equality = matches!(op, Comparator::Eq | Comparator::Ne);
    if equality && (matches!(left.ty, Type::Null) || matches!(right.ty, Type::Null)) {
        let other = if matches!(left.ty, Type::Null) { &right } else { &left };
        let tokens = operand(&other.opt());
        let test = if op == Comparator::Eq {
            quote!(is_none)
        } else {
            quote!(is_some)
        };
        return Ok(Value::new(quote!(#tokens.#test()), Type::Bool));
    }
    let comparable = if equality {
        same_scalar(&left.ty, &right.ty)
    } else {
        matches!((&left.ty, &right.ty), (Type::Number, Type::Number))
    };
    if !comparable {
        let what = if equality { "equality" } else { "ordering" };
        return Err(format!(
            "{what} of {} and {} is not supported",
            left.ty.describe(),
            right.ty.describe()
        ));
    }
    if !left.nullable && !right.nullable {
        let (l, r) = (operand(&left.tokens), operand(&right.tokens));
        return Ok(Value::new(quote!(#l #symbol #r), Type::Bool));
    }
    if equality {
        let (l, r) = (operand(&left.opt()), operand(&right.opt()));
        return Ok(Value::new(quote!(#l #symbol #r), Type::Bool));
    }
    // Ordering with null is null.
    let (l, r) = (operand(&left.opt()), right.opt());
    Ok(Value {
        tokens: quote!(#l.zip(#r).map(|(l, r)| l #symbol r)),
        nullable: true,
        ty: Type::Bool,
    })
}

fn logical<'a>(and: bool, left: Value<'a>, right: Value<'a>) -> Result<Value<'a>, String> {
    if !matches!((&left.ty, &right.ty), (Type::Bool, Type::Bool)) {
        let op = if and { "&&" } else { "||" };
        return Err(format!(
            "`{op}` of {} and {} is not supported (only booleans)",
            left.ty.describe(),
            right.ty.describe()
        ));
    }
    if !left.nullable && !right.nullable {
        let (l, r) = (operand(&left.tokens), operand(&right.tokens));
        let tokens = if and { quote!(#l && #r) } else { quote!(#l || #r) };
        return Ok(Value::new(tokens, Type::Bool));
    }
    // JMESPath: `a && b` is `a` when `a` is falsy, else `b`; `a || b` is `a` when truthy, else `b`.
    let (l, r, condition) = (operand(&left.tokens), &right.tokens, &left.tokens);
    let tokens = match (and, left.nullable, right.nullable) {
        (true, true, false) => quote!(#l.map(|l| l && #r)),
        (true, false, _) => quote!(if #condition { #r } else { Some(false) }),
        (true, true, true) => quote!(#l.and_then(|l| if l { #r } else { Some(false) })),
        (false, true, false) => quote!(#l.filter(|l| *l).or(Some(#r))),
        (false, false, _) => quote!(if #condition { Some(true) } else { #r }),
        (false, true, true) => quote!(#l.filter(|l| *l).or(#r)),
    };
    Ok(Value {
        tokens,
        nullable: true,
        ty: Type::Bool,
    })
}

/// Whether the value is truthy: not null, `false`, `""` or `[]`.
pub(crate) fn truthy(value: &Value<'_>) -> TokenStream {
    let tokens = &operand(&value.tokens);
    match (&value.ty, value.nullable) {
        (Type::Bool, false) => value.tokens.clone(),
        (Type::Bool, true) => quote!(#tokens == Some(true)),
        (Type::Str | Type::List(_) | Type::Map, false) => quote!(!#tokens.is_empty()),
        (Type::Str | Type::List(_) | Type::Map, true) => quote!(#tokens.is_some_and(|v| !v.is_empty())),
        (Type::Null, _) => quote!(false),
        (_, false) => quote!(true),
        (_, true) => quote!(#tokens.is_some()),
    }
}

/// The negation of [`truthy`].
fn falsy(value: &Value<'_>) -> TokenStream {
    let tokens = &operand(&value.tokens);
    match (&value.ty, value.nullable) {
        (Type::Bool, false) => quote!(!#tokens),
        (Type::Bool, true) => quote!(#tokens != Some(true)),
        (Type::Str | Type::List(_) | Type::Map, false) => quote!(#tokens.is_empty()),
        (Type::Str | Type::List(_) | Type::Map, true) => quote!(#tokens.is_none_or(|v| v.is_empty())),
        (Type::Null, _) => quote!(true),
        (_, false) => quote!(false),
        (_, true) => quote!(#tokens.is_none()),
    }
}

/// Whether the tokens are a path or method chain (no operator at top level).
fn is_call(tokens: &TokenStream) -> bool {
    tokens.clone().into_iter().all(|t| match t {
        TokenTree::Punct(p) => matches!(p.as_char(), '.' | ':'),
        _ => true,
    })
}
