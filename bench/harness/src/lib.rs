//! The client benchmark: the generated client (`iot-jobs-data`) and the official
//! `aws-sdk-iotjobsdataplane` against one local stub. `client-bench run` prints a
//! Markdown table (see `src/main.rs` for the modes).

pub mod floor;
pub mod measure;
pub mod report;
pub mod stub;
