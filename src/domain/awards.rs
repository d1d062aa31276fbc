//! Awards handed out at an event, and the numbering series they are issued
//! in. A number, once recorded, is never given to anyone else: certificates
//! are checked against the department's register by their numbers.

use super::edit::EditError;
use super::ids::*;
use super::model::*;
use chrono::NaiveDate;
use std::collections::HashSet;

/// A numbering series such as `57-2019/001`: a fixed prefix and a
/// zero-padded counter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub prefix: String,
    pub width: usize,
    pub first: u32,
}

impl Series {
    /// Reads a series from what the organiser typed: `57-2019/001` starts
    /// at 1 with three digits, `57-2019/` also does, `К-15` starts at 15.
    pub fn parse(text: &str) -> Series {
        let text = text.trim();
        let digits = text.chars().rev().take_while(char::is_ascii_digit).count();
        let (prefix, counter) = text.split_at(text.len() - digits);
        match counter.parse::<u32>() {
            // A counter too long for u32 is part of the prefix, not a number.
            Ok(first) if digits <= 9 => {
                Series { prefix: prefix.to_owned(), width: digits, first: first.max(1) }
            }
            _ => Series { prefix: text.to_owned(), width: 3, first: 1 },
        }
    }

    pub fn number(&self, counter: u32) -> String {
        format!("{}{:0width$}", self.prefix, counter, width = self.width)
    }

    /// The next `count` numbers of the series that no award of `project`
    /// holds yet, in order.
    pub fn next_free(&self, project: &Project, count: usize) -> Vec<String> {
        let taken: HashSet<&str> = project.awards.iter().map(|a| a.number.as_str()).collect();
        (self.first..)
            .map(|counter| self.number(counter))
            .filter(|number| !taken.contains(number.as_str()))
            .take(count)
            .collect()
    }
}

/// The order a register lists numbers in: «57-2019/9» before
/// «57-2019/10», as the counter goes, whatever its padding.
pub fn number_order(a: &str, b: &str) -> std::cmp::Ordering {
    fn chunks(text: &str) -> Vec<(bool, &str)> {
        let mut chunks = Vec::new();
        let mut start = 0;
        let mut digits = None;
        for (i, c) in text.char_indices() {
            let is_digit = c.is_ascii_digit();
            if digits.is_some_and(|d| d != is_digit) {
                chunks.push((digits.unwrap_or(false), &text[start..i]));
                start = i;
            }
            digits = Some(is_digit);
        }
        if start < text.len() {
            chunks.push((digits.unwrap_or(false), &text[start..]));
        }
        chunks
    }
    let (a, b) = (chunks(a), chunks(b));
    for ((a_digits, a), (b_digits, b)) in a.iter().zip(&b) {
        let order = if *a_digits && *b_digits {
            let (a_trim, b_trim) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
            a_trim.len().cmp(&b_trim.len()).then_with(|| a_trim.cmp(b_trim))
        } else {
            a.cmp(b)
        };
        if order != std::cmp::Ordering::Equal {
            return order;
        }
    }
    a.len().cmp(&b.len())
}

impl Award {
    /// What the award was for, as the register and its spreadsheet state
    /// it: a nomination's name in quotes, the jury's reason after it.
    pub fn what_for(&self) -> String {
        let title = self.title.trim();
        let named =
            if self.kind == AwardKind::Nomination { format!("«{title}»") } else { title.to_owned() };
        match self.reason.trim() {
            "" => named,
            reason if named.ends_with(['.', '!', '?', '…']) => format!("{named} {reason}"),
            reason => format!("{named}. {reason}"),
        }
    }
}

/// The event's awards as its register lists them: in the order of their
/// numbers, the cancelled ones among them.
pub fn register(project: &Project, event: EventId) -> Vec<&Award> {
    let mut awards: Vec<&Award> = project.awards.iter().filter(|a| a.event == Some(event)).collect();
    awards.sort_by(|a, b| number_order(&a.number, &b.number));
    awards
}

/// The award of this kind a person already holds for the event; printing
/// the same certificate again shows the number it was issued with.
pub fn existing_award(
    project: &Project,
    person: PersonId,
    kind: AwardKind,
    event: EventId,
) -> Option<&Award> {
    // A cancelled number is no longer hers: a reprint gets a new one.
    project.awards.iter().find(|a| {
        a.person == person && a.kind == kind && a.event == Some(event) && a.status == AwardStatus::Issued
    })
}

/// For each person, the award to print: the one already issued, or a new
/// one numbered in `series`. Returns the awards in the people's order and
/// the new ones, which the caller records with [`AwardsEdit::Issue`].
pub fn awards_for(
    project: &Project,
    people: &[PersonId],
    kind: AwardKind,
    event: EventId,
    title: &str,
    series: &Series,
    issued_on: NaiveDate,
) -> (Vec<Award>, Vec<Award>) {
    issue_once(
        project,
        people,
        series,
        |award| award.kind == kind && award.event == Some(event),
        |person, number| Award { event: Some(event), ..Award::new(person, kind, title, number, issued_on) },
    )
}

/// The awards of `people` that `held` recognises, and a new one made by
/// `make` with the next free number for everyone who has none: the same
/// person printed twice keeps her number, and no number is given twice.
pub fn issue_once(
    project: &Project,
    people: &[PersonId],
    series: &Series,
    held: impl Fn(&Award) -> bool,
    make: impl Fn(PersonId, String) -> Award,
) -> (Vec<Award>, Vec<Award>) {
    // A cancelled number is no longer hers: a reprint gets a new one.
    let existing = |person: PersonId| {
        project.awards.iter().find(|a| a.person == person && a.status == AwardStatus::Issued && held(a))
    };
    let missing = people.iter().filter(|p| existing(**p).is_none()).count();
    let mut numbers = series.next_free(project, missing).into_iter();
    let mut all = Vec::with_capacity(people.len());
    let mut new = Vec::with_capacity(missing);
    for &person in people {
        match existing(person) {
            Some(award) => all.push(award.clone()),
            None => {
                let award = make(person, numbers.next().unwrap_or_default());
                new.push(award.clone());
                all.push(award);
            }
        }
    }
    (all, new)
}

impl Award {
    pub fn new(
        person: PersonId,
        kind: AwardKind,
        title: &str,
        number: String,
        issued_on: NaiveDate,
    ) -> Award {
        Award {
            id: AwardId::new(),
            person,
            kind,
            title: title.to_owned(),
            event: None,
            number,
            issued_on,
            status: AwardStatus::Issued,
            reason: String::new(),
            course: None,
            programme: None,
            extra: Extra::new(),
        }
    }
}

/// A change to the project's awards, undone exactly.
#[derive(Debug, Clone, PartialEq)]
pub enum AwardsEdit {
    /// Record new awards; refused when a number is already held.
    Issue(Vec<Award>),
    Withdraw(Vec<AwardId>),
    /// Put withdrawn awards back where they were.
    Restore(Vec<(usize, Award)>),
    /// Replace the award with the same id: a number cancelled or brought
    /// back, a nomination's wording corrected. Its number may change only
    /// to one nobody holds.
    Put(Award),
}

impl Project {
    pub(crate) fn apply_awards(&mut self, change: AwardsEdit) -> Result<AwardsEdit, EditError> {
        match change {
            AwardsEdit::Issue(awards) => {
                let mut taken: HashSet<&str> = self.awards.iter().map(|a| a.number.as_str()).collect();
                for award in &awards {
                    if !taken.insert(award.number.as_str()) {
                        return Err(EditError::NumberTaken { number: award.number.clone() });
                    }
                }
                let ids = awards.iter().map(|a| a.id).collect();
                self.awards.extend(awards);
                Ok(AwardsEdit::Withdraw(ids))
            }
            AwardsEdit::Withdraw(ids) => {
                if ids.iter().any(|id| !self.awards.iter().any(|a| a.id == *id)) {
                    return Err(EditError::NotFound);
                }
                let mut removed = Vec::with_capacity(ids.len());
                let mut kept = Vec::with_capacity(self.awards.len());
                for (index, award) in std::mem::take(&mut self.awards).into_iter().enumerate() {
                    if ids.contains(&award.id) {
                        removed.push((index, award));
                    } else {
                        kept.push(award);
                    }
                }
                self.awards = kept;
                Ok(AwardsEdit::Restore(removed))
            }
            AwardsEdit::Put(award) => {
                let index = self.awards.iter().position(|a| a.id == award.id).ok_or(EditError::NotFound)?;
                if self.awards.iter().any(|a| a.id != award.id && a.number == award.number) {
                    return Err(EditError::NumberTaken { number: award.number });
                }
                Ok(AwardsEdit::Put(std::mem::replace(&mut self.awards[index], award)))
            }
            AwardsEdit::Restore(awards) => {
                let ids = awards.iter().map(|(_, a)| a.id).collect();
                // Ascending positions: each lands where it was once the ones
                // before it are back.
                for (index, award) in awards {
                    let at = index.min(self.awards.len());
                    self.awards.insert(at, award);
                }
                Ok(AwardsEdit::Withdraw(ids))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Edit, History};
    use chrono::Utc;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2019, 2, 1).unwrap()
    }

    #[test]
    fn what_an_award_was_for_names_a_nomination_in_quotes_and_its_reason_after() {
        let award = |kind, title: &str, reason: &str| Award {
            id: AwardId::new(),
            person: PersonId::new(),
            kind,
            title: title.to_owned(),
            event: None,
            number: "57-2019/9".to_owned(),
            issued_on: day(),
            status: AwardStatus::Issued,
            reason: reason.to_owned(),
            course: None,
            programme: None,
            extra: Extra::new(),
        };
        let nomination = award(AwardKind::Nomination, " Ең үздік шебер сынып ", "");
        assert_eq!(nomination.what_for(), "«Ең үздік шебер сынып»");
        let with_reason = award(AwardKind::Nomination, "Ең үздік дауыс", " «Туған жер» әні үшін ");
        assert_eq!(with_reason.what_for(), "«Ең үздік дауыс». «Туған жер» әні үшін");
        let certificate = award(AwardKind::Certificate, "Семинарға қатысқаны үшін беріледі.", "Жюри шешімі");
        assert_eq!(certificate.what_for(), "Семинарға қатысқаны үшін беріледі. Жюри шешімі");
        assert_eq!(award(AwardKind::LetterOfThanks, "Алғыс", "").what_for(), "Алғыс");
    }

    fn project_with(numbers: &[&str]) -> (Project, Vec<PersonId>, EventId) {
        let mut project = Project::new("Шамшырақ", "Жетісу аудандық білім бөлімі", Utc::now());
        let people: Vec<PersonId> = (0..5)
            .map(|i| {
                let person = Person { full_name: format!("Мұғалім {i}"), ..Person::default() };
                let id = person.id;
                project.people.push(person);
                id
            })
            .collect();
        let event = EventId::new();
        for (i, number) in numbers.iter().enumerate() {
            project.awards.push(Award {
                id: AwardId::new(),
                person: people[i],
                kind: AwardKind::LetterOfThanks,
                title: String::new(),
                event: Some(event),
                number: (*number).to_owned(),
                issued_on: day(),
                status: AwardStatus::Issued,
                reason: String::new(),
                course: None,
                programme: None,
                extra: Extra::new(),
            });
        }
        (project, people, event)
    }

    #[test]
    fn a_series_is_read_from_its_first_number_or_its_prefix() {
        assert_eq!(Series::parse("57-2019/001"), Series { prefix: "57-2019/".into(), width: 3, first: 1 });
        assert_eq!(Series::parse(" 57-2019/ "), Series { prefix: "57-2019/".into(), width: 3, first: 1 });
        assert_eq!(Series::parse("К-15").number(15), "К-15");
        assert_eq!(Series::parse("К-15").number(100), "К-100");
        assert_eq!(Series::parse("12345678901234").prefix, "12345678901234");
    }

    #[test]
    fn numbers_are_ordered_as_their_counters_go() {
        let mut numbers = vec!["57-2019/10", "57-2019/9", "57-2019/010", "К-2", "57-2018/99", ""];
        numbers.sort_by(|a, b| number_order(a, b));
        assert_eq!(numbers, ["", "57-2018/99", "57-2019/9", "57-2019/10", "57-2019/010", "К-2"]);
    }

    proptest::proptest! {
        #[test]
        fn any_two_numbers_are_ordered_without_panic(a in ".*", b in ".*") {
            let _ = number_order(&a, &b);
        }
    }

    #[test]
    fn numbers_already_held_are_skipped() {
        let (project, _, _) = project_with(&["57-2019/001", "57-2019/003"]);
        let free = Series::parse("57-2019/001").next_free(&project, 3);
        assert_eq!(free, ["57-2019/002", "57-2019/004", "57-2019/005"]);
    }

    #[test]
    fn a_person_who_holds_an_award_keeps_its_number() {
        let (project, people, event) = project_with(&["57-2019/001"]);
        let series = Series::parse("57-2019/001");
        let (all, new) =
            awards_for(&project, &people[..3], AwardKind::LetterOfThanks, event, "", &series, day());
        let numbers: Vec<&str> = all.iter().map(|a| a.number.as_str()).collect();
        assert_eq!(numbers, ["57-2019/001", "57-2019/002", "57-2019/003"]);
        assert_eq!(new.len(), 2);
        // A certificate is another kind: its own number.
        let (_, certificates) =
            awards_for(&project, &people[..1], AwardKind::Certificate, event, "", &series, day());
        assert_eq!(certificates[0].number, "57-2019/002");
    }

    #[test]
    fn issuing_is_undone_and_redone_exactly_and_never_repeats_a_number() {
        let (mut project, people, event) = project_with(&["57-2019/001"]);
        let before = project.awards.clone();
        let series = Series::parse("57-2019/001");
        let (_, new) = awards_for(&project, &people, AwardKind::Certificate, event, "", &series, day());
        let mut history = History::default();
        let edit = Edit::Awards(Box::new(AwardsEdit::Issue(new.clone())));
        assert_eq!(history.apply(&mut project, edit.clone()), Ok(true));
        assert_eq!(project.awards.len(), 6);
        let numbers: HashSet<&str> = project.awards.iter().map(|a| a.number.as_str()).collect();
        assert_eq!(numbers.len(), 6);
        // The same awards again would repeat their numbers.
        assert!(matches!(project.apply(edit), Err(EditError::NumberTaken { .. })));
        assert!(history.undo(&mut project));
        assert_eq!(project.awards, before);
        assert!(history.redo(&mut project));
        assert_eq!(project.awards.len(), 6);
    }

    #[test]
    fn a_cancelled_number_is_never_given_again_and_its_holder_gets_a_new_one() {
        let (mut project, people, event) = project_with(&["57-2019/001", "57-2019/002"]);
        let mut cancelled = project.awards[0].clone();
        cancelled.status = AwardStatus::Cancelled;
        let inverse = project.apply_awards(AwardsEdit::Put(cancelled)).unwrap();
        let series = Series::parse("57-2019/001");
        let (all, new) =
            awards_for(&project, &people[..2], AwardKind::LetterOfThanks, event, "", &series, day());
        let numbers: Vec<&str> = all.iter().map(|a| a.number.as_str()).collect();
        assert_eq!(numbers, ["57-2019/003", "57-2019/002"]);
        assert_eq!(new.len(), 1);
        // Brought back, the number is hers again.
        project.apply_awards(inverse).unwrap();
        let (all, new) =
            awards_for(&project, &people[..1], AwardKind::LetterOfThanks, event, "", &series, day());
        assert_eq!(all[0].number, "57-2019/001");
        assert!(new.is_empty());
    }

    #[test]
    fn an_award_cannot_take_a_number_another_holds() {
        let (mut project, _, _) = project_with(&["1", "2"]);
        let mut changed = project.awards[0].clone();
        changed.number = "2".into();
        assert!(matches!(project.apply_awards(AwardsEdit::Put(changed)), Err(EditError::NumberTaken { .. })));
    }

    #[test]
    fn withdrawn_awards_come_back_where_they_were() {
        let (mut project, _, _) = project_with(&["1", "2", "3", "4"]);
        let before = project.awards.clone();
        let ids = vec![before[1].id, before[3].id];
        let inverse = project.apply_awards(AwardsEdit::Withdraw(ids)).unwrap();
        assert_eq!(project.awards.len(), 2);
        project.apply_awards(inverse).unwrap();
        assert_eq!(project.awards, before);
    }
}
