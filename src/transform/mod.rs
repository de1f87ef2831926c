//! The tracing compiler: parse → lower → normalize → instrument → print,
//! and the source map of what was printed.
//!
//! `compile` turns a function's source into the instrumented program that
//! `TRACING.md` specifies (`crate::cli::transform` is the command).
//! Every stage is a module of its own; `resolve` (scope analysis) runs at
//! the start of lowering.

mod ast;
mod callbacks;
mod error;
mod instrument;
mod lower;
mod normalize;
mod parse;
mod plain;
mod print;
mod resolve;
mod sort;
mod sourcemap;

pub use error::CompileError;

/// Stack of the compiler thread. The parser recurses as deep as the input
/// nests, which `parse::PARSER_BUDGET` bounds; at that bound the worst
/// inputs measured need under 8 MiB (release) and 16 MiB (debug). The later
/// stages stop at `resolve::MAX_DEPTH`. Only pages actually touched are
/// committed; where the reservation itself fails, the smaller size is tried.
const COMPILER_STACKS: [usize; 2] = [64 << 20, 16 << 20];

/// Compiles `source` (named `file_name` in error messages and in the source
/// map) into the instrumented program, which ends with its source map.
pub fn compile(source: &str, file_name: &str) -> Result<String, CompileError> {
    compile_on_thread(source, file_name, Teardown::Free)
}

/// Like [`compile`], for a process that exits right after: the compiler's
/// data structures are left for the exit to reclaim (`transform` command).
pub(crate) fn compile_and_exit(source: &str, file_name: &str) -> Result<String, CompileError> {
    compile_on_thread(source, file_name, Teardown::Leak)
}

/// What to do with the compiler's data structures once the output is made.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Teardown {
    Free,
    /// The process exits right after: freeing thousands of nodes one by one
    /// would only delay it.
    Leak,
}

fn compile_on_thread(source: &str, file_name: &str, teardown: Teardown) -> Result<String, CompileError> {
    let mut last_error = None;
    for stack in COMPILER_STACKS {
        let spawned = std::thread::scope(|scope| {
            std::thread::Builder::new()
                .name("compiler".into())
                .stack_size(stack)
                .spawn_scoped(scope, || compile_here(source, file_name, teardown))
                .map(|handle| handle.join())
        });
        match spawned {
            Ok(Ok(result)) => return result,
            Ok(Err(_)) => {
                let message = "the compiler thread panicked".to_string();
                return Err(CompileError::Internal { file: file_name.into(), message });
            }
            Err(e) => last_error = Some(e),
        }
    }
    let message = match last_error {
        Some(e) => format!("cannot start the compiler thread: {e}"),
        None => "cannot start the compiler thread".to_string(),
    };
    Err(CompileError::Internal { file: file_name.into(), message })
}

/// The pipeline, on the current thread (whose stack must be large enough).
fn compile_here(source: &str, file_name: &str, teardown: Teardown) -> Result<String, CompileError> {
    let alloc = oxc_allocator::Allocator::default();
    let program = parse::parse(&alloc, source).map_err(|p| p.locate(source, file_name))?;
    let resolution = resolve::resolve(&program).map_err(|p| p.locate(source, file_name))?;
    if resolution.untraceable {
        return Ok(untraced(source, file_name));
    }
    let mut lowered = lower::lower(&program, source, resolution).map_err(|p| p.locate(source, file_name))?;
    normalize::normalize(&mut lowered);
    let instrumented = instrument::instrument(lowered);
    // The output is several times the source; one allocation up front.
    let (mut output, marks) = print::print(&instrumented, source.len() * 8 + 4096);
    let map = sourcemap::comment(&output, source, file_name, &marks);
    output.push_str(&map);
    if teardown == Teardown::Leak {
        std::mem::forget(instrumented);
        std::mem::forget(alloc);
    }
    Ok(output)
}

/// A program whose names cannot be renamed safely (`with`, direct `eval`)
/// runs exactly as written; its trace is a single `unknown`. The tracing
/// calls come last, in a block of their own, so that directives, a
/// hashbang and the user's own names stay untouched.
fn untraced(source: &str, file_name: &str) -> String {
    let mut out = String::with_capacity(source.len() * 2 + 160);
    out.push_str(source);
    out.push_str("\n;{ const $T = require(\"containerless/tracing\"); const $s0 = $T.root(); $T.on && $T.unknown($s0); $T.end(); }\n");
    let mut marks = Vec::new();
    print::verbatim_marks(source, 0, 0, &mut marks);
    let map = sourcemap::comment(&out, source, file_name, &marks);
    out.push_str(&map);
    out
}

/// Test helpers shared by the stages' unit tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    /// Parses, resolves and lowers `source` (which must be valid).
    pub fn lowered(source: &str) -> ast::Program {
        let alloc = oxc_allocator::Allocator::default();
        let program = parse::parse(&alloc, source).expect("valid test source");
        let resolution = resolve::resolve(&program).expect("resolvable test source");
        lower::lower(&program, source, resolution).expect("lowerable test source")
    }

    pub fn normalized(source: &str) -> ast::Program {
        let mut program = lowered(source);
        normalize::normalize(&mut program);
        program
    }

    /// The printed statements of a program (no instrumentation).
    pub fn printed(program: &ast::Program) -> String {
        print::print_stmts(&program.body, &program.names)
    }

    /// The printed statements after normalization, without whitespace
    /// differences mattering: lines are trimmed and joined with spaces.
    pub fn normalized_text(source: &str) -> String {
        flat(&printed(&normalized(source)))
    }

    pub fn flat(text: &str) -> String {
        text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
    }

    pub fn compiled(source: &str) -> String {
        compile(source, "index.js").expect("compiles")
    }
}
