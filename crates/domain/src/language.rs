//! The languages a contact works in (DIR-3): any language CLDR names, by
//! its ISO 639 code, with its name in each of the six UN languages.

use crate::fields::{FieldError, UnLanguage};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

struct Known {
    /// Code → names, indexed like `UnLanguage::ALL`.
    names: HashMap<String, [String; 6]>,
    /// A name in any of the six languages, lower case → code.
    codes_by_name: HashMap<String, String>,
    /// Three-letter codes of languages that have a two-letter one.
    aliases: HashMap<String, String>,
}

/// The rows of a data file, without its comment lines and header.
fn rows(source: &'static str) -> impl Iterator<Item = csv::StringRecord> {
    let body: String = source
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    csv::Reader::from_reader(std::io::Cursor::new(body))
        .into_records()
        .filter_map(Result::ok)
        .collect::<Vec<_>>()
        .into_iter()
}

fn known() -> &'static Known {
    static KNOWN: OnceLock<Known> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let names: HashMap<String, [String; 6]> = rows(include_str!("../data/languages.csv"))
            .map(|r| {
                let name = |i: usize| r.get(i).unwrap_or_default().to_string();
                // The file's columns are ar, en, es, fr, ru, zh.
                let by_column = [name(1), name(2), name(3), name(4), name(5), name(6)];
                let names = UnLanguage::ALL.map(|l| {
                    let column = ["ar", "en", "es", "fr", "ru", "zh"]
                        .iter()
                        .position(|c| *c == l.code())
                        .unwrap_or(1);
                    by_column[column].clone()
                });
                (name(0), names)
            })
            .collect();
        let mut codes_by_name = HashMap::new();
        for (code, all) in &names {
            for n in all {
                codes_by_name
                    .entry(n.to_lowercase())
                    .or_insert_with(|| code.clone());
            }
        }
        Known {
            names,
            codes_by_name,
            aliases: rows(include_str!("../data/language_aliases.csv"))
                .map(|r| (r[0].to_string(), r[1].to_string()))
                .collect(),
        }
    })
}

/// A language by its ISO 639 code: "fr", "fil". "FR", "fra", "fre",
/// "fr-CA", "French", "français" and "法语" are all French, "fr".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(from = "String", into = "String")]
#[schema(value_type = String, example = "fr")]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let lower = raw.trim().to_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or_default();
        let known = known();
        let code = known
            .aliases
            .get(primary)
            .or_else(|| known.codes_by_name.get(&lower))
            .map(String::as_str)
            .unwrap_or(primary);
        if known.names.contains_key(code) {
            Ok(Self(code.to_string()))
        } else {
            Err(FieldError::new("languages", "err-language-code"))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The language's name for a reader of `lang`: "French", "法语", "الفرنسية".
    pub fn name(&self, lang: UnLanguage) -> &str {
        let i = UnLanguage::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        known()
            .names
            .get(&self.0)
            .map(|n| n[i].as_str())
            .unwrap_or(&self.0)
    }
    /// Every language a contact may work in.
    pub fn all() -> impl Iterator<Item = LanguageCode> {
        known().names.keys().map(|c| LanguageCode(c.clone()))
    }
}

// What was stored before the list grew reads as it was written.
crate::fields::lenient_string_conversions!(LanguageCode);

#[cfg(test)]
mod tests {
    use super::*;

    /// DIR-3: any language, by any of its ISO 639 codes, named in the reader's language.
    #[test]
    fn dir3_any_language_by_its_code_with_its_name() {
        let code = |raw: &str| LanguageCode::parse(raw).map(|c| c.as_str().to_string());
        assert_eq!(code("FR").unwrap(), "fr");
        assert_eq!(code("fra").unwrap(), "fr");
        assert_eq!(code("fre").unwrap(), "fr");
        assert_eq!(code("zh-Hans").unwrap(), "zh");
        assert_eq!(code("fil").unwrap(), "fil");
        assert!(LanguageCode::parse("xx").is_err());
        assert_eq!(code("Français").unwrap(), "fr");
        assert_eq!(code("arabic").unwrap(), "ar");
        assert_eq!(code("菲律宾语").unwrap(), "fil");
        assert!(LanguageCode::parse("").is_err());
        let fil = LanguageCode::parse("fil").unwrap();
        assert_eq!(fil.name(UnLanguage::En), "Filipino");
        assert_eq!(fil.name(UnLanguage::Zh), "菲律宾语");
        assert_eq!(
            LanguageCode::parse("fr").unwrap().name(UnLanguage::Ar),
            "الفرنسية"
        );
        assert!(LanguageCode::all().count() > 600);
    }
}
