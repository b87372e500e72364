// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
mod binding;
mod chapter;
mod shelf_view;
mod shelving;
pub use binding::Binding;
pub use chapter::Chapter;
pub use shelf_view::ShelfView;
pub use shelving::Shelving;

/// The builders of the structures in this module.
pub mod builders {
    pub use super::binding::BindingBuilder;
    pub use super::chapter::ChapterBuilder;
    pub use super::shelving::ShelvingBuilder;
}
