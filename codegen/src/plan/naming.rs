//! The one place where model names become Rust names.
//!
//! Splitting at every case change mangles AWS names (heck makes
//! `NotificationARNs` `notification_ar_ns` and `IoT` `io_t`): [`words`] splits
//! them the way a person reads them, and the cases join those words.

/// Words written in mixed case that must stay one word.
const MIXED_CASE_WORDS: &[&str] = &[
    "IoT",
    "IPv4",
    "IPv6",
    "iOS",
    "macOS",
    "OAuth",
    "DynamoDB",
    "GraphQL",
    "MySQL",
    "PostgreSQL",
    "NoSQL",
];

/// Rust keywords that can be used as raw identifiers (`r#type`).
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn", "else", "enum",
    "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move",
    "mut", "override", "priv", "pub", "ref", "return", "static", "struct", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers; they get a trailing underscore.
const NON_RAW_KEYWORDS: &[&str] = &["self", "Self", "crate", "super", "_"];

/// Splits a model name into words: at case changes, digits stay with the word
/// before them, an acronym ends before a capitalised word (`HTTPServer` is
/// `HTTP` `Server`), a plural acronym keeps its `s` (`ARNs`), and the words in
/// `MIXED_CASE_WORDS` are never split.
pub fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    for part in name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        split_part(part, &mut words);
    }
    words
}

/// Splits one run of ASCII letters and digits (one byte per char).
fn split_part(part: &str, words: &mut Vec<String>) {
    let bytes = part.as_bytes();
    let mut start = 0; // Where the word being read starts.
    let mut i = 0;
    while i < bytes.len() {
        if let Some(word) = mixed_case_word_at(bytes, i) {
            // A lowercase run before it is its own word (`enableIoT`); a run of
            // capitals is too (`AWSIoT`), unless the word continues it.
            if start < i {
                words.push(part[start..i].to_owned());
            }
            words.push(word.to_owned());
            i += word.len();
            start = i;
            continue;
        }
        let c = bytes[i];
        let boundary = start < i && {
            let p = bytes[i - 1];
            (p.is_ascii_lowercase() && c.is_ascii_uppercase())
                || (p.is_ascii_digit() && c.is_ascii_uppercase())
                || (p.is_ascii_uppercase()
                    && c.is_ascii_uppercase()
                    && bytes.get(i + 1).is_some_and(|n| n.is_ascii_lowercase())
                    && !is_plural_acronym_end(bytes, i))
        };
        if boundary {
            words.push(part[start..i].to_owned());
            start = i;
        }
        i += 1;
    }
    if start < bytes.len() {
        words.push(part[start..].to_owned());
    }
}

/// `ARNs`: an uppercase run followed by a lone `s` that ends the name or comes
/// before another capital. At index `i` (the last capital) this says not to split.
fn is_plural_acronym_end(bytes: &[u8], i: usize) -> bool {
    bytes.get(i + 1) == Some(&b's')
        && bytes
            .get(i + 2)
            .is_none_or(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

fn mixed_case_word_at(bytes: &[u8], i: usize) -> Option<&'static str> {
    MIXED_CASE_WORDS.iter().copied().find(|word| {
        let word = word.as_bytes();
        bytes[i..].starts_with(word)
            // The word must end at a word boundary: end, capital, digit.
            && bytes.get(i + word.len()).is_none_or(|c| !c.is_ascii_lowercase())
            // and start at one: not in the middle of a lowercase word.
            && (i == 0 || !(bytes[i - 1].is_ascii_lowercase() && word[0].is_ascii_lowercase()))
    })
}

/// `snake_case` for fields, functions and modules, not yet escaped: the
/// [`words`], lowercase, joined by `_`.
pub fn snake_case(name: &str) -> String {
    let mut snake = String::with_capacity(name.len() + 4);
    for word in words(name) {
        if !snake.is_empty() {
            snake.push('_');
        }
        snake.push_str(&word.to_ascii_lowercase());
    }
    if snake.is_empty() {
        "value".to_owned()
    } else {
        snake
    }
}

/// `UpperCamelCase` for types and variants, not yet escaped: the [`words`],
/// each capitalised, joined.
pub fn upper_camel_case(name: &str) -> String {
    let mut camel = String::with_capacity(name.len());
    for word in words(name) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            camel.push(first.to_ascii_uppercase());
            camel.push_str(&chars.as_str().to_ascii_lowercase());
        }
    }
    if camel.is_empty() {
        "Value".to_owned()
    } else {
        camel
    }
}

/// Makes a name usable as a Rust identifier: keywords become raw identifiers
/// (`r#type`) or, where Rust forbids that, take a trailing underscore (`self_`);
/// a leading digit gets a leading underscore or letter.
pub fn escape(name: &str) -> String {
    if NON_RAW_KEYWORDS.contains(&name) {
        return format!("{name}_");
    }
    if RAW_KEYWORDS.contains(&name) {
        return format!("r#{name}");
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        let prefix = if name.starts_with(|c: char| c.is_ascii_uppercase()) {
            "V"
        } else {
            "_"
        };
        return format!("{prefix}{name}");
    }
    name.to_owned()
}

/// The name of the function that reads a shape from a JSON response body
/// (`read_job_execution`); the plan makes it unique.
pub fn reader_fn(shape: &str) -> String {
    format!("read_{}", snake_case(shape))
}

/// The field name of a member, escaped.
pub fn field_name(member: &str) -> String {
    escape(&snake_case(member))
}

/// The type name of a shape, escaped.
pub fn type_name(shape: &str) -> String {
    escape(&upper_camel_case(shape))
}

/// A name without a raw-identifier prefix, for building other names from it
/// (`set_type` from `r#type`).
pub fn unraw(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// An enum variant name from an enum member name or a legacy enum value.
pub fn variant_name(value: &str) -> String {
    let name = upper_camel_case(value);
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{name}")
    } else {
        escape(&name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_aws_names_as_people_read_them() {
        let cases = [
            ("NotificationARNs", "notification_arns", "NotificationArns"),
            ("IoT", "iot", "Iot"),
            ("IoTJobs", "iot_jobs", "IotJobs"),
            ("enableIoTLogging", "enable_iot_logging", "EnableIotLogging"),
            ("IPv4Address", "ipv4_address", "Ipv4Address"),
            ("HTTPServer", "http_server", "HttpServer"),
            ("jobId", "job_id", "JobId"),
            ("ARN", "arn", "Arn"),
            ("S3Bucket", "s3_bucket", "S3Bucket"),
            ("ec2InstanceId", "ec2_instance_id", "Ec2InstanceId"),
            ("IN_PROGRESS", "in_progress", "InProgress"),
            ("TIMED_OUT", "timed_out", "TimedOut"),
            ("t2.micro", "t2_micro", "T2Micro"),
            ("BIN", "bin", "Bin"),
            ("UL", "ul", "Ul"),
            (
                "approximateSecondsBeforeTimedOut",
                "approximate_seconds_before_timed_out",
                "ApproximateSecondsBeforeTimedOut",
            ),
            ("DBClusterARNs", "db_cluster_arns", "DbClusterArns"),
            ("ListAPIsResponse", "list_apis_response", "ListApisResponse"),
            ("errorMessage", "error_message", "ErrorMessage"),
            ("MD5OfBody", "md5_of_body", "Md5OfBody"),
            ("UUIDs", "uuids", "Uuids"),
            ("AWSIoTThing", "aws_iot_thing", "AwsIotThing"),
            ("HTTPSettings", "http_settings", "HttpSettings"),
            ("VPCIPv6Cidr", "vpc_ipv6_cidr", "VpcIpv6Cidr"),
        ];
        for (name, snake, camel) in cases {
            assert_eq!(snake_case(name), snake, "snake case of {name}");
            assert_eq!(upper_camel_case(name), camel, "camel case of {name}");
        }
    }

    #[test]
    fn escapes_keywords() {
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("match"), "r#match");
        assert_eq!(field_name("in"), "r#in");
        assert_eq!(field_name("ref"), "r#ref");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(type_name("Self"), "Self_");
        assert_eq!(field_name("crate"), "crate_");
        assert_eq!(field_name("super"), "super_");
        assert_eq!(variant_name("1xx"), "V1xx");
        assert_eq!(unraw("r#type"), "type");
    }
}
