//! The custodian imports a regional directory's file (INT-2). Each row
//! becomes a pending change on its State's behalf, verified like any other,
//! with the file named as its source; nothing is ever published directly.
//! A dry run reports, row by row, what would happen; nothing is written by
//! a dry run, nor by an import any row of which is in error. Importing the
//! same file again changes nothing.

mod read;

pub use read::{CSV_COLUMNS, Format, MAX_ROWS};

use super::changes::{ChangeKind, ChangeMeta, submit_in};
use super::page::FieldChangeView;
use crate::error::authorize;
use crate::kernel::unit::Unit;
use crate::mail;
use crate::{App, AppError, AppResult, audit};
use domain::poc::{PocFields, PocInput};
use domain::policy::Resource;
use domain::{Action, Actor, FieldError, StateCode};
use serde_json::json;
use std::collections::{BTreeMap, HashMap};

/// What became, or would become, of one row.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// A nomination of a new entry.
    New,
    /// An update of the published entry it matched, with what changes.
    Update {
        entry: String,
        diff: Vec<FieldChangeView>,
    },
    /// The entry as published, or a change already waiting, says the same.
    Unchanged { entry: Option<String> },
    /// What is wrong, field by field.
    Invalid(Vec<FieldError>),
}

#[derive(Debug, Clone)]
pub struct RowReport {
    /// The CSV line, or the position in a JSON list, from 1.
    pub number: usize,
    pub state: String,
    pub entity: String,
    pub outcome: Outcome,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub format: Format,
    pub rows: Vec<RowReport>,
    /// The changes were made (not a dry run, and no row in error).
    pub applied: bool,
}

impl Outcome {
    /// "new", "update", "unchanged" or "invalid".
    pub fn kind(&self) -> &'static str {
        match self {
            Outcome::New => "new",
            Outcome::Update { .. } => "update",
            Outcome::Unchanged { .. } => "unchanged",
            Outcome::Invalid(_) => "invalid",
        }
    }
}

impl Report {
    /// How many rows have the outcome of this kind.
    pub fn count(&self, kind: &str) -> usize {
        self.rows
            .iter()
            .filter(|r| r.outcome.kind() == kind)
            .count()
    }
}

/// One entry of a State as the import matches rows against it, its
/// fields as stored: read only for an entry that may match.
struct KnownEntry {
    id: String,
    status: String,
    published: Option<String>,
    /// The fields of its pending change, if it has one.
    pending: Option<String>,
}

/// The entry a row matched, its fields read.
struct Matched {
    id: String,
    published: Option<PocFields>,
    pending: Option<PocFields>,
}

/// The entries of one State, published or waiting to be, and which of them
/// has each address.
struct Known {
    entries: Vec<KnownEntry>,
    by_id: HashMap<String, usize>,
    by_email: HashMap<String, Vec<usize>>,
}

/// What matching needs of stored fields, read without the rest.
#[derive(serde::Deserialize)]
struct Addresses {
    emails: Vec<String>,
}

fn parse(json: &str) -> AppResult<PocFields> {
    Ok(serde_json::from_str(json).map_err(|e| store::Error::Corrupt(e.to_string()))?)
}

impl Known {
    async fn of(c: &mut Unit<'_>, state: &str) -> AppResult<Known> {
        let mut pending: HashMap<String, String> = store::poc::pending_of_state(c, state)
            .await?
            .into_iter()
            .map(|v| (v.poc_id, v.fields))
            .collect();
        let mut known = Known {
            entries: Vec::new(),
            by_id: HashMap::new(),
            by_email: HashMap::new(),
        };
        for r in store::poc::of_state(c, state).await? {
            known.add(KnownEntry {
                pending: pending.remove(&r.id),
                published: r.published_fields,
                id: r.id,
                status: r.status,
            });
        }
        Ok(known)
    }

    fn add(&mut self, e: KnownEntry) {
        let at = self.entries.len();
        for stored in [&e.published, &e.pending].into_iter().flatten() {
            self.index(at, stored);
        }
        self.by_id.insert(e.id.clone(), at);
        self.entries.push(e);
    }

    fn index(&mut self, at: usize, stored: &str) {
        let emails = serde_json::from_str::<Addresses>(stored).map(|a| a.emails);
        for m in emails.unwrap_or_default() {
            let list = self.by_email.entry(m).or_default();
            if !list.contains(&at) {
                list.push(at);
            }
        }
    }

    /// Records the change a row submitted: later rows match it.
    fn submitted(&mut self, poc: String, stored: String) {
        match self.by_id.get(&poc).copied() {
            Some(at) => {
                self.index(at, &stored);
                self.entries[at].pending = Some(stored);
            }
            None => self.add(KnownEntry {
                id: poc,
                status: "pending".into(),
                published: None,
                pending: Some(stored),
            }),
        }
    }

    /// The entry a row is about: the one it names, else one of the same
    /// type sharing an address, published or waiting to be.
    fn matching(&self, id: &str, f: &PocFields) -> AppResult<Option<Matched>> {
        let read = |e: &KnownEntry| -> AppResult<Matched> {
            Ok(Matched {
                id: e.id.clone(),
                published: e.published.as_deref().map(parse).transpose()?,
                pending: e.pending.as_deref().map(parse).transpose()?,
            })
        };
        if let Some(&at) = self.by_id.get(id) {
            return read(&self.entries[at]).map(Some);
        }
        let mut candidates: Vec<usize> = f
            .emails
            .iter()
            .filter_map(|m| self.by_email.get(m.as_str()))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        for e in candidates.into_iter().map(|at| &self.entries[at]) {
            if !matches!(e.status.as_str(), "active" | "pending") {
                continue;
            }
            let m = read(e)?;
            let current = m.published.as_ref().or(m.pending.as_ref());
            if current.is_some_and(|o| {
                o.poc_type == f.poc_type && o.emails.iter().any(|x| f.emails.contains(x))
            }) {
                return Ok(Some(m));
            }
        }
        Ok(None)
    }
}

/// Whether the actor may import: the custodian's work.
pub fn may_import(actor: &Actor) -> AppResult<()> {
    authorize(actor, Action::ImportDirectory, Resource::None)
}

/// Reads `bytes`, then submits each row's change, or, for a dry run, says
/// what it would submit. `source` names the file in each change.
pub async fn import(
    app: &App,
    actor: &Actor,
    source: &str,
    bytes: &[u8],
    apply: bool,
) -> AppResult<Report> {
    may_import(actor)?;
    let (format, rows) = read::rows(bytes).map_err(|e| AppError::Invalid(vec![e]))?;
    let reference: String = format!("import: {}", source.trim())
        .chars()
        .take(100)
        .collect();
    let meta = ChangeMeta {
        on_behalf_ref: reference.clone(),
        effective_from: String::new(),
    };
    // One unit of work for the whole file: committed only when every row
    // is in order and the import is meant; a dry run runs the very same
    // steps and rolls them back.
    let mut c = app.begin().await?;
    let mut known: BTreeMap<String, Known> = BTreeMap::new();
    let mut report = Vec::with_capacity(rows.len());
    for row in rows {
        let outcome = match StateCode::parse(&row.state) {
            Err(e) => Outcome::Invalid(vec![e]),
            Ok(state) => {
                if !known.contains_key(state.as_str()) {
                    known.insert(state.to_string(), Known::of(&mut c, state.as_str()).await?);
                }
                let k = known.get_mut(state.as_str()).ok_or(AppError::NotFound)?;
                one(app, &mut c, actor, state, &row.id, &row.input, &meta, k).await?
            }
        };
        report.push(RowReport {
            number: row.number,
            state: row.state.to_uppercase(),
            entity: row.input.entity.clone(),
            outcome,
        });
    }
    let mut report = Report {
        format,
        rows: report,
        applied: false,
    };
    if !apply || report.count("invalid") > 0 {
        return Ok(report);
    }
    let changed = report.count("new") + report.count("update");
    if changed > 0 {
        notify(app, &mut c, &report, &reference).await?;
    }
    audit::record(&mut c, actor, "directory.imported", "directory", json!({
        "source": source, "format": format.code(), "rows": report.rows.len(),
        "new": report.count("new"), "updates": report.count("update"), "unchanged": report.count("unchanged"),
    }))
    .await?;
    c.commit().await?;
    report.applied = true;
    Ok(report)
}

/// One row: validated, matched, and submitted unless nothing would change.
#[allow(clippy::too_many_arguments)]
async fn one(
    app: &App,
    c: &mut Unit<'_>,
    actor: &Actor,
    state: StateCode,
    id: &str,
    input: &PocInput,
    meta: &ChangeMeta,
    known: &mut Known,
) -> AppResult<Outcome> {
    let input = PocInput {
        timezone: crate::zones::resolve(&input.timezone)
            .map(str::to_string)
            .unwrap_or_else(|| input.timezone.clone()),
        ..input.clone()
    };
    let fields = match input.validate() {
        Ok(f) => f,
        Err(errors) => return Ok(Outcome::Invalid(errors)),
    };
    let (kind, entry, diff) = match known.matching(id, &fields)? {
        Some(m) if m.pending.as_ref() == Some(&fields) => {
            return Ok(Outcome::Unchanged { entry: Some(m.id) });
        }
        Some(Matched {
            id,
            published: Some(published),
            ..
        }) => {
            let diff = fields.diff(Some(&published));
            if diff.is_empty() {
                return Ok(Outcome::Unchanged { entry: Some(id) });
            }
            let diff = diff.into_iter().map(Into::into).collect();
            (ChangeKind::Update(id.clone()), Some(id), diff)
        }
        Some(_) => {
            return Ok(Outcome::Invalid(vec![FieldError::new(
                "row",
                "err-import-pending",
            )]));
        }
        None if !id.is_empty() => {
            return Ok(Outcome::Invalid(vec![FieldError::new(
                "id",
                "err-import-unknown-id",
            )]));
        }
        None => (ChangeKind::Create, None, Vec::new()),
    };
    match submit_in(app, c, actor, state, kind, Some(&input), meta, false).await {
        Ok((_, poc)) => {
            // What this row submitted is what later rows of the file match.
            let stored =
                serde_json::to_string(&fields).map_err(|e| AppError::Internal(e.to_string()))?;
            known.submitted(poc, stored);
            Ok(match entry {
                Some(entry) => Outcome::Update { entry, diff },
                None => Outcome::New,
            })
        }
        Err(AppError::Invalid(errors)) => Ok(Outcome::Invalid(errors)),
        Err(AppError::Conflict(key)) => Ok(Outcome::Invalid(vec![FieldError::new("row", key)])),
        Err(e) => Err(e),
    }
}

/// One email to the custodians, and one to each State whose entries the
/// import changed, instead of one per change.
async fn notify(app: &App, c: &mut Unit<'_>, report: &Report, reference: &str) -> AppResult<()> {
    let url = format!("{}/custodian/changes", app.config.public_url);
    let total = report.count("new") + report.count("update");
    mail::queue_to_custodians(app, c, "email-import-to-verify", |_| {
        vec![
            ("count", total.to_string()),
            ("source", reference.to_string()),
            ("url", url.clone()),
        ]
    })
    .await?;
    let mut by_state: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &report.rows {
        if matches!(r.outcome, Outcome::New | Outcome::Update { .. }) {
            *by_state.entry(r.state.as_str()).or_default() += 1;
        }
    }
    for (state, count) in by_state {
        let state = StateCode::parse(state)?;
        let desk = format!("{}/states/{state}/desk", app.config.public_url);
        mail::queue_to_state(app, c, state, &[], "email-import-on-behalf", |_| {
            vec![
                ("count", count.to_string()),
                ("source", reference.to_string()),
                ("url", desk.clone()),
            ]
        })
        .await?;
    }
    Ok(())
}
