//! restJson1 and restXml requests: the URI (labels and query), headers and
//! body of an operation input.

use proc_macro2::TokenStream;
use quote::quote;

use super::super::scalar::{to_text, uri_text, Location};
use super::super::uri::{Segment, UriPattern};
use super::super::{json_body, xml_ser};
use super::BodyFormat;
use crate::emit::{customize, ident};
use crate::error::Error;
use crate::model::{HttpBinding, ShapeKind, Simple};
use crate::plan::{xml, Field, ItemKind, OperationPlan, Plan, RustType};
use crate::std_names::{RESULT, VEC};

/// `fn serialize_request(input) -> Result<HttpRequest, BuildError>`, with a
/// JSON body or, for restXml, an XML one.
pub(in crate::emit::wire) fn serialize_request(
    plan: &Plan<'_>,
    op: &OperationPlan,
    format: BodyFormat,
) -> Result<TokenStream, Error> {
    let http = op.http.as_ref().ok_or_else(|| {
        Error::shape(
            &op.shape,
            format!("{} needs the `@http` trait on every operation", plan.protocol.name()),
        )
    })?;
    let pattern = UriPattern::parse(&http.uri).map_err(|m| Error::shape(&op.shape, m))?;
    let shape_name = op.input.name.as_str();
    let input = &op.input;
    let binding = |f: &Field| f.http_binding.clone();
    let custom = customize::request(plan, op);

    for label in pattern.labels() {
        let bound = input
            .fields
            .iter()
            .any(|f| f.member.name == label && binding(f) == Some(HttpBinding::Label));
        if !bound {
            return Err(Error::shape(
                &op.shape,
                format!("URI label `{{{label}}}` has no `@httpLabel` input member"),
            ));
        }
    }

    let mut statements = Vec::new();
    for token in input.fields.iter().filter(|f| f.idempotency_token) {
        let name = ident(&token.name);
        statements.push(quote! {
            if input.#name.is_none() {
                input.#name = Some(::smithy_runtime::protocol::wire::idempotency_token());
            }
        });
    }

    statements.push(quote!(let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();));
    for segment in &pattern.segments {
        statements.push(match segment {
            Segment::Literal(text) => quote!(uri.literal(#text);),
            Segment::Label { name, greedy } => {
                let field = input.fields.iter().find(|f| &f.member.name == name).expect("checked above");
                let field_name = ident(&field.name);
                let member = field.member.name.as_str();
                let text = uri_text(plan, field, &field.ty, quote!(value))
                    .ok_or_else(|| unsupported(op, field, "a path label"))?;
                let value = match customize::label_default(plan, field) {
                    Some(default) => quote!(input.#field_name.as_deref().filter(|v| !v.is_empty()).unwrap_or(#default)),
                    None => quote!(input.#field_name.as_ref().ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(#shape_name, #member))?),
                };
                quote! {
                    let value = #value;
                    uri.label(#shape_name, #member, #text, #greedy)?;
                }
            }
        });
    }
    // Explicit `@httpQuery` members win over `@httpQueryParams` entries of the same name.
    for field in &input.fields {
        if let Some(HttpBinding::Query(name)) = binding(field) {
            statements.push(query(plan, op, field, &name)?);
        }
    }
    for field in &input.fields {
        if binding(field) == Some(HttpBinding::QueryParams) {
            statements.push(query_params(op, field)?);
        }
    }
    let method = method(&http.method);
    let literal_query = pattern.query.as_str();
    let mut changes = Vec::new();
    for field in &input.fields {
        if let Some(HttpBinding::Header(name)) = binding(field) {
            changes.push(header(plan, op, field, &name)?);
        }
    }
    // `@httpHeader` members win over `@httpPrefixHeaders` entries of the same name.
    for field in &input.fields {
        if let Some(HttpBinding::PrefixHeaders(prefix)) = binding(field) {
            changes.push(prefix_headers(op, field, &prefix)?);
        }
    }
    changes.extend(custom.header_statements(shape_name));
    changes.extend(match format {
        BodyFormat::Json => body(plan, op)?,
        BodyFormat::Xml => xml_body(plan, op)?,
    });
    // `@requestCompression`: gzip for bodies of the SDKs' default minimum size;
    // before the checksum, which covers what is sent.
    let gzip = op.gzip_request;
    // A `@streaming` payload is sent as it is read: not compressed, no MD5.
    let streaming = input.has_byte_stream();
    if gzip && !streaming {
        changes.push(quote! {
            ::smithy_runtime::protocol::compression::gzip_request(
                &mut request,
                #shape_name,
                ::smithy_runtime::protocol::compression::DEFAULT_MIN_COMPRESSION_SIZE,
            )?;
        });
    }
    if op.checksum_required && !streaming {
        changes.push(quote!(::smithy_runtime::protocol::checksum::set_content_md5(&mut request, #shape_name)?;));
    }
    changes.extend(custom.checksum_statements(shape_name));
    let request_mut = if changes.is_empty() { quote!() } else { quote!(mut) };
    statements.push(quote! {
        let #request_mut request = ::smithy_runtime::http::HttpRequest::new(#method, uri.build(#literal_query));
    });
    statements.extend(changes);
    let input_type = ident(&op.input.name);
    let mutable = if input.fields.iter().any(|f| f.idempotency_token) {
        quote!(mut)
    } else {
        quote!()
    };
    let input_param = if input.fields.is_empty() {
        quote!(_input)
    } else {
        quote!(input)
    };
    let (request_type, request) = if streaming {
        (
            quote!(::smithy_runtime::http::StreamingHttpRequest),
            quote!(::smithy_runtime::http::StreamingHttpRequest::from_parts(request, body)),
        )
    } else {
        (quote!(::smithy_runtime::http::HttpRequest), quote!(request))
    };
    Ok(quote! {
        /// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
        pub(super) fn serialize_request(#mutable #input_param: super::#input_type) -> #RESULT<#request_type, ::smithy_runtime::error::BuildError> {
            #(#statements)*
            Ok(#request)
        }
    })
}

fn unsupported(op: &OperationPlan, field: &Field, place: &str) -> Error {
    Error::shape(
        op.input.shape.member(&field.member.name),
        format!("a {} cannot be bound to {place}", field.ty.display()),
    )
}

fn method(method: &str) -> TokenStream {
    match method {
        "GET" | "PUT" | "POST" | "DELETE" | "HEAD" | "PATCH" | "OPTIONS" => {
            let name = proc_macro2::Ident::new(method, proc_macro2::Span::call_site());
            quote!(::smithy_runtime::http::Method::#name)
        }
        other => {
            let bytes = proc_macro2::Literal::byte_string(other.as_bytes());
            quote!(::smithy_runtime::http::Method::from_bytes(#bytes).unwrap_or(::smithy_runtime::http::Method::POST))
        }
    }
}

fn header_error(shape: &str, member: &str) -> TokenStream {
    quote!(|_| ::smithy_runtime::error::BuildError::invalid_field(#shape, #member, "is not a valid HTTP header value"))
}

fn query(plan: &Plan<'_>, op: &OperationPlan, field: &Field, name: &str) -> Result<TokenStream, Error> {
    let field_name = ident(&field.name);
    match field.ty.unboxed() {
        RustType::List { item, sparse } => {
            let text = uri_text(plan, field, item, quote!(item)).ok_or_else(|| unsupported(op, field, "the query"))?;
            let each = if *sparse {
                quote!(for item in values.iter().flatten() { uri.query(#name, #text); })
            } else {
                quote!(for item in values { uri.query(#name, #text); })
            };
            Ok(quote!(if let Some(values) = &input.#field_name { #each }))
        }
        ty => {
            let text = uri_text(plan, field, ty, quote!(value)).ok_or_else(|| unsupported(op, field, "the query"))?;
            Ok(quote!(if let Some(value) = &input.#field_name { uri.query(#name, #text); }))
        }
    }
}

/// `@httpQueryParams`: a map of strings or of string lists, in key order so the
/// URI is the same every time.
fn query_params(op: &OperationPlan, field: &Field) -> Result<TokenStream, Error> {
    let field_name = ident(&field.name);
    let RustType::Map { value, .. } = field.ty.unboxed() else {
        return Err(unsupported(op, field, "`@httpQueryParams`"));
    };
    let push = match value.as_ref() {
        RustType::String => quote!(uri.query(name, value.as_str());),
        RustType::List { item, .. } if **item == RustType::String => {
            quote!(for item in value {
                uri.query(name, item.as_str());
            })
        }
        _ => return Err(unsupported(op, field, "`@httpQueryParams`")),
    };
    Ok(quote! {
        if let Some(params) = &input.#field_name {
            let mut params: #VEC<_> = params.iter().collect();
            params.sort_by(|a, b| a.0.cmp(b.0));
            for (name, value) in params {
                if !uri.has_query(name) {
                    #push
                }
            }
        }
    })
}

fn header(plan: &Plan<'_>, op: &OperationPlan, field: &Field, name: &str) -> Result<TokenStream, Error> {
    let field_name = ident(&field.name);
    let error = header_error(&op.input.name, &field.member.name);
    let value = match field.ty.unboxed() {
        RustType::List { item, sparse: false } => {
            let text = to_text(plan, field, item, quote!(item), Location::Header)
                .ok_or_else(|| unsupported(op, field, "a header"))?;
            let quoted = if **item == RustType::String {
                quote!(::smithy_runtime::protocol::http_bindings::quote_header_value(&#text).into_owned())
            } else {
                quote!(#text)
            };
            // An empty list is an empty header, as the protocol tests ask.
            quote! {
                Some(value.iter().map(|item| #quoted).collect::<#VEC<_>>().join(", "))
            }
        }
        ty => {
            let text = to_text(plan, field, ty, quote!(value), Location::Header)
                .ok_or_else(|| unsupported(op, field, "a header"))?;
            quote!(Some(#text))
        }
    };
    Ok(quote! {
        if let Some(value) = &input.#field_name {
            if let Some(text) = #value {
                request.append_header(#name, &text).map_err(#error)?;
            }
        }
    })
}

fn prefix_headers(op: &OperationPlan, field: &Field, prefix: &str) -> Result<TokenStream, Error> {
    let field_name = ident(&field.name);
    let error = header_error(&op.input.name, &field.member.name);
    match field.ty.unboxed() {
        RustType::Map {
            value, sparse: false, ..
        } if **value == RustType::String => Ok(quote! {
            if let Some(headers) = &input.#field_name {
                let mut headers: #VEC<_> = headers.iter().collect();
                headers.sort_by(|a, b| a.0.cmp(b.0));
                for (name, value) in headers {
                    let name = ::std::format!("{}{}", #prefix, name);
                    if !request.headers.contains_key(name.as_str()) {
                        request.append_header(&name, value).map_err(#error)?;
                    }
                }
            }
        }),
        _ => Err(unsupported(op, field, "`@httpPrefixHeaders`")),
    }
}

/// The body: the `@httpPayload` member, else a JSON object of the unbound
/// members (none: no body).
fn body(plan: &Plan<'_>, op: &OperationPlan) -> Result<Option<TokenStream>, Error> {
    let input = &op.input;
    let shape_name = input.name.as_str();
    let wire = quote!(::smithy_runtime::protocol::wire);
    if let Some(field) = input
        .fields
        .iter()
        .find(|f| f.http_binding == Some(HttpBinding::Payload))
    {
        let field_name = ident(&field.name);
        let target = plan.model.shape(&field.member.target);
        let media_type = field.media_type.clone();
        if field.ty == RustType::ByteStream {
            // A `@streaming` blob: the stream is the body (`body`, sent as read).
            let ct = media_type.unwrap_or_else(|| "application/octet-stream".into());
            let member = field.member.name.as_str();
            let requires_length = field.requires_length;
            return Ok(Some(quote! {
                let body = match input.#field_name {
                    Some(body) => {
                        #wire::set_streaming_body(&mut request, #shape_name, #member, #ct, &body, #requires_length)?;
                        body
                    }
                    None => ::smithy_runtime::ByteStream::default(),
                };
            }));
        }
        let (ct, bytes) = match (&target.kind, field.ty.unboxed()) {
            (ShapeKind::Simple(Simple::Blob), _) => (
                media_type.unwrap_or_else(|| "application/octet-stream".into()),
                quote!(payload.into_inner()),
            ),
            (ShapeKind::Simple(Simple::String), RustType::String) => (
                media_type.unwrap_or_else(|| "text/plain".into()),
                quote!(payload.into_bytes()),
            ),
            (_, RustType::Named { shape, .. }) if plan.item(shape).is_some_and(|i| i.kind == ItemKind::Enum) => (
                media_type.unwrap_or_else(|| "text/plain".into()),
                quote!(payload.as_str().as_bytes().to_vec()),
            ),
            _ => (
                media_type.unwrap_or_else(|| "application/json".into()),
                quote!(#wire::json_body(#shape_name, &payload)?),
            ),
        };
        // An unset structure payload is sent as an empty JSON object.
        let is_structure = matches!(field.ty.unboxed(), RustType::Named { shape, .. } if plan.item(shape).is_some_and(|i| i.kind == ItemKind::Struct));
        return Ok(Some(if is_structure {
            quote! {
                let body = match input.#field_name {
                    Some(payload) => #bytes,
                    None => b"{}".to_vec(),
                };
                #wire::set_body(&mut request, #shape_name, #ct, body)?;
            }
        } else {
            quote! {
                if let Some(payload) = input.#field_name {
                    #wire::set_body(&mut request, #shape_name, #ct, #bytes)?;
                }
            }
        }));
    }
    let body_fields: Vec<&Field> = input.fields.iter().filter(|f| f.http_binding.is_none()).collect();
    if body_fields.is_empty() {
        return Ok(None);
    }
    Ok(Some(json_body::write_members(
        &body_fields,
        shape_name,
        "application/json",
    )))
}

/// The restXml body: the `@httpPayload` member (a structure or union is the
/// document's root, named by the member's `@xmlName`, else its shape's), else
/// the unbound members under a root named by the input shape (none: no body).
fn xml_body(plan: &Plan<'_>, op: &OperationPlan) -> Result<Option<TokenStream>, Error> {
    let input = &op.input;
    let shape_name = input.name.as_str();
    let wire = quote!(::smithy_runtime::protocol::wire);
    let xw = quote!(::smithy_runtime::protocol::xml_writer);
    if let Some(field) = input
        .fields
        .iter()
        .find(|f| f.http_binding == Some(HttpBinding::Payload))
    {
        let is_document = matches!(field.ty.unboxed(), RustType::Named { shape, .. } if plan.item(shape).is_some_and(|i| matches!(i.kind, ItemKind::Struct | ItemKind::Union)));
        if !is_document {
            // Blobs, strings and enums are sent as they are, as in restJson1.
            return body(plan, op);
        }
        let field_name = ident(&field.name);
        let target = plan.model.shape(&field.member.target);
        let root = xml::xml_name(&field.member).unwrap_or_else(|| xml::root_name(target));
        let writer = xml_ser::writer_path(plan, &field.member.target)?;
        let ct = field.media_type.clone().unwrap_or_else(|| "application/xml".into());
        // The payload's root takes its shape's `@xmlNamespace`, else the member's.
        let namespace = xml::shape_namespace(target)
            .or_else(|| xml::member_namespace(&field.member))
            .map(|(attr, uri)| quote!(document.attribute_next(#attr, #uri);));
        return Ok(Some(quote! {
            if let Some(payload) = &input.#field_name {
                let mut document = #xw::XmlWriter::new();
                #namespace
                #writer(&mut document, #root, payload);
                #wire::set_body(&mut request, #shape_name, #ct, document.finish())?;
            }
        }));
    }
    let body_fields: Vec<&Field> = input.fields.iter().filter(|f| f.http_binding.is_none()).collect();
    if body_fields.is_empty() {
        return Ok(None);
    }
    let input_shape = plan.model.shape(&input.shape);
    let root = xml::root_name(input_shape);
    let namespace = xml::shape_namespace(input_shape).or_else(|| xml::shape_namespace(plan.service));
    let element = xml_ser::element(plan, input, &body_fields, quote!(#root), namespace)?;
    Ok(Some(quote! {
        {
            let mut document = #xw::XmlWriter::new();
            let (writer, value) = (&mut document, &input);
            #element
            #wire::set_body(&mut request, #shape_name, #xw::CONTENT_TYPE, document.finish())?;
        }
    }))
}
