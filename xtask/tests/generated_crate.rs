//! A generated crate as its user handles it: built where it was generated, and
//! formatted with `cargo fmt`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A directory outside the repository, so cargo sees the generated crate as a
/// package of its own; removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .expect("repository root")
}

fn fixture(name: &str) -> String {
    root().join("tests/fixtures").join(name).display().to_string()
}

fn xtask(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("xtask runs")
}

fn cargo(args: &[&str], cwd: &Path) -> Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    Command::new(cargo)
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("cargo runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn contents(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).expect("readable dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(path.clone(), std::fs::read(&path).expect("readable file"));
            }
        }
    }
    out
}

/// These tests are about what rustfmt does: without it they fail, saying so.
fn require_rustfmt() {
    let version = cargo(&["fmt", "--version"], &root());
    assert!(
        version.status.success(),
        "rustfmt is not installed (`cargo fmt --version` failed: {}); install it with \
         `rustup component add rustfmt`: this test checks that `cargo fmt` leaves generated code alone",
        text(&version.stderr)
    );
}

/// The `path = "..."` values of a manifest.
fn dependency_paths(manifest: &str) -> Vec<String> {
    manifest
        .split("path = \"")
        .skip(1)
        .map(|rest| rest.split('"').next().expect("closing quote").to_owned())
        .collect()
}

#[test]
fn a_crate_generated_outside_the_repository_names_the_runtime_relatively_and_builds() {
    let tmp = TempDir::new("build");
    let run = xtask(
        &["codegen", "--model", &fixture("errors.json"), "--out", "client"],
        &tmp.0,
    );
    assert!(run.status.success(), "{}", text(&run.stderr));
    let client = tmp.0.join("client");
    let manifest = std::fs::read_to_string(client.join("Cargo.toml")).expect("Cargo.toml");
    let paths = dependency_paths(&manifest);
    assert_eq!(
        paths.len(),
        2,
        "the runtime, as a dependency and a dev-dependency: {manifest}"
    );
    for path in &paths {
        assert!(!Path::new(path).is_absolute(), "`{path}` is relative: {manifest}");
        assert!(path.starts_with("../"), "{path}");
        let runtime = client.join(path).canonicalize().expect("the path leads somewhere");
        assert_eq!(runtime, root().join("runtime"), "`{path}` leads to the runtime crate");
    }

    // Offline, with the repository's lock file and the target directory the
    // golden tests build generated crates in (`generated_crates_target_dir`),
    // whose dependencies are already built.
    std::fs::copy(root().join("Cargo.lock"), client.join("Cargo.lock")).expect("copy Cargo.lock");
    let target = root().join("target/generated-crates-target");
    let check = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .args(["check", "--offline", "--quiet"])
        .current_dir(&client)
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .expect("cargo runs");
    assert!(
        check.status.success(),
        "the generated crate builds:\n{}",
        text(&check.stderr)
    );
}

#[test]
fn runtime_path_names_another_runtime_relatively_and_must_be_a_crate() {
    let tmp = TempDir::new("runtime-path");
    let vendored = tmp.0.join("vendor/smithy-runtime");
    std::fs::create_dir_all(&vendored).expect("dir");
    std::fs::write(vendored.join("Cargo.toml"), "[package]\nname = \"smithy-runtime\"\n").expect("write");
    let args = [
        "codegen",
        "--model",
        &fixture("errors.json"),
        "--out",
        "clients/weather",
    ];
    let run = xtask(
        &[&args[..], &["--runtime-path", "vendor/smithy-runtime"]].concat(),
        &tmp.0,
    );
    assert!(run.status.success(), "{}", text(&run.stderr));
    let manifest = std::fs::read_to_string(tmp.0.join("clients/weather/Cargo.toml")).expect("Cargo.toml");
    assert_eq!(
        dependency_paths(&manifest),
        ["../../vendor/smithy-runtime", "../../vendor/smithy-runtime"],
        "{manifest}"
    );

    let run = xtask(&[&args[..], &["--runtime-path", "nowhere"]].concat(), &tmp.0);
    assert!(!run.status.success());
    let stderr = text(&run.stderr);
    assert!(
        stderr.contains(
            "nowhere is not the runtime crate (it has no Cargo.toml): pass its directory with --runtime-path"
        ),
        "{stderr}"
    );
}

#[test]
fn cargo_fmt_leaves_a_generated_crate_as_generated() {
    require_rustfmt();
    let tmp = TempDir::new("fmt");
    let args = ["codegen", "--model", &fixture("waiters.json"), "--out", "client"];
    let run = xtask(&args, &tmp.0);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let client = tmp.0.join("client");
    let before = contents(&client);

    let fmt = cargo(&["fmt"], &client);
    assert!(fmt.status.success(), "{}", text(&fmt.stderr));
    assert!(contents(&client) == before, "cargo fmt changed generated files");
    let check = xtask(&[&args[..], &["--check"]].concat(), &tmp.0);
    assert!(
        check.status.success(),
        "the drift check stays green: {}",
        text(&check.stdout)
    );

    // The control: without the generated rustfmt.toml, rustfmt would reformat
    // these files, so it is that file that keeps them as generated.
    std::fs::remove_file(client.join("src/rustfmt.toml")).expect("remove rustfmt.toml");
    let fmt = cargo(&["fmt", "--", "--check"], &client);
    assert!(
        !fmt.status.success(),
        "rustfmt's own layout differs from the generator's"
    );
}

#[test]
fn cargo_fmt_all_at_the_repository_root_leaves_committed_generated_files_alone() {
    require_rustfmt();
    let root = root();
    let fmt = cargo(&["fmt", "--all", "--", "--check"], &root);
    // `--check` exits 1 when it would change a file, and more on an error.
    assert!(fmt.status.code().is_some_and(|c| c <= 1), "{}", text(&fmt.stderr));
    let reported: Vec<PathBuf> = text(&fmt.stdout)
        .lines()
        .filter_map(|line| line.strip_prefix("Diff in "))
        .map(|rest| PathBuf::from(rest.rsplitn(3, ':').nth(2).unwrap_or(rest)))
        .collect();
    let outputs = xtask::committed(&root).expect("the committed models generate");
    let generated: Vec<PathBuf> = outputs
        .iter()
        .flat_map(|o| o.files.iter().map(|f| o.dir.join(&f.path)))
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    assert!(
        generated.len() > 100,
        "every committed generated Rust file: {}",
        generated.len()
    );
    let mut touched: Vec<&PathBuf> = reported.iter().filter(|p| generated.contains(p)).collect();
    touched.dedup();
    assert!(
        touched.is_empty(),
        "cargo fmt --all would change generated files: {touched:?}"
    );
}
