//! The CPU time of the processes this one has waited for: on a busy machine the
//! CPU time of a build varies much less than its wall time.

use std::time::Duration;

/// Clock ticks per second of `/proc`'s times: Linux's `USER_HZ`, 100 on every
/// architecture the kernel's user ABI fixes it for.
const TICKS_PER_SECOND: u64 = 100;

/// User plus system time of every child (and their waited-for children) that
/// has ended and been waited for, from `/proc/self/stat`; `None` where there is
/// no such file (off Linux).
pub(crate) fn children() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    children_from_stat(&stat)
}

/// `cutime` plus `cstime` (fields 16 and 17) of a `/proc/<pid>/stat` line. The
/// command name (field 2) is in parentheses and may hold spaces, so fields are
/// counted from its closing parenthesis.
fn children_from_stat(stat: &str) -> Option<Duration> {
    let (_, after_name) = stat.rsplit_once(')')?;
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // `fields[0]` is field 3 (the state).
    let ticks = |field: usize| fields.get(field - 3)?.parse::<u64>().ok();
    let total = ticks(16)? + ticks(17)?;
    Some(Duration::from_millis(total * 1000 / TICKS_PER_SECOND))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_times_are_fields_16_and_17_even_when_the_name_has_spaces() {
        let stat = "4242 (cargo xtask) S 1 4242 4242 0 -1 4194560 900 0 0 0 150 20 12345 678 20 0 3 0 99 0 0";
        assert_eq!(children_from_stat(stat), Some(Duration::from_millis(130_230)));
        assert_eq!(children_from_stat("4242 (x) S 1"), None);
        assert_eq!(children_from_stat("no parenthesis"), None);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_finished_child_adds_its_cpu_time() {
        let before = children().expect("/proc/self/stat on Linux");
        // A child that spins for a while: `sh` counting in a loop.
        let status = std::process::Command::new("sh")
            .args(["-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done"])
            .status()
            .expect("sh runs");
        assert!(status.success());
        let after = children().expect("/proc/self/stat on Linux");
        assert!(after > before, "before {before:?}, after {after:?}");
    }
}
