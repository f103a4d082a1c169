//! The account page: the person's sessions, passkeys, recovery codes and
//! personal API tokens (ACC-3, ACC-4, INT-1).

use super::{FieldErrors, done, form_errors, no_store, notice, unprocessable};
use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use axum::extract::{Path, State};
use axum::response::Response;
use minijinja::{Value, context};
use serde::Deserialize;

pub async fn account(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    page(&web, &ctx, context! { notice => notice(&web, &ctx) }).await
}

/// The page, with what a form just did or refused in `extra`.
pub(super) async fn page(web: &Web, ctx: &Ctx, extra: Value) -> Result<Response, WebError> {
    let session = ctx.user()?;
    let sessions = app::accounts::sessions(&web.app, session).await?;
    let left = app::accounts::recovery_codes_left(&web.app, session).await?;
    let list: Vec<_> = sessions
        .iter()
        .map(|s| context! {
            id => s.token_hash, current => s.token_hash == session.token_hash, ip => s.ip, agent => s.user_agent,
            created_at => s.created_at, last_seen_at => s.last_seen_at,
        })
        .collect();
    let tokens: Vec<_> = app::accounts::tokens(&web.app, session)
        .await?
        .iter()
        .map(|t| context! {
            id => t.id, name => t.name, scopes => t.scopes, created_at => t.created_at, expires_at => t.expires_at,
            last_used_at => t.last_used_at, revoked_at => t.revoked_at, in_force => t.in_force,
        })
        .collect();
    let passkeys: Vec<_> = app::accounts::passkeys::passkeys(&web.app, session)
        .await?
        .iter()
        .map(|p| context! { id => p.id, name => p.name, created_at => p.created_at, last_used_at => p.last_used_at })
        .collect();
    let role = session.actor.role().ok_or(app::AppError::Forbidden)?;
    let scopes: Vec<_> = app::accounts::scopes_for(role)
        .iter()
        .map(|s| s.code())
        .collect();
    Ok(web.page(
        ctx,
        "account.html",
        context! {
            sessions => list, codes_left => left, tokens => tokens, scopes => scopes, passkeys => passkeys,
            custodian => role == domain::Role::Custodian,
            passkey_only => role == domain::Role::Custodian && web.app.config().session.custodian_passkey,
            default_days => app::accounts::DEFAULT_DAYS, max_days => app::accounts::MAX_DAYS, ..extra
        },
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenForm {
    name: String,
    /// The ticked scopes; one left unticked is not sent.
    scopes: Vec<String>,
    days: String,
}

/// Makes a token and shows it this once, on the page itself: it is never
/// put in a link or kept anywhere but in the person's hands.
pub async fn create_token(
    State(web): State<Web>,
    ctx: Ctx,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let session = ctx.user()?;
    let form: TokenForm = serde_html_form::from_bytes(&body)
        .map_err(|_| app::AppError::field("form", "err-form-unreadable"))?;
    match app::accounts::create_token(&web.app, session, &form.name, &form.scopes, &form.days).await
    {
        Ok((made, secret)) => {
            let shown = context! { created => context! { name => made.name, secret => secret } };
            Ok(no_store(page(&web, &ctx, shown).await?))
        }
        Err(e) => {
            let errors: FieldErrors = form_errors(&web, &ctx, e.into())?;
            let kept = context! { name => form.name, scopes => form.scopes, days => form.days };
            Ok(unprocessable(
                page(
                    &web,
                    &ctx,
                    context! { token_errors => errors, token_form => kept },
                )
                .await?,
            ))
        }
    }
}

pub async fn revoke_token(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    app::accounts::revoke_token(&web.app, ctx.user()?, &id).await?;
    Ok(done("/account", "token-revoked"))
}
