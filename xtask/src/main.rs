//! `cargo xtask codegen [--check] [--model PATH --out DIR [--crate-name NAME] [--runtime-path DIR]]`:
//! regenerate what the repository commits (or one crate), or fail when it is stale.
//! `cargo xtask bench [--build] ...`: the client benchmark (see `xtask::bench`).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Result};
use xtask::bench::{self, Bench};
use xtask::{apply, committed, drift, workspace_root, Output, Target, CODEGEN_COMMAND};

const USAGE: &str =
    "usage: cargo xtask codegen [--check] [--model PATH --out DIR [--crate-name NAME] [--runtime-path DIR]] [--allow-unsupported FEATURE]...
       cargo xtask bench [--build | OPTIONS] (see `cargo xtask bench --help`)

  (no option)          regenerate everything the repository commits: generated/iot-jobs-data,
                       the fixture crates under tests/pagination/generated/ and the runtime's
                       partitions table (runtime/src/endpoint/partitions.rs)
  --check              change nothing; fail with a diff when any of it is stale
  --model PATH         generate from another Smithy model (JSON AST, .smithy file or directory)
  --out DIR            where to write that model's crate: a new or empty directory, or one the
                       generator wrote before (it keeps a .generated-files manifest there)
  --crate-name NAME    the package name (default: derived from the service's sdkId)
  --runtime-path DIR   the smithy-runtime crate the generated Cargo.toml depends on, named
                       relative to DIR (default: this repository's runtime/)
  --allow-unsupported FEATURE
                       with --model: generate although the model uses FEATURE, which the
                       generator does not implement (a trait id or feature name from the
                       refusal); the gap is documented on the affected items";

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
    runtime_path: Option<PathBuf>,
    allow_unsupported: std::collections::BTreeSet<String>,
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
        runtime_path: None,
        allow_unsupported: std::collections::BTreeSet::new(),
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
            "--runtime-path" => parsed.runtime_path = Some(PathBuf::from(value("--runtime-path")?)),
            "--allow-unsupported" => {
                parsed.allow_unsupported.insert(value("--allow-unsupported")?);
            }
            "-h" | "--help" => bail!("{USAGE}"),
            other => bail!("unknown argument `{other}`\n{USAGE}"),
        }
    }
    if parsed.model.is_some() != parsed.out.is_some() {
        bail!("--model and --out go together\n{USAGE}");
    }
    if parsed.model.is_none() && (parsed.crate_name.is_some() || parsed.runtime_path.is_some()) {
        bail!("--crate-name and --runtime-path go with --model and --out\n{USAGE}");
    }
    Ok(parsed)
}

fn run(args: Vec<String>) -> Result<ExitCode> {
    let args = parse_args(args)?;
    let root = workspace_root();
    // Diffs name files from the crate directory for one crate, from the
    // repository root for everything committed.
    let (outputs, command, base) = match (args.model, args.out) {
        (Some(model), Some(out)) => {
            let mut target = Target::external(model, out, args.crate_name, args.runtime_path)?;
            // The file headers name the command that regenerates the crate, flags included.
            for feature in &args.allow_unsupported {
                target.command.push_str(&format!(" --allow-unsupported {feature}"));
            }
            target.allow_unsupported = args.allow_unsupported;
            let output = target.generate(&root)?;
            let base = output.dir.clone();
            (vec![output], target.command, base)
        }
        _ => (committed(&root)?, CODEGEN_COMMAND.to_owned(), root.clone()),
    };
    // Every output is compared (and every refusal found) before anything is written.
    let drifts = outputs.iter().map(drift).collect::<Result<Vec<_>>>()?;
    let here = std::env::current_dir().unwrap_or_else(|_| root.clone());
    if args.check {
        return Ok(check(&outputs, &drifts, &base, &command));
    }
    let mut written = 0;
    for (output, drift) in outputs.iter().zip(&drifts) {
        let done = apply(drift)?;
        for line in &done {
            println!("{line}");
        }
        for kept in &drift.kept {
            println!(
                "kept {}: no longer generated, and its generated header is gone",
                output.dir.join(kept).display()
            );
        }
        for orphan in &drift.orphans {
            println!(
                "left alone {}: {}",
                output.dir.join(orphan).display(),
                xtask::output::ORPHAN
            );
        }
        written += done.len();
        println!("{}: {} files", shown(&output.dir, &here, &root), output.files.len());
    }
    println!("{written} written or removed");
    Ok(ExitCode::SUCCESS)
}

/// `--check`: a unified diff of everything stale, and the command that fixes it.
fn check(outputs: &[Output], drifts: &[xtask::Drift], base: &std::path::Path, command: &str) -> ExitCode {
    let stale: Vec<_> = outputs.iter().zip(drifts).filter(|(_, d)| !d.is_empty()).collect();
    if stale.is_empty() {
        let files: usize = outputs.iter().map(|o| o.files.len()).sum();
        println!("up to date: {} outputs, {files} files", outputs.len());
        return ExitCode::SUCCESS;
    }
    for (_, drift) in &stale {
        print!("{}", drift.diff(base));
    }
    let dirs: Vec<String> = stale.iter().map(|(o, _)| shown(&o.dir, base, base)).collect();
    eprintln!("stale: {}; run `{command}` and commit the result", dirs.join(", "));
    ExitCode::FAILURE
}

/// A directory as the user sees it: relative to where they are, else to the root.
fn shown(dir: &std::path::Path, here: &std::path::Path, root: &std::path::Path) -> String {
    let relative = dir
        .strip_prefix(here)
        .or_else(|_| dir.strip_prefix(root))
        .unwrap_or(dir);
    relative.display().to_string()
}
