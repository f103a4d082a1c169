//! Persistence on SQLite (embedded default) or PostgreSQL (high availability).
//! Each query is written once, with `$n` placeholders that both drivers accept,
//! and run through `on_conn!` on whichever backend is in use.

pub mod access;
pub mod audit;
pub mod campaign;
pub mod copy;
pub mod exercise;
pub mod initiative;
pub mod job;
pub mod message;
pub mod outbox;
pub mod passkey;
pub mod poc;
pub mod poc_type;
pub mod problem;
pub mod public_page;
pub mod regional;
pub mod sealed;
pub mod session;
pub mod state;
pub mod token;
pub mod usage;
pub mod user;

use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions, PgRow};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteRow,
    SqliteSynchronous,
};
use sqlx::{ConnectOptions, FromRow, Postgres, Sqlite, Transaction};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database URL: {0}")]
    Url(String),
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
    /// A request that cannot be carried out, said as a sentence.
    #[error("{0}")]
    Refused(String),
}

impl Error {
    pub fn is_unique_violation(&self) -> bool {
        matches!(self, Error::Sql(sqlx::Error::Database(e)) if e.is_unique_violation())
    }
}

pub type Result<T> = std::result::Result<T, Error>;

#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// A connection, or a transaction, on either backend.
pub enum Conn {
    Sqlite(PoolConnection<Sqlite>),
    Postgres(PoolConnection<Postgres>),
    SqliteTx(Transaction<'static, Sqlite>),
    PostgresTx(Transaction<'static, Postgres>),
}

/// Runs `$body` with `$e` bound to the backend's connection. The body is the
/// same text for every arm: one query, compiled for each driver.
macro_rules! on_conn {
    ($conn:expr, |$e:ident| $body:expr) => {
        match $conn {
            $crate::Conn::Sqlite(c) => {
                let $e = &mut **c;
                $body
            }
            $crate::Conn::Postgres(c) => {
                let $e = &mut **c;
                $body
            }
            $crate::Conn::SqliteTx(c) => {
                let $e = &mut **c;
                $body
            }
            $crate::Conn::PostgresTx(c) => {
                let $e = &mut **c;
                $body
            }
        }
    };
}

/// A value bound to a placeholder.
#[derive(Debug, Clone)]
pub enum Val {
    Text(Option<String>),
    Int(Option<i64>),
    Bool(bool),
}

impl From<&str> for Val {
    fn from(v: &str) -> Self {
        Val::Text(Some(v.to_string()))
    }
}
impl From<&String> for Val {
    fn from(v: &String) -> Self {
        Val::Text(Some(v.clone()))
    }
}
impl From<String> for Val {
    fn from(v: String) -> Self {
        Val::Text(Some(v))
    }
}
impl From<Option<String>> for Val {
    fn from(v: Option<String>) -> Self {
        Val::Text(v)
    }
}
impl From<Option<&str>> for Val {
    fn from(v: Option<&str>) -> Self {
        Val::Text(v.map(str::to_string))
    }
}
impl From<i64> for Val {
    fn from(v: i64) -> Self {
        Val::Int(Some(v))
    }
}
impl From<Option<i64>> for Val {
    fn from(v: Option<i64>) -> Self {
        Val::Int(v)
    }
}
impl From<bool> for Val {
    fn from(v: bool) -> Self {
        Val::Bool(v)
    }
}

#[macro_export]
macro_rules! args {
    ($($v:expr),* $(,)?) => { vec![$($crate::Val::from($v)),*] };
}

macro_rules! bind_all {
    ($query:expr, $vals:expr) => {{
        let mut q = $query;
        for v in $vals {
            q = match v {
                $crate::Val::Text(s) => q.bind(s.clone()),
                $crate::Val::Int(i) => q.bind(*i),
                $crate::Val::Bool(b) => q.bind(*b),
            };
        }
        q
    }};
}

/// A row type readable from both backends.
pub trait Record:
    for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}
impl<T> Record for T where
    T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}

/// SQL text: a `'static` literal, or a statement assembled from literals and
/// placeholders only (never from input).
pub struct Sql(sqlx::AssertSqlSafe<String>);
impl From<&'static str> for Sql {
    fn from(s: &'static str) -> Self {
        Sql(sqlx::AssertSqlSafe(s.to_string()))
    }
}
impl Sql {
    pub fn assembled(s: String) -> Self {
        Sql(sqlx::AssertSqlSafe(s))
    }
}

impl Conn {
    pub async fn exec(&mut self, sql: impl Into<Sql>, vals: Vec<Val>) -> Result<u64> {
        let sql = sql.into().0;
        Ok(on_conn!(self, |e| bind_all!(sqlx::query(sql), &vals)
            .execute(e)
            .await?
            .rows_affected()))
    }

    pub async fn all<T: Record>(&mut self, sql: impl Into<Sql>, vals: Vec<Val>) -> Result<Vec<T>> {
        let sql = sql.into().0;
        Ok(on_conn!(self, |e| bind_all!(
            sqlx::query_as::<_, T>(sql),
            &vals
        )
        .fetch_all(e)
        .await?))
    }

    pub async fn opt<T: Record>(
        &mut self,
        sql: impl Into<Sql>,
        vals: Vec<Val>,
    ) -> Result<Option<T>> {
        let sql = sql.into().0;
        Ok(on_conn!(self, |e| bind_all!(
            sqlx::query_as::<_, T>(sql),
            &vals
        )
        .fetch_optional(e)
        .await?))
    }

    pub async fn one<T: Record>(&mut self, sql: impl Into<Sql>, vals: Vec<Val>) -> Result<T> {
        let sql = sql.into().0;
        Ok(on_conn!(self, |e| bind_all!(
            sqlx::query_as::<_, T>(sql),
            &vals
        )
        .fetch_one(e)
        .await?))
    }

    /// Commits a transaction; a plain connection has nothing to commit.
    pub async fn commit(self) -> Result<()> {
        match self {
            Conn::SqliteTx(t) => t.commit().await?,
            Conn::PostgresTx(t) => t.commit().await?,
            Conn::Sqlite(_) | Conn::Postgres(_) => {}
        }
        Ok(())
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, Conn::Postgres(_) | Conn::PostgresTx(_))
    }
}

/// How long to wait for PostgreSQL before saying it cannot be reached.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// The file of a `sqlite:PATH` URL.
pub fn sqlite_path(url: &str) -> Result<&str> {
    url.strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .ok_or_else(|| Error::Url(format!("'{url}' is neither sqlite:PATH nor postgres://…")))
}

#[derive(sqlx::FromRow)]
pub struct Count {
    pub n: i64,
}

impl Db {
    /// Opens the database named by `url`: `sqlite:PATH` (created if missing,
    /// in a folder that must exist) or `postgres://…`.
    pub async fn connect(url: &str) -> Result<Db> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let opts = PgConnectOptions::from_str(url).map_err(|e| Error::Url(e.to_string()))?;
            // One connection first, to say at once why PostgreSQL cannot be
            // reached, rather than a pool timing out on retries.
            let place = format!("{}:{}", opts.get_host(), opts.get_port());
            let first = tokio::time::timeout(CONNECT_TIMEOUT, opts.connect()).await;
            match first {
                Err(_) => {
                    return Err(Error::Refused(format!(
                        "PostgreSQL at {place} did not answer within {} s",
                        CONNECT_TIMEOUT.as_secs()
                    )));
                }
                Ok(Err(e)) => {
                    return Err(Error::Url(format!(
                        "cannot reach PostgreSQL at {place}: {e}"
                    )));
                }
                Ok(Ok(c)) => drop(c),
            }
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(CONNECT_TIMEOUT)
                .connect_with(opts)
                .await?;
            return Ok(Db::Postgres(pool));
        }
        let path = sqlite_path(url)?;
        // Refuse to invent a database somewhere unexpected from a mistyped path.
        let parent = Path::new(path)
            .parent()
            .filter(|p| !p.as_os_str().is_empty());
        if let Some(dir) = parent
            && !dir.is_dir()
        {
            return Err(Error::Url(format!(
                "the folder {} does not exist",
                dir.display()
            )));
        }
        let opts = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: an acknowledged write (audit, outbox, change) survives power loss.
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(opts)
            .await?;
        Ok(Db::Sqlite(pool))
    }

    /// Opens a database that pocdir has already made: a command that only
    /// reads or repairs must not leave an empty database behind.
    pub async fn connect_existing(url: &str) -> Result<Db> {
        if !url.starts_with("postgres") {
            let path = sqlite_path(url)?;
            if !Path::new(path).is_file() {
                return Err(Error::Refused(format!(
                    "there is no database at {path}: `pocdir migrate` makes one"
                )));
            }
        }
        let db = Db::connect(url).await?;
        let sql = match db {
            Db::Sqlite(_) => {
                "SELECT COUNT(*) AS n FROM sqlite_master WHERE name = '_sqlx_migrations'"
            }
            Db::Postgres(_) => {
                "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_name = '_sqlx_migrations'"
            }
        };
        let made = db.conn().await?.one::<Count>(sql, args![]).await?.n > 0;
        if !made {
            return Err(Error::Refused(
                "the database has no pocdir tables: `pocdir migrate` makes them".into(),
            ));
        }
        Ok(db)
    }

    /// Connections of the pool: (open, idle).
    pub fn pool_use(&self) -> (u32, usize) {
        match self {
            Db::Sqlite(p) => (p.size(), p.num_idle()),
            Db::Postgres(p) => (p.size(), p.num_idle()),
        }
    }

    pub async fn migrate(&self) -> Result<()> {
        match self {
            Db::Sqlite(p) => sqlx::migrate!("./migrations/sqlite").run(p).await?,
            Db::Postgres(p) => sqlx::migrate!("./migrations/postgres").run(p).await?,
        }
        Ok(())
    }

    pub async fn conn(&self) -> Result<Conn> {
        Ok(match self {
            Db::Sqlite(p) => Conn::Sqlite(p.acquire().await?),
            Db::Postgres(p) => Conn::Postgres(p.acquire().await?),
        })
    }

    /// A write transaction. On SQLite it takes the write lock up front, so a
    /// transaction that reads before it writes never fails on a busy snapshot.
    pub async fn begin(&self) -> Result<Conn> {
        Ok(match self {
            Db::Sqlite(p) => Conn::SqliteTx(p.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(p) => Conn::PostgresTx(p.begin().await?),
        })
    }

    pub fn backend(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    /// A consistent copy of the whole database into `dest` (SQLite only; a
    /// PostgreSQL deployment uses pg_dump).
    pub async fn backup_to(&self, dest: &Path) -> Result<()> {
        if dest.exists() {
            return Err(Error::Refused(format!(
                "{} exists already: a backup never overwrites a file; choose a new name",
                dest.display()
            )));
        }
        match self {
            Db::Sqlite(p) => {
                sqlx::query("VACUUM INTO $1")
                    .bind(dest.to_string_lossy().to_string())
                    .execute(p)
                    .await?;
                Ok(())
            }
            Db::Postgres(_) => Err(Error::Refused(
                "backup of PostgreSQL is done with pg_dump".into(),
            )),
        }
    }

    /// Whether SQLite finds the database file sound (`PRAGMA integrity_check`).
    pub async fn intact(&self) -> Result<bool> {
        #[derive(sqlx::FromRow)]
        struct Check {
            integrity_check: String,
        }
        match self {
            Db::Sqlite(_) => {
                let r: Check = self
                    .conn()
                    .await?
                    .one("PRAGMA integrity_check", args![])
                    .await?;
                Ok(r.integrity_check == "ok")
            }
            Db::Postgres(_) => Ok(true),
        }
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(p) => p.close().await,
            Db::Postgres(p) => p.close().await,
        }
    }
}

pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
