// Code generated from `model/partitions.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The AWS partitions table that `aws.partition` consults.
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
pub(crate) static PARTITIONS: &[PartitionData] = &[
    PartitionData {
        id: "aws",
        region_regex: "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
        outputs: Partition {
            name: "aws",
            dns_suffix: "amazonaws.com",
            dual_stack_dns_suffix: "api.aws",
            supports_fips: true,
            supports_dual_stack: true,
            implicit_global_region: "us-east-1",
        },
        regions: &[
            RegionData {
                id: "af-south-1",
                description: Some("Africa (Cape Town)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ap-east-1",
                description: Some("Asia Pacific (Hong Kong)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ap-east-2",
                description: Some("Asia Pacific (Taipei)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ap-northeast-1",
                description: Some("Asia Pacific (Tokyo)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ap-northeast-2",
                description: Some("Asia Pacific (Seoul)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ap-northeast-3",
                description: Some("Asia Pacific (Osaka)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ap-south-1",
                description: Some("Asia Pacific (Mumbai)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ap-south-2",
                description: Some("Asia Pacific (Hyderabad)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ap-southeast-1",
                description: Some("Asia Pacific (Singapore)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ap-southeast-2",
                description: Some("Asia Pacific (Sydney)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ap-southeast-3",
                description: Some("Asia Pacific (Jakarta)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ap-southeast-4",
                description: Some("Asia Pacific (Melbourne)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ap-southeast-5",
                description: Some("Asia Pacific (Malaysia)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ap-southeast-6",
                description: Some("Asia Pacific (New Zealand)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ap-southeast-7",
                description: Some("Asia Pacific (Thailand)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "aws-global",
                description: Some("aws global region"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ca-central-1",
                description: Some("Canada (Central)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "ca-west-1",
                description: Some("Canada West (Calgary)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "eu-central-1",
                description: Some("Europe (Frankfurt)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "eu-central-2",
                description: Some("Europe (Zurich)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "eu-north-1",
                description: Some("Europe (Stockholm)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "eu-south-1",
                description: Some("Europe (Milan)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "eu-south-2",
                description: Some("Europe (Spain)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "eu-west-1",
                description: Some("Europe (Ireland)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "eu-west-2",
                description: Some("Europe (London)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "eu-west-3",
                description: Some("Europe (Paris)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "il-central-1",
                description: Some("Israel (Tel Aviv)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "me-central-1",
                description: Some("Middle East (UAE)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "me-south-1",
                description: Some("Middle East (Bahrain)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "mx-central-1",
                description: Some("Mexico (Central)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "sa-east-1",
                description: Some("South America (Sao Paulo)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "us-east-1",
                description: Some("US East (N. Virginia)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "us-east-2",
                description: Some("US East (Ohio)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "us-west-1",
                description: Some("US West (N. California)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "us-west-2",
                description: Some("US West (Oregon)"),
                overrides: NO_OVERRIDES,
            },
        ],
    },
    PartitionData {
        id: "aws-cn",
        region_regex: "^cn\\-\\w+\\-\\d+$",
        outputs: Partition {
            name: "aws-cn",
            dns_suffix: "amazonaws.com.cn",
            dual_stack_dns_suffix: "api.amazonwebservices.com.cn",
            supports_fips: true,
            supports_dual_stack: true,
            implicit_global_region: "cn-northwest-1",
        },
        regions: &[
            RegionData {
                id: "aws-cn-global",
                description: Some("aws-cn global region"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "cn-north-1",
                description: Some("China (Beijing)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "cn-northwest-1",
                description: Some("China (Ningxia)"),
                overrides: NO_OVERRIDES,
            },
        ],
    },
    PartitionData {
        id: "aws-eusc",
        region_regex: "^eusc\\-(de)\\-\\w+\\-\\d+$",
        outputs: Partition {
            name: "aws-eusc",
            dns_suffix: "amazonaws.eu",
            dual_stack_dns_suffix: "api.amazonwebservices.eu",
            supports_fips: true,
            supports_dual_stack: true,
            implicit_global_region: "eusc-de-east-1",
        },
        regions: &[
            RegionData {
                id: "eusc-de-east-1",
                description: Some("EU (Germany)"),
                overrides: NO_OVERRIDES,
            },
        ],
    },
    PartitionData {
        id: "aws-iso",
        region_regex: "^us\\-iso\\-\\w+\\-\\d+$",
        outputs: Partition {
            name: "aws-iso",
            dns_suffix: "c2s.ic.gov",
            dual_stack_dns_suffix: "api.aws.ic.gov",
            supports_fips: true,
            supports_dual_stack: true,
            implicit_global_region: "us-iso-east-1",
        },
        regions: &[
            RegionData {
                id: "aws-iso-global",
                description: Some("aws-iso global region"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "us-iso-east-1",
                description: Some("US ISO East"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "us-iso-west-1",
                description: Some("US ISO WEST"),
                overrides: NO_OVERRIDES,
            },
        ],
    },
    PartitionData {
        id: "aws-iso-b",
        region_regex: "^us\\-isob\\-\\w+\\-\\d+$",
        outputs: Partition {
            name: "aws-iso-b",
            dns_suffix: "sc2s.sgov.gov",
            dual_stack_dns_suffix: "api.aws.scloud",
            supports_fips: true,
            supports_dual_stack: true,
            implicit_global_region: "us-isob-east-1",
        },
        regions: &[
            RegionData {
                id: "aws-iso-b-global",
                description: Some("aws-iso-b global region"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "us-isob-east-1",
                description: Some("US ISOB East (Ohio)"),
                overrides: NO_OVERRIDES,
            },
        ],
    },
    PartitionData {
        id: "aws-iso-e",
        region_regex: "^eu\\-isoe\\-\\w+\\-\\d+$",
        outputs: Partition {
            name: "aws-iso-e",
            dns_suffix: "cloud.adc-e.uk",
            dual_stack_dns_suffix: "api.cloud-aws.adc-e.uk",
            supports_fips: true,
            supports_dual_stack: true,
            implicit_global_region: "eu-isoe-west-1",
        },
        regions: &[
            RegionData {
                id: "aws-iso-e-global",
                description: Some("aws-iso-e global region"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "eu-isoe-west-1",
                description: Some("EU ISOE West"),
                overrides: NO_OVERRIDES,
            },
        ],
    },
    PartitionData {
        id: "aws-iso-f",
        region_regex: "^us\\-isof\\-\\w+\\-\\d+$",
        outputs: Partition {
            name: "aws-iso-f",
            dns_suffix: "csp.hci.ic.gov",
            dual_stack_dns_suffix: "api.aws.hci.ic.gov",
            supports_fips: true,
            supports_dual_stack: true,
            implicit_global_region: "us-isof-south-1",
        },
        regions: &[
            RegionData {
                id: "aws-iso-f-global",
                description: Some("aws-iso-f global region"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "us-isof-east-1",
                description: Some("US ISOF EAST"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "us-isof-south-1",
                description: Some("US ISOF SOUTH"),
                overrides: NO_OVERRIDES,
            },
        ],
    },
    PartitionData {
        id: "aws-us-gov",
        region_regex: "^us\\-gov\\-\\w+\\-\\d+$",
        outputs: Partition {
            name: "aws-us-gov",
            dns_suffix: "amazonaws.com",
            dual_stack_dns_suffix: "api.aws",
            supports_fips: true,
            supports_dual_stack: true,
            implicit_global_region: "us-gov-west-1",
        },
        regions: &[
            RegionData {
                id: "aws-us-gov-global",
                description: Some("aws-us-gov global region"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "us-gov-east-1",
                description: Some("AWS GovCloud (US-East)"),
                overrides: NO_OVERRIDES,
            },
            RegionData {
                id: "us-gov-west-1",
                description: Some("AWS GovCloud (US-West)"),
                overrides: NO_OVERRIDES,
            },
        ],
    },
];
