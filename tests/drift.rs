//! The committed `generated/` crate is what the generator produces today.

#[test]
fn generated_crate_is_up_to_date() {
    let root = xtask::workspace_root();
    let target = xtask::Target::iot_jobs_data();
    let files = target.generate(&root).expect("the model generates");
    let drift = xtask::drift(&root.join(&target.out), &files).expect("the crate directory is readable");
    assert!(
        drift.is_empty(),
        "{} is stale; run `{}` and commit the result:\n{}",
        target.out.display(),
        xtask::CODEGEN_COMMAND,
        drift.diff()
    );
}
