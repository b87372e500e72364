//! Standard types and traits in generated code, by their prelude names
//! (`Option<String>`) as hand-written Rust names them.
//!
//! A model may declare a type named like one of them (RDS has a structure
//! `Option`). That type would shadow the prelude name in its own module, so a
//! crate that declares one writes that name by its absolute path
//! (`::std::option::Option`) in every file. Which names are taken is the
//! crate's, set for the thread that renders its files by [`with_taken`];
//! emitters interpolate the constants below (`quote!(#OPTION<#ty>)`).

use std::cell::Cell;
use std::collections::BTreeSet;

use proc_macro2::{Ident, Punct, Spacing, Span, TokenStream};
use quote::{ToTokens, TokenStreamExt};

/// A standard type or trait that the prelude names.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StdName {
    /// Its module under `std`.
    module: &'static str,
    /// Its name, in the prelude and in that module.
    name: &'static str,
    /// Its bit in [`TAKEN`].
    bit: u16,
}

/// `const`s of the names, each with its own bit.
macro_rules! std_names {
    ($($bit:literal $konst:ident = $module:literal :: $name:literal;)*) => {
        $(
            #[doc = concat!("`", $name, "`, or `::std::", $module, "::", $name, "`.")]
            pub(crate) const $konst: StdName = StdName { module: $module, name: $name, bit: 1 << $bit };
        )*
        /// Every name.
        const ALL: &[StdName] = &[$($konst),*];
    };
}

std_names! {
    0 AS_REF = "convert"::"AsRef";
    1 BOX = "boxed"::"Box";
    2 DEFAULT = "default"::"Default";
    3 FROM = "convert"::"From";
    4 INTO = "convert"::"Into";
    5 INTO_ITERATOR = "iter"::"IntoIterator";
    6 OPTION = "option"::"Option";
    7 PARTIAL_EQ = "cmp"::"PartialEq";
    8 RESULT = "result"::"Result";
    9 STRING = "string"::"String";
    10 TO_OWNED = "borrow"::"ToOwned";
    11 VEC = "vec"::"Vec";
}

thread_local! {
    /// The names the crate being rendered on this thread declares types of.
    static TAKEN: Cell<u16> = const { Cell::new(0) };
}

/// Runs `render` with the prelude names among `declared` (every type name a
/// crate declares) written as absolute paths on this thread.
pub(crate) fn with_taken<R>(declared: &BTreeSet<&str>, render: impl FnOnce() -> R) -> R {
    let taken = ALL
        .iter()
        .filter(|std| declared.contains(std.name))
        .fold(0, |bits, std| bits | std.bit);
    /// Gives the thread back the names it had, even when `render` panics.
    struct Restore(u16);
    impl Drop for Restore {
        fn drop(&mut self) {
            TAKEN.with(|cell| cell.set(self.0));
        }
    }
    let _restore = Restore(TAKEN.with(|cell| cell.replace(taken)));
    render()
}

impl StdName {
    /// Whether the crate being rendered takes this name for a type of its own.
    fn is_taken(self) -> bool {
        TAKEN.with(|taken| taken.get() & self.bit != 0)
    }

    /// The path as text, for attributes that name a function by a string
    /// (`skip_serializing_if = "Option::is_none"`).
    pub(crate) fn text(self) -> String {
        if self.is_taken() {
            format!("::std::{}::{}", self.module, self.name)
        } else {
            self.name.to_owned()
        }
    }
}

impl ToTokens for StdName {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        if self.is_taken() {
            for segment in ["std", self.module] {
                tokens.append(Punct::new(':', Spacing::Joint));
                tokens.append(Punct::new(':', Spacing::Alone));
                tokens.append(Ident::new(segment, Span::call_site()));
            }
            tokens.append(Punct::new(':', Spacing::Joint));
            tokens.append(Punct::new(':', Spacing::Alone));
        }
        tokens.append(Ident::new(self.name, Span::call_site()));
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    #[test]
    fn a_free_name_is_written_as_the_prelude_writes_it() {
        let tokens = with_taken(
            &BTreeSet::from(["Thing", "ThingBuilder"]),
            || quote!(fn f(x: #OPTION<#STRING>) -> #RESULT<#VEC<u8>, ()> {}),
        );
        assert_eq!(
            tokens.to_string(),
            quote!(
                fn f(x: Option<String>) -> Result<Vec<u8>, ()> {}
            )
            .to_string()
        );
        assert_eq!(with_taken(&BTreeSet::new(), || OPTION.text()), "Option");
    }

    #[test]
    fn a_name_the_crate_takes_is_written_as_an_absolute_path() {
        let tokens = with_taken(
            &BTreeSet::from(["Option", "Box"]),
            || quote! { struct Option { value: #OPTION<#STRING>, boxed: #BOX<u8> } },
        );
        let expected = quote! {
            struct Option { value: ::std::option::Option<String>, boxed: ::std::boxed::Box<u8> }
        };
        assert_eq!(tokens.to_string(), expected.to_string());
        assert_eq!(
            with_taken(&BTreeSet::from(["Option"]), || OPTION.text()),
            "::std::option::Option"
        );
    }

    #[test]
    fn the_thread_gets_back_the_names_it_had() {
        let outer = with_taken(&BTreeSet::from(["Vec"]), || {
            with_taken(&BTreeSet::new(), || VEC.to_token_stream().to_string());
            VEC.to_token_stream().to_string()
        });
        assert_eq!(outer, quote!(::std::vec::Vec).to_string());
        assert_eq!(VEC.to_token_stream().to_string(), "Vec");
    }

    #[test]
    fn a_panic_while_rendering_gives_the_thread_back_its_names() {
        let panicked = std::panic::catch_unwind(|| with_taken(&BTreeSet::from(["String"]), || panic!("generator bug")));
        assert!(panicked.is_err());
        assert_eq!(STRING.to_token_stream().to_string(), "String");
    }

    #[test]
    fn every_name_has_a_bit_of_its_own() {
        let bits: BTreeSet<u16> = ALL.iter().map(|std| std.bit).collect();
        assert_eq!(bits.len(), ALL.len());
        assert!(ALL.len() <= 16);
    }
}
