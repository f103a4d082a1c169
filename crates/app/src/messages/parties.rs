//! Who takes part: the user's own State, the States it has exchanged with,
//! and a thread as the policy lets a user read it (MSG-2).

use crate::error::{authorize, refusal};
use crate::{App, AppError, AppResult};
use domain::message::Tlp;
use domain::policy::{Resource, ThreadParties};
use domain::{Action, Actor, PocFields, StateCode};
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
    let parties = parties_of(&mut c, &thread).await?;
    // Someone who is not party learns nothing, not even that the thread exists.
    if !parties.from.eq(&state) && !parties.to.eq(&state) {
        return Err(AppError::NotFound);
    }
    authorize(actor, Action::ReadThread, Resource::Thread(parties))?;
    Ok((thread, state))
}

/// The thread's two States and, for TLP:RED, the readers named when it was
/// sent.
async fn parties_of(c: &mut store::Conn, thread: &ThreadRow) -> AppResult<ThreadParties> {
    let red = thread.tlp == Tlp::Red.code();
    let named_readers = if red {
        store::message::red_readers(c, &thread.id).await?
    } else {
        Vec::new()
    };
    let to = StateCode::parse(&thread.to_state)?;
    // Exercise control is no State: on an exercise's thread the receiving
    // State is the only party (EXR-1).
    let from = if thread.exercise_id.is_some() {
        to
    } else {
        StateCode::parse(&thread.from_state)?
    };
    Ok(ThreadParties {
        from,
        to,
        red,
        named_readers,
    })
}

/// The receiving State's accounts, not disabled, whose address is one of the
/// addressed POCs' addresses: who may read a TLP:RED communication, decided
/// once, as it is sent (ACC-6).
pub(super) async fn red_readers_now(
    c: &mut store::Conn,
    to: StateCode,
    addressed: &[&PocFields],
) -> AppResult<Vec<String>> {
    let addresses: Vec<String> = addressed
        .iter()
        .flat_map(|f| f.emails.iter().map(|e| e.as_str().to_lowercase()))
        .collect();
    Ok(store::user::of_state(c, to.as_str())
        .await?
        .into_iter()
        .filter(|u| u.status != "disabled" && addresses.contains(&u.email.to_lowercase()))
        .map(|u| u.id)
        .collect())
}
