//! Signed checkpoints of the audit log (NFR-3). The hash chain proves
//! nothing against someone who rewrites the whole database, chain included.
//! So, every so often, pocdir signs the log's size and head hash with an
//! Ed25519 key kept outside the database, as a C2SP tlog-checkpoint in a
//! signed note, and each State keeps a copy. A log that no longer extends a
//! copy has had its history rewritten.

use super::app::App;
use super::error::{AppError, AppResult};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signer as _, SigningKey, Verifier as _, VerifyingKey};
use sha2::{Digest, Sha256};
use std::path::Path;

/// The key that signs checkpoints, with the name the notes give it.
pub struct Signer {
    name: String,
    key: SigningKey,
}

/// What a checkpoint states: the log's origin, its size, and the chain hash
/// of its last entry (hex).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    pub size: i64,
    pub head: String,
}

/// The name of the log in its checkpoints: the host users reach.
pub fn origin(public_url: &str) -> String {
    let host = public_url
        .split("://")
        .nth(1)
        .unwrap_or(public_url)
        .trim_end_matches('/');
    format!("{host}/audit")
}

/// The command that proves the log still extends a downloaded checkpoint.
pub fn verify_command(size: i64) -> String {
    format!("pocdir audit verify --checkpoint {}", file_name(size))
}

/// The name a downloaded checkpoint is saved under.
pub fn file_name(size: i64) -> String {
    format!("pocdir-audit-checkpoint-{size}.txt")
}

/// A new signing key, as the key file holds it (base64 of the seed).
pub fn new_key() -> String {
    B64.encode(super::crypto::random_bytes::<32>())
}

fn key_id(name: &str, public: &VerifyingKey) -> [u8; 4] {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update(b"\n\x01");
    h.update(public.as_bytes());
    let d = h.finalize();
    [d[0], d[1], d[2], d[3]]
}

impl Signer {
    pub fn load(path: &Path, name: &str) -> Result<Signer, String> {
        let raw = std::fs::read_to_string(path)
            .map_err(|e| format!("audit.checkpoint_key_file {}: {e}", path.display()))?;
        let seed: [u8; 32] = B64
            .decode(raw.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| {
                format!(
                    "audit.checkpoint_key_file {}: not a key (`pocdir audit keygen` makes one)",
                    path.display()
                )
            })?;
        Ok(Signer {
            name: name.to_string(),
            key: SigningKey::from_bytes(&seed),
        })
    }

    /// The verifier key in the signed-note form:
    /// `<name>+<key id, hex>+<base64 of 0x01 and the public key>`.
    pub fn verifier(&self) -> String {
        let public = self.key.verifying_key();
        let mut typed = vec![1u8];
        typed.extend_from_slice(public.as_bytes());
        format!(
            "{}+{}+{}",
            self.name,
            hex::encode(key_id(&self.name, &public)),
            B64.encode(typed)
        )
    }

    /// The signed note of a checkpoint.
    pub fn sign(&self, c: &Checkpoint) -> AppResult<String> {
        let head = hex::decode(&c.head).map_err(|e| AppError::Internal(e.to_string()))?;
        let body = format!("{}\n{}\n{}\n", c.origin, c.size, B64.encode(head));
        let mut signature = key_id(&self.name, &self.key.verifying_key()).to_vec();
        signature.extend_from_slice(&self.key.sign(body.as_bytes()).to_bytes());
        Ok(format!(
            "{body}\n\u{2014} {} {}\n",
            self.name,
            B64.encode(signature)
        ))
    }
}

/// Reads a signed note of a checkpoint and checks its signature against the
/// verifier key (`<name>+<id>+<key>`), when one is given.
pub fn read(note: &str, verifier: Option<&str>) -> Result<Checkpoint, String> {
    let (body, signatures) = note
        .split_once("\n\n")
        .ok_or("not a signed checkpoint: no blank line before the signatures")?;
    let body = format!("{body}\n");
    let mut lines = body.lines();
    let (Some(origin), Some(size), Some(head)) = (lines.next(), lines.next(), lines.next()) else {
        return Err("not a checkpoint: it needs an origin, a size and a hash".into());
    };
    let size: i64 = size
        .parse()
        .map_err(|_| format!("not a checkpoint: size {size:?}"))?;
    let head = hex::encode(
        B64.decode(head)
            .map_err(|_| format!("not a checkpoint: hash {head:?}"))?,
    );
    if let Some(verifier) = verifier {
        let mut parts = verifier.splitn(3, '+');
        let (Some(name), Some(_), Some(key)) = (parts.next(), parts.next(), parts.next()) else {
            return Err("the verifier key is not name+id+key".into());
        };
        let typed = B64
            .decode(key)
            .map_err(|_| "the verifier key is not base64")?;
        let public = typed
            .strip_prefix(&[1u8])
            .and_then(|k| <[u8; 32]>::try_from(k).ok())
            .and_then(|k| VerifyingKey::from_bytes(&k).ok())
            .ok_or("the verifier key is not an Ed25519 key")?;
        let id = key_id(name, &public);
        let signed = signatures.lines().any(|line| {
            let Some(rest) = line.strip_prefix("\u{2014} ") else {
                return false;
            };
            let Some((who, sig)) = rest.split_once(' ') else {
                return false;
            };
            let Ok(sig) = B64.decode(sig) else {
                return false;
            };
            who == name
                && sig.len() == 68
                && sig[..4] == id
                && <[u8; 64]>::try_from(&sig[4..]).is_ok_and(|s| {
                    public
                        .verify(body.as_bytes(), &ed25519_dalek::Signature::from_bytes(&s))
                        .is_ok()
                })
        });
        if !signed {
            return Err("the checkpoint's signature does not verify with this key".into());
        }
    }
    Ok(Checkpoint {
        origin: origin.to_string(),
        size,
        head,
    })
}

/// Whether the log still extends the checkpoint: its chain is intact, it
/// has at least that many entries, and entry `size` has the hash signed.
pub async fn extends(app: &App, c: &Checkpoint) -> AppResult<Result<(), String>> {
    match super::audit::verify(app).await? {
        super::audit::Verdict::Broken { seq, reason } => {
            return Ok(Err(format!(
                "the audit log is broken at entry {seq} ({reason})"
            )));
        }
        super::audit::Verdict::Intact { rows } if rows < c.size => {
            return Ok(Err(format!(
                "the audit log has {rows} entries; the checkpoint has {}: entries were removed",
                c.size
            )));
        }
        super::audit::Verdict::Intact { .. } => {}
    }
    let mut conn = app.db.conn().await?;
    let at = store::audit::chain_at(&mut conn, c.size).await?;
    if at.as_deref() != Some(c.head.as_str()) && c.size > 0 {
        return Ok(Err(format!(
            "history was rewritten: entry {} no longer has the hash the checkpoint signed",
            c.size
        )));
    }
    Ok(Ok(()))
}

/// Signs a checkpoint when the log has grown by `checkpoint_every_entries`
/// or `checkpoint_every_minutes` have passed since the last one, if a key is
/// configured. Returns the size signed.
pub(crate) async fn due(app: &App) -> AppResult<Option<i64>> {
    let a = &app.config.audit;
    if a.checkpoint_key_file.as_os_str().is_empty() {
        return Ok(None);
    }
    let origin = origin(&app.config.public_url);
    let signer = Signer::load(&a.checkpoint_key_file, &origin).map_err(AppError::Internal)?;
    let mut c = app.db.conn().await?;
    let (size, head) = store::audit::head(&mut c).await?;
    let last = store::audit::latest_checkpoint(&mut c).await?;
    let due = match &last {
        None => size > 0,
        Some(l) => {
            size > l.size
                && (size - l.size >= a.checkpoint_every_entries
                    || app.now() - l.at >= a.checkpoint_every_minutes * super::clock::MINUTE)
        }
    };
    if !due {
        return Ok(None);
    }
    let checkpoint = Checkpoint { origin, size, head };
    let note = signer.sign(&checkpoint)?;
    let row = store::audit::CheckpointRow {
        size,
        head: checkpoint.head,
        note,
        at: app.now(),
    };
    Ok(store::audit::insert_checkpoint(&mut c, &row)
        .await?
        .then_some(size))
}

/// The latest signed checkpoint, for a State to keep (custodian and
/// national administrators).
pub async fn latest(
    app: &App,
    actor: &domain::Actor,
) -> AppResult<Option<store::audit::CheckpointRow>> {
    super::error::authorize(
        actor,
        domain::Action::DownloadCheckpoint,
        domain::policy::Resource::None,
    )?;
    let mut c = app.db.conn().await?;
    Ok(store::audit::latest_checkpoint(&mut c).await?)
}
