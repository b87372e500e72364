//! The crate around the items: `Cargo.toml`, `lib.rs` and the module files that
//! list the items of `types`, `error` and `operation`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{docs, ident, Options};
use crate::plan::{naming, Item, Plan};

/// `Cargo.toml` of the generated crate.
pub(super) fn cargo_toml(plan: &Plan<'_>, options: &Options) -> String {
    let description = format!(
        "A client for {}, generated from its Smithy model.",
        plan.service_title()
    );
    let features: Vec<String> = plan.runtime_features().iter().map(|f| format!("\"{f}\"")).collect();
    let dev_features: Vec<&str> = features.iter().map(String::as_str).chain(["\"test-util\""]).collect();
    format!(
        r#"[package]
name = "{name}"
version = "{version}"
edition = "2021"
rust-version = "1.94.1"
description = "{description}"
publish = false

[dependencies]
serde = {{ version = "1", features = ["derive"] }}
serde_json = "1"
smithy-runtime = {{ path = "{runtime}"{features} }}

[dev-dependencies]
smithy-runtime = {{ path = "{runtime}", features = [{dev_features}] }}
tokio = {{ version = "1", features = ["macros", "rt-multi-thread"] }}
anyhow = "1"
"#,
        name = if options.crate_name.is_empty() {
            plan.default_crate_name()
        } else {
            options.crate_name.clone()
        },
        version = options.crate_version,
        runtime = options.runtime_path,
        features = if features.is_empty() {
            String::new()
        } else {
            format!(", features = [{}]", features.join(", "))
        },
        dev_features = dev_features.join(", "),
    )
}

/// `src/lib.rs`.
pub(super) fn lib_rs(plan: &Plan<'_>, options: &Options) -> TokenStream {
    // Operation errors hold their modeled error (its members and the response's
    // metadata) by value, as the AWS SDKs' do, so that callers match on them
    // directly; large ones make clippy's `result_large_err` fire on every
    // function returning them, hence the crate-level allow.
    let crate_name = if options.crate_name.is_empty() {
        plan.default_crate_name()
    } else {
        options.crate_name.clone()
    };
    let crate_ident = crate_name.replace('-', "_");
    let title = plan.service_title();
    let service_docs = docs::text(plan, plan.service_docs(), "");
    let intro = format!(
        "# {title}\n\n{service_docs}\n\n## Crate layout\n\n\
         - [`Client`]: one method per operation, each returning a builder of the call;\n\
         - [`Config`]: region, endpoint and how the client reaches the service;\n\
         - [`types`]: the structures, enums and unions of the model;\n\
         - [`operation`]: each operation's input, output and error;\n\
         - [`endpoint`]: the endpoint rules of the service, compiled to Rust;\n\
         - [`error`]: the errors the service models, and [`Error`], which every operation error converts into;\n\
         - [`paginator`] and [`waiter`]: helpers for paginated operations and for waiting on a state."
    );
    let example = match plan.operations.first() {
        Some(op) => format!(
            "\n\n## Example\n\n```no_run\n\
             # async fn example() -> Result<(), {krate}::Error> {{\n\
             let config = {krate}::Config::builder().region(\"us-east-1\").build();\n\
             let client = {krate}::Client::new(config);\n\
             // Set the input members with the builder's methods, then send.\n\
             let output = client.{method}().send().await?;\n\
             # let _ = output;\n\
             # Ok(())\n\
             # }}\n\
             ```",
            krate = crate_ident,
            method = op.method,
        ),
        None => String::new(),
    };
    let gaps = if plan.gaps.is_empty() {
        String::new()
    } else {
        let notes: Vec<String> = plan.gaps.iter().map(|g| format!("- {}", g.note())).collect();
        format!(
            "\n\n## Unsupported features\n\nThis crate was generated although the model uses features the \
             generator does not implement:\n\n{}",
            notes.join("\n")
        )
    };
    let intro = docs::inner_lines(&format!("{intro}{gaps}{example}"));
    let de = if super::wire::json_de::needed(plan).is_empty() {
        quote!()
    } else {
        quote!(
            mod de;
        )
    };
    let ser_needed = super::wire::has_ser_module(plan);
    let ser = if ser_needed {
        quote!(
            mod ser;
        )
    } else {
        quote!()
    };
    quote! {
        #intro
        #![deny(missing_docs)]
        #![forbid(unsafe_code)]
        #![allow(clippy::result_large_err)]

        mod client;
        pub mod config;
        #de
        #ser
        pub mod endpoint;
        pub mod error;
        pub mod operation;
        pub mod paginator;
        pub mod types;
        pub mod waiter;

        pub use client::Client;
        pub use config::Config;
        pub use error::Error;
    }
}

/// A module file that declares one submodule per item file and re-exports the
/// items, with their builders under `builders`.
pub(super) fn item_index(doc: &str, items: &[&Item], extra: TokenStream) -> TokenStream {
    let doc = docs::inner_lines(doc);
    let files: Vec<_> = items.iter().map(|i| ident(&naming::escape(&i.file))).collect();
    let names: Vec<_> = items.iter().map(|i| ident(&i.name)).collect();
    let builders: Vec<_> = items
        .iter()
        .filter(|i| i.kind == crate::plan::ItemKind::Struct)
        .map(|i| {
            let file = ident(&naming::escape(&i.file));
            let builder = format_ident!("{}", i.builder);
            quote!(pub use super::#file::#builder;)
        })
        .collect();
    let builders = if builders.is_empty() {
        quote!()
    } else {
        quote! {
            /// The builders of the structures in this module.
            pub mod builders {
                #(#builders)*
            }
        }
    };
    quote! {
        #doc
        #(mod #files;)*
        #(pub use #files::#names;)*
        #builders
        #extra
    }
}

/// `src/operation.rs`: one public module per operation.
pub(super) fn operation_index(plan: &Plan<'_>) -> TokenStream {
    let modules = plan.operations.iter().map(|op| {
        let module = ident(&op.method);
        let doc = docs::lines(&format!("The `{}` operation.", op.name));
        quote!(#doc pub mod #module;)
    });
    quote! {
        //! One module per operation: its input, output, error and call builder.
        #(#modules)*
    }
}

/// `src/paginator.rs` or `src/waiter.rs` of a service that defines none.
pub(super) fn empty_helpers(kind: &str, trait_name: &str) -> TokenStream {
    let doc = docs::inner_lines(&format!(
        "{kind}.\n\nThis service defines none: no operation of its model carries `{trait_name}`, so this module is empty."
    ));
    quote!(#doc)
}
