//! An entry's OpenPGP public key (DIR-3): read when the entry is
//! submitted, so that a key that cannot serve is refused with its reason;
//! its fingerprint and expiry are kept with the entry; readers download
//! it; the State's administrators are reminded before it expires and when
//! it has.

use super::entry::entry_of;
use crate::clock::DAY;
use crate::error::authorize;
use crate::openpgp::{inspect, names_an_address, user_ids};
use crate::{App, AppError, AppResult, audit, mail};
use domain::policy::Resource;
use domain::{Action, Actor, FieldError, PocFields, StateCode, UnLanguage};
use serde_json::json;

/// How long before a key expires its State is reminded.
const REMIND_BEFORE: i64 = 30 * DAY;

/// The fields with what their key says: its fingerprint, which must be the
/// one typed if one was, and its expiry.
pub(crate) fn with_key(mut fields: PocFields, now: i64) -> Result<PocFields, FieldError> {
    let Some(armored) = &fields.pgp_key else {
        fields.pgp_expires_at = None;
        return Ok(fields);
    };
    let facts = inspect(armored, now).map_err(|key| FieldError::new("pgp_key", key))?;
    if fields
        .pgp_fingerprint
        .as_ref()
        .is_some_and(|typed| *typed != facts.fingerprint)
    {
        return Err(
            FieldError::new("pgp_fingerprint", "err-pgp-fingerprint-mismatch")
                .with("fingerprint", facts.fingerprint),
        );
    }
    fields.pgp_fingerprint = Some(facts.fingerprint);
    fields.pgp_expires_at = facts.expires_at;
    Ok(fields)
}

/// What readers are told of an entry's key: expired, expiring within the
/// reminder period, or naming none of the entry's addresses.
pub fn key_notice(fields: &PocFields, now: i64) -> Option<&'static str> {
    let armored = fields.pgp_key.as_ref()?;
    match fields.pgp_expires_at {
        Some(at) if at <= now => return Some("pgp-notice-expired"),
        Some(at) if at - now <= REMIND_BEFORE => return Some("pgp-notice-expiring"),
        _ => {}
    }
    let addresses: Vec<&str> = fields.emails.iter().map(|e| e.as_str()).collect();
    (!names_an_address(&user_ids(armored), &addresses)).then_some("pgp-notice-user-id")
}

/// An entry's key to download, with its fingerprint, for those who may
/// read the entry.
pub async fn entry_key(app: &App, actor: &Actor, id: &str) -> AppResult<(String, String)> {
    let mut c = app.db.conn().await?;
    let row = store::poc::get(&mut c, id)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize(
        actor,
        Action::ReadDirectory,
        Resource::State(StateCode::parse(&row.state_code)?),
    )?;
    let fields = entry_of(app, &row)?.ok_or(AppError::NotFound)?.fields;
    match (fields.pgp_fingerprint, fields.pgp_key) {
        (Some(fingerprint), Some(key)) => Ok((fingerprint, key)),
        _ => Err(AppError::NotFound),
    }
}

/// Reminds each State of its entries' keys expiring within thirty days,
/// and again once expired: once per key and stage. Returns how many
/// reminders went.
pub(crate) async fn remind(app: &App) -> AppResult<usize> {
    let now = app.now();
    let mut sent = 0;
    let mut offset = 0;
    loop {
        let mut c = app.begin().await?;
        let filter = store::poc::Filter {
            limit: 500,
            offset,
            ..Default::default()
        };
        let rows = store::poc::list(&mut c, &filter).await?;
        if rows.is_empty() {
            c.commit().await?;
            return Ok(sent);
        }
        offset += rows.len() as i64;
        for row in &rows {
            let Some(entry) = entry_of(app, row)?.filter(|e| e.status == "active") else {
                continue;
            };
            let f = &entry.fields;
            let (Some(at), Some(fingerprint)) = (f.pgp_expires_at, &f.pgp_fingerprint) else {
                continue;
            };
            let stage = match at - now {
                left if left <= 0 => "pgp-expired",
                left if left <= REMIND_BEFORE => "pgp-expiring",
                _ => continue,
            };
            let slot = format!("{}:{fingerprint}", row.id);
            if !store::job::claim(&mut c, stage, &slot, now, "reminded").await? {
                continue;
            }
            let state = entry.state;
            let link = format!("{}/pocs/{}", app.config.public_url, row.id);
            let key = format!("email-{stage}");
            let recipients = mail::queue_to_state(app, &mut c, state, &[], &key, |lang| {
                let lang = UnLanguage::parse(lang).unwrap_or(UnLanguage::En);
                vec![
                    ("entity", f.entity.clone()),
                    ("fingerprint", fingerprint.clone()),
                    ("date", crate::clock::stamp(at)[..10].to_string()),
                    ("state", state.info().name(lang).to_string()),
                    ("link", link.clone()),
                ]
            })
            .await?;
            let detail =
                json!({ "stage": stage, "fingerprint": fingerprint, "recipients": recipients });
            audit::record(
                &mut c,
                &Actor::System,
                "key.reminded",
                &format!("poc:{}", row.id),
                detail,
            )
            .await?;
            sent += 1;
        }
        c.commit().await?;
    }
}
