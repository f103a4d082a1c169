//! The versioned API (INT-1): JSON with stable English keys, for programs
//! holding a personal token. It serves the use cases' views, never the
//! database's rows, and every answer is decided by the one policy, with the
//! token's scopes as part of the actor.

pub mod admissions;
pub mod changes;
pub mod checks;
pub mod doc;
pub mod exports;
pub mod messages;
mod problem;
pub mod review;
pub mod sync;

pub use problem::{Client, refusal};

use crate::state::Web;
use app::AppError;
use app::directory::BrowseQuery;
use app::directory::VersionView;
use app::directory::export::EntryRecord;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use domain::{Actor, StateCode};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A page of a list, and the cursor of the next page: null on the last.
macro_rules! page {
    ($(#[$meta:meta])* $name:ident of $item:ty) => {
        $(#[$meta])*
        #[derive(serde::Serialize, utoipa::ToSchema)]
        pub struct $name {
            pub items: Vec<$item>,
            /// Asks for the next page of the same list; null on the last page.
            pub next_cursor: Option<String>,
        }

        impl From<Vec<$item>> for $name {
            fn from(items: Vec<$item>) -> Self {
                Self { items, next_cursor: None }
            }
        }

        impl From<app::page::Page<$item>> for $name {
            fn from(page: app::page::Page<$item>) -> Self {
                Self { items: page.items, next_cursor: page.next }
            }
        }
    };
}
pub(crate) use page;

/// Which page of a list: the cursor the previous page gave, and how many.
#[derive(Deserialize, Default, IntoParams)]
#[serde(default, deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// The `next_cursor` of the previous page; empty for the first.
    cursor: String,
    /// How many items a page holds: 1 to 500, 100 unless given.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
}

impl PageQuery {
    fn paging(&self) -> Result<app::page::Paging, AppError> {
        app::page::Paging::parse(&self.cursor, self.limit)
    }
}

/// What became of a request that changed something.
#[derive(Serialize, ToSchema)]
pub struct Outcome {
    /// The change, check, communication or request it concerned.
    pub id: String,
    pub status: String,
}

impl Outcome {
    fn of(id: &str, status: &str) -> Outcome {
        Outcome {
            id: id.to_string(),
            status: status.to_string(),
        }
    }
}

/// A token, and whom it acts for.
#[derive(Serialize, ToSchema)]
pub struct Me {
    pub token_id: String,
    pub user_id: String,
    /// "custodian", "national_admin" or "poc".
    pub role: String,
    pub state: Option<StateCode>,
    pub scopes: Vec<String>,
}

#[utoipa::path(get, path = "/api/v1/me", operation_id = "get-me", tag = "tokens",
    responses((status = 200, description = "The token, and whom it acts for", body = Me)))]
/// The token in use, and whom it acts for.
pub async fn me(State(web): State<Web>, client: Client) -> Response {
    let result = match &client.actor {
        Actor::Token {
            token,
            id,
            role,
            state,
            scopes,
        } => Ok(Me {
            token_id: token.clone(),
            user_id: id.clone(),
            role: role.code().to_string(),
            state: *state,
            scopes: scopes.iter().map(|s| s.code().to_string()).collect(),
        }),
        _ => Err(AppError::Forbidden),
    };
    client.answer(&web, result)
}

/// A participating State.
#[derive(Serialize, ToSchema)]
pub struct StateItem {
    pub code: StateCode,
    /// ISO 3166-1 alpha-3.
    pub iso3: String,
    pub name: String,
    /// The name in the language of the answer.
    pub name_local: String,
    pub region: Option<String>,
    /// The day (UTC) the State was admitted.
    #[schema(format = Date)]
    pub participating_since: String,
}

page!(
    /// The participating States.
    StateList of StateItem
);

#[utoipa::path(get, path = "/api/v1/states", operation_id = "list-states", tag = "directory",
    security(("token" = ["directory:read"])),
    responses((status = 200, description = "The participating States", body = StateList)))]
/// The participating States, with the day each was admitted.
pub async fn states(State(web): State<Web>, client: Client) -> Response {
    let lang = domain::UnLanguage::parse(&client.lang).unwrap_or(domain::UnLanguage::En);
    let result = app::directory::participation(&web.app).await.map(|p| {
        let items: Vec<StateItem> = p
            .states
            .iter()
            .map(|(code, since)| {
                let info = code.info();
                StateItem {
                    code: *code,
                    iso3: info.iso3.to_string(),
                    name: info.name(domain::UnLanguage::En).to_string(),
                    name_local: info.name(lang).to_string(),
                    region: info.region.map(|r| r.code().to_string()),
                    participating_since: app::directory::export::date(*since),
                }
            })
            .collect();
        StateList::from(items)
    });
    client.answer(&web, result)
}

page!(
    /// Entries of the directory.
    EntryPage of EntryRecord
);

#[utoipa::path(get, path = "/api/v1/states/{code}/entries", operation_id = "list-state-entries", tag = "directory",
    security(("token" = ["directory:read"])),
    params(("code" = String, Path, description = "The State's ISO 3166-1 alpha-2 code", example = "FR")),
    responses((status = 200, description = "The State's published entries", body = EntryPage)))]
/// A State's published entries.
pub async fn state_entries(
    State(web): State<Web>,
    client: Client,
    Path(code): Path<String>,
) -> Response {
    let result = async {
        let state = StateCode::parse(&code).map_err(|_| AppError::NotFound)?;
        let entries = app::directory::state_entries(&web.app, &client.actor, state).await?;
        Ok(EntryPage::from(records(&entries, &client.lang)))
    }
    .await;
    client.answer(&web, result)
}

#[utoipa::path(get, path = "/api/v1/entries/{id}", operation_id = "get-entry", tag = "directory",
    security(("token" = ["directory:read"])),
    params(("id" = String, Path, description = "The entry's id")),
    responses((status = 200, description = "The entry", body = EntryRecord)))]
/// One published entry.
pub async fn entry(State(web): State<Web>, client: Client, Path(id): Path<String>) -> Response {
    let result = app::directory::entry_page(&web.app, &client.actor, &id)
        .await
        .map(|p| app::directory::export::record(&p.entry, &client.lang));
    client.answer(&web, result)
}

page!(
    /// Versions of an entry, newest first.
    HistoryPage of VersionView
);

#[utoipa::path(get, path = "/api/v1/entries/{id}/history", operation_id = "get-entry-history", tag = "directory",
    security(("token" = ["directory:read"])),
    params(("id" = String, Path, description = "The entry's id")),
    responses((status = 200, description = "Every version of the entry, newest first", body = HistoryPage)))]
/// Every version of an entry, newest first: what changed, who asked, and
/// how the custodian verified it or why it was rejected.
pub async fn history(State(web): State<Web>, client: Client, Path(id): Path<String>) -> Response {
    let result = app::directory::entry_page(&web.app, &client.actor, &id)
        .await
        .map(|p| HistoryPage::from(p.history));
    client.answer(&web, result)
}

/// How many of something.
#[derive(Serialize, ToSchema)]
pub struct Count {
    pub key: String,
    pub count: usize,
}

/// The custodian's usage counts: never a communication's content.
#[derive(Serialize, ToSchema)]
pub struct Usage {
    pub total: usize,
    pub by_template: Vec<Count>,
    pub by_urgency: Vec<Count>,
    /// By month, as YYYY-MM.
    pub by_month: Vec<Count>,
    /// By region of the sending State.
    pub by_region: Vec<Count>,
    /// Sign-ins, look-ups, searches, exports, communications and checks,
    /// per month and region of the State concerned.
    pub activity: Vec<app::usage::Activity>,
}

#[utoipa::path(get, path = "/api/v1/usage", operation_id = "get-usage", tag = "custodian",
    security(("token" = ["custodian"])),
    responses((status = 200, description = "Counts of the directory's use", body = Usage)))]
/// The custodian's usage counts (USE-1): communications by template,
/// urgency, month and region of the sending State, never their content;
/// and each month's sign-ins, look-ups, searches, exports, communications
/// and checks by region, never who looked up whom.
pub async fn usage(State(web): State<Web>, client: Client) -> Response {
    let counts = |list: &[(String, usize)]| -> Vec<Count> {
        list.iter()
            .map(|(k, n)| Count {
                key: k.clone(),
                count: *n,
            })
            .collect()
    };
    let result = async {
        let u = app::messages::usage(&web.app, &client.actor).await?;
        let activity = app::usage::activity(&web.app, &client.actor).await?;
        Ok(Usage {
            total: u.total,
            by_template: counts(&u.by_template),
            by_urgency: counts(&u.by_urgency),
            by_month: counts(&u.by_month),
            by_region: counts(&u.by_region),
            activity: activity.rows,
        })
    }
    .await;
    client.answer(&web, result)
}

/// Which entries: the directory's filters, and where a page starts. The
/// same fields choose the entries of a check (`POST /api/v1/checks`).
#[derive(Deserialize, Default, ToSchema, IntoParams)]
#[serde(default, deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Words to search for, in any of the six languages.
    q: String,
    /// A State's code.
    state: String,
    /// A region's code.
    region: String,
    /// A type of POC, such as "technical".
    poc_type: String,
    /// A language the POC works in, by code.
    language: String,
    /// Only entries not confirmed within the interval the directory asks.
    overdue: bool,
    /// The `next_cursor` of the previous page.
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

/// A page of a search of the directory.
#[derive(Serialize, ToSchema)]
pub struct SearchPage {
    pub items: Vec<EntryRecord>,
    /// How many entries match, counted up to a limit.
    pub total: i64,
    /// Asks for the next page of the same search; null on the last page.
    pub next_cursor: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/entries", operation_id = "search-entries", tag = "directory",
    security(("token" = ["directory:read"])),
    params(ListQuery),
    responses((status = 200, description = "A page of the matching entries", body = SearchPage)))]
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
            SearchPage {
                items: records(&b.entries, &client.lang),
                total: b.total,
                next_cursor: more.then(|| format!("p{}-{fingerprint}", b.page + 1)),
            }
        });
    client.answer(&web, result)
}

/// The page a cursor names, if it was made for this same query.
fn cursor_page(cursor: &str, fingerprint: &str) -> Option<i64> {
    let (page, print) = cursor.strip_prefix('p')?.split_once('-')?;
    let page: i64 = page.parse().ok()?;
    (print == fingerprint && (2..=100_000).contains(&page)).then_some(page)
}

fn records(entries: &[app::directory::Entry], lang: &str) -> Vec<EntryRecord> {
    entries
        .iter()
        .map(|e| app::directory::export::record(e, lang))
        .collect()
}
