// Code generated from `tests/fixtures/streams_and_prefixes.json` by `cargo xtask codegen`. DO NOT EDIT.

//! `Subscribe` streams events, which this client does not support yet.
/// Fails at once: event streams are not supported yet.
pub(super) async fn send(
    _client: &crate::Client,
    _input: super::SubscribeInput,
) -> Result<super::SubscribeOutput, super::SubscribeError> {
    Err(
        super::SubscribeError::Unhandled(
            ::smithy_runtime::error::UnhandledError::other(
                "`Subscribe` streams events (member `events`), which this client does not support yet; nothing was sent",
            ),
        ),
    )
}
