// Code generated from `tests/fixtures/sensitive.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restJson1 serialization of `OpenVault`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
    "OpenVault",
    "VaultService",
    &[::smithy_runtime::AuthMode::None],
);

/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::OpenVaultInput,
) -> Result<super::OpenVaultOutput, super::OpenVaultError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::OpenVaultInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/vault");
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::POST,
        uri.build(""),
    );
    #[derive(::serde::Serialize)]
    struct RequestBody {
        #[serde(skip_serializing_if = "Option::is_none")]
        login: Option<crate::types::Login>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pins: Option<Vec<String>>,
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
) -> Result<super::OpenVaultOutput, super::OpenVaultError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }

    /// The members of the JSON body, each `None` until read.
    #[derive(Default)]
    struct ResponseBody {
        title: Option<String>,
        secrets: Option<Vec<String>>,
        secret_groups: Option<Vec<::std::collections::HashMap<String, String>>>,
        secrets_by_name: Option<::std::collections::HashMap<String, String>>,
        names_by_secret: Option<::std::collections::HashMap<String, String>>,
        choice: Option<crate::types::Choice>,
        locked: Option<crate::types::Locked>,
        entries: Option<Vec<crate::types::Locked>>,
        login: Option<crate::types::Login>,
        hidden: Option<crate::types::Hidden>,
    }
    let body = ::smithy_runtime::protocol::wire::read_body(
        response,
        |reader| {
            let mut body = ResponseBody::default();
            reader.start_object("OpenVaultOutput")?;
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    "title" => body.title = reader.string()?,
                    "secrets" => body.secrets = crate::de::read_secrets(reader)?,
                    "secretGroups" => {
                        body.secret_groups = crate::de::read_secret_groups(reader)?;
                    }
                    "secretsByName" => {
                        body.secrets_by_name = crate::de::read_secrets_by_name(reader)?;
                    }
                    "namesBySecret" => {
                        body.names_by_secret = crate::de::read_names_by_secret(reader)?;
                    }
                    "choice" => body.choice = crate::de::read_choice(reader)?,
                    "locked" => body.locked = crate::de::read_locked(reader)?,
                    "entries" => body.entries = crate::de::read_entries(reader)?,
                    "login" => body.login = crate::de::read_login(reader)?,
                    "hidden" => body.hidden = crate::de::read_hidden(reader)?,
                    _ => reader.skip_value()?,
                }
            }
            Ok(body)
        },
    )?;
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
