//! The versioned API (INT-1): JSON with stable English keys, for programs
//! holding a personal token. It serves the use cases' views, never the
//! database's rows, and every answer is decided by the one policy, with the
//! token's scopes as part of the actor.

pub mod admissions;
pub mod changes;
pub mod checks;
pub mod messages;
mod problem;
pub mod review;

pub use problem::{Client, refusal};

use crate::state::Web;
use app::AppError;
use app::directory::BrowseQuery;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use domain::{Actor, StateCode};
use serde::Deserialize;
use serde_json::{Value, json};

/// The token, and whom it acts for.
pub async fn me(State(web): State<Web>, client: Client) -> Response {
    let Actor::Token {
        token,
        id,
        role,
        state,
        scopes,
    } = &client.actor
    else {
        return client.answer(&web, Err::<Value, _>(AppError::Forbidden));
    };
    let me = json!({
        "token_id": token, "user_id": id, "role": role.code(),
        "state": state.map(|s| s.to_string()),
        "scopes": scopes.iter().map(|s| s.code()).collect::<Vec<_>>(),
    });
    client.answer(&web, Ok(me))
}

/// The participating States, with the day each was admitted.
pub async fn states(State(web): State<Web>, client: Client) -> Response {
    let lang = domain::UnLanguage::parse(&client.lang).unwrap_or(domain::UnLanguage::En);
    let result = app::directory::participation(&web.app).await.map(|p| {
        let items: Vec<Value> = p
            .states
            .iter()
            .map(|(code, since)| {
                let info = code.info();
                json!({
                    "code": code.as_str(), "iso3": info.iso3,
                    "name": info.name(domain::UnLanguage::En), "name_local": info.name(lang),
                    "region": info.region.map(|r| r.code()),
                    "participating_since": app::directory::export::date(*since),
                })
            })
            .collect();
        json!({ "items": items, "next_cursor": null })
    });
    client.answer(&web, result)
}

/// A State's published entries.
pub async fn state_entries(
    State(web): State<Web>,
    client: Client,
    Path(code): Path<String>,
) -> Response {
    let result = async {
        let state = StateCode::parse(&code).map_err(|_| AppError::NotFound)?;
        let entries = app::directory::state_entries(&web.app, &client.actor, state).await?;
        Ok(json!({ "items": records(&entries, &client.lang), "next_cursor": null }))
    }
    .await;
    client.answer(&web, result)
}

/// One entry.
pub async fn entry(State(web): State<Web>, client: Client, Path(id): Path<String>) -> Response {
    let result = app::directory::entry_page(&web.app, &client.actor, &id)
        .await
        .map(|p| app::directory::export::record(&p.entry, &client.lang));
    client.answer(&web, result)
}

/// Every version of an entry, newest first: what changed, who asked, and
/// how the custodian verified it or why it was rejected.
pub async fn history(State(web): State<Web>, client: Client, Path(id): Path<String>) -> Response {
    let result = app::directory::entry_page(&web.app, &client.actor, &id)
        .await
        .map(|p| json!({ "items": p.history, "next_cursor": null }));
    client.answer(&web, result)
}

/// The custodian's usage counts (USE-1): communications by template,
/// urgency, month and region of the sending State, never their content.
pub async fn usage(State(web): State<Web>, client: Client) -> Response {
    let counts = |list: &[(String, usize)]| -> Value {
        list.iter()
            .map(|(k, n)| json!({ "key": k, "count": n }))
            .collect()
    };
    let result = app::messages::usage(&web.app, &client.actor).await.map(|u| {
        json!({
            "total": u.total, "by_template": counts(&u.by_template), "by_urgency": counts(&u.by_urgency),
            "by_month": counts(&u.by_month), "by_region": counts(&u.by_region),
        })
    });
    client.answer(&web, result)
}

/// Which entries: the directory's filters, and where a page starts. The
/// same fields choose the entries of a check (`POST checks`).
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct ListQuery {
    q: String,
    state: String,
    region: String,
    poc_type: String,
    language: String,
    overdue: bool,
    pub(super) cursor: String,
}

impl ListQuery {
    /// The first page of these entries.
    pub(super) fn query(self) -> BrowseQuery {
        BrowseQuery {
            q: self.q,
            state: self.state,
            region: self.region,
            poc_type: self.poc_type,
            language: self.language,
            overdue: self.overdue,
            page: 1,
        }
    }
}

/// Searches and filters the directory, a page at a time: `next_cursor`
/// asks for the next page of the same query.
pub async fn entries(
    State(web): State<Web>,
    client: Client,
    Query(mut l): Query<ListQuery>,
) -> Response {
    let cursor = std::mem::take(&mut l.cursor);
    let mut q = l.query();
    let fingerprint = app::crypto::digest(&format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        q.q, q.state, q.region, q.poc_type, q.language, q.overdue
    ))[..12]
        .to_string();
    if !cursor.is_empty() {
        match cursor_page(&cursor, &fingerprint) {
            Some(page) => q.page = page,
            None => {
                return problem::Problem::new(
                    &web,
                    &client.lang,
                    axum::http::StatusCode::BAD_REQUEST,
                    "cursor-invalid",
                )
                .into_response();
            }
        }
    }
    let result = app::directory::browse(&web.app, &client.actor, &q)
        .await
        .map(|b| {
            let more = b.page * b.per_page < b.total.min(app::directory::COUNT_CAP);
            json!({
                "items": records(&b.entries, &client.lang),
                "total": b.total,
                "next_cursor": more.then(|| format!("p{}-{fingerprint}", b.page + 1)),
            })
        });
    client.answer(&web, result)
}

/// The page a cursor names, if it was made for this same query.
fn cursor_page(cursor: &str, fingerprint: &str) -> Option<i64> {
    let (page, print) = cursor.strip_prefix('p')?.split_once('-')?;
    let page: i64 = page.parse().ok()?;
    (print == fingerprint && (2..=100_000).contains(&page)).then_some(page)
}

fn records(entries: &[app::directory::Entry], lang: &str) -> Vec<Value> {
    entries
        .iter()
        .map(|e| app::directory::export::record(e, lang))
        .collect()
}
