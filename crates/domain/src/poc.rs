//! A point of contact entry and its fields (DIR-2, DIR-3, DIR-4).

use crate::fields::{Email, FieldError, TimeZoneName, UnLanguage, WebUrl};
use crate::language::LanguageCode;
use crate::phone::Phone;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PocType {
    Diplomatic,
    Technical,
    Legal,
    LawEnforcement,
    Assistance,
    PolicyCoordination,
}

impl PocType {
    pub const ALL: [PocType; 6] = [
        Self::Diplomatic,
        Self::Technical,
        Self::Legal,
        Self::LawEnforcement,
        Self::Assistance,
        Self::PolicyCoordination,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Self::Diplomatic => "diplomatic",
            Self::Technical => "technical",
            Self::Legal => "legal",
            Self::LawEnforcement => "law_enforcement",
            Self::Assistance => "assistance",
            Self::PolicyCoordination => "policy_coordination",
        }
    }
    /// Diplomatic and technical are always offered; the others only when
    /// the custodian enables them (DIR-2).
    pub fn is_core(self) -> bool {
        matches!(self, Self::Diplomatic | Self::Technical)
    }
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::ALL
            .into_iter()
            .find(|t| t.code() == raw.trim())
            .ok_or_else(|| FieldError::new("poc_type", "err-poc-type"))
    }
}

/// Regional directories a POC may also be nominated to.
pub const REGIONAL_DIRECTORIES: [&str; 7] = ["AU", "ARF", "OAS", "OSCE", "ASEAN", "CoE", "OIC"];

/// Everything a State submits about one POC. Stored whole, as JSON, in every
/// version, so that history never depends on today's schema of a column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PocFields {
    pub poc_type: PocType,
    pub entity: String,
    pub entity_en: Option<String>,
    pub web: Option<WebUrl>,
    pub person_name: Option<String>,
    pub position: Option<String>,
    pub position_en: Option<String>,
    pub emails: Vec<Email>,
    pub phones: Vec<Phone>,
    pub languages: Vec<LanguageCode>,
    pub timezone: TimeZoneName,
    pub hours: Option<String>,
    pub pgp_fingerprint: Option<String>,
    /// The entry's OpenPGP public key, ASCII-armoured, checked when it was
    /// submitted; its fingerprint is then `pgp_fingerprint` (DIR-3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pgp_key: Option<String>,
    /// When that key expires, epoch milliseconds, as the key says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pgp_expires_at: Option<i64>,
    pub regional: Vec<String>,
    pub submission_language: UnLanguage,
    pub notes: Option<String>,
    pub notes_en: Option<String>,
}

/// The largest OpenPGP key accepted, armoured: a key with many signatures
/// stays well below it.
pub const MAX_PGP_KEY_BYTES: usize = 64 * 1024;

/// A day as YYYY-MM-DD, UTC.
fn day(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.strftime("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// The raw strings of the nomination form, before validation.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PocInput {
    pub poc_type: String,
    pub entity: String,
    pub entity_en: String,
    pub web: String,
    pub person_name: String,
    pub position: String,
    pub position_en: String,
    /// One address per line.
    pub emails: String,
    /// One number per line; a line ending in "24/7" is reachable around the clock.
    pub phones: String,
    /// Languages ticked in the list of the six UN languages, as codes.
    pub common_languages: Vec<String>,
    /// Other languages, by code or by name in any of the six languages,
    /// separated by commas.
    pub languages: String,
    pub timezone: String,
    pub hours: String,
    pub pgp_fingerprint: String,
    /// An ASCII-armoured OpenPGP public key, pasted.
    pub pgp_key: String,
    pub regional: Vec<String>,
    pub submission_language: String,
    pub notes: String,
    pub notes_en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: &'static str,
    pub before: String,
    pub after: String,
}

impl PocInput {
    /// Validates every field and reports every error at once, so the user
    /// fixes the whole form in one round.
    pub fn validate(&self) -> Result<PocFields, Vec<FieldError>> {
        use crate::fields::{line, name, required_name, text};
        let mut errors = Vec::new();
        let mut keep = |r: Result<Option<String>, FieldError>| {
            r.unwrap_or_else(|e| {
                errors.push(e);
                None
            })
        };
        let entity = keep(required_name("entity", &self.entity, 300).map(Some));
        let entity_en = keep(name("entity_en", &self.entity_en, 300));
        let person_name = keep(name("person_name", &self.person_name, 200));
        let position = keep(line("position", &self.position, 200));
        let position_en = keep(line("position_en", &self.position_en, 200));
        let hours = keep(line("hours", &self.hours, 200));
        let notes = keep(text("notes", &self.notes, 2000));
        let notes_en = keep(text("notes_en", &self.notes_en, 2000));

        let poc_type = PocType::parse(&self.poc_type)
            .map_err(|e| errors.push(e))
            .ok();
        let submission_language = UnLanguage::parse(&self.submission_language)
            .map_err(|e| errors.push(e))
            .ok();
        let timezone = TimeZoneName::parse(&self.timezone)
            .map_err(|e| errors.push(e))
            .ok();
        let web = match self.web.trim() {
            "" => None,
            w => WebUrl::parse(w).map_err(|e| errors.push(e)).ok(),
        };

        let mut emails = Vec::new();
        for line in lines(&self.emails) {
            match Email::parse(line) {
                Ok(e) if !emails.contains(&e) => emails.push(e),
                Ok(_) => {}
                Err(e) => errors.push(FieldError::new("emails", e.key)),
            }
        }
        if emails.is_empty() && !errors.iter().any(|e| e.field == "emails") {
            errors.push(FieldError::new("emails", "err-email-required"));
        }
        if emails.len() > 10 {
            errors.push(FieldError::new("emails", "err-too-many"));
        }

        let mut phones = Vec::new();
        for line in lines(&self.phones) {
            let (number, h24) = match line.strip_suffix("24/7") {
                Some(n) => (n, true),
                None => (line, false),
            };
            match Phone::parse(number, h24) {
                Ok(p) => phones.push(p),
                Err(e) => errors.push(e),
            }
        }
        if phones.len() > 10 {
            errors.push(FieldError::new("phones", "err-too-many"));
        }

        let mut languages = Vec::new();
        for item in self
            .common_languages
            .iter()
            .map(String::as_str)
            .chain(list_items(&self.languages))
        {
            // A name of several words ("Haitian Creole") is one language;
            // codes may also be typed with only spaces between them.
            let found = match LanguageCode::parse(item) {
                Ok(l) => vec![Ok(l)],
                Err(_) => item.split_whitespace().map(LanguageCode::parse).collect(),
            };
            for r in found {
                match r {
                    Ok(l) if !languages.contains(&l) => languages.push(l),
                    Ok(_) => {}
                    Err(e) => errors.push(e),
                }
            }
        }
        if languages.is_empty() && !errors.iter().any(|e| e.field == "languages") {
            errors.push(FieldError::new("languages", "err-language-required"));
        }

        let pgp_fingerprint = match self.pgp_fingerprint.replace(' ', "").to_ascii_uppercase() {
            f if f.is_empty() => None,
            f if (f.len() == 40 || f.len() == 64) && f.chars().all(|c| c.is_ascii_hexdigit()) => {
                Some(f)
            }
            _ => {
                errors.push(FieldError::new("pgp_fingerprint", "err-pgp-fingerprint"));
                None
            }
        };
        // Only its size here: what the key says is read where OpenPGP is.
        let pgp_key = match self.pgp_key.trim() {
            "" => None,
            k if k.len() > MAX_PGP_KEY_BYTES => {
                errors.push(FieldError::new("pgp_key", "err-pgp-too-large"));
                None
            }
            k => Some(k.replace("\r\n", "\n")),
        };
        let mut regional = Vec::new();
        for r in &self.regional {
            match REGIONAL_DIRECTORIES.iter().find(|d| **d == r.as_str()) {
                Some(d) if !regional.contains(&d.to_string()) => regional.push(d.to_string()),
                Some(_) => {}
                None => errors.push(FieldError::new("regional", "err-regional")),
            }
        }

        if !errors.is_empty() {
            return Err(errors);
        }
        // Every Option checked above is Some when no error was recorded.
        let (Some(poc_type), Some(submission_language), Some(timezone), Some(entity)) =
            (poc_type, submission_language, timezone, entity)
        else {
            return Err(vec![FieldError::new("form", "err-required")]);
        };
        Ok(PocFields {
            poc_type,
            entity,
            entity_en,
            web,
            person_name,
            position,
            position_en,
            emails,
            phones,
            languages,
            timezone,
            hours,
            pgp_fingerprint,
            pgp_key,
            pgp_expires_at: None,
            regional,
            submission_language,
            notes,
            notes_en,
        })
    }
}

/// The items of a list typed with the separators of Latin, Arabic and
/// Chinese keyboards.
pub fn list_items(s: &str) -> impl Iterator<Item = &str> {
    s.split([',', ';', '\u{060C}', '\u{FF0C}', '\u{3001}'])
        .map(str::trim)
        .filter(|i| !i.is_empty())
}

fn lines(s: &str) -> impl Iterator<Item = &str> {
    s.split(['\n', ',', ';', '\u{060C}', '\u{FF0C}', '\u{3001}'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
}

impl PocFields {
    /// The language a POC reads: its first working language that is a UN
    /// language, else the language of its entry.
    pub fn reading_language(&self) -> UnLanguage {
        self.languages
            .iter()
            .find_map(|l| UnLanguage::parse(l.as_str()).ok())
            .unwrap_or(self.submission_language)
    }

    /// The form's strings for these fields, to pre-fill an edit.
    pub fn to_input(&self) -> PocInput {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        PocInput {
            poc_type: self.poc_type.code().into(),
            entity: self.entity.clone(),
            entity_en: o(&self.entity_en),
            web: self.web.as_ref().map(|w| w.to_string()).unwrap_or_default(),
            person_name: o(&self.person_name),
            position: o(&self.position),
            position_en: o(&self.position_en),
            emails: self
                .emails
                .iter()
                .map(Email::as_str)
                .collect::<Vec<_>>()
                .join("\n"),
            phones: self
                .phones
                .iter()
                .map(|p| {
                    if p.h24 {
                        format!("{} 24/7", p.written())
                    } else {
                        p.written()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
            common_languages: Vec::new(),
            languages: self
                .languages
                .iter()
                .map(LanguageCode::as_str)
                .collect::<Vec<_>>()
                .join(", "),
            timezone: self.timezone.to_string(),
            hours: o(&self.hours),
            pgp_fingerprint: o(&self.pgp_fingerprint),
            pgp_key: o(&self.pgp_key),
            regional: self.regional.clone(),
            submission_language: self.submission_language.code().into(),
            notes: o(&self.notes),
            notes_en: o(&self.notes_en),
        }
    }

    /// Each field as one comparable line of text, in display order.
    fn flat(&self) -> Vec<(&'static str, String)> {
        let input = self.to_input();
        vec![
            ("poc_type", input.poc_type),
            ("entity", input.entity),
            ("entity_en", input.entity_en),
            ("web", input.web),
            ("person_name", input.person_name),
            ("position", input.position),
            ("position_en", input.position_en),
            ("emails", input.emails),
            ("phones", input.phones),
            ("languages", input.languages),
            ("timezone", input.timezone),
            ("hours", input.hours),
            ("pgp_fingerprint", input.pgp_fingerprint),
            // A key shows as its fingerprint and expiry, never as its text.
            (
                "pgp_expires",
                self.pgp_expires_at.map(day).unwrap_or_default(),
            ),
            ("regional", input.regional.join(", ")),
            ("submission_language", input.submission_language),
            ("notes", input.notes),
            ("notes_en", input.notes_en),
        ]
    }

    /// The field-level difference from `before` (DIR-5, DIR-6). With no
    /// `before`, every non-empty field is a change.
    pub fn diff(&self, before: Option<&PocFields>) -> Vec<FieldChange> {
        let old = before.map(PocFields::flat);
        self.flat()
            .into_iter()
            .enumerate()
            .filter_map(|(i, (field, after))| {
                let before = old.as_ref().map(|o| o[i].1.clone()).unwrap_or_default();
                (before != after).then_some(FieldChange {
                    field,
                    before,
                    after,
                })
            })
            .collect()
    }

    /// Texts that search must find this entry by (DIR-8, DIR-4).
    /// The search terms of the entry (DIR-8).
    pub fn terms(&self) -> Vec<String> {
        self.searchable()
            .into_iter()
            .flat_map(crate::search::terms)
            .collect()
    }

    pub fn searchable(&self) -> Vec<&str> {
        let mut texts = vec![self.entity.as_str()];
        let optional = [
            &self.entity_en,
            &self.person_name,
            &self.position,
            &self.position_en,
        ];
        texts.extend(optional.into_iter().flatten().map(String::as_str));
        texts
    }
}

#[cfg(test)]
pub(crate) fn sample_input() -> PocInput {
    PocInput {
        poc_type: "technical".into(),
        entity: "Национальный координационный центр по компьютерным инцидентам".into(),
        entity_en: "National Computer Incident Coordination Centre".into(),
        emails: "cert@ru.example.org\nsoc@ru.example.org".into(),
        phones: "+7 495 123-45-67 24/7".into(),
        languages: "ru, en".into(),
        timezone: "Europe/Moscow".into(),
        submission_language: "ru".into(),
        regional: vec!["OSCE".into()],
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dir3_a_complete_entry_validates() {
        let f = sample_input().validate().unwrap();
        assert_eq!(f.emails.len(), 2);
        assert!(f.phones[0].h24);
        assert_eq!(f.phones[0].number(), "+7 495 123-45-67");
        assert_eq!(f.submission_language, UnLanguage::Ru);
        assert_eq!(f.person_name, None, "an entity alone is a valid entry");
    }

    #[test]
    fn dir3_every_bad_field_is_reported_at_once() {
        let mut input = sample_input();
        input.emails = "not-an-address".into();
        input.phones = "0495 123".into();
        input.timezone = "Mars/Olympus".into();
        input.poc_type = "spy".into();
        input.regional = vec!["NATO-X".into()];
        let errors = input.validate().unwrap_err();
        let keys: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.key)).collect();
        assert!(keys.contains(&("emails", "err-email-format")));
        assert!(keys.contains(&("phones", "err-phone-format")));
        assert!(keys.contains(&("timezone", "err-timezone")));
        assert!(keys.contains(&("poc_type", "err-poc-type")));
        assert!(keys.contains(&("regional", "err-regional")));
    }

    #[test]
    fn dir3_lists_accept_arabic_and_chinese_commas() {
        let mut input = sample_input();
        input.languages = "ar\u{060C} fr\u{FF0C}zh\u{3001}en".into();
        input.emails = "a@x.example.org\u{060C} b@x.example.org".into();
        let f = input.validate().unwrap();
        let codes: Vec<&str> = f.languages.iter().map(|l| l.as_str()).collect();
        assert_eq!(codes, ["ar", "fr", "zh", "en"]);
        assert_eq!(f.emails.len(), 2);
    }

    #[test]
    fn dir3_languages_are_ticked_or_named_in_several_words() {
        let mut input = sample_input();
        input.common_languages = vec!["ar".into(), "fr".into()];
        input.languages = "Haitian Creole, créole haïtien, fil pt".into();
        let f = input.validate().unwrap();
        let codes: Vec<&str> = f.languages.iter().map(|l| l.as_str()).collect();
        assert_eq!(codes, ["ar", "fr", "ht", "fil", "pt"]);
        input.common_languages = vec!["xx-not-a-language".into()];
        let errors = input.validate().unwrap_err();
        assert!(errors.iter().any(|e| e.field == "languages"));
    }

    #[test]
    fn dir6_diff_names_only_changed_fields() {
        let before = sample_input().validate().unwrap();
        let mut input = sample_input();
        input.phones = "+7 495 765-43-21".into();
        let after = input.validate().unwrap();
        let diff = after.diff(Some(&before));
        assert_eq!(diff.len(), 1);
        assert_eq!(diff[0].field, "phones");
        assert_eq!(diff[0].before, "+7 495 123-45-67 24/7");
        assert_eq!(diff[0].after, "+7 495 765-43-21");
        assert!(after.diff(None).iter().any(|c| c.field == "entity"));
        assert_eq!(to_round_trip(&after), after);
    }

    fn to_round_trip(f: &PocFields) -> PocFields {
        f.to_input().validate().unwrap()
    }
}
