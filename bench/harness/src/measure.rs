//! What the benchmark measures with: process CPU time, medians, and instruction
//! counts from callgrind.

use std::io;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// Whose CPU time [`cpu_time`] reads.
#[derive(Clone, Copy, Debug)]
pub enum Who {
    /// This process, all its threads.
    This,
    /// Its children that have ended and been waited for.
    Children,
}

/// CPU time, split as the kernel accounts it: user time is the process's own
/// work, system time the kernel's on its behalf (for a client, mostly its
/// socket system calls).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CpuTime {
    /// Time spent running the program's own code.
    pub user: Duration,
    /// Time the kernel spent in system calls for it.
    pub system: Duration,
}

impl CpuTime {
    /// User plus system time.
    pub fn total(self) -> Duration {
        self.user + self.system
    }
}

impl std::ops::Sub for CpuTime {
    type Output = CpuTime;

    fn sub(self, earlier: CpuTime) -> CpuTime {
        CpuTime {
            user: self.user.saturating_sub(earlier.user),
            system: self.system.saturating_sub(earlier.system),
        }
    }
}

/// User and system CPU time so far (`getrusage`).
pub fn cpu_time(who: Who) -> CpuTime {
    let who = match who {
        Who::This => libc::RUSAGE_SELF,
        Who::Children => libc::RUSAGE_CHILDREN,
    };
    // SAFETY: `rusage` is plain old data, so all zeroes is a valid value, and
    // `getrusage` only writes into the struct it is given.
    #[allow(unsafe_code)]
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(who, &mut usage);
        usage
    };
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    CpuTime {
        user: time(usage.ru_utime),
        system: time(usage.ru_stime),
    }
}

/// The median of `values` (the mean of the middle two for an even count); `None`
/// when there are none.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[mid]),
        _ => Some((sorted[mid - 1] + sorted[mid]) / 2.0),
    }
}

/// Whether `valgrind` can be run.
pub fn valgrind_available() -> bool {
    Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success())
}

/// The instructions `program args` executes, counted by callgrind. Fails when the
/// program fails or callgrind prints no total.
pub fn instructions(program: &Path, args: &[String]) -> io::Result<u64> {
    let out = Command::new("valgrind")
        .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg(program)
        .args(args)
        .output()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        return Err(io::Error::other(format!(
            "{} {} failed under callgrind:\n{stderr}",
            program.display(),
            args.join(" ")
        )));
    }
    collected(&stderr).ok_or_else(|| io::Error::other(format!("no `Collected :` line from callgrind:\n{stderr}")))
}

/// The instruction total in callgrind's summary (`==PID== Collected : 123456`).
fn collected(stderr: &str) -> Option<u64> {
    stderr
        .lines()
        .filter_map(|line| line.split_once("Collected :"))
        .filter_map(|(_, count)| count.trim().parse().ok())
        .next_back()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&[5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn the_callgrind_total_is_read_from_its_summary() {
        let stderr = "==8267== Callgrind, a call-graph generating cache profiler\n\
                      ==8267== \n==8267== Events    : Ir\n==8267== Collected : 126559\n\
                      ==8267== \n==8267== I   refs:      126,559\n";
        assert_eq!(collected(stderr), Some(126_559));
        assert_eq!(collected("==1== no summary\n"), None);
    }

    #[test]
    fn user_time_grows_with_work() {
        let before = cpu_time(Who::This);
        let mut x = 0u64;
        for i in 0..20_000_000u64 {
            x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
        }
        let spent = cpu_time(Who::This) - before;
        assert!(spent.user > Duration::ZERO, "{x}");
        assert_eq!(spent.total(), spent.user + spent.system);
    }

    #[test]
    fn a_difference_never_goes_below_zero() {
        let ms = Duration::from_millis;
        let later = CpuTime {
            user: ms(5),
            system: ms(1),
        };
        let earlier = CpuTime {
            user: ms(2),
            system: ms(3),
        };
        assert_eq!(
            later - earlier,
            CpuTime {
                user: ms(3),
                system: Duration::ZERO
            }
        );
    }
}
