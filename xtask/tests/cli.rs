//! `cargo xtask codegen` as a maintainer runs it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn xtask(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("xtask runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Every file under `dir` with its bytes, to compare a directory before and after.
fn contents(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).expect("readable dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).expect("readable file");
                out.insert(path.strip_prefix(dir).expect("inside").to_path_buf(), bytes);
            }
        }
    }
    out
}

/// An IDL model with the operations named, each `GET /<name>`.
fn weather_model(operations: &[&str]) -> String {
    let mut model = format!(
        "$version: \"2\"\nnamespace example.weather\n\n/// Reports the weather.\n@aws.protocols#restJson1\n\
         service Weather {{\n    version: \"2024-01-01\"\n    operations: [{}]\n}}\n",
        operations.join(", ")
    );
    for op in operations {
        model.push_str(&format!(
            "\n/// {op}.\n@http(method: \"GET\", uri: \"/{op}\")\n@readonly\noperation {op} {{\n    \
             input := {{}}\n    output := {{\n        summary: String\n    }}\n}}\n"
        ));
    }
    model
}

const ERRORS_FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/errors.json");

#[test]
fn a_broken_model_fails_with_every_problem_and_writes_nothing() {
    let dir = scratch("broken");
    let model = r#"{ "smithy": "2.0", "shapes": {
        "ex#Svc": { "type": "service", "version": "1", "operations": [{ "target": "ex#Op" }],
                    "traits": { "aws.protocols#restJson1": {} } },
        "ex#Op": { "type": "operation", "input": { "target": "ex#Missing" } },
        "ex#S": { "type": "structure", "members": { "a": { "target": "ex#Gone" } } } } }"#;
    std::fs::write(dir.join("model.json"), model).expect("write model");
    let out = xtask(&["codegen", "--model", "model.json", "--out", "client"], &dir);
    assert!(!out.status.success(), "exit code is non-zero");
    let stderr = stderr(&out);
    assert!(stderr.contains("2 problems in the model"), "{stderr}");
    assert!(stderr.contains("ex#Op: input `ex#Missing` does not exist"), "{stderr}");
    assert!(stderr.contains("ex#S$a: target `ex#Gone` does not exist"), "{stderr}");
    assert!(!dir.join("client").exists(), "nothing is written");
}

#[test]
fn an_empty_directory_is_filled_and_a_rerun_changes_nothing() {
    let dir = scratch("rerun");
    std::fs::create_dir(dir.join("client")).expect("empty out dir");
    let first = xtask(&["codegen", "--model", ERRORS_FIXTURE, "--out", "client"], &dir);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stdout(&first).contains("created"));
    let written = contents(&dir.join("client"));

    let second = xtask(&["codegen", "--model", ERRORS_FIXTURE, "--out", "client"], &dir);
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(
        stdout(&second).ends_with("0 written or removed\n"),
        "a second run writes nothing: {}",
        stdout(&second)
    );
    assert_eq!(
        contents(&dir.join("client")),
        written,
        "a rerun leaves every byte as it was"
    );
}

#[test]
fn the_manifest_lists_exactly_the_generated_files_and_is_deterministic() {
    let dir = scratch("manifest");
    for parent in ["a", "b"] {
        std::fs::create_dir(dir.join(parent)).expect("dir");
        let run = xtask(
            &["codegen", "--model", ERRORS_FIXTURE, "--out", "client"],
            &dir.join(parent),
        );
        assert!(run.status.success(), "{}", stderr(&run));
    }
    let manifest = std::fs::read_to_string(dir.join("a/client/.generated-files")).expect("manifest written");
    assert_eq!(
        manifest,
        std::fs::read_to_string(dir.join("b/client/.generated-files")).expect("manifest written"),
        "two runs write the same manifest"
    );
    assert!(manifest.starts_with("# Code generated from `"), "{manifest}");
    let listed: Vec<&str> = manifest.lines().filter(|l| !l.starts_with('#')).collect();
    let mut on_disk: Vec<String> = contents(&dir.join("a/client"))
        .into_keys()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .filter(|p| p != ".generated-files")
        .collect();
    on_disk.sort();
    assert_eq!(
        listed, on_disk,
        "the manifest names every file written, sorted, and nothing else"
    );
}

#[test]
fn a_non_empty_directory_the_generator_did_not_write_is_refused_and_untouched() {
    let dir = scratch("foreign");
    let project = dir.join("project");
    std::fs::create_dir_all(project.join("src")).expect("dirs");
    std::fs::write(project.join("Cargo.toml"), "[package]\nname = \"mine\"\n").expect("write");
    std::fs::write(project.join("src/lib.rs"), "pub fn mine() {}\n").expect("write");
    std::fs::write(project.join("notes.txt"), "my notes\n").expect("write");
    let before = contents(&project);

    let out = xtask(&["codegen", "--model", ERRORS_FIXTURE, "--out", "project"], &dir);
    assert!(!out.status.success(), "refused");
    let stderr = stderr(&out);
    assert!(
        stderr.contains(&format!(
            "{} is not empty and was not written by the generator",
            project.display()
        )),
        "the message names the directory: {stderr}"
    );
    assert!(
        stderr.contains("choose a new or empty directory"),
        "and what to do: {stderr}"
    );
    assert_eq!(contents(&project), before, "every byte is as it was");

    let check = xtask(
        &["codegen", "--check", "--model", ERRORS_FIXTURE, "--out", "project"],
        &dir,
    );
    assert!(!check.status.success(), "--check refuses it too");
    assert_eq!(contents(&project), before);
}

#[test]
fn a_user_file_at_a_generated_path_is_never_overwritten() {
    let dir = scratch("taken-over");
    let run = xtask(&["codegen", "--model", ERRORS_FIXTURE, "--out", "client"], &dir);
    assert!(run.status.success(), "{}", stderr(&run));
    // The user replaces a generated file with their own, and edits another one.
    std::fs::write(
        dir.join("client/src/client.rs"),
        "// my own client\npub struct Client;\n",
    )
    .expect("write");
    let lib = dir.join("client/src/lib.rs");
    let edited = std::fs::read_to_string(&lib).expect("lib.rs") + "// edited\n";
    std::fs::write(&lib, &edited).expect("edit lib.rs");
    let before = contents(&dir.join("client"));

    let out = xtask(&["codegen", "--model", ERRORS_FIXTURE, "--out", "client"], &dir);
    assert!(!out.status.success(), "refused");
    let stderr = stderr(&out);
    assert!(
        stderr.contains("refusing to overwrite 1 file(s) the generator did not write"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&dir.join("client/src/client.rs").display().to_string()),
        "the message names the file: {stderr}"
    );
    assert_eq!(
        contents(&dir.join("client")),
        before,
        "nothing is written, not even the other files"
    );
}

#[test]
fn stale_generated_files_go_and_user_files_stay() {
    let dir = scratch("stale");
    std::fs::write(
        dir.join("weather.smithy"),
        weather_model(&["GetForecast", "GetAlerts", "GetTides"]),
    )
    .expect("write");
    let run = xtask(&["codegen", "--model", "weather.smithy", "--out", "client"], &dir);
    assert!(run.status.success(), "{}", stderr(&run));
    let client = dir.join("client");
    assert!(client.join("src/operation/get_alerts/wire.rs").exists());
    // Hand-written files beside the generated ones, and a generated file the
    // user took over by removing its header.
    let user_files = [
        ("src/custom.rs", "pub fn custom() {}\n"),
        ("tests/live.rs", "#[test]\nfn live() {}\n"),
        ("examples/demo.rs", "fn main() {}\n"),
        ("README.md", "# my client\n"),
    ];
    for (path, text) in user_files {
        std::fs::create_dir_all(client.join(path).parent().expect("parent")).expect("dir");
        std::fs::write(client.join(path), text).expect("write");
    }
    let tides = client.join("src/operation/get_tides.rs");
    let taken_over =
        std::fs::read_to_string(&tides)
            .expect("tides")
            .replacen("// Code generated", "// Mine, once generated", 1);
    std::fs::write(&tides, &taken_over).expect("take over");

    std::fs::write(dir.join("weather.smithy"), weather_model(&["GetForecast"])).expect("write");
    let check = xtask(
        &["codegen", "--check", "--model", "weather.smithy", "--out", "client"],
        &dir,
    );
    assert!(!check.status.success(), "stale output fails --check");
    assert!(
        stdout(&check).contains("stale file, no longer generated: src/operation/get_alerts.rs"),
        "{}",
        stdout(&check)
    );
    assert!(stderr(&check).contains("run `cargo xtask codegen --model weather.smithy --out client`"));

    let run = xtask(&["codegen", "--model", "weather.smithy", "--out", "client"], &dir);
    assert!(run.status.success(), "{}", stderr(&run));
    let out = stdout(&run);
    assert!(out.contains("removed") && out.contains("get_alerts.rs"), "{out}");
    assert!(
        !client.join("src/operation/get_alerts.rs").exists(),
        "a stale generated file is removed"
    );
    assert!(
        !client.join("src/operation/get_alerts").exists(),
        "and the directory it leaves empty"
    );
    assert!(client.join("src/operation/get_forecast.rs").exists());
    for (path, text) in user_files {
        assert_eq!(
            std::fs::read_to_string(client.join(path)).expect(path),
            text,
            "{path} is kept"
        );
    }
    assert_eq!(
        std::fs::read_to_string(&tides).expect("kept"),
        taken_over,
        "a taken-over file is kept"
    );
    assert!(
        out.contains("kept") && out.contains("get_tides.rs"),
        "and reported: {out}"
    );
    assert!(
        !client.join("src/operation/get_tides").join("wire.rs").exists(),
        "its generated neighbour goes"
    );

    let check = xtask(
        &["codegen", "--check", "--model", "weather.smithy", "--out", "client"],
        &dir,
    );
    assert!(check.status.success(), "{}{}", stdout(&check), stderr(&check));
}

#[test]
fn check_prints_a_unified_diff_and_the_fixing_command() {
    let dir = scratch("drift");
    let run = xtask(&["codegen", "--model", ERRORS_FIXTURE, "--out", "client"], &dir);
    assert!(run.status.success(), "{}", stderr(&run));
    let check = xtask(
        &["codegen", "--check", "--model", ERRORS_FIXTURE, "--out", "client"],
        &dir,
    );
    assert!(check.status.success(), "fresh output passes --check");

    let lib = dir.join("client/src/lib.rs");
    let edited = std::fs::read_to_string(&lib)
        .expect("lib.rs")
        .replace("pub mod types;", "pub mod types; // edited");
    std::fs::write(&lib, edited).expect("edit lib.rs");
    let check = xtask(
        &["codegen", "--check", "--model", ERRORS_FIXTURE, "--out", "client"],
        &dir,
    );
    assert!(!check.status.success(), "stale output fails --check");
    let out = stdout(&check);
    assert!(
        out.contains("--- a/src/lib.rs\n+++ b/src/lib.rs"),
        "a unified diff is printed: {out}"
    );
    assert!(out.contains("-pub mod types; // edited\n+pub mod types;"), "{out}");
    assert!(
        stderr(&check).contains("run `cargo xtask codegen --model"),
        "{}",
        stderr(&check)
    );

    let fix = xtask(&["codegen", "--model", ERRORS_FIXTURE, "--out", "client"], &dir);
    assert!(stdout(&fix).contains("updated"), "{}", stdout(&fix));
}

#[test]
fn codegen_reads_smithy_idl_and_names_the_line_of_an_error() {
    let dir = scratch("idl");
    let model = r#"$version: "2"
namespace example.weather

/// Reports the weather.
@aws.protocols#restJson1
service Weather {
    version: "2024-01-01"
    operations: [GetForecast]
}

/// The forecast for a city.
@http(method: "GET", uri: "/forecast/{city}")
@readonly
operation GetForecast {
    input := {
        @required
        @httpLabel
        city: String
    }
    output := {
        summary: String
        highCelsius: Integer
    }
}
"#;
    std::fs::write(dir.join("weather.smithy"), model).expect("write model");
    let out = xtask(&["codegen", "--model", "weather.smithy", "--out", "client"], &dir);
    assert!(out.status.success(), "{}", stderr(&out));
    let op = std::fs::read_to_string(dir.join("client/src/operation/get_forecast.rs")).expect("operation module");
    assert!(op.contains("pub struct GetForecastInput"), "{op}");
    assert!(op.contains("pub high_celsius: Option<i32>"), "{op}");

    std::fs::write(
        dir.join("broken.smithy"),
        "$version: \"2\"\nnamespace a.b\nstructure S {\n    x: \"unterminated\n}\n",
    )
    .expect("write");
    let out = xtask(&["codegen", "--model", "broken.smithy", "--out", "broken"], &dir);
    assert!(!out.status.success());
    let stderr = stderr(&out);
    assert!(
        stderr.contains("broken.smithy:4:"),
        "the error names file and line: {stderr}"
    );
    assert!(!dir.join("broken").exists(), "nothing is written");
}

#[test]
fn a_manifest_naming_a_path_outside_the_directory_is_refused() {
    let dir = scratch("escape");
    let run = xtask(&["codegen", "--model", ERRORS_FIXTURE, "--out", "client"], &dir);
    assert!(run.status.success(), "{}", stderr(&run));
    // A generated-looking file beside the crate, and a manifest that names it.
    let victim = dir.join("victim.rs");
    std::fs::write(&victim, "// Code generated from `x` by `y`. DO NOT EDIT.\n").expect("write");
    let manifest = dir.join("client/.generated-files");
    let listed = std::fs::read_to_string(&manifest).expect("manifest") + "../victim.rs\n";
    std::fs::write(&manifest, listed).expect("write manifest");

    let out = xtask(&["codegen", "--model", ERRORS_FIXTURE, "--out", "client"], &dir);
    assert!(!out.status.success(), "refused");
    assert!(
        stderr(&out).contains("`../victim.rs` is not a path inside the directory"),
        "{}",
        stderr(&out)
    );
    assert!(victim.exists(), "nothing outside the directory is removed");
}

#[test]
fn a_generated_file_the_manifest_does_not_list_is_reported_and_kept() {
    let dir = scratch("orphan");
    let run = xtask(&["codegen", "--model", ERRORS_FIXTURE, "--out", "client"], &dir);
    assert!(run.status.success(), "{}", stderr(&run));
    // Left by another version of the generator, before the manifest knew it.
    let orphan = dir.join("client/src/operation/old.rs");
    let text = "// Code generated from `x` by `y`. DO NOT EDIT.\npub struct Old;\n";
    std::fs::write(&orphan, text).expect("write");

    let check = xtask(
        &["codegen", "--check", "--model", ERRORS_FIXTURE, "--out", "client"],
        &dir,
    );
    assert!(
        !check.status.success(),
        "--check fails: no run of the generator would fix it"
    );
    assert!(
        stdout(&check).contains(
            "generated file that .generated-files does not list; delete it by hand if it is stale: src/operation/old.rs"
        ),
        "{}",
        stdout(&check)
    );
    let run = xtask(&["codegen", "--model", ERRORS_FIXTURE, "--out", "client"], &dir);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).contains("left alone"), "{}", stdout(&run));
    assert_eq!(std::fs::read_to_string(&orphan).expect("kept"), text, "never removed");
}

#[test]
fn an_unsupported_feature_is_refused_unless_allowed_on_the_command_line() {
    let dir = scratch("unsupported");
    let model = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/streams_and_prefixes.json"
    );
    let refused = xtask(&["codegen", "--model", model, "--out", "client"], &dir);
    assert!(!refused.status.success(), "event streams are refused");
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("example.streams#Subscribe: feature `event-stream` is not supported"),
        "{stderr}"
    );
    assert!(stderr.contains("pass `--allow-unsupported event-stream`"), "{stderr}");
    assert!(!dir.join("client").exists(), "nothing is written");

    let allowed = xtask(
        &[
            "codegen",
            "--model",
            model,
            "--out",
            "client",
            "--allow-unsupported",
            "event-stream",
        ],
        &dir,
    );
    assert!(allowed.status.success(), "{}", String::from_utf8_lossy(&allowed.stderr));
    let lib = std::fs::read_to_string(dir.join("client/src/lib.rs")).expect("lib.rs");
    assert!(lib.contains("## Unsupported features"), "{lib}");
    assert!(
        lib.contains("generated with `--allow-unsupported event-stream`"),
        "{lib}"
    );
    assert!(
        lib.starts_with("// Code generated from `")
            && lib.lines().next().unwrap().contains("--allow-unsupported event-stream"),
        "the header names the flag: {lib}"
    );
}
