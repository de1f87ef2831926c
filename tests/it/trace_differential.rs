//! Differential test of the trace evaluator against real Node.
//!
//! Each case is a small JavaScript program in a subset this file parses into
//! trace nodes: `let` statements, assignments and expressions separated by
//! `;`, the last expression being what the handler responds with. Node runs
//! the very same text (all cases in one process) and encodes the value as
//! the runtime's `respond` does; the evaluator must give the same status,
//! content type and body. A case starting with `?` must be `unknown` (Node
//! throws, or the evaluator cannot represent the result); every other case
//! must be covered, so a lazy `unknown` fails the test too.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use containerless::trace::{evaluate, to_js_string, BinOp, Limits, Node, Op1, Outcome, Props, Request};

// ---------------------------------------------------------------------------
// A parser for the JavaScript subset the cases use.

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Str(String),
    Name(String),
    Punct(&'static str),
}

const PUNCTS: [&str; 26] = [
    "===", "!==", "==", "!=", "<=", ">=", "&&", "||", "<", ">", "+", "-", "*", "/", "%", "!", "=", "(", ")", "[", "]",
    "{", "}", ",", ".", ":",
];

fn lex(src: &str) -> Vec<Tok> {
    let chars: Vec<char> = src.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == ';' {
            toks.push(Tok::Punct(";"));
            i += 1;
        } else if c.is_ascii_digit() || (c == '.' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            let start = i;
            if c == '0' && matches!(chars.get(i + 1), Some('x' | 'X')) {
                i += 2;
                while i < chars.len() && chars[i].is_ascii_hexdigit() {
                    i += 1;
                }
                let text: String = chars[start + 2..i].iter().collect();
                toks.push(Tok::Num(u64::from_str_radix(&text, 16).unwrap() as f64));
                continue;
            }
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            if i < chars.len() && matches!(chars[i], 'e' | 'E') {
                i += 1;
                if matches!(chars.get(i), Some('+' | '-')) {
                    i += 1;
                }
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
            }
            let text: String = chars[start..i].iter().collect();
            toks.push(Tok::Num(text.parse().unwrap_or_else(|_| panic!("bad number {text}"))));
        } else if c == '\'' || c == '"' {
            let (s, next) = lex_string(&chars, i);
            toks.push(Tok::Str(s));
            i = next;
        } else if c.is_alphabetic() || c == '_' || c == '$' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '$') {
                i += 1;
            }
            toks.push(Tok::Name(chars[start..i].iter().collect()));
        } else {
            let rest: String = chars[i..chars.len().min(i + 3)].iter().collect();
            let p =
                PUNCTS.iter().find(|p| rest.starts_with(**p)).unwrap_or_else(|| panic!("cannot lex {rest:?} in {src}"));
            toks.push(Tok::Punct(p));
            i += p.chars().count();
        }
    }
    toks
}

fn lex_string(chars: &[char], start: usize) -> (String, usize) {
    let quote = chars[start];
    let mut units: Vec<u16> = Vec::new();
    let mut i = start + 1;
    let mut buf = [0u16; 2];
    while chars[i] != quote {
        if chars[i] == '\\' {
            i += 1;
            let unit = |u: u32| u as u16;
            match chars[i] {
                'n' => units.push(unit(10)),
                't' => units.push(unit(9)),
                'r' => units.push(unit(13)),
                'b' => units.push(unit(8)),
                'f' => units.push(unit(12)),
                'v' => units.push(unit(11)),
                '0' => units.push(unit(0)),
                'x' => {
                    let hex: String = chars[i + 1..i + 3].iter().collect();
                    units.push(u16::from_str_radix(&hex, 16).unwrap());
                    i += 2;
                }
                'u' => {
                    let hex: String = chars[i + 1..i + 5].iter().collect();
                    units.push(u16::from_str_radix(&hex, 16).unwrap());
                    i += 4;
                }
                other => units.extend(other.encode_utf16(&mut buf).iter()),
            }
        } else {
            units.extend(chars[i].encode_utf16(&mut buf).iter());
        }
        i += 1;
    }
    (String::from_utf16(&units).expect("test strings must be well formed"), i + 1)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
    functions: usize,
}

fn b(n: Node) -> Box<Node> {
    Box::new(n)
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn next(&mut self) -> Tok {
        self.pos += 1;
        self.toks[self.pos - 1].clone()
    }
    fn eat(&mut self, p: &str) -> bool {
        if matches!(self.peek(), Some(Tok::Punct(q)) if *q == p) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn expect(&mut self, p: &str) {
        assert!(self.eat(p), "expected {p} at token {} of {:?}", self.pos, self.toks);
    }

    fn program(&mut self) -> (Vec<Node>, Node) {
        let mut stmts = Vec::new();
        loop {
            let stmt = self.statement();
            if !self.eat(";") || self.peek().is_none() {
                assert!(self.peek().is_none(), "trailing tokens in {:?}", self.toks);
                return (stmts, stmt);
            }
            stmts.push(stmt);
        }
    }

    fn statement(&mut self) -> Node {
        if matches!(self.peek(), Some(Tok::Name(n)) if n == "let") {
            self.pos += 1;
            let Tok::Name(name) = self.next() else { panic!("let needs a name") };
            self.expect("=");
            return Node::Let { name, named: b(self.expr()) };
        }
        let target = self.expr();
        if self.eat("=") {
            let name = match target {
                Node::Get { exp, field } => Node::Index { exp, index: b(Node::String { value: field }) },
                other => other,
            };
            return Node::Set { name: b(name), named: b(self.expr()) };
        }
        target
    }

    fn expr(&mut self) -> Node {
        self.binary(0)
    }

    fn binary(&mut self, level: usize) -> Node {
        const LEVELS: [&[&str]; 6] =
            [&["||"], &["&&"], &["===", "!==", "==", "!="], &["<=", ">=", "<", ">"], &["+", "-"], &["*", "/", "%"]];
        if level == LEVELS.len() {
            return self.unary();
        }
        let mut left = self.binary(level + 1);
        loop {
            let Some(Tok::Punct(p)) = self.peek() else { return left };
            let p = *p;
            if !LEVELS[level].contains(&p) {
                return left;
            }
            self.pos += 1;
            let right = self.binary(level + 1);
            left = Node::Binop { op: BinOp::from_symbol(p).unwrap(), e1: b(left), e2: b(right) };
        }
    }

    fn unary(&mut self) -> Node {
        let op = match self.peek() {
            Some(Tok::Punct("-")) => Some(Op1::Neg),
            Some(Tok::Punct("+")) => Some(Op1::Plus),
            Some(Tok::Punct("!")) => Some(Op1::Not),
            Some(Tok::Name(n)) if n == "typeof" => Some(Op1::Typeof),
            Some(Tok::Name(n)) if n == "void" => Some(Op1::Void),
            _ => None,
        };
        match op {
            Some(op) => {
                self.pos += 1;
                Node::Op1 { op, e: b(self.unary()) }
            }
            None => self.postfix(),
        }
    }

    fn postfix(&mut self) -> Node {
        let mut e = self.primary();
        loop {
            if self.eat(".") {
                let Tok::Name(name) = self.next() else { panic!("expected a property name") };
                if self.eat("(") {
                    let args = self.list(")");
                    e = Node::MethodCall { e: b(e), method: name, method_call_args: args };
                } else {
                    e = Node::Get { exp: b(e), field: name };
                }
            } else if self.eat("[") {
                let index = self.expr();
                self.expect("]");
                e = Node::Index { exp: b(e), index: b(index) };
            } else {
                return e;
            }
        }
    }

    fn list(&mut self, close: &str) -> Vec<Node> {
        let mut items = Vec::new();
        while !self.eat(close) {
            items.push(self.expr());
            if !self.eat(",") {
                self.expect(close);
                break;
            }
        }
        items
    }

    fn primary(&mut self) -> Node {
        match self.next() {
            Tok::Num(value) => Node::Number { value },
            Tok::Str(value) => Node::String { value },
            Tok::Name(n) => match n.as_str() {
                "true" => Node::Boolean { value: true },
                "false" => Node::Boolean { value: false },
                "null" => Node::Null,
                "undefined" => Node::Undefined,
                "function" => {
                    for p in ["(", ")", "{", "}"] {
                        self.expect(p);
                    }
                    self.functions += 1;
                    let tenv = vec![("$fn".to_owned(), Node::String { value: format!("F{}", self.functions) })];
                    Node::Clos { tenv: Props(tenv) }
                }
                _ => Node::Identifier { name: n },
            },
            Tok::Punct("(") => {
                let e = self.expr();
                self.expect(")");
                e
            }
            Tok::Punct("[") => Node::Array { exps: self.list("]") },
            Tok::Punct("{") => {
                let mut props = Vec::new();
                while !self.eat("}") {
                    let key = match self.next() {
                        Tok::Name(n) | Tok::Str(n) => n,
                        Tok::Num(x) => to_js_string(x),
                        other => panic!("bad key {other:?}"),
                    };
                    self.expect(":");
                    props.push((key, self.expr()));
                    if !self.eat(",") {
                        self.expect("}");
                        break;
                    }
                }
                Node::Object { properties: Props(props) }
            }
            other => panic!("unexpected token {other:?}"),
        }
    }
}

/// The trace of a program whose handler runs `src` and responds with its
/// last expression.
fn trace_of(src: &str) -> Node {
    let mut parser = Parser { toks: lex(src), pos: 0, functions: 0 };
    let (mut body, last) = parser.program();
    body.push(Node::PrimApp { event: "send".into(), event_args: vec![last] });
    let listen = Node::Callback {
        event: "listen".into(),
        event_arg: b(Node::Undefined),
        callback_args: vec!["req".into()],
        clos: b(Node::Clos { tenv: Props(vec![("$fn".into(), Node::String { value: "F0".into() })]) }),
        body,
    };
    Node::Block { body: vec![listen] }
}

// ---------------------------------------------------------------------------
// Running Node

const REQUEST_JSON: &str = r#"{"method":"POST","path":"/items/7","query":{"name":"ada","n":"5"},"body":{"n":41,"list":[1,2,3],"s":"a b  c","nested":{"ok":true},"nul":null},"headers":{"x-a":"b"}}"#;

/// What the runtime would send for one case, or `None` if the code throws
/// (or the result holds a lone surrogate).
#[derive(Debug, PartialEq)]
struct Sent {
    content_type: Option<String>,
    body: String,
}

fn js_function(src: &str) -> String {
    // Split at the last `;` outside string literals.
    let mut quote = None;
    let mut last_semicolon = None;
    let mut escaped = false;
    for (i, c) in src.char_indices() {
        match (quote, c) {
            (Some(_), _) if escaped => escaped = false,
            (Some(_), '\\') => escaped = true,
            (Some(q), c) if c == q => quote = None,
            (None, '\'' | '"') => quote = Some(c),
            (None, ';') => last_semicolon = Some(i),
            _ => {}
        }
    }
    match last_semicolon {
        Some(i) => format!("() => {{ {}; return ({}); }}", &src[..i], &src[i + 1..]),
        None => format!("() => ({src})"),
    }
}

fn run_node(cases: &[String]) -> Vec<Option<Sent>> {
    let functions: Vec<String> = cases.iter().map(|c| js_function(c)).collect();
    let script = format!(
        r#"'use strict';
const req = {REQUEST_JSON};
const cases = [
{}
];
const out = cases.map((f) => {{
  try {{
    const v = f();
    const sent = typeof v === 'string' ? ['text/plain; charset=utf-8', v] : [null, JSON.stringify(v)];
    if (sent[1] === undefined) return [null, ''];
    if (sent[0] === null) sent[0] = 'application/json';
    // A lone surrogate cannot be represented: like a throw, it must be unknown.
    return sent[1].isWellFormed() ? sent : null;
  }} catch (e) {{
    return null;
  }}
}});
process.stdout.write(JSON.stringify(out));
"#,
        functions.join(",\n")
    );
    let mut child = Command::new("node")
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node must be installed to run the differential test");
    child.stdin.take().unwrap().write_all(script.as_bytes()).unwrap();
    // Both pipes reach EOF when node exits; wait for that, up to a deadline.
    let (done, finished) = std::sync::mpsc::channel();
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        let mut out = String::new();
        let mut err = String::new();
        let read = stdout.read_to_string(&mut out).and_then(|_| stderr.read_to_string(&mut err));
        let _ = done.send(read.map(|_| (out, err)));
    });
    let (text, err) = match finished.recv_timeout(Duration::from_secs(60)) {
        Ok(read) => read.unwrap(),
        Err(_) => {
            child.kill().unwrap();
            panic!("node did not finish within 60 s");
        }
    };
    let status = child.wait().unwrap();
    assert!(status.success(), "node failed: {err}");
    let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
    parsed
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            let pair = v.as_array()?;
            Some(Sent { content_type: pair[0].as_str().map(str::to_owned), body: pair[1].as_str().unwrap().to_owned() })
        })
        .collect()
}

fn request() -> Request {
    Request::from_json(REQUEST_JSON.as_bytes()).unwrap()
}

/// Runs every case through Node and the evaluator; returns the mismatches.
fn differences(cases: &[&str]) -> Vec<String> {
    let sources: Vec<String> = cases.iter().map(|c| c.trim_start_matches('?').to_owned()).collect();
    let node_results = run_node(&sources);
    assert_eq!(node_results.len(), cases.len());
    let request = request();
    let limits = Limits::default();
    let mut problems = Vec::new();
    for ((case, src), node) in cases.iter().zip(&sources).zip(node_results) {
        let expect_unknown = case.starts_with('?');
        let evaluation = evaluate(&trace_of(src), &request, &limits);
        let ours = match &evaluation.outcome {
            Outcome::Response(r) => {
                assert_eq!(r.status, 200, "{src}");
                Some(Sent { content_type: r.content_type.clone(), body: r.body.clone() })
            }
            Outcome::Unknown => None,
        };
        match (expect_unknown, ours, node) {
            (false, Some(ours), Some(node)) if ours == node => {}
            (true, None, _) => {}
            (_, Some(ours), node) => problems.push(format!("{case}\n    evaluator: {ours:?}\n    node:      {node:?}")),
            (false, None, node) => problems.push(format!(
                "{case}\n    evaluator: unknown ({})\n    node:      {node:?}",
                evaluation.unknown_reason.unwrap_or_default()
            )),
        }
    }
    problems
}

fn check(cases: &[&str]) {
    let problems = differences(cases);
    assert!(problems.is_empty(), "{} of {} cases differ:\n{}", problems.len(), cases.len(), problems.join("\n"));
}

// ---------------------------------------------------------------------------
// The cases

#[test]
fn number_formatting() {
    check(&[
        "'' + (0.1 + 0.2)",
        "'' + 1e21",
        "'' + 1e20",
        "'' + 123e-20",
        "'' + 9007199254740992",
        "'' + 9007199254740993",
        "'' + -0",
        "'' + 0 / 0",
        "'' + 1 / 0",
        "'' + -1 / 0",
        "'' + 1e-7",
        "'' + 0.000001",
        "'' + 0.0000012345",
        "'' + 1.5e-10",
        "'' + 5e-324",
        "'' + 1.7976931348623157e308",
        "'' + 123456789012345680000",
        "'' + 1 / 3",
        "'' + 2 / 3",
        "'' + 4.35",
        "'' + 1.0000000000000002",
        "'' + 123.456e5",
        "'' + 1e300 * 10",
        "'' + -1e-7",
        "'' + 0x1F",
        "'' + 100",
        "'' + 1e21 / 10",
        "[0.1 * 3, 1e21, 1e-7, -0, 0 / 0, 1 / 0]",
    ]);
}

/// Deterministic pseudo-random doubles: raw bit patterns, decimal-looking
/// values and integers, written as Rust's round-trip literal.
#[test]
fn number_formatting_random() {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut cases = Vec::new();
    for i in 0..1500 {
        let x = match i % 3 {
            0 => f64::from_bits(next()),
            1 => (next() % 2_000_000) as f64 / 10f64.powi((next() % 30) as i32 - 10),
            _ => (next() >> (next() % 64)) as f64,
        };
        if x.is_finite() {
            cases.push(format!("'' + {x:e}"));
        }
    }
    let cases: Vec<&str> = cases.iter().map(String::as_str).collect();
    check(&cases);
}

#[test]
fn string_to_number() {
    check(&[
        "'' + +'  12  '",
        "'' + +''",
        "'' + +' \\n\\t'",
        "'' + +'0x1F'",
        "'' + +'0X1f'",
        "'' + +'0b101'",
        "'' + +'0o17'",
        "'' + +'1e3'",
        "'' + +'.5'",
        "'' + +'5.'",
        "'' + +'-0x10'",
        "'' + +'Infinity'",
        "'' + +'-Infinity'",
        "'' + +'+Infinity'",
        "'' + +'infinity'",
        "'' + +'12px'",
        "'' + +'\\u00a0 3 \\ufeff'",
        "'' + +'\\u2028 3'",
        "'' + +'\\u0085 3'",
        "'' + +'1_000'",
        "'' + +'-'",
        "'' + +'.'",
        "'' + +'e5'",
        "'' + +'1e'",
        "'' + +'00012'",
        "'' + +'-00.5e-1'",
        "'' + 1 / +'-0'",
        "'' + +'0x'",
        "'' + +'1e1000'",
        "'' + +'0.1e-400'",
        "'' + +'12345678901234567890'",
        "'' + +'0xFFFFFFFFFFFFF800'",
    ]);
}

#[test]
fn arithmetic_and_coercion() {
    check(&[
        "1 + '2'",
        "'3' * '4'",
        "'3' - 1",
        "[] + []",
        "[] + {}",
        "[1, 2] + 1",
        "({}) + 'x'",
        "true + 1",
        "null + 1",
        "undefined + 1",
        "'a' + null",
        "'a' + undefined",
        "[null] + 1",
        "[undefined, null, 1] + ''",
        "[[1, [2, 3]], 4] + ''",
        "1 + [2]",
        "+[]",
        "+[5]",
        "+[1, 2]",
        "+{}",
        "-'5'",
        "+true",
        "-null",
        "5 % 3",
        "-5 % 3",
        "5 % -3",
        "5.5 % 2",
        "'' + 1 / (-0 % 5)",
        "5 % 0",
        "Infinity % 2",
        "2 % Infinity",
        "-2 % -Infinity",
        "'10' / '4'",
        "true / 2",
        "[] * 2",
        "[3] * [4]",
        "({}) * 2",
        "'x' + 1.5",
        "1 + 2 + '3'",
        "'1' + 2 + 3",
        "'' + [1, [2, 3]]",
        "'' + {}",
        "'' + null",
        "'' + true",
        "'' + -'0'",
        "0.1 + 0.2 - 0.3",
        "1e308 + 1e308",
        "- -1",
        "'' + [1e21, -0, 1e-7]",
        "'' + [[], [[]], [null]]",
        "?'' + function() {}",
        "?function() {} * 1",
        "?({toString: 1}) + ''",
        "?({valueOf: 1}) * 1",
    ]);
}

#[test]
fn comparison_and_equality() {
    check(&[
        "'a' < 'b'",
        "'a' < 'B'",
        "'10' < '9'",
        "10 < '9'",
        "'abc' < 'abd'",
        "'' < 'a'",
        "null < 1",
        "undefined < 1",
        "undefined > -1",
        "NaN < 1",
        "NaN >= NaN",
        "[2] > 1",
        "[1, 2] < 'x'",
        "'\\uff61' < '😀'",
        "'\\uff61' > '😀'",
        "null >= 0",
        "null <= 0",
        "null > 0",
        "1 <= NaN",
        "true > false",
        "'b' >= 'a'",
        "'a' <= 'a'",
        "({}) < ({})",
        "({}) <= ({})",
        "1 == '1'",
        "0 == ''",
        "0 == '0'",
        "'' == '0'",
        "null == undefined",
        "null == 0",
        "undefined == 0",
        "NaN == NaN",
        "[] == false",
        "[] == ''",
        "[0] == false",
        "[1] == 1",
        "[1, 2] == '1,2'",
        "({}) == '[object Object]'",
        "true == '1'",
        "true == 'true'",
        "false == 'false'",
        "null == false",
        "0 === -0",
        "NaN === NaN",
        "'a' === 'a'",
        "[] === []",
        "1 != '1'",
        "1 !== '1'",
        "'  1  ' == 1",
        "'0x10' == 16",
        "({}) == ({})",
        "undefined == ''",
        "null != null",
        "[null] == ''",
        "[[]] == 0",
        "'1e3' == 1000",
        "let f = function() {}; [f === f, f == f, f !== f]",
        "(function() {}) === (function() {})",
        "?(function() {}) == 'x'",
    ]);
}

#[test]
fn unary_and_logic() {
    check(&[
        "typeof 1",
        "typeof 'x'",
        "typeof null",
        "typeof undefined",
        "typeof []",
        "typeof {}",
        "typeof function() {}",
        "typeof true",
        "typeof NaN",
        "typeof req",
        "void 1",
        "[!0, !'', !'0', ![], !{}, !NaN, !null, !-0, !undefined, !function() {}]",
        "0 || 'x'",
        "'' || 0",
        "1 && 'y'",
        "null && 1",
        "'a' && ''",
        "NaN || null",
        "[] && 'truthy'",
        "!!'false'",
    ]);
}

#[test]
fn property_reads() {
    check(&[
        "'abc'.length",
        "'héllo😀'.length",
        "'abc'[1]",
        "'abc'[5]",
        "'abc'['1']",
        "'abc'[-1]",
        "'abc'[1.5]",
        "'é😀'[0]",
        "?'é😀'[1]",
        "[1, 2, 3].length",
        "[1, 2, 3][1.0]",
        "[1, 2, 3]['01']",
        "[1, 2, 3][-1]",
        "[1, 2, 3][3]",
        "[1, 2][1.5]",
        "({a: 1}).a",
        "({a: 1}).b",
        "({1: 'x'})[1]",
        "({'1': 'x'})['1']",
        "({}).length",
        "({'1.5': 2})[1.5]",
        "({'-0': 1})[-0]",
        "({'0': 1})[-0]",
        "({'1e+21': 1})[1e21]",
        "({undefined: 1})[undefined]",
        "({null: 2})[null]",
        "({true: 3})[true]",
        "({'1,2': 4})[[1, 2]]",
        "({'[object Object]': 5})[{}]",
        "({toString: 6}).toString",
        "({constructor: 7}).constructor",
        "(5).foo",
        "true.foo",
        "'x'.foo",
        "?({}).toString",
        "?({}).constructor",
        "?({}).hasOwnProperty",
        "?({}).__proto__",
        "?[].map",
        "?[].constructor",
        "?'x'.charAt",
        "?'x'.constructor",
        "?(5).toFixed",
        "?true.valueOf",
        "?null.x",
        "?undefined.x",
        "?(function() {}).name",
        "?req.body.missing.x",
        "[][{}]",
    ]);
}

#[test]
fn object_key_order_and_writes() {
    check(&[
        "({b: 1, 2: 2, a: 3, 1: 4})",
        "({'10': 1, '9': 2, x: 3, '-1': 4, '01': 5, '4294967295': 6, '4294967294': 7, '1.5': 8})",
        "let o1 = {}; o1.b = 1; o1[2] = 2; o1.a = 3; o1['1'] = 4; o1.b = 5; o1",
        "let o2 = {a: {b: 1}}; o2.a.b = 2; o2",
        "let o3 = {}; o3[1.0] = 'x'; o3[1.5] = 'y'; o3[-0] = 'z'; o3",
        "let o4 = {}; o4[[1, 2]] = 1; o4[{}] = 2; o4",
        "let o5 = {}; o5[null] = 1; o5[undefined] = 2; o5[true] = 3; o5",
        "let o6 = {a: 1}; let o7 = o6; o7.a = 2; o6.a",
        "let o8 = {a: 1}; o8 === o8",
        "let v1 = 1; v1 = v1 + 1; v1",
        "let a1 = [1]; a1[1] = 2; a1[0] = 0; a1",
        "let a2 = [1, 2]; a2[a2.length] = 3; a2",
        "let a3 = [1, 2]; a3['1'] = 'x'; a3",
        "let a4 = []; a4[2] = 1; a4",
        "let a5 = [1]; a5.length = 0; a5",
        "?let a6 = [1]; a6.x = 0; a6",
        "let a7 = [1, 2, 3]; a7.length = 1; a7[3] = 'x'; [a7, a7.length, a7.join('-'), a7[2]]",
        "let a8 = []; a8['3'] = 1; a8[-0] = 0; [a8, a8.includes(undefined), a8.length]",
        "let a9 = [1]; a9.length = '3'; a9.push(4); [a9, a9.pop(), a9.pop(), a9]",
        "let a10 = []; a10[1] = 1; a10[0] = 0; a10.indexOf(undefined)",
        "let a11 = [1]; a11.length = true; a11.length = null; a11",
        "?let a12 = []; a12[2] = 1; a12.indexOf(undefined)",
        "?let a13 = []; a13[1] = 1; a13.slice(0)",
        "?let a14 = [1]; a14.length = -1; a14",
        "?let a15 = [1]; a15.length = 1.5; a15",
        "?let a16 = [1]; a16['01'] = 1; a16",
        "?let a17 = [1]; a17[4294967295] = 1; a17",
        "let o13 = {}; o13['__proto__'] = 1; o13.__proto__ = 'x'; o13",
        "?let o14 = {}; o14['__proto__'] = {}; o14",
        "?let o9 = {}; o9.__proto__ = null; o9",
        "?let o10 = {toString: 1}; '' + o10",
        "?let o11 = {toJSON: 1}; o11",
        "?let s1 = 'abc'; s1[0] = 'x'; s1",
        "?let o12 = {}; o12.a.b = 1; o12",
    ]);
}

#[test]
fn array_methods() {
    check(&[
        "let a1 = [1, 2]; a1.push(3, 4)",
        "let a2 = [1, 2]; a2.push(3, 4); a2",
        "let a3 = [1, 2]; a3.push(); a3",
        "let a4 = [1, 2, 3]; [a4.pop(), a4]",
        "[].pop()",
        "let a5 = [1, 2, 3]; [a5.shift(), a5]",
        "[].shift()",
        "let a6 = [1]; a6.push(a6.length); a6",
        "[1, 2, 3].indexOf(2)",
        "[1, 2, 3].indexOf('2')",
        "[NaN].indexOf(NaN)",
        "[NaN].includes(NaN)",
        "[0].includes(-0)",
        "[-0].indexOf(0)",
        "[1, 2, 3, 1].indexOf(1, 1)",
        "[1, 2, 3].indexOf(3, -1)",
        "[1, 2, 3].indexOf(1, -10)",
        "[1, 2, 3].includes(1, 1)",
        "[1, 2, 3].indexOf(1, Infinity)",
        "[1, 2, 3].indexOf(1, -Infinity)",
        "[1, 2, 3].indexOf(3, '1')",
        "[1, 2, 3].indexOf()",
        "[undefined].indexOf()",
        "[undefined].includes()",
        "[].includes(undefined)",
        "let o = {}; [[o].indexOf(o), [o].indexOf({}), [o].includes(o)]",
        "['a', 'b'].indexOf('b', 1.9)",
        "[1, 2, 3].slice()",
        "[1, 2, 3].slice(1)",
        "[1, 2, 3].slice(-2)",
        "[1, 2, 3].slice(0, -1)",
        "[1, 2, 3].slice(2, 1)",
        "[1, 2, 3].slice(1.7)",
        "[1, 2, 3].slice(NaN, '2')",
        "[1, 2, 3].slice(-Infinity, Infinity)",
        "[1, 2, 3].slice(undefined, undefined)",
        "[1, 2, 3].slice(5)",
        "let a7 = [1, 2]; let a8 = a7.slice(); a8.push(3); [a7, a8]",
        "[1, [2, [3]], null, undefined, 'x'].join()",
        "[1, 2].join('-')",
        "[1, 2].join(undefined)",
        "[1, 2].join(null)",
        "[1, 2].join('')",
        "[1, 2].join(0)",
        "[].join()",
        "[{}].join()",
        "[1.5e21, -0].join(';')",
        "[[], [[]]].join()",
        "[true, false].join()",
        "?[function() {}].join()",
        "?[1].map()",
        "?[1].reverse()",
        "?[1].concat([2])",
    ]);
}

#[test]
fn string_methods() {
    check(&[
        "'hello'.startsWith('he')",
        "'hello'.startsWith('l', 2)",
        "'hello'.startsWith('')",
        "'hello'.startsWith('h', -5)",
        "'hello'.startsWith(undefined)",
        "'undefined'.startsWith()",
        "'hello'.startsWith('o', 4.9)",
        "'a😀'.startsWith('😀', 1)",
        "'a😀'.startsWith('', 2)",
        "'hello'.endsWith('lo')",
        "'hello'.endsWith('l', 4)",
        "'hello'.endsWith('he', 2)",
        "'hello'.endsWith('hello', 100)",
        "'hello'.endsWith('', 0)",
        "'hello'.endsWith('hello!')",
        "'a😀'.endsWith('a', 1)",
        "'a😀'.endsWith('a', 2)",
        "'a😀'.endsWith('😀')",
        "'hello'.includes('ell')",
        "'hello'.includes('ell', 2)",
        "'hello'.includes('')",
        "'a😀b'.includes('😀')",
        "'hello'.indexOf('l')",
        "'hello'.indexOf('l', 3)",
        "'hello'.indexOf('')",
        "'hello'.indexOf('', 10)",
        "'hello'.indexOf('z')",
        "'a😀b'.indexOf('b')",
        "'a😀b'.indexOf('b', 2)",
        "'héllo'.indexOf('l')",
        "'1,2'.indexOf(2)",
        "'null'.indexOf(null)",
        "'aaa'.indexOf('a', -5)",
        "'hello'.slice(1)",
        "'hello'.slice(-3)",
        "'hello'.slice(1, -1)",
        "'hello'.slice(3, 1)",
        "'hello'.slice()",
        "'hello'.slice('1', '3')",
        "'héllo😀x'.slice(1, 4)",
        "'héllo😀x'.slice(5)",
        "'😀'.slice(0, 2)",
        "'😀'.slice(1, 1)",
        "?'😀'.slice(0, 1)",
        "?'😀'.slice(1)",
        "'a,b,,c'.split(',')",
        "'a,b,c'.split(',', 2)",
        "'abc'.split('')",
        "'abc'.split('', 2)",
        "'abc'.split()",
        "'abc'.split(undefined, 0)",
        "''.split(',')",
        "''.split('')",
        "'a1b1c'.split(1)",
        "'abc'.split('abc')",
        "'aaa'.split('aa')",
        "'a,b'.split(',', -1)",
        "'a,b'.split(',', 4294967297)",
        "'a,b'.split(',', 0)",
        "'a😀'.split('', 1)",
        "'a😀b😀'.split('😀')",
        "'ab'.split(null)",
        "'anullb'.split(null)",
        "?'😀'.split('')",
        "'Hello World'.toUpperCase()",
        "'Hello World'.toLowerCase()",
        "'ÀÉÎõü'.toLowerCase()",
        "'àéîõü'.toUpperCase()",
        "'straße'.toUpperCase()",
        "'İ'.toLowerCase()",
        "?'ǅ'.toUpperCase()",
        "?'ǅ'.toLowerCase()",
        "'ŉ'.toUpperCase()",
        "'日本'.toUpperCase()",
        "'Привет'.toUpperCase()",
        "'ΑΒΓ'.toLowerCase()",
        "'αβγ'.toUpperCase()",
        "'😀x'.toUpperCase()",
        "?'ΟΔΟΣ'.toLowerCase()",
        "'  x  '.trim()",
        "'\\u00a0\\ufeff\\u2028x\\t\\n'.trim()",
        "'\\u0085x'.trim()",
        "'\\u180ex'.trim()",
        "'\\u3000\\u205fx\\u202f'.trim()",
        "''.trim()",
        "'x'.charAt(0)",
        "'x'.padStart(3)",
        "'x'.replace('x', 'y')",
        "?'x'.codePointAt(0)",
        "?'x'.normalize()",
    ]);
}

#[test]
fn math_functions() {
    check(&[
        "Math.floor(-1.5)",
        "Math.floor('2.7')",
        "Math.floor()",
        "'' + 1 / Math.ceil(-0.5)",
        "Math.ceil(1.2)",
        "Math.round(2.5)",
        "Math.round(-2.5)",
        "Math.round(0.49999999999999994)",
        "'' + 1 / Math.round(-0.4)",
        "'' + 1 / Math.round(-0.5)",
        "Math.round(-0.6)",
        "Math.round(1.5)",
        "Math.round(NaN)",
        "Math.round('3.5')",
        "Math.round(4503599627370495.5)",
        "Math.round(-4503599627370495.5)",
        "Math.round(1e300)",
        "'' + Math.round(Infinity)",
        "'' + Math.min()",
        "'' + Math.max()",
        "Math.min(1, '0', [-1])",
        "Math.max(1, NaN, 3)",
        "Math.max(1, undefined)",
        "'' + 1 / Math.min(0, -0)",
        "'' + 1 / Math.max(-0, 0)",
        "'' + 1 / Math.min(-0, 0)",
        "Math.abs(-3)",
        "Math.abs('-3')",
        "Math.abs([])",
        "Math.abs(null)",
        "'' + Math.abs(-Infinity)",
        "Math.max([1], [2, 3])",
        "Math.sqrt(4)",
        "?Math.cbrt(8)",
        "?Math.random()",
    ]);
}

#[test]
fn json_functions() {
    check(&[
        "JSON.stringify('a\"b\\\\c\\n\\u0001\\u001f\\u007f')",
        "JSON.stringify({a: undefined, b: function() {}, c: null, d: NaN, e: -0, f: 1e21})",
        "JSON.stringify([undefined, function() {}, NaN, Infinity])",
        "JSON.stringify(undefined)",
        "JSON.stringify(function() {})",
        "JSON.stringify({b: 1, 2: 2, a: [{}]})",
        "JSON.stringify('\\u2028\\u2029')",
        "JSON.stringify('😀é\\u00ad')",
        "JSON.stringify({'\\n': 1, '\"': 2})",
        "JSON.stringify([])",
        "JSON.stringify({})",
        "JSON.stringify(null)",
        "JSON.stringify(true)",
        "JSON.stringify(1e-7)",
        "JSON.stringify([[[]]])",
        "JSON.stringify({a: {b: {c: [1, {d: 2}]}}})",
        "JSON.stringify({a: undefined})",
        "JSON.stringify({a: 1, b: undefined, c: 2})",
        "JSON.stringify({a: undefined, b: 1})",
        "JSON.stringify(req)",
        "JSON.parse('{\"b\":1,\"2\":2,\"a\":[1,{\"c\":null}]}')",
        "JSON.parse('  [1, 2.5e3, -0, \"x\\\\u00e9\"] ')",
        "JSON.parse('\"\\\\ud83d\\\\ude00\"')",
        "JSON.parse(1)",
        "JSON.parse('1e400')",
        "JSON.parse('\"a\"')",
        "JSON.parse(true)",
        "JSON.parse(null)",
        "JSON.parse('{\"a\":1,\"a\":2}')",
        "JSON.parse('{\"a\":1,\"b\":2,\"a\":3}')",
        "'' + 1 / JSON.parse('-0')",
        "JSON.parse('[]').length",
        "JSON.parse(JSON.stringify({x: [1, 'y']})).x[1]",
        "?JSON.parse('{bad')",
        "?JSON.parse('{\"__proto__\": 1}')",
        "?JSON.parse()",
        "?JSON.parse('[1,]')",
        "?JSON.parse('\"\\\\ud800\"')",
        "?JSON.parse('01')",
        "?JSON.parse('\\u00a01')",
        "?JSON.stringify(1, null)",
    ]);
}

#[test]
fn request_values_and_responses() {
    check(&[
        "req.body.n + 1",
        "req.query.name",
        "req.query.n * 2",
        "req.query.n + 2",
        "req.method",
        "req.path",
        "req.headers['x-a']",
        "req.body.missing",
        "req.body.nul",
        "req.body.list.length",
        "req.body.list.indexOf(2)",
        "req.query.name.toUpperCase()",
        "req.body.s.split(' ')",
        "req.body.nested.ok && req.query.name",
        "req.body",
        "req",
        "'text'",
        "''",
        "undefined",
        "function() {}",
        "[1]",
        "null",
        "0",
        "-0",
        "NaN",
        "Infinity",
        "true",
        "{}",
    ]);
}

/// Every char of the blocks whose case mappings the evaluator trusts.
#[test]
fn case_mapping_sweep() {
    let mut cases = Vec::new();
    for (first, last) in [(0xC0u32, 0x17F), (0x370, 0x3FF), (0x400, 0x4FF)] {
        let text: String = (first..=last).filter_map(char::from_u32).collect();
        cases.push(format!("'{text}'.toUpperCase()"));
        let without_sigma: String = text.chars().filter(|c| *c != 'Σ').collect();
        cases.push(format!("'{without_sigma}'.toLowerCase()"));
    }
    // Outside those blocks, a char Rust maps is refused: Node's tables are older.
    for refused in ["'ƛ'.toUpperCase()", "'ɤ'.toUpperCase()", "'ẞ'.toLowerCase()", "'ΑΣ'.toLowerCase()"] {
        cases.push(format!("?{refused}"));
    }
    let cases: Vec<&str> = cases.iter().map(String::as_str).collect();
    check(&cases);
}
