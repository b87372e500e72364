//! The AWS functions of the rules engine: `aws.partition`, `aws.parseArn` and
//! `aws.isVirtualHostableS3Bucket`.

use std::sync::OnceLock;

use super::partitions::PARTITIONS;
use super::{is_valid_host_label, Document};

/// The result of [`partition`]: the facts of the AWS partition a region belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partition {
    /// The partition name, e.g. `aws`, `aws-cn`, `aws-us-gov`.
    pub name: &'static str,
    /// The DNS suffix of the partition's endpoints, e.g. `amazonaws.com`.
    pub dns_suffix: &'static str,
    /// The DNS suffix of the partition's dual-stack endpoints, e.g. `api.aws`.
    pub dual_stack_dns_suffix: &'static str,
    /// Whether the partition has FIPS endpoints.
    pub supports_fips: bool,
    /// Whether the partition has dual-stack (IPv4 and IPv6) endpoints.
    pub supports_dual_stack: bool,
    /// The region that global endpoints of the partition are signed for.
    pub implicit_global_region: &'static str,
}

impl Partition {
    /// This partition as a [`Document`] object with the attribute names of the rules
    /// engine (`name`, `dnsSuffix`, `dualStackDnsSuffix`, `supportsFIPS`,
    /// `supportsDualStack`, `implicitGlobalRegion`), for [`super::get_attr`].
    pub fn to_document(&self) -> Document {
        super::object([
            ("name", Document::from(self.name)),
            ("dnsSuffix", Document::from(self.dns_suffix)),
            ("dualStackDnsSuffix", Document::from(self.dual_stack_dns_suffix)),
            ("supportsFIPS", Document::from(self.supports_fips)),
            ("supportsDualStack", Document::from(self.supports_dual_stack)),
            ("implicitGlobalRegion", Document::from(self.implicit_global_region)),
        ])
    }
}

/// One partition of the table in `partitions.rs`.
#[derive(Debug)]
pub(crate) struct PartitionData {
    /// The partition id, e.g. `aws`.
    pub(crate) id: &'static str,
    /// The regular expression that region ids of the partition match.
    pub(crate) region_regex: &'static str,
    /// The facts of the partition, unless a region overrides them.
    pub(crate) outputs: Partition,
    /// The known regions of the partition.
    pub(crate) regions: &'static [RegionData],
}

/// One known region of a partition, with the outputs it overrides.
#[derive(Debug)]
pub(crate) struct RegionData {
    /// The region id, e.g. `us-east-1`.
    pub(crate) id: &'static str,
    /// A human-readable description, e.g. `US East (N. Virginia)`.
    pub(crate) description: Option<&'static str>,
    /// The partition outputs this region overrides.
    pub(crate) overrides: RegionOverrides,
}

/// The partition outputs a region may override; `None` keeps the partition's value.
#[derive(Debug, Default)]
pub(crate) struct RegionOverrides {
    pub(crate) name: Option<&'static str>,
    pub(crate) dns_suffix: Option<&'static str>,
    pub(crate) dual_stack_dns_suffix: Option<&'static str>,
    pub(crate) supports_fips: Option<bool>,
    pub(crate) supports_dual_stack: Option<bool>,
    pub(crate) implicit_global_region: Option<&'static str>,
}

impl RegionOverrides {
    fn apply(&self, base: Partition) -> Partition {
        Partition {
            name: self.name.unwrap_or(base.name),
            dns_suffix: self.dns_suffix.unwrap_or(base.dns_suffix),
            dual_stack_dns_suffix: self.dual_stack_dns_suffix.unwrap_or(base.dual_stack_dns_suffix),
            supports_fips: self.supports_fips.unwrap_or(base.supports_fips),
            supports_dual_stack: self.supports_dual_stack.unwrap_or(base.supports_dual_stack),
            implicit_global_region: self.implicit_global_region.unwrap_or(base.implicit_global_region),
        }
    }
}

fn region_regexes() -> &'static [Option<regex_lite::Regex>] {
    static REGEXES: OnceLock<Vec<Option<regex_lite::Regex>>> = OnceLock::new();
    REGEXES.get_or_init(|| {
        PARTITIONS
            .iter()
            // A pattern that does not compile matches no region; the table test
            // checks that every pattern compiles.
            .map(|p| regex_lite::Regex::new(p.region_regex).ok())
            .collect()
    })
}

/// `aws.partition`: the partition that `region` belongs to.
///
/// A region listed in a partition's `regions` gets that partition (with the
/// region's overrides); otherwise the first partition whose `regionRegex` matches;
/// otherwise the `aws` partition, so that new regions resolve before the table
/// knows them. The table is `model/partitions.json`, compiled into this crate.
pub fn partition(region: &str) -> Option<Partition> {
    for data in PARTITIONS {
        if let Some(known) = data.regions.iter().find(|r| r.id == region) {
            return Some(known.overrides.apply(data.outputs));
        }
    }
    let regexes = region_regexes();
    for (data, regex) in PARTITIONS.iter().zip(regexes) {
        if regex.as_ref().is_some_and(|re| re.is_match(region)) {
            return Some(data.outputs);
        }
    }
    PARTITIONS.iter().find(|p| p.id == "aws").map(|p| p.outputs)
}

/// The description of a known region, e.g. `US East (N. Virginia)` for `us-east-1`.
pub fn region_description(region: &str) -> Option<&'static str> {
    PARTITIONS
        .iter()
        .flat_map(|p| p.regions)
        .find(|r| r.id == region)
        .and_then(|r| r.description)
}

/// The result of [`parse_arn`]: the parts of an Amazon Resource Name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arn {
    /// The partition, e.g. `aws`.
    pub partition: String,
    /// The service namespace, e.g. `s3`.
    pub service: String,
    /// The region, possibly empty.
    pub region: String,
    /// The account id, possibly empty.
    pub account_id: String,
    /// The resource part, split on `:` and `/`: `accesspoint/name` gives
    /// `["accesspoint", "name"]`.
    pub resource_id: Vec<String>,
}

impl Arn {
    /// This ARN as a [`Document`] object with the attribute names of the rules engine
    /// (`partition`, `service`, `region`, `accountId`, `resourceId`), for
    /// [`super::get_attr`].
    pub fn to_document(&self) -> Document {
        super::object([
            ("partition", Document::from(self.partition.as_str())),
            ("service", Document::from(self.service.as_str())),
            ("region", Document::from(self.region.as_str())),
            ("accountId", Document::from(self.account_id.as_str())),
            (
                "resourceId",
                Document::Array(self.resource_id.iter().map(|s| Document::from(s.as_str())).collect()),
            ),
        ])
    }
}

/// `aws.parseArn`: splits `arn:partition:service:region:account-id:resource` into
/// its parts.
///
/// Returns `None` unless the value starts with `arn:` and has all six parts, with a
/// non-empty partition, service and resource (region and account id may be empty).
pub fn parse_arn(value: &str) -> Option<Arn> {
    let mut parts = value.splitn(6, ':');
    if parts.next()? != "arn" {
        return None;
    }
    let partition = parts.next()?;
    let service = parts.next()?;
    let region = parts.next()?;
    let account_id = parts.next()?;
    let resource = parts.next()?;
    if partition.is_empty() || service.is_empty() || resource.is_empty() {
        return None;
    }
    Some(Arn {
        partition: partition.to_owned(),
        service: service.to_owned(),
        region: region.to_owned(),
        account_id: account_id.to_owned(),
        resource_id: resource.split([':', '/']).map(str::to_owned).collect(),
    })
}

/// `aws.isVirtualHostableS3Bucket`: whether `value` can be an S3 bucket name in a
/// virtual-hosted-style host name: a valid host label of 3 to 63 lower-case
/// letters, digits and hyphens, starting and ending with a letter or digit, and
/// not an IP address. With `allow_sub_domains`, `value` may be several such labels
/// joined by `.`.
pub fn is_virtual_hostable_s3_bucket(value: &str, allow_sub_domains: bool) -> bool {
    if !is_valid_host_label(value, allow_sub_domains) || looks_like_ipv4(value) {
        return false;
    }
    if allow_sub_domains {
        value.split('.').all(is_bucket_label)
    } else {
        is_bucket_label(value)
    }
}

fn is_bucket_label(label: &str) -> bool {
    let bytes = label.as_bytes();
    let edge = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    (3..=63).contains(&bytes.len())
        && bytes.first().is_some_and(edge)
        && bytes.last().is_some_and(edge)
        && bytes.iter().all(|b| edge(b) || *b == b'-')
}

fn looks_like_ipv4(value: &str) -> bool {
    let parts: Vec<&str> = value.split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partition_of_known_regions() {
        let p = partition("us-east-1").unwrap();
        assert_eq!(p.name, "aws");
        assert_eq!(p.dns_suffix, "amazonaws.com");
        assert_eq!(p.dual_stack_dns_suffix, "api.aws");
        assert!(p.supports_fips && p.supports_dual_stack);
        assert_eq!(p.implicit_global_region, "us-east-1");

        let p = partition("cn-north-1").unwrap();
        assert_eq!(p.name, "aws-cn");
        assert_eq!(p.dns_suffix, "amazonaws.com.cn");
        assert_eq!(p.dual_stack_dns_suffix, "api.amazonwebservices.com.cn");

        assert_eq!(partition("us-gov-west-1").unwrap().name, "aws-us-gov");
        assert_eq!(partition("us-iso-east-1").unwrap().dns_suffix, "c2s.ic.gov");
        assert_eq!(partition("us-isob-east-1").unwrap().dns_suffix, "sc2s.sgov.gov");
        assert_eq!(partition("eu-isoe-west-1").unwrap().name, "aws-iso-e");
        assert_eq!(partition("us-isof-south-1").unwrap().name, "aws-iso-f");
        assert_eq!(partition("eusc-de-east-1").unwrap().name, "aws-eusc");
        assert_eq!(partition("aws-global").unwrap().name, "aws");
        assert_eq!(partition("aws-cn-global").unwrap().name, "aws-cn");
        assert_eq!(region_description("us-east-1"), Some("US East (N. Virginia)"));
    }

    #[test]
    fn partition_by_regex_then_fallback() {
        // Not listed, but matching a partition's pattern.
        assert_eq!(partition("us-gov-north-9").unwrap().name, "aws-us-gov");
        assert_eq!(partition("cn-south-7").unwrap().name, "aws-cn");
        assert_eq!(partition("eu-west-9").unwrap().name, "aws");
        assert_eq!(partition("us-isob-west-3").unwrap().name, "aws-iso-b");
        // Matching nothing: the aws partition.
        assert_eq!(partition("mars-east-1").unwrap().name, "aws");
        assert_eq!(partition("").unwrap().name, "aws");
    }

    #[test]
    fn region_overrides_apply() {
        let base = partition("us-east-1").unwrap();
        let overrides = RegionOverrides {
            dns_suffix: Some("example.org"),
            supports_fips: Some(false),
            ..RegionOverrides::default()
        };
        let p = overrides.apply(base);
        assert_eq!(p.dns_suffix, "example.org");
        assert!(!p.supports_fips);
        assert_eq!(p.name, "aws");
    }

    #[test]
    fn partition_table_matches_model() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../model/partitions.json");
        let text = std::fs::read_to_string(path).expect("model/partitions.json is readable");
        let model: serde_json::Value = serde_json::from_str(&text).unwrap();
        let partitions = model["partitions"].as_array().unwrap();
        assert_eq!(partitions.len(), PARTITIONS.len(), "partition count");
        for (json, data) in partitions.iter().zip(PARTITIONS) {
            assert_eq!(json["id"], data.id);
            assert_eq!(json["regionRegex"], data.region_regex);
            assert!(regex_lite::Regex::new(data.region_regex).is_ok());
            assert_eq!(json["outputs"], data.outputs.to_document(), "outputs of {}", data.id);
            let regions = json["regions"].as_object().unwrap();
            assert_eq!(regions.len(), data.regions.len(), "regions of {}", data.id);
            for region in data.regions {
                let expected = &regions[region.id];
                assert_eq!(expected["description"].as_str(), region.description);
                let applied = region.overrides.apply(data.outputs).to_document();
                for (key, value) in expected.as_object().unwrap() {
                    if key != "description" {
                        assert_eq!(&applied[key], value, "{key} of {}", region.id);
                    }
                }
            }
        }
    }

    #[test]
    fn arns() {
        let arn = parse_arn("arn:aws:s3:us-west-2:123456789012:accesspoint/my-ap").unwrap();
        assert_eq!(arn.partition, "aws");
        assert_eq!(arn.service, "s3");
        assert_eq!(arn.region, "us-west-2");
        assert_eq!(arn.account_id, "123456789012");
        assert_eq!(arn.resource_id, vec!["accesspoint", "my-ap"]);
        let arn = parse_arn("arn:aws:s3:::bucket").unwrap();
        assert_eq!(arn.region, "");
        assert_eq!(arn.account_id, "");
        assert_eq!(arn.resource_id, vec!["bucket"]);
        let arn = parse_arn("arn:aws-us-gov:s3-outposts:us-gov-east-1:1:outpost:op-1:accesspoint/x").unwrap();
        assert_eq!(arn.resource_id, vec!["outpost", "op-1", "accesspoint", "x"]);
        let doc = arn.to_document();
        assert_eq!(
            super::super::get_attr(&doc, "resourceId[2]"),
            Some(&Document::from("accesspoint"))
        );
        assert_eq!(super::super::get_attr(&doc, "resourceId[9]"), None);

        assert_eq!(parse_arn("arn:aws:s3:us-west-2:123456789012"), None);
        assert_eq!(parse_arn("arn:aws:s3:us-west-2:123456789012:"), None);
        assert_eq!(parse_arn("arn::s3:us-west-2:1:bucket"), None);
        assert_eq!(parse_arn("arn:aws::us-west-2:1:bucket"), None);
        assert_eq!(parse_arn("urn:aws:s3:us-west-2:1:bucket"), None);
        assert_eq!(parse_arn("not an arn"), None);
    }

    #[test]
    fn virtual_hostable_buckets() {
        assert!(is_virtual_hostable_s3_bucket("bucket-name", false));
        assert!(is_virtual_hostable_s3_bucket("abc", false));
        assert!(is_virtual_hostable_s3_bucket("123", false));
        assert!(!is_virtual_hostable_s3_bucket("ab", false));
        assert!(!is_virtual_hostable_s3_bucket(&"a".repeat(64), false));
        assert!(!is_virtual_hostable_s3_bucket("Bucket", false));
        assert!(!is_virtual_hostable_s3_bucket("bucket-", false));
        assert!(!is_virtual_hostable_s3_bucket("bucket_name", false));
        assert!(!is_virtual_hostable_s3_bucket("my.bucket", false));
        assert!(is_virtual_hostable_s3_bucket("abc.bucket.name", true));
        // Each label must itself be a bucket-like label of 3 or more characters.
        assert!(!is_virtual_hostable_s3_bucket("my.bucket.name", true));
        assert!(!is_virtual_hostable_s3_bucket("my..bucket", true));
        assert!(!is_virtual_hostable_s3_bucket("my-.bucket", true));
        assert!(!is_virtual_hostable_s3_bucket("my.-bucket", true));
        assert!(!is_virtual_hostable_s3_bucket("192.168.100.200", true));
        assert!(!is_virtual_hostable_s3_bucket("abc.de", true));
    }
}
