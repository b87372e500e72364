//! `cargo xtask codegen` as a maintainer runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn xtask(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("xtask runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

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
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("2 problems in the model"), "{stderr}");
    assert!(stderr.contains("ex#Op: input `ex#Missing` does not exist"), "{stderr}");
    assert!(stderr.contains("ex#S$a: target `ex#Gone` does not exist"), "{stderr}");
    assert!(!dir.join("client").exists(), "nothing is written");
}

#[test]
fn codegen_writes_only_what_changed_and_check_reports_drift() {
    let dir = scratch("drift");
    let model = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/errors.json");
    let first = xtask(&["codegen", "--model", model, "--out", "client"], &dir);
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    assert!(String::from_utf8_lossy(&first.stdout).contains("created"));

    let second = xtask(&["codegen", "--model", model, "--out", "client"], &dir);
    let stdout = String::from_utf8_lossy(&second.stdout);
    assert!(
        stdout.ends_with("0 written or removed\n"),
        "a second run writes nothing: {stdout}"
    );

    let check = xtask(&["codegen", "--check", "--model", model, "--out", "client"], &dir);
    assert!(check.status.success(), "fresh output passes --check");

    let lib = dir.join("client/src/lib.rs");
    let edited = std::fs::read_to_string(&lib)
        .expect("lib.rs")
        .replace("pub mod types;", "pub mod types; // edited");
    std::fs::write(&lib, edited).expect("edit lib.rs");
    std::fs::write(dir.join("client/src/leftover.rs"), "// no longer generated\n").expect("write stale file");
    let check = xtask(&["codegen", "--check", "--model", model, "--out", "client"], &dir);
    assert!(!check.status.success(), "stale output fails --check");
    let stdout = String::from_utf8_lossy(&check.stdout);
    assert!(
        stdout.contains("-pub mod types; // edited"),
        "a unified diff is printed: {stdout}"
    );
    assert!(stdout.contains("+pub mod types;"), "{stdout}");
    assert!(
        stdout.contains("stale file, no longer generated: src/leftover.rs"),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&check.stderr).contains("run `cargo xtask codegen --model"));

    let fix = xtask(&["codegen", "--model", model, "--out", "client"], &dir);
    let stdout = String::from_utf8_lossy(&fix.stdout);
    assert!(stdout.contains("updated") && stdout.contains("removed"), "{stdout}");
    assert!(!dir.join("client/src/leftover.rs").exists());
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
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let op = std::fs::read_to_string(dir.join("client/src/operation/get_forecast.rs")).expect("operation module");
    assert!(op.contains("pub struct GetForecastInput"), "{op}");
    assert!(op.contains("pub high_celsius: ::std::option::Option<i32>"), "{op}");

    std::fs::write(
        dir.join("broken.smithy"),
        "$version: \"2\"\nnamespace a.b\nstructure S {\n    x: \"unterminated\n}\n",
    )
    .expect("write");
    let out = xtask(&["codegen", "--model", "broken.smithy", "--out", "broken"], &dir);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("broken.smithy:4:"),
        "the error names file and line: {stderr}"
    );
    assert!(!dir.join("broken").exists(), "nothing is written");
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
