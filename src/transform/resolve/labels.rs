//! `break`/`continue` targets (ECMA-262 §14.13 labelled statements, and
//! the early errors of §14.8 and §14.9). Targets never cross a function,
//! a class field initializer or a static block: each starts with no labels
//! (`FnFrame::label_base`).

use oxc_ast::ast::{LabeledStatement, Statement};
use oxc_span::Span;

use super::resolution::Jump;
use super::Resolver;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TargetKind {
    Loop,
    Switch,
    /// A labelled statement that is not a loop: only `break label` leaves it.
    Other,
}

/// A statement that jumps can target, while it is being walked.
pub(super) struct LabelEntry {
    names: Vec<String>,
    target: u32,
    kind: TargetKind,
}

fn is_loop(stmt: &Statement<'_>) -> bool {
    matches!(
        stmt,
        Statement::ForStatement(_)
            | Statement::ForInStatement(_)
            | Statement::ForOfStatement(_)
            | Statement::WhileStatement(_)
            | Statement::DoWhileStatement(_)
    )
}

impl Resolver {
    /// Walks what `walk` walks with the statement at `target` (labelled
    /// `names`) as a jump target.
    pub(super) fn targeted(
        &mut self,
        names: Vec<String>,
        target: u32,
        kind: TargetKind,
        walk: impl FnOnce(&mut Resolver),
    ) {
        self.labels.push(LabelEntry { names, target, kind });
        walk(self);
        self.labels.pop();
    }

    /// A chain of labels names the statement under them: a loop is the
    /// target of `continue label` as well (§14.7.1.2 LoopContinues).
    pub(super) fn walk_labelled(&mut self, s: &LabeledStatement<'_>) {
        let mut names = vec![s.label.name.to_string()];
        self.res.labels.insert(s.label.name.to_string());
        let mut body = &s.body;
        while let Statement::LabeledStatement(inner) = body {
            names.push(inner.label.name.to_string());
            self.res.labels.insert(inner.label.name.to_string());
            body = &inner.body;
        }
        if is_loop(body) {
            self.walk_loop(body, names);
        } else {
            self.targeted(names, s.span.start, TargetKind::Other, |r| r.walk_sub_statement(body));
        }
    }

    /// A `break` leaves the innermost loop or switch, or the statement its
    /// label names; a `continue` needs a loop (§14.8.1, §14.9.1, §8.3).
    pub(super) fn jump(&mut self, span: Span, label: Option<&str>, is_continue: bool) {
        let base = self.fns.last().map(|f| f.label_base).unwrap_or(0);
        let found = self.labels[base..].iter().rev().find(|e| match label {
            Some(name) => e.names.iter().any(|n| n == name),
            None if is_continue => e.kind == TargetKind::Loop,
            None => e.kind != TargetKind::Other,
        });
        match found {
            Some(entry) if is_continue && entry.kind != TargetKind::Loop => {
                self.fail(span.start, "Illegal continue statement: no surrounding iteration statement".into());
            }
            Some(entry) => {
                let target = entry.target;
                self.res.jumps.push(Jump { start: span.start, end: span.end, target, is_continue });
                if is_continue {
                    self.res.continued.insert(target);
                }
            }
            None => {
                let message = match label {
                    Some(name) => format!("Undefined label '{name}'"),
                    None if is_continue => "Illegal continue statement: no surrounding iteration statement".into(),
                    None => "Illegal break statement".into(),
                };
                self.fail(span.start, message);
            }
        }
    }
}
