//! Runs the whole codegen of one model many times, for a profiler:
//! `cargo run --release -p codegen --example profile_codegen -- MODEL [RUNS]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: profile_codegen MODEL [RUNS]");
    let runs: usize = args.next().map_or(20, |n| n.parse().expect("RUNS is a number"));
    let json = std::fs::read_to_string(&path).expect("readable model");
    let options = codegen::Options {
        crate_name: String::new(),
        crate_version: "0.1.0".to_owned(),
        runtime_path: "runtime".to_owned(),
        header: codegen::Header {
            model: path.clone(),
            command: "profile".to_owned(),
        },
        partitions: None,
        // Models with event streams (two shared ones) are profiled too.
        allow_unsupported: ["event-stream".to_owned()].into(),
    };
    for _ in 0..runs {
        std::hint::black_box(codegen::generate(&path, &json, &options).expect("generates"));
    }
}
