//! What the communications' use cases show of their rows.

use crate::kernel::view::view;

view! {
    /// A thread between two States, without its sealed content (MSG-2).
    Thread from store::message::ThreadRow {
        id: String,
        alert_id: Option<String>,
        from_state: String,
        to_state: String,
        template_key: String,
        template_version: i64,
        urgency: String,
        tlp: String,
        created_at: i64,
        ack_due_at: i64,
        acknowledged_at: Option<i64>,
        responded_at: Option<i64>,
        /// The exercise this thread belongs to: marked EXERCISE (EXR-1).
        exercise_id: Option<String>,
        /// For an exercise: empty for exercise control, else the State it plays.
        sender: Option<String>,
    }
}

view! {
    /// One step of a thread's escalation (MSG-3).
    Escalation from store::message::EscalationRow {
        step: i64,
        at: i64,
        recipients: i64,
    }
}

view! {
    /// One version of a template (MSG-1).
    TemplateVersion from store::message::TemplateRow {
        key: String,
        version: i64,
        created_at: i64,
        created_by: String,
    }
}

impl TemplateVersion {
    /// One of the templates pocdir starts with, not written by a person.
    pub fn is_built_in(&self) -> bool {
        self.created_by == crate::audit::actor_label(&domain::Actor::System)
    }
}
