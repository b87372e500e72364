//! The `Params` struct and its builder, from the rule set's `parameters`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

use super::EndpointCodegenError;
use crate::plan::naming;

/// The type of a rule-set parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParamType {
    String,
    Boolean,
    StringArray,
}

/// The built-ins of the AWS rule sets that generated clients fill, with their
/// parameter types. Any other `builtIn` is refused.
pub(crate) const BUILT_INS: &[(&str, ParamType)] = &[
    ("AWS::Region", ParamType::String),
    ("AWS::UseFIPS", ParamType::Boolean),
    ("AWS::UseDualStack", ParamType::Boolean),
    ("SDK::Endpoint", ParamType::String),
    ("AWS::Auth::AccountId", ParamType::String),
    ("AWS::Auth::AccountIdEndpointMode", ParamType::String),
    ("AWS::Auth::CredentialScope", ParamType::String),
    ("AWS::STS::UseGlobalEndpoint", ParamType::Boolean),
    ("AWS::S3::Accelerate", ParamType::Boolean),
    ("AWS::S3::DisableMultiRegionAccessPoints", ParamType::Boolean),
    ("AWS::S3::ForcePathStyle", ParamType::Boolean),
    ("AWS::S3::UseArnRegion", ParamType::Boolean),
    ("AWS::S3::UseGlobalEndpoint", ParamType::Boolean),
    ("AWS::S3Control::UseArnRegion", ParamType::Boolean),
];

/// One parameter of the rule set.
#[derive(Debug, Clone)]
pub(crate) struct Param {
    /// The name in the rule set, e.g. `UseFIPS`.
    pub(crate) name: String,
    /// The Rust field and local name, e.g. `use_fips`.
    pub(crate) ident: Ident,
    pub(crate) ty: ParamType,
    pub(crate) built_in: Option<String>,
    pub(crate) default: Option<Value>,
    pub(crate) required: bool,
    pub(crate) documentation: Option<String>,
    pub(crate) deprecated: Option<String>,
}

/// A snake_case Rust identifier for a rule-set name (`UseFIPS` gives `use_fips`),
/// split into words by the generator's one naming module. Keywords take a
/// trailing `_` rather than `r#`, since these names are also glued into others
/// (`set_type_`); `params` would shadow the resolver's argument.
pub(crate) fn snake_ident(name: &str) -> String {
    let escaped = naming::escape(&naming::snake_case(name));
    match escaped.strip_prefix("r#") {
        Some(keyword) => format!("{keyword}_"),
        None if escaped == "params" => "params_".to_owned(),
        None => escaped,
    }
}

impl Param {
    /// The parameters of a rule set, in the rule set's order, with distinct Rust names.
    pub(crate) fn parse_all(rule_set: &Value) -> Result<Vec<Param>, EndpointCodegenError> {
        let Some(object) = rule_set.as_object() else {
            return Err(EndpointCodegenError::invalid("", "the rule set is not an object"));
        };
        if object.contains_key("nodes") || object.contains_key("root") {
            return Err(EndpointCodegenError::unsupported(
                "",
                "a binary decision diagram (`smithy.rules#endpointBdd`); pass the \
                 `smithy.rules#endpointRuleSet` tree instead",
            ));
        }
        if let Some(version) = object.get("version").and_then(Value::as_str) {
            if !version.starts_with("1.") {
                return Err(EndpointCodegenError::unsupported(
                    "version",
                    format!("rule set version {version}"),
                ));
            }
        }
        let Some(parameters) = object.get("parameters").and_then(Value::as_object) else {
            return Err(EndpointCodegenError::invalid("parameters", "missing or not an object"));
        };
        let mut params: Vec<Param> = Vec::new();
        for (name, def) in parameters {
            let at = format!("parameters.{name}");
            let ty = match def.get("type").and_then(Value::as_str) {
                Some(t) if t.eq_ignore_ascii_case("string") => ParamType::String,
                Some(t) if t.eq_ignore_ascii_case("boolean") => ParamType::Boolean,
                Some(t) if t.eq_ignore_ascii_case("stringArray") => ParamType::StringArray,
                Some(other) => {
                    return Err(EndpointCodegenError::unsupported(
                        &at,
                        format!("parameter type {other}"),
                    ))
                }
                None => return Err(EndpointCodegenError::invalid(&at, "missing `type`")),
            };
            let default = def.get("default").cloned();
            if let Some(value) = &default {
                let fits = match ty {
                    ParamType::String => value.is_string(),
                    ParamType::Boolean => value.is_boolean(),
                    ParamType::StringArray => value.as_array().is_some_and(|items| items.iter().all(Value::is_string)),
                };
                if !fits {
                    return Err(EndpointCodegenError::invalid(&at, "`default` does not fit the type"));
                }
            }
            let built_in = def.get("builtIn").and_then(Value::as_str).map(str::to_owned);
            if let Some(built_in) = &built_in {
                match BUILT_INS.iter().find(|(known, _)| known == built_in) {
                    None => {
                        return Err(EndpointCodegenError::unsupported(
                            &at,
                            format!("the built-in `{built_in}` (not one the generator knows how to fill)"),
                        ))
                    }
                    Some((_, expected)) if *expected != ty => {
                        return Err(EndpointCodegenError::invalid(
                            &at,
                            format!("the built-in `{built_in}` is a {expected:?} parameter, not {ty:?}"),
                        ))
                    }
                    Some(_) => {}
                }
            }
            let mut snake = snake_ident(name);
            while params.iter().any(|p| p.ident == snake) {
                snake.push('_');
            }
            params.push(Param {
                name: name.clone(),
                ident: Ident::new(&snake, Span::call_site()),
                ty,
                built_in,
                default,
                required: def.get("required").and_then(Value::as_bool).unwrap_or(false),
                documentation: def.get("documentation").and_then(Value::as_str).map(str::to_owned),
                deprecated: def
                    .get("deprecated")
                    .map(|d| d.get("message").and_then(Value::as_str).unwrap_or("").to_owned()),
            });
        }
        Ok(params)
    }

    /// Whether the `Params` field is always present (a default or required).
    pub(crate) fn always_set(&self) -> bool {
        self.default.is_some() || self.required
    }

    /// The Rust type of the value, without `Option`.
    fn value_type(&self) -> TokenStream {
        match self.ty {
            ParamType::String => quote!(String),
            ParamType::Boolean => quote!(bool),
            ParamType::StringArray => quote!(Vec<String>),
        }
    }

    fn field_type(&self) -> TokenStream {
        let ty = self.value_type();
        if self.always_set() {
            ty
        } else {
            quote!(Option<#ty>)
        }
    }

    fn doc_lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        match &self.documentation {
            Some(doc) if !doc.trim().is_empty() => {
                lines.extend(doc.trim().lines().map(|l| format!(" {}", l.trim_end())))
            }
            _ => lines.push(format!(" The `{}` endpoint parameter.", self.name)),
        }
        lines.push(String::new());
        let mut facts = vec![format!("Rule-set parameter `{}`", self.name)];
        if let Some(built_in) = &self.built_in {
            facts.push(format!("built-in `{built_in}`"));
        }
        if let Some(default) = &self.default {
            facts.push(format!("default `{default}`"));
        }
        if self.required {
            facts.push("required".to_owned());
        }
        lines.push(format!(" {}.", facts.join(", ")));
        if let Some(message) = &self.deprecated {
            lines.push(String::new());
            lines.push(format!(" Deprecated. {message}").trim_end().to_owned());
        }
        lines
    }

    /// The expression that turns the builder's `Option` into the field value.
    fn build_value(&self) -> TokenStream {
        let ident = &self.ident;
        match &self.default {
            Some(default) => {
                let value = default_tokens(default);
                if self.ty == ParamType::Boolean {
                    quote!(self.#ident.unwrap_or(#value))
                } else {
                    quote!(self.#ident.unwrap_or_else(|| #value))
                }
            }
            None if self.required => {
                let message = format!("a required endpoint parameter is missing: `{}`", self.name);
                quote! {
                    self.#ident.ok_or_else(|| ::smithy_runtime::endpoint::EndpointError::new(#message))?
                }
            }
            None => quote!(self.#ident),
        }
    }
}

fn default_tokens(value: &Value) -> TokenStream {
    match value {
        Value::Bool(b) => quote!(#b),
        Value::String(s) => quote!(String::from(#s)),
        Value::Array(items) => {
            let items = items.iter().filter_map(Value::as_str);
            quote!(vec![#(String::from(#items)),*])
        }
        _ => quote!(Default::default()),
    }
}

/// `Params`, `ParamsBuilder` and their impls.
pub(crate) fn params_items(params: &[Param]) -> TokenStream {
    let fields = params.iter().map(|p| {
        let ident = &p.ident;
        let ty = p.field_type();
        let docs = p.doc_lines().into_iter().map(|line| crate::emit::docs::literal(&line));
        quote! {
            #(#[doc = #docs])*
            pub #ident: #ty,
        }
    });
    let builder_fields = params.iter().map(|p| {
        let ident = &p.ident;
        let ty = p.value_type();
        quote!(#ident: Option<#ty>,)
    });
    let setters = params.iter().map(|p| {
        let ident = &p.ident;
        let set_ident = format_ident!("set_{}", ident.to_string().trim_start_matches('_'));
        let name = &p.name;
        let doc = format!(" Sets `{name}` (see [`Params::{ident}`]).");
        let set_doc = format!(" Sets or clears `{name}` (see [`Params::{ident}`]).");
        let (arg, value) = match p.ty {
            ParamType::String => (quote!(value: impl Into<String>), quote!(value.into())),
            ParamType::Boolean => (quote!(value: bool), quote!(value)),
            ParamType::StringArray => (
                quote!(value: impl IntoIterator<Item = impl Into<String>>),
                quote!(value.into_iter().map(Into::into).collect()),
            ),
        };
        let ty = p.value_type();
        quote! {
            #[doc = #doc]
            #[must_use]
            pub fn #ident(mut self, #arg) -> Self {
                self.#ident = Some(#value);
                self
            }

            #[doc = #set_doc]
            #[must_use]
            pub fn #set_ident(mut self, value: Option<#ty>) -> Self {
                self.#ident = value;
                self
            }
        }
    });
    let build_fields = params.iter().map(|p| {
        let ident = &p.ident;
        let value = p.build_value();
        quote!(#ident: #value,)
    });
    let overrides: Vec<TokenStream> = params
        .iter()
        .map(|p| {
            let ident = &p.ident;
            quote!(#ident: other.#ident.or(self.#ident),)
        })
        .collect();
    // A rule set without parameters still has the method, with nothing to merge.
    let unused = overrides.is_empty().then(|| quote!(let _ = (self, other);));
    quote! {
        /// The parameters of endpoint resolution, as defined by the service's endpoint
        /// rule set. Build them with [`Params::builder`].
        #[derive(Debug, Clone, PartialEq)]
        pub struct Params {
            #(#fields)*
        }

        impl Params {
            /// A builder for [`Params`], with every parameter unset.
            #[must_use]
            pub fn builder() -> ParamsBuilder {
                ParamsBuilder::default()
            }
        }

        /// Builder for [`Params`]; [`ParamsBuilder::build`] applies the rule set's
        /// defaults and checks its required parameters.
        #[derive(Debug, Clone, Default)]
        pub struct ParamsBuilder {
            #(#builder_fields)*
        }

        impl ParamsBuilder {
            #(#setters)*

            /// This builder with every parameter set in `other` replaced by
            /// `other`'s value (an operation's parameters over the client's).
            #[must_use]
            pub fn overridden_by(self, other: ParamsBuilder) -> ParamsBuilder {
                #unused
                ParamsBuilder {
                    #(#overrides)*
                }
            }

            /// Builds the [`Params`], applying defaults.
            ///
            /// # Errors
            ///
            /// When a required parameter without a default is unset.
            pub fn build(self) -> Result<Params, ::smithy_runtime::endpoint::EndpointError> {
                Ok(Params {
                    #(#build_fields)*
                })
            }
        }
    }
}
