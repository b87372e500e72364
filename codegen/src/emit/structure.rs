//! Structures: the struct, its `Default`, its builder, and `Debug` that hides
//! `@sensitive` members.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{customize, docs, ident, serde_attrs, values, REDACTED};
use crate::error::Error;
use crate::plan::{naming, Field, Item, Plan};
use crate::std_names::{BOX, DEFAULT, INTO, OPTION, RESULT};

/// The struct, its `Default` and `Debug` impls, and `Type::builder()`.
pub(super) fn structure(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let name = ident(&item.name);
    let builder = format_ident!("{}", item.builder);
    let shape_docs = plan.docs(&item.shape);
    let fallback = match (&item.module, item.is_input) {
        (crate::plan::Module::Operation(_), true) => format!(
            "The input of `{}`.",
            item.name.strip_suffix("Input").unwrap_or(&item.name)
        ),
        (crate::plan::Module::Operation(_), false) => format!(
            "The output of `{}`.",
            item.name.strip_suffix("Output").unwrap_or(&item.name)
        ),
        _ => format!("The `{}` structure.", item.shape.name()),
    };
    let doc = docs::item_doc_attrs(plan, &item.shape, shape_docs, &fallback);
    // A `@streaming` blob cannot be serialized, cloned or compared: such a
    // structure (an operation input or output) derives only what it can.
    let streaming = item.has_byte_stream();
    let fields = item.fields.iter().map(|field| {
        let name = ident(&field.name);
        let ty = field.ty.tokens_maybe_optional(field.optional);
        let doc = field_doc(plan, field);
        let serde = if streaming {
            quote!()
        } else {
            serde_attrs::field_of(field, item.module == crate::plan::Module::Error)
        };
        quote!(#doc #serde pub #name: #ty,)
    });
    let is_error = item.module == crate::plan::Module::Error;
    let meta_field = is_error.then(super::errors::meta_field);
    let derive_default = item.fields.iter().all(|f| {
        let default_is_zero = f.default.as_ref().is_none_or(|d| values::default_is_zero(&f.ty, d));
        f.optional || (default_is_zero && values::zero_is_default(plan, &f.ty))
    });
    let sensitive = hides_something(item);
    let debug = if sensitive { quote!() } else { quote!(Debug,) };
    // A modeled error compares its members only, not the response metadata.
    let partial_eq = if is_error { quote!() } else { quote!(PartialEq,) };
    let derives = match (streaming, derive_default) {
        (true, true) => quote!(#[derive(#debug Default)]),
        (true, false) if sensitive => quote!(),
        (true, false) => quote!(#[derive(Debug)]),
        (false, true) => quote!(#[derive(Clone, #debug #partial_eq Default, ::serde::Serialize, ::serde::Deserialize)]),
        (false, false) => quote!(#[derive(Clone, #debug #partial_eq ::serde::Serialize, ::serde::Deserialize)]),
    };
    let error_eq = is_error.then(|| super::errors::partial_eq_of_members(item));
    let serde_default = if streaming { quote!() } else { quote!(#[serde(default)]) };
    let default_impl = if derive_default {
        quote!()
    } else {
        default_impl(plan, item)?
    };
    let debug_impl = if sensitive {
        debug_impl(item, &item.name)
    } else {
        quote!()
    };
    let non_exhaustive = if item.fields.is_empty() {
        quote!()
    } else {
        quote!(#[non_exhaustive])
    };
    let builder_doc = docs::lines(&format!("A builder for [`{}`].", item.name));
    let builder_impl = builder_struct(plan, item)?;
    Ok(quote! {
        #doc
        #derives
        #serde_default
        #non_exhaustive
        pub struct #name { #(#fields)* #meta_field }

        impl #name {
            #builder_doc
            pub fn builder() -> #builder {
                #builder::default()
            }
        }

        #default_impl
        #debug_impl
        #error_eq
        #builder_impl
    })
}

fn field_doc(plan: &Plan<'_>, field: &Field) -> TokenStream {
    let fallback = format!("The `{}` member.", field.member.name);
    let mut doc = docs::doc_attrs(plan, field.documentation.as_deref(), &fallback);
    if let Some(message) = &field.deprecated {
        let note = if message.is_empty() {
            "Deprecated.".to_owned()
        } else {
            format!("Deprecated: {message}")
        };
        let note = docs::lines(&format!("\n{}", crate::docs::html_to_markdown(&note)));
        doc.extend(note);
    }
    doc
}

fn default_impl(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let name = ident(&item.name);
    let mut fields = Vec::new();
    for field in &item.fields {
        let field_name = ident(&field.name);
        let value = if field.optional {
            quote!(None)
        } else if let Some(default) = &field.default {
            values::default_value(plan, &field.ty, default)
                .map_err(|m| Error::shape(item.shape.member(&field.member.name), m))?
        } else {
            values::zero_value(plan, &field.ty)
        };
        fields.push(quote!(#field_name: #value,));
    }
    if item.module == crate::plan::Module::Error {
        let meta = format_ident!("{}", crate::plan::ERROR_METADATA_FIELD);
        fields.push(quote!(#meta: #DEFAULT::default(),));
    }
    Ok(quote! {
        impl #DEFAULT for #name {
            fn default() -> Self {
                Self { #(#fields)* }
            }
        }
    })
}

/// Whether `Debug` of the structure (or its builder) hides any member.
fn hides_something(item: &Item) -> bool {
    item.sensitive || item.fields.iter().any(|f| f.redacted)
}

/// `Debug` of `type_name` (the structure or its builder) that prints
/// `"*** Sensitive Data Redacted ***"` for sensitive members, and for every
/// member of a structure marked `@sensitive`; derived when nothing is hidden.
fn debug_impl(item: &Item, type_name: &str) -> TokenStream {
    let name = ident(type_name);
    let whole = item.sensitive;
    let entries = item.fields.iter().map(|field| {
        let field_name = ident(&field.name);
        let label = naming::unraw(&field.name);
        if whole || field.redacted {
            quote!(.field(#label, &#REDACTED))
        } else {
            quote!(.field(#label, &self.#field_name))
        }
    });
    quote! {
        impl ::std::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#type_name) #(#entries)* .finish()
            }
        }
    }
}

fn builder_struct(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let builder = format_ident!("{}", item.builder);
    let doc = docs::lines(&format!("A builder for [`{}`].", item.name));
    let fields = item.fields.iter().map(|field| {
        let name = ident(&field.name);
        let ty = field.ty.tokens();
        quote!(#name: #OPTION<#ty>,)
    });
    let setters = item.fields.iter().map(setter);
    let is_error = item.module == crate::plan::Module::Error;
    let meta_field = is_error.then(super::errors::builder_meta_field);
    let meta_setter = is_error.then(super::errors::builder_meta_setter);
    let build = build_fn(plan, item)?;
    let (derive_debug, debug) = if hides_something(item) {
        (quote!(), debug_impl(item, &item.builder))
    } else {
        (quote!(Debug,), quote!())
    };
    let derives = if item.has_byte_stream() {
        quote!(#[derive(#derive_debug Default)])
    } else {
        quote!(#[derive(Clone, #derive_debug PartialEq, Default)])
    };
    Ok(quote! {
        #doc
        #derives
        pub struct #builder { #(#fields)* #meta_field }

        impl #builder {
            #(#setters)*
            #meta_setter
            #build
        }

        #debug
    })
}

/// `field(value)` and `set_field(Option<value>)`.
pub(super) fn setter(field: &Field) -> TokenStream {
    let name = ident(&field.name);
    let set = ident(&field.setter());
    let get = ident(&field.getter());
    let ty = field.ty.tokens();
    let member = &field.member.name;
    let required = if field.required { " Required." } else { "" };
    let doc = docs::lines(&format!("Sets `{member}`.{required}"));
    let set_doc = docs::lines(&format!("Sets or clears `{member}`."));
    let get_doc = docs::lines(&format!("The value of `{member}` set so far."));
    let (param, value) = match &field.ty {
        crate::plan::RustType::Boxed(inner) => {
            let inner = inner.tokens();
            (quote!(impl #INTO<#inner>), quote!(#BOX::new(input.into())))
        }
        _ => (quote!(impl #INTO<#ty>), quote!(input.into())),
    };
    quote! {
        #doc
        pub fn #name(mut self, input: #param) -> Self {
            self.#name = Some(#value);
            self
        }

        #set_doc
        pub fn #set(mut self, input: #OPTION<#ty>) -> Self {
            self.#name = input;
            self
        }

        #get_doc
        pub fn #get(&self) -> &#OPTION<#ty> {
            &self.#name
        }
    }
}

/// The required members `build()` checks: not those with a default, not
/// idempotency tokens (filled in when the call is sent), and not a path label
/// that a service customization defaults when unset (Glacier's `accountId`).
fn checked_members<'a>(plan: &Plan<'_>, item: &'a Item) -> Vec<&'a Field> {
    item.fields
        .iter()
        .filter(|f| f.required && f.default.is_none() && !f.idempotency_token)
        .filter(|f| !(item.is_input && customize::label_default(plan, f).is_some()))
        .collect()
}

/// Whether `build()` returns a `Result`: some member must be checked.
pub(super) fn build_is_fallible(plan: &Plan<'_>, item: &Item) -> bool {
    !checked_members(plan, item).is_empty()
}

/// `build()`: infallible unless a required member has no default; inputs check
/// their required members but keep them optional.
fn build_fn(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let type_name = ident(&item.name);
    let shape_name = &item.name;
    let checked = checked_members(plan, item);
    let mut values = Vec::new();
    for field in &item.fields {
        let name = ident(&field.name);
        let member = &field.member.name;
        let value = if field.optional {
            quote!(self.#name)
        } else if let Some(default) = &field.default {
            values::or_default(plan, &item.shape, field, default, quote!(self.#name))?
        } else {
            quote!(self.#name.ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(#shape_name, #member))?)
        };
        values.push(quote!(#name: #value,));
    }
    if item.module == crate::plan::Module::Error {
        let meta = format_ident!("{}", crate::plan::ERROR_METADATA_FIELD);
        values.push(quote!(#meta: self.#meta,));
    }
    let input_checks = item.is_input.then(|| {
        checked
            .iter()
            .map(|field| {
                let name = ident(&field.name);
                let member = &field.member.name;
                quote! {
                    if self.#name.is_none() {
                        return Err(::smithy_runtime::error::BuildError::missing_field(#shape_name, #member));
                    }
                }
            })
            .collect::<Vec<_>>()
    });
    let doc = docs::lines(&format!("Builds the [`{}`].", item.name));
    if checked.is_empty() {
        Ok(quote! {
            #doc
            pub fn build(self) -> #type_name {
                #type_name { #(#values)* }
            }
        })
    } else {
        let names: Vec<String> = checked.iter().map(|f| format!("`{}`", f.member.name)).collect();
        let errors_doc = (!names.is_empty()).then(|| {
            docs::lines(&format!(
                "\nFails when a required member is not set: {}.",
                names.join(", ")
            ))
        });
        let checks = input_checks.unwrap_or_default();
        Ok(quote! {
            #doc
            #errors_doc
            pub fn build(self) -> #RESULT<#type_name, ::smithy_runtime::error::BuildError> {
                #(#checks)*
                Ok(#type_name { #(#values)* })
            }
        })
    }
}
