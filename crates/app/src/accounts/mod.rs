//! Joining, accounts, second factors and sessions (ACC-1 to ACC-5).

mod access;
mod factors;
pub mod passkeys;
mod request;
mod session;
mod setup;
pub(crate) mod shell;
mod sign_in;
mod throttle;
mod tokens;
mod users;
mod views;

pub use access::*;
pub use request::*;
pub use session::*;
pub use setup::*;
pub use sign_in::*;
pub use tokens::*;
pub use users::*;
pub use views::*;
