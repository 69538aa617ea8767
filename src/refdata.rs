//! Reference data embedded in the binary: every ccTLD of the root zone with
//! its country or territory names, ICANN region and main time zone, and
//! every other TLD of the root zone, so a generic one is known as such.

use chrono::{DateTime, Datelike, FixedOffset, TimeZone, Utc};
use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../data/reference/cctlds.tsv");
const OTHER_TLDS: &str = include_str!("../data/reference/gtlds.tsv");

/// The languages the names are given in, in column order.
pub const LANGUAGES: [&str; 6] = ["en", "fr", "es", "ru", "ar", "zh"];

/// The five ICANN geographic regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Region {
    Africa,
    AsiaPacific,
    Europe,
    LatinAmerica,
    NorthAmerica,
}

impl Region {
    pub fn name(self) -> &'static str {
        match self {
            Region::Africa => "Africa",
            Region::AsiaPacific => "Asia/Australia/Pacific",
            Region::Europe => "Europe",
            Region::LatinAmerica => "Latin America/Caribbean",
            Region::NorthAmerica => "North America",
        }
    }

    /// The region's name in `lang`, for people (`name` is for machines).
    pub fn local_name(self, lang: crate::i18n::Lang) -> String {
        let id = match self {
            Region::Africa => "region-africa",
            Region::AsiaPacific => "region-asia-pacific",
            Region::Europe => "region-europe",
            Region::LatinAmerica => "region-latin-america",
            Region::NorthAmerica => "region-north-america",
        };
        crate::i18n::message(lang, id, None)
    }

    /// Every region, in the order they are listed.
    pub const ALL: [Region; 5] = [
        Region::Africa,
        Region::AsiaPacific,
        Region::Europe,
        Region::LatinAmerica,
        Region::NorthAmerica,
    ];

    /// Reads a region as people type it: `africa`, `ap`, `asia`, `europe`, `lac`, `na`...
    pub fn parse(s: &str) -> Option<Region> {
        let s: String = s.to_lowercase().chars().filter(|c| c.is_ascii_alphabetic()).collect();
        Some(match s.as_str() {
            "af" | "africa" => Region::Africa,
            "ap" | "aap" | "asia" | "pacific" | "asiapacific" | "asiaaustraliapacific" | "oceania" => {
                Region::AsiaPacific
            }
            "eu" | "europe" => Region::Europe,
            "lac" | "latinamerica" | "latinamericacaribbean" | "caribbean" | "southamerica" => Region::LatinAmerica,
            "na" | "northamerica" => Region::NorthAmerica,
            _ => return None,
        })
    }

    fn from_code(s: &str) -> Option<Region> {
        Some(match s {
            "AF" => Region::Africa,
            "AP" => Region::AsiaPacific,
            "EU" => Region::Europe,
            "LAC" => Region::LatinAmerica,
            "NA" => Region::NorthAmerica,
            _ => return None,
        })
    }
}

/// One ccTLD of the root zone.
#[derive(Debug, Clone)]
pub struct RootCctld {
    /// ASCII label or A-label.
    pub code: &'static str,
    /// U-label for an IDN, else the code.
    pub label: &'static str,
    /// ISO 3166-1 code of the territory (or `EU`, `AC`, `SU`).
    pub territory: &'static str,
    pub region: Region,
    pub time_zone: &'static str,
    /// Names in the order of `LANGUAGES`.
    pub names: [&'static str; 6],
    /// Names in the territory's official languages that are not among
    /// `names` (`Deutschland`, `Suomi`, `Ελλάδα`).
    pub local_names: Vec<&'static str>,
}

impl RootCctld {
    /// Every name of the territory: the six languages, then its own.
    pub fn all_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.names.iter().chain(&self.local_names).copied()
    }
}

/// Every ccTLD of the root zone, ordered by code.
pub fn all() -> &'static [RootCctld] {
    static ALL: OnceLock<Vec<RootCctld>> = OnceLock::new();
    ALL.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter_map(|l| {
                let mut f = l.split('\t');
                let mut next = || f.next();
                let (code, label, territory, region, time_zone) = (next()?, next()?, next()?, next()?, next()?);
                let names = [next()?, next()?, next()?, next()?, next()?, next()?];
                let local_names = next()?.split('|').filter(|n| !n.is_empty()).collect();
                Some(RootCctld {
                    code,
                    label,
                    territory,
                    region: Region::from_code(region)?,
                    time_zone,
                    names,
                    local_names,
                })
            })
            .collect()
    })
}

/// The English name of a ccTLD's country or territory, if it is in the root zone.
pub fn country(code: &str) -> Option<&'static str> {
    lookup(code).map(|r| r.names[0])
}

/// The name of a ccTLD's country or territory in `lang`.
pub fn country_in(code: &str, lang: crate::i18n::Lang) -> Option<&'static str> {
    lookup(code).map(|r| r.names[lang.index()])
}

/// The root-zone entry for a code (ASCII label or A-label).
pub fn lookup(code: &str) -> Option<&'static RootCctld> {
    let all = all();
    all.binary_search_by(|c| c.code.cmp(code)).ok().map(|i| &all[i])
}

/// What a top-level domain is, as far as the root zone goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TldKind {
    /// A country code (ASCII or IDN).
    Country(&'static RootCctld),
    /// Generic, sponsored or brand (`.com`, `.bank`, `.google`), with its U-label.
    Generic(&'static str),
    /// `.arpa`.
    Infrastructure,
    /// Not delegated in the root zone (`.example`, `.local`, a typo).
    NotInRootZone,
}

/// FNV-1a: a fast hash for the short keys of the TLD table and of routing,
/// where no one chooses keys to collide with a hash they cannot see.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A `HashMap` hashed with [`Fnv`].
pub type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// Classifies a TLD given as an ASCII label or A-label, in lower case.
pub fn tld_kind(code: &str) -> TldKind {
    static ALL: OnceLock<FnvMap<&'static str, TldKind>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        let mut m: FnvMap<&'static str, TldKind> = all().iter().map(|c| (c.code, TldKind::Country(c))).collect();
        for l in OTHER_TLDS.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let mut f = l.split('\t');
            if let (Some(code), Some(label), Some(kind)) = (f.next(), f.next(), f.next()) {
                let k = if kind == "infrastructure" {
                    TldKind::Infrastructure
                } else {
                    TldKind::Generic(label)
                };
                m.insert(code, k);
            }
        }
        m
    });
    all.get(code).copied().unwrap_or(TldKind::NotInRootZone)
}

/// Classifies a TLD given as a U-label exactly as the root zone writes it
/// (`рф`, `中国`); `None` for any other label, which IDNA processing must
/// first turn into an A-label (`РФ`, a label in another normal form).
pub fn tld_kind_of_label(label: &str) -> Option<TldKind> {
    static LABELS: OnceLock<FnvMap<&'static str, TldKind>> = OnceLock::new();
    let labels = LABELS.get_or_init(|| {
        let mut m: FnvMap<&'static str, TldKind> = all()
            .iter()
            .filter(|c| c.label != c.code)
            .map(|c| (c.label, TldKind::Country(c)))
            .collect();
        for l in OTHER_TLDS.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let mut f = l.split('\t');
            if let (Some(code), Some(label)) = (f.next(), f.next()) {
                if label != code {
                    m.insert(label, tld_kind(code));
                }
            }
        }
        m
    });
    labels.get(label).copied()
}

impl PartialEq for RootCctld {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for RootCctld {}

/// The local time at a ccTLD, from its reference time zone.
pub struct LocalTime {
    pub zone: &'static str,
    pub city: String,
    pub time: String,
    /// `+03:00`.
    pub offset: String,
    pub iso: String,
}

/// The local time at a ccTLD now, if it is in the root zone.
pub fn local_time(code: &str, now: DateTime<Utc>) -> Option<LocalTime> {
    let r = lookup(code)?;
    let secs = offset_at(r.time_zone, now)?;
    let local = now.with_timezone(&FixedOffset::east_opt(secs)?);
    let offset = format!(
        "{}{:02}:{:02}",
        if secs < 0 { '-' } else { '+' },
        secs.abs() / 3600,
        secs.abs() % 3600 / 60
    );
    Some(LocalTime {
        zone: r.time_zone,
        city: r.time_zone.rsplit('/').next().unwrap_or(r.time_zone).replace('_', " "),
        time: local.format("%H:%M").to_string(),
        offset,
        iso: local.to_rfc3339(),
    })
}

/// A ccTLD's offsets from UTC in the year of `now`, for paper that outlives
/// a season: `UTC+3`, or `UTC+1, +2 in summer` where clocks change.
pub fn utc_offsets(code: &str, now: DateTime<Utc>) -> Option<String> {
    utc_offsets_in(code, now, crate::i18n::current())
}

/// As `utc_offsets`, in `lang`.
pub fn utc_offsets_in(code: &str, now: DateTime<Utc>, lang: crate::i18n::Lang) -> Option<String> {
    let zone = lookup(code)?.time_zone;
    let at = |month| offset_at(zone, Utc.with_ymd_and_hms(now.year(), month, 15, 12, 0, 0).single()?);
    let (january, july) = (at(1)?, at(7)?);
    let (standard, summer) = (january.min(july), january.max(july));
    Some(if standard == summer {
        crate::tr!(lang => "utc-offset", standard = short_offset(standard))
    } else {
        crate::tr!(lang => "utc-offsets-summer", standard = short_offset(standard), summer = short_offset(summer))
    })
}

/// A time zone's offset from UTC at an instant, in seconds, from the time
/// zone database embedded in the binary (the system's is never read, so
/// every machine answers alike).
fn offset_at(zone: &str, at: DateTime<Utc>) -> Option<i32> {
    let tz = jiff::tz::TimeZone::get(zone).ok()?;
    let instant = jiff::Timestamp::from_second(at.timestamp()).ok()?;
    Some(tz.to_offset(instant).seconds())
}

/// `+3`, `-3:30`, `+5:45`, `+0`.
fn short_offset(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let (h, m) = (secs.abs() / 3600, secs.abs() % 3600 / 60);
    if m == 0 {
        format!("{sign}{h}")
    } else {
        format!("{sign}{h}:{m:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every U-label of the root zone is classified as its A-label is.
    #[test]
    fn u_labels_are_classified_as_their_a_labels() {
        let mut labels = 0;
        let others = OTHER_TLDS.lines().filter(|l| !l.starts_with('#') && !l.is_empty());
        let pairs = all().iter().map(|c| (c.code, c.label)).chain(
            others
                .filter_map(|l| l.split_once('\t'))
                .map(|(code, rest)| (code, rest.split('\t').next().unwrap_or(""))),
        );
        for (code, label) in pairs {
            assert_eq!(idna::domain_to_ascii(label).ok().as_deref(), Some(code), "{label}");
            if label == code {
                assert_eq!(tld_kind_of_label(label), None, "{label}");
                continue;
            }
            labels += 1;
            assert_eq!(tld_kind_of_label(label), Some(tld_kind(code)), "{label}");
        }
        assert!(labels > 100, "{labels}");
        assert_eq!(tld_kind_of_label("РФ"), None);
    }

    #[test]
    fn table_is_complete_and_sorted() {
        let all = all();
        let lines = TABLE.lines().filter(|l| !l.starts_with('#')).count();
        assert_eq!(all.len(), lines, "a row failed to parse");
        assert!(all.windows(2).all(|w| w[0].code < w[1].code));
        assert!(all
            .iter()
            .all(|c| c.names.iter().all(|n| !n.is_empty()) && !c.time_zone.is_empty()));
        assert!(all.iter().filter(|c| !c.code.starts_with("xn--")).count() >= 240);
    }

    #[test]
    fn known_entries() {
        let cases = [
            ("tz", "Tanzania", "Tanzanie", Region::Africa, "Africa/Dar_es_Salaam"),
            ("xn--p1ai", "Russia", "Russie", Region::Europe, "Europe/Moscow"),
            ("uk", "United Kingdom", "Royaume-Uni", Region::Europe, "Europe/London"),
            ("br", "Brazil", "Brésil", Region::LatinAmerica, "America/Sao_Paulo"),
            ("ca", "Canada", "Canada", Region::NorthAmerica, "America/Toronto"),
            ("jp", "Japan", "Japon", Region::AsiaPacific, "Asia/Tokyo"),
        ];
        for (code, en, fr, region, tz) in cases {
            let c = lookup(code).unwrap_or_else(|| panic!("{code} missing"));
            assert_eq!(
                (c.names[0], c.names[1], c.region, c.time_zone),
                (en, fr, region, tz),
                "{code}"
            );
        }
        assert_eq!(lookup("xn--p1ai").map(|c| c.label), Some("рф"));
        assert!(lookup("zz").is_none());
    }

    #[test]
    fn names_in_official_languages() {
        let cases = [
            ("german", "de", "Deutschland"),
            ("spanish", "es", "España"),
            ("finnish", "fi", "Suomi"),
            ("dutch in belgium", "be", "België"),
            ("greek", "gr", "Ελλάδα"),
            ("japanese", "jp", "日本"),
            ("russian", "ru", "Россия"),
            ("italian in switzerland", "ch", "Svizzera"),
            ("serbian, latin", "rs", "Srbija"),
            ("serbian, cyrillic", "rs", "Србија"),
            ("hindi", "in", "भारत"),
            ("traditional chinese", "tw", "台灣"),
        ];
        for (name, code, want) in cases {
            let c = lookup(code).unwrap_or_else(|| panic!("{name}: {code} missing"));
            assert!(
                c.all_names().any(|n| n == want),
                "{name}: {want} not among {:?}",
                c.all_names().collect::<Vec<_>>()
            );
        }
        // The six languages are not repeated among the local names.
        assert!(all().iter().all(|c| c.local_names.iter().all(|n| !c.names.contains(n))));
    }

    #[test]
    fn every_time_zone_is_in_the_embedded_database() {
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap();
        let missing: Vec<&str> = all()
            .iter()
            .filter(|c| local_time(c.code, now).is_none() || utc_offsets(c.code, now).is_none())
            .map(|c| c.time_zone)
            .collect();
        assert!(
            missing.is_empty(),
            "not in the embedded time zone database: {missing:?}"
        );
    }

    #[test]
    fn local_times_and_offsets() {
        let winter = Utc.with_ymd_and_hms(2026, 1, 15, 12, 0, 0).unwrap();
        let summer = Utc.with_ymd_and_hms(2026, 7, 15, 12, 0, 0).unwrap();
        let cases = [
            ("no daylight saving", "tz", winter, "15:00", "+03:00", "UTC+3"),
            (
                "winter in London",
                "uk",
                winter,
                "12:00",
                "+00:00",
                "UTC+0, +1 in summer",
            ),
            (
                "summer in London",
                "uk",
                summer,
                "13:00",
                "+01:00",
                "UTC+0, +1 in summer",
            ),
            ("half an hour", "in", winter, "17:30", "+05:30", "UTC+5:30"),
            ("three quarters", "np", winter, "17:45", "+05:45", "UTC+5:45"),
            ("west of UTC", "br", winter, "09:00", "-03:00", "UTC-3"),
        ];
        for (name, code, now, time, offset, offsets) in cases {
            let t = local_time(code, now).unwrap_or_else(|| panic!("{name}: no local time"));
            assert_eq!((t.time.as_str(), t.offset.as_str()), (time, offset), "{name}");
            assert_eq!(utc_offsets(code, now).as_deref(), Some(offsets), "{name}");
        }
        let t = local_time("tz", winter).unwrap();
        assert_eq!(
            (t.city.as_str(), t.iso.as_str()),
            ("Dar es Salaam", "2026-01-15T15:00:00+03:00")
        );
    }

    #[test]
    fn every_tld_has_a_kind() {
        let cases = [
            ("country code", "tz", "country"),
            ("idn country code", "xn--p1ai", "country"),
            ("generic", "com", "generic"),
            ("brand", "google", "generic"),
            ("idn generic", "xn--11b4c3d", "generic"),
            ("infrastructure", "arpa", "infrastructure"),
            ("reserved for examples", "example", "none"),
            ("multicast dns", "local", "none"),
            ("typo", "cmo", "none"),
        ];
        for (name, code, want) in cases {
            let got = match tld_kind(code) {
                TldKind::Country(_) => "country",
                TldKind::Generic(_) => "generic",
                TldKind::Infrastructure => "infrastructure",
                TldKind::NotInRootZone => "none",
            };
            assert_eq!(got, want, "{name}");
        }
        assert_eq!(tld_kind("xn--11b4c3d"), TldKind::Generic("कॉम"));
        let generic = OTHER_TLDS.lines().filter(|l| !l.starts_with('#')).count();
        assert!(generic > 1000, "{generic}");
        assert!(OTHER_TLDS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .all(|l| lookup(l.split('\t').next().unwrap()).is_none()));
    }

    #[test]
    fn offsets_name_summer_time_where_clocks_change() {
        let now = Utc.with_ymd_and_hms(2026, 11, 2, 0, 0, 0).unwrap();
        let cases = [
            ("no daylight saving", "tz", "UTC+3"),
            ("central europe", "de", "UTC+1, +2 in summer"),
            ("uk from zero", "uk", "UTC+0, +1 in summer"),
            ("southern summer", "br", "UTC-3"),
            ("southern daylight saving", "nz", "UTC+12, +13 in summer"),
            ("half hour", "in", "UTC+5:30"),
            ("three quarters", "np", "UTC+5:45"),
            ("west of utc with dst", "ca", "UTC-5, -4 in summer"),
        ];
        for (name, code, want) in cases {
            assert_eq!(utc_offsets(code, now).as_deref(), Some(want), "{name}");
        }
        assert_eq!(utc_offsets("zz", now), None);
    }
}
