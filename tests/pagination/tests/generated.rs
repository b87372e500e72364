//! The crates under `generated/` are what the generator makes of the fixture
//! models today.

use pagination_tests::{sync, COMMAND};

#[test]
fn paginators_crate_is_up_to_date() {
    let stale = sync("paginators", false);
    assert!(
        stale.is_empty(),
        "generated/paginators is stale ({stale:?}); run `{COMMAND}`"
    );
}

#[test]
fn waiters_crate_is_up_to_date() {
    let stale = sync("waiters", false);
    assert!(
        stale.is_empty(),
        "generated/waiters is stale ({stale:?}); run `{COMMAND}`"
    );
}

#[test]
fn streaming_crate_is_up_to_date() {
    let stale = sync("streaming", false);
    assert!(
        stale.is_empty(),
        "generated/streaming is stale ({stale:?}); run `{COMMAND}`"
    );
}

#[test]
fn endpoint_params_crate_is_up_to_date() {
    let stale = sync("endpoint_params", false);
    assert!(
        stale.is_empty(),
        "generated/endpoint_params is stale ({stale:?}); run `{COMMAND}`"
    );
}

#[test]
fn big_numbers_crate_is_up_to_date() {
    let stale = sync("big_numbers", false);
    assert!(
        stale.is_empty(),
        "generated/big_numbers is stale ({stale:?}); run `{COMMAND}`"
    );
}
