//! The programme of an event: editing its sessions, and laying out one day
//! of it as the grid the organiser plans on (time down, rooms across).

use super::edit::{EditError, ItemEdit, Keyed};
use super::ids::*;
use super::model::*;
use chrono::{Duration, NaiveDate, NaiveTime, Timelike};

impl Keyed for Session {
    type Key = SessionId;
    fn key(&self) -> SessionId {
        self.id
    }
}

/// The step of moving and resizing with the keyboard: school timetables are
/// written in five-minute steps.
pub const STEP_MINUTES: i64 = 5;

/// Applies a change to the sessions of `event` and returns its inverse.
/// On error the project is left as it was.
pub(super) fn apply(
    project: &mut Project,
    event: EventId,
    change: ItemEdit<Session>,
) -> Result<ItemEdit<Session>, EditError> {
    if let ItemEdit::Put(session) | ItemEdit::Insert(_, session) = &change {
        check_session(project, event, session)?;
    }
    let event = project.events.iter_mut().find(|e| e.id == event).ok_or(EditError::NotFound)?;
    super::edit::apply_item(&mut event.sessions, change)
}

/// What must hold for the file to load again: a session ends after it
/// starts, and names only rooms of its event and people of the project.
/// Everything else (clashes, full rooms) is a conflict to show, not a
/// reason to refuse the edit.
fn check_session(project: &Project, event: EventId, session: &Session) -> Result<(), EditError> {
    if session.end <= session.start {
        return Err(EditError::EndsBeforeStart);
    }
    let event = project.event(event).ok_or(EditError::NotFound)?;
    if let Some(room) = session.room
        && !event.rooms.iter().any(|r| r.id == room)
    {
        return Err(EditError::NotFound);
    }
    let teachers = session.lesson.iter().flat_map(|l| &l.teachers);
    let named =
        session.responsible.iter().chain(&session.observers).chain(&session.attendees).chain(teachers);
    for person in named {
        if project.person(*person).is_none() {
            return Err(EditError::NotFound);
        }
    }
    Ok(())
}

/// The session moved by `minutes` (negative: earlier), keeping its length;
/// `None` when that would leave the day.
pub fn moved(session: &Session, minutes: i64) -> Option<Session> {
    let start = add_minutes(session.start, minutes)?;
    let end = add_minutes(session.end, minutes)?;
    Some(Session { start, end, ..session.clone() })
}

/// The session with its end moved by `minutes`; `None` when it would end
/// before it starts or after midnight.
pub fn resized(session: &Session, minutes: i64) -> Option<Session> {
    let end = add_minutes(session.end, minutes)?;
    (end > session.start).then(|| Session { end, ..session.clone() })
}

/// A copy with a new id, placed right after the original in the same room
/// (or at the same time, when the day has no room left after it), ready to
/// be given its own topic and teacher.
pub fn duplicate(session: &Session) -> Session {
    let length = minutes_between(session.start, session.end);
    let mut copy = moved(session, length).unwrap_or_else(|| session.clone());
    copy.id = SessionId::new();
    // Observers and attendees are chosen for one lesson, not for its copy.
    copy.observers.clear();
    copy.attendees.clear();
    copy.pinned.clear();
    copy
}

/// A new session after `previous` (or at nine in the morning on `day`),
/// as long as a school lesson, in the same room.
pub fn new_after(previous: Option<&Session>, day: NaiveDate, title: String) -> Session {
    let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default();
    let last_minute = NaiveTime::from_hms_opt(23, 59, 0).unwrap_or_default();
    let (day, room, after) = match previous {
        Some(p) => (p.day, p.room, p.end),
        None => (day, None, nine),
    };
    // A session that would run past midnight stops at its last minute; one
    // with no minute left at all starts at nine instead.
    let end = add_minutes(after, 45).unwrap_or(last_minute);
    let (start, end) =
        if end > after { (after, end) } else { (nine, add_minutes(nine, 45).unwrap_or(last_minute)) };
    let mut session = Session::new(day, start, end, SessionKind::Other, title);
    session.room = room;
    session
}

fn add_minutes(time: NaiveTime, minutes: i64) -> Option<NaiveTime> {
    let (moved, wrapped) = time.overflowing_add_signed(Duration::minutes(minutes));
    (wrapped == 0).then_some(moved)
}

pub fn minutes_between(start: NaiveTime, end: NaiveTime) -> i64 {
    (end - start).num_minutes()
}

/// The days the grid offers: the event's days, and any day a session was
/// put on outside them (so that it can be found and moved back).
pub fn days(event: &Event) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> =
        event.starts_on.iter_days().take_while(|d| *d <= event.ends_on).take(62).collect();
    for session in &event.sessions {
        if !days.contains(&session.day) {
            days.push(session.day);
        }
    }
    days.sort();
    days
}

/// The sessions of one day in programme order.
pub fn sessions_of_day(event: &Event, day: NaiveDate) -> Vec<&Session> {
    let mut sessions: Vec<&Session> = event.sessions.iter().filter(|s| s.day == day).collect();
    sessions.sort_by_key(|s| (s.start, s.end, room_order(event, s.room)));
    sessions
}

/// The session beside `id` at the same time, `step` rooms to the right
/// (or, negative, to the left): the parallel open lessons of a slot.
pub fn parallel_neighbour(event: &Event, id: SessionId, step: i32) -> Option<SessionId> {
    let current = event.sessions.iter().find(|s| s.id == id)?;
    let mut parallel: Vec<&Session> = event
        .sessions
        .iter()
        .filter(|s| s.day == current.day && s.start < current.end && current.start < s.end)
        .collect();
    parallel.sort_by_key(|s| (room_order(event, s.room), s.start, s.id));
    let at = parallel.iter().position(|s| s.id == id)? as i32;
    let to = at + step;
    (0..parallel.len() as i32).contains(&to).then(|| parallel[to as usize].id)
}

fn room_order(event: &Event, room: Option<RoomId>) -> usize {
    room.and_then(|r| event.rooms.iter().position(|x| x.id == r)).map_or(0, |i| i + 1)
}

/// One day of the programme as the grid shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct DayLayout {
    /// The columns of the grid: `None` is the column of sessions held in no
    /// particular room, then the event's rooms in their order.
    pub columns: Vec<Option<RoomId>>,
    pub bands: Vec<Band>,
}

/// A stretch of the day in which sessions overlap one another, directly or
/// through a chain. Bands follow each other without overlapping, so the grid
/// can be drawn as a list of bands.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub content: BandContent,
}

#[derive(Debug, Clone, PartialEq)]
pub enum BandContent {
    /// One session alone at its time (the opening, a break, the closing)
    /// spans the whole width.
    Whole(SessionId),
    /// Parallel sessions, each under its column; `cells[i]` belongs to
    /// `columns[i]`.
    Columns(Vec<Vec<Placed>>),
}

/// A session in its column, measured from the start of its band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub session: SessionId,
    pub offset_minutes: u32,
    pub minutes: u32,
    /// Sessions that overlap in one room (a conflict the panel names) are
    /// drawn side by side in lanes, so that neither hides the other.
    pub lane: u8,
    pub lanes: u8,
}

pub fn layout(event: &Event, day: NaiveDate) -> DayLayout {
    let sessions = sessions_of_day(event, day);
    let mut columns: Vec<Option<RoomId>> = vec![None];
    columns.extend(event.rooms.iter().map(|r| Some(r.id)));
    let column_of =
        |s: &Session| s.room.and_then(|r| columns.iter().position(|c| *c == Some(r))).unwrap_or(0);

    let mut groups: Vec<Vec<&Session>> = Vec::new();
    let mut group_end = NaiveTime::MIN;
    for session in sessions {
        match groups.last_mut() {
            Some(group) if session.start < group_end => {
                group.push(session);
                group_end = group_end.max(session.end);
            }
            _ => {
                groups.push(vec![session]);
                group_end = session.end;
            }
        }
    }

    let mut bands = Vec::with_capacity(groups.len());
    for group in groups {
        let start = group[0].start;
        let end = group.iter().map(|s| s.end).max().unwrap_or(start);
        if let [only] = group.as_slice() {
            bands.push(Band { start, end, content: BandContent::Whole(only.id) });
            continue;
        }
        let mut cells: Vec<Vec<Placed>> = vec![Vec::new(); columns.len()];
        for session in &group {
            cells[column_of(session)].push(Placed {
                session: session.id,
                offset_minutes: minutes_between(start, session.start).max(0) as u32,
                minutes: minutes_between(session.start, session.end).max(0) as u32,
                lane: 0,
                lanes: 1,
            });
        }
        for cell in &mut cells {
            assign_lanes(cell);
        }
        bands.push(Band { start, end, content: BandContent::Columns(cells) });
    }
    // The column of roomless sessions is only worth its width when a
    // roomless session runs beside others.
    let common_used = bands.iter().any(|b| matches!(&b.content, BandContent::Columns(c) if !c[0].is_empty()));
    if !common_used {
        columns.remove(0);
        for band in &mut bands {
            if let BandContent::Columns(cells) = &mut band.content {
                cells.remove(0);
            }
        }
    }
    DayLayout { columns, bands }
}

/// Greedy interval colouring: each session takes the first lane that is
/// free at its start. Sessions come in start order, so this uses as few
/// lanes as the cell's deepest overlap.
fn assign_lanes(cell: &mut [Placed]) {
    let mut lane_ends: Vec<u32> = Vec::new();
    for placed in cell.iter_mut() {
        let lane = match lane_ends.iter().position(|end| *end <= placed.offset_minutes) {
            Some(lane) => lane,
            None => {
                lane_ends.push(0);
                lane_ends.len() - 1
            }
        };
        lane_ends[lane] = placed.offset_minutes + placed.minutes;
        placed.lane = lane as u8;
    }
    let lanes = lane_ends.len().max(1) as u8;
    for placed in cell {
        placed.lanes = lanes;
    }
}

/// Minutes since midnight, for the grid's time scale.
pub fn minute_of_day(time: NaiveTime) -> u32 {
    time.hour() * 60 + time.minute()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::edit::Edit;
    use chrono::Utc;

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2019, 2, 1).unwrap()
    }

    fn event_with_rooms(n: usize) -> Event {
        let mut event = Event::new("Семинар", day());
        for i in 0..n {
            event
                .rooms
                .push(Room { id: RoomId::new(), name: format!("{} каб.", 20 + i), ..Room::default() });
        }
        event
    }

    fn session(start: NaiveTime, end: NaiveTime, room: Option<RoomId>) -> Session {
        let mut s = Session::new(day(), start, end, SessionKind::OpenLesson, "Сабақ".into());
        s.room = room;
        s
    }

    #[test]
    fn parallel_lessons_share_a_band_and_lone_sessions_span_the_width() {
        let mut event = event_with_rooms(2);
        let (a, b) = (event.rooms[0].id, event.rooms[1].id);
        event.sessions = vec![
            session(time(9, 0), time(9, 30), None),
            session(time(10, 0), time(10, 45), Some(a)),
            session(time(10, 0), time(10, 40), Some(b)),
            session(time(11, 0), time(11, 20), None),
        ];
        let layout = layout(&event, day());
        assert_eq!(layout.columns, vec![Some(a), Some(b)]);
        assert_eq!(layout.bands.len(), 3);
        assert!(matches!(layout.bands[0].content, BandContent::Whole(id) if id == event.sessions[0].id));
        let BandContent::Columns(cells) = &layout.bands[1].content else { panic!("parallel band expected") };
        assert_eq!(cells[0][0].session, event.sessions[1].id);
        assert_eq!(cells[1][0].session, event.sessions[2].id);
        assert_eq!((layout.bands[1].start, layout.bands[1].end), (time(10, 0), time(10, 45)));
    }

    #[test]
    fn two_sessions_in_one_room_at_once_get_two_lanes() {
        let mut event = event_with_rooms(1);
        let room = event.rooms[0].id;
        event.sessions = vec![
            session(time(10, 0), time(10, 45), Some(room)),
            session(time(10, 30), time(11, 15), Some(room)),
            session(time(10, 50), time(11, 0), Some(room)),
        ];
        let layout = layout(&event, day());
        let BandContent::Columns(cells) = &layout.bands[0].content else { panic!("parallel band expected") };
        let lanes: Vec<(u8, u8)> = cells[0].iter().map(|p| (p.lane, p.lanes)).collect();
        assert_eq!(lanes, vec![(0, 2), (1, 2), (0, 2)]);
        assert_eq!(cells[0][1].offset_minutes, 30);
    }

    #[test]
    fn a_roomless_session_beside_lessons_gets_the_common_column() {
        let mut event = event_with_rooms(1);
        let room = event.rooms[0].id;
        event.sessions =
            vec![session(time(10, 0), time(10, 45), Some(room)), session(time(10, 15), time(10, 30), None)];
        let layout = layout(&event, day());
        assert_eq!(layout.columns, vec![None, Some(room)]);
    }

    #[test]
    fn moving_and_resizing_keep_inside_the_day() {
        let s = session(time(23, 30), time(23, 55), None);
        assert!(moved(&s, 10).is_none());
        assert_eq!(moved(&s, -30).map(|m| (m.start, m.end)), Some((time(23, 0), time(23, 25))));
        assert!(resized(&s, -25).is_none());
        assert_eq!(resized(&s, -5).map(|m| m.end), Some(time(23, 50)));
    }

    #[test]
    fn a_new_session_follows_the_previous_one_and_stays_in_the_day() {
        let span = |s: Session| (s.start, s.end);
        assert_eq!(span(new_after(None, day(), "Жаңа".into())), (time(9, 0), time(9, 45)));
        let late = session(time(23, 0), time(23, 30), Some(RoomId::new()));
        let next = new_after(Some(&late), day(), "Жаңа".into());
        assert_eq!((next.start, next.end, next.room), (time(23, 30), time(23, 59), late.room));
        let last = session(time(23, 0), time(23, 59), None);
        assert_eq!(span(new_after(Some(&last), day(), "Жаңа".into())), (time(9, 0), time(9, 45)));
    }

    #[test]
    fn a_duplicate_follows_the_original_with_its_own_id_and_no_audience() {
        let mut s = session(time(10, 0), time(10, 45), None);
        s.attendees.push(PersonId::new());
        let copy = duplicate(&s);
        assert_ne!(copy.id, s.id);
        assert_eq!((copy.start, copy.end), (time(10, 45), time(11, 30)));
        assert!(copy.attendees.is_empty());
    }

    #[test]
    fn sessions_that_would_not_load_again_are_refused_and_others_undo_exactly() {
        let mut project = Project::new("П", "", Utc::now());
        let event = event_with_rooms(1);
        let (event_id, room) = (event.id, event.rooms[0].id);
        project.events.push(event);
        let backwards = session(time(11, 0), time(10, 0), Some(room));
        let edit = |s: Session| Edit::Session { event: event_id, change: Box::new(ItemEdit::Put(s)) };
        assert_eq!(project.apply(edit(backwards)), Err(EditError::EndsBeforeStart));
        let mut stranger = session(time(10, 0), time(11, 0), Some(room));
        stranger.responsible.push(PersonId::new());
        assert_eq!(project.apply(edit(stranger)), Err(EditError::NotFound));
        assert_eq!(
            project.apply(edit(session(time(10, 0), time(11, 0), Some(RoomId::new())))),
            Err(EditError::NotFound)
        );

        let before = project.clone();
        let good = session(time(10, 0), time(11, 0), Some(room));
        let undo = project.apply(edit(good.clone())).unwrap();
        assert_eq!(project.events[0].sessions, vec![good.clone()]);
        let moved_later = moved(&good, 15).unwrap();
        let undo_move = project.apply(edit(moved_later)).unwrap();
        project.apply(undo_move).unwrap();
        assert_eq!(project.events[0].sessions, vec![good]);
        project.apply(undo).unwrap();
        assert_eq!(project, before);
    }

    #[test]
    fn a_batch_undoes_all_of_its_steps_or_applies_none() {
        let mut project = Project::new("П", "", Utc::now());
        let event = event_with_rooms(0);
        let event_id = event.id;
        project.events.push(event);
        let before = project.clone();
        let put = |s: Session| Edit::Session { event: event_id, change: Box::new(ItemEdit::Put(s)) };
        let a = session(time(9, 0), time(9, 30), None);
        let b = session(time(9, 30), time(10, 0), None);
        let bad = session(time(10, 0), time(9, 0), None);
        assert_eq!(
            project.apply(Edit::Batch(vec![put(a.clone()), put(b.clone()), put(bad)])),
            Err(EditError::EndsBeforeStart)
        );
        assert_eq!(project, before);
        let undo = project.apply(Edit::Batch(vec![put(a), put(b)])).unwrap();
        assert_eq!(project.events[0].sessions.len(), 2);
        project.apply(undo).unwrap();
        assert_eq!(project, before);
    }
}
