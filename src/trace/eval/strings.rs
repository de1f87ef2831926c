//! String operations in JavaScript's UTF-16 terms over UTF-8 text.
//!
//! Positions are counted in UTF-16 code units. A position can fall between
//! the two halves of a surrogate pair; any result that would then hold half
//! a pair is refused (`None`), since it cannot be represented faithfully.

use std::cmp::Ordering;

use super::value::JsStr;
use crate::trace::number::is_js_whitespace;

/// Where a UTF-16 position falls in the UTF-8 text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BytePos {
    /// On a character boundary.
    At(usize),
    /// Between the halves of the pair encoding the char at `start..end`.
    InPair { start: usize, end: usize },
}

/// Byte position of code unit `unit` (clamped to the end).
pub(crate) fn byte_pos(s: &JsStr, unit: usize) -> BytePos {
    let text = s.as_str();
    if s.is_ascii() {
        return BytePos::At(unit.min(text.len()));
    }
    let mut units = 0;
    for (b, c) in text.char_indices() {
        if units == unit {
            return BytePos::At(b);
        }
        let width = c.len_utf16();
        if units + width > unit {
            return BytePos::InPair { start: b, end: b + c.len_utf8() };
        }
        units += width;
    }
    BytePos::At(text.len())
}

/// UTF-16 position of a byte offset that is on a char boundary.
pub(crate) fn unit_pos(s: &JsStr, byte: usize) -> usize {
    if s.is_ascii() {
        byte
    } else {
        s.as_str()[..byte].encode_utf16().count()
    }
}

/// Code units `from..to` (`from <= to <= len`), or `None` if that would
/// split a surrogate pair.
pub(crate) fn substring(s: &JsStr, from: usize, to: usize) -> Option<JsStr> {
    if from >= to {
        return Some(JsStr::new(""));
    }
    if from == 0 && to >= s.units() {
        return Some(s.clone());
    }
    match (byte_pos(s, from), byte_pos(s, to)) {
        (BytePos::At(a), BytePos::At(b)) => Some(JsStr::new(&s.as_str()[a..b])),
        _ => None,
    }
}

/// The one-unit string at `unit` (`s[i]`), `None` when that unit is half of
/// a pair. `unit` must be below the length.
pub(crate) fn unit_string(s: &JsStr, unit: usize) -> Option<JsStr> {
    match byte_pos(s, unit) {
        BytePos::At(b) => {
            let c = s.as_str()[b..].chars().next()?;
            (c.len_utf16() == 1).then(|| JsStr::new(c.encode_utf8(&mut [0; 4])))
        }
        BytePos::InPair { .. } => None,
    }
}

/// StringIndexOf: the first position `>= from` where `search` occurs.
pub(crate) fn index_of(s: &JsStr, search: &str, from: usize) -> Option<usize> {
    if search.is_empty() {
        return (from <= s.units()).then_some(from);
    }
    // A well-formed needle cannot start on the second half of a pair, so
    // starting inside a pair means starting after it.
    let start = match byte_pos(s, from) {
        BytePos::At(b) => b,
        BytePos::InPair { end, .. } => end,
    };
    let found = s.as_str()[start..].find(search)?;
    Some(unit_pos(s, start + found))
}

/// Does `search` occur at code unit `pos`?
pub(crate) fn occurs_at(s: &JsStr, search: &JsStr, pos: usize) -> bool {
    if search.is_empty() {
        return true;
    }
    if pos + search.units() > s.units() {
        return false;
    }
    match byte_pos(s, pos) {
        BytePos::At(b) => s.as_str()[b..].starts_with(search.as_str()),
        // The text there starts with a low surrogate; the needle cannot.
        BytePos::InPair { .. } => false,
    }
}

/// Compares by UTF-16 code units, as JavaScript's `<` does (which differs
/// from code point order for astral chars against U+E000..U+FFFF).
pub(crate) fn compare(a: &JsStr, b: &JsStr) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        a.as_str().cmp(b.as_str())
    } else {
        a.as_str().encode_utf16().cmp(b.as_str().encode_utf16())
    }
}

pub(crate) fn trim(s: &JsStr) -> JsStr {
    let trimmed = s.as_str().trim_matches(is_js_whitespace);
    if trimmed.len() == s.as_str().len() {
        s.clone()
    } else {
        JsStr::new(trimmed)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    Upper,
    Lower,
}

/// `toUpperCase` / `toLowerCase`, or `None` when a character's mapping might
/// differ between Rust's Unicode tables and Node's.
///
/// Mappings are never removed from Unicode, so a char Rust leaves alone is
/// left alone by Node too. But new mappings do get added to old chars
/// (Unicode 16 gave `ƛ` a capital; Node 20 has Unicode 15.1), so chars Rust
/// changes are trusted only in blocks whose case pairs are long complete:
/// Latin-1, Latin Extended-A, Greek and Cyrillic. Final sigma, whose rule
/// depends on context tables, is refused.
pub(crate) fn change_case(s: &JsStr, case: Case) -> Option<JsStr> {
    let text = s.as_str();
    if s.is_ascii() {
        return Some(JsStr::from_string(match case {
            Case::Upper => text.to_ascii_uppercase(),
            Case::Lower => text.to_ascii_lowercase(),
        }));
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let before = out.len();
        match case {
            Case::Upper => out.extend(c.to_uppercase()),
            Case::Lower => out.extend(c.to_lowercase()),
        }
        let changed = out.len() != before + c.len_utf8() || !out[before..].starts_with(c);
        if changed && !case_mapping_trusted(c) {
            return None;
        }
    }
    Some(JsStr::from_string(out))
}

fn case_mapping_trusted(c: char) -> bool {
    c.is_ascii() || matches!(c, '\u{80}'..='\u{17f}' | '\u{370}'..='\u{3ff}' | '\u{400}'..='\u{4ff}') && c != '\u{3a3}'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn js(s: &str) -> JsStr {
        JsStr::new(s)
    }

    #[test]
    fn positions_inside_pairs() {
        let s = js("a😀b");
        assert_eq!(s.units(), 4);
        assert_eq!(byte_pos(&s, 1), BytePos::At(1));
        assert_eq!(byte_pos(&s, 2), BytePos::InPair { start: 1, end: 5 });
        assert_eq!(byte_pos(&s, 3), BytePos::At(5));
        assert_eq!(substring(&s, 1, 3).map(|x| x.as_str().to_owned()), Some("😀".into()));
        assert!(substring(&s, 0, 2).is_none());
        assert!(substring(&s, 2, 2).is_some());
        assert!(unit_string(&s, 2).is_none());
        assert_eq!(unit_string(&s, 3).unwrap().as_str(), "b");
        assert_eq!(index_of(&s, "b", 2), Some(3));
        assert_eq!(index_of(&s, "", 2), Some(2));
        assert_eq!(index_of(&s, "😀", 2), None);
        assert!(occurs_at(&s, &js("😀b"), 1));
        assert!(!occurs_at(&s, &js("b"), 2));
    }

    #[test]
    fn compares_code_units() {
        // U+FF61 sorts after U+1F600 by code point, before it by code unit.
        assert_eq!(compare(&js("\u{ff61}"), &js("😀")), Ordering::Greater);
        assert_eq!(compare(&js("a"), &js("ab")), Ordering::Less);
    }

    #[test]
    fn case_changes() {
        assert_eq!(change_case(&js("Straße"), Case::Upper).unwrap().as_str(), "STRASSE");
        assert_eq!(change_case(&js("ÉTÉ"), Case::Lower).unwrap().as_str(), "été");
        assert_eq!(change_case(&js("日本"), Case::Upper).unwrap().as_str(), "日本");
        assert!(change_case(&js("ΟΔΟΣ"), Case::Lower).is_none());
        assert!(change_case(&js("\u{10400}"), Case::Lower).is_none());
        assert!(change_case(&js("\u{19b}"), Case::Upper).is_none());
    }

    #[test]
    fn trims_javascript_whitespace() {
        assert_eq!(trim(&js("\u{feff} x\u{2028}\t")).as_str(), "x");
        assert_eq!(trim(&js("\u{85}x")).as_str(), "\u{85}x");
    }
}
