//! HTTP plumbing shared by every page (and, later, the API): the request
//! context, CSRF and security headers, and errors.

pub mod ctx;
pub mod error;
pub mod guard;
pub mod locale;
pub mod measure;
pub mod meta;
pub mod redirect;
