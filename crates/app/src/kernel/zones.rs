//! Time zones for people (DIR-3): a zone's name and city in the reader's
//! language from CLDR, through ICU4X; the choices a form offers, found by
//! city or country; and the zone of each State's capital.

use crate::i18n::{I18n, compare, per_language, un_language};
use domain::{StateCode, TimeZoneName};
use icu_datetime::NoCalendarFormatter;
use icu_datetime::fieldsets::zone::{ExemplarCity, GenericLong};
use icu_time::zone::{IanaParser, ZoneNameTimestamp};
use std::collections::HashMap;
use std::sync::OnceLock;
use writeable::Writeable;

const CAPITALS: &str = include_str!("../../data/capital_zones.csv");
const COUNTRIES: &str = include_str!("../../data/zone_countries.csv");

/// The rows of one of the data files above, without comments and header.
fn table(source: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    source
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| l.split_once(','))
}

fn generic_names(lang: &str) -> &'static NoCalendarFormatter<GenericLong> {
    static FORMATTERS: OnceLock<HashMap<&'static str, NoCalendarFormatter<GenericLong>>> =
        OnceLock::new();
    per_language(
        &FORMATTERS,
        |locale| {
            NoCalendarFormatter::try_new(locale.into(), GenericLong)
                .expect("ICU has time-zone names for the six UN languages")
        },
        lang,
    )
}

fn city_names(lang: &str) -> &'static NoCalendarFormatter<ExemplarCity> {
    static FORMATTERS: OnceLock<HashMap<&'static str, NoCalendarFormatter<ExemplarCity>>> =
        OnceLock::new();
    per_language(
        &FORMATTERS,
        |locale| {
            NoCalendarFormatter::try_new(locale.into(), ExemplarCity)
                .expect("ICU has city names for the six UN languages")
        },
        lang,
    )
}

/// The zone's name in `lang` at a moment: "heure de la Chine", "توقيت شرق أوروبا".
pub fn name(lang: &str, id: &str, at_ms: i64) -> Option<String> {
    let tz = IanaParser::new().parse(id);
    if tz.is_unknown() {
        return None;
    }
    let info = tz
        .with_offset(None)
        .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(at_ms / 1000));
    Some(
        generic_names(lang)
            .format(&info)
            .write_to_string()
            .into_owned(),
    )
}

/// The zone's city in `lang`: "Le Caire", "القاهرة", "上海".
pub fn city(lang: &str, id: &str) -> Option<String> {
    let tz = IanaParser::new().parse(id);
    if tz.is_unknown() || TimeZoneName::parse(id).is_err() {
        return None;
    }
    Some(
        city_names(lang)
            .format(&tz.without_offset())
            .write_to_string()
            .into_owned(),
    )
}

/// "heure de la Chine (Shanghai)"; the id itself for a zone CLDR cannot name.
pub fn label(i18n: &I18n, lang: &str, id: &str, at_ms: i64) -> String {
    match (name(lang, id, at_ms), city(lang, id)) {
        (Some(zone), Some(city)) => {
            i18n.t(lang, "timezone-label", &[("zone", zone), ("city", city)])
        }
        _ => id.to_string(),
    }
}

/// The UN Member or observer State a zone is in, if any.
fn country(id: &str) -> Option<StateCode> {
    static BY_ZONE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let code = BY_ZONE.get_or_init(|| table(COUNTRIES).collect()).get(id)?;
    StateCode::parse(code).ok()
}

/// The zone of a State's capital: what a new entry's form starts from.
pub fn capital(state: StateCode) -> Option<&'static str> {
    table(CAPITALS)
        .find(|(s, _)| *s == state.as_str())
        .map(|(_, zone)| zone)
}

/// One zone a form offers.
pub struct Choice {
    pub id: &'static str,
    /// "Le Caire (Égypte) — heure d’Europe de l’Est": found by city or country.
    pub label: String,
}

/// Every zone a contact may be in, labelled in `lang` and in its order;
/// made once per language (zone names change with treaties, not by the day).
pub fn choices(i18n: &I18n, lang: &str, at_ms: i64) -> &'static [Choice] {
    static CHOICES: OnceLock<HashMap<&'static str, Vec<Choice>>> = OnceLock::new();
    let all = CHOICES.get_or_init(|| {
        ["ar", "zh", "en", "fr", "ru", "es"]
            .into_iter()
            .map(|l| (l, labelled(i18n, l, at_ms)))
            .collect()
    });
    all.get(lang).unwrap_or(&all["en"])
}

fn labelled(i18n: &I18n, lang: &str, at_ms: i64) -> Vec<Choice> {
    let mut out: Vec<Choice> = TimeZoneName::all()
        .map(|id| {
            let city = city(lang, id).unwrap_or_else(|| id.to_string());
            let zone = name(lang, id, at_ms).unwrap_or_default();
            let label = match country(id) {
                Some(c) => i18n.t(
                    lang,
                    "timezone-choice",
                    &[
                        ("city", city),
                        ("country", c.info().name(un_language(lang)).to_string()),
                        ("zone", zone),
                    ],
                ),
                None => i18n.t(
                    lang,
                    "timezone-choice-alone",
                    &[("city", city), ("zone", zone)],
                ),
            };
            Choice { id, label }
        })
        .collect();
    out.sort_by(|a, b| compare(lang, &a.label, &b.label));
    out
}

/// What someone typed, as a zone: an id in any case or former name, or a
/// city's name in any of the six languages ("Cairo", "القاهرة", "Le Caire").
pub fn resolve(typed: &str) -> Option<&'static str> {
    static BY_CITY: OnceLock<HashMap<String, Vec<&'static str>>> = OnceLock::new();
    if let Ok(tz) = TimeZoneName::parse(typed) {
        return TimeZoneName::all().find(|id| *id == tz.as_str());
    }
    let cities = BY_CITY.get_or_init(|| {
        let mut map: HashMap<String, Vec<&'static str>> = HashMap::new();
        for id in TimeZoneName::all() {
            for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
                if let Some(c) = city(lang, id) {
                    let ids = map.entry(c.to_lowercase()).or_default();
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
        }
        map
    });
    match cities.get(&typed.trim().to_lowercase())?.as_slice() {
        [only] => Some(only),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// DIR-3: zones read as a person would say them, in each language.
    #[test]
    fn dir3_zones_are_named_by_city_in_the_readers_language() {
        let i18n = I18n::load();
        let at = 1_795_909_500_000;
        assert_eq!(city("fr", "Africa/Cairo").as_deref(), Some("Le Caire"));
        assert_eq!(city("ar", "Africa/Cairo").as_deref(), Some("القاهرة"));
        assert_eq!(city("zh", "Asia/Shanghai").as_deref(), Some("上海"));
        let fr = label(&i18n, "fr", "Asia/Shanghai", at);
        assert!(fr.contains("Chine") && fr.contains("Shanghai"), "{fr}");
        assert_eq!(resolve("Cairo"), Some("Africa/Cairo"));
        assert_eq!(resolve("القاهرة"), Some("Africa/Cairo"));
        assert_eq!(resolve("europe/paris"), Some("Europe/Paris"));
        assert_eq!(resolve("Etc/GMT-3"), None);
        assert_eq!(
            capital(StateCode::parse("EG").unwrap()),
            Some("Africa/Cairo")
        );
        for s in domain::state::all() {
            let zone = capital(s.code).unwrap_or_else(|| panic!("{:?} has a capital zone", s.code));
            assert!(TimeZoneName::parse(zone).is_ok(), "{zone}");
        }
        let fr = choices(&i18n, "fr", at);
        let cairo = fr.iter().find(|c| c.id == "Africa/Cairo").unwrap();
        assert!(
            cairo.label.contains("Le Caire") && cairo.label.contains("Égypte"),
            "{}",
            cairo.label
        );
    }
}
