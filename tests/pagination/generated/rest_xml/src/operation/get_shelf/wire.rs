// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restXml serialization of `GetShelf`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
        "GetShelf",
        "ShelfService",
        &[
            ::smithy_runtime::AuthMode::SigV4 {
                signing_name: "shelf",
            },
        ],
    )
    .with_protocol(::smithy_runtime::protocol::Protocol::RestXml);
/// Serializes `input`, sends it through `client` and reads the response.
pub(super) async fn send(
    client: &crate::Client,
    input: super::GetShelfInput,
) -> Result<super::GetShelfOutput, super::GetShelfError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::GetShelfInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/shelves/");
    let value = input
        .shelf
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "GetShelfInput",
            "Shelf",
        ))?;
    uri.label("GetShelfInput", "Shelf", value, false)?;
    uri.literal("/");
    let value = input
        .view
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "GetShelfInput",
            "View",
        ))?;
    uri.label("GetShelfInput", "View", value.as_str(), false)?;
    let request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::GET,
        uri.build(""),
    );
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::GetShelfOutput, super::GetShelfError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }
    let mut body = super::GetShelfOutput::default();
    if let Some(element) = ::smithy_runtime::protocol::rest_xml::read_body(response)? {
        let read = |
            element: &::smithy_runtime::protocol::xml::XmlElement,
            value: &mut super::GetShelfOutput,
        | -> Result<(), ::smithy_runtime::protocol::xml::XmlError> {
            for child in element.children() {
                match child.name() {
                    "Name" => value.name = Some(child.value().string()),
                    "Books" => value.books = Some(child.value().i32()?),
                    _ => {}
                }
            }
            Ok(())
        };
        read(&element, &mut body)
            .map_err(|e| ::smithy_runtime::protocol::rest_xml::malformed(response, e))?;
    }
    Ok(super::GetShelfOutput {
        name: body.name,
        books: body.books,
    })
}

/// The operation error of an error response.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::GetShelfError {
    let meta = ::smithy_runtime::protocol::rest_xml::error_metadata(response);
    match meta.code() {
        Some("NoSuchShelf") => {
            super::GetShelfError::NoSuchShelf(
                crate::error::NoSuchShelf::from_response(response, meta),
            )
        }
        _ => {
            super::GetShelfError::Unhandled(
                ::smithy_runtime::error::UnhandledError::from_service_metadata(
                    meta,
                    response.body.to_vec(),
                ),
            )
        }
    }
}
