//! restXml: the HTTP bindings of restJson1 ([`rest_json1`]) with XML bodies:
//! requests written by the crate's `ser` module ([`xml_ser`]) under a root
//! named by the input shape (an `@httpPayload` structure is its own root),
//! responses read by the `de` module ([`xml_de`]); an error response's
//! `<Error><Code>` (wrapped in `<ErrorResponse>`, or at the root with
//! `noErrorWrapping`) names the error by its shape name.

use proc_macro2::TokenStream;
use quote::quote;

use super::aws_query::{deserialize_xml_error, xml_error_from_body};
use super::rest_json1::{request, response, BodyFormat};
use super::WireProtocol;
#[cfg(doc)]
use super::{rest_json1, xml_de, xml_ser};
use crate::error::Error;
use crate::plan::{Item, OperationPlan, Plan};

/// restXml.
pub(super) struct RestXml;

impl WireProtocol for RestXml {
    fn serialize_request(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
        request::serialize_request(plan, op, BodyFormat::Xml)
    }

    fn deserialize_response(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
        response::deserialize_response(plan, op, BodyFormat::Xml)
    }

    fn deserialize_error(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
        deserialize_xml_error(plan, op, &quote!(::smithy_runtime::protocol::rest_xml), |shape| {
            shape.id.name().to_owned()
        })
    }

    fn runtime_protocol(&self) -> Option<TokenStream> {
        Some(quote!(::smithy_runtime::protocol::Protocol::RestXml))
    }

    fn error_from_body(&self, plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
        xml_error_from_body(plan, item, &quote!(::smithy_runtime::protocol::rest_xml))
    }
}
