//! Usage statistics for the custodian (USE-1): how often and for what the
//! directory is used, per month and per region of the acting State.
//! Counts only: never a communication's content, never who looked up whom.

mod tally;

pub use tally::Tally;
pub(crate) use tally::{Event, count, count_for, flush};

use crate::error::authorize;
use crate::{App, AppResult};
use domain::policy::Resource;
use domain::{Action, Actor, StateCode};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// The counts of one month in one region.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Activity {
    /// "YYYY-MM".
    pub month: String,
    /// The region of the acting or sending State; empty for the custodian.
    pub region: String,
    pub sign_ins: i64,
    /// State pages and entries opened.
    pub views: i64,
    /// Searches and filtered lists of the directory.
    pub searches: i64,
    pub exports: i64,
    /// Communications sent by States of the region (one per receiving State).
    pub communications: i64,
    /// Communication checks sent to the region's points of contact.
    pub checks: i64,
    /// States of the region taking part in an exercise started that month
    /// (EXR-1); an exercise's own communications are not counted above.
    pub exercises: i64,
}

impl Activity {
    /// The counts' names, in the order of `counts`: the CSV's columns and
    /// the keys of their labels.
    pub const COUNTED: [&'static str; 7] = [
        "sign_ins",
        "views",
        "searches",
        "exports",
        "communications",
        "checks",
        "exercises",
    ];

    pub fn counts(&self) -> [i64; 7] {
        [
            self.sign_ins,
            self.views,
            self.searches,
            self.exports,
            self.communications,
            self.checks,
            self.exercises,
        ]
    }

    fn add(&mut self, other: &Activity) {
        self.sign_ins += other.sign_ins;
        self.views += other.views;
        self.searches += other.searches;
        self.exports += other.exports;
        self.communications += other.communications;
        self.checks += other.checks;
        self.exercises += other.exercises;
    }
}

/// Every month and region with something counted, oldest first; and the
/// same counts summed by month and by region.
pub struct Usage {
    pub rows: Vec<Activity>,
    pub by_month: Vec<Activity>,
    pub by_region: Vec<Activity>,
}

pub async fn activity(app: &App, actor: &Actor) -> AppResult<Usage> {
    authorize(actor, Action::ViewUsage, Resource::None)?;
    // What this instance counted is written first; others write theirs
    // within a minute.
    flush(app).await?;
    let mut c = app.db.conn().await?;
    let mut cells: BTreeMap<(String, String), Activity> = BTreeMap::new();
    fn cell(
        cells: &mut BTreeMap<(String, String), Activity>,
        month: String,
        region: String,
    ) -> &mut Activity {
        cells
            .entry((month.clone(), region.clone()))
            .or_insert_with(|| Activity {
                month,
                region,
                ..Default::default()
            })
    }
    for r in store::usage::all(&mut c).await? {
        let a = cell(&mut cells, r.month, r.region);
        match r.event.as_str() {
            "sign_in" => a.sign_ins += r.n,
            "view" => a.views += r.n,
            "search" => a.searches += r.n,
            _ => a.exports += r.n,
        }
    }
    let region = |code: &str| tally::region_of(StateCode::parse(code).ok());
    for t in store::message::all_meta(&mut c).await? {
        cell(
            &mut cells,
            tally::month_of(t.created_at),
            region(&t.from_state),
        )
        .communications += 1;
    }
    for s in store::campaign::checks_sent(&mut c).await? {
        cell(
            &mut cells,
            tally::month_of(s.launched_at),
            region(&s.state_code),
        )
        .checks += s.n;
    }
    for x in store::exercise::taking_part(&mut c).await? {
        cell(&mut cells, tally::month_of(x.started_at), region(&x.state)).exercises += 1;
    }
    let rows: Vec<Activity> = cells.into_values().collect();
    let sum = |key: &dyn Fn(&Activity) -> Activity| {
        let mut m: BTreeMap<(String, String), Activity> = BTreeMap::new();
        for r in &rows {
            let k = key(r);
            m.entry((k.month.clone(), k.region.clone()))
                .or_insert(k)
                .add(r);
        }
        m.into_values().collect::<Vec<_>>()
    };
    Ok(Usage {
        by_month: sum(&|r| Activity {
            month: r.month.clone(),
            ..Default::default()
        }),
        by_region: sum(&|r| Activity {
            region: r.region.clone(),
            ..Default::default()
        }),
        rows,
    })
}

/// The counts as CSV, one line per month and region.
pub fn csv(rows: &[Activity]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(["month", "region"].iter().chain(&Activity::COUNTED));
    for r in rows {
        let mut record = vec![r.month.clone(), r.region.clone()];
        record.extend(r.counts().iter().map(i64::to_string));
        let _ = w.write_record(&record);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
