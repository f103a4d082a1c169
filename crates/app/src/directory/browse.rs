//! Browsing and searching the directory, and a State's entries (DIR-6, DIR-8).

use super::entry::{Entry, confirm_period, entry_of};
use crate::error::authorize;
use crate::{App, AppResult};
use domain::policy::Resource;
use domain::{Action, Actor, FieldError, PocType, Region, StateCode};
use serde::Deserialize;
use std::collections::HashMap;
use store::poc::PocRow;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BrowseQuery {
    pub q: String,
    pub state: String,
    pub region: String,
    pub poc_type: String,
    pub language: String,
    pub overdue: bool,
    pub page: i64,
}

pub struct Browse {
    pub entries: Vec<Entry>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    /// States whose name, in any of the six languages, matches the query.
    pub states: Vec<StateCode>,
}

pub const PER_PAGE: i64 = 50;
/// Beyond this many matches a page says "more than" instead of counting.
pub const COUNT_CAP: i64 = 1000;

/// What to list: filters, and the search terms that the index matches.
pub(crate) struct Selection {
    pub filter: store::poc::Filter,
    pub terms: Vec<String>,
}

/// Turns a browse query into a selection, refusing any unknown value.
pub(crate) fn filter(app: &App, q: &BrowseQuery) -> AppResult<Selection> {
    let mut f = store::poc::Filter::default();
    if !q.state.is_empty() {
        f.states = vec![StateCode::parse(&q.state)?.to_string()];
    } else if !q.region.is_empty() {
        let region = Region::parse(&q.region)?;
        f.states = domain::state::all()
            .iter()
            .filter(|s| s.region == Some(region))
            .map(|s| s.code.to_string())
            .collect();
    }
    if !q.poc_type.is_empty() {
        f.poc_type = Some(PocType::parse(&q.poc_type)?.code().to_string());
    }
    if !q.language.is_empty() {
        f.language = Some(domain::LanguageCode::parse(&q.language)?.to_string());
    }
    if q.overdue {
        f.confirmed_before = Some(app.now() - confirm_period(app));
    }
    if q.q.chars().count() > 200 {
        return Err(FieldError::new("q", "err-text-too-long").into());
    }
    let terms = domain::search::terms(&q.q).into_iter().take(8).collect();
    Ok(Selection { filter: f, terms })
}

/// One page of the selected entries, in directory order, and how many there
/// are in all (counted up to `COUNT_CAP` without search terms).
pub(crate) async fn select(
    app: &App,
    sel: &Selection,
    offset: i64,
    limit: i64,
) -> AppResult<(Vec<PocRow>, i64)> {
    let f = &sel.filter;
    if sel.terms.is_empty() {
        let page = store::poc::Filter {
            limit,
            offset,
            ..f.clone()
        };
        let mut c = app.db.conn().await?;
        let rows = store::poc::list(&mut c, &page).await?;
        let total = if offset == 0 && (rows.len() as i64) < limit {
            rows.len() as i64
        } else {
            store::poc::count(&mut c, f, COUNT_CAP).await?
        };
        return Ok((rows, total));
    }
    let query = crate::search::Query {
        terms: &sel.terms,
        states: &f.states,
        poc_type: f.poc_type.as_deref(),
        language: f.language.as_deref(),
        confirmed_before: f.confirmed_before,
    };
    let (total, ids) = app
        .search
        .find(
            &app.db,
            app.now(),
            &query,
            offset.max(0) as usize,
            limit.max(0) as usize,
        )
        .await?;
    let mut c = app.db.conn().await?;
    let mut rows = store::poc::by_ids(&mut c, &ids).await?;
    let position: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    rows.sort_by_key(|r| position.get(r.id.as_str()).copied().unwrap_or(usize::MAX));
    Ok((rows, total as i64))
}

pub async fn browse(app: &App, actor: &Actor, q: &BrowseQuery) -> AppResult<Browse> {
    authorize(actor, Action::ReadDirectory, Resource::None)?;
    let sel = filter(app, q)?;
    crate::usage::count(app, actor, crate::usage::Event::Search);
    let page = q.page.max(1);
    let (rows, total) = select(app, &sel, (page - 1) * PER_PAGE, PER_PAGE).await?;
    let entries = rows
        .iter()
        .map(|r| entry_of(app, r))
        .collect::<AppResult<Vec<_>>>()?
        .into_iter()
        .flatten()
        .collect();
    let states = if sel.terms.is_empty() {
        vec![]
    } else {
        matching_states(&sel.terms)
    };
    Ok(Browse {
        entries,
        total,
        page,
        per_page: PER_PAGE,
        states,
    })
}

pub(super) fn matching_states(terms: &[String]) -> Vec<StateCode> {
    domain::search::states_named(terms)
}

/// The entries of one State that everyone with access sees.
/// A State's page: its published entries, and whether the reader may open
/// the State's desk.
pub struct StatePage {
    pub entries: Vec<Entry>,
    pub may_manage: bool,
}

pub async fn state_page(app: &App, actor: &Actor, state: StateCode) -> AppResult<StatePage> {
    Ok(StatePage {
        entries: state_entries(app, actor, state).await?,
        may_manage: domain::policy::allows(actor, Action::ViewChanges, &Resource::State(state)),
    })
}

pub async fn state_entries(app: &App, actor: &Actor, state: StateCode) -> AppResult<Vec<Entry>> {
    authorize(actor, Action::ReadDirectory, Resource::State(state))?;
    crate::usage::count(app, actor, crate::usage::Event::View);
    let f = store::poc::Filter {
        states: vec![state.to_string()],
        limit: 500,
        ..Default::default()
    };
    let mut c = app.db.conn().await?;
    let rows = store::poc::list(&mut c, &f).await?;
    let mut checks = super::entry::last_checks(app, &mut c, state).await?;
    Ok(rows
        .iter()
        .map(|r| entry_of(app, r))
        .collect::<AppResult<Vec<_>>>()?
        .into_iter()
        .flatten()
        .map(|e| Entry {
            last_check: checks.remove(&e.id),
            ..e
        })
        .collect())
}
