//! What every capability may use: configuration, the clock, crypto and
//! sealing, i18n, the audit log, errors, and `App` itself.

mod app;
pub mod audit;
pub mod checkpoint;
pub mod clock;
pub mod config;
pub mod crypto;
pub mod error;
pub mod i18n;
pub mod monitor;
pub mod notify;
pub mod openpgp;
pub mod page;
pub mod rekey;
pub mod seal;
pub mod search;
pub mod sheet;
pub mod supervise;
pub mod unit;
pub mod view;
pub mod zones;

pub use app::App;
