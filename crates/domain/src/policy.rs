//! The authorisation policy (ACC-5) as one pure function. Every use case asks
//! it before touching the store.

use crate::scope::Scope;
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

/// Who asks. Each kind of actor has its own rules in `allows`; an API
/// client with scopes or a regional directory with per-State consents is one
/// more variant and one more function there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Anonymous,
    /// A signed-in person: the custodian has no State, everyone else one.
    User {
        id: String,
        role: Role,
        state: Option<StateCode>,
    },
    /// A program using a personal API token (INT-1): its owner, limited to
    /// the token's scopes.
    Token {
        token: String,
        id: String,
        role: Role,
        state: Option<StateCode>,
        scopes: Vec<Scope>,
    },
    /// A regional directory (OSCE, OAS, …) registered by the custodian,
    /// reading the entries of the States that consented to share with it
    /// (INT-3).
    Regional {
        client: String,
    },
    /// pocdir acting on its own: scheduled checks, reminders, escalations.
    System,
}

impl Actor {
    pub fn user_id(&self) -> Option<&str> {
        match self {
            Actor::User { id, .. } | Actor::Token { id, .. } => Some(id),
            Actor::Anonymous | Actor::Regional { .. } | Actor::System => None,
        }
    }
    pub fn role(&self) -> Option<Role> {
        match self {
            Actor::User { role, .. } | Actor::Token { role, .. } => Some(*role),
            Actor::Anonymous | Actor::Regional { .. } | Actor::System => None,
        }
    }
    pub fn state(&self) -> Option<StateCode> {
        match self {
            Actor::User { state, .. } | Actor::Token { state, .. } => *state,
            Actor::Anonymous | Actor::Regional { .. } | Actor::System => None,
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
    /// Write to other States and see one's own State's inbox (MSG-1). Never
    /// the custodian, who sees counts only (MSG-5).
    Communicate,
    /// Read, acknowledge, answer, attach to and forward one thread (MSG-2,
    /// MSG-3): its two States' users, TLP:RED on the receiving side only for
    /// the named readers.
    ReadThread,
    /// Export the record of one's own State's exchanges (MSG-5).
    ExportRecord,
    /// Usage statistics: counts of communications, never their content (USE-1, MSG-5).
    ViewUsage,
    /// Configure what the directory offers and says: communication templates
    /// (MSG-1), the further POC types (DIR-2) and the public pages' texts
    /// (PUB-1).
    Configure,
    /// Download the latest signed checkpoint of the audit log, for a State
    /// to keep its own copy (NFR-3).
    DownloadCheckpoint,
    /// Register and revoke regional directories as clients (INT-3).
    ManageRegionalClients,
    /// Grant or revoke a State's consent to share its entries with a
    /// regional directory: the State's own decision (INT-3).
    DecideSharing,
    /// A regional directory reads a State's entries: only under consent.
    ReadShared,
    /// Import a regional directory's file as pending changes (INT-2).
    ImportDirectory,
    /// Propose a capacity-building initiative or expert meeting in the
    /// State's name (CAP-2).
    ProposeInitiative,
    /// Publish or decline a proposed initiative (CAP-2).
    DecideInitiative,
    /// Prepare, run and report on an exercise: exercise control (EXR-1).
    RunExercise,
    /// Accept or decline an exercise for the State, name its players and
    /// choose whether its lessons are named (EXR-1).
    AnswerExercise,
    /// See the State's exercises and its own results, and submit lessons
    /// learned (EXR-1).
    PlayExercise,
}

impl Action {
    pub const ALL: [Action; 31] = [
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
        Self::ReadThread,
        Self::ExportRecord,
        Self::ViewUsage,
        Self::Configure,
        Self::DownloadCheckpoint,
        Self::ManageRegionalClients,
        Self::DecideSharing,
        Self::ReadShared,
        Self::ImportDirectory,
        Self::ProposeInitiative,
        Self::DecideInitiative,
        Self::RunExercise,
        Self::AnswerExercise,
        Self::PlayExercise,
    ];
}

/// What an action is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resource {
    /// Nothing in particular: a page, a list, the whole directory.
    None,
    /// A State's data: its entries, changes, problems, users.
    State(StateCode),
    /// One user account: of a State, or of the custodian (no State).
    Account { state: Option<StateCode> },
    /// Check results: of one State, or of every State (None).
    CheckResults(Option<StateCode>),
    /// One communication between two States.
    Thread(ThreadParties),
    /// A State's entries as a regional directory asks for them, and whether
    /// the State consented to share with that directory.
    Shared { state: StateCode, consented: bool },
}

/// Who is party to a thread, and who may read it if it is TLP:RED.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadParties {
    pub from: StateCode,
    pub to: StateCode,
    pub red: bool,
    /// Ids of the receiving State's users named as recipients; for TLP:RED
    /// they alone read it on that side.
    pub named_readers: Vec<String>,
}

/// The one place where pocdir decides who may do what.
pub fn allows(actor: &Actor, action: Action, resource: &Resource) -> bool {
    match actor {
        Actor::Anonymous => {
            matches!(action, Action::ViewPublic | Action::RequestAccess)
                && *resource == Resource::None
        }
        Actor::System => system_allows(action, resource),
        Actor::Regional { .. } => {
            action == Action::ReadShared
                && matches!(
                    resource,
                    Resource::Shared {
                        consented: true,
                        ..
                    }
                )
        }
        Actor::User { id, role, state } => user_allows(id, *role, *state, action, resource),
        Actor::Token {
            id,
            role,
            state,
            scopes,
            ..
        } => {
            // TLP:RED is for the persons named, in the portal: never a program.
            let red = matches!(resource, Resource::Thread(t) if t.red);
            (action == Action::ViewPublic || scopes.iter().any(|s| s.covers(action)))
                && !red
                && user_allows(id, *role, *state, action, resource)
        }
    }
}

/// Scheduled jobs launch checks and read their results; they never touch
/// communications, accounts or the directory's data.
fn system_allows(action: Action, resource: &Resource) -> bool {
    match action {
        Action::RunChecks => *resource == Resource::None,
        Action::ViewCheckResults => matches!(resource, Resource::CheckResults(_)),
        _ => false,
    }
}

fn user_allows(
    id: &str,
    role: Role,
    state: Option<StateCode>,
    action: Action,
    resource: &Resource,
) -> bool {
    use Action::*;
    let custodian = role == Role::Custodian;
    let is_own = |s: &StateCode| Some(*s) == state;
    match (action, resource) {
        (ViewPublic | RequestAccess | ManageOwnAccount, Resource::None) => true,
        (ReadDirectory | ExportDirectory | ReportProblem, Resource::None | Resource::State(_)) => {
            true
        }
        // A State's data is edited by its own national administrators, or by
        // the custodian on the State's written request (recorded as such).
        (SubmitChange | ViewChanges | ManageUsers | ViewProblems, Resource::State(s)) => {
            custodian || (role == Role::NationalAdmin && is_own(s))
        }
        (ViewChanges, Resource::None) => custodian,
        (ManageUsers, Resource::Account { state: s }) => {
            custodian || (role == Role::NationalAdmin && s.as_ref().is_some_and(is_own))
        }
        (
            VerifyChange | ReviewAccess | ViewAudit | RunChecks | ViewUsage | Configure,
            Resource::None,
        ) => custodian,
        (DownloadCheckpoint, Resource::None) => custodian || role == Role::NationalAdmin,
        (
            ManageRegionalClients | ImportDirectory | DecideInitiative | RunExercise,
            Resource::None,
        ) => custodian,
        (ProposeInitiative | AnswerExercise, Resource::State(s)) => {
            role == Role::NationalAdmin && is_own(s)
        }
        (PlayExercise, Resource::State(s)) => !custodian && is_own(s),
        (DecideSharing, Resource::State(s)) => role == Role::NationalAdmin && is_own(s),
        (ViewCheckResults, Resource::CheckResults(None)) => custodian,
        (ViewCheckResults, Resource::CheckResults(Some(s))) => custodian || is_own(s),
        (AcknowledgeCheck | Communicate | ExportRecord, Resource::State(s)) => {
            !custodian && is_own(s)
        }
        (ReadThread, Resource::Thread(t)) => {
            !custodian
                && (is_own(&t.from)
                    || (is_own(&t.to) && (!t.red || t.named_readers.iter().any(|r| r == id))))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;

    /// The expected answers, written out by hand from ACC-5, PING-5 and MSG-2/5.
    /// Each cell is six answers, for: anonymous, member of FR, national
    /// administrator of FR, custodian, system, a regional directory. The
    /// resources, in order:
    ///  1 none           2 State FR        3 State DE
    ///  4 account FR     5 account DE      6 account without State (custodian's)
    ///  7 results FR     8 results DE      9 results of every State
    /// 10 thread FR→DE  11 thread DE→FR   12 thread DE→GB
    /// 13 RED FR→DE     14 RED DE→FR naming the member    15 RED DE→FR naming someone else
    /// 16 FR's entries, shared with consent              17 FR's entries, without consent
    #[rustfmt::skip]
    const TABLE: [(Action, &str); 31] = [
        //                  1      2      3      4      5      6      7      8      9      10     11     12     13     14     15     16     17
        (ViewPublic,       "YYYY.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (RequestAccess,    "YYYY.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ManageOwnAccount, ".YYY.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ReadDirectory,    ".YYY.. .YYY.. .YYY.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ExportDirectory,  ".YYY.. .YYY.. .YYY.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ReportProblem,    ".YYY.. .YYY.. .YYY.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (SubmitChange,     "...... ..YY.. ...Y.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ViewChanges,      "...Y.. ..YY.. ...Y.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ManageUsers,      "...... ..YY.. ...Y.. ..YY.. ...Y.. ...Y.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ViewProblems,     "...... ..YY.. ...Y.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (VerifyChange,     "...Y.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ReviewAccess,     "...Y.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ViewAudit,        "...Y.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (RunChecks,        "...YY. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ViewCheckResults, "...... ...... ...... ...... ...... ...... .YYYY. ...YY. ...YY. ...... ...... ...... ...... ...... ...... ...... ......"),
        (AcknowledgeCheck, "...... .YY... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (Communicate,      "...... .YY... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ReadThread,       "...... ...... ...... ...... ...... ...... ...... ...... ...... .YY... .YY... ...... .YY... .Y.... ...... ...... ......"),
        (ExportRecord,     "...... .YY... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ViewUsage,        "...Y.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (Configure,        "...Y.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (DownloadCheckpoint, "..YY.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ManageRegionalClients, "...Y.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (DecideSharing,    "...... ..Y... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ReadShared,       "...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... .....Y ......"),
        (ImportDirectory,  "...Y.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (ProposeInitiative, "...... ..Y... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (DecideInitiative, "...Y.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (RunExercise,      "...Y.. ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (AnswerExercise,   "...... ..Y... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
        (PlayExercise,     "...... .YY... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ...... ......"),
    ];

    fn code(c: &str) -> StateCode {
        StateCode::parse(c).unwrap()
    }

    fn actors() -> [Actor; 6] {
        let user = |id: &str, role, state: Option<&str>| Actor::User {
            id: id.into(),
            role,
            state: state.map(code),
        };
        [
            Actor::Anonymous,
            user("member", Role::Member, Some("FR")),
            user("admin", Role::NationalAdmin, Some("FR")),
            user("custodian", Role::Custodian, None),
            Actor::System,
            Actor::Regional {
                client: "osce".into(),
            },
        ]
    }

    fn resources() -> [Resource; 17] {
        let thread = |from, to, red, readers: &[&str]| {
            Resource::Thread(ThreadParties {
                from: code(from),
                to: code(to),
                red,
                named_readers: readers.iter().map(|r| r.to_string()).collect(),
            })
        };
        [
            Resource::None,
            Resource::State(code("FR")),
            Resource::State(code("DE")),
            Resource::Account {
                state: Some(code("FR")),
            },
            Resource::Account {
                state: Some(code("DE")),
            },
            Resource::Account { state: None },
            Resource::CheckResults(Some(code("FR"))),
            Resource::CheckResults(Some(code("DE"))),
            Resource::CheckResults(None),
            thread("FR", "DE", false, &[]),
            thread("DE", "FR", false, &[]),
            thread("DE", "GB", false, &[]),
            thread("FR", "DE", true, &[]),
            thread("DE", "FR", true, &["member"]),
            thread("DE", "FR", true, &["someone-else"]),
            Resource::Shared {
                state: code("FR"),
                consented: true,
            },
            Resource::Shared {
                state: code("FR"),
                consented: false,
            },
        ]
    }

    /// ACC-5, PING-5, MSG-2, MSG-5: every actor × every action × every kind
    /// of resource, own State, other State and none, against the table.
    #[test]
    fn acc5_policy_table() {
        assert_eq!(
            TABLE.map(|(a, _)| a),
            Action::ALL,
            "one row per action, in order"
        );
        let (actors, resources) = (actors(), resources());
        let mut checked = 0;
        for (action, row) in TABLE {
            let cells: Vec<&str> = row.split(' ').collect();
            assert_eq!(cells.len(), resources.len(), "{action:?}");
            for (resource, cell) in resources.iter().zip(cells) {
                for (actor, expected) in actors.iter().zip(cell.chars()) {
                    assert_eq!(
                        allows(actor, action, resource),
                        expected == 'Y',
                        "{actor:?} {action:?} {resource:?}"
                    );
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, Action::ALL.len() * 17 * 6);
    }

    /// INT-1: a token allows what its owner may do and one of its scopes
    /// covers, and nothing else, for every action and kind of resource;
    /// never a TLP:RED thread.
    #[test]
    fn int1_a_token_never_allows_more_than_its_owner_and_its_scopes() {
        for owner in &actors()[1..4] {
            let Actor::User { id, role, state } = owner.clone() else {
                unreachable!()
            };
            for scopes in [vec![], vec![Scope::DirectoryRead], Scope::ALL.to_vec()] {
                let token = Actor::Token {
                    token: "t".into(),
                    id: id.clone(),
                    role,
                    state,
                    scopes: scopes.clone(),
                };
                for action in Action::ALL {
                    for resource in resources() {
                        let red = matches!(&resource, Resource::Thread(t) if t.red);
                        let scoped = (action == ViewPublic
                            || scopes.iter().any(|s| s.covers(action)))
                            && !red;
                        assert_eq!(
                            allows(&token, action, &resource),
                            scoped && allows(owner, action, &resource),
                            "{token:?} {action:?} {resource:?}"
                        );
                    }
                }
            }
        }
        let reader = Actor::Token {
            token: "t".into(),
            id: "admin".into(),
            role: Role::NationalAdmin,
            state: Some(code("FR")),
            scopes: vec![Scope::DirectoryRead],
        };
        assert!(allows(&reader, ReadDirectory, &Resource::State(code("DE"))));
        assert!(!allows(&reader, SubmitChange, &Resource::State(code("FR"))));
        assert!(!allows(&reader, ManageOwnAccount, &Resource::None));
    }
}
