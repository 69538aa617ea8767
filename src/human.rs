//! How tldops says times, durations and counts to people.

use chrono::{DateTime, Utc};

/// A time as people read it in an incident: UTC, to the minute.
pub fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// A duration in the largest sensible unit.
pub fn age(d: chrono::Duration) -> String {
    let (days, hours, minutes) = (d.num_days(), d.num_hours(), d.num_minutes());
    match () {
        _ if days >= 2 => crate::tr!("age-days", n = days),
        _ if hours >= 2 => crate::tr!("age-hours", n = hours),
        _ if minutes >= 2 => crate::tr!("age-minutes", n = minutes),
        _ => crate::tr!("age-moments"),
    }
}

/// Numbers with thousands separators, as in "4,210 messages".
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 snapshot", "2 snapshots".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_read_well() {
        assert_eq!(super::thousands(4210), "4,210");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1_000_000), "1,000,000");
        assert_eq!(super::plural(1, "message", "messages"), "1 message");
    }
}
