//! Validated value types. Each has a private field and a `parse` that explains,
//! through a message key, exactly what is wrong with the input.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::OnceLock;
use utoipa::ToSchema;

/// A validation failure on one input field. `key` names a message in the
/// Fluent catalogue, so the user reads it in their own language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {key}")]
pub struct FieldError {
    pub field: String,
    pub key: &'static str,
    /// What the message names: the line that is wrong, for instance.
    pub args: Vec<(&'static str, String)>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, key: &'static str) -> Self {
        Self {
            field: field.into(),
            key,
            args: Vec::new(),
        }
    }
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

/// Free text from a form: trimmed, bounded, without control characters.
pub fn text(field: &str, raw: &str, max: usize) -> Result<Option<String>, FieldError> {
    let value = raw.trim();
    if value.is_empty() {
        return Ok(None);
    }
    if value.chars().count() > max {
        return Err(FieldError::new(field, "err-text-too-long"));
    }
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(FieldError::new(field, "err-text-control"));
    }
    Ok(Some(value.replace("\r\n", "\n")))
}

pub fn required_text(field: &str, raw: &str, max: usize) -> Result<String, FieldError> {
    text(field, raw, max)?.ok_or_else(|| FieldError::new(field, "err-required"))
}

/// One line of text: as `text`, and no line break, tab or other control
/// character, which would split it in a header, a CSV cell or a log line.
pub fn line(field: &str, raw: &str, max: usize) -> Result<Option<String>, FieldError> {
    if raw.trim().chars().any(char::is_control) {
        return Err(FieldError::new(field, "err-text-line"));
    }
    text(field, raw, max)
}

pub fn required_line(field: &str, raw: &str, max: usize) -> Result<String, FieldError> {
    line(field, raw, max)?.ok_or_else(|| FieldError::new(field, "err-required"))
}

/// Characters that make a name read other than it is stored: bidi
/// embeddings, overrides and isolates ("gro.elpmaxe" shown as
/// "example.org"), and zero-width characters that hide inside a word.
fn disguises(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// A name of a person or an entity: one line, nothing disguised.
pub fn name(field: &str, raw: &str, max: usize) -> Result<Option<String>, FieldError> {
    if raw.chars().any(disguises) {
        return Err(FieldError::new(field, "err-text-disguised"));
    }
    line(field, raw, max)
}

pub fn required_name(field: &str, raw: &str, max: usize) -> Result<String, FieldError> {
    name(field, raw, max)?.ok_or_else(|| FieldError::new(field, "err-required"))
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String, example = "cert@example.org")]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let err = || FieldError::new("email", "err-email-format");
        let value = raw.trim();
        if value.len() > 254 || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(err());
        }
        let (local, domain) = value.rsplit_once('@').ok_or_else(err)?;
        if local.is_empty()
            || local.len() > 64
            || local.contains('@')
            || local.contains(['<', '>', ',', ';', '"'])
        {
            return Err(err());
        }
        let labels: Vec<&str> = domain.split('.').collect();
        let label_ok = |l: &&str| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        };
        if labels.len() < 2 || !labels.iter().all(label_ok) {
            return Err(err());
        }
        Ok(Self(format!("{local}@{}", domain.to_lowercase())))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String, example = "https://cert.example.org")]
pub struct WebUrl(String);

impl WebUrl {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let err = || FieldError::new("web", "err-url-format");
        let value = raw.trim();
        let rest = value
            .strip_prefix("https://")
            .or_else(|| value.strip_prefix("http://"))
            .ok_or_else(err)?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        if value.len() > 500
            || host.is_empty()
            || !host.contains('.')
            || value
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
        {
            return Err(err());
        }
        Ok(Self(value.to_string()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One of the six official UN languages: the languages of the interface and
/// of submissions (DIR-4, NFR-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum UnLanguage {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl UnLanguage {
    pub const ALL: [UnLanguage; 6] = [Self::Ar, Self::Zh, Self::En, Self::Fr, Self::Ru, Self::Es];
    pub fn code(self) -> &'static str {
        match self {
            Self::Ar => "ar",
            Self::Zh => "zh",
            Self::En => "en",
            Self::Fr => "fr",
            Self::Ru => "ru",
            Self::Es => "es",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::ALL
            .into_iter()
            .find(|l| l.code() == raw.trim())
            .ok_or_else(|| FieldError::new("submission_language", "err-un-language"))
    }
    pub fn is_rtl(self) -> bool {
        self == Self::Ar
    }
}

impl fmt::Display for UnLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A time zone, as the canonical IANA id of a place ("Europe/Paris",
/// "Asia/Kolkata"), whatever case or former name it was typed in. Ids that
/// mislead are refused: "Etc/GMT-3" means UTC+3, and "EST" or "CET" name
/// no place and ignore summer time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(from = "String", into = "String")]
#[schema(value_type = String, example = "Europe/Paris")]
pub struct TimeZoneName(String);

impl TimeZoneName {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let raw = raw.trim();
        let found = icu_time::zone::iana::IanaParserExtended::new().parse(raw);
        let id = found.canonical;
        // Both what was typed and what it stands for must name a place:
        // "EST" is now an alias of America/Panama.
        let named = |s: &str| s.contains('/') && !s.to_ascii_lowercase().starts_with("etc/");
        let place = !found.time_zone.is_unknown() && named(raw) && named(id);
        match jiff::tz::TimeZone::get(id) {
            Ok(_) if place => Ok(Self(id.to_string())),
            _ => Err(FieldError::new("timezone", "err-timezone")),
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn tz(&self) -> jiff::tz::TimeZone {
        jiff::tz::TimeZone::get(&self.0).unwrap_or(jiff::tz::TimeZone::UTC)
    }
    /// Every time zone a contact may choose: the canonical id of each place.
    /// Worked out once, since it parses every id there is.
    pub fn all() -> impl Iterator<Item = &'static str> {
        static ALL: OnceLock<Vec<&'static str>> = OnceLock::new();
        ALL.get_or_init(|| {
            icu_time::zone::iana::IanaParserExtended::new()
                .iter()
                .map(|z| z.canonical)
                .filter(|id| Self::parse(id).is_ok())
                .collect()
        })
        .iter()
        .copied()
    }
}

macro_rules! string_conversions {
    ($($t:ident),*) => {$(
        impl TryFrom<String> for $t {
            type Error = FieldError;
            fn try_from(value: String) -> Result<Self, FieldError> {
                Self::parse(&value)
            }
        }
        impl From<$t> for String {
            fn from(value: $t) -> String {
                value.0
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    )*};
}
string_conversions!(Email, WebUrl);

/// Like `string_conversions`, for values read back from storage: one that
/// no longer parses (written under older rules) is kept as it was.
macro_rules! lenient_string_conversions {
    ($($t:ident),*) => {$(
        impl From<String> for $t {
            fn from(value: String) -> Self {
                Self::parse(&value).unwrap_or(Self(value))
            }
        }
        impl From<$t> for String {
            fn from(value: $t) -> String {
                value.0
            }
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    )*};
}
pub(crate) use lenient_string_conversions;

// What was stored before the rules grew stricter reads as it was written.
lenient_string_conversions!(TimeZoneName);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dir3_email_accepts_generic_addresses_and_rejects_header_tricks() {
        assert_eq!(
            Email::parse("CERT@Gov.Example.ORG").unwrap().as_str(),
            "CERT@gov.example.org"
        );
        assert!(Email::parse("soc@cert.example.org").is_ok());
        for bad in [
            "no-at",
            "a@b",
            "a b@example.org",
            "x@example.org\r\nBcc: y@evil.org",
            "a@-x.org",
            "<a>@x.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn dir3_web_language_timezone() {
        assert!(WebUrl::parse("https://cert.example.org/contact").is_ok());
        assert!(WebUrl::parse("javascript:alert(1)").is_err());
        assert!(WebUrl::parse("https://nohost").is_err());
        assert!(TimeZoneName::parse("Europe/Geneva").is_err());
        assert!(TimeZoneName::parse("Europe/Zurich").is_ok());
        assert!(TimeZoneName::parse("").is_err());
    }

    /// DIR-3: a time zone is stored as its canonical id; ids that mislead are refused.
    #[test]
    fn dir3_time_zones_are_canonical_and_never_misleading() {
        let id = |raw: &str| TimeZoneName::parse(raw).map(|t| t.as_str().to_string());
        assert_eq!(id("europe/paris").unwrap(), "Europe/Paris");
        assert_eq!(id(" Asia/Calcutta ").unwrap(), "Asia/Kolkata");
        assert_eq!(id("Europe/Kiev").unwrap(), "Europe/Kyiv");
        for misleading in [
            "Etc/GMT-3",
            "EST",
            "CET",
            "EST5EDT",
            "UTC",
            "GMT+3",
            "Etc/UTC",
        ] {
            assert!(TimeZoneName::parse(misleading).is_err(), "{misleading}");
        }
        let all: Vec<_> = TimeZoneName::all().collect();
        assert!(
            all.len() > 400 && all.contains(&"Africa/Cairo"),
            "{}",
            all.len()
        );
        assert!(!all.iter().any(|z| z.starts_with("Etc/")));
    }

    #[test]
    fn text_is_trimmed_bounded_and_clean() {
        assert_eq!(text("f", "  a  ", 10).unwrap().as_deref(), Some("a"));
        assert_eq!(text("f", "   ", 10).unwrap(), None);
        assert_eq!(text("f", "abcdef", 3).unwrap_err().key, "err-text-too-long");
        assert_eq!(
            text("f", "a\u{0}b", 10).unwrap_err().key,
            "err-text-control"
        );
        assert_eq!(required_text("f", "", 3).unwrap_err().key, "err-required");
        assert_eq!(text("f", "a\nb", 10).unwrap().as_deref(), Some("a\nb"));
        assert_eq!(line("f", "a\nb", 10).unwrap_err().key, "err-text-line");
        assert_eq!(line("f", "a\tb", 10).unwrap_err().key, "err-text-line");
        assert_eq!(
            name("f", "\u{202E}gro.elpmaxe", 50).unwrap_err().key,
            "err-text-disguised"
        );
        assert_eq!(
            name("f", "a\u{200B}b", 50).unwrap_err().key,
            "err-text-disguised"
        );
        assert_eq!(
            name("f", "وزارة الخارجية", 50).unwrap().as_deref(),
            Some("وزارة الخارجية")
        );
    }
}

/// Arbitrary strings against every parser and validator: none panics, and
/// what one accepts keeps its promises and parses again to itself.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Mostly printable text with the awkward characters mixed in.
    fn awkward() -> impl Strategy<Value = String> {
        let chars = prop_oneof![
            4 => any::<char>(),
            4 => proptest::char::range(' ', '~'),
            1 => Just('\r'),
            1 => Just('\n'),
            1 => Just('@'),
            1 => Just('.'),
            1 => Just('+'),
            1 => Just('\u{202E}'),
            1 => Just('\u{200B}'),
        ];
        proptest::collection::vec(chars, 0..80).prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #[test]
        fn nfr5_email(raw in awkward()) {
            if let Ok(e) = Email::parse(&raw) {
                let s = e.as_str();
                prop_assert!(s.len() <= 254 && s.matches('@').count() == 1);
                prop_assert!(!s.chars().any(|c| c.is_whitespace() || c.is_control()));
                prop_assert_eq!(Email::parse(s).ok(), Some(e.clone()));
            }
        }

        #[test]
        fn nfr5_phone(raw in awkward(), h24 in any::<bool>()) {
            if let Ok(p) = crate::Phone::parse(&raw, h24) {
                let e164 = p.e164();
                prop_assert!(e164.starts_with('+'));
                prop_assert!(e164[1..].chars().all(|c| c.is_ascii_digit()));
                prop_assert_eq!(crate::Phone::parse(&p.written(), h24).ok(), Some(p.clone()));
            }
        }

        #[test]
        fn nfr5_url(raw in awkward()) {
            if let Ok(u) = WebUrl::parse(&raw) {
                prop_assert!(u.as_str().starts_with("http"));
                prop_assert!(!u.as_str().chars().any(|c| c.is_control() || c.is_whitespace()));
                prop_assert_eq!(WebUrl::parse(u.as_str()).ok(), Some(u.clone()));
            }
        }

        #[test]
        fn nfr5_language_and_time_zone(raw in awkward()) {
            if let Ok(l) = crate::LanguageCode::parse(&raw) {
                prop_assert!(matches!(l.as_str().len(), 2 | 3));
                prop_assert_eq!(crate::LanguageCode::parse(l.as_str()).ok(), Some(l.clone()));
            }
            if let Ok(l) = UnLanguage::parse(&raw) {
                prop_assert_eq!(UnLanguage::parse(l.code()).ok(), Some(l));
            }
            if let Ok(tz) = TimeZoneName::parse(&raw) {
                prop_assert_eq!(TimeZoneName::parse(tz.as_str()).ok(), Some(tz.clone()));
            }
        }

        #[test]
        fn nfr5_text_line_and_name(raw in awkward(), max in 1usize..60) {
            if let Ok(Some(v)) = text("f", &raw, max) {
                prop_assert!(v.chars().count() <= max);
            }
            if let Ok(Some(v)) = line("f", &raw, max) {
                prop_assert!(!v.chars().any(char::is_control));
            }
            if let Ok(Some(v)) = name("f", &raw, max) {
                prop_assert!(!v.chars().any(|c| c.is_control() || disguises(c)));
            }
        }
    }
}
