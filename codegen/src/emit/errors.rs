//! Modeled errors, the per-operation error enums and the service-wide `Error`.

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, ident, structure};
use crate::error::Error as ModelError;
use crate::plan::{Field, Item, OperationPlan, Plan};

/// A modeled error: its structure plus `Display` and `std::error::Error`.
pub(super) fn error_struct(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, ModelError> {
    let structure = structure::structure(plan, item)?;
    let name = ident(&item.name);
    let label = item.shape.name();
    let with_message = format!("{label}: {{}}");
    let (message_fn, display) = match message_field(item) {
        Some(field) => {
            let field_name = ident(&field.name);
            let access = if field.optional {
                quote!(self.#field_name.as_deref())
            } else {
                quote!(Some(self.#field_name.as_str()))
            };
            (
                quote! {
                    /// The message the service sent with the error.
                    pub fn message(&self) -> ::std::option::Option<&str> {
                        #access
                    }
                },
                quote! {
                    match self.message() {
                        Some(message) => ::std::write!(f, #with_message, message),
                        None => f.write_str(#label),
                    }
                },
            )
        }
        None => (
            quote! {
                /// The message the service sent with the error; this error models none.
                pub fn message(&self) -> ::std::option::Option<&str> {
                    None
                }
            },
            quote!(f.write_str(#label)),
        ),
    };
    let code_doc = docs::lines(&format!("The error code on the wire, `{label}`."));
    Ok(quote! {
        #structure

        impl #name {
            #code_doc
            pub const CODE: &'static str = #label;

            #message_fn
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                #display
            }
        }

        impl ::std::error::Error for #name {}
    })
}

/// The member holding the service's message: `message` in any case.
fn message_field(item: &Item) -> Option<&Field> {
    item.fields
        .iter()
        .find(|f| f.member.name.eq_ignore_ascii_case("message") && matches!(f.ty, crate::plan::RustType::String))
}

/// An enum of `errors` (modeled error ids) plus `Unhandled`, with `Display`,
/// `std::error::Error`, `code()` and `message()`.
pub(super) fn error_enum(plan: &Plan<'_>, name: &str, doc: &str, errors: &[crate::model::ShapeId]) -> TokenStream {
    let enum_name = ident(name);
    let items: Vec<&Item> = errors.iter().filter_map(|id| plan.item(id)).collect();
    let variants: Vec<_> = items.iter().map(|i| ident(&i.name)).collect();
    let paths: Vec<TokenStream> = items.iter().map(|i| i.path().parse().expect("valid path")).collect();
    let docs = items.iter().map(|i| {
        let shape = plan.model.shape(&i.shape);
        docs::doc_attrs(
            shape.traits.documentation.as_deref(),
            &format!("The `{}` error.", i.shape.name()),
        )
    });
    let doc = docs::lines(doc);
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
            /// The error code: the modeled error's name, or the code the service sent.
            pub fn code(&self) -> ::std::option::Option<&str> {
                match self {
                    #(Self::#variants(_) => Some(#paths::CODE),)*
                    Self::Unhandled(error) => error.code(),
                }
            }

            /// The message the service sent, if any.
            pub fn message(&self) -> ::std::option::Option<&str> {
                match self {
                    #(Self::#variants(error) => error.message(),)*
                    Self::Unhandled(error) => error.message(),
                }
            }
        }

        impl ::std::fmt::Display for #enum_name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    #(Self::#variants(error) => ::std::fmt::Display::fmt(error, f),)*
                    Self::Unhandled(error) => ::std::fmt::Display::fmt(error, f),
                }
            }
        }

        impl ::std::error::Error for #enum_name {
            fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
                match self {
                    #(Self::#variants(error) => Some(error),)*
                    Self::Unhandled(error) => Some(error),
                }
            }
        }

        impl ::std::convert::From<::smithy_runtime::error::UnhandledError> for #enum_name {
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
        impl ::std::convert::From<#op_error> for crate::Error {
            fn from(error: #op_error) -> Self {
                match error {
                    #(#op_error::#variants(error) => crate::Error::#variants(error),)*
                    #op_error::Unhandled(error) => crate::Error::Unhandled(error),
                }
            }
        }
    }
}
