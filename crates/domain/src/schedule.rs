//! The calendar of the scheduled communication check (PING-1): in which
//! slot a check is due, and when the next one starts. Times are epoch
//! milliseconds in UTC.

use jiff::Timestamp;
use jiff::tz::TimeZone;

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

/// When the scheduled check runs: on `day` of each of `months`, at `hour`
/// UTC; a slot missed while no instance was up still starts within
/// `catch_up_days`. No months, no scheduled check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    pub months: Vec<u8>,
    pub day: u8,
    pub hour: u8,
    pub catch_up_days: i64,
}

impl Calendar {
    /// The scheduled slots of the previous, current and next year, in time
    /// order, as ("YYYY-MM", epoch milliseconds).
    fn slots(&self, now: i64) -> Vec<(String, i64)> {
        let year = Timestamp::from_millisecond(now)
            .map(|t| t.to_zoned(TimeZone::UTC).year())
            .unwrap_or(2026);
        let mut months = self.months.clone();
        months.sort_unstable();
        months.dedup();
        let mut out = Vec::new();
        for y in [year - 1, year, year + 1] {
            for &m in &months {
                let at = jiff::civil::date(y, m as i8, self.day as i8)
                    .at(self.hour as i8, 0, 0, 0)
                    .to_zoned(TimeZone::UTC)
                    .map(|z| z.timestamp().as_millisecond());
                if let Ok(at) = at {
                    out.push((format!("{y:04}-{m:02}"), at));
                }
            }
        }
        out
    }

    /// The slot to run now: the latest one that has begun, unless it began
    /// longer ago than the catch-up window (a fresh installation does not run
    /// last season's check).
    pub fn due_slot(&self, now: i64) -> Option<String> {
        let window = (self.catch_up_days * DAY).max(HOUR);
        self.slots(now)
            .into_iter()
            .rfind(|(_, at)| *at <= now)
            .filter(|(_, at)| now - at <= window)
            .map(|(key, _)| key)
    }

    /// When the next scheduled check starts, if one is scheduled.
    pub fn next_slot(&self, now: i64) -> Option<i64> {
        self.slots(now)
            .into_iter()
            .map(|(_, at)| at)
            .find(|at| *at > now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> i64 {
        s.parse::<Timestamp>().unwrap().as_millisecond()
    }

    #[test]
    fn ping1_six_monthly_slots_with_a_catch_up_window() {
        let k = Calendar {
            months: vec![1, 7],
            day: 15,
            hour: 9,
            catch_up_days: 7,
        };
        assert_eq!(k.due_slot(at("2027-01-15T08:59:00Z")), None);
        assert_eq!(
            k.due_slot(at("2027-01-15T09:00:00Z")).as_deref(),
            Some("2027-01")
        );
        assert_eq!(
            k.due_slot(at("2027-01-21T09:00:00Z")).as_deref(),
            Some("2027-01"),
            "an instance that was down for six days catches up"
        );
        assert_eq!(k.due_slot(at("2027-01-23T09:00:00Z")), None);
        assert_eq!(
            k.due_slot(at("2026-07-16T00:00:00Z")).as_deref(),
            Some("2026-07")
        );
        assert_eq!(
            k.next_slot(at("2026-11-24T00:00:00Z")),
            Some(at("2027-01-15T09:00:00Z"))
        );
        assert_eq!(
            k.next_slot(at("2026-12-31T23:00:00Z")),
            Some(at("2027-01-15T09:00:00Z")),
            "across the year end"
        );
        let off = Calendar {
            months: vec![],
            ..k
        };
        assert_eq!(off.due_slot(at("2027-01-15T09:00:00Z")), None);
        assert_eq!(off.next_slot(at("2027-01-15T09:00:00Z")), None);
    }
}
