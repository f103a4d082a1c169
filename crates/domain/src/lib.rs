//! The nouns and rules of the directory. No SQL, no HTTP, no async.

pub mod audit;
pub mod fields;
pub mod language;
pub mod message;
pub mod password;
pub mod phone;
pub mod poc;
pub mod policy;
pub mod schedule;
pub mod scope;
pub mod search;
pub mod state;

pub use fields::{Email, FieldError, TimeZoneName, UnLanguage, WebUrl};
pub use language::LanguageCode;
pub use phone::Phone;
pub use poc::{FieldChange, PocFields, PocType};
pub use policy::{Action, Actor, Resource, Role};
pub use scope::Scope;
pub use state::{Region, StateCode, StateInfo};
