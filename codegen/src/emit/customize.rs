//! Service customizations: request behaviour that some AWS services require
//! and that their Smithy model does not say, added for those services only (as
//! smithy-rs does with per-service decorators), never by a protocol's shared
//! serializer for everyone.
//!
//! A service is recognised by its `aws.api#service` `sdkId`, or by its shape id
//! when it has no `sdkId`. The serializers (`wire::rest_json1::request`,
//! `wire::aws_json`, `wire::send`) ask
//! [`request`] what to add, at its hook points:
//!
//! * after the input's `@httpHeader`s: [`RequestCustomization::headers`],
//!   constant headers (never replacing one the input set);
//! * at each path label: [`label_default`], a value for an unset or empty label
//!   (also asked by input builders, which then accept the member unset);
//! * after the body: [`RequestCustomization::checksums`], payload checksum
//!   headers computed by the runtime; and in `send`, before sending, the part
//!   that must read a file body ([`RequestCustomization::send_statements`]).
//!
//! The customizations (the official restJson1 protocol tests check each one):
//!
//! | Service | What | Why |
//! |---|---|---|
//! | API Gateway | `Accept: application/json` | API Gateway requires it; otherwise it may answer in its HAL format (`application/hal+json`), which the model's shapes do not describe |
//! | Glacier | `X-Amz-Glacier-Version: <service version>` | Glacier requires its API version on every request |
//! | Glacier | `X-Amz-Content-Sha256`, `X-Amz-Sha256-Tree-Hash` on uploads | Glacier requires both checksums of an upload's payload |
//! | Glacier | `accountId` label: unset or empty is `-` | `-` means the caller's own account, which is what nearly every caller wants |

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::HttpBinding;
use crate::plan::{Field, OperationPlan, Plan, RustType};

/// How a customization header gets its value.
#[derive(Debug, Clone, Copy)]
enum Value {
    /// This text.
    Constant(&'static str),
    /// The service's `version`.
    ServiceVersion,
}

/// Checksums of the payload that the runtime computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PayloadChecksum {
    /// Glacier's `x-amz-content-sha256` (SHA-256 of the payload) and
    /// `x-amz-sha256-tree-hash` (SHA-256 tree hash over 1 MiB chunks), for
    /// operations with a `@streaming` payload (the uploads). See
    /// `smithy_runtime::protocol::checksum::set_glacier_checksums`.
    Glacier,
}

/// One service's customization.
struct Customization {
    /// The `aws.api#service` `sdkId` it applies to.
    sdk_id: &'static str,
    /// The service shape it applies to when the service has no `sdkId`.
    shape_id: &'static str,
    /// Headers set on every request, unless the input set them.
    headers: &'static [(&'static str, Value)],
    /// Path labels (member names) and what an unset or empty one becomes.
    label_defaults: &'static [(&'static str, &'static str)],
    /// Payload checksums of operations with a `@streaming` payload.
    checksums: Option<PayloadChecksum>,
}

const CUSTOMIZATIONS: &[Customization] = &[
    // API Gateway needs `Accept: application/json` on every request (test case
    // `ApiGatewayAccept`); an input that binds `Accept` (`GetExport`) keeps its own.
    Customization {
        sdk_id: "API Gateway",
        shape_id: "com.amazonaws.apigateway#BackplaneControlService",
        headers: &[("Accept", Value::Constant("application/json"))],
        label_defaults: &[],
        checksums: None,
    },
    // Glacier needs its API version in a header on every request
    // (`GlacierVersionHeader`), the SHA-256 and tree hash of every upload
    // (`GlacierChecksums`, `GlacierMultipartChecksums`), and takes `-` as the
    // account id for "the account of the credentials" (`GlacierAccountId`),
    // which the SDKs fill in when the caller gives none.
    Customization {
        sdk_id: "Glacier",
        shape_id: "com.amazonaws.glacier#Glacier",
        headers: &[("X-Amz-Glacier-Version", Value::ServiceVersion)],
        label_defaults: &[("accountId", "-")],
        checksums: Some(PayloadChecksum::Glacier),
    },
];

/// The customization of the plan's service, if it has one.
fn customization(plan: &Plan<'_>) -> Option<&'static Customization> {
    let sdk_id = plan.sdk_id();
    CUSTOMIZATIONS.iter().find(|c| match sdk_id {
        Some(sdk_id) => c.sdk_id == sdk_id,
        None => plan.service.id.to_string() == c.shape_id,
    })
}

/// What the service's customization adds to the requests of one operation.
#[derive(Debug, Default)]
pub(crate) struct RequestCustomization {
    /// Headers set on the request unless the input set them: name, value.
    pub(crate) headers: Vec<(&'static str, String)>,
    /// Checksums of the `@streaming` payload (the member's name), computed by
    /// the runtime.
    pub(crate) checksums: Option<(PayloadChecksum, String)>,
}

/// What the service's customization adds to `op`'s requests (nothing for most
/// services).
pub(crate) fn request(plan: &Plan<'_>, op: &OperationPlan) -> RequestCustomization {
    let Some(custom) = customization(plan) else {
        return RequestCustomization::default();
    };
    let version = match &plan.service.kind {
        crate::model::ShapeKind::Service(service) => service.version.as_str(),
        _ => "",
    };
    let headers = custom
        .headers
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Value::Constant(text) => (*text).to_owned(),
                Value::ServiceVersion => version.to_owned(),
            };
            (*name, value)
        })
        .collect();
    let payload = op.input.byte_stream_field().map(|f| f.member.name.clone());
    RequestCustomization {
        headers,
        checksums: custom.checksums.zip(payload),
    }
}

/// What an unset or empty path label `field` of an operation input becomes,
/// when the service's customization gives it a default (a string label).
pub(crate) fn label_default(plan: &Plan<'_>, field: &Field) -> Option<&'static str> {
    if field.http_binding != Some(HttpBinding::Label) || field.ty != RustType::String {
        return None;
    }
    let custom = customization(plan)?;
    custom
        .label_defaults
        .iter()
        .find(|(name, _)| *name == field.member.name)
        .map(|(_, default)| *default)
}

impl RequestCustomization {
    /// Statements setting the customization headers on `request`, after the
    /// input's own headers (which win).
    pub(crate) fn header_statements(&self, shape_name: &str) -> Option<TokenStream> {
        if self.headers.is_empty() {
            return None;
        }
        let set = self.headers.iter().map(|(name, value)| {
            quote! {
                if !request.headers.contains_key(#name) {
                    request.append_header(#name, #value).map_err(|_| {
                        ::smithy_runtime::error::BuildError::invalid_field(#shape_name, #name, "is not a valid HTTP header value")
                    })?;
                }
            }
        });
        Some(quote!(#(#set)*))
    }

    /// Statements of `serialize_request` after the body is set: the checksum
    /// headers of a body in memory (the `@streaming` payload is `body`).
    pub(crate) fn checksum_statements(&self, shape_name: &str) -> Option<TokenStream> {
        let (PayloadChecksum::Glacier, member) = self.checksums.as_ref()?;
        Some(quote! {
            ::smithy_runtime::protocol::checksum::set_glacier_checksums(&mut request, #shape_name, #member, &body)?;
        })
    }

    /// Statements of `send` between `serialize_request` and sending: the
    /// checksums of a file body, which are read asynchronously, once.
    pub(crate) fn send_statements(&self, shape_name: &str) -> Option<TokenStream> {
        let (PayloadChecksum::Glacier, member) = self.checksums.as_ref()?;
        Some(quote! {
            let request = ::smithy_runtime::protocol::checksum::set_glacier_file_checksums(request, #shape_name, #member)
                .await
                .map_err(::smithy_runtime::error::UnhandledError::from)?;
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::emit::{Header, Options};
    use crate::idl::SourceFile;

    /// The generated files of a one-operation service, concatenated.
    fn generate(namespace: &str, service_traits: &str) -> String {
        let text = format!(
            r#"$version: "2.0"
namespace {namespace}

{service_traits}
@aws.protocols#restJson1
service Glacier {{
    version: "2012-06-01"
    operations: [Upload]
}}

@http(method: "POST", uri: "/{{accountId}}/vaults/{{vaultName}}")
operation Upload {{
    input := {{
        @httpLabel @required accountId: String
        @httpLabel @required vaultName: String
        @httpPayload body: Body
    }}
}}

@streaming
blob Body
"#
        );
        let options = Options {
            crate_name: "glacier".into(),
            crate_version: "0.1.0".into(),
            runtime_path: "../runtime".into(),
            header: Header {
                model: "test".into(),
                command: "test".into(),
            },
            partitions: None,
            allow_unsupported: Default::default(),
        };
        let files = crate::generate_idl(
            &[SourceFile {
                path: "test.smithy",
                text: &text,
            }],
            &options,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        files.iter().map(|f| f.contents.as_str()).collect()
    }

    fn assert_glacier(out: &str, expected: bool) {
        for needle in [
            r#""X-Amz-Glacier-Version", "2012-06-01""#,
            "unwrap_or(\"-\")",
            "set_glacier_checksums(",
            "set_glacier_file_checksums(",
        ] {
            assert_eq!(
                out.contains(needle),
                expected,
                "`{needle}` in the output: {}",
                !expected
            );
        }
        // Builder and serializer require `vaultName`, and `accountId` unless it defaults.
        let packed: String = out.split_whitespace().collect();
        assert_eq!(
            !packed.contains(r#"missing_field("UploadInput","accountId",)"#),
            expected
        );
        assert!(packed.contains(r#"missing_field("UploadInput","vaultName",)"#));
    }

    #[test]
    fn applies_by_sdk_id_or_by_shape_id_without_one() {
        assert_glacier(
            &generate("example.other", r#"@aws.api#service(sdkId: "Glacier")"#),
            true,
        );
        assert_glacier(&generate("com.amazonaws.glacier", ""), true);
        assert_glacier(
            &generate("com.amazonaws.glacier", r#"@aws.api#service(sdkId: "Not Glacier")"#),
            false,
        );
        assert_glacier(&generate("example.other", ""), false);
    }
}
