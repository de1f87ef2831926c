//! Stage 1: parse the source with oxc as a CommonJS script.
//!
//! Before oxc sees the text, a cheap lexical scan bounds how deeply the
//! parser could recurse, so that no input can overflow the compiler thread's
//! stack: oxc's parser is recursive and has no depth limit of its own.

use oxc_allocator::Allocator;
use oxc_ast::ast::Program;
use oxc_parser::{ParseOptions, Parser};
use oxc_span::SourceType;

use super::error::Problem;

/// Bound on the parser's recursion estimated by [`recursion_estimate`]. Far
/// above the nesting the later stages accept (`MAX_DEPTH`), far below what
/// the compiler thread's stack can hold.
pub const PARSER_BUDGET: usize = 5_000;

/// Parses `source`; the first syntax error is returned with its byte offset.
pub fn parse<'a>(alloc: &'a Allocator, source: &'a str) -> Result<Program<'a>, Problem> {
    if let Some(offset) = recursion_estimate(source, PARSER_BUDGET) {
        return Err(Problem::TooDeep(offset as u32, PARSER_BUDGET));
    }
    let options = ParseOptions { preserve_parens: true, ..ParseOptions::default() };
    let ret = Parser::new(alloc, source, SourceType::cjs()).with_options(options).parse();
    if let Some(first) = ret.diagnostics.errors().next() {
        let offset = first.labels.first().map(|l| l.offset()).unwrap_or(0);
        return Err(Problem::Syntax(offset, first.message.to_string()));
    }
    if ret.panicked {
        return Err(Problem::Syntax(0, "the parser could not recover".to_string()));
    }
    Ok(ret.program)
}

/// Scans tokens roughly (strings, templates, comments and regular
/// expressions are skipped) and returns the offset where the parser's
/// recursion could exceed `budget`, if anywhere.
///
/// The estimate is brackets nesting plus, for each open bracket, the number
/// of operators and nesting keywords seen since the last `,` or `;` at that
/// level: prefix operators, right-associative chains (`a = b = c`,
/// `a ? b : c ? d : e`) and `else if` chains all recurse in the parser. A
/// block's closing brace ends its statement unless `else`, `catch`,
/// `finally` or `while` follows. Over-counting only matters for programs the
/// later stages reject anyway.
pub fn recursion_estimate(source: &str, budget: usize) -> Option<usize> {
    Scanner { src: source.as_bytes(), pos: 0, frames: vec![Frame::default()], total: 0, budget }.run()
}

#[derive(Default, Clone, Copy)]
struct Frame {
    /// `b'('`, `b'['`, `b'{'`, or `b'$'` for a template substitution.
    open: u8,
    /// Whether a `{` opened a block (so its `}` ends a statement).
    block: bool,
    chain: usize,
}

struct Scanner<'s> {
    src: &'s [u8],
    pos: usize,
    frames: Vec<Frame>,
    /// Sum of frame chains plus nesting: the estimate.
    total: usize,
    budget: usize,
}

#[derive(Clone, Copy, PartialEq)]
enum Prev {
    /// Start, operator or opening bracket: a `/` starts a regex.
    Operator,
    /// Identifier, number, string or closing bracket: a `/` divides.
    Value,
    /// A `)` : a `{` after it opens a block.
    CloseParen,
    /// A keyword after which a `{` opens a block.
    BlockKeyword,
}

const NESTING_KEYWORDS: &[&[u8]] = &[
    b"if", b"else", b"while", b"for", b"do", b"with", b"new", b"typeof", b"void", b"delete", b"await", b"yield",
    b"return", b"throw", b"case",
];
const REGEX_KEYWORDS: &[&[u8]] = &[
    b"return",
    b"typeof",
    b"instanceof",
    b"in",
    b"of",
    b"new",
    b"delete",
    b"void",
    b"throw",
    b"case",
    b"do",
    b"else",
    b"yield",
    b"await",
];
const CONTINUING_KEYWORDS: &[&[u8]] = &[b"else", b"catch", b"finally", b"while"];

impl Scanner<'_> {
    fn run(mut self) -> Option<usize> {
        let mut prev = Prev::Operator;
        // Set by a block's `}`: the statement ends unless a continuation follows.
        let mut pending_end = false;
        while self.pos < self.src.len() {
            let c = self.src[self.pos];
            if c.is_ascii_whitespace() || c >= 0x80 && !self.starts_identifier() {
                self.pos += 1;
                continue;
            }
            if c == b'/' && self.peek(1) == Some(b'/') {
                self.skip_line();
                continue;
            }
            if c == b'/' && self.peek(1) == Some(b'*') {
                self.skip_block_comment();
                continue;
            }
            let start = self.pos;
            if pending_end {
                pending_end = false;
                let word = word_at(self.src, self.pos);
                if !CONTINUING_KEYWORDS.contains(&word) {
                    self.reset_chain();
                }
            }
            match c {
                b'"' | b'\'' => {
                    self.skip_string(c);
                    prev = Prev::Value;
                }
                b'`' => {
                    self.pos += 1;
                    if self.scan_template_part() && self.push(b'$', false, start) {
                        return Some(start);
                    }
                    prev = Prev::Value;
                }
                b'/' if prev != Prev::Value && prev != Prev::CloseParen => {
                    self.skip_regex();
                    prev = Prev::Value;
                }
                b'(' | b'[' | b'{' => {
                    let block = c == b'{' && matches!(prev, Prev::CloseParen | Prev::BlockKeyword)
                        || c == b'{' && prev == Prev::Operator && self.statement_position();
                    self.pos += 1;
                    if self.push(c, block, start) {
                        return Some(start);
                    }
                    prev = Prev::Operator;
                }
                b')' | b']' | b'}' => {
                    self.pos += 1;
                    let frame = self.pop();
                    if frame.open == b'$' {
                        // Back inside a template literal.
                        if self.scan_template_part() && self.push(b'$', false, start) {
                            return Some(start);
                        }
                        prev = Prev::Value;
                    } else {
                        pending_end = frame.block;
                        prev = if c == b')' { Prev::CloseParen } else { Prev::Value };
                    }
                }
                b',' | b';' => {
                    self.pos += 1;
                    self.reset_chain();
                    prev = Prev::Operator;
                }
                b'.' if !self.peek(1).is_some_and(|d| d.is_ascii_digit()) => {
                    // Member access or spread: `...` counts as an operator.
                    if self.src[self.pos..].starts_with(b"...") {
                        self.pos += 3;
                        if self.count(start) {
                            return Some(start);
                        }
                        prev = Prev::Operator;
                    } else {
                        self.pos += 1;
                        prev = Prev::Operator;
                    }
                }
                b'0'..=b'9' | b'.' => {
                    self.skip_word();
                    prev = Prev::Value;
                }
                _ if self.starts_identifier() => {
                    let word = word_at(self.src, self.pos);
                    self.skip_word();
                    if NESTING_KEYWORDS.contains(&word) && self.count(start) {
                        return Some(start);
                    }
                    prev = if matches!(word, b"else" | b"do" | b"try" | b"finally") {
                        Prev::BlockKeyword
                    } else if REGEX_KEYWORDS.contains(&word) {
                        Prev::Operator
                    } else {
                        Prev::Value
                    };
                }
                b':' => {
                    self.pos += 1;
                    prev = Prev::Operator;
                }
                _ => {
                    // Any other punctuator: one operator token.
                    while self.pos < self.src.len() && is_operator_char(self.src[self.pos]) {
                        self.pos += 1;
                    }
                    if self.pos == start {
                        self.pos += 1;
                    }
                    let op = &self.src[start..self.pos];
                    // Each character may be a prefix operator (`!!!x`, `- -x`).
                    for _ in 0..op.len() {
                        if self.count(start) {
                            return Some(start);
                        }
                    }
                    prev = if op == b"=>" { Prev::BlockKeyword } else { Prev::Operator };
                }
            }
        }
        None
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.src.get(self.pos + ahead).copied()
    }

    fn starts_identifier(&self) -> bool {
        let c = self.src[self.pos];
        c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c == b'\\' || c >= 0x80
    }

    fn skip_word(&mut self) {
        let start = self.pos;
        while self.pos < self.src.len() && is_word_char(self.src[self.pos]) {
            self.pos += 1;
        }
        if self.pos == start {
            self.pos += 1;
        }
    }

    /// A `{` right after `;`, `{`, `}` or at the start begins a block.
    fn statement_position(&self) -> bool {
        let mut at = self.pos;
        while at > 0 {
            at -= 1;
            let c = self.src[at];
            if !c.is_ascii_whitespace() {
                return matches!(c, b';' | b'{' | b'}');
            }
        }
        true
    }

    fn push(&mut self, open: u8, block: bool, _at: usize) -> bool {
        self.frames.push(Frame { open, block, chain: 0 });
        self.total += 1;
        self.total > self.budget
    }

    fn pop(&mut self) -> Frame {
        if self.frames.len() <= 1 {
            // Unbalanced closer: the parser reports it; keep scanning.
            return Frame::default();
        }
        let frame = self.frames.pop().unwrap_or_default();
        self.total -= 1 + frame.chain;
        frame
    }

    fn count(&mut self, _at: usize) -> bool {
        if let Some(top) = self.frames.last_mut() {
            top.chain += 1;
        }
        self.total += 1;
        self.total > self.budget
    }

    fn reset_chain(&mut self) {
        if let Some(top) = self.frames.last_mut() {
            self.total -= top.chain;
            top.chain = 0;
        }
    }

    fn skip_line(&mut self) {
        while self.pos < self.src.len() && !matches!(self.src[self.pos], b'\n' | b'\r') {
            self.pos += 1;
        }
    }

    fn skip_block_comment(&mut self) {
        self.pos += 2;
        while self.pos < self.src.len() && !self.src[self.pos..].starts_with(b"*/") {
            self.pos += 1;
        }
        self.pos = (self.pos + 2).min(self.src.len());
    }

    fn skip_string(&mut self, quote: u8) {
        self.pos += 1;
        while self.pos < self.src.len() {
            match self.src[self.pos] {
                b'\\' => self.pos += 2,
                b'\n' => return,
                c if c == quote => {
                    self.pos += 1;
                    return;
                }
                _ => self.pos += 1,
            }
        }
    }

    /// Scans template text up to the closing backtick (false) or a `${` (true).
    fn scan_template_part(&mut self) -> bool {
        while self.pos < self.src.len() {
            match self.src[self.pos] {
                b'\\' => self.pos += 2,
                b'`' => {
                    self.pos += 1;
                    return false;
                }
                b'$' if self.peek(1) == Some(b'{') => {
                    self.pos += 2;
                    return true;
                }
                _ => self.pos += 1,
            }
        }
        false
    }

    fn skip_regex(&mut self) {
        self.pos += 1;
        let mut in_class = false;
        while self.pos < self.src.len() {
            match self.src[self.pos] {
                b'\\' => self.pos += 2,
                b'\n' | b'\r' => return,
                b'[' => {
                    in_class = true;
                    self.pos += 1;
                }
                b']' => {
                    in_class = false;
                    self.pos += 1;
                }
                b'/' if !in_class => {
                    self.pos += 1;
                    self.skip_word();
                    return;
                }
                _ => self.pos += 1,
            }
        }
    }
}

fn word_at(src: &[u8], at: usize) -> &[u8] {
    let mut end = at;
    while end < src.len() && is_word_char(src[end]) {
        end += 1;
    }
    &src[at..end]
}

fn is_word_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c == b'\\' || c >= 0x80
}

fn is_operator_char(c: u8) -> bool {
    matches!(c, b'=' | b'+' | b'-' | b'*' | b'%' | b'<' | b'>' | b'&' | b'|' | b'^' | b'!' | b'~' | b'?' | b'/')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_err(src: &str) -> Problem {
        let alloc = Allocator::default();
        match parse(&alloc, src) {
            Err(p) => p,
            Ok(_) => panic!("expected a syntax error for {src:?}"),
        }
    }

    #[test]
    fn parses_commonjs_with_top_level_return() {
        let alloc = Allocator::default();
        let program = parse(&alloc, "let x = require('a');\nif (x) return;\nmodule.exports = x;");
        assert!(program.is_ok());
    }

    #[test]
    fn syntax_errors_carry_the_offset() {
        match parse_err("let x = 1;\nlet y = ;") {
            Problem::Syntax(offset, message) => {
                assert_eq!(offset, 19, "{message}");
                assert!(!message.is_empty());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn estimate_ignores_strings_comments_templates_and_regexes() {
        let src = "let s = '((((((((((';\n// ((((((((((\n/* [[[[[[[[[ */\nlet r = /(((((((((((/g;\nlet t = `${'('}((((((((((${[1]}`;";
        assert_eq!(recursion_estimate(src, 5), None);
    }

    #[test]
    fn estimate_catches_deep_brackets_and_chains() {
        let parens = format!("x = {}1{};", "(".repeat(100), ")".repeat(100));
        assert!(recursion_estimate(&parens, 50).is_some());
        assert_eq!(recursion_estimate(&parens, 150), None);
        let nots = format!("x = {}y;", "!".repeat(100));
        assert!(recursion_estimate(&nots, 50).is_some());
        let ternary = format!("x = {}0;", "a ? 1 : ".repeat(100));
        assert!(recursion_estimate(&ternary, 50).is_some());
        let else_ifs = format!("{} {{}}", "if (a) { x(); } else ".repeat(100));
        assert!(recursion_estimate(&else_ifs, 50).is_some());
    }

    #[test]
    fn estimate_accepts_many_flat_statements_and_long_lists() {
        let ifs = "if (a) { b(); }\n".repeat(10_000);
        assert_eq!(recursion_estimate(&ifs, 50), None);
        let list = format!("let a = [{}];", "-1, ".repeat(10_000));
        assert_eq!(recursion_estimate(&list, 50), None);
        let fns = "function f() { return -x; }\n".repeat(1000);
        assert_eq!(recursion_estimate(&fns, 50), None);
    }

    #[test]
    fn too_deep_input_is_an_error_not_a_crash() {
        let src = format!("x = {}1{};", "[".repeat(100_000), "]".repeat(100_000));
        assert!(matches!(parse_err(&src), Problem::TooDeep(_, PARSER_BUDGET)));
    }
}
