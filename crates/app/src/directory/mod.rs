//! The directory: nominations, verified changes, history, browsing,
//! exports, currency and problem reports (DIR-1 to DIR-10).

mod attention;
mod browse;
mod changes;
mod confirm;
pub(crate) mod currency;
mod entry;
pub mod export;
pub mod import;
pub(crate) mod keys;
mod page;
mod participation;
mod problems;
mod review;
pub(crate) mod terms;
mod types;
mod views;

pub use attention::*;
pub use browse::*;
pub use changes::*;
pub use confirm::*;
pub use entry::*;
pub use keys::{entry_key, key_notice};
pub use page::*;
pub use participation::*;
pub use problems::*;
pub use review::*;
pub use types::*;
pub use views::*;
