//! The protocol the generated client speaks, decided from the service's
//! protocol traits.
//!
//! A service may declare several protocols; the client speaks the first the
//! generator implements in [`Protocol::ALL`] order. The feature gate
//! ([`super::features`]) refuses a service that declares none of them.

use crate::model::Shape;

/// A protocol the generator implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Protocol {
    /// `aws.protocols#restJson1`: HTTP bindings and JSON bodies.
    RestJson1,
    /// `aws.protocols#awsJson1_0`: `POST /` with `X-Amz-Target`, the whole
    /// input as a JSON body.
    AwsJson1_0,
    /// `aws.protocols#awsJson1_1`: as awsJson1_0, with its own media type.
    AwsJson1_1,
    /// `smithy.protocols#rpcv2Cbor`: `POST /service/<Service>/operation/<Operation>`,
    /// the whole input as a CBOR map.
    RpcV2Cbor,
    /// `aws.protocols#awsQuery`: `POST /` with a form-encoded body
    /// (`Action=<Operation>&Version=...`), XML responses and errors.
    AwsQuery,
    /// `aws.protocols#ec2Query`: as awsQuery, with its own key names, lists
    /// always flattened, and the members directly in the response's root.
    Ec2Query,
    /// `aws.protocols#restXml`: the HTTP bindings of restJson1 with XML
    /// bodies and errors.
    RestXml,
}

impl Protocol {
    /// Every implemented protocol, in order of preference.
    pub const ALL: [Protocol; 7] = [
        Protocol::RestJson1,
        Protocol::RestXml,
        Protocol::AwsJson1_0,
        Protocol::AwsJson1_1,
        Protocol::AwsQuery,
        Protocol::Ec2Query,
        Protocol::RpcV2Cbor,
    ];

    /// The protocol trait's shape id.
    pub fn trait_id(self) -> &'static str {
        match self {
            Protocol::RestJson1 => "aws.protocols#restJson1",
            Protocol::AwsJson1_0 => "aws.protocols#awsJson1_0",
            Protocol::AwsJson1_1 => "aws.protocols#awsJson1_1",
            Protocol::RpcV2Cbor => "smithy.protocols#rpcv2Cbor",
            Protocol::AwsQuery => "aws.protocols#awsQuery",
            Protocol::Ec2Query => "aws.protocols#ec2Query",
            Protocol::RestXml => "aws.protocols#restXml",
        }
    }

    /// The protocol's name, as its specification writes it.
    pub fn name(self) -> &'static str {
        self.trait_id().split_once('#').map_or("", |(_, name)| name)
    }

    /// The protocol the client of `service` speaks, if it declares one the
    /// generator implements.
    pub fn of_service(service: &Shape) -> Option<Protocol> {
        Protocol::ALL.into_iter().find(|p| service.traits.has(p.trait_id()))
    }

    /// Whether HTTP binding traits (`@http`, `@httpLabel`, `@httpHeader`,
    /// `@httpPayload`, ...) place members in the message (restJson1 and
    /// restXml). The awsJson, query protocols and rpcv2Cbor ignore them: every
    /// member is in the body.
    pub fn uses_http_bindings(self) -> bool {
        matches!(self, Protocol::RestJson1 | Protocol::RestXml)
    }

    /// Whether `@jsonName` renames members on the wire (the awsJson protocols
    /// ignore it; rpcv2Cbor has no JSON).
    pub fn uses_json_name(self) -> bool {
        self == Protocol::RestJson1
    }

    /// Whether `@xmlName` renames members on the wire (the XML protocols).
    pub fn uses_xml_name(self) -> bool {
        self.reads_xml()
    }

    /// Whether responses are XML, read by the generated XML readers.
    pub fn reads_xml(self) -> bool {
        matches!(self, Protocol::AwsQuery | Protocol::Ec2Query | Protocol::RestXml)
    }

    /// The feature of `smithy-runtime` the generated crate turns on for this
    /// protocol's codecs, if the default build does not have them.
    pub fn runtime_feature(self) -> Option<&'static str> {
        match self {
            Protocol::RestJson1 | Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => None,
            Protocol::RpcV2Cbor => Some("cbor"),
            Protocol::AwsQuery | Protocol::Ec2Query | Protocol::RestXml => Some("xml"),
        }
    }

    /// The `Content-Type` of a request body: JSON for the JSON protocols, CBOR
    /// for rpcv2Cbor, a form for the query protocols.
    pub fn content_type(self) -> &'static str {
        match self {
            Protocol::RpcV2Cbor => "application/cbor",
            Protocol::RestJson1 => "application/json",
            Protocol::AwsJson1_0 => "application/x-amz-json-1.0",
            Protocol::AwsJson1_1 => "application/x-amz-json-1.1",
            Protocol::AwsQuery | Protocol::Ec2Query => "application/x-www-form-urlencoded",
            Protocol::RestXml => "application/xml",
        }
    }
}
