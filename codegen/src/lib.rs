//! Generates Rust client crates from Smithy service models.
//!
//! The pipeline reads in one direction, one module per stage:
//! [`load`] (JSON AST) → [`model`] (resolve) → [`plan`] (the Rust view) → [`emit`] (files).

pub mod docs;
pub mod emit;
pub mod endpoint;
pub mod error;
pub mod idl;
pub mod inline;
pub mod load;
pub mod model;
pub mod plan;
pub mod protocol_tests;
mod std_names;

pub use emit::{is_generated, partitions_file, GeneratedFile, Header, Options};
pub use error::{Error, Errors};

/// Generates a client crate from a Smithy JSON AST model: load, resolve, plan,
/// emit. `file` names the model in error messages. Nothing is written: the
/// caller gets every file in memory, or every problem found.
pub fn generate(file: &str, json: &str, options: &Options) -> Result<Vec<GeneratedFile>, Errors> {
    let ast = load::parse(file, json)?;
    generate_ast(ast, options)
}

/// Generates a client crate from Smithy IDL 2.0 files, loaded together into one
/// model. IDL errors name file, line and column.
pub fn generate_idl(files: &[idl::SourceFile<'_>], options: &Options) -> Result<Vec<GeneratedFile>, Errors> {
    let value =
        idl::parse(files).map_err(|e| Errors(e.errors.iter().map(|e| Error::Model(e.to_string())).collect()))?;
    let label = files.first().map_or("model", |f| f.path);
    generate_ast(load::from_value(label, value)?, options)
}

fn generate_ast(ast: load::Ast, options: &Options) -> Result<Vec<GeneratedFile>, Errors> {
    let model = model::resolve(ast)?;
    let plan = plan::Plan::new_allowing(&model, &options.allow_unsupported)?;
    emit::emit(&plan, options)
}
