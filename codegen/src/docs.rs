//! Conversion of Smithy documentation strings (HTML or plain text) into
//! rustdoc-safe Markdown.
//!
//! # Why a hand-written converter
//!
//! Existing crates were evaluated (`htmd`, `html2md`, `mdka`, `fast_html2md`).
//! All of them embed a full HTML5 parser (`html5ever`, `scraper` or
//! `lol_html`), `html2md` is GPL-licensed, current `mdka` needs a newer
//! compiler than the workspace MSRV, and none of them produces output that
//! is safe for `RUSTDOCFLAGS=-D warnings` on its own: code blocks are not
//! marked `text` (so they would run as doctests), bare URLs are not wrapped,
//! `<br>` becomes trailing whitespace, relative links stay relative (and
//! would be read as intra-doc links). Fixing that up would mean parsing their
//! Markdown output a second time. The HTML found in Smithy models is a small,
//! well-known subset (`p`, `code`, `a`, lists, `b`/`i`, `note`, `pre`, `dl`,
//! a few entities, and literal `<placeholder>` text that is *not* markup), so
//! a tag-soup tokenizer, a lenient tree builder and a Markdown renderer that
//! escapes as it goes are smaller, faster to compile, and fully under our
//! control.
//!
//! The pipeline is: `tokenize` → `build_tree` → `Renderer` (tree to
//! `Block`s) → `write_blocks` (blocks to lines).

use std::fmt::Write as _;

/// Base used to make site-relative AWS documentation links (`/iot/latest/...`)
/// absolute.
const AWS_DOCS_BASE: &str = "https://docs.aws.amazon.com";

/// The Markdown of each documentation text the emitters ask for, converted once
/// per generation however many items repeat it (an error's documentation is
/// written on its struct and on every operation error enum that holds it).
/// Emitters run on several threads, hence the lock; a clone starts empty.
#[derive(Debug, Default)]
pub struct MarkdownCache(std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<str>>>);

impl Clone for MarkdownCache {
    fn clone(&self) -> Self {
        MarkdownCache::default()
    }
}

impl MarkdownCache {
    /// [`html_to_markdown`] of `html`, converted on the first request only.
    pub fn markdown(&self, html: &str) -> std::sync::Arc<str> {
        let cached = self.0.lock().unwrap_or_else(|e| e.into_inner()).get(html).cloned();
        if let Some(markdown) = cached {
            return markdown;
        }
        // Converted outside the lock: another thread may convert the same text
        // meanwhile, to the same result.
        let markdown: std::sync::Arc<str> = html_to_markdown(html).into();
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(html.to_owned(), markdown.clone());
        markdown
    }
}

/// Turns a Smithy documentation string (HTML or plain text) into rustdoc Markdown.
///
/// The result has no leading or trailing blank lines, no trailing whitespace,
/// paragraphs separated by one blank line, and is escaped so that rustdoc
/// neither warns (broken intra-doc links, bare URLs, invalid HTML tags) nor
/// runs anything as a doctest (code blocks are fenced as `text`).
pub fn html_to_markdown(html: &str) -> String {
    let tokens = tokenize(html);
    let blocks = if tokens.iter().any(|t| matches!(t, Token::Open { .. } | Token::Close(_))) {
        let tree = build_tree(tokens);
        Renderer.container(&tree)
    } else {
        plain_text_blocks(html)
    };
    write_blocks(&blocks, false).join("\n")
}

// ---------------------------------------------------------------------------
// Tokenizer
// ---------------------------------------------------------------------------

/// Tags that are treated as markup. Anything else that looks like a tag
/// (`<region>`, `<folder name>`, `<commandName>`) is literal text in AWS docs.
const KNOWN_TAGS: &[&str] = &[
    "a",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "fullname",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "important",
    "img",
    "kbd",
    "li",
    "note",
    "ol",
    "p",
    "pre",
    "samp",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
];

/// Elements that never have content.
const VOID_TAGS: &[&str] = &["br", "hr", "img"];

/// Elements rendered as blocks; everything else known is inline.
const BLOCK_TAGS: &[&str] = &[
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "fullname",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "important",
    "li",
    "note",
    "ol",
    "p",
    "pre",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

#[derive(Debug, Clone, PartialEq)]
enum Token {
    /// Decoded text (entities resolved).
    Text(String),
    Open {
        name: &'static str,
        href: Option<String>,
        self_closing: bool,
    },
    Close(&'static str),
}

fn known_tag(name: &str) -> Option<&'static str> {
    KNOWN_TAGS.iter().copied().find(|t| t.eq_ignore_ascii_case(name))
}

fn tokenize(input: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut text = String::new();
    let mut rest = input;
    while let Some(pos) = rest.find(['<', '&']) {
        text.push_str(&rest[..pos]);
        rest = &rest[pos..];
        if rest.starts_with('&') {
            let (decoded, len) = decode_entity(rest);
            text.push_str(&decoded);
            rest = &rest[len..];
            continue;
        }
        if let Some(end) = skip_comment_like(rest) {
            rest = &rest[end..];
            continue;
        }
        match parse_tag(rest) {
            Some((token, len)) => {
                if !text.is_empty() {
                    tokens.push(Token::Text(std::mem::take(&mut text)));
                }
                tokens.push(token);
                rest = &rest[len..];
            }
            None => {
                text.push('<');
                rest = &rest[1..];
            }
        }
    }
    text.push_str(rest);
    if !text.is_empty() {
        tokens.push(Token::Text(text));
    }
    tokens
}

/// `<!-- ... -->`, `<!DOCTYPE ...>`, `<?...?>`: returns the length to skip.
fn skip_comment_like(s: &str) -> Option<usize> {
    if let Some(body) = s.strip_prefix("<!--") {
        return Some(body.find("-->").map_or(s.len(), |i| 4 + i + 3));
    }
    if s.starts_with("<!") || s.starts_with("<?") {
        return Some(s.find('>').map_or(s.len(), |i| i + 1));
    }
    None
}

/// Parses a known tag at the start of `s` (which starts with `<`).
fn parse_tag(s: &str) -> Option<(Token, usize)> {
    let bytes = s.as_bytes();
    let mut i = 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i == name_start || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = known_tag(&s[name_start..i])?;
    // Attributes, up to the closing `>` (quoted values may contain `>`).
    let mut href = None;
    let mut self_closing = false;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        match bytes.get(i) {
            None => return None,
            Some(b'>') => {
                i += 1;
                break;
            }
            Some(b'/') if bytes.get(i + 1) == Some(&b'>') => {
                self_closing = true;
                i += 2;
                break;
            }
            Some(_) if closing => return None,
            Some(_) => {}
        }
        let attr_start = i;
        while i < bytes.len() && !matches!(bytes[i], b'=' | b'>' | b'/') && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i == attr_start {
            // A stray `/` or other junk: not a tag we understand.
            return None;
        }
        let attr = &s[attr_start..i];
        let mut value = None;
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = s[i + 1..].find(q as char)? + i + 1;
                    value = Some(&s[i + 1..end]);
                    i = end + 1;
                }
                _ => {
                    let start = i;
                    while i < bytes.len() && bytes[i] != b'>' && !bytes[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    value = Some(&s[start..i]);
                }
            }
        }
        if name == "a" && attr.eq_ignore_ascii_case("href") {
            href = value.map(decode_entities);
        }
    }
    let token = if closing {
        Token::Close(name)
    } else {
        Token::Open {
            name,
            href,
            self_closing,
        }
    };
    Some((token, i))
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let (decoded, len) = decode_entity(&rest[pos..]);
        out.push_str(&decoded);
        rest = &rest[pos + len..];
    }
    out.push_str(rest);
    out
}

/// Decodes the entity at the start of `s` (which starts with `&`). Returns the
/// text and the number of bytes consumed; an unknown entity is a literal `&`.
fn decode_entity(s: &str) -> (String, usize) {
    let literal = ("&".to_owned(), 1);
    let Some(semi) = s[1..].find(';').map(|i| i + 1) else {
        return literal;
    };
    let body = &s[1..semi];
    if body.is_empty() || body.len() > 10 {
        return literal;
    }
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse().ok(),
        };
        code.and_then(char::from_u32)
    } else {
        named_entity(body)
    };
    match c {
        Some(c) => (c.to_string(), semi + 1),
        None => literal,
    }
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '\u{2013}',
        "mdash" => '\u{2014}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "ldquo" => '\u{201c}',
        "rdquo" => '\u{201d}',
        "hellip" => '\u{2026}',
        "bull" => '\u{2022}',
        "middot" => '\u{b7}',
        "times" => '\u{d7}',
        "copy" => '\u{a9}',
        "reg" => '\u{ae}',
        "trade" => '\u{2122}',
        "rarr" => '\u{2192}',
        "larr" => '\u{2190}',
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// Tree builder (lenient, like a browser for the subset we care about)
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Node {
    Text(String),
    Element(Element),
}

#[derive(Debug, Clone, PartialEq)]
struct Element {
    name: &'static str,
    href: Option<String>,
    children: Vec<Node>,
}

fn is_block(name: &str) -> bool {
    BLOCK_TAGS.contains(&name)
}

fn build_tree(tokens: Vec<Token>) -> Vec<Node> {
    // stack[0] is the synthetic root.
    let mut stack: Vec<Element> = vec![Element {
        name: "",
        href: None,
        children: Vec::new(),
    }];

    fn close_top(stack: &mut Vec<Element>) {
        let el = stack.pop().expect("never pops the root");
        stack.last_mut().expect("root").children.push(Node::Element(el));
    }
    /// Index of the innermost open `target` that is not shielded by one of `barriers`.
    fn find_open(stack: &[Element], targets: &[&str], barriers: &[&str]) -> Option<usize> {
        for (i, el) in stack.iter().enumerate().skip(1).rev() {
            if targets.contains(&el.name) {
                return Some(i);
            }
            if barriers.contains(&el.name) {
                return None;
            }
        }
        None
    }
    fn close_to(stack: &mut Vec<Element>, index: usize) {
        while stack.len() > index {
            close_top(stack);
        }
    }

    for token in tokens {
        match token {
            Token::Text(text) => stack.last_mut().expect("root").children.push(Node::Text(text)),
            Token::Open {
                name,
                href,
                self_closing,
            } => {
                // Implied end tags: a block closes an open paragraph, a new
                // list item closes the previous one, and so on.
                const CONTAINERS: &[&str] = &[
                    "li",
                    "dd",
                    "dt",
                    "note",
                    "important",
                    "blockquote",
                    "div",
                    "td",
                    "th",
                    "ul",
                    "ol",
                    "dl",
                ];
                if is_block(name) {
                    if let Some(i) = find_open(&stack, &["p"], CONTAINERS) {
                        close_to(&mut stack, i);
                    }
                }
                match name {
                    "li" => {
                        if let Some(i) = find_open(&stack, &["li"], &["ul", "ol"]) {
                            close_to(&mut stack, i);
                        }
                    }
                    "dt" | "dd" => {
                        if let Some(i) = find_open(&stack, &["dt", "dd"], &["dl"]) {
                            close_to(&mut stack, i);
                        }
                    }
                    "tr" | "td" | "th" => {
                        let targets: &[&str] = if name == "tr" { &["tr"] } else { &["td", "th"] };
                        if let Some(i) = find_open(&stack, targets, &["table"]) {
                            close_to(&mut stack, i);
                        }
                    }
                    _ => {}
                }
                stack.push(Element {
                    name,
                    href,
                    children: Vec::new(),
                });
                if self_closing || VOID_TAGS.contains(&name) {
                    close_top(&mut stack);
                }
            }
            Token::Close(name) => {
                if let Some(i) = stack.iter().skip(1).rposition(|el| el.name == name) {
                    close_to(&mut stack, i + 1);
                }
                // A stray end tag (no matching open element) is ignored.
            }
        }
    }
    close_to(&mut stack, 1);
    stack.pop().expect("root").children
}

// ---------------------------------------------------------------------------
// Markdown model
// ---------------------------------------------------------------------------

/// A Markdown block. `Para` holds already-escaped inline Markdown, one string
/// per line (lines are joined by hard breaks).
#[derive(Debug, Clone, PartialEq)]
enum Block {
    Para(Vec<String>),
    List { ordered: bool, items: Vec<Vec<Block>> },
    Code(String),
    Quote(Vec<Block>),
}

/// Builds one paragraph's inline Markdown, collapsing whitespace across nodes.
#[derive(Default)]
struct Inline {
    out: String,
    /// Inside a link label: URLs stay plain text (an autolink inside a link
    /// would break the outer link; rustdoc does not lint URLs in labels).
    in_link: bool,
    pending_space: bool,
    leading_space: bool,
}

impl Inline {
    fn space(&mut self) {
        if self.out.is_empty() {
            self.leading_space = true;
        } else {
            self.pending_space = true;
        }
    }

    /// Appends already-escaped Markdown.
    fn raw(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        if self.pending_space && !self.out.ends_with('\n') {
            self.out.push(' ');
        }
        self.pending_space = false;
        self.out.push_str(s);
    }

    fn line_break(&mut self) {
        self.pending_space = false;
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    /// Appends text, collapsing whitespace, escaping it and wrapping bare URLs.
    fn text(&mut self, text: &str) {
        let starts_ws = text.starts_with(|c: char| c.is_ascii_whitespace());
        let ends_ws = text.ends_with(|c: char| c.is_ascii_whitespace());
        if starts_ws {
            self.space();
        }
        let mut first = true;
        for word in text.split_ascii_whitespace() {
            if !first {
                self.space();
            }
            first = false;
            if self.in_link {
                let mut escaped = String::with_capacity(word.len());
                escape_text_into(word, &mut escaped);
                self.raw(&escaped);
            } else {
                self.raw(&escape_word(word));
            }
        }
        if ends_ws && !first {
            self.space();
        }
    }

    fn is_empty(&self) -> bool {
        self.out.trim().is_empty()
    }

    /// Finishes into lines, with line-start escaping applied.
    fn into_lines(self) -> Vec<String> {
        self.out
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(escape_line_start)
            .collect()
    }
}

/// Escapes one whitespace-free word of text; `http(s)://` URLs become
/// autolinks so rustdoc's `bare_urls` lint stays quiet.
fn escape_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 8);
    let mut rest = word;
    while let Some(pos) = find_url(rest) {
        escape_text_into(&rest[..pos], &mut out);
        let url_len = url_len(&rest[pos..]);
        let url = &rest[pos..pos + url_len];
        out.push('<');
        out.push_str(url);
        out.push('>');
        rest = &rest[pos + url_len..];
    }
    escape_text_into(rest, &mut out);
    out
}

fn find_url(s: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = s[from..].find("http") {
        let at = from + i;
        let tail = &s[at..];
        let scheme = if tail.starts_with("https://") {
            8
        } else if tail.starts_with("http://") {
            7
        } else {
            0
        };
        if scheme > 0 && url_len(tail) > scheme {
            return Some(at);
        }
        from = at + 4;
    }
    None
}

/// Length of the URL at the start of `s`, without trailing punctuation.
fn url_len(s: &str) -> usize {
    let end = s
        .find(|c: char| matches!(c, '<' | '>' | '"' | '`') || c.is_whitespace())
        .unwrap_or(s.len());
    let mut url = &s[..end];
    loop {
        let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '*']);
        // Drop an unbalanced closing bracket: `(see http://x/y)`.
        let trimmed = match trimmed.chars().last() {
            Some(c @ (')' | ']')) => {
                let open = if c == ')' { '(' } else { '[' };
                if trimmed.matches(open).count() < trimmed.matches(c).count() {
                    &trimmed[..trimmed.len() - 1]
                } else {
                    trimmed
                }
            }
            _ => trimmed,
        };
        if trimmed.len() == url.len() {
            break;
        }
        url = trimmed;
    }
    url.len()
}

/// Escapes characters that Markdown or rustdoc would interpret.
fn escape_text_into(s: &str, out: &mut String) {
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '[' | ']' | '~' | '|' => {
                out.push('\\');
                out.push(c);
            }
            // Intraword `_` (snake_case) cannot start or end emphasis.
            '_' => {
                let alnum = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric());
                let intraword = i > 0 && alnum(chars.get(i - 1)) && alnum(chars.get(i + 1));
                if !intraword {
                    out.push('\\');
                }
                out.push('_');
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // Only where it could be read as the start of an entity.
            '&' if chars.get(i + 1).is_some_and(|c| c.is_ascii_alphanumeric() || *c == '#') => {
                out.push_str("&amp;");
            }
            _ => out.push(c),
        }
    }
}

/// Escapes what would start a heading, list, block quote, etc. at the start of
/// a line.
fn escape_line_start(line: &str) -> String {
    let first = line.chars().next();
    if matches!(first, Some('#' | '-' | '+' | '=' | ':')) {
        return format!("\\{line}");
    }
    // `1.` / `1)` would start an ordered list.
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && matches!(line.as_bytes().get(digits), Some(b'.' | b')')) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line.to_owned()
}

/// Renders `code` as an inline code span that survives backticks in the code.
fn code_span(code: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in code.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{code}{pad}{fence}")
}

/// Makes a link target usable in `[text](target)`, or `None` if it would be
/// misread (relative links look like intra-doc links to rustdoc).
fn link_target(href: &str) -> Option<String> {
    let href = href.trim();
    let absolute = if href.starts_with("https://") || href.starts_with("http://") {
        href.to_owned()
    } else if href.starts_with('/') && !href.starts_with("//") {
        format!("{AWS_DOCS_BASE}{href}")
    } else {
        return None;
    };
    let mut out = String::with_capacity(absolute.len());
    for c in absolute.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '`' => out.push_str("%60"),
            c if c.is_whitespace() || c.is_control() => {}
            c => out.push(c),
        }
    }
    Some(out)
}

/// All the text below `nodes`, entities already decoded.
fn text_content(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(t) => out.push_str(t),
            Node::Element(el) if el.name == "br" => out.push('\n'),
            Node::Element(el) => text_content(&el.children, out),
        }
    }
}

fn collapse_whitespace(s: &str) -> String {
    s.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------------------
// Renderer: tree → blocks
// ---------------------------------------------------------------------------

struct Renderer;

impl Renderer {
    /// Renders the children of a block container.
    fn container(&self, nodes: &[Node]) -> Vec<Block> {
        let mut blocks = Vec::new();
        let mut inline = Inline::default();
        let mut stray_items: Vec<Vec<Block>> = Vec::new();
        for node in nodes {
            match node {
                Node::Element(el) if is_block(el.name) => {
                    flush(&mut inline, &mut blocks);
                    if el.name == "li" {
                        // `<li>` outside a list: gather consecutive ones into a list.
                        let item = self.container(&el.children);
                        if !item.is_empty() {
                            stray_items.push(item);
                        }
                        continue;
                    }
                    if !stray_items.is_empty() {
                        blocks.push(Block::List {
                            ordered: false,
                            items: std::mem::take(&mut stray_items),
                        });
                    }
                    self.block(el, &mut blocks);
                }
                Node::Text(t) if !stray_items.is_empty() && t.trim().is_empty() => {}
                _ => {
                    if !stray_items.is_empty() {
                        blocks.push(Block::List {
                            ordered: false,
                            items: std::mem::take(&mut stray_items),
                        });
                    }
                    self.inline(node, &mut inline);
                }
            }
        }
        flush(&mut inline, &mut blocks);
        if !stray_items.is_empty() {
            blocks.push(Block::List {
                ordered: false,
                items: stray_items,
            });
        }
        blocks
    }

    fn block(&self, el: &Element, blocks: &mut Vec<Block>) {
        match el.name {
            "ul" | "ol" => {
                let mut items = Vec::new();
                let mut inline = Inline::default();
                for child in &el.children {
                    match child {
                        Node::Element(li) if li.name == "li" => {
                            push_inline_item(&mut inline, &mut items);
                            let item = self.container(&li.children);
                            if !item.is_empty() {
                                items.push(item);
                            }
                        }
                        Node::Element(c) if is_block(c.name) => {
                            push_inline_item(&mut inline, &mut items);
                            let mut item = Vec::new();
                            self.block(c, &mut item);
                            if !item.is_empty() {
                                items.push(item);
                            }
                        }
                        other => self.inline(other, &mut inline),
                    }
                }
                push_inline_item(&mut inline, &mut items);
                if !items.is_empty() {
                    blocks.push(Block::List {
                        ordered: el.name == "ol",
                        items,
                    });
                }
            }
            "dl" => {
                // Each `<dt>` starts an item (term in bold); `<dd>`s follow in it.
                let mut items: Vec<Vec<Block>> = Vec::new();
                for child in &el.children {
                    match child {
                        Node::Element(dt) if dt.name == "dt" => {
                            let mut inline = Inline::default();
                            self.emphasis("**", &dt.children, &mut inline);
                            let lines = inline.into_lines();
                            items.push(if lines.is_empty() {
                                Vec::new()
                            } else {
                                vec![Block::Para(lines)]
                            });
                        }
                        Node::Element(c) => {
                            let mut content = if c.name == "dd" {
                                self.container(&c.children)
                            } else {
                                self.container(std::slice::from_ref(child))
                            };
                            match items.last_mut() {
                                Some(item) => item.append(&mut content),
                                None if !content.is_empty() => items.push(content),
                                None => {}
                            }
                        }
                        Node::Text(t) if t.trim().is_empty() => {}
                        Node::Text(_) => {
                            let mut content = self.container(std::slice::from_ref(child));
                            match items.last_mut() {
                                Some(item) => item.append(&mut content),
                                None => items.push(content),
                            }
                        }
                    }
                }
                items.retain(|item| !item.is_empty());
                if !items.is_empty() {
                    blocks.push(Block::List { ordered: false, items });
                }
            }
            "pre" => {
                let mut code = String::new();
                text_content(&el.children, &mut code);
                let code = dedent(&code);
                if !code.is_empty() {
                    blocks.push(Block::Code(code));
                }
            }
            "note" | "important" | "blockquote" => {
                let mut inner = self.container(&el.children);
                let label = match el.name {
                    "note" => Some("**Note:**"),
                    "important" => Some("**Important:**"),
                    _ => None,
                };
                if let Some(label) = label {
                    match inner.first_mut() {
                        Some(Block::Para(lines)) => lines[0] = format!("{label} {}", lines[0]),
                        _ => inner.insert(0, Block::Para(vec![label.to_owned()])),
                    }
                }
                if !inner.is_empty() {
                    blocks.push(Block::Quote(inner));
                }
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "dt" => {
                let mut inline = Inline::default();
                self.emphasis("**", &el.children, &mut inline);
                flush(&mut inline, blocks);
            }
            "hr" => {}
            "tr" => {
                // Cells of a row become one paragraph, separated by spaces.
                let mut inline = Inline::default();
                for cell in &el.children {
                    match cell {
                        Node::Element(c) if matches!(c.name, "td" | "th") => {
                            for n in &c.children {
                                self.inline(n, &mut inline);
                            }
                            inline.space();
                        }
                        other => self.inline(other, &mut inline),
                    }
                }
                flush(&mut inline, blocks);
            }
            // p, div, fullname, dd, table sections, td/th outside rows...
            _ => blocks.extend(self.container(&el.children)),
        }
    }

    fn inline(&self, node: &Node, out: &mut Inline) {
        let el = match node {
            Node::Text(t) => return out.text(t),
            Node::Element(el) => el,
        };
        match el.name {
            "br" => out.line_break(),
            "code" | "tt" | "kbd" | "samp" => {
                let mut code = String::new();
                text_content(&el.children, &mut code);
                let starts_ws = code.starts_with(|c: char| c.is_ascii_whitespace());
                let ends_ws = code.ends_with(|c: char| c.is_ascii_whitespace());
                let code = collapse_whitespace(&code);
                if starts_ws {
                    out.space();
                }
                if !code.is_empty() {
                    out.raw(&code_span(&code));
                }
                if ends_ws {
                    out.space();
                }
            }
            "b" | "strong" => self.emphasis("**", &el.children, out),
            "i" | "em" | "var" => self.emphasis("*", &el.children, out),
            "a" => {
                let target = el.href.as_deref().and_then(link_target);
                let mut text = Inline {
                    in_link: out.in_link || target.is_some(),
                    ..Inline::default()
                };
                for n in &el.children {
                    self.inline(n, &mut text);
                }
                let leading = text.leading_space;
                let trailing = text.pending_space;
                // A link text cannot hold a line break.
                let label = text.out.replace('\n', " ");
                let label = label.trim();
                let mut plain = String::new();
                text_content(&el.children, &mut plain);
                if leading {
                    out.space();
                }
                match target {
                    Some(_) if out.in_link => out.raw(label),
                    Some(url)
                        if label.is_empty()
                            || plain.trim() == el.href.as_deref().unwrap_or("").trim()
                            || plain.trim() == url =>
                    {
                        out.raw(&format!("<{url}>"));
                    }
                    Some(url) => out.raw(&format!("[{label}]({url})")),
                    None => out.raw(label),
                }
                if trailing {
                    out.space();
                }
            }
            // Other known inline elements (span, u, sup, ...) and block
            // elements reached from inline context: just their content.
            _ => {
                for n in &el.children {
                    self.inline(n, out);
                }
            }
        }
    }

    /// `**bold**` / `*italic*`, with surrounding whitespace moved outside the
    /// delimiters (`** x**` would not be emphasis).
    fn emphasis(&self, delim: &str, children: &[Node], out: &mut Inline) {
        let mut inner = Inline {
            in_link: out.in_link,
            ..Inline::default()
        };
        for n in children {
            self.inline(n, &mut inner);
        }
        if inner.leading_space {
            out.space();
        }
        let lines: Vec<String> = inner
            .out
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                out.line_break();
            }
            out.raw(&format!("{delim}{line}{delim}"));
        }
        if inner.pending_space {
            out.space();
        }
    }
}

fn flush(inline: &mut Inline, blocks: &mut Vec<Block>) {
    let inline = std::mem::take(inline);
    if !inline.is_empty() {
        blocks.push(Block::Para(inline.into_lines()));
    }
}

fn push_inline_item(inline: &mut Inline, items: &mut Vec<Vec<Block>>) {
    let mut blocks = Vec::new();
    flush(inline, &mut blocks);
    if !blocks.is_empty() {
        items.push(blocks);
    }
}

/// Removes leading/trailing blank lines, trailing whitespace and the common
/// indentation of a `<pre>` block.
fn dedent(code: &str) -> String {
    let lines: Vec<&str> = code.lines().map(str::trim_end).collect();
    let start = lines.iter().position(|l| !l.is_empty()).unwrap_or(lines.len());
    let end = lines.iter().rposition(|l| !l.is_empty()).map_or(start, |i| i + 1);
    let lines = &lines[start..end];
    let indent = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        // `indent` bytes are all ASCII whitespace in every non-empty line.
        out.push_str(line.get(indent..).unwrap_or(""));
    }
    out
}

/// Plain text (no markup at all): paragraphs are separated by blank lines.
fn plain_text_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut para = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if !para.is_empty() {
                let mut inline = Inline::default();
                inline.text(&para.join(" "));
                flush(&mut inline, &mut blocks);
                para.clear();
            }
        } else {
            para.push(line);
        }
    }
    blocks
}

// ---------------------------------------------------------------------------
// Writer: blocks → lines
// ---------------------------------------------------------------------------

/// Renders blocks as lines ("" is a blank line). Inside a list item
/// (`in_item`), a list directly follows a paragraph without a blank line so
/// that simple nested lists stay tight.
fn write_blocks(blocks: &[Block], in_item: bool) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            let tight = in_item && matches!(blocks[i - 1], Block::Para(_)) && matches!(block, Block::List { .. });
            if !tight {
                lines.push(String::new());
            }
        }
        match block {
            Block::Para(para) => {
                let last = para.len().saturating_sub(1);
                for (j, line) in para.iter().enumerate() {
                    // A trailing backslash is a hard line break (no trailing spaces).
                    lines.push(if j < last { format!("{line}\\") } else { line.clone() });
                }
            }
            Block::Code(code) => {
                let mut longest = 0;
                let mut run = 0;
                for c in code.chars() {
                    run = if c == '`' { run + 1 } else { 0 };
                    longest = longest.max(run);
                }
                let fence = "`".repeat((longest + 1).max(3));
                lines.push(format!("{fence}text"));
                lines.extend(code.lines().map(str::to_owned));
                lines.push(fence);
            }
            Block::Quote(inner) => {
                for line in write_blocks(inner, false) {
                    lines.push(if line.is_empty() {
                        ">".to_owned()
                    } else {
                        format!("> {line}")
                    });
                }
            }
            Block::List { ordered, items } => {
                let rendered: Vec<Vec<String>> = items.iter().map(|item| write_blocks(item, true)).collect();
                let loose = rendered.iter().any(|item| item.iter().any(String::is_empty));
                for (n, item) in rendered.iter().enumerate() {
                    if n > 0 && loose {
                        lines.push(String::new());
                    }
                    let mut marker = String::new();
                    if *ordered {
                        let _ = write!(marker, "{}. ", n + 1);
                    } else {
                        marker.push_str("- ");
                    }
                    let pad = " ".repeat(marker.len());
                    for (j, line) in item.iter().enumerate() {
                        lines.push(match (j, line.is_empty()) {
                            (0, _) => format!("{marker}{line}"),
                            (_, true) => String::new(),
                            _ => format!("{pad}{line}"),
                        });
                    }
                }
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::html_to_markdown as md;

    #[test]
    fn paragraphs_and_whitespace() {
        assert_eq!(
            md("<p>Hello\n      world.  </p>\n   <p> Second   one.</p>"),
            "Hello world.\n\nSecond one."
        );
        assert_eq!(md("  <p></p><p>\n</p>  "), "");
        assert_eq!(md(""), "");
    }

    #[test]
    fn plain_text() {
        assert_eq!(md("Max Results."), "Max Results.");
        assert_eq!(
            md("ARN of Taggable resources: [session]"),
            "ARN of Taggable resources: \\[session\\]"
        );
        assert_eq!(
            md("line one\nline two\n\n  next para "),
            "line one line two\n\nnext para"
        );
        assert_eq!(md("a * b _c_ snake_case"), "a \\* b \\_c\\_ snake_case");
    }

    #[test]
    fn inline_code() {
        assert_eq!(md("<p>Use <code>GetFoo</code>.</p>"), "Use `GetFoo`.");
        assert_eq!(md("<p><code>a`b</code></p>"), "``a`b``");
        assert_eq!(md("<p><code>`x`</code></p>"), "`` `x` ``");
        // Markup-like text inside code stays literal.
        assert_eq!(
            md("<p><code>arn:aws:iot:<region>:<accountid>:command/<commandName></code></p>"),
            "`arn:aws:iot:<region>:<accountid>:command/<commandName>`"
        );
        assert_eq!(md("<p><code>a &lt;b&gt; [c] *d*</code></p>"), "`a <b> [c] *d*`");
        assert_eq!(md("<p>x<code> y </code>z</p>"), "x `y` z");
        assert_eq!(md("<p><code>\n  {\n  \"a\": 1\n  }\n</code></p>"), "`{ \"a\": 1 }`");
        assert_eq!(md("<p>a<code></code>b</p>"), "ab");
    }

    #[test]
    fn links() {
        assert_eq!(
            md(r#"<p>See <a href="https://docs.aws.amazon.com/x.html">the guide</a>.</p>"#),
            "See [the guide](https://docs.aws.amazon.com/x.html)."
        );
        assert_eq!(
            md(r#"<p>See <a href="/iot/latest/developerguide/x.html"> IoT </a>now</p>"#),
            "See [IoT](https://docs.aws.amazon.com/iot/latest/developerguide/x.html) now"
        );
        // Relative links and anchors would be read as intra-doc links: text only.
        assert_eq!(
            md(r##"<p><a href="x.html">X</a> and <a href="#y">Y</a> and <a>Z</a></p>"##),
            "X and Y and Z"
        );
        // Link text that is the URL itself becomes an autolink.
        assert_eq!(
            md(r#"<p>at <a href="https://www.w3.org/a#b">https://www.w3.org/a#b</a>.</p>"#),
            "at <https://www.w3.org/a#b>."
        );
        assert_eq!(
            md(r#"<a href="https://e.com/a b(c)"><code>F</code> [x]</a>"#),
            "[`F` \\[x\\]](https://e.com/a%20b%28c%29)"
        );
        // URLs inside a link label stay plain (no autolink inside a link).
        assert_eq!(
            md(r#"<a href="https://a.com/y">see https://a.com/x</a>"#),
            "[see https://a.com/x](https://a.com/y)"
        );
        assert_eq!(md(r#"<a href="x.html">https://a.com</a>"#), "<https://a.com>");
        assert_eq!(
            md(r#"<a href="https://a.com/y">a <a href="https://b.com">b</a></a>"#),
            "[a b](https://a.com/y)"
        );
        assert_eq!(
            md(r#"<a href="https://e.com/?a=1&amp;b=2">q</a>"#),
            "[q](https://e.com/?a=1&b=2)"
        );
    }

    #[test]
    fn bare_urls() {
        assert_eq!(
            md("<p>Go to https://example.com/a_b.</p>"),
            "Go to <https://example.com/a_b>."
        );
        assert_eq!(
            md("(see http://x.org/y) or http:// alone"),
            "(see <http://x.org/y>) or http:// alone"
        );
    }

    #[test]
    fn bold_italic() {
        assert_eq!(
            md("<p><b>Endpoints</b> are <i>fast </i>and<b> </b>x</p>"),
            "**Endpoints** are *fast* and x"
        );
        assert_eq!(md("<p>a <strong>b</strong> <em>c</em></p>"), "a **b** *c*");
        assert_eq!(md("<p>foo<b>bar</b>baz</p>"), "foo**bar**baz");
    }

    #[test]
    fn lists() {
        assert_eq!(
            md("<p>Values:</p><ul>\n<li>\n<p><code>A</code> - one</p>\n</li>\n<li><p>two</p></li></ul>"),
            "Values:\n\n- `A` - one\n- two"
        );
        assert_eq!(
            md("<ul><li>one<ul><li>nested <b>x</b></li><li>n2</li></ul></li><li>two</li></ul>"),
            "- one\n  - nested **x**\n  - n2\n- two"
        );
        assert_eq!(md("<ol><li>first</li><li>second</ol>"), "1. first\n2. second");
        // Multi-paragraph items make the list loose, continuation is indented.
        assert_eq!(md("<ul><li><p>a</p><p>b</p></li><li>c</li></ul>"), "- a\n\n  b\n\n- c");
        // Unclosed <li>s and <li> without a list.
        assert_eq!(md("<ul><li>a<li>b</ul><li>c</li><li>d</li>"), "- a\n- b\n\n- c\n- d");
        // List-like text at the start of a line is escaped.
        assert_eq!(
            md("<p>- not a list</p><p>1. nor this</p><p># nor a heading</p>"),
            "\\- not a list\n\n1\\. nor this\n\n\\# nor a heading"
        );
    }

    #[test]
    fn notes() {
        assert_eq!(
            md("<note><p>Be careful.</p><p>Really.</p></note>"),
            "> **Note:** Be careful.\n>\n> Really."
        );
        assert_eq!(
            md("<important>Costs money.</important>"),
            "> **Important:** Costs money."
        );
        assert_eq!(md("<note><ul><li>x</li></ul></note>"), "> **Note:**\n>\n> - x");
    }

    #[test]
    fn code_blocks() {
        assert_eq!(
            md("<p>Example:</p><pre><code>\n    fn main() {\n        let x = 1;\n    }\n</code></pre>"),
            "Example:\n\n```text\nfn main() {\n    let x = 1;\n}\n```"
        );
        assert_eq!(md("<pre>a ```b``` &lt;c&gt;</pre>"), "````text\na ```b``` <c>\n````");
        assert_eq!(
            md("<ul><li>x<pre>y\nz</pre></li></ul>"),
            "- x\n\n  ```text\n  y\n  z\n  ```"
        );
    }

    #[test]
    fn definition_lists() {
        assert_eq!(
            md("<p>Codes:</p><dl><dt>StreamBroken</dt><dd><p>The connection broke.</p></dd><dt>Other</dt><dd>More</dd></dl>"),
            "Codes:\n\n- **StreamBroken**\n\n  The connection broke.\n\n- **Other**\n\n  More"
        );
    }

    #[test]
    fn entities_and_stray_markup() {
        assert_eq!(
            md("<p>A &lt;tag&gt; &amp; &#x201C;q&#x201D; &#65; &bogus; &</p>"),
            "A &lt;tag&gt; & \u{201c}q\u{201d} A &amp;bogus; &"
        );
        assert_eq!(
            md("<p>Format: <folder name>/<file name></p>"),
            "Format: &lt;folder name&gt;/&lt;file name&gt;"
        );
        assert_eq!(md("<p>a < b > c</p>"), "a &lt; b &gt; c");
        // Unclosed inline and block tags, stray end tags, nested <p>.
        assert_eq!(
            md("<p>unclosed <b>bold<p>next</i></p></div>"),
            "unclosed **bold**\n\nnext"
        );
        assert_eq!(
            md("<p>line one<br/>line two<br>- three<br /></p>"),
            "line one\\\nline two\\\n\\- three"
        );
        assert_eq!(md("<!-- c --><fullname>Svc</fullname><p>Doc</p>"), "Svc\n\nDoc");
        assert_eq!(md("<p>a ~b~ c|d \\ `e`</p>"), "a \\~b\\~ c\\|d \\\\ \\`e\\`");
    }
}
