//! Writing generated files without ever touching a user's file.
//!
//! A file belongs to the generator when it starts with the generated header
//! (`// Code generated from ... DO NOT EDIT.`, `#` in TOML): only such a file is
//! overwritten. A crate directory also holds a manifest, [`MANIFEST`], listing
//! every file the generator wrote there: a file is removed as stale only when the
//! manifest lists it and it still carries the header. The manifest alone says
//! which directory is the generator's (a non-empty directory without one is
//! refused before anything is written) and which files to remove, so no file is
//! ever deleted for matching a pattern such as `src/**`; the header alone says
//! whether a user has taken a file over (removed or moved the header), so a
//! hand-written file at a generated path is never overwritten.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::{bail, Context, Result};
use codegen::{is_generated, GeneratedFile, Header};

/// The manifest of the files the generator owns in a crate directory.
pub const MANIFEST: &str = ".generated-files";

/// Generated files bound for one directory.
#[derive(Debug, Clone)]
pub struct Output {
    /// The directory, absolute.
    pub dir: PathBuf,
    /// The files, with paths relative to `dir`.
    pub files: Vec<GeneratedFile>,
    /// Whether the directory is a whole generated crate, with a [`MANIFEST`]
    /// (one of `files`), or a place where the generator owns only `files`.
    pub crate_dir: bool,
}

impl Output {
    /// A generated crate: its files and, among them, the manifest naming them.
    pub fn generated_crate(dir: PathBuf, mut files: Vec<GeneratedFile>, header: &Header) -> Output {
        files.push(manifest(&files, header));
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Output {
            dir,
            files,
            crate_dir: true,
        }
    }

    /// Single files the generator owns inside a hand-written directory.
    pub fn files_in(dir: PathBuf, files: Vec<GeneratedFile>) -> Output {
        Output {
            dir,
            files,
            crate_dir: false,
        }
    }
}

/// The manifest's contents: a header, then the owned paths, sorted.
fn manifest(files: &[GeneratedFile], header: &Header) -> GeneratedFile {
    let mut contents = header.line("#");
    contents.push_str("# The files the generator owns in this directory: it rewrites and removes only these.\n");
    let mut paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    paths.sort_unstable();
    for path in paths {
        contents.push_str(path);
        contents.push('\n');
    }
    GeneratedFile {
        path: MANIFEST.to_owned(),
        contents,
    }
}

/// How a directory differs from its generated files.
#[derive(Debug, Default)]
pub struct Drift {
    /// The directory, absolute.
    pub dir: PathBuf,
    /// Files to write: new or changed, with their old contents if any.
    pub changed: Vec<(GeneratedFile, Option<String>)>,
    /// Generated files the generator no longer produces, to remove.
    pub stale: Vec<PathBuf>,
    /// Files the manifest lists that a user has taken over (no header): the
    /// generator no longer produces them and leaves them where they are.
    pub kept: Vec<PathBuf>,
    /// Files with the generated header that the manifest does not list and the
    /// generator does not produce (left by another version of the generator, or
    /// copied in): never removed, but reported, since no run would fix them.
    pub orphans: Vec<PathBuf>,
}

impl Drift {
    /// True when the disk matches the generator.
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.stale.is_empty() && self.orphans.is_empty()
    }

    /// A unified diff of every difference, for `--check` and the drift test;
    /// paths are relative to `base`.
    pub fn diff(&self, base: &Path) -> String {
        let prefix = self.dir.strip_prefix(base).unwrap_or(&self.dir);
        let name = |path: &Path| crate::paths::slash_path(&prefix.join(path));
        let mut out = String::new();
        for (file, old) in &self.changed {
            let old = old.as_deref().unwrap_or("");
            let path = name(Path::new(&file.path));
            let diff = similar::TextDiff::from_lines(old, &file.contents);
            out.push_str(
                &diff
                    .unified_diff()
                    .context_radius(3)
                    .header(&format!("a/{path}"), &format!("b/{path}"))
                    .to_string(),
            );
        }
        for path in &self.stale {
            out.push_str(&format!("stale file, no longer generated: {}\n", name(path)));
        }
        for path in &self.orphans {
            out.push_str(&format!("{ORPHAN}: {}\n", name(path)));
        }
        out
    }
}

/// How an orphan is reported.
pub const ORPHAN: &str = "generated file that .generated-files does not list; delete it by hand if it is stale";

/// What a file on disk is to the generator.
enum OnDisk {
    Missing,
    Generated(String),
    /// A file without the generated header (or not text): a user's.
    Foreign,
}

fn on_disk(path: &Path) -> Result<OnDisk> {
    match fs::read(path) {
        Ok(bytes) => Ok(match String::from_utf8(bytes) {
            Ok(text) if is_generated(&text) => OnDisk::Generated(text),
            _ => OnDisk::Foreign,
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(OnDisk::Missing),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// Compares an output with the disk. Fails, naming every file and what to do,
/// when writing it would overwrite a file the generator did not write, or when a
/// crate directory is not empty and was not written by the generator.
pub fn drift(output: &Output) -> Result<Drift> {
    let dir = &output.dir;
    let previous = if output.crate_dir {
        previous_files(dir)?
    } else {
        Vec::new()
    };
    let mut drift = Drift {
        dir: dir.clone(),
        ..Drift::default()
    };
    let mut foreign = Vec::new();
    let produced: BTreeSet<PathBuf> = output.files.iter().map(|f| PathBuf::from(&f.path)).collect();
    for file in &output.files {
        let path = dir.join(&file.path);
        match on_disk(&path)? {
            OnDisk::Missing => drift.changed.push((file.clone(), None)),
            OnDisk::Generated(old) if old == file.contents => {}
            OnDisk::Generated(old) => drift.changed.push((file.clone(), Some(old))),
            OnDisk::Foreign => foreign.push(path),
        }
    }
    for relative in previous.iter().filter(|p| !produced.contains(*p)) {
        match on_disk(&dir.join(relative))? {
            OnDisk::Missing => {}
            OnDisk::Generated(_) => drift.stale.push(relative.clone()),
            OnDisk::Foreign => drift.kept.push(relative.clone()),
        }
    }
    if output.crate_dir {
        let listed: BTreeSet<&PathBuf> = previous.iter().chain(&produced).collect();
        for relative in files_under(dir)? {
            if !listed.contains(&relative) && matches!(on_disk(&dir.join(&relative))?, OnDisk::Generated(_)) {
                drift.orphans.push(relative);
            }
        }
    }
    if !foreign.is_empty() {
        let list: Vec<String> = foreign.iter().map(|p| format!("  {}", p.display())).collect();
        bail!(
            "refusing to overwrite {} file(s) the generator did not write (no generated header):\n{}\n\
             move or rename them, or generate into another directory",
            foreign.len(),
            list.join("\n")
        );
    }
    Ok(drift)
}

/// The files the manifest of a crate directory lists; none for a new or empty
/// directory. A non-empty directory without a manifest is refused.
fn previous_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let manifest = dir.join(MANIFEST);
    match on_disk(&manifest)? {
        OnDisk::Generated(text) => text
            .lines()
            .filter(|line| !line.starts_with('#') && !line.is_empty())
            .map(|line| {
                let path = PathBuf::from(line);
                let inside = path.components().all(|c| matches!(c, Component::Normal(_)));
                if !inside {
                    bail!("{}: `{line}` is not a path inside the directory", manifest.display());
                }
                Ok(path)
            })
            .collect(),
        OnDisk::Foreign => bail!(
            "{} was not written by the generator (no generated header): refusing to use {} as its output",
            manifest.display(),
            dir.display()
        ),
        OnDisk::Missing => {
            let mut entries = match fs::read_dir(dir) {
                Ok(entries) => entries,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
                Err(e) => return Err(e).with_context(|| format!("cannot list {}", dir.display())),
            };
            if entries.next().is_some() {
                bail!(
                    "{} is not empty and was not written by the generator (it has no {MANIFEST}): \
                     refusing to write into it; choose a new or empty directory for --out",
                    dir.display()
                );
            }
            Ok(Vec::new())
        }
    }
}

/// Every file under `dir`, relative to it, sorted; a build's `target/` and
/// hidden directories (`.git`) are not the crate's sources and are skipped.
fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
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
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if path.is_dir() {
                let skipped = name.starts_with('.') || (current == dir && name == "target");
                if !skipped {
                    stack.push(path);
                }
            } else if let Ok(relative) = path.strip_prefix(dir) {
                out.push(relative.to_path_buf());
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Writes the changed files and removes the stale ones (and the directories
/// they leave empty); returns what it did.
pub fn apply(drift: &Drift) -> Result<Vec<String>> {
    let dir = &drift.dir;
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
        let mut parent = path.parent();
        while let Some(p) = parent.filter(|p| p.starts_with(dir) && *p != dir.as_path()) {
            // Fails, and stops, at the first directory that still holds a file.
            if fs::remove_dir(p).is_err() {
                break;
            }
            parent = p.parent();
        }
    }
    Ok(done)
}
