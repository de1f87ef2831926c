//! The results: a table on stdout and `bench/results.json`.

use serde_json::{json, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Miss,
    /// A figure without a target.
    Reported,
    /// Not measured in this run (with the reason in the row).
    Skipped,
}

impl Verdict {
    pub fn of(pass: bool) -> Verdict {
        if pass {
            Verdict::Pass
        } else {
            Verdict::Miss
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "PASS",
            Verdict::Miss => "MISS",
            Verdict::Reported => "-",
            Verdict::Skipped => "SKIP",
        }
    }
}

/// One row of the table.
#[derive(Clone, Debug)]
pub struct Row {
    pub figure: String,
    pub measured: String,
    pub target: String,
    pub verdict: Verdict,
}

/// One section of the results: its rows and its raw measurements.
#[derive(Clone, Debug)]
pub struct Section {
    pub key: &'static str,
    pub rows: Vec<Row>,
    pub details: Value,
}

impl Section {
    pub fn new(key: &'static str) -> Section {
        Section { key, rows: Vec::new(), details: json!({}) }
    }

    pub fn row(&mut self, figure: impl Into<String>, measured: impl Into<String>, target: &str, verdict: Verdict) {
        self.rows.push(Row { figure: figure.into(), measured: measured.into(), target: target.into(), verdict });
    }

    pub fn skipped(key: &'static str, figure: &str, why: &str) -> Section {
        let mut section = Section::new(key);
        section.row(figure, format!("not measured: {why}"), "", Verdict::Skipped);
        section.details = json!({"skipped": why});
        section
    }
}

fn widths(rows: &[&Row]) -> [usize; 3] {
    let mut widths = ["figure".len(), "measured".len(), "target".len()];
    for row in rows {
        widths[0] = widths[0].max(row.figure.chars().count());
        widths[1] = widths[1].max(row.measured.chars().count());
        widths[2] = widths[2].max(row.target.chars().count());
    }
    widths
}

/// The table as Markdown (also readable as plain text).
pub fn table(sections: &[Section]) -> String {
    let rows: Vec<&Row> = sections.iter().flat_map(|section| &section.rows).collect();
    let [a, b, c] = widths(&rows);
    let mut out = format!("| {:a$} | {:b$} | {:c$} | result |\n", "figure", "measured", "target");
    out.push_str(&format!("|{}|{}|{}|--------|\n", "-".repeat(a + 2), "-".repeat(b + 2), "-".repeat(c + 2)));
    for row in rows {
        out.push_str(&format!(
            "| {:a$} | {:b$} | {:c$} | {:6} |\n",
            row.figure,
            row.measured,
            row.target,
            row.verdict.as_str()
        ));
    }
    out
}

pub fn to_json(machine: Value, sections: &[Section], seconds: f64) -> Value {
    let rows: Vec<Value> = sections
        .iter()
        .flat_map(|section| {
            section.rows.iter().map(move |row| {
                json!({
                    "section": section.key,
                    "figure": row.figure,
                    "measured": row.measured,
                    "target": row.target,
                    "result": row.verdict.as_str(),
                })
            })
        })
        .collect();
    let details: serde_json::Map<String, Value> =
        sections.iter().map(|section| (section.key.to_string(), section.details.clone())).collect();
    json!({
        "machine": machine,
        "benchSeconds": (seconds * 10.0).round() / 10.0,
        "table": rows,
        "details": details,
    })
}

/// Markers around the results in the README; a full run rewrites what lies
/// between them from the results it has just written.
pub const README_BEGIN: &str = "<!-- bench:results begin (written by `make bench`) -->";
pub const README_END: &str = "<!-- bench:results end -->";

/// The README's results: the machine, then the table, from `results`.
pub fn readme_results(results: &Value) -> String {
    let machine = &results["machine"];
    let text = |key: &str| machine[key].as_str().unwrap_or("?").to_string();
    let date = text("date").chars().take(10).collect::<String>();
    let memory = machine["memoryMiB"].as_u64().map_or("?".to_string(), |mib| format!("{}", mib / 1024));
    let rustc = text("rustc").split(" (").next().unwrap_or("?").to_string();
    let load = machine["loadAverageAtStart"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| machine["loadAverageAtStart"].to_string());
    let mut out = format!(
        "Measured {date} on {}, {} cores, {memory} GiB, Linux {}, {rustc}, Node {}; load average {load} at the start \
         (a shared machine), {:.0} s for the whole run. `make bench` rewrites `bench/results.json` and this table.\n\n",
        text("cpu"),
        machine["cores"],
        text("kernel"),
        text("node"),
        results["benchSeconds"].as_f64().unwrap_or(f64::NAN),
    );
    out.push_str("| figure | measured | target | result |\n|---|---|---|---|\n");
    for row in results["table"].as_array().into_iter().flatten() {
        let cell = |key: &str| row[key].as_str().unwrap_or("").replace('|', "\\|");
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            cell("figure"),
            cell("measured"),
            cell("target"),
            cell("result")
        ));
    }
    out
}

/// `readme` with the text between the markers replaced by `results`; an
/// error when the markers are missing or out of order.
pub fn replace_results(readme: &str, results: &str) -> Result<String, String> {
    let begin = readme.find(README_BEGIN).ok_or("the README has no results marker")?;
    let end = readme.find(README_END).ok_or("the README has no end-of-results marker")?;
    if end < begin {
        return Err("the README's results markers are out of order".into());
    }
    let head = &readme[..begin + README_BEGIN.len()];
    Ok(format!("{head}\n{results}{}", &readme[end..]))
}
