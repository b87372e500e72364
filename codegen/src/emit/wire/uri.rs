//! The `@http` URI pattern: literal path parts, labels and a literal query.

/// One part of a URI path pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Segment {
    /// Text copied as written (`/things/`).
    Literal(String),
    /// `{name}`, or `{name+}` when greedy.
    Label {
        /// The member name.
        name: String,
        /// Whether the label keeps `/`.
        greedy: bool,
    },
}

/// A parsed URI pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct UriPattern {
    /// The path, in order.
    pub(super) segments: Vec<Segment>,
    /// The literal query after `?`, as written (`x-id=Get`).
    pub(super) query: String,
}

impl UriPattern {
    /// Parses `/things/{thingName}/jobs/{jobId}?x=y`; an unclosed `{` is an error.
    pub(super) fn parse(uri: &str) -> Result<UriPattern, String> {
        let (path, query) = uri.split_once('?').unwrap_or((uri, ""));
        let mut segments = Vec::new();
        let mut rest = path;
        while let Some(open) = rest.find('{') {
            if open > 0 {
                segments.push(Segment::Literal(rest[..open].to_owned()));
            }
            let close = rest[open..]
                .find('}')
                .ok_or_else(|| format!("unclosed label in URI `{uri}`"))?
                + open;
            let label = &rest[open + 1..close];
            let (name, greedy) = match label.strip_suffix('+') {
                Some(name) => (name, true),
                None => (label, false),
            };
            if name.is_empty() {
                return Err(format!("empty label in URI `{uri}`"));
            }
            segments.push(Segment::Label {
                name: name.to_owned(),
                greedy,
            });
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            segments.push(Segment::Literal(rest.to_owned()));
        }
        Ok(UriPattern {
            segments,
            query: query.to_owned(),
        })
    }

    /// The label names, in order.
    pub(super) fn labels(&self) -> impl Iterator<Item = &str> {
        self.segments.iter().filter_map(|s| match s {
            Segment::Label { name, .. } => Some(name.as_str()),
            Segment::Literal(_) => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_labels_greedy_labels_and_query() {
        let pattern = UriPattern::parse("/things/{thingName}/jobs/$next/{key+}?x-id=Get").unwrap();
        assert_eq!(
            pattern.segments,
            vec![
                Segment::Literal("/things/".into()),
                Segment::Label {
                    name: "thingName".into(),
                    greedy: false
                },
                Segment::Literal("/jobs/$next/".into()),
                Segment::Label {
                    name: "key".into(),
                    greedy: true
                },
            ]
        );
        assert_eq!(pattern.query, "x-id=Get");
        assert!(UriPattern::parse("/a/{b").is_err());
    }
}
