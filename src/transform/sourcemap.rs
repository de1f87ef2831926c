//! Stage 6: the source map of the printed program, so that Node's stack
//! traces point into the author's `index.js`, not into `traced.js`.
//!
//! The printer's [`Mark`]s say which output byte comes from which source
//! byte; here both become lines and columns (columns in UTF-16 units, as
//! V8 counts them) and `oxc_sourcemap` writes the map. Node finds, for a
//! position in `traced.js`, the nearest mark at or before it: a statement's
//! mark covers the tracing calls printed with it, and a call's mark the
//! call.

use std::borrow::Cow;

use oxc_sourcemap::{SourceMap, Token};

use super::print::Mark;

/// The comment that ends the program: the map inline, as a `data:` URL
/// (the compiler writes only its standard output). `file_name` is the
/// source as Node will find it from the program's directory.
pub fn comment(output: &str, source: &str, file_name: &str, marks: &[Mark]) -> String {
    format!("//# sourceMappingURL={}\n", build(output, source, file_name, marks).to_data_url())
}

fn build<'a>(output: &str, source: &str, file_name: &'a str, marks: &[Mark]) -> SourceMap<'a> {
    let mut out_cursor = Cursor::default();
    let mut src_lines = SourceLines::new(source);
    let mut tokens = Vec::with_capacity(marks.len());
    for &(out_at, src_at) in marks {
        let (dst_line, dst_col) = out_cursor.advance(output, out_at as usize);
        let (src_line, src_col) = src_lines.locate(src_at as usize);
        tokens.push(Token::new(dst_line, dst_col, src_line, src_col, Some(0), None));
    }
    SourceMap::new(
        None,
        Vec::new(),
        None,
        vec![Cow::Borrowed(file_name)],
        // Node reads the source file itself when it shows an error's line.
        vec![None],
        tokens.into_boxed_slice(),
        None,
    )
}

/// Line and UTF-16 column of a byte offset, for offsets that only grow.
#[derive(Default)]
struct Cursor {
    at: usize,
    line: u32,
    col: u32,
}

impl Cursor {
    fn advance(&mut self, text: &str, to: usize) -> (u32, u32) {
        let to = to.min(text.len());
        if to > self.at {
            for c in text[self.at..to].chars() {
                if c == '\n' {
                    self.line += 1;
                    self.col = 0;
                } else {
                    self.col += c.len_utf16() as u32;
                }
            }
            self.at = to;
        }
        (self.line, self.col)
    }
}

/// Line and UTF-16 column of any byte offset of the source: marks come in
/// output order, which is mostly but not always source order.
struct SourceLines<'s> {
    text: &'s str,
    /// Byte offset where each line starts.
    starts: Vec<usize>,
    /// The last answer, to count on from it on the same line.
    last: (usize, u32, u32),
}

impl<'s> SourceLines<'s> {
    fn new(text: &'s str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1));
        SourceLines { text, starts, last: (0, 0, 0) }
    }

    fn locate(&mut self, at: usize) -> (u32, u32) {
        let mut at = at.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= at) - 1;
        let (last_at, last_line, last_col) = self.last;
        let (from, col) =
            if last_line as usize == line && last_at <= at { (last_at, last_col) } else { (self.starts[line], 0) };
        let col = col + self.text[from..at].chars().map(|c| c.len_utf16() as u32).sum::<u32>();
        self.last = (at, line as u32, col);
        (line as u32, col)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::normalized;
    use super::super::{instrument, print};
    use super::*;

    /// Where Node would place `needle` (its first byte in the printed
    /// program): the source line and column of the nearest mark at or
    /// before it, both counted from 1 as in a stack trace.
    fn node_position(source: &str, needle: &str) -> (u32, u32) {
        let (output, marks) = print::print(&instrument::instrument(normalized(source)), 0);
        let map = build(&output, source, "index.js", &marks);
        let at = output.find(needle).unwrap_or_else(|| panic!("no {needle} in {output}"));
        let (line, col) = Cursor::default().advance(&output, at);
        let token = map
            .get_tokens()
            .take_while(|t| (t.get_dst_line(), t.get_dst_col()) <= (line, col))
            .last()
            .unwrap_or_else(|| panic!("nothing maps {needle}"));
        assert_eq!(token.get_source_id(), Some(0));
        (token.get_src_line() + 1, token.get_src_col() + 1)
    }

    const PROGRAM: &str = "let a = 1;\n\
        function f(o) {\n\
        \x20 return o.k;\n\
        }\n\
        let b = a + f({ k: 2 });\n\
        \x20 g.h(b);\n\
        if (b) {\n\
        \x20 throw new Date(`\u{e9}${b}`); }\n";

    #[test]
    fn statements_map_to_where_they_start() {
        assert_eq!(node_position(PROGRAM, "let a = 1"), (1, 1));
        assert_eq!(node_position(PROGRAM, "return o.k"), (3, 3));
        // The tracing call before a statement belongs to it too.
        assert_eq!(node_position(PROGRAM, "$T.ret($s1"), (3, 3));
        assert_eq!(node_position(PROGRAM, "if ($T.on ? $T.when"), (7, 1));
        // After the call its value needs, the statement is its own again.
        assert_eq!(node_position(PROGRAM, "let b = "), (5, 1));
    }

    #[test]
    fn calls_map_to_where_node_places_them() {
        // `f` is the 13th character of line 5; `h` the 5th of line 6.
        assert_eq!(node_position(PROGRAM, "$T.call($s0"), (5, 13));
        assert_eq!(node_position(PROGRAM, "$T.mcallv($s0"), (6, 5));
        // The direct call made when nothing records, as well.
        assert_eq!(node_position(PROGRAM, "g.h(b);"), (6, 5));
    }

    #[test]
    fn opaque_text_maps_word_by_word() {
        assert_eq!(node_position(PROGRAM, "throw new"), (8, 3));
        assert_eq!(node_position(PROGRAM, "new Date"), (8, 9));
        // After `é` (2 bytes, 1 UTF-16 unit), `b` is the 22nd unit.
        assert_eq!(node_position(PROGRAM, "b}`)"), (8, 22));
    }

    #[test]
    fn columns_count_utf16_units_and_lines_restart_them() {
        let mut lines = SourceLines::new("ab\n\u{e9}\u{1f600}x\ny");
        assert_eq!(lines.locate(1), (0, 1));
        // `é` is 2 bytes and 1 unit, the emoji 4 bytes and 2 units.
        assert_eq!(lines.locate(9), (1, 3));
        assert_eq!(lines.locate(3), (1, 0), "backwards");
        assert_eq!(lines.locate(11), (2, 0));
        let mut cursor = Cursor::default();
        assert_eq!(cursor.advance("a\u{e9}\nb", 3), (0, 2));
        assert_eq!(cursor.advance("a\u{e9}\nb", 5), (1, 1));
    }
}
