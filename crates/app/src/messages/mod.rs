//! Communications between States (MSG-1 to MSG-3, MSG-5): a member of one
//! State writes to another State's POCs from a template, with an urgency
//! and a TLP marking; the receiving State acknowledges and replies in a
//! thread. Content is sealed at rest, emails carry none of it, and the
//! audit log keeps a digest. The custodian has no way in.

mod attachments;
mod consent;
pub(crate) mod escalation;
mod inject;
mod notice;
mod parties;
mod record;
mod sealed;
mod send;
mod templates;
mod threads;
mod views;

pub use attachments::*;
pub use consent::*;
pub use inject::InjectPreview;
pub(crate) use inject::{deliver_inject, preview_inject, rehearse_inject};
pub use notice::sender_name;
pub use parties::counterparts;
pub use record::*;
pub use send::*;
pub use templates::*;
pub use threads::*;
pub use views::*;
