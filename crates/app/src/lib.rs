//! The use cases of pocdir, one folder per capability. Each takes an
//! `Actor` and asks the policy before it touches the store.

pub mod accounts;
pub mod checks;
pub mod copy;
pub mod demo;
pub mod directory;
pub mod exercises;
pub mod initiatives;
pub mod jobs;
mod kernel;
pub mod mail;
pub mod messages;
mod open;
mod operator;
pub mod public_pages;
pub mod restore;
pub mod sharing;
pub mod usage;

pub use kernel::config::Config;
pub use kernel::error::{AppError, AppResult};
pub use kernel::{
    App, audit, checkpoint, clock, config, crypto, error, i18n, monitor, openpgp, page, seal,
    search, zones,
};
pub use operator::Operator;
