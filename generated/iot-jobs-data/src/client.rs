// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The client.
/// A client for AWS IoT Jobs Data Plane.
///
/// Cheap to clone: clones share one configuration. Each method starts a call of one operation.
#[derive(Clone, Debug)]
pub struct Client {
    runtime: ::smithy_runtime::ClientRuntime,
}

impl Client {
    /// A client with this configuration.
    pub fn new(config: crate::Config) -> Self {
        Self {
            runtime: ::smithy_runtime::ClientRuntime::new(config),
        }
    }

    /// The client's configuration.
    pub fn config(&self) -> &crate::Config {
        self.runtime.config()
    }

    /// Returns the details of one job execution for a thing.
    ///
    /// The caller needs IAM permission for the `iot:DescribeJobExecution` action, see [IoT actions](https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiot.html#awsiot-actions-as-permissions).
    pub fn describe_job_execution(
        &self,
    ) -> crate::operation::describe_job_execution::DescribeJobExecutionFluentBuilder {
        crate::operation::describe_job_execution::DescribeJobExecutionFluentBuilder::new(
            self.clone(),
        )
    }

    /// Lists the job executions of a thing that have not yet reached a final status.
    ///
    /// The caller needs IAM permission for the `iot:GetPendingJobExecutions` action, see [IoT actions](https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiot.html#awsiot-actions-as-permissions).
    pub fn get_pending_job_executions(
        &self,
    ) -> crate::operation::get_pending_job_executions::GetPendingJobExecutionsFluentBuilder {
        crate::operation::get_pending_job_executions::GetPendingJobExecutionsFluentBuilder::new(
            self.clone(),
        )
    }

    /// Runs a command, previously defined with `CreateCommand`, on one target device.
    pub fn start_command_execution(
        &self,
    ) -> crate::operation::start_command_execution::StartCommandExecutionFluentBuilder {
        crate::operation::start_command_execution::StartCommandExecutionFluentBuilder::new(
            self.clone(),
        )
    }

    /// Picks the next job execution of a thing that is queued or in progress, marks it as started, and returns it.
    ///
    /// The caller needs IAM permission for the `iot:StartNextPendingJobExecution` action, see [IoT actions](https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiot.html#awsiot-actions-as-permissions).
    pub fn start_next_pending_job_execution(
        &self,
    ) -> crate::operation::start_next_pending_job_execution::StartNextPendingJobExecutionFluentBuilder {
        crate::operation::start_next_pending_job_execution::StartNextPendingJobExecutionFluentBuilder::new(
            self.clone(),
        )
    }

    /// Reports a new status, and optionally new status details, for a job execution.
    ///
    /// The caller needs IAM permission for the `iot:UpdateJobExecution` action, see [IoT Jobs data plane actions](https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiotjobsdataplane.html).
    pub fn update_job_execution(
        &self,
    ) -> crate::operation::update_job_execution::UpdateJobExecutionFluentBuilder {
        crate::operation::update_job_execution::UpdateJobExecutionFluentBuilder::new(
            self.clone(),
        )
    }
}

/// Sends a serialized request through `client` to the endpoint resolved
/// for the call (with the operation's host prefix, if any), with auth, retries and
/// timeouts, and returns the raw response. A free function, so no
/// operation name can clash with it.
pub(crate) async fn send(
    client: &Client,
    operation: &::smithy_runtime::Operation,
    request: ::smithy_runtime::http::HttpRequest,
    host_prefix: Option<&str>,
    endpoint_params: crate::endpoint::ParamsBuilder,
) -> Result<
    ::smithy_runtime::http::HttpResponse,
    ::smithy_runtime::error::UnhandledError,
> {
    let mut endpoint = crate::endpoint::resolve(
            &client.runtime,
            operation,
            endpoint_params,
        )
        .await
        .map_err(::smithy_runtime::error::UnhandledError::endpoint)?;
    if let Some(prefix) = host_prefix {
        endpoint = endpoint
            .with_host_prefix(prefix)
            .map_err(::smithy_runtime::error::UnhandledError::endpoint)?;
    }
    client.runtime.send(operation, request, &endpoint).await
}
