//! `cargo bench -p codegen`: the whole codegen (load to files in memory) of
//! our model and of every shared model, and load + resolve + plan of the
//! largest one. Prints the median, min and max of many runs.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use codegen::{Header, Options};

fn options() -> Options {
    Options {
        crate_name: String::new(),
        crate_version: "0.1.0".to_owned(),
        runtime_path: "../../runtime".to_owned(),
        header: Header {
            model: "bench".to_owned(),
            command: "cargo bench".to_owned(),
        },
        partitions: None,
        // Two shared models stream events: generated with a failing `send`.
        allow_unsupported: ["event-stream".to_owned()].into(),
    }
}

/// Runs `f` until `budget` is spent (at least 5 times) and reports the times.
fn measure(label: &str, budget: Duration, mut f: impl FnMut()) -> Duration {
    f(); // warm up
    let mut samples = Vec::new();
    let start = Instant::now();
    while samples.len() < 5 || start.elapsed() < budget {
        let t = Instant::now();
        f();
        samples.push(t.elapsed());
    }
    samples.sort();
    let median = samples[samples.len() / 2];
    println!(
        "{label:<48} median {:>9.3} ms  min {:>9.3} ms  max {:>9.3} ms  ({} runs)",
        ms(median),
        ms(samples[0]),
        ms(samples[samples.len() - 1]),
        samples.len()
    );
    median
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let budget = Duration::from_millis(1500);

    let ours = read(&root.join("model/iot-jobs-data.json"));
    measure("codegen model/iot-jobs-data.json", budget, || {
        black_box(codegen::generate("m", black_box(&ours), &options()).expect("generates"));
    });

    measure("load+resolve+plan model/iot-jobs-data.json", budget, || {
        let model =
            codegen::model::resolve(codegen::load::parse("m", black_box(&ours)).expect("loads")).expect("resolves");
        black_box(codegen::plan::Plan::new(&model).expect("plans").items.len());
    });

    let shared = root.join("../shared/models");
    let bedrock = read(&shared.join("bedrock-agent-runtime.json"));
    measure("load+resolve+plan bedrock-agent-runtime.json", budget, || {
        let model =
            codegen::model::resolve(codegen::load::parse("m", black_box(&bedrock)).expect("loads")).expect("resolves");
        let allowed = options().allow_unsupported;
        black_box(
            codegen::plan::Plan::new_allowing(&model, &allowed)
                .expect("plans")
                .items
                .len(),
        );
    });

    let mut models: Vec<PathBuf> = std::fs::read_dir(&shared)
        .expect("shared models")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && !p.ends_with("sdk-partitions.json"))
        .collect();
    models.sort();
    let texts: Vec<(String, String)> = models
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), read(p)))
        .collect();
    let mut total = Duration::ZERO;
    for (name, text) in &texts {
        total += measure(&format!("codegen {name}"), budget / 3, || {
            black_box(codegen::generate(name, black_box(text), &options()).expect("generates"));
        });
    }
    println!("sum of medians, all {} shared models: {:.1} ms", texts.len(), ms(total));
    measure("codegen all shared models, one after another", budget * 2, || {
        for (name, text) in &texts {
            black_box(codegen::generate(name, text, &options()).expect("generates"));
        }
    });
}
