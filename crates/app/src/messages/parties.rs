//! Who takes part: the user's own State, the States it has exchanged with,
//! and a thread as the policy lets a user read it (MSG-2).

use crate::directory::entry_of;
use crate::error::{authorize, refusal};
use crate::{App, AppError, AppResult};
use domain::message::Tlp;
use domain::policy::{Resource, ThreadParties};
use domain::{Action, Actor, StateCode};
use store::message::ThreadRow;

/// The user's own State, if they may communicate for it.
pub(super) fn own_state(actor: &Actor) -> AppResult<StateCode> {
    let state = actor.state().ok_or_else(|| refusal(actor))?;
    authorize(actor, Action::Communicate, Resource::State(state))?;
    Ok(state)
}

/// The participating States the user's State may write to.
pub async fn counterparts(app: &App, actor: &Actor) -> AppResult<Vec<String>> {
    let own = own_state(actor)?;
    let mut c = app.db.conn().await?;
    Ok(store::state::participating(&mut c)
        .await?
        .into_iter()
        .map(|s| s.code)
        .filter(|s| s != own.as_str())
        .collect())
}

/// A thread, if the policy lets the actor read it (MSG-2), with the actor's
/// State.
pub(super) async fn party_thread(
    app: &App,
    actor: &Actor,
    id: &str,
) -> AppResult<(ThreadRow, StateCode)> {
    let state = actor.state().ok_or_else(|| refusal(actor))?;
    let mut c = app.db.conn().await?;
    let thread = store::message::thread(&mut c, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let parties = parties_of(app, &mut c, &thread).await?;
    // Someone who is not party learns nothing, not even that the thread exists.
    if !parties.from.eq(&state) && !parties.to.eq(&state) {
        return Err(AppError::NotFound);
    }
    authorize(actor, Action::ReadThread, Resource::Thread(parties))?;
    Ok((thread, state))
}

/// The thread's two States and, for TLP:RED, its named readers: the
/// receiving State's users whose account address is one of the addressed
/// POCs' addresses.
pub(super) async fn parties_of(
    app: &App,
    c: &mut store::Conn,
    thread: &ThreadRow,
) -> AppResult<ThreadParties> {
    let to = StateCode::parse(&thread.to_state)?;
    let red = thread.tlp == Tlp::Red.code();
    let mut named_readers = Vec::new();
    if red {
        let mut addresses = Vec::new();
        for poc_id in store::message::recipients(c, &thread.id).await? {
            let Some(row) = store::poc::get(c, &poc_id).await? else {
                continue;
            };
            if let Some(entry) = entry_of(app, &row)? {
                addresses.extend(
                    entry
                        .fields
                        .emails
                        .iter()
                        .map(|e| e.as_str().to_lowercase()),
                );
            }
        }
        named_readers = store::user::of_state(c, to.as_str())
            .await?
            .into_iter()
            .filter(|u| addresses.contains(&u.email.to_lowercase()))
            .map(|u| u.id)
            .collect();
    }
    Ok(ThreadParties {
        from: StateCode::parse(&thread.from_state)?,
        to,
        red,
        named_readers,
    })
}
