// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads the crate's types from XML response bodies, one function per shape.
/// Reads the structure `Chapter` from its element.
pub(crate) fn read_chapter(
    element: &::smithy_runtime::protocol::xml::XmlElement,
) -> Result<crate::types::Chapter, ::smithy_runtime::protocol::xml::XmlError> {
    let mut value = crate::types::Chapter::default();
    for child in element.children() {
        if child.name() == "Heading" {
            value.heading = Some(child.value().string());
        }
    }
    if let Some(attribute) = element.attribute("n") {
        value.number = Some(attribute.i32()?);
    }
    Ok(value)
}

/// Reads the list `ChapterList` from its element.
pub(crate) fn read_chapter_list(
    element: &::smithy_runtime::protocol::xml::XmlElement,
) -> Result<Vec<crate::types::Chapter>, ::smithy_runtime::protocol::xml::XmlError> {
    let mut items = Vec::new();
    for child in element.children().iter().filter(|c| c.name() == "Chapter") {
        items.push(crate::de::read_chapter(child)?);
    }
    Ok(items)
}

/// Reads the map `NeighbourMap` from its element.
pub(crate) fn read_neighbour_map(
    element: &::smithy_runtime::protocol::xml::XmlElement,
) -> Result<
    ::std::collections::HashMap<String, Vec<String>>,
    ::smithy_runtime::protocol::xml::XmlError,
> {
    let mut map = ::std::collections::HashMap::new();
    for child in element.children().iter().filter(|c| c.name() == "entry") {
        let (k, v) = read_neighbour_map_entry(child)?;
        map.insert(k, v);
    }
    Ok(map)
}

/// Reads one entry of the map `NeighbourMap` (`<Side>` and `<Titles>`).
pub(crate) fn read_neighbour_map_entry(
    element: &::smithy_runtime::protocol::xml::XmlElement,
) -> Result<(String, Vec<String>), ::smithy_runtime::protocol::xml::XmlError> {
    let k = match element.child("Side") {
        Some(child) => child.value().string(),
        None => {
            return Err(
                ::smithy_runtime::protocol::xml::XmlError::new(
                    "an entry of the map `NeighbourMap` has no `Side`",
                ),
            );
        }
    };
    let v = match element.child("Titles") {
        Some(child) => crate::de::read_title_list(child)?,
        None => {
            return Err(
                ::smithy_runtime::protocol::xml::XmlError::new(
                    "an entry of the map `NeighbourMap` has no `Titles`",
                ),
            );
        }
    };
    Ok((k, v))
}

/// Reads the structure `NoSuchShelf` from its element.
pub(crate) fn read_no_such_shelf(
    element: &::smithy_runtime::protocol::xml::XmlElement,
) -> Result<crate::error::NoSuchShelf, ::smithy_runtime::protocol::xml::XmlError> {
    let mut value = crate::error::NoSuchShelf::default();
    for child in element.children() {
        match child.name() {
            "Message" => value.message = Some(child.value().string()),
            "Shelf" => value.shelf = Some(child.value().string()),
            _ => {}
        }
    }
    Ok(value)
}

/// Reads the list `PositionList` from its element.
pub(crate) fn read_position_list(
    element: &::smithy_runtime::protocol::xml::XmlElement,
) -> Result<Vec<i32>, ::smithy_runtime::protocol::xml::XmlError> {
    let mut items = Vec::new();
    for child in element.children().iter().filter(|c| c.name() == "Position") {
        items.push(child.value().i32()?);
    }
    Ok(items)
}

/// Reads the list `RowList` from its element.
pub(crate) fn read_row_list(
    element: &::smithy_runtime::protocol::xml::XmlElement,
) -> Result<Vec<Vec<i32>>, ::smithy_runtime::protocol::xml::XmlError> {
    let mut items = Vec::new();
    for child in element.children().iter().filter(|c| c.name() == "Row") {
        items.push(crate::de::read_position_list(child)?);
    }
    Ok(items)
}

/// Reads one entry of the map `ShelfCounts` (`<Name>` and `<Books>`).
pub(crate) fn read_shelf_counts_entry(
    element: &::smithy_runtime::protocol::xml::XmlElement,
) -> Result<(String, i32), ::smithy_runtime::protocol::xml::XmlError> {
    let k = match element.child("Name") {
        Some(child) => child.value().string(),
        None => {
            return Err(
                ::smithy_runtime::protocol::xml::XmlError::new(
                    "an entry of the map `ShelfCounts` has no `Name`",
                ),
            );
        }
    };
    let v = match element.child("Books") {
        Some(child) => child.value().i32()?,
        None => {
            return Err(
                ::smithy_runtime::protocol::xml::XmlError::new(
                    "an entry of the map `ShelfCounts` has no `Books`",
                ),
            );
        }
    };
    Ok((k, v))
}

/// Reads the structure `Shelving` from its element.
pub(crate) fn read_shelving(
    element: &::smithy_runtime::protocol::xml::XmlElement,
) -> Result<crate::types::Shelving, ::smithy_runtime::protocol::xml::XmlError> {
    let mut value = crate::types::Shelving::default();
    for child in element.children() {
        match child.name() {
            "Rows" => value.rows = Some(crate::de::read_row_list(child)?),
            "Neighbours" => {
                value.neighbours = Some(crate::de::read_neighbour_map(child)?);
            }
            _ => {}
        }
    }
    Ok(value)
}

/// Reads the list `TitleList` from its element.
pub(crate) fn read_title_list(
    element: &::smithy_runtime::protocol::xml::XmlElement,
) -> Result<Vec<String>, ::smithy_runtime::protocol::xml::XmlError> {
    let mut items = Vec::new();
    for child in element.children().iter().filter(|c| c.name() == "member") {
        items.push(child.value().string());
    }
    Ok(items)
}
