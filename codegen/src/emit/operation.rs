//! One module per operation: its input and output with their builders, its
//! error enum, and the fluent builder the client hands out.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{docs, errors, ident, structure};
use crate::error::Error;
use crate::plan::{naming, Field, OperationPlan, Plan};
use crate::std_names::{DEFAULT, INTO, OPTION, RESULT};

/// The whole module of an operation.
pub(super) fn module(plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
    let fallback = format!("The `{}` operation.", op.name);
    let module_doc = docs::inner_lines(&docs::text(plan, plan.docs(&op.shape), &fallback));
    let input = structure::structure(plan, &op.input)?;
    let output = structure::structure(plan, &op.output)?;
    let error_doc = format!("An error of the `{}` operation.", op.name);
    let error = errors::error_enum(plan, &op.error_name, &error_doc, &op.errors);
    let into_service_error = errors::into_service_error(plan, op);
    let fluent = fluent_builder(plan, op);
    Ok(quote! {
        #module_doc
        mod wire;

        #input
        #output
        #error
        #into_service_error
        #fluent
    })
}

/// Setters (and, with `getters`, getters) of a builder that wraps an input
/// builder in a field named `inner`: the fluent builder, and the waiters' builders.
pub(super) fn delegating_setters(plan: &Plan<'_>, fields: &[Field], getters: bool) -> Vec<TokenStream> {
    fields
        .iter()
        .map(|field| {
            let field_name = ident(&field.name);
            let set = ident(&field.setter());
            let get = ident(&field.getter());
            let ty = field.ty.tokens();
            let inner_ty = field.ty.unboxed().tokens();
            let member = &field.member.name;
            let member_doc = docs::doc_attrs(plan, field.documentation.as_deref(), &format!("The `{member}` member."));
            let set_doc = docs::lines(&format!("Sets or clears `{member}`."));
            let get_doc = docs::lines(&format!("The value of `{member}` set so far."));
            let getter = getters.then(|| {
                quote! {
                    #get_doc
                    pub fn #get(&self) -> &#OPTION<#ty> {
                        self.inner.#get()
                    }
                }
            });
            quote! {
                #member_doc
                pub fn #field_name(mut self, input: impl #INTO<#inner_ty>) -> Self {
                    self.inner = self.inner.#field_name(input);
                    self
                }

                #set_doc
                pub fn #set(mut self, input: #OPTION<#ty>) -> Self {
                    self.inner = self.inner.#set(input);
                    self
                }

                #getter
            }
        })
        .collect()
}

fn fluent_builder(plan: &Plan<'_>, op: &OperationPlan) -> TokenStream {
    let name = format_ident!("{}", op.fluent_builder);
    let input_builder = format_ident!("{}", op.input.builder);
    let doc = format!(
        "Builds a `{}` call: set the input members, then send it.\n\nGet one from [`Client::{}`](crate::Client::{}).",
        op.name,
        naming::unraw(&op.method),
        naming::unraw(&op.method)
    );
    let doc = docs::lines(&doc);
    let setters = delegating_setters(plan, &op.input.fields, true);
    let output = format_ident!("{}", op.output.name);
    let error = format_ident!("{}", op.error_name);
    let build = if structure::build_is_fallible(plan, &op.input) {
        quote!(self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?)
    } else {
        quote!(self.inner.build())
    };
    let send_doc = docs::lines(&format!(
        "Sends the call and waits for its output.\n\nFails with a modeled error of the operation, or with \
         [`Unhandled`]({}::Unhandled) when a required member is missing, the service cannot be reached, \
         or it answers with an error the model does not describe.",
        op.error_name
    ));
    let send_doc = match &op.event_stream {
        Some(member) => {
            let note = docs::lines(&format!(
                "\n**Not supported yet:** this operation streams events (member `{member}`); \
                 `send` fails with an `Unhandled` error before anything is sent."
            ));
            quote!(#send_doc #note)
        }
        None => send_doc,
    };
    let send = quote! {
        #send_doc
        pub async fn send(self) -> #RESULT<#output, #error> {
            let input = #build;
            wire::send(&self.client, input).await
        }
    };
    let into_paginator = super::paginator::into_paginator(op);
    // An input with a `@streaming` blob cannot be cloned.
    let derives = if op.input.has_byte_stream() {
        quote!(#[derive(Debug)])
    } else {
        quote!(#[derive(Clone, Debug)])
    };
    quote! {
        #doc
        #derives
        pub struct #name {
            client: crate::Client,
            inner: #input_builder,
        }

        impl #name {
            pub(crate) fn new(client: crate::Client) -> Self {
                Self { client, inner: #DEFAULT::default() }
            }

            #send

            /// The input built so far.
            pub fn as_input(&self) -> &#input_builder {
                &self.inner
            }

            #into_paginator

            #(#setters)*
        }
    }
}
