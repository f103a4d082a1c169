//! Fluent message catalogues (NFR-1). Every user-visible string comes from here.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;
// Named only for its "sync" feature, which makes ICU's formatters shareable
// between threads.
use icu_provider as _;

/// The catalogues of the six UN languages, shipped in the binary.
pub const CATALOGUES: &[(&str, &str)] = &[
    ("ar", include_str!("../../../../locales/ar/main.ftl")),
    ("zh", include_str!("../../../../locales/zh/main.ftl")),
    ("en", include_str!("../../../../locales/en/main.ftl")),
    ("fr", include_str!("../../../../locales/fr/main.ftl")),
    ("ru", include_str!("../../../../locales/ru/main.ftl")),
    ("es", include_str!("../../../../locales/es/main.ftl")),
];

pub const FALLBACK: &str = "en";

/// The ICU locale of each UI language. Arabic uses Latin digits, as phone
/// numbers in the directory do, and the 24-hour clock that the other five
/// use, so that no time between States is misread by twelve hours; English
/// writes the day before the month, as the UN does.
pub(crate) fn icu_locale(lang: &str) -> icu_locale_core::Locale {
    let tag = match lang {
        "ar" => "ar-u-hc-h23-nu-latn",
        "en" => "en-GB",
        other => other,
    };
    tag.parse().expect("valid locale tags")
}

/// One value per UI language, made once.
pub(crate) fn per_language<T: Send + Sync>(
    cell: &'static std::sync::OnceLock<HashMap<&'static str, T>>,
    make: fn(&icu_locale_core::Locale) -> T,
    lang: &str,
) -> &'static T {
    let all = cell.get_or_init(|| LANGS.iter().map(|l| (*l, make(&icu_locale(l)))).collect());
    all.get(lang).unwrap_or(&all[FALLBACK])
}

fn decimal_formatter(lang: &str) -> &'static icu_decimal::DecimalFormatter {
    static FORMATTERS: std::sync::OnceLock<HashMap<&'static str, icu_decimal::DecimalFormatter>> =
        std::sync::OnceLock::new();
    per_language(
        &FORMATTERS,
        |locale| {
            icu_decimal::DecimalFormatter::try_new(locale.into(), Default::default())
                .expect("ICU has decimal data for the six UN languages")
        },
        lang,
    )
}

type Formatter<F> = icu_datetime::FixedCalendarDateTimeFormatter<icu_calendar::Gregorian, F>;
type Formatters<F> = std::sync::OnceLock<HashMap<&'static str, Formatter<F>>>;

fn date_formatter(lang: &str) -> &'static Formatter<icu_datetime::fieldsets::YMD> {
    static FORMATTERS: Formatters<icu_datetime::fieldsets::YMD> = std::sync::OnceLock::new();
    per_language(
        &FORMATTERS,
        |locale| {
            Formatter::try_new(locale.into(), icu_datetime::fieldsets::YMD::long())
                .expect("ICU has date data for the six UN languages")
        },
        lang,
    )
}

fn time_formatter(
    lang: &str,
) -> &'static icu_datetime::NoCalendarFormatter<icu_datetime::fieldsets::T> {
    static FORMATTERS: std::sync::OnceLock<
        HashMap<&'static str, icu_datetime::NoCalendarFormatter<icu_datetime::fieldsets::T>>,
    > = std::sync::OnceLock::new();
    per_language(
        &FORMATTERS,
        |locale| {
            icu_datetime::NoCalendarFormatter::try_new(
                locale.into(),
                icu_datetime::fieldsets::T::hm(),
            )
            .expect("ICU has time data for the six UN languages")
        },
        lang,
    )
}

fn weekday_time_formatter(lang: &str) -> &'static Formatter<icu_datetime::fieldsets::ET> {
    static FORMATTERS: Formatters<icu_datetime::fieldsets::ET> = std::sync::OnceLock::new();
    per_language(
        &FORMATTERS,
        |locale| {
            Formatter::try_new(
                locale.into(),
                icu_datetime::fieldsets::ET::short()
                    .with_time_precision(icu_datetime::options::TimePrecision::Minute),
            )
            .expect("ICU has weekday and time data for the six UN languages")
        },
        lang,
    )
}

/// A wall-clock moment as ICU's input.
fn icu_date_time(
    t: &jiff::Zoned,
) -> Option<icu_datetime::input::DateTime<icu_calendar::Gregorian>> {
    Some(icu_datetime::input::DateTime {
        date: icu_calendar::Date::try_new_gregorian(
            t.year() as i32,
            t.month() as u8,
            t.day() as u8,
        )
        .ok()?,
        time: icu_datetime::input::Time::try_new(t.hour() as u8, t.minute() as u8, 0, 0).ok()?,
    })
}

/// A moment (epoch milliseconds) as a date in words in `lang`: 29 November
/// 2026, 29 novembre 2026, 2026年11月29日.
pub fn format_date(lang: &str, ms: i64) -> Option<String> {
    use writeable::Writeable;
    let at = icu_date_time(&utc(ms)?)?;
    Some(
        date_formatter(lang)
            .format(&at.date)
            .write_to_string()
            .into_owned(),
    )
}

/// A moment as its date in words and its time of day in UTC, apart, so
/// that a line may break between them: ("29 November 2026", "06:27 UTC").
pub fn format_date_time(lang: &str, ms: i64) -> Option<(String, String)> {
    use writeable::Writeable;
    let at = icu_date_time(&utc(ms)?)?;
    let time = time_formatter(lang)
        .format(&at.time)
        .write_to_string()
        .into_owned();
    Some((
        date_formatter(lang)
            .format(&at.date)
            .write_to_string()
            .into_owned(),
        format!("{time} UTC"),
    ))
}

fn utc(ms: i64) -> Option<jiff::Zoned> {
    Some(
        jiff::Timestamp::from_millisecond(ms)
            .ok()?
            .to_zoned(jiff::tz::TimeZone::UTC),
    )
}

/// The wall-clock time now in a time zone, with the weekday in `lang` and
/// the offset from UTC: "Sun 08:21 (UTC+02:00)", "周日 08:21 (UTC+02:00)".
/// None for a zone the time-zone database does not know.
pub fn format_local_time(lang: &str, zone: &str, now_ms: i64) -> Option<String> {
    use writeable::Writeable;
    let zone = jiff::tz::TimeZone::get(zone).ok()?;
    let t = jiff::Timestamp::from_millisecond(now_ms)
        .ok()?
        .to_zoned(zone);
    let at = icu_date_time(&t)?;
    let clock = weekday_time_formatter(lang)
        .format(&at)
        .write_to_string()
        .into_owned();
    Some(format!("{clock} (UTC{})", t.strftime("%:z")))
}

fn collator(lang: &str) -> &'static icu_collator::CollatorBorrowed<'static> {
    static COLLATORS: std::sync::OnceLock<
        HashMap<&'static str, icu_collator::CollatorBorrowed<'static>>,
    > = std::sync::OnceLock::new();
    per_language(
        &COLLATORS,
        |locale| {
            icu_collator::Collator::try_new(locale.into(), Default::default())
                .expect("ICU has collation data for the six UN languages")
        },
        lang,
    )
}

/// The order of two names for a reader of `lang` ("Côte d'Ivoire" before
/// "Czechia" in French, pinyin order in Chinese), not the order of code points.
pub fn compare(lang: &str, a: &str, b: &str) -> std::cmp::Ordering {
    collator(lang).compare(a, b)
}

/// Every language a contact may work in, as (code, name in `lang`), in the
/// reader's order of names: what a list to choose from offers.
pub fn languages_by_name(lang: &str) -> &'static [(String, String)] {
    static LISTS: std::sync::OnceLock<HashMap<&'static str, Vec<(String, String)>>> =
        std::sync::OnceLock::new();
    let all = LISTS.get_or_init(|| {
        LANGS
            .iter()
            .map(|l| {
                let mut list: Vec<(String, String)> = domain::LanguageCode::all()
                    .map(|c| (c.as_str().to_string(), c.name(un_language(l)).to_string()))
                    .collect();
                list.sort_by(|a, b| compare(l, &a.1, &b.1));
                (*l, list)
            })
            .collect()
    });
    all.get(lang).unwrap_or(&all[FALLBACK])
}

/// A whole number written the way readers of `lang` expect: 100,000 in
/// English, 100 000 in French and Russian, 100.000 in Spanish.
pub fn format_number(lang: &str, n: i64) -> String {
    use writeable::Writeable;
    decimal_formatter(lang)
        .format(&icu_decimal::input::Decimal::from(n))
        .write_to_string()
        .into_owned()
}

fn fluent_number<const L: usize>(
    value: &FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
            Some(format_number(LANGS[L], n.value as i64))
        }
        _ => None,
    }
}

const LANGS: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];
type NumberFormatter =
    fn(&FluentValue, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String>;
/// Fluent takes a plain function per bundle: one per language.
const NUMBER_FORMATTERS: [NumberFormatter; 6] = [
    fluent_number::<0>,
    fluent_number::<1>,
    fluent_number::<2>,
    fluent_number::<3>,
    fluent_number::<4>,
    fluent_number::<5>,
];

pub struct I18n {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl I18n {
    pub fn load() -> I18n {
        let mut bundles = HashMap::new();
        for (lang, source) in CATALOGUES {
            let id: LanguageIdentifier = lang.parse().expect("catalogue language ids are valid");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks are for mixed-direction UI strings; templates
            // isolate with dir="auto" instead, and emails must stay plain.
            bundle.set_use_isolating(false);
            if let Some(i) = LANGS.iter().position(|l| l == lang) {
                bundle.set_formatter(Some(NUMBER_FORMATTERS[i]));
            }
            let resource = FluentResource::try_new(source.to_string()).expect("catalogue parses");
            bundle
                .add_resource(resource)
                .expect("catalogue has no duplicate keys");
            bundles.insert(*lang, bundle);
        }
        I18n { bundles }
    }

    pub fn has(&self, lang: &str) -> bool {
        self.bundles.contains_key(lang)
    }

    /// The message `key` in `lang` (falling back to English), with arguments.
    /// A missing key shows as itself, which the catalogue test forbids.
    pub fn t(&self, lang: &str, key: &str, args: &[(&str, String)]) -> String {
        // A whole number is passed as a number, so that it selects the right
        // plural form ("72 hours"); references such as "007" stay text.
        let values = args
            .iter()
            .map(|(k, v)| {
                let number = !v.is_empty()
                    && !v.starts_with('0')
                    && v.len() < 10
                    && v.bytes().all(|b| b.is_ascii_digit());
                let value = if number {
                    FluentValue::from(v.parse::<i64>().unwrap_or(0))
                } else {
                    FluentValue::from(v.clone())
                };
                (*k, value)
            })
            .collect();
        self.format(lang, key, values)
    }

    /// Like `t`, with typed arguments: numbers select plural forms.
    pub fn format(&self, lang: &str, key: &str, args: Vec<(&str, FluentValue<'static>)>) -> String {
        let bundle = self
            .bundles
            .get(lang)
            .or_else(|| self.bundles.get(FALLBACK))
            .expect("English is loaded");
        let (bundle, msg) = match bundle.get_message(key) {
            Some(m) => (bundle, m),
            None => match self.bundles[FALLBACK].get_message(key) {
                Some(m) => (&self.bundles[FALLBACK], m),
                None => return key.to_string(),
            },
        };
        let Some(pattern) = msg.value() else {
            return key.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(k, v);
        }
        let mut errors = vec![];
        bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }

    /// The message `key` in `lang`, if the catalogue has it.
    pub fn try_t(&self, lang: &str, key: &str) -> Option<String> {
        self.bundles[FALLBACK].get_message(key)?;
        Some(self.t(lang, key, &[]))
    }

    /// Every message key of a language, for the completeness tests.
    pub fn keys(&self, lang: &str) -> Vec<String> {
        let source = CATALOGUES
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, s)| *s)
            .unwrap_or("");
        source
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim()))
            .filter(|k| {
                !k.is_empty() && !k.starts_with('#') && !k.starts_with(' ') && !k.starts_with('.')
            })
            .map(str::to_string)
            .collect()
    }
}

/// Picks the best supported language from an Accept-Language header.
pub fn negotiate(accept_language: &str, supported: impl Fn(&str) -> bool) -> Option<String> {
    let mut ranked: Vec<(f32, String)> = accept_language
        .split(',')
        .filter_map(|part| {
            let mut it = part.trim().split(';');
            let tag = it.next()?.trim().to_lowercase();
            let q = it
                .find_map(|p| p.trim().strip_prefix("q=")?.parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next()?.to_string();
            Some((q, primary))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranked.into_iter().map(|(_, l)| l).find(|l| supported(l))
}

/// The UN language of a locale code, English for anything else.
pub fn un_language(lang: &str) -> domain::UnLanguage {
    domain::UnLanguage::parse(lang).unwrap_or(domain::UnLanguage::En)
}

#[cfg(test)]
mod tests {

    /// NFR-1: a date is written in words in each language, and Arabic keeps Latin digits.
    #[test]
    fn nfr1_dates_in_each_language() {
        let ms = 1_795_909_500_000; // 2026-11-28T23:45:00Z
        let date = |lang| format_date(lang, ms).unwrap();
        assert_eq!(date("en"), "28 November 2026");
        assert_eq!(date("fr"), "28 novembre 2026");
        assert_eq!(date("es"), "28 de noviembre de 2026");
        assert_eq!(date("zh"), "2026年11月28日");
        assert!(date("ru").starts_with("28 ноября 2026"), "{}", date("ru"));
        assert!(
            date("ar").contains("نوفمبر") && date("ar").contains("2026"),
            "{}",
            date("ar")
        );
        assert_eq!(
            format_date_time("en", ms).unwrap(),
            ("28 November 2026".into(), "23:45 UTC".into())
        );
        assert_eq!(
            format_date_time("ar", ms).unwrap().1,
            "23:45 UTC",
            "24-hour, Latin digits"
        );
    }

    /// NFR-1, DIR-8: a contact's local time names the weekday in the reader's language.
    #[test]
    fn nfr1_local_time_names_the_weekday_in_each_language() {
        let ms = 1_795_909_500_000; // Sunday 07:45 in Shanghai
        let local = |lang| format_local_time(lang, "Asia/Shanghai", ms).unwrap();
        assert_eq!(local("en"), "Sun 07:45 (UTC+08:00)");
        for (lang, sunday) in [
            ("fr", "dim."),
            ("es", "dom"),
            ("ru", "вс"),
            ("zh", "周日"),
            ("ar", "الأحد"),
        ] {
            assert!(local(lang).contains(sunday), "{lang}: {}", local(lang));
            assert!(local(lang).contains("7:45"), "{lang}: {}", local(lang));
        }
        assert!(format_local_time("en", "Mars/Olympus", ms).is_none());
    }
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message's key with the variables it uses.
    fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut current: Option<String> = None;
        for line in source.lines() {
            if let Some((key, _)) = line.split_once(" =").filter(|(k, _)| {
                !k.is_empty()
                    && k.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            }) {
                current = Some(key.to_string());
                out.entry(key.to_string()).or_default();
            } else if !line.starts_with([' ', '\t']) && !line.is_empty() {
                current = None;
            }
            if let Some(key) = &current {
                let vars = line.split('$').skip(1).map(|rest| {
                    rest.chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect::<String>()
                });
                out.get_mut(key)
                    .expect("entry exists")
                    .extend(vars.filter(|v| !v.is_empty()));
            }
        }
        out
    }

    #[test]
    fn nfr1_all_six_catalogues_have_every_key_with_the_same_arguments() {
        let i18n = I18n::load();
        let english = messages(
            CATALOGUES
                .iter()
                .find(|(l, _)| *l == "en")
                .map(|(_, s)| *s)
                .unwrap_or(""),
        );
        assert!(english.len() > 300);
        for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
            assert!(i18n.has(lang), "{lang} is loaded");
            let source = CATALOGUES
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, s)| *s)
                .unwrap_or("");
            let theirs = messages(source);
            let missing: Vec<_> = english
                .keys()
                .filter(|k| !theirs.contains_key(*k))
                .collect();
            let extra: Vec<_> = theirs
                .keys()
                .filter(|k| !english.contains_key(*k))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}: missing {missing:?}, extra {extra:?}"
            );
            for (key, vars) in &english {
                assert_eq!(&theirs[key], vars, "{lang} {key}: arguments differ");
            }
        }
    }

    #[test]
    fn nfr1_numbers_follow_the_reader_s_locale() {
        assert_eq!(format_number("en", 100_000), "100,000");
        assert_eq!(format_number("fr", 100_000), "100\u{202f}000");
        assert_eq!(format_number("ru", 100_000), "100\u{a0}000");
        assert_eq!(format_number("es", 100_000), "100.000");
        assert_eq!(format_number("ar", 100_000), "100,000");
        assert_eq!(format_number("zh", 100_000), "100,000");
    }

    #[test]
    fn nfr1_plurals_and_fallback() {
        let i18n = I18n::load();
        assert_eq!(
            i18n.t("en", "directory-count", &[("count", "1".into())]),
            "One contact found."
        );
        assert_eq!(
            i18n.t("en", "directory-count", &[("count", "7".into())]),
            "7 contacts found."
        );
        assert_ne!(
            i18n.t("ru", "directory-count", &[("count", "2".into())]),
            i18n.t("ru", "directory-count", &[("count", "5".into())])
        );
        assert_eq!(
            i18n.t("xx", "nav-home", &[]),
            "Home",
            "an unknown language falls back to English"
        );
        assert_eq!(
            i18n.t(
                "en",
                "email-access-received-subject",
                &[("reference", "007".into())]
            ),
            "Your request for access (007)"
        );
    }
}
