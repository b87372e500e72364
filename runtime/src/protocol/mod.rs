//! Protocol helpers for the generated (de)serializers, one module per protocol,
//! and [`Protocol`], through which the client runtime reads what depends on the
//! protocol (error codes for retries and clock-skew correction, request ids).

pub mod aws_json;
#[cfg(feature = "xml")]
pub mod aws_query;
pub mod checksum;
#[cfg(feature = "compression")]
pub mod compression;
#[cfg(feature = "xml")]
pub mod ec2_query;
pub mod http_bindings;
#[cfg(feature = "xml")]
pub mod query_writer;
pub mod rest_json;
#[cfg(feature = "xml")]
pub mod rest_xml;
#[cfg(feature = "cbor")]
pub mod rpc_v2_cbor;
pub mod wire;
#[cfg(feature = "xml")]
pub mod xml;
#[cfg(feature = "xml")]
pub mod xml_writer;

use crate::http::HttpResponse;

/// The request id the response's headers carry: `x-amzn-requestid`, else
/// `x-amz-request-id` (the S3-style name).
pub(crate) fn header_request_id(response: &HttpResponse) -> Option<&str> {
    response
        .header_str(rest_json::REQUEST_ID_HEADER)
        .or_else(|| response.header_str("x-amz-request-id"))
}

/// The protocol an operation speaks: how the runtime reads an error response's
/// code and request id.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `aws.protocols#restJson1`.
    #[default]
    RestJson1,
    /// `aws.protocols#awsJson1_0`.
    AwsJson1_0,
    /// `aws.protocols#awsJson1_1`.
    AwsJson1_1,
    /// `smithy.protocols#rpcv2Cbor`.
    #[cfg(feature = "cbor")]
    RpcV2Cbor,
    /// `aws.protocols#awsQuery`.
    #[cfg(feature = "xml")]
    AwsQuery,
    /// `aws.protocols#ec2Query`.
    #[cfg(feature = "xml")]
    Ec2Query,
    /// `aws.protocols#restXml`.
    #[cfg(feature = "xml")]
    RestXml,
}

impl Protocol {
    /// The error code of an error response (the error shape's name), if any.
    pub fn error_code(self, response: &HttpResponse) -> Option<String> {
        match self {
            Protocol::RestJson1 => rest_json::error_code(response),
            Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => aws_json::error_code(response),
            #[cfg(feature = "cbor")]
            Protocol::RpcV2Cbor => rpc_v2_cbor::error_code(response),
            #[cfg(feature = "xml")]
            Protocol::AwsQuery => aws_query::error_code(response),
            #[cfg(feature = "xml")]
            Protocol::Ec2Query => ec2_query::error_code(response),
            #[cfg(feature = "xml")]
            Protocol::RestXml => rest_xml::error_code(response),
        }
    }

    /// The request id of a response (its body unread when a header has it).
    pub fn request_id(self, response: &HttpResponse) -> Option<String> {
        match self {
            Protocol::RestJson1 => rest_json::request_id(response),
            Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => aws_json::request_id(response),
            #[cfg(feature = "cbor")]
            Protocol::RpcV2Cbor => rpc_v2_cbor::request_id(response),
            #[cfg(feature = "xml")]
            Protocol::AwsQuery => aws_query::request_id(response),
            #[cfg(feature = "xml")]
            Protocol::Ec2Query => ec2_query::request_id(response),
            #[cfg(feature = "xml")]
            Protocol::RestXml => rest_xml::request_id(response),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_protocol_reads_its_error_codes() {
        let r = HttpResponse::new(400, r#"{"__type": "ns#ThrottlingException:http://x"}"#)
            .with_header("x-amzn-requestid", "rid");
        for protocol in [Protocol::RestJson1, Protocol::AwsJson1_0, Protocol::AwsJson1_1] {
            assert_eq!(
                protocol.error_code(&r).as_deref(),
                Some("ThrottlingException"),
                "{protocol:?}"
            );
            assert_eq!(protocol.request_id(&r).as_deref(), Some("rid"), "{protocol:?}");
        }
        assert_eq!(Protocol::default(), Protocol::RestJson1);
        let query = HttpResponse::new(
            400,
            "<ErrorResponse><Error><Code>Throttling</Code></Error><RequestId>q</RequestId></ErrorResponse>",
        );
        assert_eq!(Protocol::AwsQuery.error_code(&query).as_deref(), Some("Throttling"));
        assert_eq!(Protocol::AwsQuery.request_id(&query).as_deref(), Some("q"));
        let ec2 = HttpResponse::new(
            400,
            "<Response><Errors><Error><Code>Throttling</Code></Error></Errors><RequestID>e</RequestID></Response>",
        );
        assert_eq!(Protocol::Ec2Query.error_code(&ec2).as_deref(), Some("Throttling"));
        assert_eq!(Protocol::Ec2Query.request_id(&ec2).as_deref(), Some("e"));
        let rest_xml = HttpResponse::new(400, "<Error><Code>Throttling</Code><RequestId>x</RequestId></Error>");
        assert_eq!(Protocol::RestXml.error_code(&rest_xml).as_deref(), Some("Throttling"));
        assert_eq!(Protocol::RestXml.request_id(&rest_xml).as_deref(), Some("x"));
    }
}
