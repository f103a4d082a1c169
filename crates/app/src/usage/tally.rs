//! Counting as it happens: in memory, and added to the database once a
//! minute, so that reading the directory never waits on a write. A count
//! lost with a crashed process is a minute of statistics, nothing a user
//! was told had happened.

use crate::{App, AppResult};
use domain::{Actor, StateCode};
use std::collections::HashMap;
use std::sync::Mutex;

/// What is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Event {
    SignIn,
    /// A State's page, or an entry's.
    View,
    /// A search or a filtered list of the directory.
    Search,
    Export,
}

impl Event {
    pub fn code(self) -> &'static str {
        match self {
            Event::SignIn => "sign_in",
            Event::View => "view",
            Event::Search => "search",
            Event::Export => "export",
        }
    }
}

/// Counts not yet in the database: (month, region, event) → how many.
#[derive(Default)]
pub struct Tally(Mutex<HashMap<(String, String, Event), i64>>);

/// The region of a State, by its code; empty without a State.
pub(crate) fn region_of(state: Option<StateCode>) -> String {
    state
        .and_then(|s| s.info().region)
        .map_or(String::new(), |r| r.code().to_string())
}

pub(crate) fn month_of(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.strftime("%Y-%m").to_string())
        .unwrap_or_default()
}

/// Counts one event of a user: a person of a State, or the custodian.
/// Programs count as their owner; regional directories are not counted.
pub(crate) fn count(app: &App, actor: &Actor, event: Event) {
    if matches!(actor, Actor::User { .. } | Actor::Token { .. }) {
        count_for(app, actor.state(), event);
    }
}

/// Counts one event of a user of `state` (none for the custodian).
pub(crate) fn count_for(app: &App, state: Option<StateCode>, event: Event) {
    let key = (month_of(app.now()), region_of(state), event);
    if let Ok(mut counts) = app.usage.0.lock() {
        *counts.entry(key).or_default() += 1;
    }
}

/// Adds what was counted to the database; returns how many events.
pub(crate) async fn flush(app: &App) -> AppResult<i64> {
    let taken: Vec<_> = match app.usage.0.lock() {
        Ok(mut counts) => counts.drain().collect(),
        Err(_) => return Ok(0),
    };
    if taken.is_empty() {
        return Ok(0);
    }
    let mut c = app.begin().await?;
    let mut total = 0;
    for ((month, region, event), n) in &taken {
        store::usage::add(&mut c, month, region, event.code(), *n).await?;
        total += n;
    }
    match c.commit().await {
        Ok(()) => Ok(total),
        Err(e) => {
            // Not written: counted again at the next minute.
            if let Ok(mut counts) = app.usage.0.lock() {
                for (key, n) in taken {
                    *counts.entry(key).or_default() += n;
                }
            }
            Err(e)
        }
    }
}
