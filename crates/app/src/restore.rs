//! Restoring an embedded (SQLite) installation from a backup (NFR-6). The
//! backup is proved sound before anything is replaced: SQLite's integrity
//! check, then the audit log's hash chain. The database it replaces is
//! kept beside it. A running server holds a lock on its database, so that
//! nothing is replaced under it.

use crate::{App, AppError, AppResult, Config, audit};
use std::fs::File;
use std::path::{Path, PathBuf};

/// The database file of a SQLite configuration; `otherwise` says why a
/// PostgreSQL one does not do.
pub(crate) fn database_file(config: &Config, otherwise: &str) -> AppResult<PathBuf> {
    if config.database_url.starts_with("postgres") {
        return Err(AppError::Internal(otherwise.into()));
    }
    Ok(PathBuf::from(store::sqlite_path(&config.database_url)?))
}

pub(crate) fn lock_file(db: &Path) -> AppResult<File> {
    let name = beside(db, ".lock");
    File::create(&name).map_err(|e| AppError::Internal(format!("{}: {e}", name.display())))
}

/// Held by a server for as long as it runs on a SQLite database; several
/// servers may hold it, a restore may not while any does.
pub fn hold(config: &Config) -> AppResult<Option<File>> {
    if config.database_url.starts_with("postgres") {
        return Ok(None);
    }
    let file = lock_file(&database_file(config, "")?)?;
    file.lock_shared()
        .map_err(|e| AppError::Internal(format!("database lock: {e}")))?;
    Ok(Some(file))
}

/// The same path with something added to its file name.
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Moves a SQLite database with its write-ahead log and shared memory.
fn move_database(from: &Path, to: &Path) -> std::io::Result<()> {
    for part in ["-wal", "-shm", ""] {
        let f = beside(from, part);
        if f.exists() {
            std::fs::rename(&f, beside(to, part))?;
        }
    }
    Ok(())
}

/// Replaces the database of `config` with the backup `from` once it has
/// been proved sound. Returns where the replaced database is kept.
pub async fn restore(config: Config, from: &Path) -> AppResult<Option<PathBuf>> {
    let target = database_file(
        &config,
        "restore is for the embedded SQLite database; PostgreSQL is restored with pg_restore (see the README)",
    )?;
    if !from.is_file() {
        return Err(AppError::Internal(format!(
            "there is no backup at {}",
            from.display()
        )));
    }
    let lock = lock_file(&target)?;
    if lock.try_lock().is_err() {
        return Err(AppError::Internal(format!(
            "a server is using {}: stop it before restoring",
            target.display()
        )));
    }
    // Proved on a copy beside the database, so that the backup itself is
    // never changed and the final step is a rename.
    let staging = beside(&target, ".restoring");
    for part in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(beside(&staging, part));
    }
    std::fs::copy(from, &staging)
        .map_err(|e| AppError::Internal(format!("cannot copy {}: {e}", from.display())))?;
    let proved = prove(&config, &staging).await;
    if let Err(e) = proved {
        for part in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(beside(&staging, part));
        }
        return Err(e);
    }
    let kept = target.exists().then(|| {
        beside(
            &target,
            &format!(
                ".replaced-{}",
                jiff::Timestamp::now().strftime("%Y%m%dT%H%M%SZ")
            ),
        )
    });
    if let Some(k) = &kept {
        move_database(&target, k).map_err(|e| AppError::Internal(e.to_string()))?;
    }
    move_database(&staging, &target).map_err(|e| AppError::Internal(e.to_string()))?;
    drop(lock);
    Ok(kept)
}

/// SQLite's integrity check, then the audit chain, on the copy.
async fn prove(config: &Config, copy: &Path) -> AppResult<()> {
    let url = format!("sqlite:{}", copy.display());
    let db = store::Db::connect_existing(&url).await.map_err(|e| {
        AppError::Internal(format!(
            "the backup cannot be opened as a database ({e}); nothing was replaced"
        ))
    })?;
    let intact = db.intact().await;
    db.close().await;
    if !intact.unwrap_or(false) {
        return Err(AppError::Internal(
            "the backup is damaged: SQLite's integrity check fails; nothing was replaced".into(),
        ));
    }
    let app = App::open(
        Config {
            database_url: url,
            ..config.clone()
        },
        false,
    )
    .await?;
    let verdict = audit::verify(&app).await;
    app.db.close().await;
    match verdict? {
        audit::Verdict::Intact { .. } => Ok(()),
        audit::Verdict::Broken { seq, reason } => Err(AppError::Internal(format!(
            "the backup's audit log is broken at entry {seq} ({reason}); nothing was replaced"
        ))),
    }
}
