//! Regional sync by consent (INT-3; non-paper 8b, "where agreed by all
//! contributors"): the custodian registers regional directories as
//! clients, each participating State decides with which of them its entries
//! are shared, and a client reads a snapshot of what it may hold and the
//! changes since its cursor.

mod clients;
mod consent;
mod feed;
mod irt;

pub use clients::*;
pub use consent::*;
pub use feed::*;
pub use irt::*;
