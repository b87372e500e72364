//! awsQuery and ec2Query: every operation is `POST /` (after the endpoint's path) with a
//! form-encoded body, `Action=<Operation>&Version=<service version>` then the
//! input's members ([`query_ser`]); the output is read from the response's
//! `<OpResult>` element ([`xml_de`]); an error response's `<Error><Code>` names
//! the error (its `@awsQueryError` code, else its shape name), whose members
//! are read from `<Error>`. HTTP binding traits and `@jsonName` mean nothing
//! here (the plan drops them); `@xmlName` renames members.
//!
//! ec2Query differs in its key names (`@ec2QueryName`, else the capitalized
//! name), its lists (always flattened, nothing sent when empty), its
//! responses (the members directly in the root element) and its errors
//! (`<Response><Errors><Error>`, the code being the shape name).

use proc_macro2::TokenStream;
use quote::quote;

use super::{query_ser, xml_de, WireProtocol};
use crate::emit::{customize, ident};
use crate::error::Error;
use crate::plan::{xml, Item, OperationPlan, Plan, Protocol, RustType};
use crate::std_names::{RESULT, TO_OWNED};

/// awsQuery or ec2Query.
pub(super) struct Query(pub(super) Protocol);

impl Query {
    fn is_ec2(&self) -> bool {
        self.0 == Protocol::Ec2Query
    }

    fn runtime(&self) -> TokenStream {
        if self.is_ec2() {
            quote!(::smithy_runtime::protocol::ec2_query)
        } else {
            quote!(::smithy_runtime::protocol::aws_query)
        }
    }
}

impl WireProtocol for Query {
    fn serialize_request(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
        no_byte_stream(self.0, &op.input)?;
        let input = &op.input;
        let shape_name = input.name.as_str();
        let custom = customize::request(plan, op);
        let mut statements = Vec::new();
        for token in input.fields.iter().filter(|f| f.idempotency_token) {
            let name = ident(&token.name);
            statements.push(quote! {
                if input.#name.is_none() {
                    input.#name = Some(::smithy_runtime::protocol::wire::idempotency_token());
                }
            });
        }
        let action = op.shape.name();
        let version = match &plan.service.kind {
            crate::model::ShapeKind::Service(service) => service.version.clone(),
            _ => String::new(),
        };
        let qw = quote!(::smithy_runtime::protocol::query_writer);
        let mutable = if input.fields.is_empty() { quote!() } else { quote!(mut) };
        statements.push(quote!(let #mutable writer = #qw::QueryWriter::new(#action, #version);));
        if !input.fields.is_empty() {
            let members = query_ser::members(plan, input)?;
            statements.push(quote! {
                {
                    let (writer, prefix, value) = (&mut writer, "", &input);
                    #members
                }
            });
        }
        statements.push(quote! {
            let mut request = ::smithy_runtime::http::HttpRequest::new(::smithy_runtime::http::Method::POST, "/");
        });
        statements.extend(custom.header_statements(shape_name));
        statements.push(quote! {
            ::smithy_runtime::protocol::wire::set_body(&mut request, #shape_name, #qw::CONTENT_TYPE, writer.finish())?;
        });
        if op.gzip_request {
            statements.push(quote! {
                ::smithy_runtime::protocol::compression::gzip_request(
                    &mut request,
                    #shape_name,
                    ::smithy_runtime::protocol::compression::DEFAULT_MIN_COMPRESSION_SIZE,
                )?;
            });
        }
        if op.checksum_required {
            statements.push(quote!(::smithy_runtime::protocol::checksum::set_content_md5(&mut request, #shape_name)?;));
        }
        statements.extend(custom.checksum_statements(shape_name));
        let input_type = ident(&input.name);
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
        Ok(quote! {
            /// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
            pub(super) fn serialize_request(#mutable #input_param: super::#input_type) -> #RESULT<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
                #(#statements)*
                Ok(request)
            }
        })
    }

    fn deserialize_response(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
        no_byte_stream(self.0, &op.output)?;
        let output = &op.output;
        let output_type = ident(&output.name);
        let error_type = ident(&op.error_name);
        // An output without members ignores the body, whatever it holds.
        let body = if output.fields.is_empty() {
            quote!(Ok(super::#output_type::default()))
        } else {
            let members = xml_de::members(plan, output)?;
            let runtime = self.runtime();
            let element = if self.is_ec2() {
                quote!(Some(#runtime::read_response(response)?))
            } else {
                let result = format!("{}Result", op.shape.name());
                quote!(#runtime::read_result(response, #result)?)
            };
            quote! {
                let mut value = super::#output_type::default();
                if let Some(element) = #element {
                    let read = |element: &::smithy_runtime::protocol::xml::XmlElement, value: &mut super::#output_type| -> #RESULT<(), ::smithy_runtime::protocol::xml::XmlError> {
                        #members
                        Ok(())
                    };
                    read(&element, &mut value).map_err(|e| #runtime::malformed(response, e))?;
                }
                Ok(value)
            }
        };
        Ok(quote! {
            /// The output of a response, or the operation's error when the status is not 2xx.
            pub(super) fn deserialize_response(response: &::smithy_runtime::http::HttpResponse) -> #RESULT<super::#output_type, super::#error_type> {
                if !response.is_success() {
                    return Err(deserialize_error(response));
                }
                #body
            }
        })
    }

    fn deserialize_error(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
        let is_ec2 = self.is_ec2();
        deserialize_xml_error(plan, op, &self.runtime(), |shape| {
            if is_ec2 {
                shape.id.name().to_owned()
            } else {
                xml::query_error_code(shape)
            }
        })
    }

    fn runtime_protocol(&self) -> Option<TokenStream> {
        Some(if self.is_ec2() {
            quote!(::smithy_runtime::protocol::Protocol::Ec2Query)
        } else {
            quote!(::smithy_runtime::protocol::Protocol::AwsQuery)
        })
    }

    fn error_from_body(&self, plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
        xml_error_from_body(plan, item, &self.runtime())
    }
}

/// A `@streaming` blob needs an `@httpPayload` binding, which the query protocols have not.
fn no_byte_stream(protocol: Protocol, item: &Item) -> Result<(), Error> {
    match item.fields.iter().find(|f| f.ty == RustType::ByteStream) {
        Some(field) => Err(Error::shape(
            item.shape.member(&field.member.name),
            format!(
                "a `@streaming` blob cannot be sent by {}: the protocol puts every member in the form body or the XML response",
                protocol.name()
            ),
        )),
        None => Ok(()),
    }
}

/// `fn deserialize_error` of the XML protocols: the modeled error `code_of`
/// names (read by its `from_response`), else `Unhandled`.
pub(super) fn deserialize_xml_error(
    plan: &Plan<'_>,
    op: &OperationPlan,
    runtime: &TokenStream,
    code_of: impl Fn(&crate::model::Shape) -> String,
) -> Result<TokenStream, Error> {
    let error_type = ident(&op.error_name);
    if op.errors.is_empty() {
        return Ok(quote! {
            /// The operation error of an error response: the operation models none.
            fn deserialize_error(response: &::smithy_runtime::http::HttpResponse) -> super::#error_type {
                super::#error_type::Unhandled(#runtime::unhandled_error(response))
            }
        });
    }
    let arms = op.errors.iter().filter_map(|id| plan.item(id)).map(|item| {
        let code = code_of(plan.model.shape(&item.shape));
        super::error_arm(&code, &error_type, item)
    });
    Ok(quote! {
        /// The operation error of an error response.
        fn deserialize_error(response: &::smithy_runtime::http::HttpResponse) -> super::#error_type {
            let meta = #runtime::error_metadata(response);
            match meta.code() {
                #(#arms)*
                _ => super::#error_type::Unhandled(::smithy_runtime::error::UnhandledError::from_service_metadata(meta, response.body.to_vec())),
            }
        }
    })
}

/// Statements that bind `mut error`, the modeled error `item` read from the
/// `<Error>` element of an XML error body (found by `runtime`'s `error_element`),
/// and (restXml) its optional string members bound to headers set from them. A
/// modeled error whose members cannot be read is still that error.
pub(super) fn xml_error_from_body(plan: &Plan<'_>, item: &Item, runtime: &TokenStream) -> Result<TokenStream, Error> {
    let reader = xml_de::reader_path(plan, &item.shape)?;
    let headers = item.fields.iter().filter_map(|field| match &field.http_binding {
        Some(crate::model::HttpBinding::Header(header)) if field.optional && field.ty == RustType::String => {
            let name = ident(&field.name);
            Some(quote!(error.#name = response.header_str(#header).map(#TO_OWNED::to_owned);))
        }
        _ => None,
    });
    Ok(quote! {
        let mut error = #runtime::error_element(response)
            .and_then(|element| #reader(&element).ok())
            .unwrap_or_default();
        #(#headers)*
    })
}
