//! Fluent message catalogues (NFR-1). Every user-visible string comes from here.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

/// The catalogues of the six UN languages, shipped in the binary.
pub const CATALOGUES: &[(&str, &str)] = &[
    ("ar", include_str!("../../../locales/ar/main.ftl")),
    ("zh", include_str!("../../../locales/zh/main.ftl")),
    ("en", include_str!("../../../locales/en/main.ftl")),
    ("fr", include_str!("../../../locales/fr/main.ftl")),
    ("ru", include_str!("../../../locales/ru/main.ftl")),
    ("es", include_str!("../../../locales/es/main.ftl")),
];

pub const FALLBACK: &str = "en";

/// ICU's number formatter for each language. Arabic uses Latin digits, as
/// dates and phone numbers in the directory do.
fn decimal_formatter(lang: &str) -> &'static icu_decimal::DecimalFormatter {
    use std::sync::OnceLock;
    static FORMATTERS: OnceLock<HashMap<&'static str, icu_decimal::DecimalFormatter>> =
        OnceLock::new();
    let all = FORMATTERS.get_or_init(|| {
        let tags = [
            ("ar", "ar-u-nu-latn"),
            ("zh", "zh"),
            ("en", "en"),
            ("fr", "fr"),
            ("ru", "ru"),
            ("es", "es"),
        ];
        tags.into_iter()
            .map(|(lang, tag)| {
                let locale: icu_locale_core::Locale = tag.parse().expect("valid locale tags");
                let formatter =
                    icu_decimal::DecimalFormatter::try_new((&locale).into(), Default::default())
                        .expect("ICU has decimal data for the six UN languages");
                (lang, formatter)
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
