//! Every column that holds a value sealed at rest, for re-sealing them all
//! under a new key (`pocdir rekey`).

use crate::{Conn, Result, Sql, args};

/// A sealed column, and the prefix of the name each value is bound to
/// (`{aad}:{id}`).
pub struct SealedColumn {
    pub table: &'static str,
    pub column: &'static str,
    pub aad: &'static str,
}

pub const COLUMNS: [SealedColumn; 5] = [
    SealedColumn {
        table: "thread_messages",
        column: "sealed",
        aad: "message",
    },
    SealedColumn {
        table: "consents",
        column: "scope_sealed",
        aad: "consent",
    },
    SealedColumn {
        table: "attachments",
        column: "sealed",
        aad: "attachment",
    },
    SealedColumn {
        table: "attachments",
        column: "name_sealed",
        aad: "attachment-name",
    },
    SealedColumn {
        table: "mfa_factors",
        column: "secret",
        aad: "factor",
    },
];

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SealedValue {
    pub id: String,
    pub value: String,
}

/// The column's values, a page at a time, after `after` in id order.
pub async fn page(
    c: &mut Conn,
    col: &SealedColumn,
    after: &str,
    limit: i64,
) -> Result<Vec<SealedValue>> {
    // Table and column names come from COLUMNS above, never from input.
    c.all(
        Sql::assembled(format!(
            "SELECT id, {} AS value FROM {} WHERE id > $1 ORDER BY id LIMIT $2",
            col.column, col.table
        )),
        args![after, limit],
    )
    .await
}

/// Replaces one value, if it is still the one read (another instance may
/// have re-sealed it meanwhile).
pub async fn replace(
    c: &mut Conn,
    col: &SealedColumn,
    id: &str,
    old: &str,
    new: &str,
) -> Result<u64> {
    c.exec(
        Sql::assembled(format!(
            "UPDATE {} SET {} = $3 WHERE id = $1 AND {} = $2",
            col.table, col.column, col.column
        )),
        args![id, old, new],
    )
    .await
}
