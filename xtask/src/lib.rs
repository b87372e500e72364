//! Maintainer commands behind `cargo xtask`: generating everything the
//! repository commits (the client crate, the fixture crates of the pagination
//! tests, the runtime's partitions table) and checking that it is up to date.
//! It also runs the client benchmark ([`bench`]). Only this crate writes to
//! disk, and never a file it did not write (see [`output`]).

pub mod output;
mod paths;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use codegen::{GeneratedFile, Header, Options};

pub mod bench;
mod cpu_time;
pub use output::{apply, drift, Drift, Output, MANIFEST};

/// The command that regenerates the committed output.
pub const CODEGEN_COMMAND: &str = "cargo xtask codegen";

/// The fixtures whose crates are committed under `tests/pagination/generated/`,
/// for the behavioural tests of `tests/pagination`.
pub const PAGINATION_FIXTURES: &[&str] = &[
    "paginators",
    "waiters",
    "streams_and_prefixes",
    "timestamps",
    "streaming",
    "sensitive",
    "unions",
    "recursion",
    "blobs_documents",
    "bearer_auth",
    "endpoint_params",
    "big_numbers",
    "aws_json",
    "aws_json_query_compatible",
    "rpc_v2_cbor",
    "aws_query",
    "ec2_query",
    "rest_xml",
];

/// The runtime's partitions table, generated from `model/partitions.json`.
const PARTITIONS_MODEL: &str = "model/partitions.json";
const PARTITIONS_FILE: &str = "src/endpoint/partitions.rs";

/// The repository root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// Everything generated and committed, each with the directory it goes to.
pub fn committed(root: &Path) -> Result<Vec<Output>> {
    let mut outputs = vec![Target::iot_jobs_data().generate(root)?];
    for fixture in PAGINATION_FIXTURES {
        outputs.push(Target::pagination_fixture(fixture).generate(root)?);
    }
    outputs.push(partitions_table(root)?);
    Ok(outputs)
}

/// `runtime/src/endpoint/partitions.rs`, the one generated file of the runtime.
fn partitions_table(root: &Path) -> Result<Output> {
    let header = Header {
        model: PARTITIONS_MODEL.to_owned(),
        command: CODEGEN_COMMAND.to_owned(),
    };
    let partitions = read_partitions(root)?.expect("the project has a partitions table");
    let file = codegen::partitions_file(PARTITIONS_FILE, &partitions, &header)?;
    Ok(Output::files_in(root.join("runtime"), vec![file]))
}

/// One client crate to generate.
#[derive(Debug, Clone)]
pub struct Target {
    /// The model, relative to the workspace root (or absolute).
    pub model: PathBuf,
    /// The model as file headers name it.
    pub model_label: String,
    /// The command file headers name.
    pub command: String,
    /// The crate directory, relative to the workspace root (or absolute).
    pub out: PathBuf,
    /// The package name; empty to derive it from the model.
    pub crate_name: String,
    /// The runtime crate's directory, relative to the workspace root (or absolute).
    pub runtime: PathBuf,
    /// Whether the generated endpoint tests consult the project's partitions table.
    pub with_partitions: bool,
    /// Unsupported features to generate anyway (`--allow-unsupported`).
    pub allow_unsupported: BTreeSet<String>,
}

impl Target {
    /// The IoT Jobs Data Plane client, the repository's reference crate.
    pub fn iot_jobs_data() -> Target {
        Target {
            model: PathBuf::from("model/iot-jobs-data.json"),
            model_label: "model/iot-jobs-data.json".to_owned(),
            command: CODEGEN_COMMAND.to_owned(),
            out: PathBuf::from("generated/iot-jobs-data"),
            crate_name: "iot-jobs-data".to_owned(),
            runtime: PathBuf::from("runtime"),
            with_partitions: true,
            allow_unsupported: BTreeSet::new(),
        }
    }

    /// The committed crate of a fixture model that `tests/pagination` runs.
    pub fn pagination_fixture(fixture: &str) -> Target {
        let model = format!("tests/fixtures/{fixture}.json");
        Target {
            model: PathBuf::from(&model),
            model_label: model,
            command: CODEGEN_COMMAND.to_owned(),
            out: Path::new("tests/pagination/generated").join(fixture),
            crate_name: format!("{}-fixture", fixture.replace('_', "-")),
            runtime: PathBuf::from("runtime"),
            with_partitions: false,
            // Its event streams are generated as operations whose `send` fails
            // before sending, documented on them.
            allow_unsupported: if fixture == "streams_and_prefixes" {
                ["event-stream".to_owned()].into()
            } else {
                BTreeSet::new()
            },
        }
    }

    /// Any model, written anywhere: paths are taken relative to the current
    /// directory, as a user typed them. The runtime is this repository's, or
    /// the crate directory `runtime`.
    pub fn external(
        model: PathBuf,
        out: PathBuf,
        crate_name: Option<String>,
        runtime: Option<PathBuf>,
    ) -> Result<Target> {
        let cwd = std::env::current_dir().context("cannot read the current directory")?;
        let model_label = paths::slash_path(&model);
        let command = format!(
            "{CODEGEN_COMMAND} --model {model_label} --out {}",
            paths::slash_path(&out)
        );
        let runtime = match runtime {
            Some(path) => cwd.join(path),
            None => workspace_root().join("runtime"),
        };
        if !runtime.join("Cargo.toml").is_file() {
            bail!(
                "{} is not the runtime crate (it has no Cargo.toml): pass its directory with --runtime-path",
                runtime.display()
            );
        }
        Ok(Target {
            model: cwd.join(model),
            model_label,
            command,
            out: cwd.join(out),
            crate_name: crate_name.unwrap_or_default(),
            runtime,
            with_partitions: true,
            allow_unsupported: BTreeSet::new(),
        })
    }

    /// Generates the crate in memory, from a JSON AST file, a `.smithy` IDL file,
    /// or a directory of `.smithy` files loaded together.
    pub fn generate(&self, root: &Path) -> Result<Output> {
        let model_path = root.join(&self.model);
        let out = root.join(&self.out);
        let header = Header {
            model: self.model_label.clone(),
            command: self.command.clone(),
        };
        let options = Options {
            crate_name: self.crate_name.clone(),
            crate_version: "0.1.0".to_owned(),
            runtime_path: paths::relative_path(&out, &root.join(&self.runtime))?,
            header: header.clone(),
            partitions: if self.with_partitions {
                read_partitions(root)?
            } else {
                None
            },
            allow_unsupported: self.allow_unsupported.clone(),
        };
        let idl_files = idl_sources(&model_path)?;
        let generated = if idl_files.is_empty() {
            let json = fs::read_to_string(&model_path)
                .with_context(|| format!("cannot read the model {}", model_path.display()))?;
            codegen::generate(&self.model_label, &json, &options)
        } else {
            let sources: Vec<codegen::idl::SourceFile<'_>> = idl_files
                .iter()
                .map(|(path, text)| codegen::idl::SourceFile { path, text })
                .collect();
            codegen::generate_idl(&sources, &options)
        };
        let files: Vec<GeneratedFile> = generated.map_err(anyhow::Error::new)?;
        Ok(Output::generated_crate(out, files, &header))
    }
}

/// The `.smithy` files of an IDL model: the file itself, or every `.smithy` file
/// under a directory, sorted; none for a JSON AST file.
fn idl_sources(path: &Path) -> Result<Vec<(String, String)>> {
    let paths = if path.is_dir() {
        smithy_files(path)?
    } else if path.extension().is_some_and(|e| e == "smithy") {
        vec![path.to_path_buf()]
    } else {
        Vec::new()
    };
    paths
        .into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p).with_context(|| format!("cannot read {}", p.display()))?;
            Ok((paths::slash_path(&p), text))
        })
        .collect()
}

/// Every `.smithy` file under `dir`, sorted.
fn smithy_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        let entries = fs::read_dir(&current).with_context(|| format!("cannot list {}", current.display()))?;
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "smithy") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The project's partitions table, which the generated endpoint tests consult.
fn read_partitions(root: &Path) -> Result<Option<serde_json::Value>> {
    let path = root.join(PARTITIONS_MODEL);
    let text = fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let value = serde_json::from_str(&text).with_context(|| format!("{} is not valid JSON", path.display()))?;
    Ok(Some(value))
}
