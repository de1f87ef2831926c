//! A unified line diff for golden-file failures (longest common
//! subsequence; golden files are small, so its quadratic table is fine).

/// Lines around each change that the diff shows.
const CONTEXT: usize = 3;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Edit {
    Keep,
    Delete,
    Insert,
}

/// `want` → `got` as a unified diff (`-` expected, `+` actual); empty when equal.
pub fn unified(want: &str, got: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let edits = edits(&a, &b);
    let mut out = String::new();
    let mut i = 0;
    while let Some(first) = edits[i..].iter().position(|(e, _, _)| *e != Edit::Keep).map(|p| p + i) {
        let start = first.saturating_sub(CONTEXT);
        let mut end = first;
        // A hunk runs until CONTEXT * 2 unchanged lines separate two changes.
        while end < edits.len() {
            let next_change = edits[end..].iter().position(|(e, _, _)| *e != Edit::Keep).map(|p| p + end);
            match next_change {
                Some(change) if change - end <= CONTEXT * 2 => end = change + 1,
                _ => break,
            }
        }
        let end = (end + CONTEXT).min(edits.len());
        hunk(&mut out, &edits[start..end], &a, &b);
        i = end;
    }
    out
}

fn hunk(out: &mut String, edits: &[(Edit, usize, usize)], a: &[&str], b: &[&str]) {
    let (_, a0, b0) = edits[0];
    let old = edits.iter().filter(|(e, _, _)| *e != Edit::Insert).count();
    let new = edits.iter().filter(|(e, _, _)| *e != Edit::Delete).count();
    out.push_str(&format!("@@ -{},{old} +{},{new} @@\n", a0 + 1, b0 + 1));
    for &(edit, i, j) in edits {
        match edit {
            Edit::Keep => out.push_str(&format!(" {}\n", a[i])),
            Edit::Delete => out.push_str(&format!("-{}\n", a[i])),
            Edit::Insert => out.push_str(&format!("+{}\n", b[j])),
        }
    }
}

/// The edit script, each step with its position in `a` and in `b`.
fn edits(a: &[&str], b: &[&str]) -> Vec<(Edit, usize, usize)> {
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push((Edit::Keep, i, j));
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            // Deletions first, so that a changed line reads `-old` then `+new`.
            out.push((Edit::Delete, i, j));
            i += 1;
        } else {
            out.push((Edit::Insert, i, j));
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::unified;

    #[test]
    fn equal_texts_have_no_diff() {
        assert_eq!(unified("a\nb\n", "a\nb\n"), "");
    }

    #[test]
    fn a_changed_line_shows_with_its_context() {
        let want = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        let got = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assert_eq!(unified(want, got), "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
    }

    #[test]
    fn distant_changes_are_separate_hunks() {
        let want: String = (1..=20).map(|n| format!("{n}\n")).collect();
        let got: String =
            (1..=20).filter(|n| *n != 19).map(|n| if n == 2 { "two\n".into() } else { format!("{n}\n") }).collect();
        let diff = unified(&want, &got);
        assert_eq!(diff.matches("@@ -").count(), 2, "{diff}");
        assert!(diff.contains("-2\n+two\n") && diff.contains("-19\n"), "{diff}");
    }
}
