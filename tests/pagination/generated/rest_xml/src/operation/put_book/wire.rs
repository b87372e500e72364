// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

//! restXml serialization of `PutBook`.
/// What the runtime needs to know about the operation.
pub(super) const OPERATION: ::smithy_runtime::Operation = ::smithy_runtime::Operation::new(
        "PutBook",
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
    input: super::PutBookInput,
) -> Result<super::PutBookOutput, super::PutBookError> {
    let request = serialize_request(input)
        .map_err(::smithy_runtime::error::UnhandledError::from)?;
    let response = crate::client::send(client, &OPERATION, request, None).await?;
    deserialize_response(&response)
}

/// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
pub(super) fn serialize_request(
    input: super::PutBookInput,
) -> Result<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
    let mut uri = ::smithy_runtime::protocol::wire::UriBuilder::new();
    uri.literal("/shelves/");
    let value = input
        .shelf
        .as_ref()
        .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
            "PutBookInput",
            "Shelf",
        ))?;
    uri.label("PutBookInput", "Shelf", value, false)?;
    uri.literal("/books");
    if let Some(value) = &input.edition {
        uri.query("edition", value.to_string());
    }
    let mut request = ::smithy_runtime::http::HttpRequest::new(
        ::smithy_runtime::http::Method::PUT,
        uri.build(""),
    );
    if let Some(value) = &input.author {
        if let Some(text) = Some(value.to_string()) {
            request
                .append_header("x-shelf-author", &text)
                .map_err(|_| ::smithy_runtime::error::BuildError::invalid_field(
                    "PutBookInput",
                    "Author",
                    "is not a valid HTTP header value",
                ))?;
        }
    }
    {
        let mut document = ::smithy_runtime::protocol::xml_writer::XmlWriter::new();
        let (writer, value) = (&mut document, &input);
        writer.start("Book");
        writer.attribute("xmlns", "https://shelf.example.com/doc/2024-05-01/");
        if let Some(v) = &value.language {
            writer.attribute("lang", v.as_str());
        }
        writer.open();
        if let Some(v) = &value.title {
            writer.element("BookTitle", v.as_str());
        }
        if let Some(v) = &value.pages {
            writer.element("Pages", &v.to_string());
        }
        if let Some(v) = &value.keywords {
            crate::ser::write_keyword_list(writer, "Keyword", v, None);
        }
        if let Some(v) = &value.chapters {
            crate::ser::write_chapter_list(writer, "Chapters", v, Some("Chapter"));
        }
        if let Some(v) = &value.notes {
            crate::ser::write_note_map(writer, "Notes", v, false);
        }
        if let Some(v) = &value.binding {
            writer.attribute_next("xmlns", "https://binding.example.com/");
            crate::ser::write_binding(writer, "Binding", v);
        }
        writer.end("Book");
        ::smithy_runtime::protocol::wire::set_body(
            &mut request,
            "PutBookInput",
            ::smithy_runtime::protocol::xml_writer::CONTENT_TYPE,
            document.finish(),
        )?;
    }
    Ok(request)
}

/// The output of a response, or the operation's error when the status is not 2xx.
pub(super) fn deserialize_response(
    response: &::smithy_runtime::http::HttpResponse,
) -> Result<super::PutBookOutput, super::PutBookError> {
    if !response.is_success() {
        return Err(deserialize_error(response));
    }
    let mut body = super::PutBookOutput::default();
    if let Some(element) = ::smithy_runtime::protocol::rest_xml::read_body(response)? {
        let read = |
            element: &::smithy_runtime::protocol::xml::XmlElement,
            value: &mut super::PutBookOutput,
        | -> Result<(), ::smithy_runtime::protocol::xml::XmlError> {
            for child in element.children() {
                match child.name() {
                    "StoredAt" => {
                        value.stored_at = Some(
                            child
                                .value()
                                .timestamp(::smithy_runtime::TimestampFormat::DateTime)?,
                        );
                    }
                    "Warning" => {
                        value
                            .warnings
                            .get_or_insert_with(Vec::new)
                            .push(child.value().string())
                    }
                    "Shelf" => {
                        let (k, v) = crate::de::read_shelf_counts_entry(child)?;
                        value
                            .shelves
                            .get_or_insert_with(::std::collections::HashMap::new)
                            .insert(k, v);
                    }
                    "Chapters" => {
                        value.chapters = Some(crate::de::read_chapter_list(child)?);
                    }
                    "Shelving" => value.shelving = Some(crate::de::read_shelving(child)?),
                    _ => {}
                }
            }
            if let Some(attribute) = element.attribute("Id") {
                value.id = Some(attribute.string());
            }
            Ok(())
        };
        read(&element, &mut body)
            .map_err(|e| ::smithy_runtime::protocol::rest_xml::malformed(response, e))?;
    }
    Ok(super::PutBookOutput {
        e_tag: Result::<
            _,
            ::smithy_runtime::error::UnhandledError,
        >::Ok(::smithy_runtime::protocol::wire::header(response, "ETag"))?,
        id: body.id,
        stored_at: body.stored_at,
        warnings: body.warnings,
        shelves: body.shelves,
        chapters: body.chapters,
        shelving: body.shelving,
    })
}

/// The operation error of an error response.
fn deserialize_error(
    response: &::smithy_runtime::http::HttpResponse,
) -> super::PutBookError {
    let meta = ::smithy_runtime::protocol::rest_xml::error_metadata(response);
    match meta.code() {
        Some("NoSuchShelf") => {
            super::PutBookError::NoSuchShelf(
                crate::error::NoSuchShelf::from_response(response, meta),
            )
        }
        _ => {
            super::PutBookError::Unhandled(
                ::smithy_runtime::error::UnhandledError::from_service_metadata(
                    meta,
                    response.body.to_vec(),
                ),
            )
        }
    }
}
