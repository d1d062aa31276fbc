app-title = Әдіскер

## Dates: { $day } { $month } { $year }
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Problems found when a project is loaded
problem-wrong-format = This is not a project file (format “{ $found }”).
problem-duplicate-id = The same id of a { $entity } is used twice ({ $id }) at { $at }.
problem-dangling = { $at } refers to a { $entity } that is not in the project ({ $id }).
problem-ends-before-start = { $at } ends before it starts.
problem-empty-name = { $at } has no name.
problem-date-out-of-range = { $at }: the year { $year } is outside 1900–2200.
problem-duplicate-number = { $at }: the number { $number } is given to two awards.
problem-too-long = { $at } is { $chars } characters long (a form takes at most { $limit }). The text is kept, and cut short where it is printed.

entity-school = school
entity-person = person
entity-event = event
entity-room = room
entity-session = session
entity-observation = observation
entity-feedback = feedback entry
entity-mentorship = mentorship
entity-award = award
entity-template = observation template
entity-signatory = signatory
entity-programme = mentoring programme
entity-direction = direction
entity-network = school network
entity-year-plan = year plan
entity-course = course

## Field messages
field-required = Required.
field-bad-date = Type a date such as 01.02.2019.
field-bad-email = This does not look like an email address.
field-bad-phone = A phone number has 5 to 15 digits.
field-bad-number = Type a whole number.
field-ends-before-start = The end is before the start.
field-too-long = At most { $limit } characters; the rest was not taken.

## Reading and writing files
load-empty = The file { $path } is empty. If the project was saved before, open its backup.
load-too-large = The file { $path } is { $megabytes } MB, too large to be a project file.
load-not-a-project = The file { $path } is not an Әдіскер project.
load-spreadsheet = The file { $path } is a spreadsheet, not an Әдіскер project. People and registrations from a spreadsheet are brought into a project: open the project, then People → «Import a list».
load-truncated = The file { $path } ends too early (line { $line }, column { $column }): it was not copied or saved completely. Nothing was changed; open its backup.
load-syntax = The file { $path } is damaged at line { $line }, column { $column }. Nothing was changed; open its backup.
load-shape = The file { $path } has a wrong value at line { $line }, column { $column } (field { $field }): { $detail }. Nothing was changed; open its backup.
load-shape-missing = the required field «{ $name }» is missing
load-shape-type = the value is of the wrong kind (for example, text where a number belongs)
load-shape-unknown = «{ $value }» is not a value this version of Әдіскер knows
load-shape-unreadable = a date, time, number or identifier that cannot be read
load-too-complex = The file { $path } is built of so many tiny pieces that reading it would need about { $megabytes } MB of memory, more than this computer can spare. It is not an ordinary project file; nothing was changed.
store-locked = This project is open in another window. Close it there first.
store-not-found = There is no project { $id } in the library.
store-already-exists = A project with the id { $id } is already in the library.
bundle-not-a-bundle = This file is not an Әдіскер project saved as one file.
bundle-damaged = The project file is damaged (perhaps it did not arrive whole). Ask for it to be sent again.
bundle-unsafe = The file holds «{ $name }», which a project never has, so nothing was taken from it. Ask for the project to be saved as one file in Әдіскер again.
bundle-too-large = Unpacked, the file would be far larger than any project, so nothing was taken from it.
bundle-encrypted = The file is locked with a password; Әдіскер saves projects without one. Ask for it to be sent without a password.
bundle-heading = Send the project to another PC
bundle-hint = The whole project in one file, with its emblem and print templates, to send by messenger or carry on a USB stick. On the other PC, the library's «Import…» opens it.
bundle-save = Save as one file…
bundle-files = Әдіскер project
bundle-path = Where to save the project (a full path ending in { $ext })
bundle-written = The project is saved as one file: { $path }
library-bundle-known = «{ $title }» is already in the library. Update it from this file (what it holds now is kept beside it as a copy), or keep both?
library-bundle-update = Update
library-bundle-keep-both = Keep both
merge-added = Added: { $list }.
merge-heading = Merge a colleague's copy
merge-hint = Observations, notes, feedback forms and registrations recorded on another PC join this project; what is in both alike is left as it is, and what was changed in both is shown for you to choose. Nothing here is deleted.
merge-copy = Merge «{ $file }» into this project
merge-path = The copy to merge (a full path to a project file or an { $ext } file)
merge-apply = Merge
merge-take-copy = Take the copy's
merge-here = Here
merge-in-copy = In the copy
merge-merged = The copy is merged. Undo: { $undo }.
merge-same = The same in both copies, left as it is: { $count }.
merge-conflicts = Changed in both copies: { $count }. The project keeps its own version unless you choose the other.
merge-conflict-line = { $label }: { $field } here «{ $ours }», in the copy «{ $theirs }»
merge-numbers-taken = Numbers issued to different people in the two copies, so not added: { $numbers }. Give these documents new numbers.
merge-nothing = The copies hold the same: there is nothing to merge.
merge-dry-run = Nothing was changed ({ $option }).
cli-people-no-sheet = The workbook has no sheet “{ $sheet }”. Its sheets: { $sheets }.
cli-people-bad-map = “{ $map }” is not COLUMN=FIELD, as in “{ $example }”.
cli-people-unknown-field = “{ $field }” is not a field of a person. Fields: { $fields }.
cli-people-unknown-column = The file has no column “{ $column }”. Its columns: { $columns }.
cli-people-doubtful = Line { $line }: “{ $name }” has the name of “{ $known }” in the project, but not the organisation or e-mail; added as a new person.
cli-people-summary = New people: { $new }; already in the project: { $same }; doubtful: { $doubtful }; repeated in the file: { $repeated }; rows with errors: { $bad }; new organisations: { $organisations }.
merge-refused = The merge could not be applied; the project was left as it was.
merge-newer-copy = The copy was saved by a newer version of Әдіскер (format { $version }); update Әдіскер to merge it.
merge-damaged-copy = The copy has errors, so it is not merged (see «{ $command }»).
merge-kind = { $kind ->
        [people] people
        [schools] organisations
        [events] events
        [sessions] sessions
        [registrations] registrations
        [observations] observations
        [feedback] feedback forms
        [awards] awards
       *[other] other
    }
merge-field = { $field ->
        [full_name] full name
        [school] organisation
        [position] position
        [subjects] subjects
        [qualification] category
        [email] e-mail
        [phone] phone
        [note] note
        [title] title
        [theme] theme
        [starts_on] first day
        [ends_on] last day
        [venue] place
        [rooms] rooms
        [ratings] levels
        [notes] notes
        [strengths] strengths
        [improvements] to improve
        [recommendation] recommendation
        [status] status
        [attended] took part
        [mode] attends
        [group] group
        [coins] coins
        [light] traffic light
        [wish] wish
        [comment] comment
        [stars] two stars
        [name] name
        [number] number
        [kind] kind
        [reason] reason
        [day] day
        [start] start
        [end] end
        [room] room
        [responsible] responsible
        [lesson] lesson
        [observers] observers
        [attendees] attendees
        [organizer] organiser
        [city] city
        [respondent_name] respondent
        [issued_on] issued on
        [region] region
        [title_alt] title in the second language
        [place] place
        [travel_minutes] time between places
       *[other] { $field }
    }
io-disk-full = The disk is full: { $path } could not be written. Free some space and try again.
io-file-too-large = { $path } is too large for this disk: a USB stick may take no file over 4 GB.
io-permission-read = No permission to read { $path }. Ask the computer's administrator, or copy the file into your own folder.
io-is-a-folder = { $path } is a folder, not a file. Choose a file.
io-not-a-folder = Part of the path { $path } is a file, not a folder.
io-bad-name = { $path } is not a file name this computer accepts. Leave out characters such as : * ? < > |
io-busy = { $path } is in use by another program. Close it there and try again.
io-read-failed = { $path } could not be read (system error { $code }). Check the disk or the USB stick and try again.
io-write-failed = { $path } could not be written (system error { $code }). Check the disk or the USB stick and try again.
cli-project-locked = This project is open in an Әдіскер window. So that two programs never write one file at once, do this in the window, or close the project there and try again.
cli-newer-version = The file was saved by a newer version of Әдіскер (format { $version }). This version does not change it, so that nothing in it is lost.
cli-has-problems = The file has errors, so it is not changed. See them with «{ $command }».
cli-file-busy = Another program kept changing the file while it was being saved; nothing was written. Try again in a moment.
io-permission = No permission to write { $path }. Choose another folder or ask the computer's administrator.
io-not-found = { $path } does not exist.

## Command line
cli-error = Error
cli-check-ok = The project “{ $title }” loads without problems.
cli-check-newer = The project “{ $title }” was saved by a newer version of Әдіскер (format { $version }): it opens read-only.
cli-same-file = { $out } is the project file itself (or its backup): the document would take the project's place. Give the output another name.
cli-output-in-library = { $out } is inside the library's projects folder, where only projects are kept. Save it somewhere else, for example in Documents.
cli-has-errors-read = The file has errors; fix them first (see «{ $command }»).
print-numbers-not-recorded = The numbers of these { $count } documents are not recorded: the file was saved by a newer version of Әдіскер and is not changed. Enter them in the register by hand, so that they are not given again.
app-no-display = No display was found ({ $variables } are not set), so the window cannot open. The command line works without one: «{ $command }» lists its commands.
app-window-failed = The window could not be opened ({ $reason }). The command line works without a window: «{ $command }» lists its commands.
app-display-unreachable = The display «{ $display }» could not be reached, so the window cannot open. Check that the desktop is running, or use the command line: «{ $command }» lists its commands.
app-crashed = Әдіскер stopped because of an error in the program ({ $reason }). Your projects are safe: every saved change is on disk. Please tell the developers what you were doing.
app-work-crashed = This work stopped because of an error in the program ({ $reason }). Your project is safe: the window keeps your changes and saves them. Please tell the developers what you were doing.

## Common actions
action-back = Back
action-cancel = Cancel
action-delete = Delete
action-dismiss = Close
action-duplicate = Duplicate
action-ok = OK
action-open = Open
action-redo = Redo
action-rename = Rename
action-save = Save
action-undo = Undo
choice-none = — none —
file-kind-project = Project file

## Library
library-title = Projects
library-new = New project
library-import = Import…
library-export = Export…
library-add-sample = Add the example
library-trash = Trash
library-trash-count = Trash ({ $count })
library-back-to-projects = Back to projects
library-search = Search by title or organiser
library-sort = Sort:
library-sort-changed = Last change
library-sort-title = Title
library-sort-date = Event date
library-loading = Reading the library…
library-empty = No projects yet. Create one, or import a project file.
library-nothing-found = No project matches the search.
library-trash-empty = The trash is empty.
library-no-events = no events yet
library-row-details = { $date } · changed { $changed } · { $people ->
    [one] { $people } person
   *[other] { $people } people
}
library-damaged = The file cannot be read: { $detail }
library-conflicts = Conflict copies made by file synchronisation: { $files }. Open the project and merge them in «{ $section }»: nothing is lost.
library-copy-of = { $title } (copy)
library-deleted = “{ $title }” was moved to the trash.
library-exported = The project was saved to { $path }.
library-imported = The project was imported.
library-restore = Restore
library-purge = Delete for good
library-restore-backup = Open the backup
library-path = Full path of the file
library-no-file-dialog = The system file dialog is not available here. Type the full path of the file.
sample-offer-title = Start with an example?
sample-offer-body = The example is a real event: the city practice site for teachers of Kazakh language and literature at school №57, Almaty, 1 February 2019, with its guests, open lessons, master class and feedback round.
sample-offer-open = Open the example
sample-offer-decline = No, thanks

## Lists and forms
list-empty = Nothing here yet.
list-more = { $count } more: type in the search to narrow the list.
list-nothing-found = Nobody of that name.
list-search = Search

## Project
project-title = Title
project-organizer = Organiser
project-city = City or village (printed beside the issue date)
overview-emblem = Emblem or logo
overview-emblem-hint = Printed at the head of certificates, letters, diplomas, the programme and the report. A picture of { $formats }.
overview-emblem-none = No emblem yet.
overview-emblem-set = The emblem: { $name }
overview-emblem-choose = Choose a picture…
overview-emblem-remove = Print without an emblem
overview-emblem-path = The picture's full path
overview-emblem-files = Pictures
overview-emblem-not-picture = This file is not a picture of { $formats }: choose the emblem as a picture file.
overview-emblem-too-large = The picture is larger than { $megabytes } MB: save it smaller and choose it again.
overview-emblem-broken = The picture cannot be read, so it would not print ({ $reason }).
signatories-title = Who signs the documents
signatories-hint = Their names are printed under the signature line of certificates, letters and diplomas; choose who signs each document in Print.
signatories-none = Nobody yet: documents print a blank line with the role under it.
signatories-new = Add who signs
signatory-name = Name as printed (e.g. А. Б. Сапарова)
signatory-position = Position
signatory-organisation = Organisation
project-opening = Opening the project…
project-reloaded = The project was changed by another program and has been reloaded.
project-conflict-kept = The project was changed elsewhere while you were editing. Your version is kept; the other one is saved beside it as { $file }.
project-reloaded-ours-kept = Another program replaced the project with a version that lacks your last changes. That version is open now; yours is kept beside it as { $file }, and the library shows both.
nav-library = Library
nav-overview = Overview
nav-events = Events
nav-people = People
nav-schools = Organisations
nav-programme = Programme
nav-lessons = Lessons
nav-registrations = Registrations
planning-no-event = There is no event yet. Create one to plan its programme.
field-bad-time = Not a time of day. Type it as 9:30.
programme-new-session = New session
programme-stays-in-day = A session cannot move past midnight.
programme-too-short = A session cannot end before it starts.
programme-no-rooms = The event has no rooms yet. Add them in the event's data.
programme-from-template = From a template…
programme-add = Add a session
programme-calendar = Calendar…
programme-calendar-tip = The programme as a calendar file for the participants' phones
programme-calendar-files = Calendar
programme-calendar-path = Where to save the calendar (a full path ending in { $ext })
programme-hint = Click a session to edit it, or add one. The keys below work too.
programme-keys = { $choose } choose · { $shift } move 5 min · { $room } change room · { $length } length · { $duplicate } duplicate · { $delete } remove · { $add } add · { $close } close
programme-no-conflicts = No conflicts in the plan
programme-conflicts = Conflicts: { $count }
programme-empty = No sessions on this day yet. Add one, or lay out a typical seminar from a template.
programme-audience = Audience: { $count ->
    [0] nobody yet
   *[other] { $count }
}
programme-no-room = No room
programme-room-seats = { $room } ({ $count } seats)
programme-earlier = 5 min earlier
programme-later = 5 min later
programme-shorter = Shorter
programme-longer = Longer
programme-room-previous = ← Room
programme-room-next = Room →
programme-duplicate = Duplicate
session-title = Title
session-kind = Kind
session-room = Room
session-title-alt = Title in the second language
session-place = Place
session-place-venue = Main venue
session-place-address = Address of the place
session-day = Day
session-start = Starts
session-end = Ends
session-subject = Subject
session-grade = Grade
session-class-letter = Letter
session-topic = Topic
session-objectives = Objectives
session-notes = Notes
session-responsible = Responsible
session-teachers = Teachers
session-observers = Observers
session-attendees = Audience ({ $count })
session-pinned = placed by hand
session-add-person = Type a name to add…
session-add-new = Add «{ $name }» as a new person
template-title = Typical seminar
template-explained = Registration, opening with a performance, speeches, open lessons in parallel, a master class, a break, the feedback round, awards and closing. Everything can be changed afterwards.
template-start = Starts at
template-lessons = Open lessons
template-lesson-length = Lesson length
template-minutes = { $minutes } minutes
template-lesson-rooms = Classrooms for the open lessons
template-add-rooms-first = The event has no rooms yet: add them in the event's data first.
template-hall = Assembly hall
template-master-class = With a master class
template-lay-out = Lay out the programme
template-registration = Registration of participants
template-opening = Opening of the seminar
template-performance = Performance by pupils
template-speeches = Speeches
template-open-lesson = Open lesson
template-master-class-title = Master class
template-break = Tea break
template-feedback = Feedback round
template-awards = Awards and closing
template-nothing = A seminar needs at least one open lesson or a master class.
template-no-rooms = Choose at least one classroom for the open lessons.
template-past-midnight = The programme would run past midnight: start earlier or hold fewer lessons.
lessons-nothing-to-distribute = The event has no open lessons or master classes to seat people in.
lessons-unplaced-full = no seats left in the lessons at that time
lessons-unplaced-busy = busy at that time in «{ $session }»
lessons-unplaced-teaches = gives «{ $session }» at that time
lessons-sort = Sort by
lessons-by-time = Time
lessons-by-room = Room
lessons-by-subject = Subject
lessons-by-teacher = Teacher
lessons-distribute = Seat participants automatically
lessons-none = No open lessons or master classes yet. Add them in the programme.
lessons-outcome = Seated: { $placed }, of them { $matches } in a lesson of their own subject. { $undo } undoes it.
lessons-outcome-undone = The automatic seating was undone: the lessons have their audiences as before.
lessons-unplaced = Not seated: { $count }
lessons-grade = grade { $grade }
lessons-and-more = and { $count } more
nav-settings = Settings
overview-counts = { $events ->
    [one] { $events } event
   *[other] { $events } events
} · { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} · { $people ->
    [one] { $people } person
   *[other] { $people } people
} · { $schools ->
    [one] { $schools } school
   *[other] { $schools } schools
}
overview-problems = { $count ->
    [one] One problem found in the file
   *[other] { $count } problems found in the file
}
save-saved = All changes saved
save-done = Saved
save-pending = Not saved yet
save-form-open = A form is not saved yet: what you typed is kept
drafts-found = Text typed into a form last time was not saved (the window was closed or the computer switched off). Bring it back?
drafts-restore = Bring back
drafts-discard = Discard
save-saving = Saving…
save-failed = Not saved: { $reason }
save-retry = Try again
save-read-only = Read-only: changes cannot be saved
read-only-newer = This project was saved by a newer version of Әдіскер (format { $version }). It is open read-only so that nothing is lost.
read-only-locked = This project is open in another window or on another computer. It is open here read-only.
read-only-problems = This project has problems (listed under Overview). It is open read-only; restore its backup or fix the file.
edit-not-found = It was already deleted.
edit-school-in-use = The school cannot be deleted: { $people } people and { $events } events refer to it.
edit-person-in-use = The person cannot be deleted: they are named in { $uses } places of the programme, registrations or awards.
edit-already-registered = This person is already registered for the event.

## People
people-new = New person
people-hint = Choose a person on the left, or add a new one.
people-import = Import a list…
people-import-hint = A list from { $excel } or an online registration form ({ $formats }). People already in the project are not added again; for the current event they are registered too.
people-import-path = The file (a full path)
people-import-summary = New: { $new }; already in the project: { $same }; namesakes to decide: { $doubtful }; repeated in the file: { $repeated }; with problems: { $bad }. New organisations: { $organisations }.
people-import-doubtful-hint = The project has people with these names at another place. Tick those who are the same person; the others are added as new.
people-import-same = Line { $line }: { $name } ({ $organisation }) is the project's { $name } ({ $known })
people-import-register = Register them for «{ $event }»
people-import-confirm = Import
people-import-too-large = The file is larger than { $megabytes } MB: that is not a list of people.
people-import-sheet = Sheet
file-kind-lists = Lists ({ $formats })
people-import-no-names = Say which column holds the names: the full name, or the surname.
people-import-nothing = Everyone in the file is already in the project as it is.
people-import-workbook = Nothing in this { $kinds } workbook can be read as a list: it may be damaged or protected by a password. Open it and save the sheet again.
people-column-surname = Surname
people-column-given-name = Given name
people-column-patronymic = Patronymic
people-column-mode = In the hall or online
people-column-group = Group
people-problem-no-name = Line { $line }: no name.
people-problem-email = Line { $line }: «{ $value }» is not an e-mail address.
people-problem-mode = Line { $line }: «{ $value }» says neither in the hall nor online.
person-full-name = Full name
person-school = Organisation
person-region = Region or district
person-position = Position
person-qualification = Qualification category
person-subjects = Subjects (separated by commas)
person-email = Email
person-phone = Phone
person-note = Note

## Schools
schools-new = New organisation
schools-hint = Choose an organisation on the left — a school, kindergarten, college or department — or add a new one.
school-role-supporting = Supporting school
school-kind = Kind
organisation-kind-school = School
organisation-kind-kindergarten = Kindergarten
organisation-kind-college = College
organisation-kind-university = University
organisation-kind-methodical-centre = Methodological centre
organisation-kind-education-department = Education department
organisation-kind-other = Other
school-name = Name
school-number = Number
school-locality = Town or district
school-role = Role
school-role-host = Host school
school-role-leading = Leading school
school-role-magnet = Magnet school
school-role-member = Member
school-role-other = Other

## Events
events-new = New event
events-hint = Choose an event on the left, or add a new one.
event-choose-other = Another event…
event-choose-title = Which event to work on
event-choose-search = Search by title
event-choose-past = { $date } · held
event-title = Title
event-theme = Theme
event-kind = Kind
event-level = Level
event-format = Format
event-starts-on = First day
event-ends-on = Last day
event-expected = Expected participants
event-venue-school = Venue school
event-address = Address
event-online-link = Online link
event-travel-minutes = Minutes between places (default { $minutes })
event-rooms = Rooms
event-room-name = Room
event-room-capacity = Seats
event-add-room = Add a room
event-room-needs-name = Every room needs a name.
event-room-in-use = This room is used by { $sessions } sessions of the programme; move them first.
event-goal = Goal
event-audience = Audience
event-kind-seminar = Seminar
event-kind-practice-site = Practice site
event-kind-master-class = Master class
event-kind-round-table = Round table
event-kind-conference = Conference
event-kind-hearing = Hearing
event-kind-open-doors = Open doors day
event-kind-methodical-landing = Methodological landing
event-kind-training = Training
event-kind-visit = Visit
event-kind-other = Other
level-school = School
level-district = District
level-city = City
level-regional = Regional
level-republican = Republican
level-international = International
format-offline = In person
format-online = Online
format-hybrid = Hybrid

## Settings
settings-title = Settings
settings-language = Language
settings-theme = Appearance
settings-theme-light = Light
settings-theme-dark = Dark
settings-zoom = Text size
settings-zoom-hint = Everything on screen grows or shrinks with it: larger for a small screen seen from afar, or for tired eyes.

## Calendar export
ics-written = The programme of “{ $title }” is written to { $path }: { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}.
ics-choose-event = The project has { $count } events; choose one and give its id with { $option }:
ics-unknown-event = The project has no event with the id “{ $id }”. Its events are:
ics-no-events = The project “{ $title }” has no events, so no calendar was written.
ics-lesson-summary = { $title } — { $subject }, grade { $grade }
ics-topic = Topic: { $topic }
ics-teachers = { $count ->
    [one] Teacher
   *[other] Teachers
}: { $names }
ics-responsible = { $count ->
    [one] Person in charge
   *[other] People in charge
}: { $names }
session-kind-registration = Registration
session-kind-opening = Opening
session-kind-performance = Performance
session-kind-speech = Speech
session-kind-master-class = Master class
session-kind-open-lesson = Open lesson
session-kind-break = Break
session-kind-round-table = Round table
session-kind-discussion = Discussion
session-kind-feedback = Feedback
session-kind-awards = Awards
session-kind-visit = Visit
session-kind-other = Other

## Planning conflicts
cli-warning = Warning
conflict-person = { $person } is in two places at once: “{ $session }” and “{ $other }”.
conflict-room = The room { $room } is booked twice at once: “{ $session }” and “{ $other }”.
conflict-travel = { $person } has { $minutes } min to get from “{ $other }” to “{ $session }” at another place; the way takes { $needed } min.
conflict-capacity = “{ $session }”: { $attendees } attendees, but the room { $room } has { $capacity } seats.
conflict-outside-days = “{ $session }” is outside the days of the event.
conflict-no-teacher = The lesson “{ $session }” has no teacher.
conflict-no-topic = The lesson “{ $session }” has no topic.
conflict-observer-own-lesson = { $person } observes her own lesson “{ $session }”.

# Registrations
reg-count-expected = Expected: { $count }
reg-count-registered = Registered: { $count }
reg-count-present = Present: { $count }
reg-count-offline = In the hall: { $count } (present { $present })
reg-count-online = Online: { $count } (joined { $present })
reg-check-in = Check-in
reg-check-in-off = Leave check-in
reg-check-in-key = { $keys }: check-in on or off
reg-check-in-placeholder = Type part of a name or a school
reg-check-in-hint = { $enter } marks the first match present; { $escape } clears the field.
reg-search = Search the registrations
reg-marked = { $name } marked present.
reg-undo-hint = { $keys } undoes it.
reg-already-present = { $name } is already marked present.
reg-no-match = No one registered matches “{ $typed }”.
reg-type-a-name = Type part of a name first.
reg-mode-offline = In the hall
reg-mode-online = Online
reg-group = Group
reg-present = Present
reg-remove = Remove
reg-add-from-people = Add from People
reg-quick-add = Quick add
reg-people-search = People not yet registered
reg-new-mode = Register as
reg-quick-name = Full name
reg-quick-school = School
reg-quick-subject = Subject
reg-quick-submit = Add and register
reg-empty = No one is registered for this event yet.
reg-joined = Joined
reg-enter-marks = { $enter } marks: { $name }{ $about }
reg-mark-undone = The mark of { $name } was undone.
reg-filter-hall = In the hall: { $count }
reg-filter-online = Online: { $count }
reg-filter-all = All: { $count }
reg-mark-all-joined = Mark the { $count } online as joined
reg-all-joined = { $count } online participants are marked as joined. Undo: { $undo }.
reg-from-meeting-report = From the meeting’s report…
meeting-report-hint = The participants report of the video meeting, saved as { $csv } from { $program } or a similar program: everyone in it who is registered is marked as joined.
meeting-report-path = The report file
meeting-report-no-names = This file has no column of participants’ names: it does not look like a meeting’s participants report.
meeting-report-nothing = Nobody new to mark: everyone registered in the report is already marked.
meeting-report-found = In the report: { $participants }. To mark as joined: { $marking }; already marked: { $already }; in the project but not registered: { $unregistered }; not found: { $unknown }.
meeting-report-not-registered = { $name }: in the project, not registered for this event
meeting-report-unknown = Line { $line }: { $name }: not found among the people
meeting-report-mark = Mark { $count } as joined
## Participants' feedback
feedback-invalid = This entry cannot be counted: ratings go from 1 to 5, coins from 1, and every question needs a text of its own.
nav-feedback = Feedback
feedback-event = Event
feedback-no-events = Add an event first: feedback is collected for an event.
feedback-method = Method
feedback-method-rating = Ratings 1 to 5
feedback-method-two-stars = Two stars and a wish
feedback-method-coins = Coins («Теңге алу»)
feedback-method-traffic-light = Traffic light
feedback-method-free = Free comment
feedback-light-green = green
feedback-light-yellow = yellow
feedback-light-red = red
feedback-questions = Questions rated 1 to 5
feedback-question-new = Add a question
feedback-question-text = Question text
feedback-question-remove = Remove
feedback-questions-save = Save the questions
feedback-grid-title = Type in the paper forms
feedback-grid-keys = A rating or a light is one key: type its digit and the cursor goes on to the next field by itself, so press no { $tab } after it. After a number, a name or a comment, { $tab } or { $enter } goes on. { $enter } in the last field adds the form; Undo takes it back.
feedback-target = Session no. (empty: the whole event)
feedback-respondent = Name (empty: anonymous)
feedback-star = Star
feedback-wish = Wish
feedback-comment = Comment
feedback-coins = Coins
feedback-light = Light (G/Y/R)
feedback-add = Add the form
feedback-unknown-session = No session has this number; see the list of sessions.
feedback-unknown-person = Nobody of this name among the participants; leave it empty for an anonymous form.
feedback-keep-target = Keep the session number for the next forms
feedback-respondent-is = Respondent: { $name }
feedback-respondent-guest = Respondent: { $name } (not among the participants; kept as written)
feedback-several-people = Several people fit: { $names }. Type more of the name.
feedback-empty-form = The form is empty: type at least one answer.
feedback-sessions = Sessions
feedback-whole-event = The whole event
feedback-recent = Last forms typed
feedback-anonymous = anonymous
feedback-results = Results
feedback-results-count = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}, { $anonymous } anonymous
feedback-mean = Mean
feedback-answers = Answers
feedback-no-answers = no answers yet
feedback-coins-title = Coins per session
feedback-lights-title = Traffic light per session
feedback-written-title = Stars, wishes and comments
feedback-written-search = Search in the comments
feedback-written-shown = { $from }–{ $to } of { $count }
feedback-total = Total
summary-registrations = Registrations: { $count } (present: { $present })
summary-observations = Lesson observations: { $count }
summary-feedback = Feedback entries: { $count } (anonymous: { $anonymous })
summary-question = { $question }: mean { $mean } from { $answers } answers
summary-coins = Coins: { $count }
summary-lights = Traffic light: { $green } green, { $yellow } yellow, { $red } red
summary-no-events = The project “{ $title }” has no events.
feedback-import = Import from a CSV file…
feedback-import-path = Path to the CSV file
feedback-import-read = Read the file
feedback-import-column = Column «{ $column }»
feedback-import-ignore = Do not import
feedback-import-ready = Rows ready to import: { $good }; with problems: { $bad }.
feedback-import-skip = Skip the rows with problems
feedback-import-confirm = Import
feedback-import-refused = Rows at lines { $lines } have problems: correct the file, or choose to skip them.
feedback-import-done = Entries imported: { $count }. Undo takes the whole import back.
feedback-import-windows-1251 = The file was read as Windows-1251 (old Excel): check the letters below before importing.
csv-empty = The file has nothing to import: it needs a header line and at least one row under it.
csv-malformed = The file cannot be read at line { $line }: a quotation mark is not closed. Save it again from the spreadsheet as CSV.
csv-line = Line { $line }: { $problems }
csv-bad-cell = «{ $value }» in «{ $column }»: { $reason }
csv-rating = a rating is a whole number from 1 to 5, a light is G, Y or R
csv-unknown-person = nobody named «{ $name }» among the participants
csv-unknown-session = no session «{ $value }» in the programme
csv-nothing = nothing in the columns chosen for import
feedback-import-choose = Choose a file…
file-kind-csv = Tables (CSV)
## Lesson observations
nav-observations = Observations
nav-awards = Awards
nav-mentoring = Mentoring
nav-year-plan = Year plan
nav-courses = Courses
awards-hint = Certificates and letters get their numbers when they are printed, or here, for several people at once; nominations are recorded here. Choose a number to see it, print it again or cancel it.
awards-new-nomination = New nomination
awards-correct-nomination = Correct the nomination
awards-person = Who
awards-change-person = Someone else
awards-nomination = Nomination
awards-reason = Reason (the jury's words)
awards-number = Number
awards-kind = Document
awards-what-for = What for
awards-date = Issued on
awards-status = Status
awards-issued = issued
awards-cancelled = cancelled
awards-cancelled-note = This number is cancelled. It stays in the register and is never given to anyone again.
nav-export = Exchange
export-heading = Lists for spreadsheets
export-hint = Save a list as an { $excel } workbook (dates and numbers as { $excel } reads them, the header row fixed) or as { $csv }. The headers are in the app's language.
export-choice = { $what } ({ $count })
export-what-people = People of the project
export-what-registrations = Registrations and attendance
export-what-sign-in = Sign-in list
export-what-feedback = Feedback results
export-what-observations = Lesson observation results
export-what-awards = Register of issued documents
export-save-xlsx = Save for { $format }…
export-save-csv = Save as { $format }…
export-files-xlsx = { $format } workbook
export-files-csv = Table ({ $format })
export-path = Where to save the list (a full path ending in { $ext })
export-save = Save
export-writing = Saving…
export-written = { $count } rows saved: { $path }
export-failed = The table could not be made
export-unknown-what = “{ $what }” is not a list that can be exported. The lists are: { $lists }.
export-no-events = The project “{ $title }” has no events, so there is no such list.
export-yes = yes
export-no = no
export-part-people = People
export-part-registrations = Registrations
export-part-sign-in = Sign-in sheet
export-part-feedback-questions = By question
export-part-feedback-forms = Forms
export-part-observation-criteria = By criterion
export-part-observation-levels = Observers' levels
export-part-awards = Register
export-col-number = No.
export-col-full-name = Full name
export-col-organisation = Organisation
export-col-position = Position
export-col-subjects = Subjects
export-col-qualification = Category
export-col-email = E-mail
export-col-phone = Phone
export-col-region = Region
export-col-mode = Attends
export-col-group = Group
export-col-attended = Took part
export-col-signature = Signature
export-col-question = Question
export-col-answers = Answers
export-col-mean = Mean
export-col-rated = Gave { $rating }
export-col-entered = Entered
export-col-respondent = Respondent
export-col-about = About
export-col-stars = Two stars
export-col-wish = Wish
export-col-comment = Comment
export-col-coins = Coins
export-col-light = Traffic light
export-col-day = Date
export-col-start = Starts
export-col-lesson = Lesson
export-col-teacher = Teacher
export-col-observer = Observer
export-col-observers = Observers
export-col-criterion = Criterion
export-col-level = Level
export-col-top = Out of
export-col-status = Status
export-col-strengths = Strengths
export-col-improvements = To improve
export-col-recommendation = Recommendation
awards-print-again = Print again with this number
awards-correct = Correct
awards-cancel = Cancel the number
awards-restore = Bring the number back
awards-print-register = Print the register
awards-export = Save for { $format }
awards-error-person = Choose who gets the nomination.
awards-issue-several = Numbers for several…
awards-batch-heading = Certificates and letters for several people
awards-batch-hint = The numbers are recorded in the register now; the documents print with them later. Whoever already has a number of this kind keeps it.
awards-batch-count = { $count ->
        [one] One person
       *[other] { $count } people
    } chosen; { $held } of them already have a number.
awards-batch-issue = Issue { $count ->
        [one] one number
       *[other] { $count } numbers
    }
awards-batch-issued = { $count ->
        [one] One number issued
       *[other] { $count } numbers issued
    }: { $first } – { $last }. The documents print with them in Print.
awards-batch-none = Everyone chosen already has a number of this kind.
awards-order-number = By number
awards-order-name = By name
awards-order-kind = By document
print-select-all = Tick all found
print-select-none = Untick all
award-kind-certificate = Certificate
award-kind-letter = Letter of thanks
award-kind-diploma = Diploma
award-kind-nomination = Nomination diploma
award-kind-mentor-certificate = Mentor certificate
award-kind-course-certificate = Course certificate
obs-template-default-name = Lesson observation sheet
obs-criterion-objectives = Lesson objectives and success criteria
obs-criterion-objectives-descriptor = The objectives follow the curriculum and are clear to pupils; success criteria show when they are reached.
obs-criterion-differentiation = Differentiation
obs-criterion-differentiation-descriptor = Tasks and support match the pupils' levels and needs; every pupil moves forward.
obs-criterion-assessment = Formative assessment and feedback
obs-criterion-assessment-descriptor = Descriptors are clear; feedback is timely and specific; pupils assess themselves and each other.
obs-criterion-engagement = Active learning and pupil engagement
obs-criterion-engagement-descriptor = Every pupil works; pair and group work is well organised; pupils think, ask and explain.
obs-criterion-time = Use of time
obs-criterion-time-descriptor = The stages of the lesson are well paced, with enough time to reach the objectives.
obs-criterion-resources = Resources and ICT
obs-criterion-resources-descriptor = Visual aids, handouts and ICT serve the objectives and are used to the point.
obs-criterion-climate = Inclusive climate
obs-criterion-climate-descriptor = The class trusts and supports each other; every pupil, special needs included, takes part without fear of mistakes.
obs-criterion-reflection = Reflection
obs-criterion-reflection-descriptor = Pupils can say what they learned, what was hard and what to do next.
obs-template-in-use = Observations use this sheet: your changes are saved as its new version.
obs-scale-four-levels = Four levels
obs-scale-yes-partly-no = Yes, partly, no
obs-level-no = No
obs-level-partly = Partly
obs-level-yes = Yes
obs-hint = Choose an open lesson to see its summary or to observe it.
obs-no-lessons = No session of this project has a lesson yet. Give the open lesson its subject, grade and teacher in the event's programme.
obs-lesson = { $subject }, grade { $grade }: { $topic }
obs-teachers = Teacher: { $names }
obs-count = { $count ->
    [one] { $count } observation
   *[other] { $count } observations
}
obs-observer = Observer
obs-sheet = Observation sheet
obs-start = Observe
obs-summary = Lesson summary
obs-criterion = Criterion
obs-mean = Mean
obs-notes = Notes
obs-none-yet = Nobody has observed this lesson yet.
obs-history = Teacher's history
obs-history-title = { $name }: every observed lesson
obs-history-loading = Reading the projects of the library…
obs-history-empty = No lesson of this teacher has been observed yet.
obs-back = Back to the lessons
obs-keys = ↑ ↓ choose a criterion · 1–4 set its level · N write a note · Enter add the note
obs-note = Quick note
obs-note-hint = Type what you see; Enter adds it with the time
obs-note-edit = Correct this note
obs-start-clock = The lesson starts now
obs-start-clock-hint = The times of notes count from the lesson's start in the programme; press this when the lesson began late, and they count from now.
obs-minute = { $minutes } min
obs-strengths = Strengths
obs-improvements = What to improve
obs-recommendation = Recommendation
obs-finish = Finish the observation
obs-status-draft = Not finished
obs-status-final = Finished
obs-templates = Observation sheets
obs-template-name = Name of the sheet
obs-template-scale = Scale
obs-template-copy = Make a copy
obs-template-copy-name = { $name } (copy)
obs-template-version = version { $version }
obs-criterion-title = Criterion
obs-criterion-descriptor = Descriptor
obs-criterion-add = Add a criterion
obs-criterion-new = New criterion
action-move-up = Up
action-move-down = Down
help-title = Keys
help-intro = { $open } opens this page in any section, { $close } closes it. Keys with letters work on the Kazakh, Kyrgyz and Russian layouts too.
help-everywhere = Everywhere
help-open = This page
help-undo = Undo: in a text field its typing first, a word at a time; then the last change
help-redo = Redo what was undone
help-save = Save now (changes are also saved by themselves)
help-find = Search in this section
help-print = Print
help-fields = Next or previous field
help-programme-choose = Session before or after
help-programme-sideways = Session held at the same time in another room
help-programme-shift = Move 5 minutes earlier or later
help-programme-room = Move to the room beside
help-programme-length = Make 5 minutes shorter or longer
help-programme-duplicate = Duplicate the session
help-programme-delete = Delete the session ({ $undo } brings it back)
help-programme-add = Add a session
help-programme-close = Close the form
help-registrations-desk = Check-in desk on or off
help-registrations-mark = Mark the person named under the field
help-registrations-clear = Clear the field
help-feedback-digit = A rating: the digit sets it and moves to the next field by itself
help-feedback-next = Next field (after a comment or a name)
help-feedback-add = In the last field: add the form
help-observe-criterion = Previous or next criterion
help-observe-level = Level of the chosen criterion
help-observe-note = Write a note
help-observe-add = Add the note with its time
help-observe-leave = Leave the note field
help-print-preview = Show the pages
help-print-pages = Previous or next page
help-print-open = Open the document to print it
help-print-cancel = Stop preparing the document
help-button = Keys (F1)
obs-criterion-remove = Remove
obs-template-saved-as-version = Saved as version { $version }: observations made with the earlier version keep it.
obs-no-people = Add people to the project first: the observer is one of them.
## Printing
print-programme = Programme
print-time = Time
print-session = Item
print-room = Room
print-responsible = Responsible
print-organizer = Organiser
print-venue = Venue
print-date = Date
print-goal = Goal
print-theme = Theme
print-objectives = Objectives
print-audience = Participants
print-parallel = At the same time
print-teacher = Teacher
print-lesson-line = { $lesson }: “{ $topic }”
print-lesson-topic = “{ $topic }”
print-lesson = Lesson
decimal-separator = .
print-level-key-four = Levels: 1 — not seen, 2 — in part, 3 — mostly, 4 — fully.
lesson-auto-title = { $subject }, grade { $grade }
lesson-auto-title-letter = { $subject }, grade { $grade }{ $letter }
print-sign-in = Sign-in sheet
print-number-sign = No.
print-full-name = Full name
print-position = Position
print-school = School
print-signature = Signature
print-online = online
print-no-school = Other participants
print-walk-ins = Not registered in advance
print-certificate = Certificate
print-letter = Letter of thanks
print-diploma = Diploma
print-nomination = Nomination
print-number = No. { $number }
print-issued = Issued on { $date }
print-signatory = Head of the organising body
print-signature-hint = signature
print-stamp = Seal
print-prepared-by = Report prepared by
print-programme-held = The programme as it was held
print-registered-offline = Registered in the hall
print-registered-online = Registered online
print-speaker = Speaker or teacher
print-approve = APPROVED
print-date-line = “___” ____________ 20___
print-signatory-approves = Approves the programme
print-register = Register of issued documents
print-register-number = Number
print-register-reason = What for
print-cancelled = cancelled
print-register-total = { $count ->
        [one] One number issued
       *[other] { $count } numbers issued
    }{ $cancelled ->
        [0] .
        [one] , one of them cancelled.
       *[other] , { $cancelled } of them cancelled.
    }
print-doc-diplomas = Nomination diplomas
print-doc-register = Register of issued numbers
edit-signatory-in-use = A document still names this signatory.
wording-kind = { $kind ->
        [seminar] seminar
        [practice_site] practice site
        [master_class] master class
        [round_table] round table
        [conference] conference
        [hearing] hearing
        [open_doors] open doors day
        [methodical_landing] methodological landing
        [training] training
        [visit] visit
       *[other] event
    }
wording-dear = { $gender ->
       *[other] Dear
    }
wording-participation = for taking an active part in the work of the { $kind } “{ $event }”.
wording-open-lesson = for giving the open lesson “{ $topic }” ({ $lesson }) and sharing experience at the { $kind } “{ $event }”.
wording-master-class = for giving the master class “{ $session }” and sharing experience at the { $kind } “{ $event }”.
wording-letter = { $dear } { $addressed },
    We sincerely thank you for { $deed } at the { $kind } “{ $event }”, and for your contribution to our colleagues’ growth.
wording-nomination = is awarded in the nomination “{ $nomination }” at the { $kind } “{ $event }”.
wording-deed-participation = your active part
wording-deed-open-lesson = giving the open lesson “{ $topic }” and sharing your experience
wording-deed-master-class = giving the master class “{ $title }”
print-error-no-nominations = No nomination is recorded for «{ $event }». Record them in the Awards section first.
print-error-no-awards = No number has been issued for «{ $event }» yet: the register is empty.
print-error-no-word = Only the programme, the sign-in sheet and the report are written for { $app }; «{ $document }» is saved as PDF (a name ending in { $pdf }).
print-observation-sheet = Lesson observation sheet
print-observer = Observer
print-criterion = Criterion
print-scale-yes = Yes
print-scale-partly = Partly
print-scale-no = No
print-strengths = Strengths
print-improvements = To improve
print-recommendation = Recommendation
print-notes = Notes during the lesson
print-feedback-form = Feedback form
print-star = Star
print-wish = Wish
print-comment = Comment
print-name-optional = Your name (if you wish):
print-two-stars-help = Write two things you liked and one wish.
print-coins-help = Give your coins to the sessions you found most useful.
print-coins = Coins
print-light-help = Tick the colour that matches how you feel after each session.
print-light-green = Everything was clear and useful
print-light-yellow = Some questions remain
print-light-red = I need more help
print-rating-help = Rate each statement from 1 (low) to 5 (high).
print-question = Statement
print-free-help = Your thoughts about the event:
print-report = Report on the event
print-participants = Participants
print-registered = Registered
print-present-offline = Present in the hall
print-present-online = Took part online
print-lessons = Open lessons and master classes
print-findings = What the observers found
print-mean-level = Mean level
print-observations = Observations
print-feedback-results = Feedback
print-responses = Responses
print-mean = Mean
print-awards = Awards
print-kind = Kind
print-level = Level
print-format = Format
print-about = About the event
print-number-taken = Number { $number } has already been issued to someone else; choose another series.
print-error-no-event = The project has no such event.
print-error-bad-date = «{ $date }» is not a date: write it as 01.02.2019.
print-error-no-sessions = “{ $event }” has no sessions yet: add them to the plan first.
print-error-no-registrations = Nobody is registered for “{ $event }” yet: register the participants first.
print-error-nobody = Nobody in “{ $event }” belongs to the chosen group ({ $group }). Choose another group.
print-error-no-sheet = The project has no observation sheet yet.
print-error-no-observation = This observation is no longer in the project.
print-error-template = The template { $file } does not compile: line { $line }, column { $column }: { $error }
print-error-template-user = The bundled template can be used instead.
print-limit-time = The template { $file } ran longer than { $seconds } seconds and was stopped. It may hold a loop that never ends.
print-limit-memory = The template { $file } needed more than { $megabytes } MB of memory and was stopped.
print-limit-pages = The template { $file } makes { $pages } pages; at most { $limit } can be printed at once.
print-limit-failed = The template { $file } could not be tried safely, so it was not used.
print-error-pdf = The document could not be written: { $error }
print-error-glyphs = These characters have no letter shapes in the bundled fonts and print as boxes: { $chars }
print-people-all = everyone registered
print-people-teachers = teachers of open lessons
print-people-present = everyone present
print-people-chosen = chosen people
print-written = { $path } is written: { $pages ->
    [one] one page
   *[other] { $pages } pages
}.
print-written-word = { $path } is written.
print-save-word = Save for { $app }
print-word-path = Type where to save the copy, a full path ending in { $ext }.
print-awards-recorded = { $count ->
    [one] One new number is recorded in the project.
   *[other] { $count } new numbers are recorded in the project.
}
print-unknown-document = Unknown document “{ $name }”. Choose one of: { $choices }.
print-unknown-people = Unknown group “{ $name }”. Choose one of: { $choices }.
print-unknown-method = Unknown feedback method “{ $name }”. Choose one of: { $choices }.
print-unknown-orientation = Unknown page orientation “{ $name }”. Choose one of: { $choices }.
print-orientation = Page
print-orientation-portrait = Upright (portrait)
print-orientation-landscape = Across (landscape)
print-unknown-signatory = The project has no signatory «{ $id }». Its signatories: { $choices }.
print-unknown-language = Unknown language “{ $name }”. Choose one of: { $choices }.
nav-print = Print
print-title = Print
print-document = Document
print-event = Event
print-language = Language
print-second-language = Second language
print-one-language = none
print-people = For whom
print-series = Number series (e.g. 57-2019/001)
print-blank-rows = Empty rows for those not registered (empty: up to the expected number, at least { $default })
print-school-column = One list by name, with the school in a column (instead of a heading per school)
print-master-classes-too = Sheets for master classes too
print-issue-date = Issue date (empty: the event's last day, { $date })
print-no-signatories = Nobody signs yet: add the director or the head of the department in the project's Overview, and their names are printed under the signature.
print-signatory-none = — nobody —
print-signatory-first = Signs
print-signatory-second = Signs second
print-wording-show = Edit the wording
print-wording-hide = Hide the wording
print-wording-of = { $kind }, { $language }
print-wording-save = Save the wording
print-wording-thanks = The thanks, under the greeting
print-wording-default = Back to the usual wording
wording-name-participation = Certificate of taking part
wording-name-open-lesson = Certificate for an open lesson
wording-name-master-class = Certificate for a master class
wording-name-letter = Letter of thanks (first line: the greeting)
wording-name-nomination = Nomination diploma
wording-place-event = the event's title
wording-place-kind = the kind of event (seminar, round table…)
wording-place-theme = the event's theme
wording-place-topic = the topic of the open lesson
wording-place-lesson = subject, grade and class of the lesson
wording-place-session = the master class's title
wording-place-addressed = first name and patronymic
wording-place-dear = the greeting word (Dear)
wording-place-deed = what the person did at the event
wording-place-nomination = the nomination
print-blank-rows-bad = A whole number from 0 to { $most }
print-preview = Preview
print-save = Save PDF
print-open = Open to print
print-cancel = Cancel
print-use-bundled = Use the bundled template
print-file-kind = PDF document
print-page-of = Page { $page } of { $count }
print-zoom-in = Larger
print-zoom-out = Smaller
print-zoom-fit = Fit width
print-preview-hint = Choose a document and press Preview to see its pages.
print-no-events = The project has no events yet; plan one, then print its documents.
print-stage-preparing = Gathering the data…
print-stage-typesetting = Typesetting the pages…
print-stage-writing = Writing the document…
print-open-failed = { $path } is written, but no program opened it: { $reason }
print-doc-programme = Programme
print-doc-sign-in = Sign-in sheet
print-doc-certificates = Certificates
print-doc-letters = Letters of thanks
print-doc-observation-sheet = Observation sheets
print-doc-feedback-form = Feedback form
print-doc-report = Event report
print-chosen-count = Chosen: { $count }. They print in the order you tick them.
print-chosen-more = { $count } more: type part of a name to find them.
print-sheet-which = Which sheet
print-sheet-blank = Blank sheets for every lesson
print-mentor-people = mentors
print-network-direction = Direction
print-network-term = Term
print-network-programme = Programme
print-network-mentor = Mentor
print-network-mentee = Mentee
print-network-mentees = Mentees
print-network-done = Done
print-network-total = Total
print-network-hours = Hours
print-network-no-subject = { $what ->
    [programme] The project has no mentoring programme.
    [pair] The programmes have no mentoring pairs yet.
    [course] The project has no course.
   *[plan] The project has no year plan.
}
print-network-nobody = { $what ->
    [mentors] The programme “{ $title }” has no approved mentors.
   *[passed] Nobody has passed the course “{ $title }” yet: mark who passed first.
}
print-network-doc = { $doc ->
    [mentor-annex] Order annex: list of mentors
    [mentor-certificates] Mentor certificates
    [course-certificates] Course certificates
    [pair-plan] A pair's individual plan and log
    [year-plan] Year plan
   *[year-report] Year report
}
print-network-of = { $what ->
    [programme] Programme
    [pair] Pair
    [course] Course
   *[plan] Plan
}
print-annex-of-order = Annex to the order
print-annex-order-line = No. { $number } of { $date }
print-annex-heading = List of approved mentors
print-annex-count = Mentors: { $count }
print-mentor-text = confirms the mentoring work in the programme “{ $programme }”.
print-mentor-order = Order
print-course-text = for successfully completing the course “{ $course }”
print-course-hours = { $hours } academic hours
print-course-dates = Dates of study
print-course-partner = Partner
print-pair-plan = Individual plan of the mentoring pair
print-pair-log = Activity log
print-pair-task = Task
print-pair-due = Due
print-pair-status-label = Status
print-pair-reason = Reason
print-pair-observation = observation sheet filed
print-pair-no-tasks = No tasks in the plan yet.
print-pair-no-activities = No entries in the log yet.
print-pair-progress = Tasks done: { $done } of { $tasks }; activities: { $activities }; hours: { $hours }; last contact: { $last }
print-year-plan = Year plan
print-year-report = Year report
print-year-school-year = School year { $from }–{ $to }
print-year-network = School network
print-year-event = Event
print-year-form = Form
print-year-host = Host
print-year-when = When
print-year-target = Participants
print-year-planned = Planned
print-year-actual = Actual
print-year-product = Expected result or product
print-year-late = overdue
print-year-summary = Summary
print-year-held = Held
print-year-overdue = Overdue
print-year-by-form = Events planned and held
print-year-by-month = By month
print-year-by-school = By school
print-year-hosted = Hosted
print-year-attended = Took part
print-year-teachers = Teachers
print-year-products = Products
print-year-courses = Courses
print-year-passed = Passed
print-year-certificates = Certificates
print-year-mentoring = Mentoring
print-year-pairs = Pairs
print-year-tasks-done = Tasks done
print-year-activities = Activities
print-year-visits = Lesson visits
print-year-stale = No contact for a month
print-year-period = Period
cli-print-unknown-subject = The project has no { $what ->
    [programme] programme
    [pair] pair
    [course] course
   *[plan] plan
} with the id “{ $id }”. There are:

## Year plan of a network
year-plan-none = No year plan yet. A plan runs from 1 September to 31 August: type its rows in a grid and turn each into an event when its time comes.
year-plan-new = New year plan
year-plan-default-title = Year plan { $from }–{ $to }
year-plan-plan-title = Title of the plan
year-plan-period = { $from } – { $to }
year-plan-keys = Enter or Tab: the next cell; ↑ ↓: the row above or below. Every cell is saved as you type.
year-plan-sort = Order
year-plan-sort-typed = As typed
year-plan-sort-month = By month
year-plan-sort-school = By school
year-plan-col-number = №
year-plan-col-title = Event
year-plan-col-form = Form
year-plan-col-host = Host
year-plan-col-when = Date or month
year-plan-col-responsible = Responsible
year-plan-col-target = Participants
year-plan-col-planned = Planned
year-plan-col-actual = Actual
year-plan-col-product = Expected result, product
year-plan-col-done = Done
year-plan-form-seminar = Seminar
year-plan-form-methodical-landing = Methodical landing
year-plan-form-forum = Forum
year-plan-form-open-lesson = Open lesson
year-plan-form-round-table = Round table
year-plan-form-course = Course
year-plan-form-hearing = Hearing
year-plan-form-open-doors = Open doors day
year-plan-form-master-class = Master class
year-plan-form-other = Other
year-plan-month-1 = January
year-plan-month-2 = February
year-plan-month-3 = March
year-plan-month-4 = April
year-plan-month-5 = May
year-plan-month-6 = June
year-plan-month-7 = July
year-plan-month-8 = August
year-plan-month-9 = September
year-plan-month-10 = October
year-plan-month-11 = November
year-plan-month-12 = December
year-plan-unknown-form = No such form. Forms: { $forms }
year-plan-unknown-school = No organisation of the project is called «{ $name }»
year-plan-unknown-person = Nobody in the project is called «{ $name }»
year-plan-several = Several fit: { $names }
year-plan-bad-when = A date (15.10.2025) or a month (10, October)
year-plan-outside-year = Outside the plan's year, { $from } – { $to }
year-plan-late = Late
year-plan-to-event = Make an event
year-plan-to-event-tip = The row becomes an event of the project, with its title, form, host and date; plan its programme next
year-plan-open-event = Open the event
year-plan-open-event-tip = The event this row became: its programme and attendance
year-plan-remove-row = Remove the row (its event stays)
year-plan-no-title = Type the event's name in the row first.
year-plan-rows-shown = Rows { $from }–{ $to } of { $count }
year-plan-per-school = By school
year-plan-per-month = By month
year-plan-school-planned = Planned
year-plan-school-hosted = Held
year-plan-school-attended = Attended
year-plan-school-teachers = Teachers
year-plan-school-products = Products
network-none = No network of schools yet: the leading school and its magnet schools, from the project's organisations.
network-new = Create the network
network-needs-schools = Add the schools first, in Organisations.
network-default-title = Network of { $school }
network-summary = { $title }. Leading: { $leading }; magnet schools: { $magnet }; supporting: { $supporting }
network-edit = Edit the network
network-close = Hide
network-name = Name of the network
network-leading = Leading school
network-members = Member schools
network-coordinator = Coordinator
network-no-coordinator = No coordinator
network-remove-member = Remove from the network
network-add-member = Add a school…
network-coordinator-hint = A coordinator is chosen among the school's own people.

## Courses
course-new = New course
course-none = No courses yet. A course has its hours and dates; those who pass get a numbered certificate.
course-choose = Choose a course in the list.
course-subtitle = { $hours } h · { $from } – { $to } · participants: { $count }
course-title = Title of the course
course-hours = Hours
course-from = From
course-to = To
course-organiser = Organiser
course-partner = Partner (a training centre)
course-participants = Participants: { $count }, passed: { $passed }
course-add-participants = Add participants
course-add-hint = Tick the people of the project who take the course.
course-add-chosen = Add the ticked ({ $count })
course-added = Added to the course: { $count }
course-all-passed = All found passed
course-none-passed = None passed
course-remove-participant = Remove from the course
course-certificates = Certificates
course-certificates-hint = Those who passed get the next free numbers of the series; whoever already has a certificate of this course keeps its number.
course-series = Series of numbers (empty: { $example })
course-issue = Issue certificates: { $count }
course-issued = Certificates issued: { $count }
course-certificates-none = Everyone who passed already has a certificate of this course.
course-certificates-issued = New certificates recorded in the register: { $count }
mentoring-new = New programme
mentoring-none = No mentoring programme yet. Create one to approve mentors and pair them with new teachers.
mentoring-print-annex = Print the order's annex
mentoring-print-pair = Print plan and log
mentoring-tab-programme = Programme
mentoring-tab-mentors = Mentors
mentoring-tab-pairs = Pairs
mentoring-tab-progress = Progress
mentoring-tab-events = Events
mentoring-title = Programme title
mentoring-organiser = Organiser
mentoring-from = From
mentoring-to = To
mentoring-order-number = Order number
mentoring-order-date = Order date
mentoring-directions = Directions
mentoring-direction = Direction
mentoring-direction-name = Name of the direction
mentoring-direction-new = New direction
mentoring-direction-add = Add direction
mentoring-direction-in-use = The direction has { $mentors } mentors and { $pairs } pairs: move them to another direction first.
mentoring-responsible = Responsible:
mentoring-add-responsible = + Responsible person
mentoring-no-directions = Add the programme's directions first (Programme tab).
mentoring-approve = Approve a mentor in the direction
mentoring-mentor-has-pairs = { $pairs ->
    [one] She has a pair: remove it first.
   *[other] She has { $pairs } pairs: remove them first.
}
mentoring-pairs-count = { $count ->
    [one] { $count } pair
   *[other] { $count } pairs
}
mentoring-change = Change
mentoring-mentor = Mentor
mentoring-mentees = Mentees
mentoring-pair-new = New pair
mentoring-pair-create = Create the pair
mentoring-pair-needs-mentor = Choose the mentor.
mentoring-pair-needs-mentee = Add at least one mentee.
mentoring-pair-term-hint = The pair starts and ends with its mentor's term; change it afterwards if needed.
mentoring-no-mentors = Approve mentors first (Mentors tab), then pair them.
mentoring-pairs-hint = Choose a pair to see its plan and log.
mentoring-only-stale = Only pairs with no contact for a month
mentoring-status = Status
mentoring-status-active = Active
mentoring-status-completed = Completed
mentoring-status-ended-early = Ended early
mentoring-end-reason = Reason
mentoring-progress-line = Tasks { $done }/{ $tasks } · activities { $activities } · { $hours } h · last contact { $last }
mentoring-never = none yet
mentoring-stale-flag = No contact
mentoring-stale = No contact for { $days } days (more than { $limit }).
mentoring-stale-count = { $count ->
    [one] { $count } pair with no contact for a month
   *[other] { $count } pairs with no contact for a month
}
mentoring-stale-pairs = Pairs with no contact for a month
mentoring-total = The whole programme
mentoring-plan = Individual plan
mentoring-plan-empty = No tasks yet.
mentoring-task = Task
mentoring-task-due = Due
mentoring-add = Add
mentoring-log = Activity log
mentoring-log-empty = Nothing logged yet.
mentoring-log-add = Log it
mentoring-activity-date = Date
mentoring-activity-kind = Kind
mentoring-activity-hours = Hours
mentoring-activity-notes = Notes
mentoring-hours-short = h
mentoring-kind-meeting = Meeting
mentoring-kind-consultation = Consultation
mentoring-kind-mentee-lesson = Mentee's lesson visited
mentoring-kind-mentor-lesson = Mentor's lesson visited
mentoring-kind-other = Other
mentoring-observation = Observation of the lesson
mentoring-observation-linked = Observation: { $observation }
mentoring-observation-gone = deleted
mentoring-events-hint = Tick the project's events that belong to this programme: the hearing, open-door days, round tables.
mentoring-part-pair = Term and status

## The network example and the summary of programmes, networks and courses
summary-programme = Mentoring programme “{ $title }”: pairs { $pairs }, mentors { $mentors }
summary-programme-progress = Tasks done: { $done } of { $tasks } ({ $percent }%); log entries: { $activities }, hours: { $hours }; pairs with no contact for a month: { $stale }
summary-direction = { $direction }: pairs { $pairs }, tasks done { $done } of { $tasks }
summary-network = Network “{ $title }”: schools { $schools }
summary-year-plan = Year plan “{ $title }”: rows { $rows }, held { $held }, late { $late }
summary-course = Course “{ $title }” ({ $hours } hours, { $from } – { $to }): participants { $participants }, passed { $passed }
library-example-network = Add the network example
library-example-network-body = The second example is a network of schools: the leading school of Karaganda and its seven magnet schools, with their year plan, a mentoring programme of twenty pairs and a 72-hour course.
library-example-network-open = Open the network example
print-pair-notes = What was done
print-year-audience = Target group
print-year-month-label = Month
mentoring-print = Print
mentoring-term = Term
mentoring-order = Order
export-what-year-plan = Year plan
export-col-plan-title = Event
export-col-form = Form
export-col-host = Host organisation
export-col-when = When
export-col-responsible = Responsible
export-col-target = Participants
export-col-planned = Planned number
export-col-actual = Actual number
export-col-product = Expected result
export-col-done = Done
cli-people-no-course = There is no course with the id { $id }. The project's courses: { $courses }
course-import-list = Import from a list…
year-plan-year-earlier = A school year earlier
year-plan-year-later = The next school year
print-issue-date-subject = Issue date (empty: the last day of the programme or course, { $date })
