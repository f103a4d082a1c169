//! What the checks' use cases show of their rows.

use crate::kernel::view::view;

view! {
    /// One check of one address (PING-2, PING-5).
    Check from store::campaign::CheckRow {
        id: String,
        campaign_id: String,
        poc_id: String,
        state_code: String,
        region: String,
        poc_type: String,
        address: String,
        status: String,
        sent_at: Option<i64>,
        acknowledged_at: Option<i64>,
        acknowledged_via: Option<String>,
        reminded_at: Option<i64>,
        escalated_at: Option<i64>,
        unreachable_reason: Option<String>,
    }
}

view! {
    /// A campaign of checks (PING-1).
    Campaign from store::campaign::CampaignRow {
        id: String,
        kind: String,
        /// The filter it was launched with, as JSON.
        selection: String,
        launched_at: i64,
        closes_at: i64,
    }
}

/// Whom a campaign checked: every POC, or those of a region, a type, a
/// State, or only entries overdue for confirmation.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Scope {
    pub region: String,
    pub poc_type: String,
    pub state: String,
    pub overdue: bool,
    /// The campaign whose silent entries this one checked again.
    pub recheck_of: String,
}

impl Scope {
    /// Equal for campaigns of the same scope, and usable in a link.
    pub fn key(&self) -> String {
        let overdue = if self.overdue { "overdue" } else { "" };
        if !self.recheck_of.is_empty() {
            return format!("recheck.{}", self.recheck_of);
        }
        format!("{}.{}.{}.{overdue}", self.region, self.poc_type, self.state)
    }
}

impl Campaign {
    pub fn scope(&self) -> Scope {
        serde_json::from_str(&self.selection).unwrap_or_default()
    }
}

view! {
    /// A phone check recorded by the custodian (PING-4).
    PhoneCheck from store::campaign::PhoneCheckRow {
        id: String,
        number: String,
        reached: bool,
        called_at: i64,
        /// The user who called: an id in the row, a name in the view.
        recorded_by: String,
        note: Option<String>,
    }
}
