//! The append-only, hash-chained audit log (NFR-3):
//! `chain_i = SHA-256(chain_{i-1} ‖ leaf_i)`, where `leaf_i` is the SHA-256 of
//! the row's fields in an unambiguous encoding.

use crate::{Conn, Result, args};
use domain::audit::Verdict;
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRow {
    pub seq: i64,
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub detail: String,
    pub chain_hash: String,
}

#[derive(sqlx::FromRow)]
struct Head {
    seq: i64,
    chain_hash: String,
}

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

fn leaf(seq: i64, at: i64, actor: &str, action: &str, target: &str, detail: &str) -> [u8; 32] {
    // A JSON array keeps field boundaries unambiguous.
    let encoded = serde_json::json!([seq, at, actor, action, target, detail]).to_string();
    Sha256::digest(encoded.as_bytes()).into()
}

fn chain(prev_hex: &str, leaf: &[u8; 32]) -> String {
    let prev = hex::decode(prev_hex).unwrap_or_default();
    let mut h = Sha256::new();
    h.update(&prev);
    h.update(leaf);
    hex::encode(h.finalize())
}

/// Appends one event inside the caller's transaction. Updating the head row
/// first takes its lock, so concurrent appends queue up instead of forking.
pub async fn append(
    c: &mut Conn,
    at: i64,
    actor: &str,
    action: &str,
    target: &str,
    detail: &str,
) -> Result<i64> {
    let head: Head = c
        .one(
            "UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, chain_hash",
            args![],
        )
        .await?;
    let hash = chain(
        &head.chain_hash,
        &leaf(head.seq, at, actor, action, target, detail),
    );
    c.exec(
        "INSERT INTO audit_log (seq, at, actor, action, target, detail, chain_hash) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        args![head.seq, at, actor, action, target, detail, &hash],
    )
    .await?;
    c.exec(
        "UPDATE audit_head SET chain_hash = $1 WHERE id = 1",
        args![&hash],
    )
    .await?;
    Ok(head.seq)
}

pub async fn recent(c: &mut Conn, limit: i64, before_seq: Option<i64>) -> Result<Vec<AuditRow>> {
    c.all(
        "SELECT seq, at, actor, action, target, detail, chain_hash FROM audit_log
         WHERE ($2 IS NULL OR seq < $2) ORDER BY seq DESC LIMIT $1",
        args![limit, before_seq],
    )
    .await
}

/// What part of the log to read: every field optional.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// A user id, or a role, as the actor label holds it.
    pub actor: Option<String>,
    /// A State code: acts by its users, on it, or naming it.
    pub state: Option<String>,
    pub action: Option<String>,
    pub from: Option<i64>,
    pub to: Option<i64>,
}

/// The newest entries that match, before `before_seq` when paging back.
pub async fn search(
    c: &mut Conn,
    f: &AuditFilter,
    limit: i64,
    before_seq: Option<i64>,
) -> Result<Vec<AuditRow>> {
    let actor = f.actor.as_ref().map(|a| format!("%{a}%"));
    let (state_actor, state_target, state_detail) = match &f.state {
        Some(s) => (
            Some(format!("%:{s}:%")),
            Some(format!("state:{s}")),
            Some(format!("%\"{s}\"%")),
        ),
        None => (None, None, None),
    };
    c.all(
        "SELECT seq, at, actor, action, target, detail, chain_hash FROM audit_log
         WHERE ($2 IS NULL OR seq < $2)
           AND ($3 IS NULL OR actor LIKE $3)
           AND ($4 IS NULL OR action = $4)
           AND ($5 IS NULL OR actor LIKE $5 OR target = $6 OR detail LIKE $7)
           AND ($8 IS NULL OR at >= $8)
           AND ($9 IS NULL OR at < $9)
         ORDER BY seq DESC LIMIT $1",
        args![
            limit,
            before_seq,
            actor,
            f.action.clone(),
            state_actor,
            state_target,
            state_detail,
            f.from,
            f.to
        ],
    )
    .await
}

/// Recomputes the whole chain. Detects an edited row (its hash), a deleted or
/// reordered row (a gap in `seq` or a hash that no longer follows), and a
/// deleted tail (the head no longer matches the last row).
pub async fn verify(c: &mut Conn) -> Result<Verdict> {
    let mut prev = GENESIS.to_string();
    let mut expected = 1i64;
    loop {
        let rows: Vec<AuditRow> = c
            .all(
                "SELECT seq, at, actor, action, target, detail, chain_hash FROM audit_log
                 WHERE seq >= $1 ORDER BY seq LIMIT 5000",
                args![expected],
            )
            .await?;
        let done = rows.len() < 5000;
        for r in rows {
            if r.seq != expected {
                return Ok(Verdict::Broken {
                    seq: expected,
                    reason: "missing",
                });
            }
            let hash = chain(
                &prev,
                &leaf(r.seq, r.at, &r.actor, &r.action, &r.target, &r.detail),
            );
            if hash != r.chain_hash {
                return Ok(Verdict::Broken {
                    seq: r.seq,
                    reason: "altered",
                });
            }
            prev = hash;
            expected += 1;
        }
        if done {
            break;
        }
    }
    let head: Head = c
        .one(
            "SELECT seq, chain_hash FROM audit_head WHERE id = 1",
            args![],
        )
        .await?;
    if head.seq != expected - 1 || head.chain_hash != prev {
        return Ok(Verdict::Broken {
            seq: expected,
            reason: "truncated",
        });
    }
    Ok(Verdict::Intact { rows: expected - 1 })
}

/// The log's head: how many entries, and the chain hash of the last.
pub async fn head(c: &mut Conn) -> Result<(i64, String)> {
    let h: Head = c
        .one(
            "SELECT seq, chain_hash FROM audit_head WHERE id = 1",
            args![],
        )
        .await?;
    Ok((h.seq, h.chain_hash))
}

/// The chain hash stored with entry `seq`.
pub async fn chain_at(c: &mut Conn, seq: i64) -> Result<Option<String>> {
    #[derive(sqlx::FromRow)]
    struct Hash {
        chain_hash: String,
    }
    let h: Option<Hash> = c
        .opt(
            "SELECT chain_hash FROM audit_log WHERE seq = $1",
            args![seq],
        )
        .await?;
    Ok(h.map(|h| h.chain_hash))
}

/// A signed checkpoint of the log (NFR-3).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CheckpointRow {
    pub size: i64,
    pub head: String,
    /// The signed note, as States download it.
    pub note: String,
    pub at: i64,
}

/// Keeps a checkpoint once; false if another instance signed that size.
pub async fn insert_checkpoint(c: &mut Conn, r: &CheckpointRow) -> Result<bool> {
    Ok(c.exec(
        "INSERT INTO audit_checkpoints (size, head, note, at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (size) DO NOTHING",
        args![r.size, &r.head, &r.note, r.at],
    )
    .await?
        == 1)
}

pub async fn latest_checkpoint(c: &mut Conn) -> Result<Option<CheckpointRow>> {
    c.opt(
        "SELECT size, head, note, at FROM audit_checkpoints ORDER BY size DESC LIMIT 1",
        args![],
    )
    .await
}
