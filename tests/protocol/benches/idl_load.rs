//! `cargo bench -p protocol-tests --bench idl_load`: how long the IDL loader
//! takes to read every protocol test file together (release build). Prints the
//! median, min and max of many runs; asserts nothing about time.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use codegen::idl::SourceFile;

fn smithy_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            smithy_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "smithy") {
            out.push(path);
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/protocol-tests");
    let mut paths = Vec::new();
    smithy_files(&root, &mut paths);
    let texts: Vec<(String, String)> = paths
        .iter()
        .map(|p| (p.display().to_string(), std::fs::read_to_string(p).unwrap()))
        .collect();
    let files: Vec<SourceFile<'_>> = texts.iter().map(|(path, text)| SourceFile { path, text }).collect();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();

    let parse = || {
        black_box(codegen::idl::parse(black_box(&files)).expect("the protocol tests load"));
    };
    measure(
        &format!("idl::parse of {} files ({} KiB)", files.len(), bytes / 1024),
        parse,
    );
    let resolve = || {
        let ast = codegen::idl::parse(black_box(&files)).expect("the protocol tests load");
        let ast = codegen::load::from_value("protocol-tests", ast).expect("a JSON AST");
        black_box(codegen::model::resolve(ast).expect("resolves"));
    };
    measure("idl::parse + load::from_value + model::resolve", resolve);
}

/// Runs `f` at least 20 times and for about 3 seconds; prints median, min, max.
fn measure(label: &str, mut f: impl FnMut()) {
    f(); // warm up
    let mut samples = Vec::new();
    let start = Instant::now();
    while samples.len() < 20 || (start.elapsed() < Duration::from_secs(3) && samples.len() < 1000) {
        let t = Instant::now();
        f();
        samples.push(t.elapsed());
    }
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{label:<50} median {:>8.3} ms  min {:>8.3} ms  max {:>8.3} ms  ({} runs)",
        ms(samples[samples.len() / 2]),
        ms(samples[0]),
        ms(samples[samples.len() - 1]),
        samples.len()
    );
}
