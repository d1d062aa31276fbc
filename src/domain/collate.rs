//! Alphabetical order as Kazakh, Kyrgyz and Russian readers expect it.
//!
//! Code points put «Ә», «Қ», «Ң», «Ө», «Ұ», «Ү», «І» after «Я»; a sign-in
//! sheet sorted that way lists Әбдірахманова after Янова. The Kazakh
//! alphabet holds the Kyrgyz and Russian letters in their own order, so one
//! order serves all three languages.

use std::cmp::Ordering;

const ALPHABET: [char; 42] = [
    'а', 'ә', 'б', 'в', 'г', 'ғ', 'д', 'е', 'ё', 'ж', 'з', 'и', 'й', 'к', 'қ', 'л', 'м', 'н', 'ң', 'о', 'ө',
    'п', 'р', 'с', 'т', 'у', 'ұ', 'ү', 'ф', 'х', 'һ', 'ц', 'ч', 'ш', 'щ', 'ъ', 'ы', 'і', 'ь', 'э', 'ю', 'я',
];

/// Digits, spaces and Latin letters keep their places before Cyrillic,
/// and letters of other scripts come after it.
const CYRILLIC: u32 = 0x1_0000;
const OTHER: u32 = 0x2_0000;

/// Ranks of the characters below U+0500, worked out once: names are sorted
/// while the user types.
static RANKS: [u32; 0x500] = {
    let mut table = [0; 0x500];
    let mut code = 0;
    while code < table.len() {
        table[code] = rank_of(code as u32);
        code += 1;
    }
    table
};

const fn lowercase(code: u32) -> u32 {
    match code {
        0x41..=0x5A | 0x410..=0x42F => code + 0x20,
        0x400..=0x40F => code + 0x50,
        // Kazakh and Kyrgyz capitals sit just before their small letters.
        0x492 | 0x49A | 0x4A2 | 0x4AE | 0x4B0 | 0x4BA | 0x4D8 | 0x4E8 => code + 1,
        _ => code,
    }
}

const fn rank_of(code: u32) -> u32 {
    let lower = lowercase(code);
    let mut i = 0;
    while i < ALPHABET.len() {
        if ALPHABET[i] as u32 == lower {
            return CYRILLIC + i as u32;
        }
        i += 1;
    }
    if lower < 0x80 { lower } else { OTHER + lower }
}

fn rank(c: char) -> u32 {
    match RANKS.get(c as usize) {
        Some(&rank) => rank,
        None => OTHER + c.to_lowercase().next().map_or(c as u32, |l| l as u32),
    }
}

/// Marks a run of digits in a key; it is followed by the run's length, so
/// that school №12 comes before school №105.
const NUMBER: u32 = '0' as u32;

/// The sort key of `text`: a rank for each character, and a number's
/// length before its digits.
pub fn alphabetical_key(text: &str) -> impl Iterator<Item = u32> + '_ {
    Key { chars: text.chars(), queue: [0; 2], queued: 0, in_number: false }
}

struct Key<'a> {
    chars: std::str::Chars<'a>,
    /// Still to give, last first.
    queue: [u32; 2],
    queued: usize,
    in_number: bool,
}

impl Iterator for Key<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.queued > 0 {
            self.queued -= 1;
            return Some(self.queue[self.queued]);
        }
        let c = self.chars.next()?;
        if !c.is_ascii_digit() {
            self.in_number = false;
            return Some(if c == '№' { '#' as u32 } else { rank(c) });
        }
        if self.in_number {
            return Some(c as u32);
        }
        self.in_number = true;
        let length = 1 + self.chars.clone().take_while(char::is_ascii_digit).count() as u32;
        self.queue = [c as u32, length];
        self.queued = 2;
        Some(NUMBER)
    }
}

/// Compares two names alphabetically; names the same but for case are
/// told apart by their code points, so a sort is stable across runs.
pub fn alphabetical(a: &str, b: &str) -> Ordering {
    alphabetical_key(a).cmp(alphabetical_key(b)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        names.sort_by(|a, b| alphabetical(a, b));
        names
    }

    #[test]
    fn kazakh_letters_follow_their_neighbours_not_the_end_of_the_alphabet() {
        assert_eq!(
            sorted(&[
                "Янова",
                "Әбдірахманова",
                "Ахметова",
                "Қасымова",
                "Кузнецова",
                "Лебедева",
                "Ысқақова",
                "Іскакова"
            ]),
            [
                "Ахметова",
                "Әбдірахманова",
                "Кузнецова",
                "Қасымова",
                "Лебедева",
                "Ысқақова",
                "Іскакова",
                "Янова"
            ]
        );
    }

    #[test]
    fn case_does_not_change_the_order_and_a_shorter_name_comes_first() {
        assert_eq!(sorted(&["ақжол", "Ақ жол", "АҚЖОЛ", "Ақ"]), ["Ақ", "Ақ жол", "АҚЖОЛ", "ақжол"]);
        assert_eq!(sorted(&["Өмір", "оқу", "Ұлан", "үміт", "Уәли"]), ["оқу", "Өмір", "Уәли", "Ұлан", "үміт"]);
    }

    #[test]
    fn numbers_latin_cyrillic_then_other_scripts() {
        assert_eq!(sorted(&["Ғалым", "№12 мектеп", "Zhanar", "漢"]), ["№12 мектеп", "Zhanar", "Ғалым", "漢"]);
    }

    #[test]
    fn schools_are_in_the_order_of_their_numbers() {
        assert_eq!(
            sorted(&["№105 мектеп", "№12 мектеп", "№12 лицей", "№9 гимназия", "Гимназия №2", "Гимназия №10"]),
            ["№9 гимназия", "№12 лицей", "№12 мектеп", "№105 мектеп", "Гимназия №2", "Гимназия №10"]
        );
    }
}
