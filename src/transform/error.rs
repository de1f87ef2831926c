//! Typed compiler errors. The `transform` command prints one and exits 1
//! (`Syntax`, `TooDeep`: the program is at fault) or 2 (`Internal`); the
//! agent shows its text inside `/info`'s `error` (`errorCode` 102).

/// Why a program could not be compiled. `Display` gives the located form
/// `FILE:LINE:COL: message` that the agent keeps for `/info`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompileError {
    /// The source is not valid JavaScript (oxc's message, or an early error
    /// the compiler itself detects, such as a redeclared `let`).
    #[error("{file}:{line}:{column}: {message}")]
    Syntax { file: String, line: usize, column: usize, message: String },
    /// Nesting beyond what the compiler accepts (an explicit budget, so that
    /// no input can overflow the stack).
    #[error("{file}:{line}:{column}: nesting too deep (more than {limit} levels)")]
    TooDeep { file: String, line: usize, column: usize, limit: usize },
    /// The compiler thread could not be started or failed unexpectedly.
    #[error("{file}: internal compiler error: {message}")]
    Internal { file: String, message: String },
}

/// A problem found at a byte offset, located later against the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Syntax(u32, String),
    TooDeep(u32, usize),
}

impl Problem {
    pub fn locate(self, source: &str, file: &str) -> CompileError {
        match self {
            Problem::Syntax(offset, message) => {
                let (line, column) = line_column(source, offset as usize);
                CompileError::Syntax { file: file.to_string(), line, column, message }
            }
            Problem::TooDeep(offset, limit) => {
                let (line, column) = line_column(source, offset as usize);
                CompileError::TooDeep { file: file.to_string(), line, column, limit }
            }
        }
    }
}

/// 1-based line and column of a byte offset. Lines end at any JavaScript
/// line terminator (`\n`, `\r\n`, `\r`, U+2028, U+2029); columns count
/// characters, not bytes.
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let mut line = 1;
    let mut column = 1;
    let mut chars = source.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if at >= offset {
            break;
        }
        match c {
            '\r' => {
                if let Some(&(next_at, '\n')) = chars.peek() {
                    if next_at < offset {
                        chars.next();
                    }
                }
                line += 1;
                column = 1;
            }
            '\n' | '\u{2028}' | '\u{2029}' => {
                line += 1;
                column = 1;
            }
            _ => column += 1,
        }
    }
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_are_one_based_and_count_characters() {
        let src = "ab\ncdé\r\nfg\rh\u{2028}i";
        assert_eq!(line_column(src, 0), (1, 1));
        assert_eq!(line_column(src, 1), (1, 2));
        assert_eq!(line_column(src, 3), (2, 1));
        // After the two-byte `é` the column counts one character.
        let g = src.find('g').unwrap();
        assert_eq!(line_column(src, g), (3, 2));
        let h = src.find('h').unwrap();
        assert_eq!(line_column(src, h), (4, 1));
        let i = src.find('i').unwrap();
        assert_eq!(line_column(src, i), (5, 1));
        assert_eq!(line_column(src, src.len() + 10), (5, 2));
    }

    #[test]
    fn errors_print_located() {
        let e = Problem::Syntax(4, "Unexpected token".into()).locate("let\n x", "index.js");
        assert_eq!(e.to_string(), "index.js:2:1: Unexpected token");
        let d = Problem::TooDeep(0, 500).locate("x", "a.js");
        assert_eq!(d.to_string(), "a.js:1:1: nesting too deep (more than 500 levels)");
    }
}
