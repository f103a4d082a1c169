//! The public pages the custodian writes (PUB-1): the mandate, how to join
//! and news, in Markdown, in each of the six languages. Each save is a new
//! version. A language without its own text shows the English one, said so;
//! a page never written keeps the built-in text.

use crate::error::authorize;
use crate::{App, AppError, AppResult, audit};
use domain::policy::Resource;
use domain::{Action, Actor, UnLanguage};
use serde_json::json;

/// The pages, by key.
pub const PAGES: [&str; 3] = ["mandate", "join", "news"];

/// The longest text a page takes, in characters.
pub const MAX_CHARS: usize = 20_000;

/// A page's text as a reader gets it.
#[derive(Debug, Clone)]
pub struct PublicText {
    /// Markdown, as the custodian wrote it.
    pub body: String,
    /// The language it is written in.
    pub lang: String,
    /// The reader's language has no text of its own: this is the English.
    pub fallback: bool,
    pub saved_at: i64,
}

/// One version of a page in one language.
#[derive(Debug, Clone)]
pub struct PageVersion {
    pub version: i64,
    pub body: String,
    pub saved_by: String,
    pub saved_at: i64,
}

/// Where each page stands in each language: its newest version, if any.
pub struct PageStatus {
    pub page: &'static str,
    pub versions: Vec<(UnLanguage, Option<PageVersion>)>,
}

fn known(page: &str, lang: &str) -> AppResult<(&'static str, UnLanguage)> {
    let page = PAGES
        .into_iter()
        .find(|p| *p == page)
        .ok_or(AppError::NotFound)?;
    let lang = UnLanguage::parse(lang).map_err(|_| AppError::NotFound)?;
    Ok((page, lang))
}

/// The text of `page` for a reader of `lang`; none if it was never written
/// in that language nor in English.
pub async fn text(app: &App, page: &str, lang: &str) -> AppResult<Option<PublicText>> {
    let mut c = app.db.conn().await?;
    for written_in in [lang, "en"] {
        let newest = store::public_page::newest(&mut c, page, written_in).await?;
        if let Some(r) = newest.filter(|r| !r.body.trim().is_empty()) {
            return Ok(Some(PublicText {
                fallback: r.lang != lang,
                body: r.body,
                lang: r.lang,
                saved_at: r.saved_at,
            }));
        }
    }
    Ok(None)
}

fn version(r: store::public_page::PageRow) -> PageVersion {
    PageVersion {
        version: r.version,
        body: r.body,
        saved_by: r.saved_by,
        saved_at: r.saved_at,
    }
}

/// Every page in every language, for the custodian.
pub async fn overview(app: &App, actor: &Actor) -> AppResult<Vec<PageStatus>> {
    authorize(actor, Action::Configure, Resource::None)?;
    let mut c = app.db.conn().await?;
    let current = store::public_page::current(&mut c).await?;
    Ok(PAGES
        .into_iter()
        .map(|page| PageStatus {
            page,
            versions: UnLanguage::ALL
                .into_iter()
                .map(|l| {
                    let row = current
                        .iter()
                        .find(|r| r.page == page && r.lang == l.code());
                    (l, row.cloned().map(version))
                })
                .collect(),
        })
        .collect())
}

/// Every version of a page in a language, newest first, with the name of
/// whoever saved it.
pub async fn history(
    app: &App,
    actor: &Actor,
    page: &str,
    lang: &str,
) -> AppResult<Vec<PageVersion>> {
    authorize(actor, Action::Configure, Resource::None)?;
    let (page, lang) = known(page, lang)?;
    let mut c = app.db.conn().await?;
    let mut out = Vec::new();
    for r in store::public_page::history(&mut c, page, lang.code()).await? {
        let mut v = version(r);
        if let Some(u) = store::user::get(&mut c, &v.saved_by).await? {
            v.saved_by = u.display_name;
        }
        out.push(v);
    }
    Ok(out)
}

/// Checks a text before it is saved or previewed; returns the page and
/// language it is for.
pub fn check(page: &str, lang: &str, body: &str) -> AppResult<(&'static str, UnLanguage)> {
    let known = known(page, lang)?;
    if body.chars().count() > MAX_CHARS {
        return Err(AppError::field("body", "err-page-too-long"));
    }
    Ok(known)
}

/// Saves a new version of a page in a language; returns its number. An
/// empty text withdraws the translation: readers get the English again.
pub async fn publish(
    app: &App,
    actor: &Actor,
    page: &str,
    lang: &str,
    body: &str,
) -> AppResult<i64> {
    authorize(actor, Action::Configure, Resource::None)?;
    let (page, lang) = check(page, lang, body)?;
    let body = body.replace("\r\n", "\n");
    let mut c = app.begin().await?;
    let by = actor.user_id().unwrap_or_default().to_string();
    let version =
        store::public_page::save(&mut c, page, lang.code(), &body, &by, app.now()).await?;
    audit::record(
        &mut c,
        actor,
        "page.published",
        &format!("page:{page}/{}", lang.code()),
        json!({ "version": version, "chars": body.chars().count() }),
    )
    .await?;
    c.commit().await?;
    Ok(version)
}
