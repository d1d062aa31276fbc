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

## Сабакка байкоо
nav-observations = Сабакка байкоо
obs-template-default-name = Сабакка байкоо баракчасы
obs-criterion-objectives = Сабактын максаттары жана ийгилик критерийлери
obs-criterion-objectives-descriptor = Максаттар окуу программасына шайкеш жана окуучуларга түшүнүктүү; ийгилик критерийлери максатка жеткенин көрсөтөт.
obs-criterion-differentiation = Дифференцирлөө
obs-criterion-differentiation-descriptor = Тапшырмалар жана колдоо окуучулардын деңгээлине жана муктаждыгына жараша тандалган; ар бир окуучу алдыга жылат.
obs-criterion-assessment = Калыптандыруучу баалоо жана кайтарым байланыш
obs-criterion-assessment-descriptor = Дескрипторлор так; кайтарым байланыш өз убагында жана так берилет; окуучулар өзүн жана бири-бирин баалашат.
obs-criterion-engagement = Активдүү окутуу жана окуучулардын катышуусу
obs-criterion-engagement-descriptor = Бардык окуучулар иштейт; жуптук жана топтук иш жакшы уюштурулган; окуучулар ойлонот, суроо берет, түшүндүрөт.
obs-criterion-time = Убакытты пайдалануу
obs-criterion-time-descriptor = Сабактын этаптары убакытка туура бөлүнгөн, максатка жетүүгө убакыт жетиштүү.
obs-criterion-resources = Ресурстар жана МКТ
obs-criterion-resources-descriptor = Көрсөтмө куралдар, таратма материалдар жана МКТ сабактын максатына кызмат кылат жана орундуу колдонулат.
obs-criterion-climate = Инклюзивдүү маанай
obs-criterion-climate-descriptor = Класста ишеним жана колдоо бар; ар бир окуучу, өзгөчө муктаждыгы барлар да, жаңылышуудан коркпой катышат.
obs-criterion-reflection = Рефлексия
obs-criterion-reflection-descriptor = Окуучулар эмнени үйрөнгөнүн, эмне кыйын болгонун жана мындан ары эмне кылуу керектигин айта алышат.
obs-template-in-use = Бул баракча боюнча байкоолор жүргүзүлгөн: өзгөртүүлөрүңүз анын жаңы версиясы катары сакталат.
obs-scale-four-levels = Төрт деңгээл
obs-scale-yes-partly-no = Ооба, жарым-жартылай, жок
obs-level-no = Жок
obs-level-partly = Жарым-жартылай
obs-level-yes = Ооба
obs-hint = Жыйынтыгын көрүү же байкоо жүргүзүү үчүн ачык сабакты тандаңыз.
obs-no-lessons = Бул долбоордо азырынча ачык сабак жок. Иш-чаранын программасында сабактын предметин, классын жана мугалимин көрсөтүңүз.
obs-lesson = { $subject }, { $grade }-класс: { $topic }
obs-teachers = Мугалим: { $names }
obs-count = { $count } байкоо
obs-observer = Байкоочу
obs-sheet = Байкоо баракчасы
obs-start = Байкоо жүргүзүү
obs-summary = Сабактын жыйынтыгы
obs-criterion = Критерий
obs-mean = Орточо
obs-notes = Жазуулар
obs-none-yet = Бул сабакка азырынча эч ким байкоо жүргүзгөн жок.
obs-history = Мугалимдин тарыхы
obs-history-title = { $name }: байкоо жүргүзүлгөн бардык сабактары
obs-history-loading = Китепканадагы долбоорлор окулууда…
obs-history-empty = Бул мугалимдин сабактарына азырынча байкоо жүргүзүлө элек.
obs-back = Сабактардын тизмесине кайтуу
obs-keys = ↑ ↓ критерийди тандоо · 1–4 деңгээлин коюу · N (Т) жазуу жазуу · ↵ жазууну кошуу
obs-note = Тез жазуу
obs-note-hint = Көргөнүңүздү жазыңыз; ↵ аны убактысы менен кошот
obs-minute = { $minutes } мүн
obs-strengths = Күчтүү жактары
obs-improvements = Эмнени жакшыртуу керек
obs-recommendation = Сунуш
obs-finish = Байкоону аяктоо
obs-status-draft = Аяктала элек
obs-status-final = Аяктады
obs-templates = Байкоо баракчалары
obs-template-name = Баракчанын аталышы
obs-template-scale = Шкала
obs-template-copy = Көчүрмөсүн жасоо
obs-template-copy-name = { $name } (көчүрмө)
obs-template-version = { $version }-версия
obs-criterion-title = Критерий
obs-criterion-descriptor = Дескриптор
obs-criterion-add = Критерий кошуу
obs-criterion-new = Жаңы критерий
obs-criterion-up = Жогору
obs-criterion-down = Төмөн
obs-criterion-remove = Алып салуу
obs-template-saved-as-version = { $version }-версия катары сакталды: мурунку версия менен жүргүзүлгөн байкоолор ошол версияда калат.
obs-no-people = Адегенде долбоорго адамдарды кошуңуз: байкоочу алардын арасынан тандалат.
