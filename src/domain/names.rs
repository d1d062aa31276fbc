//! Finding people by what was typed: a name search that forgives the
//! keyboard (Kazakh and Kyrgyz letters typed as their Russian look-alikes),
//! shared by the check-in desk, the lists and every picker of people.

use super::model::*;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

/// The form in which a character is compared, or `None` for one that only
/// separates words («-», «.», «№», spaces): lower case, «ё» as «е», and each
/// letter Kazakh and Kyrgyz add to Cyrillic as the Russian letter it looks
/// like.
///
/// Many school computers have only a Russian keyboard layout, so at the desk
/// «Қожабекова» is typed «кожабекова»; and names that came in from older
/// lists were often typed the same way. Folding both the query and the names
/// lets either spelling find the other.
#[inline]
pub(crate) fn fold(c: char) -> Option<char> {
    // Names are folded through a table: a chain of comparisons for each
    // character mispredicted so often that it was most of a search.
    if let Some(&folded) = FOLDED.get(c as usize) {
        match folded {
            SEPARATOR => return None,
            RARE => {}
            folded => return char::from_u32(u32::from(folded)),
        }
    }
    // The general rules look every character up in larger tables; only
    // letters of other alphabets come this way. The mark of a letter written
    // as a base and a mark stays in its word.
    (c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c))
        .then(|| c.to_lowercase().next().unwrap_or(c))
}

const SEPARATOR: u16 = 0;
const RARE: u16 = u16::MAX;

/// [`fold`] of Latin and Cyrillic characters: the folded character, or
/// `SEPARATOR`, or `RARE` for those left to the general rules.
static FOLDED: [u16; 0x500] = {
    let mut table = [RARE; 0x500];
    let mut code = 0;
    while code < table.len() {
        if let Some(c) = char::from_u32(code as u32) {
            table[code] = fold_common(c);
        }
        code += 1;
    }
    table
};

const fn fold_common(c: char) -> u16 {
    let folded = match c {
        'a'..='z' | '0'..='9' | 'а'..='я' => c,
        'A'..='Z' => c.to_ascii_lowercase(),
        'А'..='Я' => match char::from_u32(c as u32 + 0x20) {
            Some(lower) => lower,
            None => c,
        },
        'Ә' | 'ә' => 'а',
        'Ғ' | 'ғ' => 'г',
        'Қ' | 'қ' => 'к',
        'Ң' | 'ң' => 'н',
        'Ө' | 'ө' => 'о',
        'Ұ' | 'ұ' | 'Ү' | 'ү' => 'у',
        'Һ' | 'һ' => 'х',
        'І' | 'і' => 'и',
        'Ё' | 'ё' => 'е',
        _ if c.is_ascii() => return SEPARATOR,
        _ => return RARE,
    };
    folded as u16
}

/// Nobody types more words than this into a search field, and a set of
/// query words fits one integer.
const MAX_WORDS: usize = u64::BITS as usize;

/// What was typed, folded: the characters of its words one after another.
pub(crate) struct Query {
    chars: Vec<char>,
    pub(crate) words: Vec<Range<usize>>,
}

impl Query {
    pub(crate) fn new(typed: &str) -> Query {
        let mut chars = Vec::with_capacity(typed.len());
        let mut words = Vec::new();
        let mut start = 0;
        for c in typed.chars().map(fold).chain([None]) {
            match c {
                Some(c) => chars.push(c),
                None => {
                    if chars.len() > start {
                        words.push(start..chars.len());
                    }
                    start = chars.len();
                }
            }
        }
        words.truncate(MAX_WORDS);
        Query { chars, words }
    }

    /// The set of all the query's words.
    pub(crate) fn all(&self) -> u64 {
        u64::MAX.checked_shr((MAX_WORDS - self.words.len()) as u32).unwrap_or(0)
    }

    /// Reads `text` once, folding as it goes, so that nothing is allocated
    /// for the many names that do not match. Returns the set of query words
    /// that start some word of the text, and whether they start its first
    /// words in order («қож гүл» for «Қожабекова Гүлнар»: what a registrar
    /// types reading a name off a list). `progress` is scratch space.
    pub(crate) fn scan(
        &self,
        text: impl IntoIterator<Item = char>,
        progress: &mut Vec<usize>,
    ) -> (u64, bool) {
        const MISSED: usize = usize::MAX;
        progress.clear();
        progress.resize(self.words.len(), MISSED);
        let mut found = 0u64;
        // How many of the first words of the text the query's first words
        // start, in order.
        let mut ordered = 0;
        let mut word = 0;
        let mut inside = false;
        // Query words still being compared in this word: none, mostly, after
        // its first letter, and then the rest of the word is only skipped.
        let mut alive = 0;
        for c in text {
            let Some(c) = fold(c) else {
                word += usize::from(inside);
                inside = false;
                continue;
            };
            if !inside {
                inside = true;
                alive = 0;
                for (i, p) in progress.iter_mut().enumerate() {
                    // A query word found already is looked for again only
                    // where it decides the order.
                    *p = if found & (1 << i) == 0 || i == word { 0 } else { MISSED };
                    alive += usize::from(*p == 0);
                }
            }
            if alive == 0 {
                continue;
            }
            for (i, p) in progress.iter_mut().enumerate() {
                if *p == MISSED {
                    continue;
                }
                let range = &self.words[i];
                if self.chars[range.start + *p] == c {
                    *p += 1;
                    if *p < range.len() {
                        continue;
                    }
                    found |= 1 << i;
                    if i == word && word == ordered {
                        ordered += 1;
                    }
                }
                *p = MISSED;
                alive -= 1;
            }
        }
        (found, ordered == self.words.len())
    }
}

/// A name as it sorts in the results: «Қ» after «К», as in the alphabet.
pub(crate) fn sort_key(name: &str) -> impl Iterator<Item = u32> + '_ {
    super::collate::alphabetical_key(name)
}

/// The default hasher resists keys chosen to collide, which ids in a
/// project file have no reason to be, and hashing with it was a sixth of a
/// search. This mixes the id's bytes as FxHash does.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
}

/// A name as two lists compare it: «Қожабекова  Г.» from one file and
/// «кожабекова г» from another are the same key. Words are folded as
/// [`fold`] does and joined by single spaces.
pub fn match_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        match fold(c) {
            Some(folded) => {
                if gap && !key.is_empty() {
                    key.push(' ');
                }
                gap = false;
                key.push(folded);
            }
            None => gap = true,
        }
    }
    key
}

/// Does every typed word start some word of `text`, Kazakh and Kyrgyz
/// letters read as their Russian look-alikes? Blank input matches all: a
/// search box not typed in hides nothing.
pub fn mentions(typed: &str, text: &str) -> bool {
    let query = Query::new(typed);
    if query.words.is_empty() {
        return true;
    }
    let mut progress = Vec::with_capacity(query.words.len());
    query.scan(text.chars(), &mut progress).0 == query.all()
}

pub(crate) type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;

/// People whose name has every typed word at the start of one of its words
/// (Kazakh letters folded), among those `keep` accepts: those whose name
/// starts with what was typed first, then the others, each in the order of
/// the alphabet. At most `limit`; blank input finds nobody.
pub fn find_people<'a>(
    project: &'a Project,
    typed: &str,
    limit: usize,
    keep: impl Fn(&Person) -> bool,
) -> Vec<&'a Person> {
    let query = Query::new(typed);
    if query.words.is_empty() || limit == 0 {
        return Vec::new();
    }
    let all = query.all();
    let mut progress = Vec::with_capacity(query.words.len());
    let mut hits: Vec<(bool, Vec<u32>, &Person)> = project
        .people
        .iter()
        .filter(|p| keep(p))
        .filter_map(|p| {
            let (found, in_order) = query.scan(p.full_name.chars(), &mut progress);
            (found == all).then(|| (!in_order, sort_key(&p.full_name).collect(), p))
        })
        .collect();
    let order = |a: &(bool, Vec<u32>, &Person), b: &(bool, Vec<u32>, &Person)| {
        (a.0, &a.1, &a.2.full_name, a.2.id).cmp(&(b.0, &b.1, &b.2.full_name, b.2.id))
    };
    if hits.len() > limit {
        hits.select_nth_unstable_by(limit - 1, order);
        hits.truncate(limit);
    }
    hits.sort_unstable_by(order);
    hits.into_iter().map(|(_, _, p)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(names: &[&str]) -> Project {
        let mut project = Project::new("Жоба", "", chrono::Utc::now());
        project.people =
            names.iter().map(|n| Person { full_name: (*n).into(), ..Person::default() }).collect();
        project
    }

    fn words(typed: &str) -> Vec<String> {
        let query = Query::new(typed);
        query.words.iter().map(|w| query.chars[w.clone()].iter().collect()).collect()
    }

    #[test]
    fn a_comment_is_found_by_the_starts_of_its_words_typed_on_any_layout() {
        let comment = "Сабақ қызықты өтті, әдістер ұнады";
        assert!(mentions("", comment));
        assert!(mentions("кызык", comment), "қ and ы typed as к and ы");
        assert!(mentions("адис саб", comment), "words in any order");
        assert!(!mentions("ызық", comment), "the middle of a word is not its start");
        assert!(!mentions("сабақ жаман", comment), "every typed word is needed");
    }

    #[test]
    fn folding_reads_kazakh_and_kyrgyz_letters_as_russian_ones() {
        assert_eq!(words("ӘҒҚҢӨҰҮҺІЁ әғқңөұүһіё Abc"), ["агкноуухие", "агкноуухие", "abc"]);
        assert_eq!(words(" Сейітова-Қожа,  №57 Ђорђе "), ["сейитова", "кожа", "57", "ђорђе"]);
        assert!(words(" -№ ").is_empty());
    }

    #[test]
    fn the_table_folds_as_the_general_rules_would() {
        let general = |c: char| {
            (c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)).then(|| {
                match c.to_lowercase().next().unwrap() {
                    'ә' => 'а',
                    'ғ' => 'г',
                    'қ' => 'к',
                    'ң' => 'н',
                    'ө' => 'о',
                    'ұ' | 'ү' => 'у',
                    'һ' => 'х',
                    'і' => 'и',
                    'ё' => 'е',
                    lower => lower,
                }
            })
        };
        for c in ('\0'..='\u{5ff}').chain(['ﬁ', 'İ', '中', '٣', '😀']) {
            assert_eq!(fold(c), general(c), "{c:?}");
        }
    }

    #[test]
    fn the_order_of_words_is_checked_word_by_word() {
        let mut progress = Vec::new();
        let scan = |typed: &str, text: &str, progress: &mut Vec<usize>| {
            Query::new(typed).scan(text.chars(), progress)
        };
        assert_eq!(scan("аб а", "аб ав", &mut progress), (0b11, true));
        assert_eq!(scan("а аб", "аб а", &mut progress), (0b11, false));
        assert_eq!(scan("ер кож", "Қожа Ерлан", &mut progress), (0b11, false));
        assert_eq!(scan("ер х", "Қожа Ерлан", &mut progress), (0b01, false));
        assert_eq!(scan("қожа", "Қож", &mut progress), (0, false));
    }

    fn names(found: Vec<&Person>) -> Vec<&str> {
        found.into_iter().map(|p| p.full_name.as_str()).collect()
    }

    #[test]
    fn kazakh_letters_filter_as_typed_and_sort_in_the_alphabet() {
        let p =
            project(&["Ахметов Ерлан", "Ғабдуллина Айгүл", "Смағұлова Әсел", "Жанатова Әсел", "Әлиев Ерлан"]);
        assert_eq!(names(find_people(&p, "Ғабдул", 10, |_| true)), ["Ғабдуллина Айгүл"]);
        assert_eq!(names(find_people(&p, "Смағ", 10, |_| true)), ["Смағұлова Әсел"]);
        // Typed on a Russian layout.
        assert_eq!(names(find_people(&p, "габдул", 10, |_| true)), ["Ғабдуллина Айгүл"]);
        // A name that starts so comes first, then the others, by alphabet:
        // «Ә» after «А», not after «Ж».
        assert_eq!(names(find_people(&p, "Ерлан", 10, |_| true)), ["Ахметов Ерлан", "Әлиев Ерлан"]);
        assert_eq!(names(find_people(&p, "Әсел", 10, |_| true)), ["Жанатова Әсел", "Смағұлова Әсел"]);
        assert!(find_people(&p, "  ", 10, |_| true).is_empty());
        assert_eq!(find_people(&p, "е", 1, |_| true).len(), 1);
        assert!(find_people(&p, "Ерлан", 10, |person| !person.full_name.starts_with('А')).len() == 1);
    }
}
