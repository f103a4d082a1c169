//! The public pages' texts, each page and language versioned (PUB-1).

use crate::{Conn, Count, Result, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PageRow {
    pub page: String,
    pub lang: String,
    pub version: i64,
    pub body: String,
    pub saved_by: String,
    pub saved_at: i64,
}

/// Saves a new version; returns its number.
pub async fn save(
    c: &mut Conn,
    page: &str,
    lang: &str,
    body: &str,
    saved_by: &str,
    saved_at: i64,
) -> Result<i64> {
    let last: Count = c
        .one(
            "SELECT COALESCE(MAX(version), 0) AS n FROM public_pages WHERE page = $1 AND lang = $2",
            args![page, lang],
        )
        .await?;
    let version = last.n + 1;
    c.exec(
        "INSERT INTO public_pages (page, lang, version, body, saved_by, saved_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
        args![page, lang, version, body, saved_by, saved_at],
    )
    .await?;
    Ok(version)
}

/// The newest version of each page in each language.
pub async fn current(c: &mut Conn) -> Result<Vec<PageRow>> {
    c.all(
        "SELECT p.page, p.lang, p.version, p.body, p.saved_by, p.saved_at FROM public_pages p
         WHERE p.version = (SELECT MAX(q.version) FROM public_pages q WHERE q.page = p.page AND q.lang = p.lang)
         ORDER BY p.page, p.lang",
        args![],
    )
    .await
}

/// The newest version of a page in a language.
pub async fn newest(c: &mut Conn, page: &str, lang: &str) -> Result<Option<PageRow>> {
    c.opt(
        "SELECT page, lang, version, body, saved_by, saved_at FROM public_pages
         WHERE page = $1 AND lang = $2 ORDER BY version DESC LIMIT 1",
        args![page, lang],
    )
    .await
}

/// Every version of a page in a language, newest first.
pub async fn history(c: &mut Conn, page: &str, lang: &str) -> Result<Vec<PageRow>> {
    c.all(
        "SELECT page, lang, version, body, saved_by, saved_at FROM public_pages
         WHERE page = $1 AND lang = $2 ORDER BY version DESC",
        args![page, lang],
    )
    .await
}
