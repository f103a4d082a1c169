//! One error type for the use cases. The web layer maps each variant to a
//! status and a message in the user's language; internal causes only reach the log.

use domain::FieldError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("sign-in required")]
    Unauthenticated,
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldError>),
    /// The request conflicts with the current state; the key names the message.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// A link or token that is expired, used or unknown; the key names the message.
    #[error("gone: {0}")]
    Gone(&'static str),
    #[error("too many attempts")]
    Throttled,
    #[error(transparent)]
    Store(#[from] store::Error),
    #[error("{0}")]
    Internal(String),
}

impl AppError {
    pub fn field(field: &str, key: &'static str) -> Self {
        AppError::Invalid(vec![FieldError::new(field, key)])
    }
}

impl From<FieldError> for AppError {
    fn from(e: FieldError) -> Self {
        AppError::Invalid(vec![e])
    }
}

pub type AppResult<T> = Result<T, AppError>;

/// Refuses unless the policy allows `action` on `resource`.
pub fn authorize(
    actor: &domain::Actor,
    action: domain::Action,
    resource: domain::policy::Resource,
) -> AppResult<()> {
    if domain::policy::allows(actor, action, &resource) {
        Ok(())
    } else {
        Err(refusal(actor))
    }
}

/// How a refusal reads: sign in first, or forbidden.
pub fn refusal(actor: &domain::Actor) -> AppError {
    if matches!(actor, domain::Actor::Anonymous) {
        AppError::Unauthenticated
    } else {
        AppError::Forbidden
    }
}
