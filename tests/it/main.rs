//! Integration tests: real HTTP, a real database (SQLite, or PostgreSQL with
//! POCDIR_TEST_DATABASE=postgres), a real SMTP server, and headless Chromium.

// The binary's own dependencies are visible here too, and unused.
#![allow(unused_crate_dependencies)]

mod accounts;
mod api;
mod api_records;
mod api_work;
mod audit;
mod authz;
mod browser;
mod checks;
mod cli;
mod custodian_limits;
mod deployment;
mod directory;
mod exercises;
mod follow_up;
mod helpers;
mod high_availability;
mod import;
mod initiatives;
mod journey;
mod languages;
mod layout;
mod messages;
mod openapi;
mod openpgp;
mod operations;
mod outbox;
mod pages;
mod passkeys;
mod poc_types;
mod proxy;
mod public_pages;
mod restart;
mod route_matrix;
mod schema;
mod search_load;
mod sync;
mod templates;
