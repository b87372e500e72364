//! `cargo bench -p smithy-runtime --bench codecs`: the run-time cost of the
//! codecs a request or response may go through (release build): gzip, CRC-32
//! and MD5 of a 64 KiB JSON body, and formatting and parsing 10^5 timestamps in
//! each wire format. Prints the median of several rounds; asserts nothing about
//! time.

use std::hint::black_box;
use std::time::Instant;

use smithy_runtime::protocol::{checksum, compression};
use smithy_runtime::{DateTime, TimestampFormat};

/// A JSON list of job summaries, just under 64 KiB.
fn json_body() -> Vec<u8> {
    let mut body = String::from("{\"items\":[");
    let mut i = 0u64;
    while body.len() < 64 * 1024 - 200 {
        if i > 0 {
            body.push(',');
        }
        body.push_str(&format!(
            "{{\"jobId\":\"job-{i:06}\",\"status\":\"{}\",\"queuedAt\":{},\"versionNumber\":{},\
             \"details\":{{\"step\":\"s{}\",\"progress\":\"{}%\"}}}}",
            ["QUEUED", "IN_PROGRESS", "SUCCEEDED"][(i % 3) as usize],
            1_700_000_000 + i * 37,
            i % 11,
            i % 7,
            (i * 13) % 100
        ));
        i += 1;
    }
    body.push_str("]}");
    body.into_bytes()
}

/// The median over `rounds` of the time per call of `iters` calls, in ns.
fn median_ns<R>(rounds: usize, iters: usize, mut f: impl FnMut() -> R) -> f64 {
    let mut samples: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iters {
                black_box(f());
            }
            start.elapsed().as_nanos() as f64 / iters as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[rounds / 2]
}

fn main() {
    let body = json_body();
    let gzipped = compression::gzip(&body);
    println!(
        "gzip   {} B JSON: {:>8.1} µs ({} B out)",
        body.len(),
        median_ns(15, 20, || compression::gzip(black_box(&body))) / 1e3,
        gzipped.len()
    );
    println!(
        "crc32  {} B:      {:>8.1} µs",
        body.len(),
        median_ns(15, 200, || compression::crc32(black_box(&body))) / 1e3
    );
    println!(
        "md5    {} B:      {:>8.1} µs",
        body.len(),
        median_ns(15, 50, || checksum::md5(black_box(&body))) / 1e3
    );

    // 10^5 instants from 1900 to 2100 with milliseconds, spread by a multiplicative hash.
    let times: Vec<DateTime> = (0..100_000u64)
        .map(|i| {
            let secs = -2_208_988_800 + (i.wrapping_mul(2_654_435_761) % 6_311_433_600) as i64;
            DateTime::from_secs_and_nanos(secs, (i % 1000) as u32 * 1_000_000)
        })
        .collect();
    for (name, format) in [
        ("date-time", TimestampFormat::DateTime),
        ("http-date", TimestampFormat::HttpDate),
        ("epoch-seconds", TimestampFormat::EpochSeconds),
    ] {
        let texts: Vec<String> = times.iter().map(|t| t.fmt(format)).collect();
        let n = times.len() as f64;
        let fmt = median_ns(9, 1, || times.iter().map(|t| t.fmt(format).len()).sum::<usize>()) / n;
        let parse = median_ns(9, 1, || {
            texts
                .iter()
                .map(|s| DateTime::parse(s, format).expect("formatted by DateTime::fmt").secs())
                .sum::<i64>()
        }) / n;
        println!("{name:<13} 10^5 values: format {fmt:>6.1} ns/value, parse {parse:>6.1} ns/value");
    }
}
