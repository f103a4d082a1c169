//! Stored search terms, made again when the way they are made changes (DIR-8).

use super::entry::entry_of;
use crate::{App, AppResult};

/// Once per version of `domain::search::terms`, on any instance: every
/// active entry's terms are made again, and the entry marked as changed so
/// that every instance's index reads them.
pub(crate) async fn remake(app: &App) -> AppResult<()> {
    let mut c = app.begin().await?;
    let version = domain::search::VERSION;
    if !store::job::claim(&mut c, "search-terms", version, app.now(), "remade").await? {
        return Ok(());
    }
    for row in store::poc::all_active(&mut c).await? {
        if let Some(e) = entry_of(app, &row)? {
            store::poc::replace_terms(&mut c, &row.id, &e.fields.terms()).await?;
            store::poc::touch(&mut c, &row.id, app.now()).await?;
        }
    }
    c.commit().await?;
    Ok(())
}
