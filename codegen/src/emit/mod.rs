//! Stage 4, emit: the files of the generated crate, each built with `quote!`
//! and rendered by [`file`].
//!
//! Emitters print what the plan decided: they read the fields of its items
//! (redaction, timestamp formats, HTTP bindings, ...), never model traits.

mod client;
mod crate_root;
mod customize;
pub(crate) mod docs;
mod endpoint;
mod enums;
mod errors;
mod file;
mod operation;
mod paginator;
mod serde_attrs;
mod structure;
mod union;
mod values;
mod waiter;
mod wire;

use std::collections::BTreeSet;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

pub use file::{is_generated, GeneratedFile, Header};

use crate::error::Errors;
use crate::plan::{Item, ItemKind, Module, Plan};

/// The text `Debug` prints in place of a hidden value.
const REDACTED: &str = "*** Sensitive Data Redacted ***";

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
    /// Unsupported features to generate anyway (`--allow-unsupported`): trait
    /// ids or feature names of [`crate::plan::features`]. Each gap is documented
    /// on the items it affects.
    pub allow_unsupported: std::collections::BTreeSet<String>,
}

/// An identifier from a planned name, raw (`r#type`) where the plan made it so.
pub(crate) fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// Builds the tokens of one file. Tokens cannot cross threads, so each job
/// builds its own where it is rendered.
type Job<'a> = Box<dyn Fn() -> Result<TokenStream, Errors> + Send + Sync + 'a>;

/// Every file of the generated crate, sorted by path.
pub fn emit<'a>(plan: &'a Plan<'a>, options: &'a Options) -> Result<Vec<GeneratedFile>, Errors> {
    let mut jobs: Vec<(String, Job<'a>)> = Vec::new();
    let mut job = |path: String, build: Job<'a>| jobs.push((path, build));

    // Largest files first and the small index files last, so the workers
    // finish together: the endpoint module (rules and their tests), the
    // readers and writers every operation shares, the operations, the shapes.
    job(
        "src/endpoint.rs".into(),
        Box::new(move || endpoint::module(plan, options.partitions.as_ref())),
    );
    if !wire::json_de::needed(plan).is_empty() {
        job(
            "src/de.rs".into(),
            Box::new(move || {
                let module = if plan.protocol.reads_xml() {
                    wire::xml_de::module(plan)?
                } else {
                    wire::json_de::module(plan)?
                };
                Ok(module.unwrap_or_default())
            }),
        );
    }
    if wire::has_ser_module(plan) {
        job(
            "src/ser.rs".into(),
            Box::new(move || Ok(wire::ser_module(plan)?.unwrap_or_default())),
        );
    }
    for op in &plan.operations {
        let module = crate::plan::naming::unraw(&op.method);
        job(
            format!("src/operation/{module}.rs"),
            Box::new(move || Ok(operation::module(plan, op)?)),
        );
        job(
            format!("src/operation/{module}/wire.rs"),
            Box::new(move || wire::module(plan, op)),
        );
    }
    for item in types_of(plan) {
        job(
            format!("src/types/{}.rs", item.file),
            Box::new(move || {
                Ok(match item.kind {
                    ItemKind::Struct => structure::structure(plan, item)?,
                    ItemKind::Enum | ItemKind::IntEnum => enums::enumeration(plan, item),
                    ItemKind::Union => union::union(plan, item),
                })
            }),
        );
    }
    for item in errors_of(plan) {
        job(
            format!("src/error/{}.rs", item.file),
            Box::new(move || Ok(errors::error_struct(plan, item)?)),
        );
    }
    job(
        "src/types.rs".into(),
        Box::new(move || {
            let doc = "The structures, enums and unions of the model.";
            Ok(crate_root::item_index(doc, &types_of(plan), quote!()))
        }),
    );
    job(
        "src/error.rs".into(),
        Box::new(move || {
            let service_error = errors::error_enum(
                plan,
                "Error",
                "Any error of any operation of the service: every operation's error converts into it.",
                &plan.errors,
            );
            let doc = "The errors the service models, and [`Error`], which every operation error converts into.";
            let items = quote! {
                #[doc(inline)]
                pub use ::smithy_runtime::error::{ErrorMetadata, ProvideErrorMetadata};
                #service_error
            };
            Ok(crate_root::item_index(doc, &errors_of(plan), items))
        }),
    );
    job(
        "src/operation.rs".into(),
        Box::new(move || Ok(crate_root::operation_index(plan))),
    );
    job("src/client.rs".into(), Box::new(move || Ok(client::client(plan))));
    job("src/config.rs".into(), Box::new(move || client::config(plan)));
    job(
        "src/lib.rs".into(),
        Box::new(move || Ok(crate_root::lib_rs(plan, options))),
    );
    job("src/paginator.rs".into(), Box::new(move || paginator::file(plan)));
    job("src/waiter.rs".into(), Box::new(move || waiter::file(plan)));

    let mut errors = Errors::default();
    let mut files = Vec::new();
    for result in render_all(jobs, &options.header, &plan.declared_type_names()) {
        match result {
            Ok(file) => files.push(file),
            Err(problems) => problems.0.into_iter().for_each(|e| errors.push(e)),
        }
    }
    files.push(file::toml_file(
        "Cargo.toml",
        &options.header,
        &crate_root::cargo_toml(plan, options),
    ));
    files.push(file::toml_file("src/rustfmt.toml", &options.header, RUSTFMT_TOML));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    errors.into_result(files)
}

/// `src/rustfmt.toml`: rustfmt reads the nearest `rustfmt.toml` above each crate
/// root it formats, so this one exempts exactly the generated `src/` (the crate's
/// hand-written `tests/` and `examples/` keep the workspace's style). The
/// generator's layout is the canonical one: `cargo fmt --all` leaves it as written
/// and the drift check stays green.
const RUSTFMT_TOML: &str = "\
# The generator lays out this code; `cargo fmt` leaves it as generated.
disable_all_formatting = true
";

/// The runtime's partitions table (`runtime/src/endpoint/partitions.rs`) from a
/// partitions document with the structure of `model/partitions.json`.
pub fn partitions_file(
    path: &str,
    partitions: &serde_json::Value,
    header: &Header,
) -> Result<GeneratedFile, crate::Error> {
    let table = crate::endpoint::partitions_module(partitions)
        .map_err(|e| crate::Error::Model(format!("partitions table: {e}")))?;
    let tokens = quote! {
        #![doc = " The AWS partitions table that `aws.partition` consults."]
        #table
    };
    file::rust_file(path, header, tokens)
}

/// The items of `crate::types`, by shape id.
fn types_of<'a>(plan: &'a Plan<'a>) -> Vec<&'a Item> {
    plan.items.values().filter(|i| i.module == Module::Types).collect()
}

/// The modeled errors of `crate::error`, by Rust name.
fn errors_of<'a>(plan: &'a Plan<'a>) -> Vec<&'a Item> {
    plan.errors.iter().filter_map(|id| plan.item(id)).collect()
}

/// Runs the jobs on all cores (building tokens, parsing and printing dominate the
/// generator's time); results come back in job order, so output stays deterministic.
fn render_all(
    jobs: Vec<(String, Job<'_>)>,
    header: &Header,
    declared: &BTreeSet<&str>,
) -> Vec<Result<GeneratedFile, Errors>> {
    let render = |(path, build): &(String, Job<'_>)| -> Result<GeneratedFile, Errors> {
        let tokens = crate::std_names::with_taken(declared, build)?;
        Ok(file::rust_file(path, header, tokens)?)
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
        .min(jobs.len().max(1));
    if threads == 1 {
        return jobs.iter().map(render).collect();
    }
    let (jobs, next) = (&jobs, &std::sync::atomic::AtomicUsize::new(0));
    let mut results: Vec<(usize, Result<GeneratedFile, Errors>)> = std::thread::scope(|scope| {
        // Each worker takes the next job when it is free, so one large file (the
        // endpoint tests) does not leave the other cores idle.
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(move || {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(job) = jobs.get(i) else { break done };
                        done.push((i, render(job)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("a render worker panicked"))
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, result)| result).collect()
}
