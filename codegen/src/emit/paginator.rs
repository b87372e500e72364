//! `src/paginator.rs`: one paginator per `@paginated` operation, a stream of
//! its pages (and of their items), on top of `smithy_runtime::paginator`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::waiter::compile::{Compiler, Type, Value};
use super::waiter::jmespath;
use super::{docs, ident};
use crate::error::{Error, Errors};
use crate::model::Paginated;
use crate::plan::{naming, ItemKind, OperationPlan, Plan, RustType};
use crate::std_names::{BOX, OPTION, RESULT, STRING, VEC};

/// Whether any operation of the service is paginated.
fn any(plan: &Plan<'_>) -> bool {
    plan.operations.iter().any(|op| op.paginated.is_some())
}

/// The paginator type of a paginated operation.
pub(super) fn type_name(op: &OperationPlan) -> proc_macro2::Ident {
    format_ident!("{}", op.paginator)
}

/// `src/paginator.rs`: the paginators, or a module that says there are none.
pub(super) fn file(plan: &Plan<'_>) -> Result<TokenStream, Errors> {
    if any(plan) {
        module(plan)
    } else {
        Ok(super::crate_root::empty_helpers("Paginators", "@paginated"))
    }
}

/// The whole `src/paginator.rs` of a service with paginated operations.
fn module(plan: &Plan<'_>) -> Result<TokenStream, Errors> {
    let mut errors = Errors::default();
    let mut items = Vec::new();
    let mut names = Vec::new();
    for op in &plan.operations {
        let Some(trait_value) = op.paginated.clone() else {
            continue;
        };
        match paginator(plan, op, &trait_value) {
            Ok(tokens) => {
                items.push(tokens);
                names.push(format!("- [`{}Paginator`], the pages of `{}`", op.name, op.name));
            }
            Err(message) => errors.push(Error::shape(&op.shape, format!("`@paginated`: {message}"))),
        }
    }
    let doc = docs::inner_lines(&format!(
        "Paginators: the pages of each `@paginated` operation as a [`Stream`], and their items.\n\n\
         Get one from the operation's call builder with `into_paginator()`, for example \
         `client.{}().into_paginator()`. Paging stops after the page whose next token is absent, \
         empty, or the same as the token that asked for it, and after the first error.\n\n\
         Each paginator and item stream also has an inherent `next().await`, for callers without \
         `futures-util`.\n\n{}",
        plan.operations
            .iter()
            .find(|op| op.paginated.is_some())
            .map_or("", |op| naming::unraw(&op.method)),
        names.join("\n")
    ));
    errors.into_result(quote! {
        #doc

        pub use ::smithy_runtime::paginator::{Items, Stream};

        #(#items)*
    })
}

fn paginator(plan: &Plan<'_>, op: &OperationPlan, trait_value: &Paginated) -> Result<TokenStream, String> {
    let input_token = trait_value
        .input_token
        .as_deref()
        .ok_or("no `inputToken`, here or on the service")?;
    let output_token = trait_value
        .output_token
        .as_deref()
        .ok_or("no `outputToken`, here or on the service")?;
    let token_field = op
        .input
        .fields
        .iter()
        .find(|f| f.member.name == input_token)
        .ok_or_else(|| format!("`inputToken` names `{input_token}`, which is not a member of the input"))?;
    if token_field.ty != RustType::String {
        return Err(format!("`inputToken` `{input_token}` must target a string"));
    }
    let set_token = ident(&token_field.setter());
    let get_token = ident(&token_field.getter());

    let compiler = Compiler { plan };
    let ast = jmespath::parse(output_token).map_err(|e| format!("`outputToken` `{output_token}`: {e}"))?;
    let root = Value::new(quote!(page), Type::Struct(&op.output));
    let next = compiler
        .compile(&ast, &root)
        .map_err(|e| format!("`outputToken` `{output_token}`: {e}"))?;
    if !matches!(next.ty, Type::Str) {
        return Err(format!(
            "`outputToken` `{output_token}` must be a string, not {}",
            describe(&next.ty)
        ));
    }
    let next_token = next.opt();

    let name = type_name(op);
    let method = naming::unraw(&op.method);
    let module = ident(&op.method);
    let builder = format_ident!("{}", op.fluent_builder);
    let builder: TokenStream = quote!(crate::operation::#module::#builder);
    let output = format_ident!("{}", op.output.name);
    let output: TokenStream = quote!(crate::operation::#module::#output);
    let error = format_ident!("{}", op.error_name);
    let error: TokenStream = quote!(crate::operation::#module::#error);
    let fetch_fn = format_ident!("{}_page", method);
    let token_fn = format_ident!("{}_next_token", method);

    let page_size = match &trait_value.page_size {
        None => quote!(),
        Some(member) => {
            let field = op
                .input
                .fields
                .iter()
                .find(|f| &f.member.name == member)
                .ok_or_else(|| format!("`pageSize` names `{member}`, which is not a member of the input"))?;
            if !matches!(field.ty, RustType::I8 | RustType::I16 | RustType::I32 | RustType::I64) {
                return Err(format!("`pageSize` `{member}` must target an integer"));
            }
            let setter = ident(&field.name);
            let ty = field.ty.tokens();
            let doc = docs::lines(&format!(
                "Sets `{member}`, the most items the service returns per page; it is sent with every page's request."
            ));
            quote! {
                #doc
                pub fn page_size(self, page_size: #ty) -> Self {
                    Self(self.0.map_builder(|builder| builder.#setter(page_size)))
                }
            }
        }
    };

    let (items_method, items_alias, items_fn) = match &trait_value.items {
        None => (quote!(), quote!(), quote!()),
        Some(path) => {
            let (extract, element) = items_path(plan, op, path).map_err(|e| format!("`items` `{path}`: {e}"))?;
            let alias = format_ident!("{}Items", op.name);
            let items_fn = format_ident!("{}_items", method);
            let alias_doc = docs::lines(&format!(
                "The items (`{path}`) of every page of `{}`, one after the other: a [`Stream`] of \
                 `Result<item, error>` that ends after the first error.\n\nGet one from [`{name}::items`].",
                op.name
            ));
            let method_doc = docs::lines(&format!("The items (`{path}`) of every page, one after the other."));
            (
                quote! {
                    #method_doc
                    pub fn items(self) -> #alias {
                        self.0.items(#items_fn)
                    }
                },
                quote! {
                    #alias_doc
                    pub type #alias = Items<#builder, #output, #error, #element>;
                },
                quote! {
                    fn #items_fn(page: #output) -> #VEC<#element> {
                        #extract
                    }
                },
            )
        }
    };

    let doc = docs::lines(&format!(
        "The pages of `{op_name}`: a [`Stream`] of `Result<{out}, {err}>`, one call per page.\n\n\
         Get one from [`{builder_name}::into_paginator`](crate::operation::{method}::{builder_name}::into_paginator). \
         Each request sends the `{input_token}` that the page before returned in `{output_token}`.",
        op_name = op.name,
        out = op.output.name,
        err = op.error_name,
        builder_name = op.fluent_builder,
    ));
    Ok(quote! {
        #doc
        #[derive(Debug)]
        pub struct #name(::smithy_runtime::paginator::Pages<#builder, #output, #error>);

        impl #name {
            pub(crate) fn new(builder: #builder) -> Self {
                let first = builder.#get_token().clone();
                Self(::smithy_runtime::paginator::Pages::new(builder, first, #fetch_fn, #token_fn))
            }

            #page_size

            /// The next page, `None` after the last one.
            pub async fn next(&mut self) -> #OPTION<#RESULT<#output, #error>> {
                self.0.next().await
            }

            #items_method
        }

        impl Stream for #name {
            type Item = #RESULT<#output, #error>;

            fn poll_next(
                mut self: ::std::pin::Pin<&mut Self>,
                cx: &mut ::std::task::Context<'_>,
            ) -> ::std::task::Poll<#OPTION<Self::Item>> {
                ::std::pin::Pin::new(&mut self.0).poll_next(cx)
            }
        }

        #items_alias

        fn #fetch_fn(
            builder: #builder,
            token: #OPTION<#STRING>,
        ) -> ::smithy_runtime::http::BoxFuture<'static, #RESULT<#output, #error>> {
            #BOX::pin(builder.#set_token(token).send())
        }

        fn #token_fn(page: &#output) -> #OPTION<&str> {
            #next_token
        }

        #items_fn
    })
}

fn describe(ty: &Type<'_>) -> &'static str {
    match ty {
        Type::Bool => "a boolean",
        Type::Number => "a number",
        Type::Str => "a string",
        Type::Struct(_) | Type::Union(_) | Type::InputOutput { .. } => "a structure",
        Type::List(_) => "a list",
        Type::Map => "a map",
        Type::Null => "null",
    }
}

/// Moves the items out of a page (`page`) along a dotted member path: the
/// body of `fn(page) -> Vec<item>`, and the item type.
fn items_path(plan: &Plan<'_>, op: &OperationPlan, path: &str) -> Result<(TokenStream, TokenStream), String> {
    let mut current = &op.output;
    let mut expr = quote!(page);
    let mut nullable = false;
    let segments: Vec<&str> = path.split('.').collect();
    for (i, segment) in segments.iter().enumerate() {
        let field = current
            .fields
            .iter()
            .find(|f| f.member.name == *segment)
            .ok_or_else(|| format!("`{}` has no member `{segment}`", current.shape.name()))?;
        let name = ident(&field.name);
        if matches!(field.ty, RustType::Boxed(_)) {
            return Err(format!(
                "member `{segment}` is recursive (boxed), which is not supported in an items path"
            ));
        }
        expr = match (nullable, field.optional) {
            (false, _) => quote!(#expr.#name),
            (true, true) => quote!(#expr.and_then(|v| v.#name)),
            (true, false) => quote!(#expr.map(|v| v.#name)),
        };
        nullable |= field.optional;
        if i + 1 == segments.len() {
            let value = if nullable {
                quote!(#expr.unwrap_or_default())
            } else {
                expr
            };
            return match &field.ty {
                RustType::List { item, sparse } => Ok((value, item.tokens_maybe_optional(*sparse))),
                RustType::Map { key, value: v, sparse } => {
                    let (k, v) = (key.tokens(), v.tokens_maybe_optional(*sparse));
                    Ok((quote!(#value.into_iter().collect()), quote!((#k, #v))))
                }
                _ => Err(format!("member `{segment}` is not a list or a map")),
            };
        }
        current = match &field.ty {
            RustType::Named { shape, .. } => match plan.item(shape) {
                Some(item) if item.kind == ItemKind::Struct => item,
                _ => return Err(format!("member `{segment}` is not a structure")),
            },
            _ => return Err(format!("member `{segment}` is not a structure")),
        };
    }
    Err("the path is empty".into())
}

/// `into_paginator()` on the call builder of a paginated operation.
pub(super) fn into_paginator(op: &OperationPlan) -> TokenStream {
    let Some(trait_value) = &op.paginated else {
        return quote!();
    };
    let name = type_name(op);
    let items = match &trait_value.items {
        Some(items) => format!(", or of their items (`{items}`) with `.items()`"),
        None => String::new(),
    };
    let doc = docs::lines(&format!(
        "Pages through the results: a stream of pages ([`{name}`](crate::paginator::{name})){items}. \
         Set the input members first; the paginator sends the continuation token."
    ));
    quote! {
        #doc
        pub fn into_paginator(self) -> crate::paginator::#name {
            crate::paginator::#name::new(self)
        }
    }
}
