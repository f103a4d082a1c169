//! What a personal API token may be used for (INT-1). A token acts for its
//! owner and never beyond: the policy asks both whether the owner may do
//! it and whether one of the token's scopes covers it.

use crate::policy::Action;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    DirectoryRead,
    DirectoryWrite,
    Checks,
    Messages,
    Custodian,
}

impl Scope {
    pub const ALL: [Scope; 5] = [
        Self::DirectoryRead,
        Self::DirectoryWrite,
        Self::Checks,
        Self::Messages,
        Self::Custodian,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::DirectoryRead => "directory:read",
            Self::DirectoryWrite => "directory:write",
            Self::Checks => "checks",
            Self::Messages => "messages",
            Self::Custodian => "custodian",
        }
    }

    pub fn parse(raw: &str) -> Option<Scope> {
        Self::ALL.into_iter().find(|s| s.code() == raw)
    }

    /// The actions this scope opens. Managing accounts (one's own included,
    /// so a token never makes another), users and the directory's settings
    /// are for a person in the portal only.
    pub fn covers(self, action: Action) -> bool {
        use Action::*;
        match self {
            Self::DirectoryRead => {
                matches!(action, ReadDirectory | ExportDirectory | DownloadCheckpoint)
            }
            Self::DirectoryWrite => {
                matches!(
                    action,
                    SubmitChange | ViewChanges | ReportProblem | ViewProblems
                )
            }
            Self::Checks => matches!(action, ViewCheckResults | AcknowledgeCheck),
            Self::Messages => matches!(action, Communicate | ReadThread | ExportRecord),
            Self::Custodian => matches!(
                action,
                VerifyChange
                    | ReviewAccess
                    | RunChecks
                    | ViewCheckResults
                    | ViewUsage
                    | ViewChanges
            ),
        }
    }
}

/// Scopes written as a list separated by spaces, as they are stored.
pub fn parse_list(raw: &str) -> Option<Vec<Scope>> {
    let mut out = raw
        .split_whitespace()
        .map(Scope::parse)
        .collect::<Option<Vec<_>>>()?;
    out.sort();
    out.dedup();
    Some(out)
}

pub fn list(scopes: &[Scope]) -> String {
    scopes
        .iter()
        .map(|s| s.code())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int1_scopes_read_back_as_written_and_refuse_unknown_ones() {
        let all = list(&Scope::ALL);
        assert_eq!(parse_list(&all).unwrap(), Scope::ALL.to_vec());
        assert_eq!(
            parse_list("messages checks messages").unwrap(),
            vec![Scope::Checks, Scope::Messages]
        );
        assert!(parse_list("directory:read admin").is_none());
    }

    /// No scope opens what only a person in the portal may do.
    #[test]
    fn int1_no_scope_manages_accounts_or_settings() {
        for scope in Scope::ALL {
            for action in [
                Action::ManageOwnAccount,
                Action::ManageUsers,
                Action::Configure,
                Action::ViewAudit,
                Action::RequestAccess,
            ] {
                assert!(!scope.covers(action), "{scope:?} {action:?}");
            }
        }
    }
}
