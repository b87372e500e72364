// Code generated from `tests/fixtures/sensitive.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `OpenVault`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "OpenVault",
    "VaultService",
    ::smithy_runtime::AuthMode::None,
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::OpenVaultInput,
) -> ::std::result::Result<super::OpenVaultOutput, super::OpenVaultError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::OpenVaultInput,
) -> ::std::result::Result<
    ::smithy_runtime::http::HttpRequest,
    ::smithy_runtime::error::BuildError,
> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/vault");
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        uri.build(""),
    );
    #[derive(::serde::Serialize)]
    struct RequestBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        login: ::std::option::Option<crate::types::Login>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pins: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    let body = RequestBody {
        login: input.login,
        pins: input.pins,
    };
    ::smithy_runtime::protocol::wire::set_body(
        &mut request,
        "OpenVaultInput",
        "application/json",
        ::smithy_runtime::protocol::wire::json_body("OpenVaultInput", &body)?,
    )?;
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> ::std::result::Result<super::OpenVaultOutput, super::OpenVaultError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    #[derive(::serde::Deserialize, Default)]
    #[serde(default)]
    struct ResponseBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        secrets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(
            rename = "secretGroups",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        secret_groups: ::std::option::Option<
            ::std::vec::Vec<
                ::std::collections::HashMap<::std::string::String, ::std::string::String>,
            >,
        >,
        #[serde(
            rename = "secretsByName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        secrets_by_name: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        #[serde(
            rename = "namesBySecret",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        names_by_secret: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        choice: ::std::option::Option<crate::types::Choice>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        locked: ::std::option::Option<crate::types::Locked>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        entries: ::std::option::Option<::std::vec::Vec<crate::types::Locked>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        login: ::std::option::Option<crate::types::Login>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        hidden: ::std::option::Option<crate::types::Hidden>,
    }
    let body: ResponseBody = ::smithy_runtime::protocol::wire::parse_body(response)?;
    Ok(super::OpenVaultOutput {
        title: body.title,
        secrets: body.secrets,
        secret_groups: body.secret_groups,
        secrets_by_name: body.secrets_by_name,
        names_by_secret: body.names_by_secret,
        choice: body.choice,
        locked: body.locked,
        entries: body.entries,
        login: body.login,
        hidden: body.hidden,
    })
}

/// The operation error of an error response: the operation models none.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::OpenVaultError {
    super::OpenVaultError::Unhandled(
        ::smithy_runtime::protocol::rest_json::unhandled_error(response),
    )
}
