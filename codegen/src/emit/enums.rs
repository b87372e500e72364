//! String enums and intEnums that keep values this crate does not know.

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, ident};
use crate::plan::{Item, ItemKind, Plan};
use crate::std_names::{AS_REF, FROM, RESULT, STRING, TO_OWNED};

/// A string enum, or an intEnum.
pub(super) fn enumeration(plan: &Plan<'_>, item: &Item) -> TokenStream {
    match item.kind {
        ItemKind::IntEnum => int_enum(plan, item),
        _ => string_enum(plan, item),
    }
}

fn enum_doc(plan: &Plan<'_>, item: &Item) -> TokenStream {
    let shape_docs = plan.docs(&item.shape);
    docs::item_doc_attrs(
        plan,
        &item.shape,
        shape_docs,
        &format!("The `{}` enumeration.", item.shape.name()),
    )
}

fn variant_docs(plan: &Plan<'_>, item: &Item) -> Vec<TokenStream> {
    item.fields
        .iter()
        .map(|f| {
            let value = f.enum_value.as_ref().map(|v| v.to_string()).unwrap_or_default();
            docs::doc_attrs(
                plan,
                f.documentation.as_deref(),
                &format!("The value `{}`.", value.trim_matches('"')),
            )
        })
        .collect()
}

fn string_enum(plan: &Plan<'_>, item: &Item) -> TokenStream {
    let name = ident(&item.name);
    let doc = enum_doc(plan, item);
    let variant_docs = variant_docs(plan, item);
    let variants: Vec<_> = item.fields.iter().map(|f| ident(&f.name)).collect();
    let values: Vec<&str> = item.fields.iter().map(|f| f.wire_name.as_str()).collect();
    quote! {
        #doc
        ///
        /// Values this version of the crate does not know are kept in
        /// [`Unknown`](Self::Unknown), so a newer service never breaks a response.
        /// Build values with `From<&str>`, which never yields `Unknown` for a known value.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #(#variant_docs #variants,)*
            /// A value this version of the crate does not know.
            Unknown(#STRING),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #values,)*
                    Self::Unknown(value) => value.as_str(),
                }
            }

            /// Every value this version of the crate knows.
            pub const fn values() -> &'static [&'static str] {
                &[#(#values),*]
            }
        }

        impl #FROM<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#values => Self::#variants,)*
                    other => Self::Unknown(#TO_OWNED::to_owned(other)),
                }
            }
        }

        impl #FROM<#STRING> for #name {
            fn from(value: #STRING) -> Self {
                Self::from(value.as_str())
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;

            fn from_str(value: &str) -> #RESULT<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl #AS_REF<str> for #name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> #RESULT<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> #RESULT<Self, D::Error> {
                let value = <#STRING as ::serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value))
            }
        }
    }
}

fn int_enum(plan: &Plan<'_>, item: &Item) -> TokenStream {
    let name = ident(&item.name);
    let doc = enum_doc(plan, item);
    let variant_docs = variant_docs(plan, item);
    let variants: Vec<_> = item.fields.iter().map(|f| ident(&f.name)).collect();
    let values: Vec<i32> = item
        .fields
        .iter()
        .map(|f| {
            f.enum_value
                .as_ref()
                .and_then(|v| v.as_i64())
                .and_then(|v| i32::try_from(v).ok())
                .unwrap_or_default()
        })
        .collect();
    quote! {
        #doc
        ///
        /// Values this version of the crate does not know are kept in
        /// [`Unknown`](Self::Unknown).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #(#variant_docs #variants,)*
            /// A value this version of the crate does not know.
            Unknown(i32),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_i32(&self) -> i32 {
                match self {
                    #(Self::#variants => #values,)*
                    Self::Unknown(value) => *value,
                }
            }

            /// Every value this version of the crate knows.
            pub const fn values() -> &'static [i32] {
                &[#(#values),*]
            }
        }

        impl #FROM<i32> for #name {
            fn from(value: i32) -> Self {
                match value {
                    #(#values => Self::#variants,)*
                    other => Self::Unknown(other),
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.as_i32(), f)
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> #RESULT<S::Ok, S::Error> {
                serializer.serialize_i32(self.as_i32())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> #RESULT<Self, D::Error> {
                let value = <i32 as ::serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value))
            }
        }
    }
}
