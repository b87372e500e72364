//! `client-bench run [OPTIONS]`: starts the stub, measures both clients, prints a
//! Markdown table. The other modes are what `run` spawns, and handy for a profiler:
//!
//! - `client-bench calls CLIENT OP ENDPOINT WARMUP N`: makes WARMUP calls, then N
//!   timed ones, and prints `WALL_NS USER_NS SYSTEM_NS` of the N (CLIENT: `ours` |
//!   `official` | `floor`, a blocking socket writing a fixed request: see
//!   [`client_bench::floor`]; OP: `describe` | `update`).
//! - `client-bench stub`: serves the stub, prints its endpoint, stops at end of input.
//!
//! Every measured client runs in a process of its own, on a current-thread tokio
//! runtime, so the stub (in this process) is never counted in a client's figures;
//! the stub's own CPU time is this process's, read around each worker.

use std::future::Future;
use std::io::{self, BufRead};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant, SystemTime};

use client_bench::floor::{self, RawClient};
use client_bench::measure::{self, cpu_time, median, CpuTime, Who};
use client_bench::report::{table, Row, Unit};
use client_bench::stub::Stub;

const USAGE: &str = "usage: client-bench run [--calls N] [--rounds R] [--warmup W] [--callgrind-calls N] [--one-call-runs R] [--no-callgrind]
       client-bench calls (ours|official|floor) (describe|update) ENDPOINT WARMUP N
       client-bench stub";

type Error = Box<dyn std::error::Error + Send + Sync>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => Settings::parse(&args[1..]).and_then(|settings| run(&settings)),
        Some("calls") => calls(&args[1..]),
        Some("stub") => stub(),
        _ => Err(USAGE.into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The two clients.
const CLIENTS: [&str; 2] = ["ours", "official"];
/// The operations, by their name on the command line and in the table.
const OPERATIONS: [(&str, &str); 2] = [("describe", "DescribeJobExecution"), ("update", "UpdateJobExecution")];

/// Options of `client-bench run`.
#[derive(Debug)]
struct Settings {
    calls: u32,
    rounds: u32,
    warmup: u32,
    callgrind_calls: u32,
    one_call_runs: u32,
    callgrind: bool,
}

impl Settings {
    fn parse(args: &[String]) -> Result<Settings, Error> {
        let mut settings = Settings {
            calls: 2000,
            rounds: 7,
            warmup: 200,
            callgrind_calls: 200,
            one_call_runs: 10,
            callgrind: true,
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            if arg == "--no-callgrind" {
                settings.callgrind = false;
                continue;
            }
            let slot = match arg.as_str() {
                "--calls" => &mut settings.calls,
                "--rounds" => &mut settings.rounds,
                "--warmup" => &mut settings.warmup,
                "--callgrind-calls" => &mut settings.callgrind_calls,
                "--one-call-runs" => &mut settings.one_call_runs,
                other => return Err(format!("unknown argument `{other}`\n{USAGE}").into()),
            };
            *slot = args
                .next()
                .and_then(|value| value.parse().ok())
                .filter(|&value| value > 0)
                .ok_or_else(|| format!("{arg} needs a positive number\n{USAGE}"))?;
        }
        Ok(settings)
    }
}

fn run(settings: &Settings) -> Result<(), Error> {
    let stub = Stub::start()?;
    let endpoint = stub.endpoint();
    let exe = std::env::current_exe()?;
    let callgrind = settings.callgrind && measure::valgrind_available();
    let mut rows = Vec::new();

    // Rounds interleave the clients and the floor, so a slow spell of the machine
    // hits all three.
    let mut wall = vec![Vec::new(); CLIENTS.len() * OPERATIONS.len()];
    let mut user = wall.clone();
    let mut system = wall.clone();
    // Per operation and client: each round's time per call above that round's floor.
    let mut above_floor = wall.clone();
    let mut floor_rate = vec![Vec::new(); OPERATIONS.len()];
    let mut floor_system = floor_rate.clone();
    // The stub's CPU time per call it served (warm-up included), per worker.
    let mut stub = wall.clone();
    let mut floor_stub = floor_rate.clone();
    let served = f64::from(settings.warmup + settings.calls);
    for round in 0..settings.rounds {
        eprintln!("round {}/{}", round + 1, settings.rounds);
        for (o, (op, _)) in OPERATIONS.iter().enumerate() {
            let n = f64::from(settings.calls);
            let per_call = |time: Duration| time.as_secs_f64() / n;
            let args = worker_args("floor", op, &endpoint, settings.warmup, settings.calls);
            let stub_before = cpu_time(Who::This);
            let floor = run_worker(&exe, &args)?;
            floor_stub[o].push(stub_cpu_since(stub_before) / served);
            floor_rate[o].push(1.0 / per_call(floor.wall));
            floor_system[o].push(per_call(floor.cpu.system));
            for (c, client) in CLIENTS.iter().enumerate() {
                let args = worker_args(client, op, &endpoint, settings.warmup, settings.calls);
                let stub_before = cpu_time(Who::This);
                let sample = run_worker(&exe, &args)?;
                stub[o * 2 + c].push(stub_cpu_since(stub_before) / served);
                wall[o * 2 + c].push(1.0 / per_call(sample.wall));
                user[o * 2 + c].push(per_call(sample.cpu.user));
                system[o * 2 + c].push(per_call(sample.cpu.system));
                above_floor[o * 2 + c].push(per_call(sample.wall.saturating_sub(floor.wall)));
            }
        }
    }
    for (o, (_, name)) in OPERATIONS.iter().enumerate() {
        rows.push(row(
            "calls/s (one connection)",
            name,
            Unit::PerSecond,
            &wall[o * 2..o * 2 + 2],
        ));
        rows.push(row(
            "wall time/call above the raw-socket floor",
            name,
            Unit::Micros,
            &above_floor[o * 2..o * 2 + 2],
        ));
        rows.push(row("user CPU time/call", name, Unit::Micros, &user[o * 2..o * 2 + 2]));
        rows.push(row(
            "system CPU time/call",
            name,
            Unit::Micros,
            &system[o * 2..o * 2 + 2],
        ));
        rows.push(row(
            "the stub's CPU time/call",
            name,
            Unit::Micros,
            &stub[o * 2..o * 2 + 2],
        ));
    }
    if callgrind {
        for (op, name) in OPERATIONS {
            eprintln!("callgrind: {name}");
            let mut per_call = [0.0; 2];
            for (c, client) in CLIENTS.iter().enumerate() {
                let n = settings.callgrind_calls;
                let with_calls = measure::instructions(&exe, &worker_args(client, op, &endpoint, settings.warmup, n))?;
                let without = measure::instructions(&exe, &worker_args(client, op, &endpoint, settings.warmup, 0))?;
                per_call[c] = with_calls.saturating_sub(without) as f64 / f64::from(n);
            }
            rows.push(Row {
                measure: "instructions/call".into(),
                subject: name.into(),
                unit: Unit::Thousands,
                ours: per_call[0],
                official: per_call[1],
            });
        }
    }
    one_call_rows(settings, &exe, &endpoint, callgrind, &mut rows)?;

    let instructions = match (settings.callgrind, callgrind) {
        // valgrind's virtual CPU has no SHA extensions, so `sha2` hashes in
        // software there (both clients sign with it): counts include that.
        (true, true) => format!(
            "callgrind, {} calls minus 0 calls, per call (SHA-256 in software under valgrind)",
            settings.callgrind_calls
        ),
        (true, false) => "not counted (valgrind not found)".to_owned(),
        (false, _) => "not counted (--no-callgrind)".to_owned(),
    };
    println!(
        "Client benchmark, {} ({} cores available); medians of {} rounds of {} sequential calls \
         over one keep-alive connection after {} warm-up calls; instructions: {instructions}; \
         one-call process: medians of {} runs. The raw-socket floor (a blocking socket writing a \
         fixed signed request, same stub, same rounds): {} calls/s for DescribeJobExecution, {} \
         for UpdateJobExecution, with {:.1} and {:.1} µs of system CPU time per call; the stub \
         spent {:.1} and {:.1} µs of CPU time per call of the floor's.\n",
        httpdate::fmt_http_date(SystemTime::now()),
        std::thread::available_parallelism().map_or(1, usize::from),
        settings.rounds,
        settings.calls,
        settings.warmup,
        settings.one_call_runs,
        median(&floor_rate[0]).map_or(0.0, f64::round),
        median(&floor_rate[1]).map_or(0.0, f64::round),
        median(&floor_system[0]).unwrap_or(0.0) * 1e6,
        median(&floor_system[1]).unwrap_or(0.0) * 1e6,
        median(&floor_stub[0]).unwrap_or(0.0) * 1e6,
        median(&floor_stub[1]).unwrap_or(0.0) * 1e6,
    );
    print!("{}", table(&rows));
    Ok(())
}

/// The CPU time of this process since it was `before`, in seconds: while a worker
/// runs, the stub's (this process's main thread only waits for the worker; its
/// spawn and the read of its one line are well under a microsecond per call).
fn stub_cpu_since(before: CpuTime) -> f64 {
    (cpu_time(Who::This) - before).total().as_secs_f64()
}

/// Wall time, CPU time and (with callgrind) instructions of the one-call binaries.
fn one_call_rows(
    settings: &Settings,
    exe: &Path,
    endpoint: &str,
    callgrind: bool,
    rows: &mut Vec<Row>,
) -> Result<(), Error> {
    let binaries: Vec<PathBuf> = CLIENTS
        .iter()
        .map(|client| sibling(exe, &format!("one-call-{client}")))
        .collect();
    let mut wall = [Vec::new(), Vec::new()];
    let mut cpu = [Vec::new(), Vec::new()];
    for _ in 0..settings.one_call_runs {
        for (c, binary) in binaries.iter().enumerate() {
            let cpu_before = cpu_time(Who::Children);
            let start = Instant::now();
            let out = Command::new(binary).arg(endpoint).output()?;
            let elapsed = start.elapsed();
            if !out.status.success() {
                return Err(format!("{} failed: {}", binary.display(), String::from_utf8_lossy(&out.stderr)).into());
            }
            wall[c].push(elapsed.as_secs_f64());
            cpu[c].push((cpu_time(Who::Children) - cpu_before).total().as_secs_f64());
        }
    }
    let subject = "one-call process (DescribeJobExecution)";
    rows.push(row("wall time", subject, Unit::Millis, &wall));
    rows.push(row("CPU time", subject, Unit::Millis, &cpu));
    if callgrind {
        let count = |binary: &PathBuf| measure::instructions(binary, &[endpoint.to_owned()]);
        rows.push(Row {
            measure: "instructions".into(),
            subject: subject.into(),
            unit: Unit::Millions,
            ours: count(&binaries[0])? as f64,
            official: count(&binaries[1])? as f64,
        });
    }
    Ok(())
}

/// A row of the medians of both clients' samples.
fn row(measure: &str, subject: &str, unit: Unit, samples: &[Vec<f64>]) -> Row {
    Row {
        measure: measure.into(),
        subject: subject.into(),
        unit,
        ours: median(&samples[0]).unwrap_or(0.0),
        official: median(&samples[1]).unwrap_or(0.0),
    }
}

/// A binary built beside this one (`cargo build --release --workspace` in `bench/`).
fn sibling(exe: &Path, name: &str) -> PathBuf {
    exe.with_file_name(name)
}

fn worker_args(client: &str, op: &str, endpoint: &str, warmup: u32, calls: u32) -> Vec<String> {
    vec![
        "calls".into(),
        client.into(),
        op.into(),
        endpoint.into(),
        warmup.to_string(),
        calls.to_string(),
    ]
}

/// What a `calls` worker measured over its timed calls.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Sample {
    wall: Duration,
    cpu: CpuTime,
}

impl Sample {
    /// What this process spent since `start`, when its CPU time was `cpu_before`.
    fn since(start: Instant, cpu_before: CpuTime) -> Sample {
        Sample {
            wall: start.elapsed(),
            cpu: cpu_time(Who::This) - cpu_before,
        }
    }

    /// The worker's line: `WALL_NS USER_NS SYSTEM_NS`.
    fn line(&self) -> String {
        format!(
            "{} {} {}",
            self.wall.as_nanos(),
            self.cpu.user.as_nanos(),
            self.cpu.system.as_nanos()
        )
    }

    fn parse(line: &str) -> Option<Sample> {
        let mut fields = line
            .split_whitespace()
            .map(|f| f.parse().ok().map(Duration::from_nanos));
        let sample = Sample {
            wall: fields.next()??,
            cpu: CpuTime {
                user: fields.next()??,
                system: fields.next()??,
            },
        };
        fields.next().is_none().then_some(sample)
    }
}

/// Runs a `calls` worker and reads its `WALL_NS USER_NS SYSTEM_NS` line.
fn run_worker(exe: &Path, args: &[String]) -> Result<Sample, Error> {
    let out = Command::new(exe).args(args).output()?;
    if !out.status.success() {
        return Err(format!("`{}` failed: {}", args.join(" "), String::from_utf8_lossy(&out.stderr)).into());
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    Sample::parse(&stdout)
        .ok_or_else(|| format!("`{}` printed `{stdout}`, not WALL_NS USER_NS SYSTEM_NS", args.join(" ")).into())
}

/// `client-bench calls CLIENT OP ENDPOINT WARMUP N`.
fn calls(args: &[String]) -> Result<(), Error> {
    let [client, op, endpoint, warmup, n] = args else {
        return Err(USAGE.into());
    };
    let warmup: u32 = warmup.parse()?;
    let n: u32 = n.parse()?;
    if client == "floor" {
        println!("{}", floor_calls(op, endpoint, warmup, n)?.line());
        return Ok(());
    }
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let sample = runtime.block_on(async {
        match (client.as_str(), op.as_str()) {
            ("ours", "describe") => {
                let client = bench_ours::client(endpoint);
                timed(&client, bench_ours::describe_job_execution, warmup, n).await
            }
            ("ours", "update") => {
                let client = bench_ours::client(endpoint);
                timed(&client, bench_ours::update_job_execution, warmup, n).await
            }
            ("official", "describe") => {
                let client = bench_official::client(endpoint);
                timed(&client, bench_official::describe_job_execution, warmup, n).await
            }
            ("official", "update") => {
                let client = bench_official::client(endpoint);
                timed(&client, bench_official::update_job_execution, warmup, n).await
            }
            _ => Err(USAGE.into()),
        }
    })?;
    println!("{}", sample.line());
    Ok(())
}

/// The floor's calls: a blocking socket, no runtime, the same request every time.
fn floor_calls(op: &str, endpoint: &str, warmup: u32, n: u32) -> Result<Sample, Error> {
    let request = floor::request(op).ok_or(USAGE)?;
    let mut client = RawClient::connect(endpoint)?;
    for _ in 0..warmup {
        client.call(&request)?;
    }
    let cpu_before = cpu_time(Who::This);
    let start = Instant::now();
    for _ in 0..n {
        client.call(&request)?;
    }
    Ok(Sample::since(start, cpu_before))
}

/// Makes `warmup` calls, then `n` more, and returns the wall and CPU time of the `n`.
async fn timed<'a, C, F, Fut>(client: &'a C, call: F, warmup: u32, n: u32) -> Result<Sample, Error>
where
    F: Fn(&'a C) -> Fut,
    Fut: Future<Output = Result<(), Error>>,
{
    for _ in 0..warmup {
        call(client).await?;
    }
    let cpu_before = cpu_time(Who::This);
    let start = Instant::now();
    for _ in 0..n {
        call(client).await?;
    }
    Ok(Sample::since(start, cpu_before))
}

/// `client-bench stub`.
fn stub() -> Result<(), Error> {
    let stub = Stub::start()?;
    println!("{}", stub.endpoint());
    for line in io::stdin().lock().lines() {
        line?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sample_reads_back_from_its_line() {
        let sample = Sample {
            wall: Duration::from_nanos(250_000_000),
            cpu: CpuTime {
                user: Duration::from_nanos(70_000_000),
                system: Duration::from_nanos(60_000_000),
            },
        };
        assert_eq!(sample.line(), "250000000 70000000 60000000");
        assert_eq!(Sample::parse(&format!("{}\n", sample.line())), Some(sample));
    }

    #[test]
    fn a_line_without_exactly_three_times_is_refused() {
        assert_eq!(Sample::parse("250000000 130000000"), None);
        assert_eq!(Sample::parse("250000000 70000000 60000000 1"), None);
        assert_eq!(Sample::parse("250000000 x 60000000"), None);
    }
}
