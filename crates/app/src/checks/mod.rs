//! Communication checks (PING-1, PING-2, PING-5): a campaign sends every
//! selected POC address a short message in the POC's language with a
//! personal acknowledgement link, and measures the time from the mail
//! server's acceptance to the answer.
//! Unanswered checks are followed up, and bounces mark addresses unreachable
//! (PING-3).

mod acknowledge;
pub(crate) mod bounces;
mod campaign;
pub(crate) mod follow_up;
mod phone;
mod results;
mod views;

pub use acknowledge::*;
pub use campaign::*;
pub use follow_up::remind_now;
pub use phone::*;
pub use results::*;
pub use views::*;
