//! Rewrites the crates under `generated/` from the fixture models.

fn main() {
    for fixture in pagination_tests::FIXTURES {
        let changed = pagination_tests::sync(fixture, true);
        println!("generated/{fixture}: {} file(s) written or removed", changed.len());
    }
}
