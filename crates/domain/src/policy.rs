//! The authorisation policy (ACC-5) as one pure function. Every use case asks
//! it before touching the store.

use crate::state::StateCode;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Custodian,
    NationalAdmin,
    Member,
}

impl Role {
    pub const ALL: [Role; 3] = [Self::Custodian, Self::NationalAdmin, Self::Member];
    pub fn code(self) -> &'static str {
        match self {
            Self::Custodian => "custodian",
            Self::NationalAdmin => "national_admin",
            Self::Member => "member",
        }
    }
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == raw)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Anonymous,
    User {
        id: String,
        role: Role,
        state: Option<StateCode>,
    },
}

impl Actor {
    pub fn user_id(&self) -> Option<&str> {
        match self {
            Actor::User { id, .. } => Some(id),
            Actor::Anonymous => None,
        }
    }
    pub fn role(&self) -> Option<Role> {
        match self {
            Actor::User { role, .. } => Some(*role),
            Actor::Anonymous => None,
        }
    }
    pub fn state(&self) -> Option<StateCode> {
        match self {
            Actor::User { state, .. } => *state,
            Actor::Anonymous => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Public pages (PUB-1).
    ViewPublic,
    /// The "request access" form of a Permanent Mission (ACC-1).
    RequestAccess,
    /// Own password, second factor, sessions.
    ManageOwnAccount,
    /// Browse, search, read entries and their history (DIR-6, DIR-8).
    ReadDirectory,
    ExportDirectory,
    ReportProblem,
    /// Nominate, update or withdraw an entry of a State (DIR-5).
    SubmitChange,
    /// See the pending and rejected changes of a State.
    ViewChanges,
    /// Invite and disable a State's users, choose its account mode (ACC-2).
    ManageUsers,
    /// See and resolve problem reports on a State's entries (DIR-10).
    ViewProblems,
    VerifyChange,
    ReviewAccess,
    ViewAudit,
    /// Launch communication checks (PING-1).
    RunChecks,
    /// See check results: everyone's for the custodian, a State's own otherwise (PING-5).
    ViewCheckResults,
    /// Acknowledge a check for one of the State's own POCs in the portal (PING-2).
    AcknowledgeCheck,
    /// Send, read, acknowledge and answer communications of one's own State
    /// (MSG). Never the custodian, who sees counts only (MSG-5).
    Communicate,
    /// Usage statistics: counts of communications, never their content (USE-1, MSG-5).
    ViewUsage,
    /// Add or revise communication templates (MSG-1).
    ManageTemplates,
}

impl Action {
    pub const ALL: [Action; 19] = [
        Self::ViewPublic,
        Self::RequestAccess,
        Self::ManageOwnAccount,
        Self::ReadDirectory,
        Self::ExportDirectory,
        Self::ReportProblem,
        Self::SubmitChange,
        Self::ViewChanges,
        Self::ManageUsers,
        Self::ViewProblems,
        Self::VerifyChange,
        Self::ReviewAccess,
        Self::ViewAudit,
        Self::RunChecks,
        Self::ViewCheckResults,
        Self::AcknowledgeCheck,
        Self::Communicate,
        Self::ViewUsage,
        Self::ManageTemplates,
    ];
}

/// What an action is about: a State's data, or nothing in particular.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    None,
    State(StateCode),
}

pub fn allows(actor: &Actor, action: Action, resource: Resource) -> bool {
    use Action::*;
    let Actor::User { role, state, .. } = actor else {
        return matches!(action, ViewPublic | RequestAccess);
    };
    let own_state = matches!(resource, Resource::State(s) if Some(s) == *state);
    match action {
        ViewPublic | RequestAccess | ManageOwnAccount | ReadDirectory | ExportDirectory
        | ReportProblem => true,
        // A State's data is edited by its own national administrators, or by
        // the custodian on the State's written request (recorded as such).
        SubmitChange | ViewChanges | ManageUsers | ViewProblems => match role {
            Role::Custodian => true,
            Role::NationalAdmin => own_state,
            Role::Member => false,
        },
        VerifyChange | ReviewAccess | ViewAudit | RunChecks | ViewUsage | ManageTemplates => {
            *role == Role::Custodian
        }
        ViewCheckResults => *role == Role::Custodian || own_state,
        AcknowledgeCheck | Communicate => *role != Role::Custodian && own_state,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr() -> StateCode {
        StateCode::parse("FR").unwrap()
    }
    fn de() -> StateCode {
        StateCode::parse("DE").unwrap()
    }

    /// ACC-5: every role × (own State, other State, no State) × every action.
    #[test]
    fn acc5_policy_matrix() {
        use Action::*;
        // Expected outcome for (own, other, none) per role and action.
        let expect = |role: Option<Role>, action: Action| -> [bool; 3] {
            match (role, action) {
                (_, ViewPublic | RequestAccess) => [true; 3],
                (None, _) => [false; 3],
                (Some(_), ManageOwnAccount | ReadDirectory | ExportDirectory | ReportProblem) => {
                    [true; 3]
                }
                (Some(Role::Custodian), AcknowledgeCheck | Communicate) => [false; 3],
                (Some(Role::Custodian), _) => [true; 3],
                (Some(_), ViewCheckResults | AcknowledgeCheck | Communicate) => {
                    [true, false, false]
                }
                (
                    Some(Role::NationalAdmin),
                    SubmitChange | ViewChanges | ManageUsers | ViewProblems,
                ) => [true, false, false],
                (Some(_), _) => [false; 3],
            }
        };
        let mut checked = 0;
        for role in [
            None,
            Some(Role::Custodian),
            Some(Role::NationalAdmin),
            Some(Role::Member),
        ] {
            let actor = match role {
                None => Actor::Anonymous,
                Some(Role::Custodian) => Actor::User {
                    id: "c".into(),
                    role: Role::Custodian,
                    state: None,
                },
                Some(r) => Actor::User {
                    id: "u".into(),
                    role: r,
                    state: Some(fr()),
                },
            };
            for action in Action::ALL {
                // The custodian has no State: "own" is any State for them.
                let resources = [Resource::State(fr()), Resource::State(de()), Resource::None];
                let got = resources.map(|r| allows(&actor, action, r));
                assert_eq!(got, expect(role, action), "{role:?} {action:?}");
                checked += 3;
            }
        }
        assert_eq!(checked, 4 * Action::ALL.len() * 3);
    }

    #[test]
    fn acc5_member_never_changes_own_state_data() {
        let member = Actor::User {
            id: "m".into(),
            role: Role::Member,
            state: Some(fr()),
        };
        assert!(!allows(
            &member,
            Action::SubmitChange,
            Resource::State(fr())
        ));
        assert!(!allows(&member, Action::ManageUsers, Resource::State(fr())));
        assert!(allows(
            &member,
            Action::ReadDirectory,
            Resource::State(de())
        ));
    }
}
