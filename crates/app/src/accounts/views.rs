//! What the accounts' use cases show of their rows.

use crate::kernel::view::view;

view! {
    /// A request for access, as the custodian reviews it (ACC-1).
    AccessRequest from store::access::AccessRequestRow {
        id: String,
        state_code: String,
        requester_name: String,
        requester_title: String,
        email: String,
        note_verbale_ref: String,
        message: Option<String>,
        locale: String,
        status: String,
        created_at: i64,
        decided_at: Option<i64>,
        decision_ref: Option<String>,
        decision_reason: Option<String>,
    }
}

view! {
    /// One of the user's own open sessions (ACC-4): the hash names it for
    /// revocation.
    OpenSession from store::session::SessionRow {
        token_hash: String,
        created_at: i64,
        last_seen_at: i64,
        user_agent: String,
        ip: String,
    }
}

view! {
    /// A user as an administrator sees it: no password hash.
    User from store::user::UserRow {
        id: String,
        email: String,
        display_name: String,
        role: String,
        state_code: Option<String>,
        status: String,
        locale: String,
        created_at: i64,
        held_until: Option<i64>,
    }
}
