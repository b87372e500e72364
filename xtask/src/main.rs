//! `cargo xtask codegen [--check] [--model PATH --out DIR [--crate-name NAME]]`:
//! regenerate a client crate, or fail when the committed one is stale.
//! `cargo xtask bench [--build] ...`: the client benchmark (see `xtask::bench`).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Result};
use xtask::bench::{self, Bench};
use xtask::{apply, drift, workspace_root, Target};

const USAGE: &str = "usage: cargo xtask codegen [--check] [--model PATH --out DIR [--crate-name NAME]]
       cargo xtask bench [--build | OPTIONS] (see `cargo xtask bench --help`)

  (no option)        regenerate generated/iot-jobs-data from model/iot-jobs-data.json
  --check            change nothing; fail with a diff when the output is stale
  --model PATH       generate from another Smithy JSON AST model
  --out DIR          where to write that model's crate
  --crate-name NAME  the package name (default: derived from the service's sdkId)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("bench") => run_bench(&args[1..]),
        _ => run(args),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run_bench(args: &[String]) -> Result<ExitCode> {
    if args.iter().any(|arg| arg == "-h" || arg == "--help") {
        println!("{}", bench::USAGE);
        return Ok(ExitCode::SUCCESS);
    }
    bench::run(&workspace_root(), &Bench::parse(args)?)?;
    Ok(ExitCode::SUCCESS)
}

struct Args {
    check: bool,
    model: Option<PathBuf>,
    out: Option<PathBuf>,
    crate_name: Option<String>,
}

fn parse_args(args: Vec<String>) -> Result<Args> {
    let mut args = args.into_iter();
    if args.next().as_deref() != Some("codegen") {
        bail!("{USAGE}");
    }
    let mut parsed = Args {
        check: false,
        model: None,
        out: None,
        crate_name: None,
    };
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| anyhow::anyhow!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--check" => parsed.check = true,
            "--model" => parsed.model = Some(PathBuf::from(value("--model")?)),
            "--out" => parsed.out = Some(PathBuf::from(value("--out")?)),
            "--crate-name" => parsed.crate_name = Some(value("--crate-name")?),
            "-h" | "--help" => bail!("{USAGE}"),
            other => bail!("unknown argument `{other}`\n{USAGE}"),
        }
    }
    if parsed.model.is_some() != parsed.out.is_some() {
        bail!("--model and --out go together\n{USAGE}");
    }
    Ok(parsed)
}

fn run(args: Vec<String>) -> Result<ExitCode> {
    let args = parse_args(args)?;
    let root = workspace_root();
    let target = match (args.model, args.out) {
        (Some(model), Some(out)) => Target::external(model, out, args.crate_name)?,
        _ => Target::iot_jobs_data(),
    };
    let files = target.generate(&root)?;
    let out = root.join(&target.out);
    let drift = drift(&out, &files)?;
    if args.check {
        if drift.is_empty() {
            println!("{} is up to date ({} files)", target.out.display(), files.len());
            return Ok(ExitCode::SUCCESS);
        }
        print!("{}", drift.diff());
        eprintln!(
            "{} is stale: run `{}` and commit the result",
            target.out.display(),
            target.command
        );
        return Ok(ExitCode::FAILURE);
    }
    let done = apply(&out, &drift)?;
    for line in &done {
        println!("{line}");
    }
    println!(
        "{}: {} files, {} written or removed",
        target.out.display(),
        files.len(),
        done.len()
    );
    Ok(ExitCode::SUCCESS)
}
