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
problem-date-out-of-range = { $at }: { $year } жылы 1900–2200 аралығынан тыс.
problem-duplicate-number = { $at }: { $number } нөмірі екі марапатқа берілген.
problem-too-long = { $at } ұзындығы { $chars } таңба (форма ең көбі { $limit } таңба қабылдайды). Мәтін сақталады, ал басып шығарғанда қысқартылады.

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
entity-signatory = қол қоюшы
entity-programme = тәлімгерлік бағдарламасы
entity-direction = бағыт
entity-network = желілік қоғамдастық
entity-year-plan = жылдық жоспар
entity-course = курс

## Өрістерді толтыру
field-required = Міндетті өріс.
field-bad-date = Күнді 01.02.2019 түрінде енгізіңіз.
field-bad-email = Бұл электрондық пошта мекенжайына ұқсамайды.
field-bad-phone = Телефон нөмірі 5–15 цифрдан тұрады.
field-bad-number = Бүтін сан енгізіңіз.
field-ends-before-start = Аяқталу уақыты басталу уақытынан бұрын тұр.
field-too-long = Ең көбі { $limit } таңба; артығы қабылданбады.

## Файлдарды оқу және жазу
load-empty = { $path } файлы бос. Жоба бұрын сақталған болса, оның сақтық көшірмесін ашыңыз.
load-too-large = { $path } файлының көлемі { $megabytes } МБ — жоба файлы үшін тым үлкен.
load-not-a-project = { $path } файлы Әдіскер жобасы емес.
load-spreadsheet = { $path } файлы — кесте, Әдіскер жобасы емес. Кестедегі қатысушылар мен тіркелгендер жобаның ішіне енгізіледі: жобаны ашып, «Қатысушылар» → «Тізімді енгізу» батырмасын басыңыз.
load-truncated = { $path } файлы толық емес ({ $line }-жол, { $column }-баған): ол толық көшірілмеген немесе сақталмаған. Ештеңе өзгертілген жоқ; сақтық көшірмесін ашыңыз.
load-syntax = { $path } файлы { $line }-жолда, { $column }-бағанда зақымдалған. Ештеңе өзгертілген жоқ; сақтық көшірмесін ашыңыз.
load-shape = { $path } файлында { $line }-жол, { $column }-бағанда қате мән бар ({ $field } өрісі): { $detail }. Ештеңе өзгертілген жоқ; сақтық көшірмесін ашыңыз.
load-shape-missing = міндетті «{ $name }» өрісі жоқ
load-shape-type = мәннің түрі қате (мысалы, сан тұруы керек жерде мәтін тұр)
load-shape-unknown = «{ $value }» — Әдіскердің бұл нұсқасы білмейтін мән
load-shape-unreadable = оқылмайтын күн, уақыт, сан немесе идентификатор
load-too-complex = { $path } файлы тым көп ұсақ бөліктерден тұрады: оны оқу үшін шамамен { $megabytes } МБ жад қажет, бұл компьютерде оған жетпейді. Бұл кәдімгі жоба файлы емес; ештеңе өзгертілген жоқ.
store-locked = Бұл жоба басқа терезеде ашық. Алдымен оны сол жерде жабыңыз.
store-not-found = Кітапханада { $id } жобасы жоқ.
store-already-exists = { $id } идентификаторлы жоба кітапханада бұрыннан бар.
bundle-not-a-bundle = Бұл файл Әдіскер жобасының бір файлға сақталған түрі емес.
bundle-damaged = Жоба файлы зақымдалған (толық жетпеген болуы мүмкін). Оны қайта жіберуді сұраңыз.
bundle-unsafe = Файлда «{ $name }» бар, ал жобада мұндай болмайды, сондықтан одан ештеңе алынбады. Жобаны Әдіскерде қайтадан бір файл етіп сақтап жіберуді сұраңыз.
bundle-too-large = Ашқанда бұл файл кез келген жобадан әлдеқайда үлкен болып шығады, сондықтан одан ештеңе алынбады.
bundle-encrypted = Файл құпиясөзбен жабылған, ал Әдіскер жобаларды құпиясөзсіз сақтайды. Оны құпиясөзсіз жіберуді сұраңыз.
bundle-heading = Жобаны басқа компьютерге жіберу
bundle-hint = Бүкіл жоба елтаңбасымен және басып шығару үлгілерімен бірге бір файлда: оны мессенджер арқылы жіберуге немесе флешкамен апаруға болады. Басқа компьютерде оны кітапханадағы «Импорттау…» батырмасы ашады.
bundle-save = Бір файл етіп сақтау…
bundle-files = Әдіскер жобасы
bundle-path = Жобаны қайда сақтау керек ({ $ext } деп аяқталатын толық жол)
bundle-written = Жоба бір файл етіп сақталды: { $path }
library-bundle-known = «{ $title }» кітапханада бұрыннан бар. Оны осы файлдан жаңарту керек пе (қазіргі нұсқасы жанында көшірме болып сақталады), әлде екеуін де қалдыру керек пе?
library-bundle-update = Жаңарту
library-bundle-keep-both = Екеуін де қалдыру
merge-added = Қосылды: { $list }.
merge-heading = Әріптестің көшірмесін біріктіру
merge-hint = Басқа компьютерде жазылған бақылаулар, жазбалар, кері байланыс парақтары мен тіркелулер осы жобаға қосылады; екеуінде бірдей болғаны өзгеріссіз қалады, ал екеуінде де өзгертілгенін өзіңіз таңдайсыз. Мұндағы ештеңе жойылмайды.
merge-copy = «{ $file }» көшірмесін осы жобаға біріктіру
merge-path = Біріктірілетін көшірме (жоба файлына немесе { $ext } файлына толық жол)
merge-apply = Біріктіру
merge-take-copy = Көшірмедегісін алу
merge-here = Мұнда
merge-in-copy = Көшірмеде
merge-merged = Көшірме біріктірілді. Болдырмау: { $undo }.
merge-same = Екі көшірмеде бірдей, өзгеріссіз қалды: { $count }.
merge-conflicts = Екі көшірмеде де өзгертілген: { $count }. Басқасын таңдамасаңыз, жобаның өз нұсқасы қалады.
merge-conflict-line = { $label }: { $field } мұнда «{ $ours }», көшірмеде «{ $theirs }»
merge-numbers-taken = Екі көшірмеде әртүрлі адамдарға берілген нөмірлер, сондықтан қосылмады: { $numbers }. Бұл құжаттарға жаңа нөмір беріңіз.
merge-nothing = Көшірмелерде бәрі бірдей: біріктіретін ештеңе жоқ.
merge-dry-run = Ештеңе өзгертілген жоқ ({ $option }).
cli-people-no-sheet = Кітапта «{ $sheet }» парағы жоқ. Оның парақтары: { $sheets }.
cli-people-bad-map = «{ $map }» БАҒАН=ӨРІС түрінде емес, мысалы: «{ $example }».
cli-people-unknown-field = «{ $field }» — адамның өрісі емес. Өрістер: { $fields }.
cli-people-unknown-column = Файлда «{ $column }» бағаны жоқ. Оның бағандары: { $columns }.
cli-people-doubtful = { $line }-жол: «{ $name }» жобадағы «{ $known }» есімімен бірдей, бірақ ұйымы не поштасы басқа; жаңа адам ретінде қосылады.
cli-people-summary = Жаңа адамдар: { $new }; жобада бар: { $same }; күмәнді: { $doubtful }; файлда қайталанған: { $repeated }; қатесі бар жолдар: { $bad }; жаңа ұйымдар: { $organisations }.
merge-refused = Біріктіру орындалмады; жоба бұрынғы күйінде қалды.
merge-newer-copy = Көшірме Әдіскердің жаңарақ нұсқасында сақталған ({ $version } форматы); оны біріктіру үшін Әдіскерді жаңартыңыз.
merge-damaged-copy = Көшірмеде қателер бар, сондықтан ол біріктірілмейді («{ $command }» командасын қараңыз).
merge-kind = { $kind ->
        [people] адамдар
        [schools] ұйымдар
        [events] іс-шаралар
        [sessions] бағдарлама тармақтары
        [registrations] тіркелгендер
        [observations] бақылаулар
        [feedback] кері байланыс парақтары
        [awards] марапаттар
       *[other] басқалары
    }
merge-field = { $field ->
        [full_name] аты-жөні
        [school] ұйымы
        [position] лауазымы
        [subjects] пәндері
        [qualification] санаты
        [email] электрондық поштасы
        [phone] телефоны
        [note] ескертпе
        [title] атауы
        [theme] тақырыбы
        [starts_on] басталатын күні
        [ends_on] аяқталатын күні
        [venue] өтетін орны
        [rooms] бөлмелер
        [ratings] деңгейлер
        [notes] жазбалар
        [strengths] күшті жақтары
        [improvements] жетілдіру керек
        [recommendation] ұсыныс
        [status] күйі
        [attended] қатысуы
        [mode] қатысу түрі
        [group] тобы
        [coins] тиындар
        [light] бағдаршам
        [wish] тілек
        [comment] пікір
        [stars] екі жұлдыз
        [name] атауы
        [number] нөмірі
        [kind] түрі
        [reason] негізі
        [day] күні
        [start] басталуы
        [end] аяқталуы
        [room] бөлмесі
        [responsible] жауаптылар
        [lesson] сабақ
        [observers] бақылаушылар
        [attendees] қатысушылар
        [organizer] ұйымдастырушы
        [city] қала
        [respondent_name] толтырған
        [issued_on] берілген күні
        [region] өңір
        [title_alt] екінші тілдегі атауы
        [place] өтетін жері
        [travel_minutes] жерлер арасындағы жол
       *[other] { $field }
    }
io-disk-full = Дискіде орын қалмады: { $path } жазылмады. Орын босатып, қайталап көріңіз.
io-file-too-large = { $path } бұл диск үшін тым үлкен: флешкаға 4 ГБ-тан асатын файл сыймауы мүмкін.
io-permission-read = { $path } — оқуға рұқсат жоқ. Компьютер әкімшісіне хабарласыңыз немесе файлды өз қалтаңызға көшіріңіз.
io-is-a-folder = { $path } — файл емес, қалта. Файлды таңдаңыз.
io-not-a-folder = { $path } жолының бір бөлігі қалта емес, файл.
io-bad-name = { $path } — бұл компьютер қабылдамайтын файл аты. : * ? < > | сияқты таңбаларды алып тастаңыз.
io-busy = { $path } басқа бағдарламада ашық. Оны сол жерде жауып, қайталап көріңіз.
io-read-failed = { $path } оқылмады (жүйе қатесі: { $code }). Дискіні немесе флешканы тексеріп, қайталап көріңіз.
io-write-failed = { $path } жазылмады (жүйе қатесі: { $code }). Дискіні немесе флешканы тексеріп, қайталап көріңіз.
cli-project-locked = Бұл жоба Әдіскер терезесінде ашық. Бір файлға екі бағдарлама қатар жазбауы үшін мұны сол терезеде орындаңыз немесе жобаны сонда жауып, қайталап көріңіз.
cli-newer-version = Файл Әдіскердің жаңарақ нұсқасында сақталған ({ $version } форматы). Ештеңе жоғалмас үшін бұл нұсқа оны өзгертпейді.
cli-has-problems = Файлда қателер бар, сондықтан ол өзгертілмейді. Оларды «{ $command }» командасымен қараңыз.
cli-file-busy = Сақтау кезінде файлды басқа бағдарлама үздіксіз өзгертіп тұрды; ештеңе жазылған жоқ. Сәлден кейін қайталап көріңіз.
io-permission = { $path } — жазуға рұқсат жоқ. Басқа қалтаны таңдаңыз немесе компьютер әкімшісіне хабарласыңыз.
io-not-found = { $path } табылмады.

## Пәрмен жолы
cli-error = Қате
cli-check-ok = «{ $title }» жобасы қатесіз ашылады.
cli-check-newer = «{ $title }» жобасы Әдіскердің жаңарақ нұсқасында сақталған ({ $version } форматы): ол тек оқу режимінде ашылады.
cli-same-file = { $out } — жобаның өз файлы (немесе оның сақтық көшірмесі): құжат жобаның орнына жазылып кетер еді. Шығатын файлға басқа ат беріңіз.
cli-output-in-library = { $out } кітапхананың жобалар қалтасының ішінде, онда тек жобалар сақталады. Оны басқа жерге, мысалы «Құжаттар» қалтасына сақтаңыз.
cli-has-errors-read = Файлда қателер бар; алдымен оларды түзетіңіз («{ $command }» командасын қараңыз).
print-numbers-not-recorded = Бұл { $count } құжаттың нөмірлері жазылмады: файл Әдіскердің жаңарақ нұсқасында сақталған, сондықтан ол өзгертілмейді. Нөмірлер қайта берілмеуі үшін оларды тіркеу журналына қолмен енгізіңіз.
app-no-display = Экран табылмады ({ $variables } орнатылмаған), сондықтан терезе ашылмайды. Командалық жол экрансыз да жұмыс істейді: командаларының тізімі — «{ $command }».
app-window-failed = Терезе ашылмады ({ $reason }). Командалық жол терезесіз де жұмыс істейді: командаларының тізімі — «{ $command }».
app-display-unreachable = «{ $display }» экранына қосылу мүмкін болмады, сондықтан терезе ашылмайды. Жұмыс үстелінің іске қосылғанын тексеріңіз немесе командалық жолды пайдаланыңыз: командаларының тізімі — «{ $command }».
app-crashed = Әдіскер бағдарламадағы қатеге байланысты тоқтады ({ $reason }). Жобаларыңыз аман: сақталған барлық өзгеріс дискіде тұр. Не істеп отырғаныңызды әзірлеушілерге хабарлаңыз.
app-work-crashed = Бұл жұмыс бағдарламадағы қатеге байланысты тоқтады ({ $reason }). Жобаңыз аман: терезе өзгерістеріңізді сақтап, дискіге жазады. Не істеп отырғаныңызды әзірлеушілерге хабарлаңыз.

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
library-conflicts = Файлдарды синхрондау кезінде пайда болған қайшылықты көшірмелер: { $files }. Жобаны ашып, оларды «{ $section }» бөлімінде біріктіріңіз: ештеңе жоғалмайды.
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
list-nothing-found = Мұндай аты-жөні бар адам жоқ.
list-search = Іздеу

## Жоба
project-title = Атауы
project-organizer = Ұйымдастырушы
project-city = Қала немесе ауыл (берілген күнінің қасында басылады)
overview-emblem = Эмблема немесе логотип
overview-emblem-hint = Сертификат, алғыс хат, диплом, бағдарлама мен есептің басында басылады. Сурет пішімі: { $formats }.
overview-emblem-none = Эмблема әлі таңдалмаған.
overview-emblem-set = Эмблема: { $name }
overview-emblem-choose = Сурет таңдау…
overview-emblem-remove = Эмблемасыз басу
overview-emblem-path = Суреттің толық жолы
overview-emblem-files = Суреттер
overview-emblem-not-picture = Бұл файл { $formats } суреті емес: эмблеманы сурет файлы ретінде таңдаңыз.
overview-emblem-too-large = Сурет { $megabytes } МБ-тан үлкен: оны кішірейтіп сақтап, қайта таңдаңыз.
overview-emblem-broken = Суретті оқу мүмкін емес, сондықтан ол басылмайды ({ $reason }).
signatories-title = Құжаттарға қол қоятындар
signatories-hint = Олардың аты-жөні сертификат, алғыс хат пен диплом қолының астында басылады; әр құжатқа кім қол қоятынын «Басып шығару» бөлімінде таңдаңыз.
signatories-none = Әзірге ешкім жоқ: құжаттарда лауазымы жазылған бос сызық басылады.
signatories-new = Қол қоюшы қосу
signatory-name = Басылатын аты-жөні (мысалы, А. Б. Сапарова)
signatory-position = Лауазымы
signatory-organisation = Мекеме
project-opening = Жоба ашылуда…
project-reloaded = Жобаны басқа бағдарлама өзгертті, сондықтан ол қайта жүктелді.
project-conflict-kept = Сіз өңдеп отырғанда жоба басқа жерде өзгертілді. Сіздің нұсқаңыз сақталды; екінші нұсқа оның қасына { $file } деген атпен сақталды.
project-reloaded-ours-kept = Басқа бағдарлама жобаны сіздің соңғы өзгерістеріңіз жоқ нұсқамен алмастырды. Қазір сол нұсқа ашық; сіздікі оның қасында { $file } деген атпен сақталды, кітапхана екеуін де көрсетеді.
nav-library = Кітапхана
nav-overview = Шолу
nav-events = Іс-шаралар
nav-people = Қатысушылар
nav-schools = Ұйымдар
nav-programme = Бағдарлама
nav-lessons = Сабақтар
nav-registrations = Тіркеу
planning-no-event = Әзірге іс-шара жоқ. Бағдарламасын жоспарлау үшін іс-шара құрыңыз.
field-bad-time = Уақыт дұрыс емес. 9:30 түрінде жазыңыз.
programme-new-session = Жаңа бөлім
programme-stays-in-day = Бөлім түн ортасынан асып кете алмайды.
programme-too-short = Бөлім басталмай тұрып аяқтала алмайды.
programme-no-rooms = Іс-шарада әлі кабинет жоқ. Оларды іс-шара деректеріне қосыңыз.
programme-from-template = Үлгіден…
programme-add = Бөлім қосу
programme-calendar = Күнтізбе…
programme-calendar-tip = Қатысушылардың телефондарына арналған күнтізбе файлы ретіндегі бағдарлама
programme-calendar-files = Күнтізбе
programme-calendar-path = Күнтізбені қайда сақтау керек ({ $ext } деп аяқталатын толық жол)
programme-hint = Өңдеу үшін бөлімді басыңыз немесе жаңасын қосыңыз. Төмендегі пернелер де жұмыс істейді.
programme-keys = { $choose } таңдау · { $shift } 5 минутқа жылжыту · { $room } кабинетті ауыстыру · { $length } ұзақтығы · { $duplicate } көшірме · { $delete } жою · { $add } қосу · { $close } жабу
programme-no-conflicts = Жоспарда қайшылық жоқ
programme-conflicts = Қайшылықтар: { $count }
programme-empty = Бұл күні әзірге бөлім жоқ. Бөлім қосыңыз немесе үлгіден әдеттегі семинарды құрыңыз.
programme-audience = Тыңдаушылар: { $count ->
    [0] әлі жоқ
   *[other] { $count }
}
programme-no-room = Кабинетсіз
programme-room-seats = { $room } ({ $count } орын)
programme-earlier = 5 мин ерте
programme-later = 5 мин кеш
programme-shorter = Қысқарту
programme-longer = Ұзарту
programme-room-previous = ← Кабинет
programme-room-next = Кабинет →
programme-duplicate = Көшірме жасау
session-title = Атауы
session-kind = Түрі
session-room = Кабинет
session-title-alt = Екінші тілдегі атауы
session-place = Өтетін жері
session-place-venue = Негізгі орын
session-place-address = Жердің мекенжайы
session-day = Күні
session-start = Басталуы
session-end = Аяқталуы
session-subject = Пән
session-grade = Сынып
session-class-letter = Литер
session-topic = Тақырып
session-objectives = Мақсаттары
session-notes = Ескертпе
session-responsible = Жауапты
session-teachers = Мұғалімдер
session-observers = Бақылаушылар
session-attendees = Тыңдаушылар ({ $count })
session-pinned = қолмен қойылған
session-add-person = Қосу үшін атын жазыңыз…
session-add-new = «{ $name }» жаңа адам ретінде қосу
template-title = Әдеттегі семинар
template-explained = Тіркеу, концерттік нөмірмен ашылу, баяндамалар, қатар өтетін ашық сабақтар, шеберлік сынып, үзіліс, кері байланыс, марапаттау және жабылу. Кейін бәрін өзгертуге болады.
template-start = Басталу уақыты
template-lessons = Ашық сабақтар саны
template-lesson-length = Сабақ ұзақтығы
template-minutes = { $minutes } минут
template-lesson-rooms = Ашық сабақтарға арналған кабинеттер
template-add-rooms-first = Іс-шарада әлі кабинет жоқ: алдымен оларды іс-шара деректеріне қосыңыз.
template-hall = Мәжіліс залы
template-master-class = Шеберлік сыныбымен
template-lay-out = Бағдарламаны құру
template-registration = Қатысушыларды тіркеу
template-opening = Семинардың ашылуы
template-performance = Оқушылардың концерттік нөмірі
template-speeches = Баяндамалар
template-open-lesson = Ашық сабақ
template-master-class-title = Шеберлік сынып
template-break = Шай үзілісі
template-feedback = Кері байланыс
template-awards = Марапаттау және жабылу
template-nothing = Семинарда кемінде бір ашық сабақ не шеберлік сынып болуы керек.
template-no-rooms = Ашық сабақтар үшін кемінде бір кабинет таңдаңыз.
template-past-midnight = Бағдарлама түн ортасынан асып кетеді: ертерек бастаңыз немесе сабақ санын азайтыңыз.
lessons-nothing-to-distribute = Іс-шарада қатысушыларды отырғызатын ашық сабақ не шеберлік сынып жоқ.
lessons-unplaced-full = сол уақыттағы сабақтарда бос орын қалмады
lessons-unplaced-busy = сол уақытта «{ $session }» бөлімінде
lessons-unplaced-teaches = сол уақытта «{ $session }» сабағын береді
lessons-sort = Сұрыптау
lessons-by-time = Уақыты
lessons-by-room = Кабинет
lessons-by-subject = Пән
lessons-by-teacher = Мұғалім
lessons-distribute = Қатысушыларды автоматты түрде бөлу
lessons-none = Әзірге ашық сабақ не шеберлік сынып жоқ. Оларды бағдарламаға қосыңыз.
lessons-outcome = Отырғызылды: { $placed }, оның { $matches } өз пәнінің сабағында. { $undo } болдырмайды.
lessons-outcome-undone = Автоматты отырғызу болдырылмады: сабақтардың тыңдаушылары бұрынғыдай.
lessons-unplaced = Орын табылмағандар: { $count }
lessons-grade = { $grade } сынып
lessons-and-more = және тағы { $count } адам
nav-settings = Баптаулар
overview-counts = { $events } іс-шара · { $sessions } бағдарлама тармағы · { $people } қатысушы · { $schools } мектеп
overview-problems = Файлдан { $count } қате табылды
save-saved = Барлық өзгеріс сақталды
save-done = Сақталды
save-pending = Әлі сақталмаған
save-form-open = Форма әлі сақталмаған: терген мәтініңіз сақтаулы
drafts-found = Өткен жолы формаға терілген мәтін сақталмай қалды (терезе жабылды немесе компьютер өшіп қалды). Оны қайтарайық па?
drafts-restore = Қайтару
drafts-discard = Қажет емес
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
people-import = Тізімді енгізу…
people-import-hint = { $excel } кестесінен немесе онлайн тіркеу формасынан алынған тізім ({ $formats }). Жобада бар адамдар қайта қосылмайды; ағымдағы іс-шараға олар тіркеледі де.
people-import-path = Файл (толық жолы)
people-import-summary = Жаңа: { $new }; жобада бар: { $same }; шешілетін аттастар: { $doubtful }; файлда қайталанған: { $repeated }; қатесі бар: { $bad }. Жаңа ұйымдар: { $organisations }.
people-import-doubtful-hint = Жобада осындай аты-жөні бар, бірақ басқа жерде жұмыс істейтін адамдар бар. Сол адамның өзі болса, белгілеңіз; қалғандары жаңа адам ретінде қосылады.
people-import-same = { $line }-жол: { $name } ({ $organisation }) — жобадағы { $name } ({ $known })
people-import-register = Оларды «{ $event }» іс-шарасына тіркеу
people-import-confirm = Енгізу
people-import-too-large = Файл { $megabytes } МБ-тан үлкен: бұл қатысушылар тізімі емес.
people-import-sheet = Парақ
file-kind-lists = Тізімдер ({ $formats })
people-import-no-names = Аты-жөні қай бағанда екенін көрсетіңіз: толық аты-жөні немесе тегі.
people-import-nothing = Файлдағылардың бәрі жобада дәл осылай бар.
people-import-workbook = Бұл { $kinds } кітабынан тізім оқылмады: файл бүлінген не құпиясөзбен қорғалған болуы мүмкін. Оны ашып, парақты қайта сақтаңыз.
people-column-surname = Тегі
people-column-given-name = Аты
people-column-patronymic = Әкесінің аты
people-column-mode = Залда немесе онлайн
people-column-group = Топ
people-problem-no-name = { $line }-жол: аты-жөні жоқ.
people-problem-email = { $line }-жол: «{ $value }» — электрондық пошта мекенжайы емес.
people-problem-mode = { $line }-жол: «{ $value }» залда ма, онлайн ба — түсініксіз.
person-full-name = Аты-жөні
person-school = Ұйым
person-region = Өңір немесе аудан
person-position = Лауазымы
person-qualification = Біліктілік санаты
person-subjects = Пәндері (үтір арқылы)
person-email = Эл. пошта
person-phone = Телефон
person-note = Ескертпе

## Мектептер
schools-new = Жаңа ұйым
schools-hint = Сол жақтан ұйымды (мектеп, балабақша, колледж, бөлім) таңдаңыз немесе жаңасын қосыңыз.
school-role-supporting = Тірек мектеп
school-kind = Түрі
organisation-kind-school = Мектеп
organisation-kind-kindergarten = Балабақша
organisation-kind-college = Колледж
organisation-kind-university = Жоғары оқу орны
organisation-kind-methodical-centre = Әдістемелік орталық
organisation-kind-education-department = Білім бөлімі
organisation-kind-other = Басқа
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
event-choose-other = Басқа іс-шара…
event-choose-title = Қай іс-шарамен жұмыс істейміз
event-choose-search = Атауы бойынша іздеу
event-choose-past = { $date } · өтті
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
event-travel-minutes = Жерлер арасындағы жол, минут (әдетте { $minutes })
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
settings-zoom = Мәтін өлшемі
settings-zoom-hint = Экрандағының бәрі бірге үлкейеді не кішірейеді: алыстан қаралатын кішкентай экранға немесе шаршаған көзге үлкенірек қолайлы.

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
conflict-travel = { $person } «{ $other }» өткен жерден «{ $session }» өтетін басқа жерге { $minutes } минутта жетуі керек, ал жол { $needed } минут алады.
conflict-capacity = «{ $session }»: { $attendees } қатысушы, ал { $room } кабинетінде { $capacity } орын ғана бар.
conflict-outside-days = «{ $session }» іс-шара күндерінен тыс тұр.
conflict-no-teacher = «{ $session }» сабағының мұғалімі көрсетілмеген.
conflict-no-topic = «{ $session }» сабағының тақырыбы көрсетілмеген.
conflict-observer-own-lesson = { $person } өз сабағын («{ $session }») бақылап отыр.

# Registrations
reg-count-expected = Күтілетіні: { $count }
reg-count-registered = Тіркелгені: { $count }
reg-count-present = Келгені: { $count }
reg-count-offline = Залда: { $count } (келгені { $present })
reg-count-online = Онлайн: { $count } (қосылғаны { $present })
reg-check-in = Келгендерді белгілеу
reg-check-in-off = Белгілеуді жабу
reg-check-in-key = { $keys }: белгілеуді ашу не жабу
reg-check-in-placeholder = Аты-жөнінің немесе мектептің бір бөлігін жазыңыз
reg-check-in-hint = { $enter } бірінші табылған адамды келді деп белгілейді; { $escape } жолды тазартады.
reg-search = Тіркелгендерден іздеу
reg-marked = { $name } келді деп белгіленді.
reg-undo-hint = Болдырмау: { $keys }.
reg-already-present = { $name } келді деп бұрын белгіленген.
reg-no-match = «{ $typed }» бойынша тіркелген адам табылмады.
reg-type-a-name = Алдымен аты-жөнінің бір бөлігін жазыңыз.
reg-mode-offline = Залда
reg-mode-online = Онлайн
reg-group = Топ
reg-present = Келді
reg-remove = Алып тастау
reg-add-from-people = Қатысушылардан қосу
reg-quick-add = Жылдам қосу
reg-people-search = Әлі тіркелмегендер
reg-new-mode = Қалай тіркеледі
reg-quick-name = Аты-жөні
reg-quick-school = Мектеп
reg-quick-subject = Пәні
reg-quick-submit = Қосу және тіркеу
reg-empty = Бұл іс-шараға әзірге ешкім тіркелмеген.
reg-joined = Қосылды
reg-enter-marks = { $enter } белгілейді: { $name }{ $about }
reg-mark-undone = { $name } белгісі алынып тасталды.
reg-filter-hall = Залдағылар: { $count }
reg-filter-online = Онлайн: { $count }
reg-filter-all = Барлығы: { $count }
reg-mark-all-joined = Онлайндағы { $count } адамды қосылды деп белгілеу
reg-all-joined = Онлайндағы { $count } қатысушы қосылды деп белгіленді. Болдырмау: { $undo }.
reg-from-meeting-report = Кездесу есебінен…
meeting-report-hint = Бейнекездесудің қатысушылар есебі ({ $csv }, { $program } не ұқсас бағдарламадан сақталған): ондағы тіркелгендердің бәрі қосылды деп белгіленеді.
meeting-report-path = Есеп файлы
meeting-report-no-names = Бұл файлда қатысушылардың аты-жөні бағаны жоқ: ол кездесудің қатысушылар есебіне ұқсамайды.
meeting-report-nothing = Жаңадан белгілейтін ешкім жоқ: есептегі тіркелгендердің бәрі белгіленген.
meeting-report-found = Есепте: { $participants }. Қосылды деп белгіленеді: { $marking }; бұрын белгіленген: { $already }; жобада бар, бірақ тіркелмеген: { $unregistered }; табылмады: { $unknown }.
meeting-report-not-registered = { $name }: жобада бар, бұл іс-шараға тіркелмеген
meeting-report-unknown = { $line }-жол: { $name }: адамдар арасынан табылмады
meeting-report-mark = { $count } адамды қосылды деп белгілеу
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
feedback-grid-keys = Баға мен бағдаршам бір пернемен қойылады: санды бассаңыз, меңзер келесі өріске өзі өтеді, одан кейін { $tab } баспаңыз. Нөмірден, аты-жөніннен не пікірден кейін { $tab } немесе { $enter } келесі өріске өткізеді. Соңғы өрісте { $enter } парақты қосады; «Болдырмау» оны қайтарады.
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
feedback-keep-target = Бөлім нөмірін келесі парақтарға қалдыру
feedback-respondent-is = Толтырған: { $name }
feedback-respondent-guest = Толтырған: { $name } (қатысушылар арасында жоқ; жазылғандай сақталады)
feedback-several-people = Бірнеше адам сәйкес келеді: { $names }. Атын толығырақ жазыңыз.
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
feedback-written-search = Пікірлерден іздеу
feedback-written-shown = { $count } ішінен { $from }–{ $to }
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
## Сабақты бақылау
nav-observations = Сабақты бақылау
nav-awards = Марапаттар
nav-mentoring = Тәлімгерлік
nav-year-plan = Жылдық жоспар
nav-courses = Курстар
awards-hint = Сертификаттар мен алғыс хаттар басып шығарылғанда немесе осында, бірнеше адамға бірден нөмір алады; номинациялар осында жазылады. Нөмірді таңдап, оны қарауға, қайта басуға немесе күшін жоюға болады.
awards-new-nomination = Жаңа номинация
awards-correct-nomination = Номинацияны түзету
awards-person = Кімге
awards-change-person = Басқа адам
awards-nomination = Номинация
awards-reason = Негіздемесі (қазылар сөзімен)
awards-number = Тіркеу нөмірі
awards-kind = Құжат
awards-what-for = Не үшін
awards-date = Берілген күні
awards-status = Күйі
awards-issued = берілді
awards-cancelled = күші жойылған
awards-cancelled-note = Бұл нөмірдің күші жойылған. Ол журналда қалады және ешкімге қайта берілмейді.
nav-export = Алмасу
export-heading = Кестеге шығару
export-hint = Тізімді { $excel } кітабы ретінде (күндер мен сандарды { $excel } өзі таниды, тақырып жолы бекітілген) немесе { $csv } файлы ретінде сақтаңыз. Бағандардың атаулары бағдарламаның тілінде жазылады.
export-choice = { $what } ({ $count })
export-what-people = Жобадағы адамдар
export-what-registrations = Тіркелу және қатысу
export-what-sign-in = Тіркеу парағы
export-what-feedback = Кері байланыс нәтижелері
export-what-observations = Сабақты бақылау нәтижелері
export-what-awards = Берілген құжаттар журналы
export-save-xlsx = { $format } үшін сақтау…
export-save-csv = { $format } ретінде сақтау…
export-files-xlsx = { $format } кітабы
export-files-csv = Кесте ({ $format })
export-path = Тізімді қайда сақтау керек ({ $ext } деп аяқталатын толық жол)
export-save = Сақтау
export-writing = Сақталуда…
export-written = { $count } жол сақталды: { $path }
export-failed = Кестені жасау мүмкін болмады
export-unknown-what = «{ $what }» деген тізім жоқ. Шығаруға болатын тізімдер: { $lists }.
export-no-events = «{ $title }» жобасында бірде-бір іс-шара жоқ, сондықтан бұл тізім жоқ.
export-yes = иә
export-no = жоқ
export-part-people = Адамдар
export-part-registrations = Тіркелгендер
export-part-sign-in = Тіркеу парағы
export-part-feedback-questions = Сұрақтар бойынша
export-part-feedback-forms = Сауалнамалар
export-part-observation-criteria = Критерийлер бойынша
export-part-observation-levels = Бақылаушылардың бағалары
export-part-awards = Журнал
export-col-number = №
export-col-full-name = Аты-жөні
export-col-organisation = Ұйым
export-col-position = Лауазымы
export-col-subjects = Пәндері
export-col-qualification = Санаты
export-col-email = Электрондық пошта
export-col-phone = Телефон
export-col-region = Өңір
export-col-mode = Қатысу түрі
export-col-group = Тобы
export-col-attended = Қатысты
export-col-signature = Қолы
export-col-question = Сұрақ
export-col-answers = Жауап саны
export-col-mean = Орташа балл
export-col-rated = «{ $rating }» қойғандар
export-col-entered = Енгізілген уақыты
export-col-respondent = Толтырған
export-col-about = Неге қатысты
export-col-stars = Екі жұлдыз
export-col-wish = Тілек
export-col-comment = Пікір
export-col-coins = Тиындар
export-col-light = Бағдаршам
export-col-day = Күні
export-col-start = Басталуы
export-col-lesson = Сабақ
export-col-teacher = Мұғалім
export-col-observer = Бақылаушы
export-col-observers = Бақылаушылар саны
export-col-criterion = Критерий
export-col-level = Деңгей
export-col-top = Ең жоғары деңгей
export-col-status = Күйі
export-col-strengths = Күшті жақтары
export-col-improvements = Жетілдіру керек
export-col-recommendation = Ұсыныс
awards-print-again = Осы нөмірмен қайта басу
awards-correct = Түзету
awards-cancel = Нөмірдің күшін жою
awards-restore = Нөмірді қалпына келтіру
awards-print-register = Журналды басып шығару
awards-export = { $format } үшін сақтау
awards-error-person = Номинация кімге берілетінін таңдаңыз.
awards-issue-several = Бірнеше адамға нөмір…
awards-batch-heading = Бірнеше адамға сертификат пен алғыс хат
awards-batch-hint = Нөмірлер қазір тізілімге жазылады, құжаттар кейін осы нөмірлермен басылады. Осы түрдегі нөмірі бар адам сол нөмірін сақтайды.
awards-batch-count = Таңдалғаны: { $count } адам, оның { $held } адамында нөмір бар.
awards-batch-issue = { $count } нөмір беру
awards-batch-issued = { $count } нөмір берілді: { $first } – { $last }. Құжаттар «Басып шығару» бөлімінде осы нөмірлермен басылады.
awards-batch-none = Таңдалғандардың бәрінде осы түрдегі нөмір бар.
awards-order-number = Нөмір бойынша
awards-order-name = Аты-жөні бойынша
awards-order-kind = Құжат түрі бойынша
print-select-all = Табылғанның бәрін белгілеу
print-select-none = Белгілерді алып тастау
award-kind-certificate = Сертификат
award-kind-letter = Алғыс хат
award-kind-diploma = Диплом
award-kind-nomination = Номинация дипломы
award-kind-mentor-certificate = Тәлімгер сертификаты
award-kind-course-certificate = Курс сертификаты
obs-template-default-name = Сабақты бақылау парағы
obs-criterion-objectives = Оқу мақсаттары және бағалау критерийлері
obs-criterion-objectives-descriptor = Сабақтың мақсаты оқу бағдарламасына сай, оқушыларға түсінікті; бағалау критерийлері мақсатқа жеткенін көрсетеді.
obs-criterion-differentiation = Саралау
obs-criterion-differentiation-descriptor = Тапсырмалар мен қолдау оқушылардың деңгейі мен қажеттілігіне қарай сараланған, әр оқушы алға жылжиды.
obs-criterion-assessment = Қалыптастырушы бағалау және кері байланыс
obs-criterion-assessment-descriptor = Дескрипторлар нақты, кері байланыс уақтылы әрі сындарлы; оқушылар өзін және бірін-бірі бағалайды.
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
obs-note-edit = Жазбаны түзету
obs-start-clock = Сабақ қазір басталды
obs-start-clock-hint = Жазбалардың уақыты бағдарламадағы сабақтың басталуынан саналады; сабақ кеш басталса, осыны басыңыз: уақыт қазірден саналады.
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
action-move-up = Жоғары
action-move-down = Төмен
help-title = Пернелер
help-intro = { $open } бұл бетті кез келген бөлімде ашады, { $close } жабады. Әріпті пернелер қазақ, қырғыз және орыс тергіштерінде де істейді.
help-everywhere = Барлық бөлімде
help-open = Осы бет
help-undo = Болдырмау: мәтін өрісінде алдымен ондағы терілгенді, сөзбе-сөз; сосын соңғы өзгерісті
help-redo = Болдырмағанды қайтару
help-save = Қазір сақтау (өзгерістер өздігінен де сақталады)
help-find = Осы бөлімнен іздеу
help-print = Басып шығару
help-fields = Келесі не алдыңғы өріс
help-programme-choose = Алдыңғы не келесі сессия
help-programme-sideways = Дәл сол уақытта басқа кабинеттегі сессия
help-programme-shift = 5 минут ертерек не кешірек жылжыту
help-programme-room = Көрші кабинетке ауыстыру
help-programme-length = 5 минут қысқарту не ұзарту
help-programme-duplicate = Сессияның көшірмесін жасау
help-programme-delete = Сессияны жою ({ $undo } қайтарады)
help-programme-add = Сессия қосу
help-programme-close = Форманы жабу
help-registrations-desk = Келгендерді белгілеуді ашу не жабу
help-registrations-mark = Өріс астында аты тұрған адамды белгілеу
help-registrations-clear = Өрісті тазарту
help-feedback-digit = Баға: сан оны қояды да, келесі өріске өзі өтеді
help-feedback-next = Келесі өріс (пікірден не аты-жөніннен кейін)
help-feedback-add = Соңғы өрісте: парақты қосу
help-observe-criterion = Алдыңғы не келесі критерий
help-observe-level = Таңдалған критерийдің деңгейі
help-observe-note = Жазба жазу
help-observe-add = Жазбаны уақытымен қосу
help-observe-leave = Жазба өрісінен шығу
help-print-preview = Беттерін көрсету
help-print-pages = Алдыңғы не келесі бет
help-print-open = Басып шығару үшін құжатты ашу
help-print-cancel = Құжатты дайындауды тоқтату
help-button = Пернелер (F1)
obs-criterion-remove = Алып тастау
obs-template-saved-as-version = { $version }-нұсқа ретінде сақталды: бұрынғы нұсқамен жасалған бақылаулар сол нұсқада қалады.
obs-no-people = Алдымен жобаға адамдарды қосыңыз: бақылаушы солардың бірі болады.
## Басып шығару
print-programme = Бағдарлама
print-time = Уақыты
print-session = Іс-шара
print-room = Өтетін орны
print-responsible = Жауаптылар
print-organizer = Ұйымдастырушы
print-venue = Өтетін орны
print-date = Күні
print-goal = Мақсаты
print-theme = Тақырыбы
print-objectives = Міндеттері
print-audience = Қатысушылар
print-parallel = Қатар өтетін сабақтар
print-teacher = Мұғалім
print-lesson-line = { $lesson }: «{ $topic }»
print-lesson-topic = «{ $topic }»
print-lesson = Сабақ
decimal-separator = ,
print-level-key-four = Деңгейлер: 1 — байқалмайды, 2 — ішінара, 3 — негізінен, 4 — толық.
lesson-auto-title = { $subject }, { $grade }-сынып
lesson-auto-title-letter = { $subject }, { $grade } «{ $letter }» сынып
print-sign-in = Қатысушыларды тіркеу парағы
print-number-sign = №
print-full-name = Аты-жөні
print-position = Лауазымы
print-school = Мектеп
print-signature = Қолы
print-online = онлайн
print-no-school = Басқа қатысушылар
print-walk-ins = Алдын ала тіркелмегендер
print-certificate = Сертификат
print-letter = Алғыс хат
print-diploma = Диплом
print-nomination = Номинация
print-number = № { $number }
print-issued = Берілген күні: { $date }
print-signatory = Ұйымдастырушы мекеменің басшысы
print-signature-hint = қолы
print-stamp = М.О.
print-prepared-by = Есепті дайындаған
print-programme-held = Бағдарламаның орындалуы
print-registered-offline = Залға тіркелген
print-registered-online = Онлайн тіркелген
print-speaker = Баяндамашы не мұғалім
print-approve = БЕКІТЕМІН
print-date-line = «___» ____________ 20___ ж.
print-signatory-approves = Бағдарламаны бекітеді
print-register = Берілген құжаттарды тіркеу журналы
print-register-number = Тіркеу нөмірі
print-register-reason = Не үшін
print-cancelled = күші жойылған
print-register-total = Барлығы { $count } нөмір берілді{ $cancelled ->
        [0] .
       *[other] , оның { $cancelled } нөмірінің күші жойылған.
    }
print-doc-diplomas = Номинация дипломдары
print-doc-register = Берілген нөмірлер журналы
edit-signatory-in-use = Бұл қол қоюшы әлі бір құжатта таңдалған.
wording-kind = { $kind ->
        [seminar] семинар
        [practice_site] тәжірибелік алаң
        [master_class] шеберлік сағаты
        [round_table] дөңгелек үстел
        [conference] конференция
        [hearing] тыңдау
        [open_doors] ашық есік күні
        [methodical_landing] әдістемелік десант
        [training] тренинг
        [visit] сапар
       *[other] іс-шара
    }
wording-dear = { $gender ->
       *[other] Құрметті
    }
wording-participation = «{ $event }» атты { $kind } жұмысына белсене қатысқаны үшін беріледі.
wording-open-lesson = «{ $event }» атты { $kind } аясында «{ $topic }» тақырыбында ашық сабақ ({ $lesson }) өткізіп, іс-тәжірибесімен бөліскені үшін беріледі.
wording-master-class = «{ $event }» атты { $kind } аясында «{ $session }» шеберлік сағатын өткізіп, іс-тәжірибесімен бөліскені үшін беріледі.
wording-letter = Құрметті { $addressed }!
    Сіз «{ $event }» атты { $kind } аясында { $deed }. Әріптестеріңіздің кәсіби өсуіне қосқан үлесіңіз бен шығармашылық ізденісіңіз үшін алғыс білдіреміз.
wording-nomination = «{ $event }» атты { $kind } аясында «{ $nomination }» номинациясы бойынша марапатталады.
wording-deed-participation = белсене қатыстыңыз
wording-deed-open-lesson = «{ $topic }» тақырыбында ашық сабақ өткізіп, іс-тәжірибеңізбен бөлістіңіз
wording-deed-master-class = «{ $title }» шеберлік сағатын өткіздіңіз
print-error-no-nominations = «{ $event }» үшін бірде-бір номинация жазылмаған. Алдымен «Марапаттар» бөлімінде жазыңыз.
print-error-no-awards = «{ $event }» бойынша әлі бірде-бір нөмір берілмеген: тіркеу журналы бос.
print-error-no-word = { $app } үшін тек бағдарлама, тіркеу парағы мен есеп жазылады; «{ $document }» құжаты { $pdf } деп аяқталатын атаумен сақталады.
print-observation-sheet = Сабақты бақылау парағы
print-observer = Бақылаушы
print-criterion = Өлшем
print-scale-yes = Иә
print-scale-partly = Ішінара
print-scale-no = Жоқ
print-strengths = Күшті жақтары
print-improvements = Жетілдіруді қажет ететін тұстары
print-recommendation = Ұсыныс
print-notes = Сабақ барысындағы жазбалар
print-feedback-form = Кері байланыс парағы
print-star = Жұлдыз
print-wish = Тілек
print-comment = Пікір
print-name-optional = Аты-жөніңіз (қаласаңыз):
print-two-stars-help = Ұнаған екі нәрсені және бір тілегіңізді жазыңыз.
print-coins-help = Теңгелеріңізді өзіңізге ең пайдалы болған сабақтарға беріңіз.
print-coins = Теңге
print-light-help = Әр бөлімнен кейінгі көңіл-күйіңізге сай түсті белгілеңіз.
print-light-green = Бәрі түсінікті әрі пайдалы болды
print-light-yellow = Кейбір сұрақтар қалды
print-light-red = Маған көмек қажет
print-rating-help = Әр тұжырымды 1-ден (төмен) 5-ке (жоғары) дейін бағалаңыз.
print-question = Тұжырым
print-free-help = Іс-шара туралы ойыңыз:
print-report = Іс-шара туралы есеп
print-participants = Қатысушылар
print-registered = Тіркелгендер
print-present-offline = Залда қатысқандар
print-present-online = Онлайн қатысқандар
print-lessons = Ашық сабақтар мен шеберлік сағаттары
print-findings = Бақылаушылардың қорытындысы
print-mean-level = Орташа деңгей
print-observations = Бақылаулар
print-feedback-results = Кері байланыс нәтижелері
print-responses = Жауаптар
print-mean = Орташа
print-awards = Марапаттар
print-kind = Түрі
print-level = Деңгейі
print-format = Өткізу түрі
print-about = Іс-шара туралы
print-number-taken = { $number } нөмірі басқа адамға берілген; басқа нөмірлер сериясын таңдаңыз.
print-error-no-event = Жобада мұндай іс-шара жоқ.
print-error-bad-date = «{ $date }» — күн емес: 01.02.2019 түрінде жазыңыз.
print-error-no-sessions = «{ $event }» бағдарламасында әлі ештеңе жоқ: алдымен жоспарға іс-шараларды қосыңыз.
print-error-no-registrations = «{ $event }» іс-шарасына әлі ешкім тіркелмеген: алдымен қатысушыларды тіркеңіз.
print-error-nobody = «{ $event }» іс-шарасында таңдалған топқа ({ $group }) ешкім кірмейді. Басқа топты таңдаңыз.
print-error-no-sheet = Жобада әлі бақылау парағы жоқ.
print-error-no-observation = Бұл бақылау жобада енді жоқ.
print-error-template = { $file } үлгісі құрастырылмады: { $line }-жол, { $column }-баған: { $error }
print-error-template-user = Оның орнына бағдарламаның өз үлгісін қолдануға болады.
print-limit-time = { $file } үлгісі { $seconds } секундтан ұзақ орындалды, сондықтан тоқтатылды. Онда ешқашан бітпейтін цикл болуы мүмкін.
print-limit-memory = { $file } үлгісіне { $megabytes } МБ-тан артық жад қажет болды, сондықтан ол тоқтатылды.
print-limit-pages = { $file } үлгісі { $pages } бет жасайды; бір рет ең көбі { $limit } бет басып шығаруға болады.
print-limit-failed = { $file } үлгісін қауіпсіз тексеру мүмкін болмады, сондықтан ол қолданылмады.
print-error-pdf = Құжат жазылмады: { $error }
print-error-glyphs = Мына таңбалар қаріптерде жоқ, олар басылғанда бос шаршы болып шығады: { $chars }
print-people-all = тіркелгендердің бәрі
print-people-teachers = ашық сабақ өткізген мұғалімдер
print-people-present = қатысқандардың бәрі
print-people-chosen = таңдалған адамдар
print-written = { $path } жазылды: { $pages } бет.
print-written-word = { $path } жазылды.
print-save-word = { $app } үшін сақтау
print-word-path = Көшірмені қайда сақтау керегін жазыңыз: { $ext } деп аяқталатын толық жол.
print-awards-recorded = Жобаға { $count } жаңа нөмір жазылды.
print-unknown-document = «{ $name }» деген құжат жоқ. Мыналардың бірін таңдаңыз: { $choices }.
print-unknown-people = «{ $name }» деген топ жоқ. Мыналардың бірін таңдаңыз: { $choices }.
print-unknown-method = «{ $name }» деген кері байланыс әдісі жоқ. Мыналардың бірін таңдаңыз: { $choices }.
print-unknown-orientation = «{ $name }» бет бағыты белгісіз. Мыналардың бірін таңдаңыз: { $choices }.
print-orientation = Бет
print-orientation-portrait = Тік (кітаптық)
print-orientation-landscape = Көлденең (альбомдық)
print-unknown-signatory = Жобада «{ $id }» қол қоюшысы жоқ. Жобаның қол қоюшылары: { $choices }.
print-unknown-language = «{ $name }» деген тіл жоқ. Мыналардың бірін таңдаңыз: { $choices }.
nav-print = Басып шығару
print-title = Басып шығару
print-document = Құжат
print-event = Іс-шара
print-language = Тілі
print-second-language = Екінші тілі
print-one-language = жоқ
print-people = Кімге
print-series = Нөмірлер сериясы (мысалы, 57-2019/001)
print-blank-rows = Тіркелмегендерге бос жолдар (бос болса: күтілген санға дейін, кемінде { $default })
print-school-column = Бір тізім, аты-жөні бойынша, мектебі бөлек бағанда (әр мектепке тақырып орнына)
print-master-classes-too = Шеберлік сағаттарына да парақ
print-issue-date = Берілген күні (бос қалса — іс-шараның соңғы күні, { $date })
print-no-signatories = Әзірге ешкім қол қоймайды: директорды немесе бөлім басшысын жобаның «Жалпы мәлімет» бөліміне қосыңыз, сонда олардың аты-жөні қолдың астында басылады.
print-signatory-none = — ешкім —
print-signatory-first = Қол қояды
print-signatory-second = Екінші қол қояды
print-wording-show = Мәтінін өзгерту
print-wording-hide = Мәтінді жасыру
print-wording-of = { $kind }, { $language }
print-wording-save = Мәтінді сақтау
print-wording-thanks = Алғыс сөзі (қаратпа сөздің астында)
print-wording-default = Әдеттегі мәтінге қайтару
wording-name-participation = Қатысқаны туралы сертификат
wording-name-open-lesson = Ашық сабақ үшін сертификат
wording-name-master-class = Шеберлік сағаты үшін сертификат
wording-name-letter = Алғыс хат (бірінші жолы — қаратпа сөз)
wording-name-nomination = Номинация дипломы
wording-place-event = іс-шараның атауы
wording-place-kind = іс-шараның түрі (семинар, дөңгелек үстел…)
wording-place-theme = іс-шараның тақырыбы
wording-place-topic = ашық сабақтың тақырыбы
wording-place-lesson = сабақтың пәні, сыныбы
wording-place-session = шеберлік сағатының атауы
wording-place-addressed = аты мен әкесінің аты
wording-place-dear = қаратпа сөз (Құрметті)
wording-place-deed = адамның іс-шарада не істегені
wording-place-nomination = номинация атауы
print-blank-rows-bad = 0-ден { $most }-ге дейінгі бүтін сан
print-preview = Алдын ала қарау
print-save = Файл ретінде сақтау
print-open = Басып шығаруға ашу
print-cancel = Тоқтату
print-use-bundled = Бағдарламаның өз үлгісін қолдану
print-file-kind = Құжат файлы
print-page-of = { $count } беттің { $page }-беті
print-zoom-in = Үлкейту
print-zoom-out = Кішірейту
print-zoom-fit = Ені бойынша
print-preview-hint = Құжатты таңдап, оның беттерін көру үшін «Алдын ала қарау» батырмасын басыңыз.
print-no-events = Жобада әлі іс-шара жоқ; алдымен іс-шараны жоспарлаңыз, содан кейін оның құжаттарын басып шығарыңыз.
print-stage-preparing = Деректер жиналуда…
print-stage-typesetting = Беттер әзірленуде…
print-stage-writing = Құжат жазылуда…
print-open-failed = { $path } жазылды, бірақ оны ашатын бағдарлама табылмады: { $reason }
print-doc-programme = Бағдарлама
print-doc-sign-in = Тіркеу парағы
print-doc-certificates = Сертификаттар
print-doc-letters = Алғыс хаттар
print-doc-observation-sheet = Бақылау парақтары
print-doc-feedback-form = Кері байланыс парағы
print-doc-report = Іс-шара туралы есеп
print-chosen-count = Таңдалғаны: { $count }. Құжаттар белгілеген ретіңізбен басылады.
print-chosen-more = Тағы { $count } адам бар: табу үшін атының бір бөлігін жазыңыз.
print-sheet-which = Қай парақ
print-sheet-blank = Әр сабаққа бос парақ
print-mentor-people = тәлімгерлер
print-network-direction = Бағыты
print-network-term = Мерзімі
print-network-programme = Бағдарлама
print-network-mentor = Тәлімгер
print-network-mentee = Тәлімалушы
print-network-mentees = Тәлімалушылар
print-network-done = Орындалуы
print-network-total = Барлығы
print-network-hours = Сағат
print-network-no-subject = { $what ->
    [programme] Жобада тәлімгерлік бағдарламасы жоқ.
    [pair] Бағдарламаларда тәлімгерлік жұп әлі жоқ.
    [course] Жобада курс жоқ.
   *[plan] Жобада жылдық жоспар жоқ.
}
print-network-nobody = { $what ->
    [mentors] «{ $title }» бағдарламасында бекітілген тәлімгер жоқ.
   *[passed] «{ $title }» курсын әзірше ешкім аяқтаған жоқ: алдымен аяқтағандарды белгілеңіз.
}
print-network-doc = { $doc ->
    [mentor-annex] Бұйрыққа қосымша: тәлімгерлер тізімі
    [mentor-certificates] Тәлімгер сертификаттары
    [course-certificates] Курс сертификаттары
    [pair-plan] Жұптың жеке жоспары мен күнделігі
    [year-plan] Жылдық жоспар
   *[year-report] Жылдық есеп
}
print-network-of = { $what ->
    [programme] Бағдарлама
    [pair] Жұп
    [course] Курс
   *[plan] Жоспар
}
print-annex-of-order = Бұйрыққа қосымша
print-annex-order-line = № { $number }, { $date }
print-annex-heading = Бекітілген тәлімгерлер тізімі
print-annex-count = Тәлімгерлер саны: { $count }
print-mentor-text = «{ $programme }» бағдарламасы аясындағы тәлімгерлік қызметін растайды.
print-mentor-order = Бұйрық
print-course-text = «{ $course }» курсын толық аяқтағаны үшін беріледі.
print-course-hours = { $hours } академиялық сағат көлемінде
print-course-dates = Оқу мерзімі
print-course-partner = Серіктес
print-pair-plan = Тәлімгерлік жұптың жеке жоспары
print-pair-log = Жұмыс күнделігі
print-pair-task = Жұмыс мазмұны
print-pair-due = Мерзімі
print-pair-status-label = Жағдайы
print-pair-reason = Себебі
print-pair-observation = бақылау парағы толтырылды
print-pair-no-tasks = Жоспарда әзірше міндет жоқ.
print-pair-no-activities = Күнделікте әзірше жазба жоқ.
print-pair-progress = Орындалған міндеттер: { $done } / { $tasks }; іс-шаралар: { $activities }; сағат: { $hours }; соңғы байланыс: { $last }
print-year-plan = Жылдық жұмыс жоспары
print-year-report = Жылдық жұмыс есебі
print-year-school-year = { $from }–{ $to } оқу жылы
print-year-network = Желілік қоғамдастық
print-year-event = Іс-шара
print-year-form = Өткізу түрі
print-year-host = Өткізетін ұйым
print-year-when = Мерзімі
print-year-target = Қатысушылар
print-year-planned = Жоспар
print-year-actual = Нақты
print-year-product = Күтілетін нәтиже, өнім
print-year-late = мерзімі өтті
print-year-summary = Жалпы көрсеткіштер
print-year-held = Өткізілді
print-year-overdue = Мерзімі өткен
print-year-by-form = Іс-шаралар: жоспар мен орындалуы
print-year-by-month = Айлар бойынша
print-year-by-school = Мектептер бойынша
print-year-hosted = Өткізген
print-year-attended = Қатысқан
print-year-teachers = Мұғалімдер
print-year-products = Өнімдер
print-year-courses = Курстар
print-year-passed = Аяқтағандар
print-year-certificates = Сертификаттар
print-year-mentoring = Тәлімгерлік
print-year-pairs = Жұптар
print-year-tasks-done = Орындалған міндеттер
print-year-activities = Іс-шаралар
print-year-visits = Сабаққа қатысу
print-year-stale = Бір айдан бері байланыссыз
print-year-period = Кезең
cli-print-unknown-subject = Жобада «{ $id }» идентификаторлы { $what ->
    [programme] бағдарлама
    [pair] жұп
    [course] курс
   *[plan] жоспар
} жоқ. Барлары:

## Желінің жылдық жоспары
year-plan-none = Жылдық жоспар әлі жоқ. Жоспар 1 қыркүйектен 31 тамызға дейін жасалады: жолдарын кестеге жазып, әр іс-шараны уақыты келгенде жобаның іс-шарасына айналдырыңыз.
year-plan-new = Жаңа жылдық жоспар
year-plan-default-title = { $from }–{ $to } оқу жылының жоспары
year-plan-plan-title = Жоспардың атауы
year-plan-period = { $from } – { $to }
year-plan-keys = ↵: келесі ұяшық; ↑ ↓: жоғарғы не төменгі жол. Әр ұяшық жазған сәтте сақталады.
year-plan-sort = Реті
year-plan-sort-typed = Жазылған ретімен
year-plan-sort-month = Айлар бойынша
year-plan-sort-school = Мектептер бойынша
year-plan-col-number = №
year-plan-col-title = Іс-шара
year-plan-col-form = Өткізу түрі
year-plan-col-host = Өтетін орны
year-plan-col-when = Күні не айы
year-plan-col-responsible = Жауаптылар
year-plan-col-target = Қатысушылар
year-plan-col-planned = Жоспар
year-plan-col-actual = Нақты
year-plan-col-product = Күтілетін нәтиже, өнім
year-plan-col-done = Орындалды
year-plan-form-seminar = Семинар
year-plan-form-methodical-landing = Әдістемелік десант
year-plan-form-forum = Форум
year-plan-form-open-lesson = Ашық сабақ
year-plan-form-round-table = Дөңгелек үстел
year-plan-form-course = Курс
year-plan-form-hearing = Тыңдау
year-plan-form-open-doors = Ашық есік күні
year-plan-form-master-class = Шеберлік сағаты
year-plan-form-other = Басқа
year-plan-month-1 = Қаңтар
year-plan-month-2 = Ақпан
year-plan-month-3 = Наурыз
year-plan-month-4 = Сәуір
year-plan-month-5 = Мамыр
year-plan-month-6 = Маусым
year-plan-month-7 = Шілде
year-plan-month-8 = Тамыз
year-plan-month-9 = Қыркүйек
year-plan-month-10 = Қазан
year-plan-month-11 = Қараша
year-plan-month-12 = Желтоқсан
year-plan-unknown-form = Мұндай түр жоқ. Өткізу түрлері: { $forms }
year-plan-unknown-school = Жобада «{ $name }» деген ұйым жоқ
year-plan-unknown-person = Жобада «{ $name }» деген адам жоқ
year-plan-several = Бірнешеуі сәйкес келеді: { $names }
year-plan-bad-when = Күнін (15.10.2025) не айын (10, қазан) жазыңыз
year-plan-outside-year = Жоспар жылынан тыс: { $from } – { $to }
year-plan-late = Мерзімі өтті
year-plan-to-event = Іс-шара ету
year-plan-to-event-tip = Жол атауымен, түрімен, өтетін орнымен және күнімен жобаның іс-шарасына айналады; содан соң оның бағдарламасын жоспарлаңыз
year-plan-open-event = Іс-шараны ашу
year-plan-open-event-tip = Осы жолдан жасалған іс-шара: бағдарламасы мен қатысуы
year-plan-remove-row = Жолды өшіру (іс-шарасы қалады)
year-plan-no-title = Алдымен жолға іс-шараның атауын жазыңыз.
year-plan-rows-shown = { $count } жолдың { $from }–{ $to }
year-plan-per-school = Мектептер бойынша
year-plan-per-month = Айлар бойынша
year-plan-school-planned = Жоспарда
year-plan-school-hosted = Өткізілді
year-plan-school-attended = Қатысты
year-plan-school-teachers = Мұғалімдер
year-plan-school-products = Өнімдер
network-none = Мектептер желісі әлі жоқ: жетекші мектеп пен оның магнит мектептері жобаның ұйымдарынан құралады.
network-new = Желі құру
network-needs-schools = Алдымен «Ұйымдар» бөліміне мектептерді қосыңыз.
network-default-title = { $school } желілік қоғамдастығы
network-summary = { $title }. Жетекші мектеп: { $leading }; магнит мектептер: { $magnet }; тірек мектептер: { $supporting }
network-edit = Желіні өзгерту
network-close = Жасыру
network-name = Желінің атауы
network-leading = Жетекші мектеп
network-members = Желідегі мектептер
network-coordinator = Үйлестіруші
network-no-coordinator = Үйлестіруші жоқ
network-remove-member = Желіден шығару
network-add-member = Мектеп қосу…
network-coordinator-hint = Үйлестіруші сол мектептің өз қызметкерлерінен таңдалады.

## Курстар
course-new = Жаңа курс
course-none = Курстар әлі жоқ. Курстың сағаты мен мерзімі болады; курсты аяқтағандарға нөмірленген сертификат беріледі.
course-choose = Тізімнен курсты таңдаңыз.
course-subtitle = { $hours } сағ · { $from } – { $to } · қатысушылар: { $count }
course-title = Курстың атауы
course-hours = Сағат саны
course-from = Басталуы
course-to = Аяқталуы
course-organiser = Ұйымдастырушы
course-partner = Серіктес (оқу орталығы)
course-participants = Қатысушылар: { $count }, аяқтағандар: { $passed }
course-add-participants = Қатысушыларды қосу
course-add-hint = Курсқа қатысатын жоба адамдарын белгілеңіз.
course-add-chosen = Белгіленгендерді қосу ({ $count })
course-added = Курсқа қосылды: { $count }
course-all-passed = Табылғандардың бәрі аяқтады
course-none-passed = Ешкім аяқтаған жоқ
course-remove-participant = Курстан шығару
course-certificates = Сертификаттар
course-certificates-hint = Курсты аяқтағандар сериядағы келесі бос нөмірлерді алады; бұл курстың сертификаты бұрыннан барлар өз нөмірін сақтайды.
course-series = Нөмірлер сериясы (бос болса: { $example })
course-issue = Сертификат беру: { $count }
course-issued = Берілген сертификаттар: { $count }
course-certificates-none = Курсты аяқтағандардың бәрінде осы курстың сертификаты бар.
course-certificates-issued = Тізілімге жаңа сертификаттар жазылды: { $count }
mentoring-new = Жаңа бағдарлама
mentoring-none = Тәлімгерлік бағдарламасы әлі жоқ. Тәлімгерлерді бекітіп, жас мұғалімдермен жұптастыру үшін бағдарлама құрыңыз.
mentoring-print-annex = Бұйрыққа қосымшаны басып шығару
mentoring-print-pair = Жоспар мен журналды басып шығару
mentoring-tab-programme = Бағдарлама
mentoring-tab-mentors = Тәлімгерлер
mentoring-tab-pairs = Жұптар
mentoring-tab-progress = Нәтижелер
mentoring-tab-events = Іс-шаралар
mentoring-title = Бағдарламаның атауы
mentoring-organiser = Ұйымдастырушы
mentoring-from = Басталуы
mentoring-to = Аяқталуы
mentoring-order-number = Бұйрық нөмірі
mentoring-order-date = Бұйрық күні
mentoring-directions = Бағыттар
mentoring-direction = Бағыт
mentoring-direction-name = Бағыттың атауы
mentoring-direction-new = Жаңа бағыт
mentoring-direction-add = Бағыт қосу
mentoring-direction-in-use = Бұл бағытта { $mentors } тәлімгер және { $pairs } жұп бар: алдымен оларды басқа бағытқа ауыстырыңыз.
mentoring-responsible = Жауаптылар:
mentoring-add-responsible = + Жауапты адам
mentoring-no-directions = Алдымен бағдарламаның бағыттарын қосыңыз («Бағдарлама» қойындысы).
mentoring-approve = Бағыт бойынша тәлімгерді бекіту
mentoring-mentor-has-pairs = Оның { $pairs } жұбы бар: алдымен оларды жойыңыз.
mentoring-pairs-count = { $count } жұп
mentoring-change = Өзгерту
mentoring-mentor = Тәлімгер
mentoring-mentees = Тәлімалушылар
mentoring-pair-new = Жаңа жұп
mentoring-pair-create = Жұпты құру
mentoring-pair-needs-mentor = Тәлімгерді таңдаңыз.
mentoring-pair-needs-mentee = Кемінде бір тәлімалушы қосыңыз.
mentoring-pair-term-hint = Жұптың мерзімі тәлімгердің мерзімімен бірдей болады; қажет болса, кейін өзгертіңіз.
mentoring-no-mentors = Алдымен тәлімгерлерді бекітіңіз («Тәлімгерлер» қойындысы), содан кейін жұптастырыңыз.
mentoring-pairs-hint = Жоспары мен журналын көру үшін жұпты таңдаңыз.
mentoring-only-stale = Бір айдан бері байланыспаған жұптар ғана
mentoring-status = Күйі
mentoring-status-active = Жұмыс істеп жатыр
mentoring-status-completed = Аяқталды
mentoring-status-ended-early = Мерзімінен бұрын тоқтатылды
mentoring-end-reason = Себебі
mentoring-progress-line = Тапсырмалар { $done }/{ $tasks } · іс-шаралар { $activities } · { $hours } сағ · соңғы кездесу { $last }
mentoring-never = әлі болған жоқ
mentoring-stale-flag = Байланыс жоқ
mentoring-stale = { $days } күннен бері байланыс жоқ ({ $limit } күннен астам).
mentoring-stale-count = { $count } жұп бір айдан бері байланыспаған
mentoring-stale-pairs = Бір айдан бері байланыспаған жұптар
mentoring-total = Бүкіл бағдарлама
mentoring-plan = Жеке жоспар
mentoring-plan-empty = Тапсырмалар әлі жоқ.
mentoring-task = Тапсырма
mentoring-task-due = Мерзімі
mentoring-add = Қосу
mentoring-log = Іс-шаралар журналы
mentoring-log-empty = Журналда әзірге ештеңе жоқ.
mentoring-log-add = Журналға жазу
mentoring-activity-date = Күні
mentoring-activity-kind = Түрі
mentoring-activity-hours = Сағат
mentoring-activity-notes = Ескертпе
mentoring-hours-short = сағ
mentoring-kind-meeting = Кездесу
mentoring-kind-consultation = Кеңес беру
mentoring-kind-mentee-lesson = Тәлімалушының сабағына қатысу
mentoring-kind-mentor-lesson = Тәлімгердің сабағына қатысу
mentoring-kind-other = Басқа
mentoring-observation = Сабақты бақылау парағы
mentoring-observation-linked = Бақылау: { $observation }
mentoring-observation-gone = жойылған
mentoring-events-hint = Осы бағдарламаға жататын жоба іс-шараларын белгілеңіз: тыңдау, ашық есік күндері, дөңгелек үстелдер.
mentoring-part-pair = Мерзімі мен күйі

## Желі үлгісі және бағдарламалар, желілер мен курстар қорытындысы
summary-programme = Тәлімгерлік бағдарламасы «{ $title }»: жұптар — { $pairs }, тәлімгерлер — { $mentors }
summary-programme-progress = Орындалған міндеттер: { $tasks } ішінен { $done } ({ $percent }%); журналдағы жазбалар — { $activities }, сағат — { $hours }; бір айдан бері байланыспаған жұптар — { $stale }
summary-direction = { $direction }: жұптар — { $pairs }, орындалған міндеттер — { $tasks } ішінен { $done }
summary-network = Желі «{ $title }»: мектептер — { $schools }
summary-year-plan = Жылдық жоспар «{ $title }»: жолдар — { $rows }, өткізілгені — { $held }, кешіккені — { $late }
summary-course = Курс «{ $title }» ({ $hours } сағат, { $from } – { $to }): қатысушылар — { $participants }, аяқтағандар — { $passed }
library-example-network = Желі үлгісін қосу
library-example-network-body = Екінші үлгі — мектептер желісі: Қарағандының жетекші мектебі және оның жеті магниттік мектебі; олардың жылдық жоспары, жиырма жұптан тұратын тәлімгерлік бағдарламасы және 72 сағаттық курс.
library-example-network-open = Желі үлгісін ашу
print-pair-notes = Не істелді
print-year-audience = Мақсатты топ
print-year-month-label = Ай
mentoring-print = Басып шығару
mentoring-term = Мерзімі
mentoring-order = Бұйрық
export-what-year-plan = Жылдық жоспар
export-col-plan-title = Іс-шара
export-col-form = Өткізу түрі
export-col-host = Өткізетін ұйым
export-col-when = Мерзімі
export-col-responsible = Жауаптылар
export-col-target = Қатысушылар
export-col-planned = Жоспар бойынша саны
export-col-actual = Нақты саны
export-col-product = Күтілетін нәтиже
export-col-done = Орындалды
cli-people-no-course = { $id } нөмірлі курс жоқ. Жобадағы курстар: { $courses }
course-import-list = Тізімнен енгізу…
year-plan-year-earlier = Бір оқу жылы бұрын
year-plan-year-later = Келесі оқу жылына
print-issue-date-subject = Берілген күні (бос қалса — бағдарламаның не курстың соңғы күні, { $date })
