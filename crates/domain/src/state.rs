//! The 193 Member States and 2 observer States (DIR-1).

use crate::fields::{FieldError, UnLanguage};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::OnceLock;
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Region {
    Africa,
    AsiaPacific,
    EasternEurope,
    LatinAmericaCaribbean,
    Weog,
}

impl Region {
    pub const ALL: [Region; 5] = [
        Self::Africa,
        Self::AsiaPacific,
        Self::EasternEurope,
        Self::LatinAmericaCaribbean,
        Self::Weog,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Self::Africa => "AFRICA",
            Self::AsiaPacific => "ASIA_PACIFIC",
            Self::EasternEurope => "EASTERN_EUROPE",
            Self::LatinAmericaCaribbean => "LATIN_AMERICA_CARIBBEAN",
            Self::Weog => "WEOG",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::ALL
            .into_iter()
            .find(|r| r.code() == raw)
            .ok_or_else(|| FieldError::new("region", "err-region"))
    }
}

/// A State by its ISO 3166-1 alpha-2 code.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String, example = "FR")]
pub struct StateCode([u8; 2]);

impl StateCode {
    /// Only codes of known States parse: an id from a client that names no
    /// State is refused before anything is looked up.
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let upper = raw.trim().to_ascii_uppercase();
        all()
            .iter()
            .find(|s| s.code.as_str() == upper)
            .map(|s| s.code)
            .ok_or_else(|| FieldError::new("state", "err-state-unknown"))
    }
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
    pub fn info(&self) -> &'static StateInfo {
        all()
            .iter()
            .find(|s| s.code == *self)
            .expect("a StateCode only exists for a known State")
    }
}

impl fmt::Display for StateCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl TryFrom<String> for StateCode {
    type Error = FieldError;
    fn try_from(v: String) -> Result<Self, FieldError> {
        Self::parse(&v)
    }
}
impl From<StateCode> for String {
    fn from(v: StateCode) -> String {
        v.as_str().to_string()
    }
}

#[derive(Debug, Clone)]
pub struct StateInfo {
    pub code: StateCode,
    pub iso3: String,
    /// The UN regional group; none for the Holy See.
    pub region: Option<Region>,
    pub observer: bool,
    /// Indexed like `UnLanguage::ALL`.
    names: [String; 6],
}

impl StateInfo {
    pub fn name(&self, lang: UnLanguage) -> &str {
        let i = UnLanguage::ALL.iter().position(|l| *l == lang).unwrap_or(2);
        &self.names[i]
    }
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }
}

#[derive(Deserialize)]
struct Row {
    iso2: String,
    iso3: String,
    group: String,
    observer: bool,
    name_ar: String,
    name_en: String,
    name_es: String,
    name_fr: String,
    name_ru: String,
    name_zh: String,
}

/// Every known State, sorted by ISO code.
pub fn all() -> &'static [StateInfo] {
    static STATES: OnceLock<Vec<StateInfo>> = OnceLock::new();
    STATES.get_or_init(|| {
        let mut reader = csv::Reader::from_reader(include_str!("../data/states.csv").as_bytes());
        reader
            .deserialize::<Row>()
            .map(|row| {
                let r = row.expect("states.csv is valid");
                let b = r.iso2.as_bytes();
                StateInfo {
                    code: StateCode([b[0], b[1]]),
                    iso3: r.iso3,
                    // The Holy See belongs to no regional group.
                    region: (r.group != "NONE")
                        .then(|| Region::parse(&r.group).expect("states.csv has known groups")),
                    observer: r.observer,
                    names: [
                        r.name_ar, r.name_zh, r.name_en, r.name_fr, r.name_ru, r.name_es,
                    ],
                }
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dir1_all_193_members_and_2_observers_are_known() {
        let states = all();
        assert_eq!(states.len(), 195);
        assert_eq!(states.iter().filter(|s| s.observer).count(), 2);
        for s in states {
            assert_eq!(s.iso3.len(), 3);
            for lang in UnLanguage::ALL {
                assert!(!s.name(lang).is_empty(), "{} has no name in {lang}", s.code);
            }
        }
        let fr = StateCode::parse("fr").unwrap().info();
        assert_eq!(fr.name(UnLanguage::En), "France");
        assert_eq!(fr.region, Some(Region::Weog));
        let holy_see = StateCode::parse("VA").unwrap().info();
        assert_eq!(
            holy_see.region, None,
            "the Holy See is in no regional group"
        );
        assert_eq!(
            StateCode::parse("GM").unwrap().info().name(UnLanguage::En),
            "Gambia (Republic of The)"
        );
        assert_eq!(StateCode::parse("XX").unwrap_err().key, "err-state-unknown");
    }
}
