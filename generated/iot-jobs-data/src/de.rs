// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads the crate's types from JSON response bodies, one function per
//! shape. Each reads one value and gives `None` for `null`.
/// Reads the structure `CertificateValidationException`; `null` reads as `None`.
pub(crate) fn read_certificate_validation_exception(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<crate::error::CertificateValidationException>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("CertificateValidationException")? {
        return Ok(None);
    }
    let mut value = crate::error::CertificateValidationException::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `ConflictException`; `null` reads as `None`.
pub(crate) fn read_conflict_exception(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::error::ConflictException>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("ConflictException")? {
        return Ok(None);
    }
    let mut value = crate::error::ConflictException::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            "resourceId" => value.resource_id = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the map `DetailsMap`; `null` reads as `None`.
pub(crate) fn read_details_map(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<::std::collections::HashMap<String, String>>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("DetailsMap")? {
        return Ok(None);
    }
    let mut map = ::std::collections::HashMap::new();
    while let Some(key) = reader.next_key()? {
        if let Some(value) = reader.string()? {
            map.insert(key.into_owned(), value);
        }
    }
    Ok(Some(map))
}

/// Reads the structure `InternalServerException`; `null` reads as `None`.
pub(crate) fn read_internal_server_exception(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<crate::error::InternalServerException>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("InternalServerException")? {
        return Ok(None);
    }
    let mut value = crate::error::InternalServerException::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `InvalidRequestException`; `null` reads as `None`.
pub(crate) fn read_invalid_request_exception(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<crate::error::InvalidRequestException>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("InvalidRequestException")? {
        return Ok(None);
    }
    let mut value = crate::error::InvalidRequestException::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `InvalidStateTransitionException`; `null` reads as `None`.
pub(crate) fn read_invalid_state_transition_exception(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<crate::error::InvalidStateTransitionException>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("InvalidStateTransitionException")? {
        return Ok(None);
    }
    let mut value = crate::error::InvalidStateTransitionException::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `JobExecution`; `null` reads as `None`.
pub(crate) fn read_job_execution(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::JobExecution>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("JobExecution")? {
        return Ok(None);
    }
    let mut value = crate::types::JobExecution::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "jobId" => value.job_id = reader.string()?,
            "thingName" => value.thing_name = reader.string()?,
            "status" => {
                value.status = reader
                    .string()?
                    .map(crate::types::JobExecutionStatus::from);
            }
            "statusDetails" => {
                value.status_details = crate::de::read_details_map(reader)?;
            }
            "queuedAt" => value.queued_at = reader.i64()?.unwrap_or_default(),
            "startedAt" => value.started_at = reader.i64()?,
            "lastUpdatedAt" => value.last_updated_at = reader.i64()?.unwrap_or_default(),
            "approximateSecondsBeforeTimedOut" => {
                value.approximate_seconds_before_timed_out = reader.i64()?;
            }
            "versionNumber" => value.version_number = reader.i64()?.unwrap_or_default(),
            "executionNumber" => value.execution_number = reader.i64()?,
            "jobDocument" => value.job_document = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `JobExecutionState`; `null` reads as `None`.
pub(crate) fn read_job_execution_state(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::JobExecutionState>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("JobExecutionState")? {
        return Ok(None);
    }
    let mut value = crate::types::JobExecutionState::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "status" => {
                value.status = reader
                    .string()?
                    .map(crate::types::JobExecutionStatus::from);
            }
            "statusDetails" => {
                value.status_details = crate::de::read_details_map(reader)?;
            }
            "versionNumber" => value.version_number = reader.i64()?.unwrap_or_default(),
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `JobExecutionSummary`; `null` reads as `None`.
pub(crate) fn read_job_execution_summary(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<crate::types::JobExecutionSummary>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("JobExecutionSummary")? {
        return Ok(None);
    }
    let mut value = crate::types::JobExecutionSummary::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "jobId" => value.job_id = reader.string()?,
            "queuedAt" => value.queued_at = reader.i64()?.unwrap_or_default(),
            "startedAt" => value.started_at = reader.i64()?,
            "lastUpdatedAt" => value.last_updated_at = reader.i64()?.unwrap_or_default(),
            "versionNumber" => value.version_number = reader.i64()?.unwrap_or_default(),
            "executionNumber" => value.execution_number = reader.i64()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the list `JobExecutionSummaryList`; `null` reads as `None`.
pub(crate) fn read_job_execution_summary_list(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<Vec<crate::types::JobExecutionSummary>>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_array("JobExecutionSummaryList")? {
        return Ok(None);
    }
    let mut items = Vec::new();
    while reader.next_element()? {
        if let Some(item) = crate::de::read_job_execution_summary(reader)? {
            items.push(item);
        }
    }
    Ok(Some(items))
}

/// Reads the structure `ResourceNotFoundException`; `null` reads as `None`.
pub(crate) fn read_resource_not_found_exception(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<crate::error::ResourceNotFoundException>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("ResourceNotFoundException")? {
        return Ok(None);
    }
    let mut value = crate::error::ResourceNotFoundException::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `ServiceQuotaExceededException`; `null` reads as `None`.
pub(crate) fn read_service_quota_exceeded_exception(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<crate::error::ServiceQuotaExceededException>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("ServiceQuotaExceededException")? {
        return Ok(None);
    }
    let mut value = crate::error::ServiceQuotaExceededException::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `ServiceUnavailableException`; `null` reads as `None`.
pub(crate) fn read_service_unavailable_exception(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<crate::error::ServiceUnavailableException>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("ServiceUnavailableException")? {
        return Ok(None);
    }
    let mut value = crate::error::ServiceUnavailableException::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `TerminalStateException`; `null` reads as `None`.
pub(crate) fn read_terminal_state_exception(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<crate::error::TerminalStateException>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("TerminalStateException")? {
        return Ok(None);
    }
    let mut value = crate::error::TerminalStateException::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `ThrottlingException`; `null` reads as `None`.
pub(crate) fn read_throttling_exception(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<crate::error::ThrottlingException>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("ThrottlingException")? {
        return Ok(None);
    }
    let mut value = crate::error::ThrottlingException::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            "payload" => value.payload = reader.blob()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `ValidationException`; `null` reads as `None`.
pub(crate) fn read_validation_exception(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<crate::error::ValidationException>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("ValidationException")? {
        return Ok(None);
    }
    let mut value = crate::error::ValidationException::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}
