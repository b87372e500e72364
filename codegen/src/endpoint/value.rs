//! Typed Rust expressions produced while compiling rule-set expressions.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// The static type of a rules-engine value, as the generated Rust sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Ty {
    /// `bool`.
    Bool,
    /// A string: the tokens are a `&str`, or a `String` when [`Val::owned`].
    Str,
    /// An integer literal (`substring` indexes).
    Int,
    /// `&[String]`.
    StrArray,
    /// `::smithy_runtime::endpoint::aws::Partition` (Copy).
    Partition,
    /// `::smithy_runtime::endpoint::aws::Arn`.
    Arn,
    /// `::smithy_runtime::endpoint::Url`.
    Url,
    /// `Option` of a type (Copy for `Str`, `Bool`, `StrArray` and `Partition`).
    Opt(Box<Ty>),
}

impl Ty {
    pub(crate) fn is_opt(&self) -> bool {
        matches!(self, Ty::Opt(_))
    }

    pub(crate) fn name(&self) -> String {
        match self {
            Ty::Bool => "bool".into(),
            Ty::Str => "string".into(),
            Ty::Int => "integer".into(),
            Ty::StrArray => "stringArray".into(),
            Ty::Partition => "partition".into(),
            Ty::Arn => "ARN".into(),
            Ty::Url => "URL".into(),
            Ty::Opt(inner) => format!("option<{}>", inner.name()),
        }
    }
}

/// A boolean in a form that negates without `!(a == b)` (clippy's `nonminimal_bool`).
#[derive(Debug, Clone)]
pub(crate) enum Bool {
    Lit(bool),
    /// `expr` (or `!expr` when negated).
    Expr {
        tokens: TokenStream,
        negated: bool,
    },
    /// `a == b` (or `a != b` when negated).
    Eq {
        a: TokenStream,
        b: TokenStream,
        negated: bool,
    },
    /// `x.is_some()` (or `x.is_none()` when negated).
    IsSome {
        tokens: TokenStream,
        negated: bool,
    },
}

impl Bool {
    pub(crate) fn negate(self) -> Bool {
        match self {
            Bool::Lit(b) => Bool::Lit(!b),
            Bool::Expr { tokens, negated } => Bool::Expr {
                tokens,
                negated: !negated,
            },
            Bool::Eq { a, b, negated } => Bool::Eq {
                a,
                b,
                negated: !negated,
            },
            Bool::IsSome { tokens, negated } => Bool::IsSome {
                tokens,
                negated: !negated,
            },
        }
    }

    /// The tokens, parenthesized where needed as an operand of `==`.
    pub(crate) fn operand(&self) -> TokenStream {
        match self {
            Bool::Eq { .. } => {
                let tokens = self.to_tokens();
                quote!((#tokens))
            }
            _ => self.to_tokens(),
        }
    }

    pub(crate) fn to_tokens(&self) -> TokenStream {
        match self {
            Bool::Lit(b) => quote!(#b),
            Bool::Expr { tokens, negated: false } => tokens.clone(),
            Bool::Expr { tokens, negated: true } => quote!(!#tokens),
            Bool::Eq { a, b, negated: false } => quote!(#a == #b),
            Bool::Eq { a, b, negated: true } => quote!(#a != #b),
            Bool::IsSome { tokens, negated: false } => quote!(#tokens.is_some()),
            Bool::IsSome { tokens, negated: true } => quote!(#tokens.is_none()),
        }
    }
}

/// A compiled expression.
#[derive(Debug, Clone)]
pub(crate) struct Val {
    pub(crate) tokens: TokenStream,
    pub(crate) ty: Ty,
    /// For [`Ty::Str`]: the tokens are a fresh `String` (not a `&str`).
    pub(crate) owned: bool,
    /// The tokens are exactly this local variable (for inline `format!` arguments).
    pub(crate) ident: Option<Ident>,
    /// For [`Ty::Bool`]: the structured form.
    pub(crate) boolean: Option<Bool>,
    /// The tokens are a reference to this rule-set name (parameter or `assign`).
    pub(crate) var: Option<String>,
    /// Tokens to use as a `format!` argument, when better than `tokens`
    /// (`url.scheme` rather than `url.scheme.as_str()`).
    pub(crate) fmt: Option<TokenStream>,
}

impl Val {
    pub(crate) fn new(tokens: TokenStream, ty: Ty) -> Val {
        Val {
            tokens,
            ty,
            owned: false,
            ident: None,
            boolean: None,
            var: None,
            fmt: None,
        }
    }

    pub(crate) fn owned_str(tokens: TokenStream) -> Val {
        Val {
            tokens,
            ty: Ty::Str,
            owned: true,
            ident: None,
            boolean: None,
            var: None,
            fmt: None,
        }
    }

    pub(crate) fn boolean(b: Bool) -> Val {
        Val {
            tokens: b.to_tokens(),
            ty: Ty::Bool,
            owned: false,
            ident: None,
            boolean: Some(b),
            var: None,
            fmt: None,
        }
    }

    pub(crate) fn as_bool(&self) -> Bool {
        self.boolean.clone().unwrap_or_else(|| Bool::Expr {
            tokens: self.tokens.clone(),
            negated: false,
        })
    }

    /// Tokens of type `&str` (for a string value).
    pub(crate) fn str_ref(&self) -> TokenStream {
        let tokens = &self.tokens;
        if self.owned {
            quote!(#tokens.as_str())
        } else {
            tokens.clone()
        }
    }
}
