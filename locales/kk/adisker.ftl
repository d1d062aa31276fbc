app-title = Әдіскер

## Күндер: { $year } жылғы { $day } { $month }
date-long = { $year } жылғы { $day } { $month }
month-1 = қаңтар
month-2 = ақпан
month-3 = наурыз
month-4 = сәуір
month-5 = мамыр
month-6 = маусым
month-7 = шілде
month-8 = тамыз
month-9 = қыркүйек
month-10 = қазан
month-11 = қараша
month-12 = желтоқсан

## Жобаны ашқанда табылған қателер
problem-wrong-format = Бұл жоба файлы емес (формат: «{ $found }»).
problem-duplicate-id = { $at }: { $entity } идентификаторы екі рет қолданылған ({ $id }).
problem-dangling = { $at } жобада жоқ нысанға сілтеме жасайды: { $entity } ({ $id }).
problem-ends-before-start = { $at }: аяқталу уақыты басталу уақытынан бұрын тұр.
problem-empty-name = { $at }: атауы көрсетілмеген.

entity-school = мектеп
entity-person = қатысушы
entity-event = іс-шара
entity-room = кабинет
entity-session = бағдарлама тармағы
entity-observation = сабақты бақылау
entity-feedback = кері байланыс жазбасы
entity-mentorship = тәлімгерлік
entity-award = марапат
entity-template = бақылау үлгісі

## Өрістерді толтыру
field-required = Міндетті өріс.
field-bad-date = Күнді 01.02.2019 түрінде енгізіңіз.
field-bad-email = Бұл электрондық пошта мекенжайына ұқсамайды.
field-bad-phone = Телефон нөмірі 5–15 цифрдан тұрады.
field-bad-number = Бүтін сан енгізіңіз.
field-ends-before-start = Аяқталу уақыты басталу уақытынан бұрын тұр.

## Файлдарды оқу және жазу
load-empty = { $path } файлы бос. Жоба бұрын сақталған болса, оның сақтық көшірмесін ашыңыз.
load-too-large = { $path } файлының көлемі { $megabytes } МБ — жоба файлы үшін тым үлкен.
load-not-a-project = { $path } файлы Әдіскер жобасы емес.
load-truncated = { $path } файлы толық емес ({ $line }-жол, { $column }-баған): ол толық көшірілмеген немесе сақталмаған. Ештеңе өзгертілген жоқ; сақтық көшірмесін ашыңыз.
load-syntax = { $path } файлы { $line }-жолда, { $column }-бағанда зақымдалған. Ештеңе өзгертілген жоқ; сақтық көшірмесін ашыңыз.
load-shape = { $path } файлында { $line }-жол, { $column }-бағанда қате мән бар: { $detail }. Ештеңе өзгертілген жоқ; сақтық көшірмесін ашыңыз.
store-locked = Бұл жоба басқа терезеде ашық. Алдымен оны сол жерде жабыңыз.
store-not-found = Кітапханада { $id } жобасы жоқ.
store-already-exists = { $id } идентификаторлы жоба кітапханада бұрыннан бар.
io-disk-full = Дискіде орын қалмады: { $path } жазылмады. Орын босатыңыз; өзгерістеріңіз терезеде сақтаулы тұр.
io-permission = { $path } — жазуға рұқсат жоқ. Басқа қалтаны таңдаңыз немесе компьютер әкімшісіне хабарласыңыз.
io-not-found = { $path } табылмады.
io-other = { $path } бойынша қате: { $reason }
error-write-file = { $path } жазылмады: { $reason }

## Пәрмен жолы
cli-error = Қате
cli-check-ok = «{ $title }» жобасы қатесіз ашылады.

## Жалпы әрекеттер
action-back = Артқа
action-cancel = Бас тарту
action-delete = Өшіру
action-dismiss = Жабу
action-duplicate = Көшірмесін жасау
action-ok = Жарайды
action-open = Ашу
action-redo = Қайтару
action-rename = Атын өзгерту
action-save = Сақтау
action-undo = Болдырмау
choice-none = — жоқ —
file-kind-project = Жоба файлы

## Кітапхана
library-title = Жобалар
library-new = Жаңа жоба
library-import = Импорттау…
library-export = Экспорттау…
library-add-sample = Үлгіні қосу
library-trash = Себет
library-trash-count = Себет ({ $count })
library-back-to-projects = Жобаларға оралу
library-search = Атауы не ұйымдастырушысы бойынша іздеу
library-sort = Сұрыптау:
library-sort-changed = Соңғы өзгеріс
library-sort-title = Атауы
library-sort-date = Іс-шара күні
library-loading = Кітапхана оқылуда…
library-empty = Әзірге жоба жоқ. Жаңасын жасаңыз немесе жоба файлын импорттаңыз.
library-nothing-found = Іздеуге сәйкес жоба табылмады.
library-trash-empty = Себет бос.
library-no-events = әзірге іс-шара жоқ
library-row-details = { $date } · өзгертілді: { $changed } · { $people } қатысушы
library-damaged = Файлды оқу мүмкін емес: { $detail }
library-conflicts = Файлдарды синхрондау кезінде пайда болған қайшылықты көшірмелер: { $files }. Екеуін де ашып, керегін қалдырыңыз.
library-copy-of = { $title } (көшірме)
library-deleted = «{ $title }» себетке жіберілді.
library-exported = Жоба мына жерге сақталды: { $path }.
library-imported = Жоба импортталды.
library-restore = Қалпына келтіру
library-purge = Біржола өшіру
library-restore-backup = Сақтық көшірмені ашу
library-path = Файлдың толық жолы
library-no-file-dialog = Жүйенің файл таңдау терезесі мұнда қолжетімсіз. Файлдың толық жолын енгізіңіз.
sample-offer-title = Үлгіден бастайсыз ба?
sample-offer-body = Үлгі — нақты өткен іс-шара: 2019 жылғы 1 ақпанда Алматыдағы №57 мектепте қазақ тілі мен әдебиеті мұғалімдеріне арналған қалалық тәжірибелік алаң; онда қонақтар, ашық сабақтар, шеберлік сағаты және кері байланыс кезеңі бар.
sample-offer-open = Үлгіні ашу
sample-offer-decline = Жоқ, рақмет

## Тізімдер мен формалар
list-empty = Мұнда әзірге ештеңе жоқ.
list-more = Тағы { $count }: тізімді қысқарту үшін іздеу жолына жазыңыз.
list-search = Іздеу

## Жоба
project-title = Атауы
project-organizer = Ұйымдастырушы
project-opening = Жоба ашылуда…
project-reloaded = Жобаны басқа бағдарлама өзгертті, сондықтан ол қайта жүктелді.
project-conflict-kept = Сіз өңдеп отырғанда жоба басқа жерде өзгертілді. Сіздің нұсқаңыз сақталды; екінші нұсқа оның қасына { $file } деген атпен сақталды.
nav-library = Кітапхана
nav-overview = Шолу
nav-events = Іс-шаралар
nav-people = Қатысушылар
nav-schools = Мектептер
nav-settings = Баптаулар
overview-counts = { $events } іс-шара · { $sessions } бағдарлама тармағы · { $people } қатысушы · { $schools } мектеп
overview-problems = Файлдан { $count } қате табылды
save-saved = Барлық өзгеріс сақталды
save-pending = Әлі сақталмаған
save-saving = Сақталуда…
save-failed = Сақталмады: { $reason }
save-retry = Қайталап көру
save-read-only = Тек оқу режимі: өзгерістерді сақтау мүмкін емес
read-only-newer = Бұл жоба Әдіскердің жаңарақ нұсқасында сақталған ({ $version } форматы). Ештеңе жоғалмас үшін ол тек оқу режимінде ашылды.
read-only-locked = Бұл жоба басқа терезеде немесе басқа компьютерде ашық. Мұнда ол тек оқу режимінде ашылды.
read-only-problems = Бұл жобада қателер бар (олар «Шолу» бөлімінде көрсетілген). Ол тек оқу режимінде ашылды; сақтық көшірмесін қалпына келтіріңіз немесе файлды түзетіңіз.
edit-not-found = Ол бұрын өшірілген.
edit-school-in-use = Мектепті өшіру мүмкін емес: оған { $people } қатысушы мен { $events } іс-шара сілтеме жасайды.
edit-person-in-use = Қатысушыны өшіру мүмкін емес: ол бағдарламада, тіркеуде немесе марапаттарда { $uses } жерде аталған.
edit-already-registered = Бұл адам іс-шараға тіркеліп қойған.

## Қатысушылар
people-new = Жаңа қатысушы
people-hint = Сол жақтан қатысушыны таңдаңыз немесе жаңасын қосыңыз.
person-full-name = Аты-жөні
person-school = Мектеп
person-position = Лауазымы
person-qualification = Біліктілік санаты
person-subjects = Пәндері (үтір арқылы)
person-email = Эл. пошта
person-phone = Телефон
person-note = Ескертпе

## Мектептер
schools-new = Жаңа мектеп
schools-hint = Сол жақтан мектепті таңдаңыз немесе жаңасын қосыңыз.
school-name = Атауы
school-number = Нөмірі
school-locality = Елді мекен немесе аудан
school-role = Рөлі
school-role-host = Қабылдаушы мектеп
school-role-leading = Жетекші мектеп
school-role-magnet = Магнит мектеп
school-role-member = Қатысушы мектеп
school-role-other = Басқа

## Іс-шаралар
events-new = Жаңа іс-шара
events-hint = Сол жақтан іс-шараны таңдаңыз немесе жаңасын қосыңыз.
event-title = Атауы
event-theme = Тақырыбы
event-kind = Түрі
event-level = Деңгейі
event-format = Өткізу форматы
event-starts-on = Бірінші күні
event-ends-on = Соңғы күні
event-expected = Күтілетін қатысушылар саны
event-venue-school = Өтетін мектеп
event-address = Мекенжайы
event-online-link = Онлайн сілтеме
event-rooms = Кабинеттер
event-room-name = Кабинет
event-room-capacity = Орын саны
event-add-room = Кабинет қосу
event-room-needs-name = Әр кабинеттің атауы болуы керек.
event-room-in-use = Бұл кабинет бағдарламаның { $sessions } тармағында көрсетілген; алдымен оларды басқа кабинетке ауыстырыңыз.
event-goal = Мақсаты
event-audience = Кімге арналған
event-kind-seminar = Семинар
event-kind-practice-site = Тәжірибелік алаң
event-kind-master-class = Шеберлік сағаты
event-kind-round-table = Дөңгелек үстел
event-kind-conference = Конференция
event-kind-hearing = Тыңдау
event-kind-open-doors = Ашық есік күні
event-kind-methodical-landing = Әдістемелік десант
event-kind-training = Тренинг
event-kind-visit = Сапар
event-kind-other = Басқа
level-school = Мектептік
level-district = Аудандық
level-city = Қалалық
level-regional = Облыстық
level-republican = Республикалық
level-international = Халықаралық
format-offline = Бетпе-бет
format-online = Онлайн
format-hybrid = Аралас

## Баптаулар
settings-title = Баптаулар
settings-language = Тіл
settings-theme = Сыртқы түрі
settings-theme-light = Ашық
settings-theme-dark = Қараңғы

## Күнтізбеге шығару
ics-written = «{ $title }» бағдарламасы { $path } файлына жазылды: { $count } тармақ.
ics-choose-event = Жобада { $count } іс-шара бар. Біреуін таңдап, оның идентификаторын { $option } параметрімен көрсетіңіз:
ics-unknown-event = Жобада «{ $id }» идентификаторлы іс-шара жоқ. Жобадағы іс-шаралар:
ics-no-events = «{ $title }» жобасында бірде-бір іс-шара жоқ, сондықтан күнтізбе жасалмады.
ics-lesson-summary = { $title } — { $subject }, { $grade }-сынып
ics-topic = Тақырыбы: { $topic }
ics-teachers = Сабақты жүргізеді: { $names }
ics-responsible = Жауапты: { $names }
session-kind-registration = Тіркеу
session-kind-opening = Ашылу
session-kind-performance = Өнер көрсету
session-kind-speech = Сөз сөйлеу
session-kind-master-class = Шеберлік сағаты
session-kind-open-lesson = Ашық сабақ
session-kind-break = Үзіліс
session-kind-round-table = Дөңгелек үстел
session-kind-discussion = Талқылау
session-kind-feedback = Кері байланыс
session-kind-awards = Марапаттау
session-kind-visit = Сапар
session-kind-other = Басқа

## Жоспардағы қайшылықтар
cli-warning = Ескерту
conflict-person = { $person } бір уақытта екі жерде: «{ $session }» және «{ $other }».
conflict-room = { $room } кабинеті бір уақытта екі рет берілген: «{ $session }» және «{ $other }».
conflict-capacity = «{ $session }»: { $attendees } қатысушы, ал { $room } кабинетінде { $capacity } орын ғана бар.
conflict-outside-days = «{ $session }» іс-шара күндерінен тыс тұр.
conflict-no-teacher = «{ $session }» сабағының мұғалімі көрсетілмеген.
conflict-no-topic = «{ $session }» сабағының тақырыбы көрсетілмеген.
conflict-observer-own-lesson = { $person } өз сабағын («{ $session }») бақылап отыр.

## Сабақты бақылау
nav-observations = Сабақты бақылау
obs-template-default-name = Сабақты бақылау парағы
obs-criterion-objectives = Оқу мақсаттары және бағалау критерийлері
obs-criterion-objectives-descriptor = Сабақтың мақсаты оқу бағдарламасына сай, оқушыларға түсінікті; бағалау критерийлері мақсатқа жеткенін көрсетеді.
obs-criterion-differentiation = Саралау
obs-criterion-differentiation-descriptor = Тапсырмалар мен қолдау оқушылардың деңгейі мен қажеттілігіне қарай сараланған, әр оқушы алға жылжиды.
obs-criterion-assessment = Қалыптастырушы бағалау және кері байланыс
obs-criterion-assessment-descriptor = Дескрипторлар нақты, кері байланыс уақытылы әрі сындарлы; оқушылар өзін және бірін-бірі бағалайды.
obs-criterion-engagement = Белсенді оқу және оқушылардың қатысуы
obs-criterion-engagement-descriptor = Оқушылардың бәрі жұмысқа тартылған, жұптық және топтық жұмыс тиімді ұйымдастырылған; оқушылар ойланады, сұрақ қояды, түсіндіреді.
obs-criterion-time = Уақытты басқару
obs-criterion-time-descriptor = Сабақ кезеңдері уақытқа сай бөлінген, мақсатқа жетуге уақыт жеткілікті.
obs-criterion-resources = Ресурстар және АКТ
obs-criterion-resources-descriptor = Көрнекіліктер, үлестірме материалдар мен АКТ сабақ мақсатына сай және орынды қолданылған.
obs-criterion-climate = Инклюзивті ахуал
obs-criterion-climate-descriptor = Сыныпта сенім мен қолдау ахуалы орнаған; ерекше білім беру қажеттілігі бар оқушы да қателесуден қорықпай жұмысқа қатысады.
obs-criterion-reflection = Рефлексия
obs-criterion-reflection-descriptor = Оқушылар не үйренгенін, қандай қиындық болғанын және әрі қарай не істеу керегін айта алады.
obs-template-in-use = Бұл парақ бойынша бақылаулар жасалған: өзгерістеріңіз оның жаңа нұсқасы ретінде сақталады.
obs-scale-four-levels = Төрт деңгей
obs-scale-yes-partly-no = Иә, ішінара, жоқ
obs-level-no = Жоқ
obs-level-partly = Ішінара
obs-level-yes = Иә
obs-hint = Қорытындысын көру немесе бақылау үшін ашық сабақты таңдаңыз.
obs-no-lessons = Бұл жобада әлі ашық сабақ жоқ. Іс-шара бағдарламасында сабақтың пәнін, сыныбын және мұғалімін көрсетіңіз.
obs-lesson = { $subject }, { $grade }-сынып: { $topic }
obs-teachers = Мұғалім: { $names }
obs-count = { $count } бақылау
obs-observer = Бақылаушы
obs-sheet = Бақылау парағы
obs-start = Бақылау
obs-summary = Сабақ қорытындысы
obs-criterion = Критерий
obs-mean = Орташа
obs-notes = Жазбалар
obs-none-yet = Бұл сабақты әлі ешкім бақылаған жоқ.
obs-history = Мұғалімнің тарихы
obs-history-title = { $name }: бақыланған барлық сабағы
obs-history-loading = Кітапханадағы жобалар оқылуда…
obs-history-empty = Бұл мұғалімнің сабағы әлі бақыланбаған.
obs-back = Сабақтар тізіміне оралу
obs-keys = ↑ ↓ критерийді таңдау · 1–4 деңгейін қою · N (Т) жазба жазу · ↵ жазбаны қосу
obs-note = Жылдам жазба
obs-note-hint = Көргеніңізді жазыңыз; ↵ оны уақытымен бірге қосады
obs-minute = { $minutes } мин
obs-strengths = Күшті жақтары
obs-improvements = Жетілдіруді қажет ететін тұстары
obs-recommendation = Ұсыныс
obs-finish = Бақылауды аяқтау
obs-status-draft = Аяқталмаған
obs-status-final = Аяқталды
obs-templates = Бақылау парақтары
obs-template-name = Парақтың атауы
obs-template-scale = Шкала
obs-template-copy = Көшірмесін жасау
obs-template-copy-name = { $name } (көшірме)
obs-template-version = { $version }-нұсқа
obs-criterion-title = Критерий
obs-criterion-descriptor = Дескриптор
obs-criterion-add = Критерий қосу
obs-criterion-new = Жаңа критерий
obs-criterion-up = Жоғары
obs-criterion-down = Төмен
obs-criterion-remove = Алып тастау
obs-template-saved-as-version = { $version }-нұсқа ретінде сақталды: бұрынғы нұсқамен жасалған бақылаулар сол нұсқада қалады.
obs-no-people = Алдымен жобаға адамдарды қосыңыз: бақылаушы солардың бірі болады.
