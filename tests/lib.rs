//! Shared helpers of the golden tests: generating a fixture model in memory.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use codegen::{GeneratedFile, Header, Options};

/// The folder of this package.
pub fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shared service models beside the repository.
pub fn shared_models_dir() -> PathBuf {
    tests_dir().join("../../shared/models")
}

/// The 13 service models of `../shared/models/` (not the partitions table), sorted.
pub fn shared_models() -> Vec<PathBuf> {
    let dir = shared_models_dir();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && !p.ends_with("sdk-partitions.json"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 13, "the shared corpus has 13 service models");
    paths
}

/// The models of `../shared/models-other-protocols/` whose protocol the
/// generator implements (the awsJson, awsQuery and restXml ones), sorted. Every other model
/// there must be refused for its protocol, and only for it: a model never drops out of the
/// corpus silently.
pub fn other_protocol_models() -> Vec<PathBuf> {
    let dir = tests_dir().join("../../shared/models-other-protocols");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths.retain(|path| {
        let label = path.display().to_string();
        let json = std::fs::read_to_string(path).expect("readable model");
        let ast = codegen::load::parse(&label, &json).unwrap_or_else(|e| panic!("{label}: {e}"));
        let model = codegen::model::resolve(ast).unwrap_or_else(|e| panic!("{label}: {e}"));
        let service = model.service().unwrap_or_else(|e| panic!("{label}: {e}"));
        if codegen::plan::Protocol::of_service(service).is_some() {
            return true;
        }
        let refused = codegen::plan::Plan::new(&model).expect_err("a protocol the generator does not speak");
        assert!(
            refused.0.iter().all(|e| e.to_string().contains("feature `protocol`")),
            "{label}: refused for more than its protocol: {refused}"
        );
        false
    });
    let names: Vec<String> = paths.iter().map(|p| fixture_name(p)).collect();
    assert_eq!(
        names,
        [
            "cloudwatch",
            "dynamodb-streams",
            "iotsecuretunneling",
            "pricing",
            "route53",
            "sts",
            "timestream-query"
        ],
        "the models of the implemented protocols (awsJson1_0, awsJson1_1, awsQuery, restXml)"
    );
    paths
}

/// The unsupported features a shared model or fixture is generated with
/// (`--allow-unsupported`), each documented on the items it affects. Event
/// streams (bedrock-agent-runtime, sagemaker-runtime and the
/// `streams_and_prefixes` fixture) are generated as operations whose `send`
/// fails before sending. timestream-query discovers its endpoints
/// (`aws.api#clientEndpointDiscovery`), which is not implemented: generated
/// with the gap documented, its calls going to the rule set's endpoint. Every
/// other model must generate without any.
pub fn allowed_unsupported(name: &str) -> BTreeSet<String> {
    let allowed: &[&str] = match name {
        "bedrock-agent-runtime" | "sagemaker-runtime" | "streams_and_prefixes" => &["event-stream"],
        "timestream-query" => &["aws.api#clientEndpointDiscovery", "aws.api#clientDiscoveredEndpoint"],
        _ => &[],
    };
    allowed.iter().map(|f| (*f).to_owned()).collect()
}

/// The fixture models under `tests/fixtures/`, sorted.
pub fn fixtures() -> Vec<PathBuf> {
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(tests_dir().join("fixtures"))
        .expect("tests/fixtures exists")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    fixtures.sort();
    fixtures
}

/// The name of a fixture, from its file name.
pub fn fixture_name(path: &Path) -> String {
    path.file_stem().expect("a file name").to_string_lossy().into_owned()
}

/// Generates the crate of a fixture model, as it would be written to
/// `<out>/<name>` beside a runtime at `runtime_path`.
pub fn generate_fixture(path: &Path, runtime_path: &str) -> Result<Vec<GeneratedFile>, codegen::Errors> {
    let name = fixture_name(path);
    let json = std::fs::read_to_string(path).expect("readable fixture");
    let model = format!("tests/fixtures/{name}.json");
    let options = Options {
        crate_name: format!("fixture-{}", name.replace('_', "-")),
        crate_version: "0.1.0".to_owned(),
        runtime_path: runtime_path.to_owned(),
        header: Header {
            model: model.clone(),
            command: "cargo test -p golden-tests".to_owned(),
        },
        partitions: None,
        allow_unsupported: allowed_unsupported(&name),
    };
    codegen::generate(&model, &json, &options)
}

/// The snapshot name of one generated file of a fixture crate:
/// `<fixture>__src__types__thing.rs` for `src/types/thing.rs`, stored as
/// `snapshots/golden__<that>.snap`. One snapshot per file, so a change of one
/// model member shows as a hunk in the snapshot of the file it changes.
pub fn snapshot_name(fixture: &str, path: &str) -> String {
    format!("{fixture}__{}", path.replace('/', "__"))
}

/// The target directory every check that builds generated crates shares (the
/// golden fixtures, the shared-model corpus, xtask's build of a crate it wrote),
/// so their common dependencies (the runtime, hyper, rustls, tokio, serde, ...)
/// are compiled once per CI run. Cargo locks it: builds that use it at the same
/// time wait for each other.
pub fn generated_crates_target_dir() -> PathBuf {
    tests_dir().join("../target/generated-crates-target")
}

/// Writes crates into one scratch workspace `target/<scratch>/` and runs
/// `cargo clippy -D warnings` and `cargo doc` with `RUSTDOCFLAGS=-D warnings` on
/// all of them, in the [shared target directory](generated_crates_target_dir).
/// Panics with cargo's output when either fails.
///
/// Scratch workspaces share that directory's outputs, named after the packages
/// (`doc/<crate>/`, `deps/lib<crate>-*`): each must name its packages apart
/// from the others' (`fixture-*`, `corpus-*`), which this checks.
pub fn assert_crates_build_cleanly(scratch: &str, crates: &[(String, Vec<GeneratedFile>)]) {
    let root = tests_dir().join("..");
    let dir = root.join("target").join(scratch);
    let _ = std::fs::remove_dir_all(dir.join("crates"));
    let packages: Vec<String> = crates.iter().map(|(name, files)| package_name(name, files)).collect();
    assert_packages_not_in_other_scratches(&root.join("target"), scratch, &packages);
    let mut members = Vec::new();
    for (name, files) in crates {
        let crate_dir = dir.join("crates").join(name);
        for file in files {
            let path = crate_dir.join(&file.path);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("create dir");
            std::fs::write(&path, &file.contents).expect("write file");
        }
        members.push(format!("\"crates/{name}\""));
    }
    let manifest = format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", members.join(", "));
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write workspace manifest");
    let _ = std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"));
    let target_dir = generated_crates_target_dir();
    cargo(
        &dir,
        &target_dir,
        &[
            "clippy",
            "--workspace",
            "--offline",
            "--quiet",
            "--keep-going",
            "--",
            "-D",
            "warnings",
        ],
        &[],
    );
    cargo(
        &dir,
        &target_dir,
        &[
            "doc",
            "--workspace",
            "--no-deps",
            "--offline",
            "--quiet",
            "--keep-going",
        ],
        &[("RUSTDOCFLAGS", "-D warnings")],
    );
}

/// The absolute path of the runtime crate, for generated crates outside the workspace.
pub fn runtime_dir() -> String {
    let runtime = tests_dir()
        .join("../runtime")
        .canonicalize()
        .expect("runtime crate exists");
    runtime.to_string_lossy().into_owned()
}

/// The package name a generated crate's `Cargo.toml` declares.
fn package_name(name: &str, files: &[GeneratedFile]) -> String {
    let manifest = files
        .iter()
        .find(|f| f.path == "Cargo.toml")
        .unwrap_or_else(|| panic!("crate `{name}` has no Cargo.toml"));
    manifest_package_name(&manifest.contents).unwrap_or_else(|| panic!("crate `{name}`: no package name"))
}

fn manifest_package_name(manifest: &str) -> Option<String> {
    let line = manifest.lines().find(|l| l.starts_with("name = \""))?;
    Some(line["name = \"".len()..].trim_end_matches('"').to_owned())
}

/// Fails when another scratch workspace under `target/` holds a package named
/// like one of `packages`: in the shared target directory, one would overwrite
/// the other's documentation and binaries.
fn assert_packages_not_in_other_scratches(target: &Path, scratch: &str, packages: &[String]) {
    let Ok(entries) = std::fs::read_dir(target) else { return };
    for entry in entries.flatten() {
        let other = entry.path();
        if other.file_name().is_some_and(|n| n == scratch) {
            continue;
        }
        let Ok(crates) = std::fs::read_dir(other.join("crates")) else {
            continue;
        };
        for krate in crates.flatten() {
            let Ok(manifest) = std::fs::read_to_string(krate.path().join("Cargo.toml")) else {
                continue;
            };
            if let Some(name) = manifest_package_name(&manifest).filter(|n| packages.contains(n)) {
                panic!(
                    "package `{name}` of scratch workspace `{scratch}` is also in {}: scratch workspaces share \
                     one target directory, so their package names must differ",
                    other.display()
                );
            }
        }
    }
}

fn cargo(dir: &Path, target_dir: &Path, args: &[&str], env: &[(&str, &str)]) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = std::process::Command::new(cargo)
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target_dir)
        .envs(env.iter().copied())
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "`cargo {}` failed in {}:\n{}",
        args.join(" "),
        dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A target folder holding one scratch workspace, `corpus`, with one crate.
    fn target_with_corpus_crate(package: &str) -> PathBuf {
        let target = std::env::temp_dir().join(format!("golden-scratch-{}-{package}", std::process::id()));
        let krate = target.join("corpus/crates/a");
        std::fs::create_dir_all(&krate).expect("create dir");
        std::fs::write(
            krate.join("Cargo.toml"),
            format!("# Code generated\n\n[package]\nname = \"{package}\"\nversion = \"0.1.0\"\n"),
        )
        .expect("write manifest");
        target
    }

    #[test]
    fn a_package_name_another_scratch_workspace_uses_is_refused() {
        let target = target_with_corpus_crate("corpus-shared");
        let clash = std::panic::catch_unwind(|| {
            assert_packages_not_in_other_scratches(&target, "golden-fixtures", &["corpus-shared".to_owned()])
        });
        let _ = std::fs::remove_dir_all(&target);
        let message = *clash
            .expect_err("a clash is refused")
            .downcast::<String>()
            .expect("a message");
        assert!(
            message.contains("package `corpus-shared` of scratch workspace `golden-fixtures` is also in"),
            "{message}"
        );
    }

    #[test]
    fn distinct_package_names_and_the_scratch_workspace_itself_are_accepted() {
        let target = target_with_corpus_crate("corpus-own");
        assert_packages_not_in_other_scratches(&target, "golden-fixtures", &["fixture-own".to_owned()]);
        // Rewriting one's own scratch workspace is no clash.
        assert_packages_not_in_other_scratches(&target, "corpus", &["corpus-own".to_owned()]);
        let _ = std::fs::remove_dir_all(&target);
    }
}
