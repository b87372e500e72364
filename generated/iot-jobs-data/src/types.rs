// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
mod command_parameter_value;
mod job_execution;
mod job_execution_state;
mod job_execution_status;
mod job_execution_summary;
pub use command_parameter_value::CommandParameterValue;
pub use job_execution::JobExecution;
pub use job_execution_state::JobExecutionState;
pub use job_execution_status::JobExecutionStatus;
pub use job_execution_summary::JobExecutionSummary;

/// The builders of the structures in this module.
pub mod builders {
    pub use super::command_parameter_value::CommandParameterValueBuilder;
    pub use super::job_execution::JobExecutionBuilder;
    pub use super::job_execution_state::JobExecutionStateBuilder;
    pub use super::job_execution_summary::JobExecutionSummaryBuilder;
}
