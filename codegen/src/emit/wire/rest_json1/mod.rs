//! restJson1: HTTP bindings (labels, query, headers, payloads, status) and
//! JSON bodies; error codes read by `smithy_runtime::protocol::rest_json`.

pub(super) mod request;
pub(super) mod response;

use proc_macro2::TokenStream;
use quote::quote;

use super::json_body::{self, ErrorCodes};
use super::WireProtocol;
use crate::error::Error;
use crate::plan::{Item, OperationPlan, Plan};

/// restJson1.
pub(super) struct RestJson1;

/// What the body of a message is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum BodyFormat {
    /// JSON (restJson1).
    Json,
    /// XML (restXml).
    Xml,
}

impl WireProtocol for RestJson1 {
    fn serialize_request(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
        request::serialize_request(plan, op, BodyFormat::Json)
    }

    fn deserialize_response(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
        response::deserialize_response(plan, op, BodyFormat::Json)
    }

    fn deserialize_error(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
        let codes = ErrorCodes {
            metadata: quote!(let meta = ::smithy_runtime::protocol::rest_json::error_metadata(response);),
            code: quote!(meta.code()),
            unhandled: quote!(::smithy_runtime::protocol::rest_json::unhandled_error(response)),
        };
        json_body::deserialize_error(plan, op, &codes)
    }

    fn runtime_protocol(&self) -> Option<TokenStream> {
        // The runtime's default.
        None
    }

    fn error_from_body(&self, plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
        json_body::error_from_body(plan, item, &quote!(::smithy_runtime::protocol::wire::read_error))
    }
}
