//! Renders a trace as indented pseudo-JavaScript for people.

/// Renders trace JSON as text; `Err` carries why the trace is malformed.
pub fn render(_trace: &[u8]) -> Result<String, String> {
    Err("pretty printer not implemented yet".into())
}
