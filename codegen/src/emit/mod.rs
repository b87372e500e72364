//! Stage 4, emit: the files of the generated crate, each built with `quote!`
//! and rendered by [`file`].

mod client;
mod crate_root;
mod docs;
mod endpoint;
mod enums;
mod errors;
mod file;
mod operation;
mod serde_attrs;
mod structure;
mod union;
mod values;
mod wire;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

pub use file::{GeneratedFile, Header};

use crate::error::{Error, Errors};
use crate::plan::{ItemKind, Module, Plan};

/// What the emitter needs besides the plan.
#[derive(Debug, Clone)]
pub struct Options {
    /// The package name of the generated crate, `iot-jobs-data`.
    pub crate_name: String,
    /// The package version of the generated crate.
    pub crate_version: String,
    /// The path of the runtime crate, relative to the generated crate.
    pub runtime_path: String,
    /// The header of every file: which model, which command.
    pub header: Header,
    /// The project's partitions table (`model/partitions.json`), if any: the
    /// model's endpoint tests that predate its facts are generated as such.
    pub partitions: Option<serde_json::Value>,
}

/// An identifier from a planned name, raw (`r#type`) where the plan made it so.
pub(crate) fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// Every file of the generated crate, sorted by path.
pub fn emit(plan: &Plan<'_>, options: &Options) -> Result<Vec<GeneratedFile>, Errors> {
    let mut errors = Errors::default();
    let mut files = Vec::new();
    let header = &options.header;
    let mut rust = |path: &str, tokens: Result<TokenStream, Error>| match tokens.and_then(|t| file::rust_file(path, header, t)) {
        Ok(file) => files.push(file),
        Err(error) => errors.push(error),
    };

    let types: Vec<_> = plan.items.values().filter(|i| i.module == Module::Types).collect();
    let modeled_errors: Vec<_> = plan.errors.iter().filter_map(|id| plan.item(id)).collect();
    for item in &types {
        let tokens = match item.kind {
            ItemKind::Struct => structure::structure(plan, item),
            ItemKind::Enum | ItemKind::IntEnum => Ok(enums::enumeration(plan, item)),
            ItemKind::Union => Ok(union::union(plan, item)),
        };
        rust(&format!("src/types/{}.rs", item.file), tokens);
    }
    for item in &modeled_errors {
        rust(&format!("src/error/{}.rs", item.file), errors::error_struct(plan, item));
    }
    for op in &plan.operations {
        let module = crate::plan::naming::unraw(&op.method);
        rust(&format!("src/operation/{module}.rs"), operation::module(plan, op));
        rust(&format!("src/operation/{module}/wire.rs"), wire::module(plan, op));
    }
    let types_doc = "The structures, enums and unions of the model.";
    rust("src/types.rs", Ok(crate_root::item_index(types_doc, &types, quote!())));
    let service_error = errors::error_enum(
        plan,
        "Error",
        "Any error of any operation of the service: every operation's error converts into it.",
        &plan.errors,
    );
    let error_doc = "The errors the service models, and [`Error`], which every operation error converts into.";
    rust("src/error.rs", Ok(crate_root::item_index(error_doc, &modeled_errors, service_error)));
    rust("src/operation.rs", Ok(crate_root::operation_index(plan)));
    rust("src/client.rs", Ok(client::client(plan)));
    rust("src/config.rs", Ok(client::config(plan)));
    rust("src/endpoint.rs", endpoint::module(plan, options.partitions.as_ref()));
    rust("src/lib.rs", Ok(crate_root::lib_rs(plan)));
    rust("src/paginator.rs", Ok(crate_root::empty_helpers("Paginators", "@paginated")));
    rust("src/waiter.rs", Ok(crate_root::empty_helpers("Waiters", "@smithy.waiters#waitable")));
    files.push(file::toml_file("Cargo.toml", header, &crate_root::cargo_toml(plan, options)));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    errors.into_result(files)
}
