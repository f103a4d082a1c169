//! `pocdir db copy`: how a pilot on the embedded database becomes a
//! production system on PostgreSQL (NFR-6). The copy is refused while a
//! server uses the SQLite database, so that nothing written after it is
//! left behind.

use crate::restore::{database_file, lock_file};
use crate::{AppError, AppResult, Config};
pub use store::copy::Copied;

/// Copies the SQLite database of `config` into the empty PostgreSQL
/// database at `to`, migrating both first. Returns each table's rows and
/// the audit entries verified on the target.
pub async fn to_postgres(config: &Config, to: &str) -> AppResult<(Vec<Copied>, i64)> {
    let file = database_file(
        config,
        "db copy moves the embedded SQLite database; this configuration is on PostgreSQL already",
    )?;
    if !(to.starts_with("postgres://") || to.starts_with("postgresql://")) {
        return Err(AppError::Internal(
            "--to takes a PostgreSQL URL: postgres://USER:PASSWORD@HOST/DATABASE".into(),
        ));
    }
    let lock = lock_file(&file)?;
    if lock.try_lock().is_err() {
        return Err(AppError::Internal(format!(
            "a server is using {}: stop it before copying, so that nothing written after the copy is left behind",
            file.display()
        )));
    }
    let from = store::Db::connect_existing(&config.database_url).await?;
    let target = store::Db::connect(to).await?;
    let copied = async {
        from.migrate().await?;
        target.migrate().await?;
        store::copy::sqlite_to_postgres(&from, &target).await
    }
    .await;
    from.close().await;
    target.close().await;
    drop(lock);
    Ok(copied?)
}
