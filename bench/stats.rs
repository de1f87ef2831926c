//! Summaries of repeated measurements.

use serde_json::{json, Value};
use std::time::Duration;

/// The median of `values` (the mean of the middle two for an even count);
/// NaN when empty.
pub fn median(values: &[f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted[middle]
    } else {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    }
}

pub fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// `{median, min, max, n, samples}` of measurements in one unit.
pub fn summary(values: &[f64]) -> Value {
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    json!({
        "median": round(median(values), 3),
        "min": round(min, 3),
        "max": round(max, 3),
        "n": values.len(),
        "samples": values.iter().map(|v| round(*v, 3)).collect::<Vec<_>>(),
    })
}

pub fn round(value: f64, digits: i32) -> f64 {
    let scale = 10f64.powi(digits);
    (value * scale).round() / scale
}
