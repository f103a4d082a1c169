//! Passkeys (ACC-3): WebAuthn credentials that any user enrols, names and
//! removes, and uses as the second factor at sign-in or to confirm a
//! sensitive act. User verification is always required and attestation is
//! not asked for; the configured AAGUIDs limit the authenticator models.
//! Custodians sign in with a passkey, and enrol one before anything else.

use super::session::{Origin, Session, open_session};
use crate::clock::{HOUR, MINUTE};
use crate::crypto::digest;
use crate::error::authorize;
use crate::{App, AppError, AppResult, audit};
use domain::policy::Resource;
use domain::{Action, FieldError, Role};
use serde_json::json;
use store::Conn;
use store::passkey::PasskeyRow;
use store::user::UserRow;
use webauthn_rs::prelude::{
    Passkey, PasskeyAuthentication, PasskeyRegistration, PublicKeyCredential,
    RegisterPublicKeyCredential, Url, Uuid, Webauthn, WebauthnBuilder, WebauthnError,
};

/// What a ceremony is for; each answers only its own kind of request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Adding a passkey to one's account.
    Enrol,
    /// The second factor at sign-in.
    SignIn,
    /// A fresh assertion before a sensitive act (TLP:RED, the full export).
    Confirm,
}

impl Purpose {
    pub fn parse(raw: &str) -> Option<Purpose> {
        match raw {
            "enrol" => Some(Purpose::Enrol),
            "sign_in" => Some(Purpose::SignIn),
            "confirm" => Some(Purpose::Confirm),
            _ => None,
        }
    }
    fn code(self) -> &'static str {
        match self {
            Purpose::Enrol => "enrol",
            Purpose::SignIn => "sign_in",
            Purpose::Confirm => "confirm",
        }
    }
    /// The session stage a ceremony of this kind may start from.
    fn allowed(self, stage: &str) -> bool {
        match self {
            Purpose::Enrol => stage == "full" || stage == "enrol",
            Purpose::SignIn => stage == "mfa",
            Purpose::Confirm => stage == "full",
        }
    }
}

/// A passkey as its owner sees it on the account page.
#[derive(Debug, Clone)]
pub struct PasskeyView {
    pub id: String,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

pub const MAX_NAME_CHARS: usize = 60;
const CEREMONY_MINUTES: i64 = 5;

fn webauthn(app: &App) -> AppResult<Webauthn> {
    let origin = Url::parse(&app.config.public_url)
        .map_err(|e| AppError::Internal(format!("public_url: {e}")))?;
    let rp_id = origin
        .host_str()
        .ok_or_else(|| AppError::Internal("public_url has no host".into()))?
        .to_string();
    WebauthnBuilder::new(&rp_id, &origin)
        .and_then(|b| b.rp_name("pocdir").build())
        .map_err(|e| AppError::Internal(format!("webauthn: {e}")))
}

/// The WebAuthn user handle: stable per account, and no address in it.
fn handle(user_id: &str) -> Uuid {
    let hash = digest(&format!("passkey-user:{user_id}"));
    let mut bytes = [0u8; 16];
    hex::decode_to_slice(&hash[..32], &mut bytes).unwrap_or_default();
    Uuid::from_bytes(bytes)
}

fn stored(row: &PasskeyRow) -> AppResult<Passkey> {
    serde_json::from_str(&row.credential)
        .map_err(|e| AppError::Internal(format!("passkey {}: {e}", row.id)))
}

fn to_json<T: serde::Serialize>(value: &T) -> AppResult<String> {
    serde_json::to_string(value).map_err(|e| AppError::Internal(e.to_string()))
}

fn to_value<T: serde::Serialize>(value: &T) -> AppResult<serde_json::Value> {
    serde_json::to_value(value).map_err(|e| AppError::Internal(e.to_string()))
}

fn credential_id(p: &Passkey) -> String {
    hex::encode::<&[u8]>(p.cred_id().as_ref())
}

/// Whether this account must sign in with a passkey.
pub(super) fn required(app: &App, user: &UserRow) -> bool {
    app.config.session.custodian_passkey && Role::parse(&user.role) == Some(Role::Custodian)
}

pub(super) async fn count(c: &mut Conn, user_id: &str) -> AppResult<usize> {
    Ok(store::passkey::of_user(c, user_id).await?.len())
}

pub async fn passkeys(app: &App, session: &Session) -> AppResult<Vec<PasskeyView>> {
    authorize(&session.actor, Action::ManageOwnAccount, Resource::None)?;
    let mut c = app.db.conn().await?;
    Ok(store::passkey::of_user(&mut c, &session.user_id)
        .await?
        .into_iter()
        .map(|p| PasskeyView {
            id: p.id,
            name: p.name,
            created_at: p.created_at,
            last_used_at: p.last_used_at,
        })
        .collect())
}

/// The options the browser passes to `navigator.credentials`, as JSON; the
/// challenge is kept here until it is answered (once) or expires.
pub async fn options(app: &App, session: &Session, purpose: &str) -> AppResult<serde_json::Value> {
    let purpose = Purpose::parse(purpose).ok_or(AppError::NotFound)?;
    if !purpose.allowed(&session.stage) {
        return Err(AppError::Unauthenticated);
    }
    authorize(&session.actor, Action::ManageOwnAccount, Resource::None)?;
    let wa = webauthn(app)?;
    let mut c = app.begin().await?;
    let user = store::user::get(&mut c, &session.user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let rows = store::passkey::of_user(&mut c, &user.id).await?;
    let keys = rows.iter().map(stored).collect::<AppResult<Vec<_>>>()?;
    let (options, state) = match purpose {
        Purpose::Enrol => {
            let exclude = keys.iter().map(|k| k.cred_id().clone()).collect();
            let (ccr, reg) = wa
                .start_passkey_registration(
                    handle(&user.id),
                    &user.email,
                    &user.display_name,
                    Some(exclude),
                )
                .map_err(|e| AppError::Internal(format!("webauthn: {e}")))?;
            (to_value(&ccr)?, to_json(&reg)?)
        }
        _ => {
            if keys.is_empty() {
                return Err(FieldError::new("code", "err-passkey-none").into());
            }
            let (rcr, auth) = wa
                .start_passkey_authentication(&keys)
                .map_err(|e| AppError::Internal(format!("webauthn: {e}")))?;
            (to_value(&rcr)?, to_json(&auth)?)
        }
    };
    let expires = app.now() + CEREMONY_MINUTES * MINUTE;
    store::passkey::begin(
        &mut c,
        &ceremony(purpose, &session.token_hash, &session.user_id),
        purpose.code(),
        &state,
        expires,
    )
    .await?;
    c.commit().await?;
    Ok(options)
}

/// The message for a response the library refused, naming what was wrong.
fn refusal(field: &str, e: &WebauthnError) -> AppError {
    let key = match e {
        WebauthnError::MismatchedChallenge => "err-passkey-challenge",
        WebauthnError::InvalidRPOrigin | WebauthnError::CredentialCrossOrigin => {
            "err-passkey-origin"
        }
        WebauthnError::CredentialPossibleCompromise => "err-passkey-cloned",
        WebauthnError::UserNotVerified | WebauthnError::UserNotPresent => "err-passkey-unverified",
        _ => "err-passkey-refused",
    };
    FieldError::new(field, key).into()
}

/// The authenticator model a registration response states (its AAGUID), or
/// None when the response does not carry one.
fn aaguid(reg: &RegisterPublicKeyCredential) -> Option<Uuid> {
    use serde_cbor_2::Value;
    let Ok(Value::Map(object)) = serde_cbor_2::from_slice(&reg.response.attestation_object) else {
        return None;
    };
    let Some(Value::Bytes(auth_data)) = object.get(&Value::Text("authData".into())) else {
        return None;
    };
    // rpIdHash (32), flags (1), signCount (4), then the AAGUID (16).
    let bytes: [u8; 16] = auth_data.get(37..53)?.try_into().ok()?;
    Some(Uuid::from_bytes(bytes))
}

/// Adds the passkey the browser made. From an enrolment-only session (a
/// custodian without a passkey), it then opens a full session, whose
/// token is returned.
pub async fn add(
    app: &App,
    session: &Session,
    name: &str,
    response: &str,
    origin: &Origin,
) -> AppResult<Option<String>> {
    if !Purpose::Enrol.allowed(&session.stage) {
        return Err(AppError::Unauthenticated);
    }
    authorize(&session.actor, Action::ManageOwnAccount, Resource::None)?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return Err(FieldError::new("name", "err-passkey-name").into());
    }
    let reg: RegisterPublicKeyCredential = serde_json::from_str(response.trim())
        .map_err(|_| FieldError::new("name", "err-passkey-unreadable"))?;
    let mut c = app.begin().await?;
    let now = app.now();
    let state = store::passkey::take(&mut c, &session.token_hash, "enrol", now)
        .await?
        .ok_or_else(|| FieldError::new("name", "err-passkey-expired"))?;
    // The challenge is used up even when the answer is refused.
    c.commit().await?;
    let state: PasskeyRegistration =
        serde_json::from_str(&state).map_err(|e| AppError::Internal(e.to_string()))?;
    let key = webauthn(app)?
        .finish_passkey_registration(&reg, &state)
        .map_err(|e| refusal("name", &e))?;
    let model = aaguid(&reg).unwrap_or_default();
    let allowed = &app.config.session.passkey_aaguids;
    if !allowed.is_empty()
        && !allowed
            .iter()
            .any(|a| Uuid::parse_str(a).is_ok_and(|a| a == model))
    {
        return Err(FieldError::new("name", "err-passkey-model")
            .with("model", model.to_string())
            .into());
    }
    let mut c = app.begin().await?;
    if store::passkey::exists(&mut c, &credential_id(&key)).await? {
        return Err(FieldError::new("name", "err-passkey-known").into());
    }
    let row = PasskeyRow {
        id: store::new_id(),
        user_id: session.user_id.clone(),
        name: name.to_string(),
        credential_id: credential_id(&key),
        credential: to_json(&key)?,
        aaguid: model.to_string(),
        created_at: now,
        last_used_at: None,
    };
    store::passkey::insert(&mut c, &row).await?;
    let full = if session.stage == "enrol" {
        store::session::revoke(&mut c, &session.token_hash, &session.user_id, now).await?;
        Some(open_session(app, &mut c, &session.user_id, "full", origin).await?)
    } else {
        None
    };
    audit::record(
        &mut c,
        &session.actor,
        "passkey.added",
        &format!("user:{}", session.user_id),
        json!({ "passkey": row.id, "name": row.name, "aaguid": row.aaguid, "ip": origin.ip }),
    )
    .await?;
    c.commit().await?;
    Ok(full)
}

/// Removes one of the user's passkeys; a custodian keeps its last one.
pub async fn remove(app: &App, session: &Session, id: &str) -> AppResult<()> {
    authorize(&session.actor, Action::ManageOwnAccount, Resource::None)?;
    let mut c = app.begin().await?;
    let user = store::user::get(&mut c, &session.user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let rows = store::passkey::of_user(&mut c, &user.id).await?;
    let Some(row) = rows.iter().find(|p| p.id == id) else {
        return Err(AppError::NotFound);
    };
    if required(app, &user) && rows.len() == 1 {
        return Err(AppError::Conflict("err-passkey-last"));
    }
    store::passkey::delete(&mut c, &user.id, id).await?;
    audit::record(
        &mut c,
        &session.actor,
        "passkey.removed",
        &format!("user:{}", user.id),
        json!({ "passkey": row.id, "name": row.name }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// Whether `response` (a JSON assertion) answers this user's open ceremony
/// of `purpose` with one of its passkeys; the passkey's counter and last use
/// are then recorded. Each refusal names its reason on field `field`.
pub(super) async fn asserted(
    app: &App,
    c: &mut Conn,
    user_id: &str,
    ceremony: &str,
    purpose: Purpose,
    response: &str,
) -> AppResult<()> {
    let answer: PublicKeyCredential = serde_json::from_str(response.trim())
        .map_err(|_| FieldError::new("code", "err-passkey-unreadable"))?;
    let now = app.now();
    let state = store::passkey::take(c, ceremony, purpose.code(), now)
        .await?
        .ok_or_else(|| FieldError::new("code", "err-passkey-expired"))?;
    let state: PasskeyAuthentication =
        serde_json::from_str(&state).map_err(|e| AppError::Internal(e.to_string()))?;
    let result = webauthn(app)?
        .finish_passkey_authentication(&answer, &state)
        .map_err(|e| refusal("code", &e))?;
    for row in store::passkey::of_user(c, user_id).await? {
        let mut key = stored(&row)?;
        if key.update_credential(&result).is_some() {
            store::passkey::used(c, &row.id, &to_json(&key)?, now).await?;
            return Ok(());
        }
    }
    Err(FieldError::new("code", "err-passkey-refused").into())
}

/// Whose ceremony it is: a confirmation belongs to the person (the act
/// that needs it knows the person, not the session); the others to the
/// session that began them.
pub(super) fn ceremony(purpose: Purpose, session_hash: &str, user_id: &str) -> String {
    match purpose {
        Purpose::Confirm => format!("user:{user_id}"),
        _ => session_hash.to_string(),
    }
}

/// Where a user whose second factor was just accepted goes: "full", or
/// "enrol" for a custodian that has no passkey yet, within its one grace
/// period (refused after it).
pub(super) async fn stage_after_factor(
    app: &App,
    c: &mut Conn,
    user: &UserRow,
) -> AppResult<&'static str> {
    match grace(app, c, user).await? {
        None => Ok("full"),
        Some(until) if app.now() > until => Err(FieldError::new("code", "err-passkey-grace-over")
            .with("command", "pocdir user reset-second-factor")
            .into()),
        Some(_) => Ok("enrol"),
    }
}

/// The end of the grace period of an account that must enrol a passkey
/// and has none (started on first asking); None for any other account.
async fn grace(app: &App, c: &mut Conn, user: &UserRow) -> AppResult<Option<i64>> {
    if !required(app, user) || count(c, &user.id).await? > 0 {
        return Ok(None);
    }
    let hours = app.config.session.custodian_passkey_grace_hours;
    let until = store::passkey::grace(c, &user.id, app.now() + hours * HOUR).await?;
    Ok(Some(until))
}

/// When a custodian without a passkey must have enrolled one.
pub async fn grace_until(app: &App, session: &Session) -> AppResult<Option<i64>> {
    let mut c = app.begin().await?;
    let user = store::user::get(&mut c, &session.user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let until = grace(app, &mut c, &user).await?;
    c.commit().await?;
    Ok(until)
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use serde_cbor_2::Value;

    #[test]
    fn acc3_a_ceremony_starts_only_from_its_own_stage() {
        assert!(Purpose::parse("sign_in").unwrap().allowed("mfa"));
        assert!(!Purpose::parse("sign_in").unwrap().allowed("full"));
        assert!(Purpose::parse("enrol").unwrap().allowed("enrol"));
        assert!(!Purpose::parse("enrol").unwrap().allowed("mfa"));
        assert!(!Purpose::parse("confirm").unwrap().allowed("enrol"));
        assert_eq!(Purpose::parse("login"), None);
        assert_eq!(ceremony(Purpose::Confirm, "s", "u"), "user:u");
        assert_eq!(ceremony(Purpose::SignIn, "s", "u"), "s");
    }

    /// A registration whose attestation object carries `auth_data`.
    fn registration(auth_data: Vec<u8>) -> RegisterPublicKeyCredential {
        let object = Value::Map(
            [
                (Value::Text("fmt".into()), Value::Text("none".into())),
                (Value::Text("authData".into()), Value::Bytes(auth_data)),
            ]
            .into_iter()
            .collect(),
        );
        let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        serde_json::from_value(json!({
            "id": "AA", "rawId": "AA", "type": "public-key",
            "response": {
                "attestationObject": b64.encode(serde_cbor_2::to_vec(&object).unwrap()),
                "clientDataJSON": b64.encode(b"{}"),
            },
        }))
        .unwrap()
    }

    #[test]
    fn acc3_the_authenticator_model_is_read_from_the_registration() {
        let model = Uuid::parse_str("cb69481e-8ff7-4039-93ec-0a2729a154a8").unwrap();
        let mut auth_data = vec![7u8; 37];
        auth_data.extend_from_slice(model.as_bytes());
        auth_data.extend([0, 16]);
        assert_eq!(aaguid(&registration(auth_data)), Some(model));
        assert_eq!(aaguid(&registration(vec![0; 40])), None, "too short");
    }
}
