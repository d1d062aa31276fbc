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

## Participants' feedback
feedback-invalid = Бұл жазбаны есепке алу мүмкін емес: баға 1-ден 5-ке дейін, теңге кемінде 1 болуы керек, әр сұрақтың өз мәтіні болуы тиіс.
nav-feedback = Кері байланыс
feedback-event = Іс-шара
feedback-no-events = Алдымен іс-шара қосыңыз: кері байланыс іс-шара бойынша жиналады.
feedback-method = Әдіс
feedback-method-rating = 1-ден 5-ке дейін баға
feedback-method-two-stars = Екі жұлдыз, бір тілек
feedback-method-coins = «Теңге алу»
feedback-method-traffic-light = Бағдаршам
feedback-method-free = Еркін пікір
feedback-light-green = жасыл
feedback-light-yellow = сары
feedback-light-red = қызыл
feedback-questions = 1-ден 5-ке дейін бағаланатын сұрақтар
feedback-question-new = Сұрақ қосу
feedback-question-text = Сұрақ мәтіні
feedback-question-remove = Алып тастау
feedback-questions-save = Сұрақтарды сақтау
feedback-grid-title = Қағаз парақтарды енгізу
feedback-grid-keys = Табуляция немесе Енгізу пернесі келесі өріске өтеді. Баға: 1-ден 5-ке дейінгі сандар. Бағдаршам: G, Y, R немесе 1, 2, 3. Соңғы өрісте Енгізу парақты қосады; «Болдырмау» оны қайтарады.
feedback-target = Бөлім № (бос болса — бүкіл іс-шара)
feedback-respondent = Аты-жөні (бос болса — жасырын)
feedback-star = Жұлдыз
feedback-wish = Тілек
feedback-comment = Пікір
feedback-coins = Теңге
feedback-light = Бағдаршам (G/Y/R)
feedback-add = Парақты қосу
feedback-unknown-session = Мұндай нөмірлі бөлім жоқ; бөлімдер тізімін қараңыз.
feedback-unknown-person = Мұндай есімді қатысушы жоқ; жасырын парақ үшін бос қалдырыңыз.
feedback-empty-form = Парақ бос: кемінде бір жауап енгізіңіз.
feedback-sessions = Бөлімдер
feedback-whole-event = Бүкіл іс-шара
feedback-recent = Соңғы енгізілген парақтар
feedback-anonymous = жасырын
feedback-results = Нәтижелер
feedback-results-count = { $count } жазба, оның { $anonymous } жасырын
feedback-mean = Орташа
feedback-answers = Жауаптар
feedback-no-answers = әзірге жауап жоқ
feedback-coins-title = Бөлімдерге берілген теңгелер
feedback-lights-title = Бөлімдер бойынша бағдаршам
feedback-written-title = Жұлдыздар, тілектер мен пікірлер
feedback-total = Барлығы
summary-registrations = Тіркелгендер: { $count } (қатысқаны: { $present })
summary-observations = Сабақ бақылаулары: { $count }
summary-feedback = Кері байланыс жазбалары: { $count } (жасырын: { $anonymous })
summary-question = { $question }: орташа баға { $mean } ({ $answers } жауап)
summary-coins = Теңгелер: { $count }
summary-lights = Бағдаршам: { $green } жасыл, { $yellow } сары, { $red } қызыл
summary-no-events = «{ $title }» жобасында іс-шара жоқ.
feedback-import = Кестеден жүктеу (үтірмен бөлінген мәтін)…
feedback-import-path = Файлдың жолы
feedback-import-read = Файлды оқу
feedback-import-column = «{ $column }» бағаны
feedback-import-ignore = Жүктемеу
feedback-import-ready = Жүктеуге дайын жолдар: { $good }; қатесі барлары: { $bad }.
feedback-import-skip = Қатесі бар жолдарды өткізіп жіберу
feedback-import-confirm = Жүктеу
feedback-import-refused = { $lines } жолдарында қате бар: файлды түзетіңіз немесе оларды өткізіп жіберуді таңдаңыз.
feedback-import-done = Жүктелген жазбалар: { $count }. «Болдырмау» бүкіл жүктеуді қайтарады.
feedback-import-windows-1251 = Файл ескі кесте бағдарламаларының кодтауында (1251) оқылды: жүктеу алдында төмендегі әріптерді тексеріңіз.
csv-empty = Файлда жүктейтін ештеңе жоқ: онда тақырып жолы және кемінде бір жол болуы керек.
csv-malformed = Файлдың { $line }-жолын оқу мүмкін емес: тырнақша жабылмаған. Кестені қайтадан үтірмен бөлінген мәтін ретінде сақтаңыз.
csv-line = { $line }-жол: { $problems }
csv-bad-cell = «{ $column }» бағанындағы «{ $value }»: { $reason }
csv-rating = баға 1-ден 5-ке дейінгі бүтін сан, бағдаршам G, Y немесе R болады
csv-unknown-person = «{ $name }» есімді қатысушы жоқ
csv-unknown-session = бағдарламада «{ $value }» бөлімі жоқ
csv-nothing = жүктеуге таңдалған бағандарда ештеңе жоқ
feedback-import-choose = Файлды таңдау…
file-kind-csv = Үтірмен бөлінген кестелер
