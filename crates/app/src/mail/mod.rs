//! Email: messages are written to the outbox table inside the transaction
//! that causes them (NFR-4), then a worker delivers them with retry and
//! back-off, over SMTP or, in the embedded default, into an outbox folder.

mod files;
mod outbox;
mod relay;
mod signature;
mod worker;

pub use files::*;
pub use outbox::*;
pub use signature::*;
pub use worker::*;
