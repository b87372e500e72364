//! Where endpoint parameters get their values besides the built-ins: the
//! service's `smithy.rules#clientContextParams` (endpoint settings on the
//! configuration, with typed setters in the `EndpointSettings` trait), and each
//! operation's `smithy.rules#contextParam` members, `staticContextParams` and
//! `operationContextParams` (JMESPath over the input, compiled to Rust).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::emit::waiter::compile::{Compiler, Type, Value as Compiled};
use crate::emit::waiter::jmespath;
use crate::emit::{docs, ident};
use crate::endpoint::params::{Param, ParamType};
use crate::error::{Error, Errors};
use crate::plan::{Field, ItemKind, OperationPlan, Plan, RustType};
use crate::std_names::{INTO, INTO_ITERATOR, STRING, TO_OWNED, VEC};

const CLIENT_CONTEXT: &str = "smithy.rules#clientContextParams";
const CONTEXT: &str = "smithy.rules#contextParam";
const STATIC_CONTEXT: &str = "smithy.rules#staticContextParams";
const OPERATION_CONTEXT: &str = "smithy.rules#operationContextParams";

/// Methods of the runtime's `ClientConfigBuilder`: a setting named like one
/// would be shadowed by it, so it takes an `endpoint_` prefix.
const BUILDER_METHODS: &[&str] = &[
    "region",
    "set_region",
    "credentials",
    "credentials_provider",
    "shared_credentials_provider",
    "device_certificate",
    "endpoint_url",
    "use_fips",
    "use_dual_stack",
    "account_id_endpoint_mode",
    "endpoint_setting",
    "retry_config",
    "timeout_config",
    "transport",
    "shared_transport",
    "sleep",
    "from_env",
    "from_sdk_config",
    "build",
];

/// An endpoint setting of the configuration: a client context parameter, or a
/// parameter bound to a service-specific built-in (`AWS::S3::ForcePathStyle`).
#[derive(Debug, Clone)]
pub(super) struct Setting {
    /// The rule-set parameter, e.g. `ForcePathStyle` (also the setting's key).
    pub(super) param: String,
    /// The setter of the `EndpointSettings` trait, e.g. `force_path_style`.
    pub(super) method: String,
    pub(super) ty: ParamType,
    pub(super) documentation: Option<String>,
}

/// The service's endpoint settings, in parameter order.
pub(super) fn settings(plan: &Plan<'_>, params: &[Param]) -> Result<Vec<Setting>, Errors> {
    let service = &plan.service.id;
    let mut errors = Errors::default();
    let declared = plan.client_context_params();
    let declared = match declared {
        None => serde_json::Map::new(),
        Some(Value::Object(map)) => map.clone(),
        Some(_) => return Err(Error::shape(service, format!("`{CLIENT_CONTEXT}` is not an object")).into()),
    };
    for (name, def) in &declared {
        let Some(param) = params.iter().find(|p| &p.name == name) else {
            errors.push(Error::shape(
                service,
                format!("`{CLIENT_CONTEXT}` `{name}` names no parameter of the endpoint rule set"),
            ));
            continue;
        };
        let ty = def.get("type").and_then(Value::as_str).unwrap_or_default();
        if param_type(ty) != Some(param.ty) {
            errors.push(Error::shape(
                service,
                format!(
                    "`{CLIENT_CONTEXT}` `{name}` has type `{ty}`, the rule-set parameter is a {:?}",
                    param.ty
                ),
            ));
        }
    }
    let mut settings = Vec::new();
    for param in params {
        let service_built_in = param
            .built_in
            .as_deref()
            .is_some_and(|b| super::built_in_value(b).is_none());
        let client_context = declared.get(&param.name);
        if client_context.is_none() && !service_built_in {
            continue;
        }
        let snake = param.ident.to_string();
        let snake = snake.trim_end_matches('_');
        let method = if BUILDER_METHODS.contains(&snake) {
            format!("endpoint_{snake}")
        } else {
            param.ident.to_string()
        };
        let documentation = client_context
            .and_then(|d| d.get("documentation"))
            .and_then(Value::as_str)
            .or(param.documentation.as_deref())
            .map(str::to_owned);
        settings.push(Setting {
            param: param.name.clone(),
            method,
            ty: param.ty,
            documentation,
        });
    }
    errors.into_result(settings)
}

fn param_type(name: &str) -> Option<ParamType> {
    match name {
        "string" => Some(ParamType::String),
        "boolean" => Some(ParamType::Boolean),
        "stringArray" => Some(ParamType::StringArray),
        _ => None,
    }
}

/// The items of `crate::config` for the endpoint settings: the
/// `EndpointSettings` trait with a typed setter per setting, implemented for the
/// configuration builder. Nothing when the service has none.
pub(in crate::emit) fn settings_module(plan: &Plan<'_>) -> Result<TokenStream, Errors> {
    let Some(params) = super::rule_set_params(plan)? else {
        return Ok(quote!());
    };
    let settings = settings(plan, &params)?;
    if settings.is_empty() {
        return Ok(quote!());
    }
    let mut declarations = Vec::new();
    let mut definitions = Vec::new();
    for setting in &settings {
        let method = ident(&setting.method);
        let key = &setting.param;
        let (arg, value) = match setting.ty {
            ParamType::Boolean => (quote!(value: bool), quote!(value)),
            ParamType::String => (quote!(value: impl #INTO<#STRING>), quote!(value.into())),
            ParamType::StringArray => (
                quote!(value: impl #INTO_ITERATOR<Item = impl #INTO<#STRING>>),
                quote!(value
                    .into_iter()
                    .map(#INTO::into)
                    .collect::<#VEC<#STRING>>()),
            ),
        };
        let summary = match setting.documentation.as_deref() {
            Some(doc) if !doc.trim().is_empty() => doc.trim().to_owned(),
            _ => format!("Sets the `{key}` endpoint parameter."),
        };
        let doc = docs::lines(&format!(
            "{summary}\n\nThe `{key}` parameter of the service's endpoint rules."
        ));
        declarations.push(quote! {
            #doc
            #[must_use]
            fn #method(self, #arg) -> Self;
        });
        definitions.push(quote! {
            fn #method(self, #arg) -> Self {
                self.endpoint_setting(#key, #value)
            }
        });
    }
    Ok(quote! {
        /// Typed setters for the service's endpoint settings (parameters of its
        /// endpoint rules that the client sets, such as `ForcePathStyle`), on the
        /// configuration [`Builder`]. Bring the trait into scope to call them:
        /// `use crate_name::config::EndpointSettings as _;`. A value an operation
        /// binds from its input or statically takes precedence over a setting.
        pub trait EndpointSettings: Sized {
            #(#declarations)*
        }

        impl EndpointSettings for Builder {
            #(#definitions)*
        }
    })
}

/// The endpoint parameters an operation binds, as an expression of
/// `crate::endpoint::ParamsBuilder` over `input` (a reference to the operation
/// input), or `None` when the service has no rule set.
pub(in crate::emit) fn operation_params(plan: &Plan<'_>, op: &OperationPlan) -> Result<Option<TokenStream>, Errors> {
    let Some(params) = super::rule_set_params(plan)? else {
        return Ok(None);
    };
    let mut errors = Errors::default();
    let mut bound: Vec<(String, TokenStream)> = Vec::new();
    let mut bind = |param: &Param, value: TokenStream, errors: &mut Errors, at: &str| {
        if bound.iter().any(|(name, _)| name == &param.name) {
            errors.push(Error::shape(
                at,
                format!("endpoint parameter `{}` is bound twice", param.name),
            ));
        }
        bound.push((param.name.clone(), value));
    };
    let find = |name: &str, at: &str, errors: &mut Errors| {
        let found = params.iter().find(|p| p.name == name);
        if found.is_none() {
            errors.push(Error::shape(
                at,
                format!("`{name}` is no parameter of the endpoint rule set"),
            ));
        }
        found
    };
    for field in &op.input.fields {
        let Some(def) = &field.context_param else {
            continue;
        };
        let at = format!("{}${}", op.input.shape, field.member.name);
        let Some(name) = def.get("name").and_then(Value::as_str) else {
            errors.push(Error::shape(&at, format!("`{CONTEXT}` without a `name`")));
            continue;
        };
        let Some(param) = find(name, &at, &mut errors) else {
            continue;
        };
        match context_value(plan, field, param.ty) {
            Ok(value) => bind(param, value, &mut errors, &at),
            Err(message) => errors.push(Error::shape(&at, format!("`{CONTEXT}` `{name}`: {message}"))),
        }
    }
    if let Some(paths) = &op.operation_context_params {
        let at = op.shape.to_string();
        for (name, def) in paths.as_object().into_iter().flatten() {
            let Some(param) = find(name, &at, &mut errors) else {
                continue;
            };
            let Some(path) = def.get("path").and_then(Value::as_str) else {
                errors.push(Error::shape(
                    &at,
                    format!("`{OPERATION_CONTEXT}` `{name}` without a `path`"),
                ));
                continue;
            };
            match path_value(plan, op, path, param.ty) {
                Ok(value) => bind(param, value, &mut errors, &at),
                Err(message) => errors.push(Error::shape(
                    &at,
                    format!("`{OPERATION_CONTEXT}` `{name}` (`{path}`): {message}"),
                )),
            }
        }
    }
    let mut statics = Vec::new();
    if let Some(values) = &op.static_context_params {
        let at = op.shape.to_string();
        for (name, def) in values.as_object().into_iter().flatten() {
            let Some(param) = find(name, &at, &mut errors) else {
                continue;
            };
            match static_value(def.get("value"), param.ty) {
                Some(value) => statics.push((param.name.clone(), value)),
                None => errors.push(Error::shape(
                    &at,
                    format!(
                        "`{STATIC_CONTEXT}` `{name}`: the value does not fit the {:?} parameter",
                        param.ty
                    ),
                )),
            }
        }
    }
    // Static values last: they take precedence over those from the input.
    let setters = bound.iter().chain(&statics).map(|(name, value)| {
        let param = params.iter().find(|p| &p.name == name).expect("bound parameters exist");
        let setter = format_ident!("set_{}", param.ident.to_string().trim_start_matches('_'));
        quote!(.#setter(#value))
    });
    let expr = quote!(crate::endpoint::ParamsBuilder::default() #(#setters)*);
    errors.into_result(Some(expr))
}

/// The `Option` value of a `contextParam` member of `input`.
fn context_value(plan: &Plan<'_>, field: &Field, ty: ParamType) -> Result<TokenStream, String> {
    let name = ident(&field.name);
    let place = quote!(input.#name);
    let (value, optional) = match (&field.ty, ty) {
        (RustType::String, ParamType::String) => {
            if field.optional {
                (quote!(#place.clone()), true)
            } else {
                (quote!(#place.clone()), false)
            }
        }
        (RustType::Bool, ParamType::Boolean) => (quote!(#place), field.optional),
        (RustType::Named { shape, .. }, ParamType::String)
            if plan.item(shape).is_some_and(|i| i.kind == ItemKind::Enum) =>
        {
            if field.optional {
                (quote!(#place.as_ref().map(|v| v.as_str().to_owned())), true)
            } else {
                (quote!(#place.as_str().to_owned()), false)
            }
        }
        (RustType::List { item, sparse: false }, ParamType::StringArray) if **item == RustType::String => {
            (quote!(#place.clone()), field.optional)
        }
        (other, ty) => {
            return Err(format!(
                "a member of type `{}` cannot fill a {ty:?} parameter",
                other.display()
            ))
        }
    };
    Ok(if optional { value } else { quote!(Some(#value)) })
}

/// The `Option` value of an `operationContextParams` path over `input`.
fn path_value(plan: &Plan<'_>, op: &OperationPlan, path: &str, ty: ParamType) -> Result<TokenStream, String> {
    let ast = jmespath::parse(path)?;
    let compiler = Compiler { plan };
    let root = Compiled::new(quote!(input), Type::Struct(&op.input));
    let value = compiler.compile(&ast, &root)?;
    let opt = value.opt();
    Ok(match (&value.ty, ty) {
        (Type::Str, ParamType::String) => quote!(#opt.map(#TO_OWNED::to_owned)),
        (Type::Bool, ParamType::Boolean) => opt,
        (Type::List(element), ParamType::StringArray) if matches!(**element, Type::Str) => {
            quote!(#opt.map(|v| v.into_iter().map(#TO_OWNED::to_owned).collect()))
        }
        (_, ty) => return Err(format!("the path's value cannot fill a {ty:?} parameter")),
    })
}

/// The `Some(...)` value of a `staticContextParams` entry.
fn static_value(value: Option<&Value>, ty: ParamType) -> Option<TokenStream> {
    Some(match (value?, ty) {
        (Value::Bool(b), ParamType::Boolean) => quote!(Some(#b)),
        (Value::String(s), ParamType::String) => quote!(Some(#STRING::from(#s))),
        (Value::Array(items), ParamType::StringArray) => {
            let items = items.iter().map(Value::as_str).collect::<Option<Vec<_>>>()?;
            let items = items.iter().map(|item| quote!(#STRING::from(#item)));
            quote!(Some(vec![#(#items),*]))
        }
        _ => return None,
    })
}
