//! Maintainer commands behind `cargo xtask`: generating the committed client
//! crate and checking that it is up to date, and running the client benchmark.
//! Only this crate writes to disk.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use codegen::{GeneratedFile, Header, Options};

pub mod bench;

/// The command that regenerates the committed output.
pub const CODEGEN_COMMAND: &str = "cargo xtask codegen";

/// The repository root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// One client crate the repository generates and commits.
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
        }
    }

    /// Any model, written anywhere: paths are taken relative to the current
    /// directory, as a user typed them.
    pub fn external(model: PathBuf, out: PathBuf, crate_name: Option<String>) -> Result<Target> {
        let cwd = std::env::current_dir().context("cannot read the current directory")?;
        let model_label = slash_path(&model);
        let command = format!("{CODEGEN_COMMAND} --model {model_label} --out {}", slash_path(&out));
        let (model, out) = (cwd.join(model), cwd.join(out));
        Ok(Target {
            model,
            model_label,
            command,
            out,
            crate_name: crate_name.unwrap_or_default(),
        })
    }

    /// Generates the crate in memory, from a JSON AST file, a `.smithy` IDL file,
    /// or a directory of `.smithy` files loaded together.
    pub fn generate(&self, root: &Path) -> Result<Vec<GeneratedFile>> {
        let model_path = root.join(&self.model);
        let options = Options {
            crate_name: self.crate_name.clone(),
            crate_version: "0.1.0".to_owned(),
            runtime_path: runtime_path_from(root, &self.out),
            header: Header {
                model: self.model_label.clone(),
                command: self.command.clone(),
            },
            partitions: read_partitions(root)?,
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
        generated.map_err(anyhow::Error::new)
    }
}

/// The `.smithy` files of an IDL model: the file itself, or every `.smithy` file
/// under a directory, sorted; none for a JSON AST file.
fn idl_sources(path: &Path) -> Result<Vec<(String, String)>> {
    let paths = if path.is_dir() {
        list_files(path)?
            .into_iter()
            .map(|p| path.join(p))
            .filter(|p| p.extension().is_some_and(|e| e == "smithy"))
            .collect()
    } else if path.extension().is_some_and(|e| e == "smithy") {
        vec![path.to_path_buf()]
    } else {
        Vec::new()
    };
    paths
        .into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p).with_context(|| format!("cannot read {}", p.display()))?;
            Ok((slash_path(&p), text))
        })
        .collect()
}

/// The project's partitions table, which the generated endpoint tests consult.
fn read_partitions(root: &Path) -> Result<Option<serde_json::Value>> {
    let path = root.join("model/partitions.json");
    let text = fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let value = serde_json::from_str(&text).with_context(|| format!("{} is not valid JSON", path.display()))?;
    Ok(Some(value))
}

/// How the files on disk differ from the generated ones.
#[derive(Debug, Default)]
pub struct Drift {
    /// Files to write: new or changed, with their old contents if any.
    pub changed: Vec<(GeneratedFile, Option<String>)>,
    /// Files the generator owns that it no longer produces.
    pub stale: Vec<PathBuf>,
}

impl Drift {
    /// True when the disk matches the generator.
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.stale.is_empty()
    }

    /// A unified diff of every difference, for `--check` and the drift test.
    pub fn diff(&self) -> String {
        let mut out = String::new();
        for (file, old) in &self.changed {
            let old = old.as_deref().unwrap_or("");
            let diff = similar::TextDiff::from_lines(old, &file.contents);
            let path = &file.path;
            out.push_str(
                &diff
                    .unified_diff()
                    .context_radius(3)
                    .header(&format!("a/{path}"), &format!("b/{path}"))
                    .to_string(),
            );
        }
        for path in &self.stale {
            out.push_str(&format!("stale file, no longer generated: {}\n", path.display()));
        }
        out
    }
}

/// The generator owns `Cargo.toml` and everything under `src/`; other files in
/// the crate directory (examples, hand-written tests) are left alone.
fn owned_by_generator(relative: &Path) -> bool {
    relative == Path::new("Cargo.toml") || relative.starts_with("src")
}

/// Compares generated files with the crate directory `dir`.
pub fn drift(dir: &Path, files: &[GeneratedFile]) -> Result<Drift> {
    let mut drift = Drift::default();
    let mut produced = BTreeSet::new();
    for file in files {
        let path = dir.join(&file.path);
        produced.insert(PathBuf::from(&file.path));
        let old = match fs::read_to_string(&path) {
            Ok(old) => Some(old),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
        };
        if old.as_deref() != Some(file.contents.as_str()) {
            drift.changed.push((file.clone(), old));
        }
    }
    for relative in list_files(dir)? {
        if owned_by_generator(&relative) && !produced.contains(&relative) {
            drift.stale.push(relative);
        }
    }
    Ok(drift)
}

/// Writes the changed files and removes the stale ones; returns what it did.
pub fn apply(dir: &Path, drift: &Drift) -> Result<Vec<String>> {
    let mut done = Vec::new();
    for (file, old) in &drift.changed {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
        }
        fs::write(&path, &file.contents).with_context(|| format!("cannot write {}", path.display()))?;
        let verb = if old.is_some() { "updated" } else { "created" };
        done.push(format!("{verb} {}", path.display()));
    }
    for relative in &drift.stale {
        let path = dir.join(relative);
        fs::remove_file(&path).with_context(|| format!("cannot remove {}", path.display()))?;
        done.push(format!("removed {}", path.display()));
    }
    Ok(done)
}

/// Every file under `dir`, relative to it, sorted.
fn list_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        let entries = match fs::read_dir(&current) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e).with_context(|| format!("cannot list {}", current.display())),
        };
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(relative) = path.strip_prefix(dir) {
                out.push(relative.to_path_buf());
            }
        }
    }
    out.sort();
    Ok(out)
}

/// A path with `/` separators, for file headers that read the same everywhere.
fn slash_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// The path of the runtime crate as the generated crate's `Cargo.toml` names
/// it: relative when the crate is inside the workspace, else absolute.
fn runtime_path_from(root: &Path, out: &Path) -> String {
    let runtime = root.join("runtime");
    match out.strip_prefix(root).ok().or_else(|| out.is_relative().then_some(out)) {
        Some(inside) => {
            let ups = inside.components().count();
            let mut parts: Vec<String> = vec!["..".to_owned(); ups];
            parts.push("runtime".to_owned());
            parts.join("/")
        }
        None => slash_path(&runtime),
    }
}
