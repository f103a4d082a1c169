//! What a regional directory reads: a snapshot of the entries it may hold,
//! then the changes since its cursor (as JMAP's `/changes` and NRTMv4 do):
//! entries published, and tombstones for those withdrawn or no longer
//! shared. A cursor too old, or behind too many changes, is answered with
//! "take a fresh snapshot".

use crate::clock::DAY;
use crate::directory::export::{EntryRecord, record};
use crate::directory::{Entry, entry_of};
use crate::{App, AppError, AppResult};
use domain::policy::Resource;
use domain::{Action, Actor, StateCode};
use serde::Serialize;
use store::poc::PocRow;
use utoipa::ToSchema;

/// Entries in a page of a snapshot.
pub const PAGE: i64 = 1000;
/// Beyond this many changes, a fresh snapshot costs the client less.
pub const MAX_CHANGES: i64 = 5000;

/// A page of the entries the client may hold.
#[derive(Serialize, ToSchema)]
pub struct Snapshot {
    pub items: Vec<EntryRecord>,
    /// Asks for the next page of the same snapshot; null on the last page.
    pub next_page: Option<String>,
    /// Where the changes feed starts for a copy made from this snapshot:
    /// keep the one of the first page.
    pub cursor: String,
}

/// What changed since a cursor.
#[derive(Serialize, ToSchema)]
pub struct Changes {
    /// Entries published since: new, or replacing the copy's.
    pub updated: Vec<EntryRecord>,
    /// Entries the copy must delete.
    pub deleted: Vec<Tombstone>,
    /// Where the next call starts.
    pub cursor: String,
}

/// An entry the copy must delete, and why.
#[derive(Serialize, ToSchema)]
pub struct Tombstone {
    pub id: String,
    pub state: StateCode,
    /// "withdrawn" by its State, or "consent-revoked": the State no
    /// longer shares with this directory.
    pub reason: String,
}

/// The answer to a cursor: the changes, or "resynchronise".
pub enum Feed {
    Changes(Changes),
    Resync,
}

/// Only a regional directory has a copy to keep: the policy lets no one
/// else read shared entries.
fn client_of(actor: &Actor) -> AppResult<&str> {
    match actor {
        Actor::Regional { client } => Ok(client),
        _ => Err(crate::error::refusal(actor)),
    }
}

/// The States sharing with the client, and those that stopped, each with
/// the clock's number of the decision.
async fn decisions(
    app: &App,
    actor: &Actor,
) -> AppResult<(Vec<(StateCode, i64)>, Vec<(StateCode, i64)>)> {
    let client = client_of(actor)?;
    let mut c = app.db.conn().await?;
    let (mut shared, mut stopped) = (Vec::new(), Vec::new());
    for d in store::regional::consents_of_client(&mut c, client).await? {
        let state = StateCode::parse(&d.state_code)?;
        let consented = d.status == "granted";
        let resource = Resource::Shared { state, consented };
        if domain::policy::allows(actor, Action::ReadShared, &resource) {
            shared.push((state, d.sync_seq));
        } else {
            stopped.push((state, d.sync_seq));
        }
    }
    Ok((shared, stopped))
}

fn cursor(seq: i64, issued: i64) -> String {
    format!("{seq}.{issued}")
}

fn records(app: &App, rows: &[PocRow]) -> AppResult<Vec<EntryRecord>> {
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        if let Some(e) = entry_of(app, r)? {
            out.push(record(&e, crate::i18n::FALLBACK));
        }
    }
    Ok(out)
}

/// How many entries the client may hold, and `limit` of them from
/// `offset`, in the order of their ids.
pub(super) async fn shared_slice(
    app: &App,
    actor: &Actor,
    offset: usize,
    limit: usize,
) -> AppResult<(usize, Vec<Entry>)> {
    let (shared, _) = decisions(app, actor).await?;
    let states: Vec<String> = shared.iter().map(|(s, _)| s.to_string()).collect();
    let mut c = app.db.conn().await?;
    let total = store::regional::published_count(&mut c, &states).await?;
    let offset = i64::try_from(offset).unwrap_or(i64::MAX);
    let rows = store::regional::published_slice(&mut c, &states, offset, limit as i64).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        out.extend(entry_of(app, r)?);
    }
    Ok((total as usize, out))
}

/// A page of the snapshot, after the entry `page` names (the first when
/// empty).
pub async fn snapshot(app: &App, actor: &Actor, page: &str) -> AppResult<Snapshot> {
    if !page.is_empty() && !crate::page::item_id(page) {
        return Err(AppError::field("page", "err-sync-page"));
    }
    let (shared, _) = decisions(app, actor).await?;
    let states: Vec<String> = shared.iter().map(|(s, _)| s.to_string()).collect();
    let mut c = app.db.conn().await?;
    // Read before the entries: what changes while the pages are read is
    // in the feed after this cursor.
    let seq = store::regional::current_seq(&mut c).await?;
    let rows = store::regional::published_page(&mut c, &states, page, PAGE).await?;
    let next_page = (rows.len() as i64 == PAGE).then(|| rows[rows.len() - 1].id.clone());
    Ok(Snapshot {
        items: records(app, &rows)?,
        next_page,
        cursor: cursor(seq, app.now()),
    })
}

/// The changes since `since`, a cursor this feed gave.
pub async fn changes(app: &App, actor: &Actor, since: &str) -> AppResult<Feed> {
    let (shared, stopped) = decisions(app, actor).await?;
    let (from, issued) = since
        .split_once('.')
        .and_then(|(s, t)| Some((s.parse::<i64>().ok()?, t.parse::<i64>().ok()?)))
        .filter(|(s, t)| *s >= 0 && *t <= app.now())
        .ok_or_else(|| AppError::field("cursor", "err-sync-cursor"))?;
    if app.now() - issued > app.config.directory.sync_cursor_days * DAY {
        return Ok(Feed::Resync);
    }
    let mut c = app.db.conn().await?;
    let upto = store::regional::current_seq(&mut c).await?;
    if from > upto {
        return Err(AppError::field("cursor", "err-sync-cursor"));
    }
    let mut updated = Vec::new();
    let mut deleted = Vec::new();
    // A State that began sharing since: all its entries are new to the copy.
    let (fresh, ongoing): (Vec<_>, Vec<_>) = shared.iter().partition(|(_, seq)| *seq > from);
    for (state, _) in &fresh {
        for r in store::regional::of_state(&mut c, state.as_str()).await? {
            if r.status == "active" {
                updated.push(r);
            }
        }
    }
    // A State that stopped since: the copy deletes all its entries.
    for (state, seq) in &stopped {
        if *seq > from {
            for r in store::regional::of_state(&mut c, state.as_str()).await? {
                deleted.push(Tombstone {
                    id: r.id,
                    state: *state,
                    reason: "consent-revoked".into(),
                });
            }
        }
    }
    let states: Vec<String> = ongoing.iter().map(|(s, _)| s.to_string()).collect();
    let changed = store::regional::changed_between(&mut c, from, upto, MAX_CHANGES + 1).await?;
    if changed.len() as i64 > MAX_CHANGES {
        return Ok(Feed::Resync);
    }
    for r in changed
        .into_iter()
        .filter(|r| states.contains(&r.state_code))
    {
        // A nomination still waiting, or rejected, was never in a copy.
        match r.status.as_str() {
            "active" => updated.push(r),
            "withdrawn" => deleted.push(Tombstone {
                state: StateCode::parse(&r.state_code)?,
                id: r.id,
                reason: "withdrawn".into(),
            }),
            _ => {}
        }
    }
    if (updated.len() + deleted.len()) as i64 > MAX_CHANGES {
        return Ok(Feed::Resync);
    }
    Ok(Feed::Changes(Changes {
        updated: records(app, &updated)?,
        deleted,
        cursor: cursor(upto, app.now()),
    }))
}
