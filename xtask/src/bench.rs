//! `cargo xtask bench`: the client benchmark in `bench/` (a Cargo workspace of its
//! own, so the main workspace never builds the official SDK).
//!
//! - `cargo xtask bench [OPTIONS]` builds `bench/` in release mode and runs
//!   `client-bench run [OPTIONS]`: calls/s, CPU and instructions per call, and the
//!   one-call process, ours against the official client.
//! - `cargo xtask bench --build` builds each client's one-call binary from clean, in a
//!   target dir of its own, and reports the build time and the stripped size.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// The options `cargo xtask bench` takes.
pub const USAGE: &str = "usage: cargo xtask bench [--calls N] [--rounds R] [--warmup W] [--callgrind-calls N] [--one-call-runs R] [--no-callgrind]
       cargo xtask bench --build

  (no --build)  run the client benchmark (defaults: 7 rounds of 2000 calls after 200 warm-up calls,
                callgrind over 200 calls, 10 one-call processes) and print a Markdown table
  --build       clean release build time and stripped one-call binary size of both clients";

/// The options of `client-bench run` that take a value.
const RUN_OPTIONS_WITH_VALUE: [&str; 5] = [
    "--calls",
    "--rounds",
    "--warmup",
    "--callgrind-calls",
    "--one-call-runs",
];

/// What `cargo xtask bench` was asked to do.
#[derive(Debug, PartialEq)]
pub enum Bench {
    /// Run the benchmark with these `client-bench run` options.
    Run(Vec<String>),
    /// Measure clean builds and binary sizes.
    Build,
}

impl Bench {
    /// Parses the arguments after `bench`; an unknown option is refused before
    /// anything is built.
    pub fn parse(args: &[String]) -> Result<Bench> {
        if args.iter().any(|arg| arg == "--build") {
            if args.len() > 1 {
                bail!("--build takes no other option\n{USAGE}");
            }
            return Ok(Bench::Build);
        }
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            match arg.as_str() {
                "--no-callgrind" => {}
                name if RUN_OPTIONS_WITH_VALUE.contains(&name) => {
                    let value = rest.next().with_context(|| format!("{name} needs a value\n{USAGE}"))?;
                    if !value.parse::<u32>().is_ok_and(|n| n > 0) {
                        bail!("{name} needs a positive number, not `{value}`\n{USAGE}");
                    }
                }
                other => bail!("unknown argument `{other}`\n{USAGE}"),
            }
        }
        Ok(Bench::Run(args.to_vec()))
    }
}

/// Does what `bench` asks, in the repository at `root`.
pub fn run(root: &Path, bench: &Bench) -> Result<()> {
    match bench {
        Bench::Run(options) => run_benchmark(root, options),
        Bench::Build => {
            print!("{}", build_report(root)?);
            Ok(())
        }
    }
}

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

fn manifest(root: &Path) -> PathBuf {
    root.join("bench/Cargo.toml")
}

fn run_benchmark(root: &Path, options: &[String]) -> Result<()> {
    // The harness and the two clients it measures (with their one-call binaries);
    // not `bench-official-default`, which only `--build` needs.
    let status = cargo()
        .args(["build", "--release", "--locked", "--manifest-path"])
        .arg(manifest(root))
        .args([
            "--package",
            "client-bench",
            "--package",
            "bench-ours",
            "--package",
            "bench-official",
        ])
        .status()
        .context("cannot run cargo")?;
    if !status.success() {
        bail!("building bench/ failed");
    }
    let harness = root.join("bench/target/release/client-bench");
    let status = Command::new(&harness)
        .arg("run")
        .args(options)
        .status()
        .with_context(|| format!("cannot run {}", harness.display()))?;
    if !status.success() {
        bail!("the benchmark failed");
    }
    Ok(())
}

/// A one-call binary: its package and binary name.
struct OneCall {
    label: &'static str,
    package: &'static str,
    binary: &'static str,
}

/// Ours first: the ratios are ours over each official set-up.
const ONE_CALLS: [OneCall; 3] = [
    OneCall {
        label: "iot-jobs-data (ours)",
        package: "bench-ours",
        binary: "one-call-ours",
    },
    OneCall {
        label: "official, as most users build it (default features, aws-config)",
        package: "bench-official-default",
        binary: "one-call-official-default",
    },
    OneCall {
        label: "official, leanest (ring, no aws-config)",
        package: "bench-official",
        binary: "one-call-official",
    },
];

/// Builds each one-call binary from clean and returns the Markdown table.
fn build_report(root: &Path) -> Result<String> {
    let mut figures = Vec::new();
    for one_call in &ONE_CALLS {
        let target_dir = root.join("bench/target/clean").join(one_call.package);
        if target_dir.exists() {
            std::fs::remove_dir_all(&target_dir).with_context(|| format!("cannot remove {}", target_dir.display()))?;
        }
        eprintln!("clean release build of {} ...", one_call.binary);
        let start = Instant::now();
        let cpu_before = crate::cpu_time::children();
        let status = cargo()
            .args(["build", "--release", "--locked", "--manifest-path"])
            .arg(manifest(root))
            .args(["--package", one_call.package, "--bin", one_call.binary, "--target-dir"])
            .arg(&target_dir)
            .status()
            .context("cannot run cargo")?;
        let elapsed = start.elapsed();
        let cpu = cpu_before
            .zip(crate::cpu_time::children())
            .map(|(before, after)| after - before);
        if !status.success() {
            bail!("building {} failed", one_call.binary);
        }
        // `profile.release.strip = true` in bench/Cargo.toml: the binary is stripped.
        let binary = target_dir.join("release").join(one_call.binary);
        let size = std::fs::metadata(&binary)
            .with_context(|| format!("cannot read {}", binary.display()))?
            .len();
        figures.push(BuildFigures {
            label: one_call.label,
            time: elapsed,
            cpu,
            size,
        });
    }
    Ok(build_table(&figures))
}

/// What a clean build of one one-call binary took and gave.
#[derive(Clone, Debug)]
pub struct BuildFigures {
    /// Whose binary.
    pub label: &'static str,
    /// The wall time of the clean release build.
    pub time: Duration,
    /// Its CPU time (user plus system, every compiler process), where known.
    pub cpu: Option<Duration>,
    /// The stripped binary's size in bytes.
    pub size: u64,
}

/// The table of build time and binary size: one column per binary, then the
/// ratio of the first (ours) to each of the others.
pub fn build_table(figures: &[BuildFigures]) -> String {
    let Some((ours, others)) = figures.split_first() else {
        return String::new();
    };
    let ratio = |a: f64, b: f64| {
        if b > 0.0 {
            format!("{:.2}x", a / b)
        } else {
            "-".to_owned()
        }
    };
    let seconds = |f: &BuildFigures| f.time.as_secs_f64();
    let cpu_seconds = |f: &BuildFigures| f.cpu.map_or(0.0, |cpu| cpu.as_secs_f64());
    let kib = |f: &BuildFigures| f.size as f64 / 1024.0;
    let mut header = String::from("| one-call binary (DescribeJobExecution) |");
    let mut rule = String::from("| --- |");
    for f in figures {
        header.push_str(&format!(" {} |", f.label));
        rule.push_str(" ---: |");
    }
    for f in others {
        header.push_str(&format!(" ours / {} |", f.label));
        rule.push_str(" ---: |");
    }
    let row = |name: &str, value: &dyn Fn(&BuildFigures) -> f64, unit: &str, precision: usize| {
        let mut line = format!("| {name} |");
        for f in figures {
            line.push_str(&format!(" {:.*} {unit} |", precision, value(f)));
        }
        for f in others {
            line.push_str(&format!(" {} |", ratio(value(ours), value(f))));
        }
        line
    };
    let mut table = format!("{header}\n{rule}\n{}\n", row("clean release build", &seconds, "s", 1));
    if figures.iter().all(|f| f.cpu.is_some()) {
        table.push_str(&row("clean release build, CPU (user + system)", &cpu_seconds, "s", 1));
        table.push('\n');
    }
    table.push_str(&row("stripped size", &kib, "KiB", 0));
    table.push('\n');
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn run_options_pass_through_and_unknown_ones_are_refused() {
        let options = args(&["--calls", "500", "--no-callgrind"]);
        assert_eq!(Bench::parse(&options).unwrap(), Bench::Run(options.clone()));
        assert_eq!(Bench::parse(&[]).unwrap(), Bench::Run(Vec::new()));
        let error = Bench::parse(&args(&["--fast"])).unwrap_err().to_string();
        assert!(error.starts_with("unknown argument `--fast`"), "{error}");
        let error = Bench::parse(&args(&["--rounds", "0"])).unwrap_err().to_string();
        assert!(
            error.starts_with("--rounds needs a positive number, not `0`"),
            "{error}"
        );
        assert!(Bench::parse(&args(&["--calls"])).is_err(), "a missing value is refused");
    }

    #[test]
    fn build_stands_alone() {
        assert_eq!(Bench::parse(&args(&["--build"])).unwrap(), Bench::Build);
        assert!(Bench::parse(&args(&["--build", "--calls", "5"])).is_err());
    }

    #[test]
    fn the_build_table_shows_seconds_kib_and_ratios_of_ours_to_each_other() {
        let figures = [
            figures("ours", 40, Some(70), 2048),
            figures("default", 160, Some(300), 16384),
            figures("lean", 100, Some(175), 8192),
        ];
        let table = build_table(&figures);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(
            lines[0],
            "| one-call binary (DescribeJobExecution) | ours | default | lean | ours / default | ours / lean |",
            "{table}"
        );
        assert_eq!(
            lines[2], "| clean release build | 40.0 s | 160.0 s | 100.0 s | 0.25x | 0.40x |",
            "{table}"
        );
        assert_eq!(
            lines[3], "| clean release build, CPU (user + system) | 70.0 s | 300.0 s | 175.0 s | 0.23x | 0.40x |",
            "{table}"
        );
        assert_eq!(
            lines[4], "| stripped size | 2048 KiB | 16384 KiB | 8192 KiB | 0.12x | 0.25x |",
            "{table}"
        );
    }

    #[test]
    fn without_a_cpu_figure_for_every_build_the_table_has_no_cpu_row() {
        let table = build_table(&[figures("ours", 40, Some(70), 2048), figures("lean", 100, None, 8192)]);
        assert!(!table.contains("CPU"), "{table}");
        assert_eq!(table.lines().count(), 4, "{table}");
    }

    fn figures(label: &'static str, seconds: u64, cpu_seconds: Option<u64>, kib: u64) -> BuildFigures {
        BuildFigures {
            label,
            time: Duration::from_secs(seconds),
            cpu: cpu_seconds.map(Duration::from_secs),
            size: kib * 1024,
        }
    }
}
