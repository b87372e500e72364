//! The Markdown table the benchmark prints: one row per figure, ours against the
//! official client, and their ratio.

use std::fmt::Write;

/// How a figure is printed.
#[derive(Clone, Copy, Debug)]
pub enum Unit {
    /// Calls per second, as a whole number.
    PerSecond,
    /// Microseconds, from seconds.
    Micros,
    /// Milliseconds, from seconds.
    Millis,
    /// A count, in thousands.
    Thousands,
    /// A count, in millions.
    Millions,
}

impl Unit {
    fn format(self, value: f64) -> String {
        match self {
            Unit::PerSecond => format!("{value:.0}"),
            Unit::Micros => format!("{:.1} µs", value * 1e6),
            Unit::Millis => format!("{:.2} ms", value * 1e3),
            Unit::Thousands => format!("{:.1} k", value / 1e3),
            Unit::Millions => format!("{:.2} M", value / 1e6),
        }
    }
}

/// One figure for both clients.
#[derive(Clone, Debug)]
pub struct Row {
    /// What is measured (`calls/s`).
    pub measure: String,
    /// The operation or process measured.
    pub subject: String,
    /// How to print the values.
    pub unit: Unit,
    /// The generated client's value.
    pub ours: f64,
    /// The official client's value.
    pub official: f64,
}

/// The rows as a Markdown table with an `ours / official` column.
pub fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| measure | operation | iot-jobs-data (ours) | aws-sdk-iotjobsdataplane | ours / official |\n\
         | --- | --- | ---: | ---: | ---: |\n",
    );
    for row in rows {
        let ratio = if row.official > 0.0 {
            format!("{:.2}x", row.ours / row.official)
        } else {
            "-".to_owned()
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {ratio} |",
            row.measure,
            row.subject,
            row.unit.format(row.ours),
            row.unit.format(row.official),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_row_shows_both_values_in_its_unit_and_their_ratio() {
        let rows = [
            Row {
                measure: "calls/s".into(),
                subject: "DescribeJobExecution".into(),
                unit: Unit::PerSecond,
                ours: 9000.4,
                official: 4500.0,
            },
            Row {
                measure: "CPU/call".into(),
                subject: "UpdateJobExecution".into(),
                unit: Unit::Micros,
                ours: 0.000_050,
                official: 0.000_125,
            },
        ];
        let table = table(&rows);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 4, "{table}");
        assert_eq!(lines[2], "| calls/s | DescribeJobExecution | 9000 | 4500 | 2.00x |");
        assert_eq!(
            lines[3],
            "| CPU/call | UpdateJobExecution | 50.0 µs | 125.0 µs | 0.40x |"
        );
    }
}
