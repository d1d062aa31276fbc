app-title = Әдіскер

## Даталар: { $year }-жылдын { $day }-{ $month }
date-long = { $year }-жылдын { $day }-{ $month }
month-1 = январы
month-2 = февралы
month-3 = марты
month-4 = апрели
month-5 = майы
month-6 = июну
month-7 = июлу
month-8 = августу
month-9 = сентябры
month-10 = октябры
month-11 = ноябры
month-12 = декабры

## Долбоорду ачканда табылган каталар
problem-wrong-format = Бул долбоор файлы эмес (формат: «{ $found }»).
problem-duplicate-id = { $at }: { $entity } идентификатору эки жолу колдонулган ({ $id }).
problem-dangling = { $at } долбоордо жок объектке шилтеме берет: { $entity } ({ $id }).
problem-ends-before-start = { $at }: аякталуу убактысы башталуу убактысынан эрте.
problem-empty-name = { $at }: аталышы көрсөтүлгөн эмес.

entity-school = мектеп
entity-person = катышуучу
entity-event = иш-чара
entity-room = кабинет
entity-session = программа пункту
entity-observation = сабакка байкоо
entity-feedback = пикир жазуусу
entity-mentorship = насаатчылык
entity-award = сыйлык
entity-template = байкоо үлгүсү

## Талааларды толтуруу
field-required = Милдеттүү талаа.
field-bad-date = Датаны 01.02.2019 түрүндө жазыңыз.
field-bad-email = Бул электрондук почтанын дарегине окшобойт.
field-bad-phone = Телефон номери 5–15 цифрадан турат.
field-bad-number = Бүтүн сан жазыңыз.
field-ends-before-start = Аякталуу убактысы башталуу убактысынан эрте.

## Файлдарды окуу жана жазуу
load-empty = { $path } файлы бош. Эгер долбоор мурда сакталган болсо, анын камдык көчүрмөсүн ачыңыз.
load-too-large = { $path } файлынын көлөмү { $megabytes } МБ — долбоор файлы үчүн өтө чоң.
load-not-a-project = { $path } файлы Әдіскер долбоору эмес.
load-truncated = { $path } файлы толук эмес ({ $line }-сап, { $column }-мамыча): ал толук көчүрүлгөн же сакталган эмес. Эч нерсе өзгөртүлгөн жок; камдык көчүрмөсүн ачыңыз.
load-syntax = { $path } файлы { $line }-сапта, { $column }-мамычада бузулган. Эч нерсе өзгөртүлгөн жок; камдык көчүрмөсүн ачыңыз.
load-shape = { $path } файлында { $line }-сап, { $column }-мамычада туура эмес маани бар: { $detail }. Эч нерсе өзгөртүлгөн жок; камдык көчүрмөсүн ачыңыз.
store-locked = Бул долбоор башка терезеде ачык. Адегенде аны ошол жерден жабыңыз.
store-not-found = Китепканада { $id } долбоору жок.
store-already-exists = { $id } идентификатору бар долбоор китепканада мурдатан эле бар.
io-disk-full = Дискте орун калган жок: { $path } жазылган жок. Орун бошотуңуз; өзгөртүүлөрүңүз терезеде сакталып турат.
io-permission = { $path } — жазууга уруксат жок. Башка папканы тандаңыз же компьютердин администраторуна кайрылыңыз.
io-not-found = { $path } табылган жок.
io-other = { $path } боюнча ката: { $reason }
error-write-file = { $path } жазылган жок: { $reason }

## Буйрук сабы
cli-error = Ката
cli-check-ok = «{ $title }» долбоору катасыз ачылат.

## Жалпы аракеттер
action-back = Артка
action-cancel = Баш тартуу
action-delete = Өчүрүү
action-dismiss = Жабуу
action-duplicate = Көчүрмөсүн түзүү
action-ok = Макул
action-open = Ачуу
action-redo = Кайталоо
action-rename = Атын өзгөртүү
action-save = Сактоо
action-undo = Жокко чыгаруу
choice-none = — жок —
file-kind-project = Долбоор файлы

## Китепкана
library-title = Долбоорлор
library-new = Жаңы долбоор
library-import = Импорттоо…
library-export = Экспорттоо…
library-add-sample = Үлгүнү кошуу
library-trash = Себет
library-trash-count = Себет ({ $count })
library-back-to-projects = Долбоорлорго кайтуу
library-search = Аталышы же уюштуруучусу боюнча издөө
library-sort = Иреттөө:
library-sort-changed = Акыркы өзгөртүү
library-sort-title = Аталышы
library-sort-date = Иш-чаранын датасы
library-loading = Китепкана окулууда…
library-empty = Азырынча долбоор жок. Жаңысын түзүңүз же долбоор файлын импорттоңуз.
library-nothing-found = Издөөгө туура келген долбоор табылган жок.
library-trash-empty = Себет бош.
library-no-events = азырынча иш-чара жок
library-row-details = { $date } · өзгөртүлдү: { $changed } · { $people } катышуучу
library-damaged = Файлды окуу мүмкүн эмес: { $detail }
library-conflicts = Файлдарды синхрондоштурууда пайда болгон карама-каршы көчүрмөлөр: { $files }. Экөөнү тең ачып, керегин калтырыңыз.
library-copy-of = { $title } (көчүрмө)
library-deleted = «{ $title }» себетке жылдырылды.
library-exported = Долбоор бул жерге сакталды: { $path }.
library-imported = Долбоор импорттолду.
library-restore = Калыбына келтирүү
library-purge = Биротоло өчүрүү
library-restore-backup = Камдык көчүрмөнү ачуу
library-path = Файлдын толук жолу
library-no-file-dialog = Системанын файл тандоо терезеси бул жерде жеткиликсиз. Файлдын толук жолун жазыңыз.
sample-offer-title = Үлгүдөн баштайсызбы?
sample-offer-body = Үлгү — чыныгы иш-чара: 2019-жылдын 1-февралында Алматыдагы №57 мектепте казак тили жана адабияты мугалимдери үчүн өткөн шаардык тажрыйбалык аянтча; анда коноктор, ачык сабактар, чеберчилик сабагы жана пикир алмашуу бар.
sample-offer-open = Үлгүнү ачуу
sample-offer-decline = Жок, рахмат

## Тизмелер жана формалар
list-empty = Бул жерде азырынча эч нерсе жок.
list-more = Дагы { $count }: тизмени кыскартуу үчүн издөө сабына жазыңыз.
list-search = Издөө

## Долбоор
project-title = Аталышы
project-organizer = Уюштуруучу
project-opening = Долбоор ачылууда…
project-reloaded = Долбоорду башка программа өзгөрттү, ошондуктан ал кайра жүктөлдү.
project-conflict-kept = Сиз түзөтүп жатканда долбоор башка жерде өзгөртүлдү. Сиздин вариантыңыз сакталды; экинчи вариант анын жанына { $file } деген ат менен сакталды.
nav-library = Китепкана
nav-overview = Жалпы маалымат
nav-events = Иш-чаралар
nav-people = Катышуучулар
nav-schools = Мектептер
nav-settings = Жөндөөлөр
overview-counts = { $events } иш-чара · { $sessions } программа пункту · { $people } катышуучу · { $schools } мектеп
overview-problems = Файлдан { $count } ката табылды
save-saved = Бардык өзгөртүүлөр сакталды
save-pending = Азырынча сактала элек
save-saving = Сакталууда…
save-failed = Сакталган жок: { $reason }
save-retry = Кайра аракет кылуу
save-read-only = Окуу үчүн гана: өзгөртүүлөрдү сактоого болбойт
read-only-newer = Бул долбоор Әдіскердин жаңыраак версиясында сакталган ({ $version } форматы). Эч нерсе жоголбошу үчүн ал окуу үчүн гана ачылды.
read-only-locked = Бул долбоор башка терезеде же башка компьютерде ачык. Бул жерде ал окуу үчүн гана ачылды.
read-only-problems = Бул долбоордо каталар бар (алар «Жалпы маалымат» бөлүмүндө көрсөтүлгөн). Ал окуу үчүн гана ачылды; камдык көчүрмөнү калыбына келтириңиз же файлды оңдоңуз.
edit-not-found = Ал мурда эле өчүрүлгөн.
edit-school-in-use = Мектепти өчүрүүгө болбойт: ага { $people } катышуучу жана { $events } иш-чара шилтеме кылат.
edit-person-in-use = Катышуучуну өчүрүүгө болбойт: ал программада, каттоодо же сыйлыктарда { $uses } жерде аталган.
edit-already-registered = Бул адам иш-чарага катталып койгон.

## Катышуучулар
people-new = Жаңы катышуучу
people-hint = Сол жактан катышуучуну тандаңыз же жаңысын кошуңуз.
person-full-name = Аты-жөнү
person-school = Мектеп
person-position = Кызматы
person-qualification = Квалификациялык категориясы
person-subjects = Предметтери (үтүр менен)
person-email = Эл. почта
person-phone = Телефон
person-note = Эскертүү

## Мектептер
schools-new = Жаңы мектеп
schools-hint = Сол жактан мектепти тандаңыз же жаңысын кошуңуз.
school-name = Аталышы
school-number = Номери
school-locality = Шаар же район
school-role = Ролу
school-role-host = Кабыл алуучу мектеп
school-role-leading = Жетекчи мектеп
school-role-magnet = Магнит мектеп
school-role-member = Катышуучу мектеп
school-role-other = Башка

## Иш-чаралар
events-new = Жаңы иш-чара
events-hint = Сол жактан иш-чараны тандаңыз же жаңысын кошуңуз.
event-title = Аталышы
event-theme = Темасы
event-kind = Түрү
event-level = Деңгээли
event-format = Өткөрүү формасы
event-starts-on = Биринчи күнү
event-ends-on = Акыркы күнү
event-expected = Күтүлгөн катышуучулардын саны
event-venue-school = Өткөрүлүүчү мектеп
event-address = Дареги
event-online-link = Онлайн шилтеме
event-rooms = Кабинеттер
event-room-name = Кабинет
event-room-capacity = Орун саны
event-add-room = Кабинет кошуу
event-room-needs-name = Ар бир кабинеттин аталышы болушу керек.
event-room-in-use = Бул кабинет программанын { $sessions } пунктунда көрсөтүлгөн; адегенде аларды башка кабинетке которуңуз.
event-goal = Максаты
event-audience = Кимге арналган
event-kind-seminar = Семинар
event-kind-practice-site = Тажрыйбалык аянтча
event-kind-master-class = Чеберчилик сабагы
event-kind-round-table = Тегерек стол
event-kind-conference = Конференция
event-kind-hearing = Угуу
event-kind-open-doors = Ачык эшиктер күнү
event-kind-methodical-landing = Методикалык десант
event-kind-training = Тренинг
event-kind-visit = Сапар
event-kind-other = Башка
level-school = Мектептик
level-district = Райондук
level-city = Шаардык
level-regional = Облустук
level-republican = Республикалык
level-international = Эл аралык
format-offline = Бетме-бет
format-online = Онлайн
format-hybrid = Аралаш

## Жөндөөлөр
settings-title = Жөндөөлөр
settings-language = Тил
settings-theme = Сырткы көрүнүш
settings-theme-light = Жарык
settings-theme-dark = Караңгы

## Календарга чыгаруу
ics-written = «{ $title }» программасы { $path } файлына жазылды: { $count } пункт.
ics-choose-event = Долбоордо { $count } иш-чара бар. Бирөөнү тандап, анын идентификаторун { $option } параметри менен көрсөтүңүз:
ics-unknown-event = Долбоордо «{ $id }» идентификатору бар иш-чара жок. Долбоордун иш-чаралары:
ics-no-events = «{ $title }» долбоорунда бир да иш-чара жок, ошондуктан календарь түзүлгөн жок.
ics-lesson-summary = { $title } — { $subject }, { $grade }-класс
ics-topic = Темасы: { $topic }
ics-teachers = Сабакты өткөрөт: { $names }
ics-responsible = Жооптуу: { $names }
session-kind-registration = Каттоо
session-kind-opening = Ачылыш
session-kind-performance = Өнөр көрсөтүү
session-kind-speech = Сөз сүйлөө
session-kind-master-class = Чеберчилик сабагы
session-kind-open-lesson = Ачык сабак
session-kind-break = Тыныгуу
session-kind-round-table = Тегерек стол
session-kind-discussion = Талкуу
session-kind-feedback = Кайтарым байланыш
session-kind-awards = Сыйлоо
session-kind-visit = Сапар
session-kind-other = Башка

## Пландагы карама-каршылыктар
cli-warning = Эскертүү
conflict-person = { $person } бир убакта эки жерде: «{ $session }» жана «{ $other }».
conflict-room = { $room } кабинети бир убакта эки жолу берилген: «{ $session }» жана «{ $other }».
conflict-capacity = «{ $session }»: { $attendees } катышуучу, ал эми { $room } кабинетинде болгону { $capacity } орун бар.
conflict-outside-days = «{ $session }» иш-чаранын күндөрүнөн тышкары турат.
conflict-no-teacher = «{ $session }» сабагынын мугалими көрсөтүлгөн эмес.
conflict-no-topic = «{ $session }» сабагынын темасы көрсөтүлгөн эмес.
conflict-observer-own-lesson = { $person } өз сабагын («{ $session }») байкап жатат.

## Participants' feedback
feedback-invalid = Бул жазууну эсепке алууга болбойт: баа 1ден 5ке чейин, тыйын кеминде 1 болушу керек, ар бир суроонун өз тексти болушу зарыл.
nav-feedback = Кайтарым байланыш
feedback-event = Иш-чара
feedback-no-events = Адегенде иш-чара кошуңуз: кайтарым байланыш иш-чара боюнча чогултулат.
feedback-method = Ыкма
feedback-method-rating = 1ден 5ке чейин баа
feedback-method-two-stars = Эки жылдыз, бир тилек
feedback-method-coins = Тыйындар («Теңге алу»)
feedback-method-traffic-light = Светофор
feedback-method-free = Эркин пикир
feedback-light-green = жашыл
feedback-light-yellow = сары
feedback-light-red = кызыл
feedback-questions = 1ден 5ке чейин бааланган суроолор
feedback-question-new = Суроо кошуу
feedback-question-text = Суроонун тексти
feedback-question-remove = Алып салуу
feedback-questions-save = Суроолорду сактоо
feedback-grid-title = Кагаз анкеталарды киргизүү
feedback-grid-keys = Табуляция же Киргизүү баскычы кийинки талаага өтөт. Баа: 1ден 5ке чейинки сандар. Светофор: G, Y, R же 1, 2, 3. Акыркы талаада Киргизүү анкетаны кошот; «Жокко чыгаруу» аны кайтарат.
feedback-target = Бөлүм № (бош болсо — бүт иш-чара)
feedback-respondent = Аты-жөнү (бош болсо — жашыруун)
feedback-star = Жылдыз
feedback-wish = Тилек
feedback-comment = Пикир
feedback-coins = Тыйындар
feedback-light = Светофор (G/Y/R)
feedback-add = Анкетаны кошуу
feedback-unknown-session = Мындай номерлүү бөлүм жок; бөлүмдөрдүн тизмесин караңыз.
feedback-unknown-person = Мындай аттуу катышуучу жок; жашыруун анкета үчүн бош калтырыңыз.
feedback-empty-form = Анкета бош: жок дегенде бир жооп киргизиңиз.
feedback-sessions = Бөлүмдөр
feedback-whole-event = Бүт иш-чара
feedback-recent = Акыркы киргизилген анкеталар
feedback-anonymous = жашыруун
feedback-results = Жыйынтыктар
feedback-results-count = { $count } жазуу, анын { $anonymous } жашыруун
feedback-mean = Орточо
feedback-answers = Жооптор
feedback-no-answers = азырынча жооп жок
feedback-coins-title = Бөлүмдөргө берилген тыйындар
feedback-lights-title = Бөлүмдөр боюнча светофор
feedback-written-title = Жылдыздар, тилектер жана пикирлер
feedback-total = Бардыгы
summary-registrations = Катталгандар: { $count } (катышканы: { $present })
summary-observations = Сабакка байкоолор: { $count }
summary-feedback = Кайтарым байланыш жазуулары: { $count } (жашыруун: { $anonymous })
summary-question = { $question }: орточо баа { $mean } ({ $answers } жооп)
summary-coins = Тыйындар: { $count }
summary-lights = Светофор: { $green } жашыл, { $yellow } сары, { $red } кызыл
summary-no-events = «{ $title }» долбоорунда иш-чара жок.
feedback-import = Таблицадан жүктөө (үтүр менен бөлүнгөн текст)…
feedback-import-path = Файлдын жолу
feedback-import-read = Файлды окуу
feedback-import-column = «{ $column }» мамычасы
feedback-import-ignore = Жүктөбөө
feedback-import-ready = Жүктөөгө даяр саптар: { $good }; катасы барлары: { $bad }.
feedback-import-skip = Катасы бар саптарды өткөрүп жиберүү
feedback-import-confirm = Жүктөө
feedback-import-refused = { $lines } саптарында ката бар: файлды оңдоңуз же аларды өткөрүп жиберүүнү тандаңыз.
feedback-import-done = Жүктөлгөн жазуулар: { $count }. «Жокко чыгаруу» бүт жүктөөнү кайтарат.
feedback-import-windows-1251 = Файл эски таблица программаларынын коддоосунда (1251) окулду: жүктөөдөн мурун төмөнкү тамгаларды текшериңиз.
csv-empty = Файлда жүктөй турган эч нерсе жок: анда баш сап жана жок дегенде бир сап болушу керек.
csv-malformed = Файлдын { $line }-сабын окууга болбойт: тырмакча жабылган эмес. Таблицаны кайра үтүр менен бөлүнгөн текст катары сактаңыз.
csv-line = { $line }-сап: { $problems }
csv-bad-cell = «{ $column }» мамычасындагы «{ $value }»: { $reason }
csv-rating = баа 1ден 5ке чейинки бүтүн сан, светофор G, Y же R болот
csv-unknown-person = «{ $name }» аттуу катышуучу жок
csv-unknown-session = программада «{ $value }» бөлүмү жок
csv-nothing = жүктөөгө тандалган мамычаларда эч нерсе жок
feedback-import-choose = Файлды тандоо…
file-kind-csv = Үтүр менен бөлүнгөн таблицалар
