// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `DescribeJobExecution` operation.
pub mod describe_job_execution;

/// The `GetPendingJobExecutions` operation.
pub mod get_pending_job_executions;

/// The `StartCommandExecution` operation.
pub mod start_command_execution;

/// The `StartNextPendingJobExecution` operation.
pub mod start_next_pending_job_execution;

/// The `UpdateJobExecution` operation.
pub mod update_job_execution;
