//! Modeled errors, the per-operation error enums and the service-wide `Error`.

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, ident, structure};
use crate::error::Error as ModelError;
use crate::plan::{Field, Item, OperationPlan, Plan};
use crate::std_names::{FROM, OPTION, PARTIAL_EQ, TO_OWNED};

/// The `pub(crate)` constructor of a modeled error from an error response, which
/// every operation's `deserialize_error` calls.
pub(super) fn from_response_ident() -> proc_macro2::Ident {
    quote::format_ident!("from_response")
}

/// A modeled error: its structure plus its metadata accessors, `Display` and
/// `std::error::Error`.
pub(super) fn error_struct(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, ModelError> {
    let structure = structure::structure(plan, item)?;
    let name = ident(&item.name);
    let meta = meta_ident();
    let label = item.shape.name();
    let with_message = format!("{label}: {{}}");
    let message = match message_field(item) {
        Some(field) => {
            let field_name = ident(&field.name);
            if field.optional {
                quote!(self.#field_name.as_deref().or(self.#meta.message()))
            } else {
                quote!(Some(self.#field_name.as_str()))
            }
        }
        None => quote!(self.#meta.message()),
    };
    // The message member, when the body did not give it (unreadable, or under
    // another key), from the metadata.
    let fill_message = message_field(item).filter(|f| f.optional).map(|field| {
        let field_name = ident(&field.name);
        quote! {
            if error.#field_name.is_none() {
                error.#field_name = meta.message().map(#TO_OWNED::to_owned);
            }
        }
    });
    // Only where a response deserializer calls it: it would be dead code else.
    let from_response = if plan.reads_error_from_responses(&item.shape) {
        let read = super::wire::error_from_body(plan, item)?;
        let from_response = from_response_ident();
        Some(quote! {
            /// The error an error response carries: its members as the body (and
            /// headers) give them, completed with the response's metadata, whose
            /// message stands in for a missing one.
            pub(crate) fn #from_response(
                response: &::smithy_runtime::http::HttpResponse,
                meta: ::smithy_runtime::error::ErrorMetadata,
            ) -> Self {
                #read
                #fill_message
                error.#meta = meta;
                error
            }
        })
    } else {
        None
    };
    let code_doc = docs::lines(&format!("The error code on the wire, `{label}`."));
    Ok(quote! {
        #structure

        impl #name {
            #code_doc
            pub const CODE: &'static str = #label;

            /// Status, code, message and request id of the response this error came from.
            pub fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
                &self.#meta
            }

            /// The error code the service sent, else [`Self::CODE`].
            pub fn code(&self) -> #OPTION<&str> {
                Some(self.#meta.code().unwrap_or(Self::CODE))
            }

            /// The message the service sent with the error.
            pub fn message(&self) -> #OPTION<&str> {
                #message
            }

            /// The request id of the response.
            pub fn request_id(&self) -> #OPTION<&str> {
                self.#meta.request_id()
            }

            #from_response
        }

        impl ::smithy_runtime::error::ProvideErrorMetadata for #name {
            fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
                #name::meta(self)
            }

            fn code(&self) -> #OPTION<&str> {
                #name::code(self)
            }

            fn message(&self) -> #OPTION<&str> {
                #name::message(self)
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self.message() {
                    Some(message) => ::std::write!(f, #with_message, message),
                    None => f.write_str(#label),
                }
            }
        }

        impl ::std::error::Error for #name {}
    })
}

fn meta_ident() -> proc_macro2::Ident {
    quote::format_ident!("{}", crate::plan::ERROR_METADATA_FIELD)
}

/// The field of a modeled error that holds its response's metadata; set by the
/// response deserializer (hence `pub(crate)`), never (de)serialized nor compared.
pub(super) fn meta_field() -> TokenStream {
    let meta = meta_ident();
    quote! {
        #[serde(skip)]
        pub(crate) #meta: ::smithy_runtime::error::ErrorMetadata,
    }
}

/// `PartialEq` of a modeled error: its members, not its response metadata, so
/// that an error compares equal to one built with the same members.
pub(super) fn partial_eq_of_members(item: &Item) -> TokenStream {
    let name = ident(&item.name);
    let fields: Vec<_> = item.fields.iter().map(|f| ident(&f.name)).collect();
    let body = if fields.is_empty() {
        quote!(true)
    } else {
        quote!(#(self.#fields == other.#fields)&&*)
    };
    let other = if fields.is_empty() {
        quote!(_other)
    } else {
        quote!(other)
    };
    quote! {
        impl #PARTIAL_EQ for #name {
            fn eq(&self, #other: &Self) -> bool {
                #body
            }
        }
    }
}

/// The builder field for [`meta_field`].
pub(super) fn builder_meta_field() -> TokenStream {
    let meta = meta_ident();
    quote!(#meta: ::smithy_runtime::error::ErrorMetadata,)
}

/// The builder method for [`meta_field`].
pub(super) fn builder_meta_setter() -> TokenStream {
    let meta = meta_ident();
    quote! {
        /// Sets the response metadata (status, code, message, request id), as the
        /// client does: for tests of code that handles this error.
        pub fn #meta(mut self, meta: ::smithy_runtime::error::ErrorMetadata) -> Self {
            self.#meta = meta;
            self
        }
    }
}

/// The member holding the service's message: `message` in any case.
pub(super) fn message_field(item: &Item) -> Option<&Field> {
    item.fields
        .iter()
        .find(|f| f.member.name.eq_ignore_ascii_case("message") && matches!(f.ty, crate::plan::RustType::String))
}

/// An enum of `errors` (modeled error ids) plus `Unhandled`, with its metadata
/// accessors; `Display` and `source()` are those of the error inside, so no
/// layer repeats another's text.
pub(super) fn error_enum(plan: &Plan<'_>, name: &str, doc: &str, errors: &[crate::model::ShapeId]) -> TokenStream {
    let enum_name = ident(name);
    let items: Vec<&Item> = errors.iter().filter_map(|id| plan.item(id)).collect();
    let variants: Vec<_> = items.iter().map(|i| ident(&i.name)).collect();
    let paths: Vec<TokenStream> = items.iter().map(|i| i.path_tokens()).collect();
    let docs = items
        .iter()
        .map(|i| docs::doc_attrs(plan, plan.docs(&i.shape), &format!("The `{}` error.", i.shape.name())));
    let doc = docs::lines(&format!(
        "{doc}\n\nIts `Display` and `source()` are those of the error it holds. Status, code, \
         message and request id: [`meta`](Self::meta), or the trait \
         [`crate::error::ProvideErrorMetadata`]."
    ));
    quote! {
        #doc
        #[derive(Debug)]
        #[non_exhaustive]
        pub enum #enum_name {
            #(#docs #variants(#paths),)*
            /// An error the model does not describe, or a failure to reach the
            /// service or to read its response.
            Unhandled(::smithy_runtime::error::UnhandledError),
        }

        impl #enum_name {
            /// The error it holds, whichever variant it is.
            fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
                match self {
                    #(Self::#variants(error) => error,)*
                    Self::Unhandled(error) => error,
                }
            }

            /// Status, code, message and request id of the response the error came from.
            pub fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
                self.held().meta()
            }

            /// The error code: the modeled error's, or the code the service sent.
            pub fn code(&self) -> #OPTION<&str> {
                self.held().code()
            }

            /// The message the service sent, if any.
            pub fn message(&self) -> #OPTION<&str> {
                self.held().message()
            }

            /// The request id of the response, if any.
            pub fn request_id(&self) -> #OPTION<&str> {
                self.meta().request_id()
            }
        }

        impl ::smithy_runtime::error::ProvideErrorMetadata for #enum_name {
            fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
                #enum_name::meta(self)
            }

            fn code(&self) -> #OPTION<&str> {
                #enum_name::code(self)
            }

            fn message(&self) -> #OPTION<&str> {
                #enum_name::message(self)
            }
        }

        impl ::std::fmt::Display for #enum_name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(self.held(), f)
            }
        }

        impl ::std::error::Error for #enum_name {
            fn source(&self) -> #OPTION<&(dyn ::std::error::Error + 'static)> {
                self.held().source()
            }
        }

        impl #FROM<::smithy_runtime::error::UnhandledError> for #enum_name {
            fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
                Self::Unhandled(error)
            }
        }
    }
}

/// `From<OperationError> for crate::Error`.
pub(super) fn into_service_error(plan: &Plan<'_>, op: &OperationPlan) -> TokenStream {
    let op_error = ident(&op.error_name);
    let variants: Vec<_> = op
        .errors
        .iter()
        .filter_map(|id| plan.item(id))
        .map(|i| ident(&i.name))
        .collect();
    quote! {
        impl #FROM<#op_error> for crate::Error {
            fn from(error: #op_error) -> Self {
                match error {
                    #(#op_error::#variants(error) => crate::Error::#variants(error),)*
                    #op_error::Unhandled(error) => crate::Error::Unhandled(error),
                }
            }
        }
    }
}
