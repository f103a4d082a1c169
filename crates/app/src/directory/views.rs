//! What the directory's use cases show of their rows.

use crate::kernel::view::view;

view! {
    /// A problem report on an entry (DIR-10).
    Problem from store::problem::ProblemRow {
        id: String,
        poc_id: String,
        state_code: String,
        kind: String,
        detail: Option<String>,
        created_at: i64,
        resolved_at: Option<i64>,
    }
}
