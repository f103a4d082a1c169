//! Moving an embedded (SQLite) installation to PostgreSQL (NFR-6): every
//! row of every table, in one transaction on the target, which commits only
//! once each table's count matches and the audit chain verifies there. A
//! copy that fails leaves the target as it was. The target must be new:
//! migrated perhaps, but without accounts or audit entries.
//!
//! The tables, their columns and their types are read from the target's
//! catalogue, so a new migration is copied without a change here; a table
//! that exists on one side only stops the copy.

use crate::audit;
use crate::{Conn, Count, Db, Error, Result, Sql, Val, args};
use domain::audit::Verdict;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;
use std::collections::{BTreeMap, BTreeSet};

/// How many rows of one table went across.
#[derive(Debug, Clone)]
pub struct Copied {
    pub table: String,
    pub rows: i64,
}

#[derive(sqlx::FromRow)]
struct Name {
    name: String,
}

#[derive(sqlx::FromRow)]
struct Column {
    name: String,
    kind: String,
}

#[derive(sqlx::FromRow)]
struct Edge {
    child: String,
    parent: String,
}

/// Bound values per INSERT, well under PostgreSQL's 65,535.
const VALUES_PER_INSERT: usize = 20_000;

/// Copies `from` (SQLite) into `to` (PostgreSQL, migrated and empty).
/// Returns the rows of each table and the audit entries verified.
pub async fn sqlite_to_postgres(from: &Db, to: &Db) -> Result<(Vec<Copied>, i64)> {
    if !matches!(from, Db::Sqlite(_)) || !matches!(to, Db::Postgres(_)) {
        return Err(Error::Refused(
            "db copy moves a SQLite database to PostgreSQL".into(),
        ));
    }
    // Both inside transactions: the source is read as one snapshot, and the
    // target takes everything or nothing.
    let mut src = from.begin().await?;
    let mut dst = to.begin().await?;
    same_schema(&mut src, &mut dst).await?;
    let (entries, accounts) = (
        count(&mut dst, "audit_log").await?,
        count(&mut dst, "users").await?,
    );
    if entries + accounts > 0 {
        return Err(Error::Refused(format!(
            "the target database already holds data ({entries} audit entries, {accounts} accounts): db copy fills only a new, empty database"
        )));
    }
    let order = in_dependency_order(&mut dst).await?;
    // What the migrations put in a new database (the audit log's head, the
    // offered types) gives way to the source's own rows.
    for table in order.iter().rev() {
        let sql = format!("DELETE FROM {}", quoted(table)?);
        dst.exec(Sql::assembled(sql), args![]).await?;
    }
    let mut copied = Vec::new();
    for table in order {
        let rows = copy_table(&mut src, &mut dst, &table).await?;
        let (there, here) = (
            count(&mut src, &table).await?,
            count(&mut dst, &table).await?,
        );
        if rows != there || here != there {
            return Err(Error::Corrupt(format!(
                "{table}: {there} rows in the source, {here} in the target"
            )));
        }
        copied.push(Copied { table, rows });
    }
    let entries = match audit::verify(&mut dst).await? {
        Verdict::Intact { rows } => rows,
        Verdict::Broken { seq, reason } => {
            return Err(Error::Refused(format!(
                "the audit log does not verify on the target (entry {seq}: {reason}); nothing was copied"
            )));
        }
    };
    dst.commit().await?;
    Ok((copied, entries))
}

/// The same tables, at the same migration, on both sides.
async fn same_schema(src: &mut Conn, dst: &mut Conn) -> Result<()> {
    let migration = "SELECT COALESCE(MAX(version), 0) AS n FROM _sqlx_migrations";
    let (a, b) = (
        src.one::<Count>(migration, args![]).await?.n,
        dst.one::<Count>(migration, args![]).await?.n,
    );
    if a != b {
        return Err(Error::Refused(format!(
            "the source is at migration {a} and the target at {b}: run `pocdir migrate` on both with this version"
        )));
    }
    let names = |rows: Vec<Name>| rows.into_iter().map(|r| r.name).collect::<BTreeSet<_>>();
    let here = names(
        src.all(
            "SELECT name FROM sqlite_master WHERE type = 'table'
             AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'",
            args![],
        )
        .await?,
    );
    let there = names(tables(dst).await?);
    if here != there {
        let odd: Vec<_> = here.symmetric_difference(&there).cloned().collect();
        return Err(Error::Refused(format!(
            "the two databases do not have the same tables ({}): run `pocdir migrate` on both with this version",
            odd.join(", ")
        )));
    }
    Ok(())
}

async fn tables(dst: &mut Conn) -> Result<Vec<Name>> {
    dst.all(
        "SELECT table_name::text AS name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
         AND table_name <> '_sqlx_migrations'",
        args![],
    )
    .await
}

/// Tables ordered so that each comes after those its foreign keys name.
async fn in_dependency_order(dst: &mut Conn) -> Result<Vec<String>> {
    let edges: Vec<Edge> = dst
        .all(
            "SELECT child.relname::text AS child, parent.relname::text AS parent
             FROM pg_constraint c
             JOIN pg_class child ON child.oid = c.conrelid
             JOIN pg_class parent ON parent.oid = c.confrelid
             WHERE c.contype = 'f' AND child.relnamespace = current_schema()::regnamespace",
            args![],
        )
        .await?;
    let mut needs: BTreeMap<String, BTreeSet<String>> = tables(dst)
        .await?
        .into_iter()
        .map(|t| (t.name, BTreeSet::new()))
        .collect();
    for e in edges.into_iter().filter(|e| e.child != e.parent) {
        needs.entry(e.child).or_default().insert(e.parent);
    }
    let mut order = Vec::new();
    while !needs.is_empty() {
        let ready: Vec<String> = needs
            .iter()
            .filter(|(_, parents)| parents.iter().all(|p| !needs.contains_key(p)))
            .map(|(t, _)| t.clone())
            .collect();
        if ready.is_empty() {
            return Err(Error::Corrupt(
                "the tables' foreign keys form a cycle".into(),
            ));
        }
        for t in ready {
            needs.remove(&t);
            order.push(t);
        }
    }
    Ok(order)
}

/// A name from the catalogue, quoted for SQL.
fn quoted(name: &str) -> Result<String> {
    if name.contains('"') {
        return Err(Error::Corrupt(format!(
            "unexpected table or column name {name}"
        )));
    }
    Ok(format!("\"{name}\""))
}

async fn count(c: &mut Conn, table: &str) -> Result<i64> {
    let sql = format!("SELECT COUNT(*) AS n FROM {}", quoted(table)?);
    Ok(c.one::<Count>(Sql::assembled(sql), args![]).await?.n)
}

/// Copies one table in pages of its SQLite row ids; returns the rows copied.
async fn copy_table(src: &mut Conn, dst: &mut Conn, table: &str) -> Result<i64> {
    let columns: Vec<Column> = dst
        .all(
            "SELECT column_name::text AS name, data_type::text AS kind
             FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = $1
             ORDER BY ordinal_position",
            args![table],
        )
        .await?;
    let list = columns
        .iter()
        .map(|c| quoted(&c.name))
        .collect::<Result<Vec<_>>>()?
        .join(", ");
    let page = (VALUES_PER_INSERT / columns.len().max(1)).max(1);
    let select = format!(
        "SELECT rowid AS pocdir_rowid, {list} FROM {} WHERE rowid > $1 ORDER BY rowid LIMIT $2",
        quoted(table)?
    );
    let Conn::SqliteTx(tx) = src else {
        return Err(Error::Refused("the source must be SQLite".into()));
    };
    let mut after = 0i64;
    let mut total = 0i64;
    loop {
        let rows: Vec<SqliteRow> = sqlx::query(sqlx::AssertSqlSafe(select.clone()))
            .bind(after)
            .bind(page as i64)
            .fetch_all(&mut **tx)
            .await?;
        let Some(last) = rows.last() else { break };
        after = last.try_get(0)?;
        let mut vals = Vec::with_capacity(rows.len() * columns.len());
        let mut tuples = Vec::with_capacity(rows.len());
        for row in &rows {
            let mut marks = Vec::with_capacity(columns.len());
            for (i, col) in columns.iter().enumerate() {
                vals.push(value(row, i + 1, table, col)?);
                marks.push(format!("${}", vals.len()));
            }
            tuples.push(format!("({})", marks.join(", ")));
        }
        let insert = format!(
            "INSERT INTO {} ({list}) VALUES {}",
            quoted(table)?,
            tuples.join(", ")
        );
        dst.exec(Sql::assembled(insert), vals).await?;
        total += rows.len() as i64;
        if rows.len() < page {
            break;
        }
    }
    Ok(total)
}

/// One SQLite value, read as the type its PostgreSQL column has.
fn value(row: &SqliteRow, i: usize, table: &str, col: &Column) -> Result<Val> {
    Ok(match col.kind.as_str() {
        "text" => Val::Text(row.try_get(i)?),
        "bigint" | "integer" | "smallint" => Val::Int(row.try_get(i)?),
        "boolean" => Val::Bool(row.try_get::<Option<bool>, _>(i)?.ok_or_else(|| {
            Error::Corrupt(format!("{table}.{}: an empty yes-or-no value", col.name))
        })?),
        other => {
            return Err(Error::Corrupt(format!(
                "{table}.{}: the column type {other} is not one db copy knows",
                col.name
            )));
        }
    })
}
