//! The AWS partitions table as Rust source, for `runtime/src/endpoint/partitions.rs`.

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use super::EndpointCodegenError as Error;

/// Rust source (tokens) of the runtime's partitions table
/// (`runtime/src/endpoint/partitions.rs`) from a partitions document with the
/// structure of `model/partitions.json`: `partitions[]` with `id`, `regionRegex`,
/// `outputs` and `regions` (each region's keys other than `description` override
/// the partition's outputs).
pub fn partitions_module(partitions: &Value) -> Result<TokenStream, Error> {
    let list = partitions
        .get("partitions")
        .and_then(Value::as_array)
        .ok_or_else(|| Error::invalid("partitions", "missing or not an array"))?;
    let mut items = Vec::new();
    for (i, partition) in list.iter().enumerate() {
        let at = format!("partitions[{i}]");
        let id = str_field(partition, "id", &at)?;
        let regex = str_field(partition, "regionRegex", &at)?;
        let outputs = partition
            .get("outputs")
            .ok_or_else(|| Error::invalid(&at, "missing `outputs`"))?;
        let out_at = format!("{at}.outputs");
        let name = str_field(outputs, "name", &out_at)?;
        let dns = str_field(outputs, "dnsSuffix", &out_at)?;
        let dual = str_field(outputs, "dualStackDnsSuffix", &out_at)?;
        let global = str_field(outputs, "implicitGlobalRegion", &out_at)?;
        let fips = bool_field(outputs, "supportsFIPS", &out_at)?;
        let dual_stack = bool_field(outputs, "supportsDualStack", &out_at)?;
        let mut regions = Vec::new();
        if let Some(map) = partition.get("regions").and_then(Value::as_object) {
            for (region, facts) in map {
                let r_at = format!("{at}.regions.{region}");
                let description = opt_str(facts.get("description"));
                let mut overrides = Vec::new();
                for (key, value) in facts.as_object().into_iter().flatten() {
                    let field = match key.as_str() {
                        "description" => continue,
                        "name" => quote!(name),
                        "dnsSuffix" => quote!(dns_suffix),
                        "dualStackDnsSuffix" => quote!(dual_stack_dns_suffix),
                        "implicitGlobalRegion" => quote!(implicit_global_region),
                        "supportsFIPS" => quote!(supports_fips),
                        "supportsDualStack" => quote!(supports_dual_stack),
                        other => return Err(Error::unsupported(&r_at, format!("region key `{other}`"))),
                    };
                    let value = match value {
                        Value::String(s) => quote!(#s),
                        Value::Bool(b) => quote!(#b),
                        _ => return Err(Error::invalid(&r_at, format!("`{key}` is not a string or boolean"))),
                    };
                    overrides.push(quote!(#field: Some(#value),));
                }
                let overrides = match overrides.len() {
                    0 => quote!(NO_OVERRIDES),
                    6 => quote!(RegionOverrides { #(#overrides)* }),
                    _ => quote!(RegionOverrides { #(#overrides)* ..NO_OVERRIDES }),
                };
                regions.push(quote! {
                    RegionData {
                        id: #region,
                        description: #description,
                        overrides: #overrides,
                    },
                });
            }
        }
        items.push(quote! {
            PartitionData {
                id: #id,
                region_regex: #regex,
                outputs: Partition {
                    name: #name,
                    dns_suffix: #dns,
                    dual_stack_dns_suffix: #dual,
                    supports_fips: #fips,
                    supports_dual_stack: #dual_stack,
                    implicit_global_region: #global,
                },
                regions: &[#(#regions)*],
            },
        });
    }
    Ok(quote! {
        use super::aws::{Partition, PartitionData, RegionData, RegionOverrides};

        const NO_OVERRIDES: RegionOverrides = RegionOverrides {
            name: None,
            dns_suffix: None,
            dual_stack_dns_suffix: None,
            supports_fips: None,
            supports_dual_stack: None,
            implicit_global_region: None,
        };

        /// The AWS partitions, in the order of `model/partitions.json`.
        pub(crate) static PARTITIONS: &[PartitionData] = &[#(#items)*];
    })
}

fn str_field(value: &Value, key: &str, at: &str) -> Result<String, Error> {
    value
        .get(key)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| Error::invalid(at, format!("`{key}` is missing or not a string")))
}

fn bool_field(value: &Value, key: &str, at: &str) -> Result<bool, Error> {
    value
        .get(key)
        .and_then(Value::as_bool)
        .ok_or_else(|| Error::invalid(at, format!("`{key}` is missing or not a boolean")))
}

fn opt_str(value: Option<&Value>) -> TokenStream {
    match value.and_then(Value::as_str) {
        Some(s) => quote!(Some(#s)),
        None => quote!(None),
    }
}
