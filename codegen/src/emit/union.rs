//! Tagged unions, with a case for members this crate does not know.

use proc_macro2::TokenStream;
use quote::quote;

use super::REDACTED;
use super::{docs, ident, serde_attrs};
use crate::plan::{Item, Plan, RustType};
use crate::std_names::{OPTION, RESULT, STRING};

/// A union: an enum with one variant per member and `Unknown`, with serde
/// impls in the restJson1 form: an object with exactly one member set.
pub(super) fn union(plan: &Plan<'_>, item: &Item) -> TokenStream {
    let name = ident(&item.name);
    let doc = docs::item_doc_attrs(
        plan,
        &item.shape,
        plan.docs(&item.shape),
        &format!("The `{}` union.", item.shape.name()),
    );
    let variants = item.fields.iter().map(|f| {
        let variant = ident(&f.name);
        let doc = docs::doc_attrs(
            plan,
            f.documentation.as_deref(),
            &format!("The `{}` member.", f.member.name),
        );
        if f.ty == RustType::Unit {
            quote!(#doc #variant,)
        } else {
            let ty = f.ty.tokens();
            quote!(#doc #variant(#ty),)
        }
    });
    let serialize_arms = item.fields.iter().map(|f| {
        let variant = ident(&f.name);
        let wire = &f.wire_name;
        if f.ty == RustType::Unit {
            quote!(Self::#variant => map.serialize_entry(#wire, &::std::collections::HashMap::<&str, ()>::new())?,)
        } else if let Some(format) = serde_attrs::timestamp_format_marker(f) {
            quote!(Self::#variant(value) => map.serialize_entry(#wire, &::smithy_runtime::serde::nested::Formatted::<_, #format>::new(value))?,)
        } else {
            quote!(Self::#variant(value) => map.serialize_entry(#wire, value)?,)
        }
    });
    let deserialize_arms = item.fields.iter().map(|f| {
        let variant = ident(&f.name);
        let wire = &f.wire_name;
        if f.ty == RustType::Unit {
            quote!(#wire => map.next_value::<#OPTION<::serde::de::IgnoredAny>>()?.map(|_| #name::#variant),)
        } else if let Some(format) = serde_attrs::timestamp_format_marker(f) {
            let ty = f.ty.tokens();
            quote!(#wire => map
                .next_value::<#OPTION<::smithy_runtime::serde::nested::Parsed<#ty, #format>>>()?
                .map(|value| #name::#variant(value.into_inner())),)
        } else {
            let ty = f.ty.tokens();
            quote!(#wire => map.next_value::<#OPTION<#ty>>()?.map(#name::#variant),)
        }
    });
    let (derive_debug, debug_impl) = debug_impl(item);
    let expecting = format!("a `{}` union: an object with one member set", item.name);
    quote! {
        #doc
        #[derive(Clone, #derive_debug PartialEq)]
        #[non_exhaustive]
        // Boxing the larger members would change the API for a layout detail.
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #(#variants)*
            /// A member this version of the crate does not know; it holds the member's name.
            Unknown(#STRING),
        }

        #debug_impl

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> #RESULT<S::Ok, S::Error> {
                use ::serde::ser::{Error as _, SerializeMap as _};
                let mut map = serializer.serialize_map(Some(1))?;
                match self {
                    #(#serialize_arms)*
                    Self::Unknown(member) => {
                        return Err(S::Error::custom(::std::format!(
                            "cannot send the unknown union member `{member}`"
                        )));
                    }
                }
                map.end()
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> #RESULT<Self, D::Error> {
                struct Visitor;

                impl<'de> ::serde::de::Visitor<'de> for Visitor {
                    type Value = #name;

                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(#expecting)
                    }

                    fn visit_map<A: ::serde::de::MapAccess<'de>>(self, mut map: A) -> #RESULT<#name, A::Error> {
                        use ::serde::de::Error as _;
                        let mut found = None;
                        while let Some(key) = map.next_key::<#STRING>()? {
                            let value = match key.as_str() {
                                #(#deserialize_arms)*
                                // restJson1 servers may name the union's type; it is not a member.
                                "__type" => {
                                    map.next_value::<::serde::de::IgnoredAny>()?;
                                    None
                                }
                                _ => {
                                    map.next_value::<::serde::de::IgnoredAny>()?;
                                    Some(#name::Unknown(key))
                                }
                            };
                            if value.is_some() && found.is_some() {
                                return Err(A::Error::custom("a union sets more than one member"));
                            }
                            found = found.or(value);
                        }
                        found.ok_or_else(|| A::Error::custom("a union sets no member"))
                    }
                }

                deserializer.deserialize_map(Visitor)
            }
        }
    }
}

/// `Debug` that prints `Variant("*** Sensitive Data Redacted ***")` for a
/// sensitive member, and for every member of a union marked `@sensitive`;
/// derived when nothing is hidden. Returns the derive and the impl.
fn debug_impl(item: &Item) -> (TokenStream, TokenStream) {
    let whole = item.sensitive;
    if !whole && !item.fields.iter().any(|f| f.redacted) {
        return (quote!(Debug,), quote!());
    }
    let name = ident(&item.name);
    let arms = item.fields.iter().map(|f| {
        let variant = ident(&f.name);
        let label = crate::plan::naming::unraw(&f.name);
        if f.ty == RustType::Unit {
            quote!(Self::#variant => f.write_str(#label),)
        } else if whole || f.redacted {
            quote!(Self::#variant(_) => f.debug_tuple(#label).field(&#REDACTED).finish(),)
        } else {
            quote!(Self::#variant(value) => f.debug_tuple(#label).field(value).finish(),)
        }
    });
    let debug = quote! {
        impl ::std::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    #(#arms)*
                    Self::Unknown(member) => f.debug_tuple("Unknown").field(member).finish(),
                }
            }
        }
    };
    (quote!(), debug)
}
