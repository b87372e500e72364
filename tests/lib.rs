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
/// generator implements (the awsJson and awsQuery ones), sorted. Every other model there must
/// be refused for its protocol, and only for it: a model never drops out of the
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
        ["cloudwatch", "dynamodb-streams", "iotsecuretunneling", "pricing", "sts", "timestream-query"],
        "the models of the implemented protocols (awsJson1_0, awsJson1_1, awsQuery)"
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

/// Writes crates into one scratch workspace `target/<scratch>/` and runs
/// `cargo clippy -D warnings` and `cargo doc` with `RUSTDOCFLAGS=-D warnings` on
/// all of them, sharing one target directory. Panics with cargo's output when
/// either fails.
pub fn assert_crates_build_cleanly(scratch: &str, crates: &[(String, Vec<GeneratedFile>)]) {
    let root = tests_dir().join("..");
    let dir = root.join("target").join(scratch);
    let _ = std::fs::remove_dir_all(dir.join("crates"));
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
    let target_dir = root.join("target").join(format!("{scratch}-target"));
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
