//! Re-sealing at rest: authenticator secrets written in clear by earlier
//! versions are sealed on open, and `pocdir rekey` seals every sealed value
//! again under the current key, while the previous keys still open them.

use super::app::App;
use super::error::{AppError, AppResult};
use store::sealed::{COLUMNS, SealedColumn};

const PAGE: i64 = 500;

/// Seals every value of `col` that `todo` picks, a page at a time, each
/// row on its own so that reads never wait; returns how many changed.
async fn reseal_column(
    app: &App,
    col: &SealedColumn,
    todo: impl Fn(&str) -> bool,
    open: impl Fn(&str, &str) -> AppResult<Vec<u8>>,
) -> AppResult<usize> {
    let sealer = app.seal_key()?;
    let mut c = app.db.conn().await?;
    let (mut after, mut changed) = (String::new(), 0);
    loop {
        let page = store::sealed::page(&mut c, col, &after, PAGE).await?;
        let Some(last) = page.last() else {
            return Ok(changed);
        };
        after = last.id.clone();
        for v in page.iter().filter(|v| todo(&v.value)) {
            let aad = format!("{}:{}", col.aad, v.id);
            let plain = open(&aad, &v.value)?;
            let new = sealer.seal(&aad, &plain);
            changed += store::sealed::replace(&mut c, col, &v.id, &v.value, &new).await? as usize;
        }
    }
}

/// Seals the authenticator secrets still in clear (none has a key id).
pub(crate) async fn seal_clear_factor_secrets(app: &App) -> AppResult<usize> {
    let factors = COLUMNS.iter().find(|c| c.aad == "factor");
    let Some(col) = factors else {
        return Ok(0);
    };
    reseal_column(
        app,
        col,
        |v| !v.contains(':'),
        |_, v| Ok(v.as_bytes().to_vec()),
    )
    .await
}

/// Seals again, under the current key, every value sealed under an earlier
/// one. Returns how many values changed.
pub(crate) async fn rekey(app: &App) -> AppResult<usize> {
    let sealer = app.seal_key()?;
    let mut changed = 0;
    for col in &COLUMNS {
        changed += reseal_column(
            app,
            col,
            |v| sealer.is_stale(v),
            |aad, v| {
                sealer.open(aad, v).ok_or_else(|| {
                    AppError::Internal(format!(
                        "{aad} does not open with messages.key or messages.previous_keys"
                    ))
                })
            },
        )
        .await?;
    }
    Ok(changed)
}
