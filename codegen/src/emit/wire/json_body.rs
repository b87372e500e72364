//! What the JSON protocols (restJson1, awsJson1_0, awsJson1_1) share on the
//! wire: a JSON object body of members written with serde, the members of a
//! JSON response body read with the generated readers (`de`), and the
//! operation error of an error response, named by its code.

use proc_macro2::TokenStream;
use quote::quote;

use super::{json_de, scalar};
use crate::emit::{ident, serde_attrs, values};
use crate::error::Error;
use crate::model::HttpBinding;
use crate::plan::{Field, Item, OperationPlan, Plan};

/// Statements that set the request body to the JSON object of `fields`
/// (members of the input, moved out of `input`), with `content_type`.
pub(super) fn write_members(fields: &[&Field], shape_name: &str, content_type: &str) -> TokenStream {
    let wire = quote!(::smithy_runtime::protocol::wire);
    let declarations = fields.iter().map(|f| {
        let name = ident(&f.name);
        let ty = f.ty.tokens_maybe_optional(f.optional);
        let attrs = serde_attrs::field(f);
        quote!(#attrs #name: #ty,)
    });
    let moves = fields.iter().map(|f| {
        let name = ident(&f.name);
        quote!(#name: input.#name,)
    });
    quote! {
        #[derive(::serde::Serialize)]
        struct RequestBody {
            #(#declarations)*
        }
        let body = RequestBody { #(#moves)* };
        #wire::set_body(&mut request, #shape_name, #content_type, #wire::json_body(#shape_name, &body)?)?;
    }
}

/// Statements that read `fields` of `output` from the response's JSON body
/// into `body`, a struct with an `Option` of each, `None` until read.
pub(super) fn read_members(plan: &Plan<'_>, output: &Item, fields: &[&Field]) -> Result<TokenStream, Error> {
    read_members_with(
        plan,
        output,
        fields,
        "JSON",
        quote!(::smithy_runtime::protocol::wire::read_body),
    )
}

/// [`read_members`] from a body in `format` (its name, for the docs), with
/// `read_body`, the runtime function that reads the body with a generated reader.
pub(super) fn read_members_with(
    plan: &Plan<'_>,
    output: &Item,
    fields: &[&Field],
    format: &str,
    read_body: TokenStream,
) -> Result<TokenStream, Error> {
    let doc = format!(" The members of the {format} body, each `None` until read.");
    let declarations = fields.iter().map(|f| {
        let name = ident(&f.name);
        let ty = f.ty.tokens_maybe_optional(true);
        quote!(#name: #ty,)
    });
    let mut arms = Vec::new();
    for field in fields {
        let name = ident(&field.name);
        let wire = &field.wire_name;
        let value = json_de::field_value(plan, field)?;
        arms.push(quote!(#wire => body.#name = #value,));
    }
    let shape_name = output.shape.name();
    Ok(quote! {
        #[doc = #doc]
        #[derive(Default)]
        struct ResponseBody {
            #(#declarations)*
        }
        let body = #read_body(response, |reader| {
            let mut body = ResponseBody::default();
            reader.start_object(#shape_name)?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    #(#arms)*
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        })?;
    })
}

/// The field's value from `raw`, an `Option` of it: as is when the field is
/// optional, else its default, else its zero value (Smithy's error correction).
pub(super) fn finish(
    plan: &Plan<'_>,
    op: &OperationPlan,
    field: &Field,
    raw: TokenStream,
) -> Result<TokenStream, Error> {
    match &field.default {
        _ if field.optional => Ok(raw),
        Some(default) => values::or_default(plan, &op.output.shape, field, default, raw),
        None => Ok(values::or_zero(plan, &field.ty, raw)),
    }
}

/// How an error response names its error, as runtime calls of the protocol.
pub(super) struct ErrorCodes {
    /// Statements that bind `meta`, the response's `ErrorMetadata`.
    pub(super) metadata: TokenStream,
    /// The `Option<&str>` expression of the code that names the modeled error.
    pub(super) code: TokenStream,
    /// The `UnhandledError` expression of a response the operation does not model.
    pub(super) unhandled: TokenStream,
}

/// `fn deserialize_error(&HttpResponse) -> Error`: the modeled error named by
/// the response's error code (read by its `from_response`), else `Unhandled`;
/// either way with the response's metadata (status, code, message, request id).
pub(super) fn deserialize_error(plan: &Plan<'_>, op: &OperationPlan, codes: &ErrorCodes) -> Result<TokenStream, Error> {
    let error_type = ident(&op.error_name);
    if op.errors.is_empty() {
        let unhandled = &codes.unhandled;
        return Ok(quote! {
            /// The operation error of an error response: the operation models none.
            fn deserialize_error(response: &::smithy_runtime::http::HttpResponse) -> super::#error_type {
                super::#error_type::Unhandled(#unhandled)
            }
        });
    }
    let arms = op
        .errors
        .iter()
        .filter_map(|id| plan.item(id))
        .map(|item| super::error_arm(item.shape.name(), &error_type, item));
    let metadata = &codes.metadata;
    let code = &codes.code;
    Ok(quote! {
        /// The operation error of an error response.
        fn deserialize_error(response: &::smithy_runtime::http::HttpResponse) -> super::#error_type {
            #metadata
            match #code {
                #(#arms)*
                _ => super::#error_type::Unhandled(::smithy_runtime::error::UnhandledError::from_service_metadata(meta, response.body.to_vec())),
            }
        }
    })
}

/// Statements that bind `mut error`, the modeled error `item` read from a JSON (or
/// CBOR) error body by `read_error` (the runtime function that reads the body with
/// the error's generated reader), and its members bound to headers set from them.
///
/// A modeled error whose body cannot be read is still that error (callers match
/// on it to back off or give up): its members are left at their zero or absent
/// values; a header that does not parse leaves its member as the body gave it.
pub(super) fn error_from_body(plan: &Plan<'_>, item: &Item, read_error: &TokenStream) -> Result<TokenStream, Error> {
    let reader = json_de::reader_path(plan, &item.shape)?;
    let headers = item.fields.iter().filter_map(|field| {
        let Some(HttpBinding::Header(header)) = &field.http_binding else {
            return None;
        };
        let read = scalar::from_header(plan, field, &field.ty, header)?;
        let name = ident(&field.name);
        let value = if field.optional {
            quote!(Some(value))
        } else {
            quote!(value)
        };
        Some(quote! {
            if let Ok(Some(value)) = #read {
                error.#name = #value;
            }
        })
    });
    Ok(quote! {
        let mut error = #read_error(response, #reader);
        #(#headers)*
    })
}
