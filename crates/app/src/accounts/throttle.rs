//! Throttling (ACC-3): failed sign-ins slow the guesser down without
//! locking the State's own users out, and anonymous forms that send email
//! are rate-limited per client and overall.

use super::session::Origin;
use crate::clock::{DAY, HOUR, MINUTE};
use crate::crypto::digest;
use crate::{AppError, AppResult};
use store::Conn;

/// Failures allowed before a lock, per key; each failure past them doubles
/// the lock from one minute up to the window.
const ACCOUNT_ADDRESS_FREE_FAILURES: i64 = 5;
const ADDRESS_FREE_FAILURES: i64 = 30;
const ACCOUNT_FREE_FAILURES: i64 = 20;
const WINDOW: i64 = 15 * MINUTE;
/// Wrong codes a half signed-in session may try before it ends.
pub(super) const CODE_TRIES: i64 = 5;

/// What failures count against, and how many each allows (ACC-3):
/// - one account from one address: slows a guesser there, and no one else;
/// - one address: slows one client guessing across accounts;
/// - one account from everywhere: slows guessing from many addresses.
///
/// A browser where the user has signed in before (a known device) counts
/// only against the first, so failures elsewhere never lock out the
/// State's own users on their usual browsers.
pub(super) fn throttle_keys(email: &str, ip: &str, known_device: bool) -> Vec<(String, i64)> {
    let account = digest(&email.to_lowercase());
    let mut keys = vec![(
        format!("acct:{account}:{ip}"),
        ACCOUNT_ADDRESS_FREE_FAILURES,
    )];
    if !known_device {
        keys.push((format!("ip:{ip}"), ADDRESS_FREE_FAILURES));
        keys.push((format!("acct:{account}"), ACCOUNT_FREE_FAILURES));
    }
    keys
}

pub(super) async fn throttled(c: &mut Conn, keys: &[(String, i64)], now: i64) -> AppResult<bool> {
    for (key, _) in keys {
        if store::session::throttle(c, key)
            .await?
            .is_some_and(|t| t.locked_until > now)
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Counts one failure against each key; returns the most failures any key
/// has in its window.
pub(super) async fn record_failure(
    c: &mut Conn,
    keys: &[(String, i64)],
    now: i64,
) -> AppResult<i64> {
    let mut most = 0;
    for (key, free) in keys {
        let prev = store::session::throttle(c, key).await?;
        let (failures, start) = match prev {
            Some(t) if now - t.window_start < WINDOW || t.locked_until > now => {
                (t.failures + 1, t.window_start)
            }
            _ => (1, now),
        };
        let locked_until = if failures >= *free {
            now + (MINUTE << (failures - free).min(4)).min(WINDOW)
        } else {
            0
        };
        let row = store::session::ThrottleRow {
            key: key.clone(),
            failures,
            window_start: start,
            locked_until,
        };
        store::session::put_throttle(c, &row).await?;
        most = most.max(failures);
    }
    Ok(most)
}

/// Whether the browser's known-device token belongs to this user and was
/// remembered within the last year.
pub(super) async fn known_device(
    c: &mut Conn,
    origin: &Origin,
    user_id: Option<&str>,
    now: i64,
) -> AppResult<bool> {
    let (Some(token), Some(user_id)) = (origin.device.as_deref(), user_id) else {
        return Ok(false);
    };
    Ok(
        store::user::device_owner(c, &digest(token), now - 365 * DAY)
            .await?
            .is_some_and(|owner| owner == user_id),
    )
}

/// Counts one use of a rate-limited form against each of `limits` (a key
/// and how many uses an hour it allows), and refuses it when any is used up.
pub(crate) async fn rate_limit(c: &mut Conn, limits: &[(String, i64)], now: i64) -> AppResult<()> {
    for (key, allowed) in limits {
        if store::session::count_use(c, key, now, now - HOUR).await? > *allowed {
            return Err(AppError::Throttled);
        }
    }
    Ok(())
}
