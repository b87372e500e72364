//! A loader for the Smithy IDL 2.0: parses `.smithy` files into the Smithy
//! JSON AST document, so the rest of the generator loads them unchanged.
//!
//! The work is split in small steps, one module each:
//! `lexer` (text to tokens, with `///` documentation attached to tokens),
//! `text` (string escapes and text blocks), `parser` (tokens to a
//! per-file syntax tree, `ast`, with `node` values), `resolve` (relative
//! shape ids to absolute ones, using `prelude` names) and `json` (the
//! JSON AST document: shapes, merged metadata, `apply` statements).
//!
//! ```
//! use codegen::idl::{parse, SourceFile};
//! let text = "$version: \"2\"\nnamespace example\n\nstring Name\n";
//! let ast = parse(&[SourceFile { path: "a.smithy", text }]).unwrap();
//! assert_eq!(ast["shapes"]["example#Name"]["type"], "string");
//! ```

mod ast;
mod json;
mod lexer;
mod node;
mod parser;
mod prelude;
mod resolve;
mod text;

use lexer::Pos;
use std::fmt;

/// One source file: a path (for error messages) and its text.
#[derive(Debug, Clone, Copy)]
pub struct SourceFile<'a> {
    /// Where the text comes from; only used in error messages.
    pub path: &'a str,
    /// The IDL source text.
    pub text: &'a str,
}

/// One problem in an IDL file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdlError {
    /// The [`SourceFile::path`] of the file.
    pub path: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// What is wrong.
    pub message: String,
}

impl IdlError {
    fn at(path: &str, pos: Pos, message: String) -> Self {
        Self {
            path: path.to_owned(),
            line: pos.line,
            column: pos.col,
            message,
        }
    }
}

impl fmt::Display for IdlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.path, self.line, self.column, self.message)
    }
}

impl std::error::Error for IdlError {}

/// One or more problems found while loading IDL files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdlErrors {
    /// The problems, in file order; never empty.
    pub errors: Vec<IdlError>,
}

impl fmt::Display for IdlErrors {
    /// One `path:line:col: message` line per error.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for IdlErrors {}

/// A syntax error inside one file (the path is added by [`parse`]).
#[derive(Debug)]
pub(crate) struct SyntaxError {
    pos: Pos,
    message: String,
}

impl SyntaxError {
    fn new(pos: Pos, message: String) -> Self {
        Self { pos, message }
    }
}

/// Parses several IDL files together into one Smithy JSON AST document
/// (`{"smithy": "2.0", "metadata": {...}, "shapes": {...}}`).
///
/// Relative shape ids resolve to names imported with `use`, then to shapes of
/// the file's namespace defined in any of the files, then to the prelude
/// (`smithy.api`, built in: the prelude file need not be among `files`).
/// Shapes and traits are sorted by shape id; members keep their order;
/// mixins are kept as `"mixins"`, not flattened.
pub fn parse(files: &[SourceFile<'_>]) -> Result<serde_json::Value, IdlErrors> {
    let mut asts = Vec::with_capacity(files.len());
    let mut errors = Vec::new();
    for file in files {
        let parsed = lexer::tokenize(file.text).and_then(|tokens| parser::parse_file(file.path, tokens));
        match parsed {
            Ok(ast) => asts.push(ast),
            Err(e) => errors.push(IdlError::at(file.path, e.pos, e.message)),
        }
    }
    if !errors.is_empty() {
        return Err(IdlErrors { errors });
    }
    let index = resolve::resolve(&mut asts).map_err(|errors| IdlErrors { errors })?;
    json::build(&asts, &index).map_err(|errors| IdlErrors { errors })
}

/// The JSON AST document as pretty-printed JSON, with a trailing newline.
pub fn to_json_ast_string(value: &serde_json::Value) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("a JSON value always serializes");
    s.push('\n');
    s
}
