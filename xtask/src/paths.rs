//! Paths as a generated crate names them: relative, with `/` separators.

use std::path::{Component, Path, PathBuf};

use anyhow::{bail, Context, Result};

/// A path with `/` separators, for text that reads the same everywhere.
pub(crate) fn slash_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// `to` as seen from the directory `from` (both absolute; either may not exist
/// yet): what a `Cargo.toml` in `from` writes to name `to`. Never absolute, so a
/// generated crate keeps building when its checkout moves.
pub(crate) fn relative_path(from: &Path, to: &Path) -> Result<String> {
    let (from, to) = (resolve(from)?, resolve(to)?);
    let from: Vec<Component<'_>> = from.components().collect();
    let to: Vec<Component<'_>> = to.components().collect();
    if from.first() != to.first() {
        bail!(
            "no relative path leads from {} to {} (another drive?)",
            slash_path(&from.iter().collect::<PathBuf>()),
            slash_path(&to.iter().collect::<PathBuf>())
        );
    }
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_owned(); from.len() - common];
    parts.extend(
        to[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    Ok(if parts.is_empty() {
        ".".to_owned()
    } else {
        parts.join("/")
    })
}

/// An absolute path with its existing part's symbolic links resolved and no `.`
/// or `..`, so that two spellings of one place compare equal.
fn resolve(path: &Path) -> Result<PathBuf> {
    let mut lexical = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                lexical.pop();
            }
            other => lexical.push(other),
        }
    }
    let mut existing = lexical.as_path();
    let mut missing = Vec::new();
    while !existing.exists() {
        let (Some(parent), Some(name)) = (existing.parent(), existing.file_name()) else {
            return Ok(lexical);
        };
        missing.push(name.to_owned());
        existing = parent;
    }
    let mut resolved = existing
        .canonicalize()
        .with_context(|| format!("cannot resolve {}", existing.display()))?;
    resolved.extend(missing.iter().rev());
    Ok(resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sibling_directory_is_reached_through_the_common_parent() {
        let root = std::env::temp_dir().join("xtask-paths-no-such-dir");
        let relative = relative_path(&root.join("generated/client"), &root.join("runtime")).expect("relative");
        assert_eq!(relative, "../../runtime");
    }

    #[test]
    fn dots_in_either_path_do_not_count_as_directories() {
        let root = std::env::temp_dir().join("xtask-paths-no-such-dir");
        let relative = relative_path(&root.join("a/./b/../c"), &root.join("x/../runtime")).expect("relative");
        assert_eq!(relative, "../../runtime");
    }

    #[test]
    fn a_directory_seen_from_inside_itself() {
        let root = std::env::temp_dir().join("xtask-paths-no-such-dir");
        assert_eq!(
            relative_path(&root.join("a/b"), &root.join("a")).expect("relative"),
            ".."
        );
        assert_eq!(relative_path(&root, &root).expect("relative"), ".");
    }
}
