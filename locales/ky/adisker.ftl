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
problem-date-out-of-range = { $at }: { $year }-жыл 1900–2200 аралыгынан тышкары.
problem-duplicate-number = { $at }: { $number } номери эки сыйлыкка берилген.
problem-too-long = { $at } узундугу { $chars } белги (форма эң көп { $limit } белги кабыл алат). Текст сакталат, ал эми басып чыгарганда кыскартылат.

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
entity-signatory = кол коюучу
entity-programme = насаатчылык программасы
entity-direction = багыт
entity-network = тармактык коомдоштук
entity-year-plan = жылдык план
entity-course = курс

## Талааларды толтуруу
field-required = Милдеттүү талаа.
field-bad-date = Датаны 01.02.2019 түрүндө жазыңыз.
field-bad-email = Бул электрондук почтанын дарегине окшобойт.
field-bad-phone = Телефон номери 5–15 цифрадан турат.
field-bad-number = Бүтүн сан жазыңыз.
field-ends-before-start = Аякталуу убактысы башталуу убактысынан эрте.
field-too-long = Эң көп { $limit } белги; ашыкчасы кабыл алынган жок.

## Файлдарды окуу жана жазуу
load-empty = { $path } файлы бош. Эгер долбоор мурда сакталган болсо, анын камдык көчүрмөсүн ачыңыз.
load-too-large = { $path } файлынын көлөмү { $megabytes } МБ — долбоор файлы үчүн өтө чоң.
load-not-a-project = { $path } файлы Әдіскер долбоору эмес.
load-spreadsheet = { $path } файлы — таблица, Әдіскер долбоору эмес. Таблицадагы катышуучулар жана катталгандар долбоордун ичине киргизилет: долбоорду ачып, «Катышуучулар» → «Тизмени киргизүү» баскычын басыңыз.
load-truncated = { $path } файлы толук эмес ({ $line }-сап, { $column }-мамыча): ал толук көчүрүлгөн же сакталган эмес. Эч нерсе өзгөртүлгөн жок; камдык көчүрмөсүн ачыңыз.
load-syntax = { $path } файлы { $line }-сапта, { $column }-мамычада бузулган. Эч нерсе өзгөртүлгөн жок; камдык көчүрмөсүн ачыңыз.
load-shape = { $path } файлында { $line }-сап, { $column }-мамычада туура эмес маани бар ({ $field } талаасы): { $detail }. Эч нерсе өзгөртүлгөн жок; камдык көчүрмөсүн ачыңыз.
load-shape-missing = милдеттүү «{ $name }» талаасы жок
load-shape-type = маанинин түрү туура эмес (мисалы, сан турушу керек жерде текст турат)
load-shape-unknown = «{ $value }» — Әдіскердин бул версиясы билбеген маани
load-shape-unreadable = окулбай турган дата, убакыт, сан же идентификатор
load-too-complex = { $path } файлы өтө көп майда бөлүктөрдөн турат: аны окуу үчүн болжол менен { $megabytes } МБ эс тутум керек, бул компьютерде ага жетпейт. Бул кадимки долбоор файлы эмес; эч нерсе өзгөртүлгөн жок.
store-locked = Бул долбоор башка терезеде ачык. Адегенде аны ошол жерден жабыңыз.
store-not-found = Китепканада { $id } долбоору жок.
store-already-exists = { $id } идентификатору бар долбоор китепканада мурдатан эле бар.
bundle-not-a-bundle = Бул файл Әдіскер долбоорунун бир файлга сакталган түрү эмес.
bundle-damaged = Долбоордун файлы бузулган (толук жетпей калган болушу мүмкүн). Аны кайра жөнөтүүнү сураныңыз.
bundle-unsafe = Файлда «{ $name }» бар, ал долбоордо мындай болбойт, ошондуктан андан эч нерсе алынган жок. Долбоорду Әдіскерде кайра бир файл кылып сактап жөнөтүүнү сураныңыз.
bundle-too-large = Ачканда бул файл каалаган долбоордон алда канча чоң болуп чыгат, ошондуктан андан эч нерсе алынган жок.
bundle-encrypted = Файл сырсөз менен жабылган, ал Әдіскер долбоорлорду сырсөзсүз сактайт. Аны сырсөзсүз жөнөтүүнү сураныңыз.
bundle-heading = Долбоорду башка компьютерге жөнөтүү
bundle-hint = Бүт долбоор эмблемасы жана басып чыгаруу үлгүлөрү менен бир файлда: аны мессенджер аркылуу жөнөтүүгө же флешка менен алып барууга болот. Башка компьютерде аны китепканадагы «Импорттоо…» баскычы ачат.
bundle-save = Бир файл кылып сактоо…
bundle-files = Әдіскер долбоору
bundle-path = Долбоорду кайда сактоо керек ({ $ext } менен бүткөн толук жол)
bundle-written = Долбоор бир файл кылып сакталды: { $path }
library-bundle-known = «{ $title }» китепканада мурдатан эле бар. Аны ушул файлдан жаңыртуу керекпи (азыркы нускасы жанында көчүрмө болуп сакталат), же экөөн тең калтыруу керекпи?
library-bundle-update = Жаңыртуу
library-bundle-keep-both = Экөөн тең калтыруу
merge-added = Кошулду: { $list }.
merge-heading = Кесиптештин көчүрмөсүн бириктирүү
merge-hint = Башка компьютерде жазылган байкоолор, жазуулар, кайтарым байланыш баракчалары жана катталуулар ушул долбоорго кошулат; экөөндө бирдей болгону өзгөрүүсүз калат, ал экөөндө тең өзгөртүлгөнүн өзүңүз тандайсыз. Бул жердеги эч нерсе өчүрүлбөйт.
merge-copy = «{ $file }» көчүрмөсүн ушул долбоорго бириктирүү
merge-path = Бириктириле турган көчүрмө (долбоор файлына же { $ext } файлына толук жол)
merge-apply = Бириктирүү
merge-take-copy = Көчүрмөдөгүнү алуу
merge-here = Бул жерде
merge-in-copy = Көчүрмөдө
merge-merged = Көчүрмө бириктирилди. Жокко чыгаруу: { $undo }.
merge-same = Эки көчүрмөдө бирдей, өзгөрүүсүз калды: { $count }.
merge-conflicts = Эки көчүрмөдө тең өзгөртүлгөн: { $count }. Башкасын тандабасаңыз, долбоордун өз нускасы калат.
merge-conflict-line = { $label }: { $field } бул жерде «{ $ours }», көчүрмөдө «{ $theirs }»
merge-numbers-taken = Эки көчүрмөдө ар башка адамдарга берилген номерлер, ошондуктан кошулган жок: { $numbers }. Бул документтерге жаңы номер бериңиз.
merge-nothing = Көчүрмөлөрдө баары бирдей: бириктире турган эч нерсе жок.
merge-dry-run = Эч нерсе өзгөртүлгөн жок ({ $option }).
cli-people-no-sheet = Китепте «{ $sheet }» барагы жок. Анын барактары: { $sheets }.
cli-people-bad-map = «{ $map }» МАМЫЧА=ТАЛАА түрүндө эмес, мисалы: «{ $example }».
cli-people-unknown-field = «{ $field }» — адамдын талаасы эмес. Талаалар: { $fields }.
cli-people-unknown-column = Файлда «{ $column }» мамычасы жок. Анын мамычалары: { $columns }.
cli-people-doubtful = { $line }-сап: «{ $name }» долбоордогу «{ $known }» менен аты бирдей, бирок уюму же почтасы башка; жаңы адам катары кошулат.
cli-people-summary = Жаңы адамдар: { $new }; долбоордо бар: { $same }; күмөндүү: { $doubtful }; файлда кайталанган: { $repeated }; катасы бар саптар: { $bad }; жаңы уюмдар: { $organisations }.
merge-refused = Бириктирүү аткарылган жок; долбоор мурунку абалында калды.
merge-newer-copy = Көчүрмө Әдіскердин жаңыраак версиясында сакталган ({ $version } форматы); аны бириктирүү үчүн Әдіскерди жаңыртыңыз.
merge-damaged-copy = Көчүрмөдө каталар бар, ошондуктан ал бириктирилбейт («{ $command }» буйругун караңыз).
merge-kind = { $kind ->
        [people] адамдар
        [schools] уюмдар
        [events] иш-чаралар
        [sessions] программанын пункттары
        [registrations] катталгандар
        [observations] байкоолор
        [feedback] кайтарым байланыш баракчалары
        [awards] сыйлыктар
       *[other] башкалар
    }
merge-field = { $field ->
        [full_name] аты-жөнү
        [school] уюму
        [position] кызматы
        [subjects] сабактары
        [qualification] категориясы
        [email] электрондук почтасы
        [phone] телефону
        [note] эскертүү
        [title] аталышы
        [theme] темасы
        [starts_on] башталган күнү
        [ends_on] бүткөн күнү
        [venue] өтүүчү жери
        [rooms] бөлмөлөр
        [ratings] деңгээлдер
        [notes] жазуулар
        [strengths] күчтүү жактары
        [improvements] өркүндөтүү керек
        [recommendation] сунуш
        [status] абалы
        [attended] катышуусу
        [mode] катышуу түрү
        [group] тобу
        [coins] тыйындар
        [light] светофор
        [wish] каалоо
        [comment] пикир
        [stars] эки жылдыз
        [name] аталышы
        [number] номери
        [kind] түрү
        [reason] негизи
        [day] күнү
        [start] башталышы
        [end] бүтүшү
        [room] бөлмөсү
        [responsible] жооптуулар
        [lesson] сабак
        [observers] байкоочулар
        [attendees] катышуучулар
        [organizer] уюштуруучу
        [city] шаар
        [respondent_name] толтурган
        [issued_on] берилген күнү
        [region] аймак
        [title_alt] экинчи тилдеги аталышы
        [place] өтүүчү жери
        [travel_minutes] жерлердин ортосундагы жол
       *[other] { $field }
    }
io-disk-full = Дискте орун калган жок: { $path } жазылган жок. Орун бошотуп, кайра аракет кылыңыз.
io-file-too-large = { $path } бул диск үчүн өтө чоң: флешкага 4 ГБдан ашкан файл батпашы мүмкүн.
io-permission-read = { $path } — окууга уруксат жок. Компьютердин администраторуна кайрылыңыз же файлды өз папкаңызга көчүрүңүз.
io-is-a-folder = { $path } — файл эмес, папка. Файлды тандаңыз.
io-not-a-folder = { $path } жолунун бир бөлүгү папка эмес, файл.
io-bad-name = { $path } — бул компьютер кабыл албаган файл аты. : * ? < > | сыяктуу белгилерди алып салыңыз.
io-busy = { $path } башка программада ачык. Аны ошол жерде жаап, кайра аракет кылыңыз.
io-read-failed = { $path } окулган жок (система катасы: { $code }). Дискти же флешканы текшерип, кайра аракет кылыңыз.
io-write-failed = { $path } жазылган жок (система катасы: { $code }). Дискти же флешканы текшерип, кайра аракет кылыңыз.
cli-project-locked = Бул долбоор Әдіскер терезесинде ачык. Бир файлга эки программа катар жазбашы үчүн муну ошол терезеде аткарыңыз же долбоорду ошол жерде жаап, кайра аракет кылыңыз.
cli-newer-version = Файл Әдіскердин жаңыраак версиясында сакталган ({ $version } форматы). Эч нерсе жоголбошу үчүн бул версия аны өзгөртпөйт.
cli-has-problems = Файлда каталар бар, ошондуктан ал өзгөртүлбөйт. Аларды «{ $command }» буйругу менен караңыз.
cli-file-busy = Сактоо учурунда файлды башка программа тынбай өзгөртүп турду; эч нерсе жазылган жок. Бир аздан кийин кайра аракет кылыңыз.
io-permission = { $path } — жазууга уруксат жок. Башка папканы тандаңыз же компьютердин администраторуна кайрылыңыз.
io-not-found = { $path } табылган жок.

## Буйрук сабы
cli-error = Ката
cli-check-ok = «{ $title }» долбоору катасыз ачылат.
cli-check-newer = «{ $title }» долбоору Әдіскердин жаңыраак версиясында сакталган ({ $version } форматы): ал окуу үчүн гана ачылат.
cli-same-file = { $out } — долбоордун өз файлы (же анын камдык көчүрмөсү): документ долбоордун ордуна жазылып калмак. Чыгуучу файлга башка ат бериңиз.
cli-output-in-library = { $out } китепкананын долбоорлор папкасынын ичинде, анда долбоорлор гана сакталат. Аны башка жерге, мисалы «Документтер» папкасына сактаңыз.
cli-has-errors-read = Файлда каталар бар; адегенде аларды оңдоңуз («{ $command }» буйругун караңыз).
print-numbers-not-recorded = Бул { $count } документтин номерлери жазылган жок: файл Әдіскердин жаңыраак версиясында сакталган, ошондуктан ал өзгөртүлбөйт. Номерлер кайра берилбеши үчүн аларды каттоо журналына кол менен киргизиңиз.
app-no-display = Экран табылган жок ({ $variables } орнотулган эмес), ошондуктан терезе ачылбайт. Буйрук сабы экрансыз да иштейт: буйруктарынын тизмеси — «{ $command }».
app-window-failed = Терезе ачылган жок ({ $reason }). Буйрук сабы терезесиз да иштейт: буйруктарынын тизмеси — «{ $command }».
app-display-unreachable = «{ $display }» экранына туташуу мүмкүн болгон жок, ошондуктан терезе ачылбайт. Иш столу иштеп жатканын текшериңиз же буйрук сабын колдонуңуз: буйруктарынын тизмеси — «{ $command }».
app-crashed = Әдіскер программадагы катадан улам токтоду ({ $reason }). Долбоорлоруңуз аман: сакталган бардык өзгөртүүлөр дискте турат. Эмне кылып жатканыңызды иштеп чыгуучуларга билдириңиз.
app-work-crashed = Бул иш программадагы катадан улам токтоду ({ $reason }). Долбооруңуз аман: терезе өзгөртүүлөрүңүздү сактап, дискке жазат. Эмне кылып жатканыңызды иштеп чыгуучуларга билдириңиз.

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
library-conflicts = Файлдарды синхрондоштурууда пайда болгон карама-каршы көчүрмөлөр: { $files }. Долбоорду ачып, аларды «{ $section }» бөлүмүндө бириктириңиз: эч нерсе жоголбойт.
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
list-nothing-found = Мындай аты-жөнү бар адам жок.
list-search = Издөө

## Долбоор
project-title = Аталышы
project-organizer = Уюштуруучу
project-city = Шаар же айыл (берилген күнүнүн жанында басылат)
overview-emblem = Эмблема же логотип
overview-emblem-hint = Сертификат, ыраазычылык кат, диплом, программа жана отчеттун башында басылат. Сүрөттүн түрү: { $formats }.
overview-emblem-none = Эмблема азырынча тандалган жок.
overview-emblem-set = Эмблема: { $name }
overview-emblem-choose = Сүрөт тандоо…
overview-emblem-remove = Эмблемасыз басуу
overview-emblem-path = Сүрөттүн толук жолу
overview-emblem-files = Сүрөттөр
overview-emblem-not-picture = Бул файл { $formats } сүрөтү эмес: эмблеманы сүрөт файлы катары тандаңыз.
overview-emblem-too-large = Сүрөт { $megabytes } МБдан чоң: аны кичирейтип сактап, кайра тандаңыз.
overview-emblem-broken = Сүрөттү окуу мүмкүн эмес, ошондуктан ал басылбайт ({ $reason }).
signatories-title = Документтерге кол коюучулар
signatories-hint = Алардын аты-жөнү сертификат, ыраазычылык кат жана дипломдун колунун астында басылат; ар бир документке ким кол коёрун «Басып чыгаруу» бөлүмүндө тандаңыз.
signatories-none = Азырынча эч ким жок: документтерде кызматы жазылган бош сызык басылат.
signatories-new = Кол коюучу кошуу
signatory-name = Басылуучу аты-жөнү (мисалы, А. Б. Сапарова)
signatory-position = Кызматы
signatory-organisation = Мекеме
project-opening = Долбоор ачылууда…
project-reloaded = Долбоорду башка программа өзгөрттү, ошондуктан ал кайра жүктөлдү.
project-conflict-kept = Сиз түзөтүп жатканда долбоор башка жерде өзгөртүлдү. Сиздин вариантыңыз сакталды; экинчи вариант анын жанына { $file } деген ат менен сакталды.
project-reloaded-ours-kept = Башка программа долбоорду сиздин акыркы өзгөртүүлөрүңүз жок вариант менен алмаштырды. Азыр ошол вариант ачык; сиздики анын жанына { $file } деген ат менен сакталды, китепкана экөөн тең көрсөтөт.
nav-library = Китепкана
nav-overview = Жалпы маалымат
nav-events = Иш-чаралар
nav-people = Катышуучулар
nav-schools = Уюмдар
nav-programme = Программа
nav-lessons = Сабактар
nav-registrations = Каттоо
planning-no-event = Азырынча иш-чара жок. Программасын пландоо үчүн иш-чара түзүңүз.
field-bad-time = Убакыт туура эмес. 9:30 түрүндө жазыңыз.
programme-new-session = Жаңы бөлүм
programme-stays-in-day = Бөлүм түн ортосунан ашып кете албайт.
programme-too-short = Бөлүм башталбай туруп аяктай албайт.
programme-no-rooms = Иш-чарада азырынча кабинет жок. Аларды иш-чаранын маалыматтарына кошуңуз.
programme-from-template = Үлгүдөн…
programme-add = Бөлүм кошуу
programme-calendar = Календарь…
programme-calendar-tip = Катышуучулардын телефондоруна арналган календарь файлы түрүндөгү программа
programme-calendar-files = Календарь
programme-calendar-path = Календарды кайда сактоо керек ({ $ext } менен бүткөн толук жол)
programme-hint = Оңдоо үчүн бөлүмдү басыңыз же жаңысын кошуңуз. Төмөндөгү баскычтар да иштейт.
programme-keys = { $choose } тандоо · { $shift } 5 мүнөткө жылдыруу · { $room } кабинетти алмаштыруу · { $length } узактыгы · { $duplicate } көчүрмө · { $delete } өчүрүү · { $add } кошуу · { $close } жабуу
programme-no-conflicts = Планда карама-каршылык жок
programme-conflicts = Карама-каршылыктар: { $count }
programme-empty = Бул күнү азырынча бөлүм жок. Бөлүм кошуңуз же үлгүдөн кадимки семинарды түзүңүз.
programme-audience = Угуучулар: { $count ->
    [0] азырынча жок
   *[other] { $count }
}
programme-no-room = Кабинетсиз
programme-room-seats = { $room } ({ $count } орун)
programme-earlier = 5 мүн эрте
programme-later = 5 мүн кеч
programme-shorter = Кыскартуу
programme-longer = Узартуу
programme-room-previous = ← Кабинет
programme-room-next = Кабинет →
programme-duplicate = Көчүрмө жасоо
session-title = Аталышы
session-kind = Түрү
session-room = Кабинет
session-title-alt = Экинчи тилдеги аталышы
session-place = Өтүүчү жери
session-place-venue = Негизги орун
session-place-address = Жердин дареги
session-day = Күнү
session-start = Башталышы
session-end = Аякташы
session-subject = Сабак
session-grade = Класс
session-class-letter = Тамга
session-topic = Тема
session-objectives = Максаттары
session-notes = Эскертүү
session-responsible = Жооптуу
session-teachers = Мугалимдер
session-observers = Байкоочулар
session-attendees = Угуучулар ({ $count })
session-pinned = кол менен коюлган
session-add-person = Кошуу үчүн атын жазыңыз…
session-add-new = «{ $name }» жаңы адам катары кошуу
template-title = Кадимки семинар
template-explained = Каттоо, концерттик номер менен ачылыш, баяндамалар, катар өткөн ачык сабактар, чеберчилик сабагы, тыныгуу, кайтарым байланыш, сыйлоо жана жабылыш. Кийин баарын өзгөртсө болот.
template-start = Башталуу убактысы
template-lessons = Ачык сабактардын саны
template-lesson-length = Сабактын узактыгы
template-minutes = { $minutes } мүнөт
template-lesson-rooms = Ачык сабактар үчүн кабинеттер
template-add-rooms-first = Иш-чарада азырынча кабинет жок: адегенде аларды иш-чаранын маалыматтарына кошуңуз.
template-hall = Жыйындар залы
template-master-class = Чеберчилик сабагы менен
template-lay-out = Программаны түзүү
template-registration = Катышуучуларды каттоо
template-opening = Семинардын ачылышы
template-performance = Окуучулардын концерттик номери
template-speeches = Баяндамалар
template-open-lesson = Ачык сабак
template-master-class-title = Чеберчилик сабагы
template-break = Чай тыныгуусу
template-feedback = Кайтарым байланыш
template-awards = Сыйлоо жана жабылыш
template-nothing = Семинарда жок дегенде бир ачык сабак же чеберчилик сабагы болушу керек.
template-no-rooms = Ачык сабактар үчүн жок дегенде бир кабинет тандаңыз.
template-past-midnight = Программа түн ортосунан ашып кетет: эртерээк баштаңыз же сабактарды азайтыңыз.
lessons-nothing-to-distribute = Иш-чарада катышуучуларды отургуза турган ачык сабак же чеберчилик сабагы жок.
lessons-unplaced-full = ошол убактагы сабактарда бош орун калган жок
lessons-unplaced-busy = ошол убакта «{ $session }» бөлүмүндө
lessons-unplaced-teaches = ошол убакта «{ $session }» сабагын өтөт
lessons-sort = Иреттөө
lessons-by-time = Убактысы
lessons-by-room = Кабинет
lessons-by-subject = Сабак
lessons-by-teacher = Мугалим
lessons-distribute = Катышуучуларды автоматтык түрдө бөлүштүрүү
lessons-none = Азырынча ачык сабак же чеберчилик сабагы жок. Аларды программага кошуңуз.
lessons-outcome = Отургузулду: { $placed }, анын { $matches } өз предметинин сабагында. { $undo } жокко чыгарат.
lessons-outcome-undone = Автоматтык түрдө отургузуу жокко чыгарылды: сабактардагы угуучулар мурункудай.
lessons-unplaced = Орун табылбагандар: { $count }
lessons-grade = { $grade }-класс
lessons-and-more = жана дагы { $count } адам
nav-settings = Жөндөөлөр
overview-counts = { $events } иш-чара · { $sessions } программа пункту · { $people } катышуучу · { $schools } мектеп
overview-problems = Файлдан { $count } ката табылды
save-saved = Бардык өзгөртүүлөр сакталды
save-done = Сакталды
save-pending = Азырынча сактала элек
save-form-open = Форма азырынча сактала элек: терген текстиңиз сакталып турат
drafts-found = Өткөн жолу формага терилген текст сакталбай калды (терезе жабылды же компьютер өчүп калды). Аны кайтаралыбы?
drafts-restore = Кайтаруу
drafts-discard = Кереги жок
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
people-import = Тизмени киргизүү…
people-import-hint = { $excel } таблицасынан же онлайн каттоо формасынан алынган тизме ({ $formats }). Долбоордо бар адамдар кайра кошулбайт; учурдагы иш-чарага алар катталат да.
people-import-path = Файл (толук жолу)
people-import-summary = Жаңы: { $new }; долбоордо бар: { $same }; чечиле турган аттуулар: { $doubtful }; файлда кайталанган: { $repeated }; катасы бар: { $bad }. Жаңы уюмдар: { $organisations }.
people-import-doubtful-hint = Долбоордо ушундай аты-жөнү бар, бирок башка жерде иштеген адамдар бар. Ошол эле адам болсо, белгилеңиз; калгандары жаңы адам катары кошулат.
people-import-same = { $line }-сап: { $name } ({ $organisation }) — долбоордогу { $name } ({ $known })
people-import-register = Аларды «{ $event }» иш-чарасына каттоо
people-import-confirm = Киргизүү
people-import-too-large = Файл { $megabytes } МБ-тан чоң: бул катышуучулардын тизмеси эмес.
people-import-sheet = Барак
file-kind-lists = Тизмелер ({ $formats })
people-import-no-names = Аты-жөнү кайсы мамычада экенин көрсөтүңүз: толук аты-жөнү же фамилиясы.
people-import-nothing = Файлдагылардын баары долбоордо дал ушундай бар.
people-import-workbook = Бул { $kinds } китебинен тизме окулган жок: файл бузулган же сырсөз менен корголгон болушу мүмкүн. Аны ачып, баракты кайра сактаңыз.
people-column-surname = Фамилиясы
people-column-given-name = Аты
people-column-patronymic = Атасынын аты
people-column-mode = Залда же онлайн
people-column-group = Топ
people-problem-no-name = { $line }-сап: аты-жөнү жок.
people-problem-email = { $line }-сап: «{ $value }» — электрондук почта дареги эмес.
people-problem-mode = { $line }-сап: «{ $value }» залдабы, онлайнбы — түшүнүксүз.
person-full-name = Аты-жөнү
person-school = Уюм
person-region = Аймак же район
person-position = Кызматы
person-qualification = Квалификациялык категориясы
person-subjects = Предметтери (үтүр менен)
person-email = Эл. почта
person-phone = Телефон
person-note = Эскертүү

## Мектептер
schools-new = Жаңы уюм
schools-hint = Сол жактан уюмду (мектеп, бала бакча, колледж, бөлүм) тандаңыз же жаңысын кошуңуз.
school-role-supporting = Таяныч мектеп
school-kind = Түрү
organisation-kind-school = Мектеп
organisation-kind-kindergarten = Бала бакча
organisation-kind-college = Колледж
organisation-kind-university = Жогорку окуу жайы
organisation-kind-methodical-centre = Методикалык борбор
organisation-kind-education-department = Билим берүү бөлүмү
organisation-kind-other = Башка
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
event-choose-other = Башка иш-чара…
event-choose-title = Кайсы иш-чара менен иштейбиз
event-choose-search = Аталышы боюнча издөө
event-choose-past = { $date } · өттү
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
event-travel-minutes = Жерлердин ортосундагы жол, мүнөт (адатта { $minutes })
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
settings-zoom = Тексттин өлчөмү
settings-zoom-hint = Экрандагынын баары чогуу чоңоёт же кичирейет: алыстан каралган кичине экранга же чарчаган көзгө чоңураак ыңгайлуу.

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
conflict-travel = { $person } «{ $other }» өткөн жерден «{ $session }» өтүүчү башка жерге { $minutes } мүнөттө жетиши керек, ал эми жол { $needed } мүнөт алат.
conflict-capacity = «{ $session }»: { $attendees } катышуучу, ал эми { $room } кабинетинде болгону { $capacity } орун бар.
conflict-outside-days = «{ $session }» иш-чаранын күндөрүнөн тышкары турат.
conflict-no-teacher = «{ $session }» сабагынын мугалими көрсөтүлгөн эмес.
conflict-no-topic = «{ $session }» сабагынын темасы көрсөтүлгөн эмес.
conflict-observer-own-lesson = { $person } өз сабагын («{ $session }») байкап жатат.

# Registrations
reg-count-expected = Күтүлгөнү: { $count }
reg-count-registered = Катталганы: { $count }
reg-count-present = Келгени: { $count }
reg-count-offline = Залда: { $count } (келгени { $present })
reg-count-online = Онлайн: { $count } (кошулганы { $present })
reg-check-in = Келгендерди белгилөө
reg-check-in-off = Белгилөөнү жабуу
reg-check-in-key = { $keys }: белгилөөнү ачуу же жабуу
reg-check-in-placeholder = Аты-жөнүнүн же мектептин бир бөлүгүн жазыңыз
reg-check-in-hint = { $enter } биринчи табылган адамды келди деп белгилейт; { $escape } сапты тазалайт.
reg-search = Катталгандардан издөө
reg-marked = { $name } келди деп белгиленди.
reg-undo-hint = Жокко чыгаруу: { $keys }.
reg-already-present = { $name } келди деп мурун белгиленген.
reg-no-match = «{ $typed }» боюнча катталган адам табылган жок.
reg-type-a-name = Адегенде аты-жөнүнүн бир бөлүгүн жазыңыз.
reg-mode-offline = Залда
reg-mode-online = Онлайн
reg-group = Топ
reg-present = Келди
reg-remove = Алып салуу
reg-add-from-people = Катышуучулардан кошуу
reg-quick-add = Тез кошуу
reg-people-search = Азырынча катталбагандар
reg-new-mode = Кантип катталат
reg-quick-name = Аты-жөнү
reg-quick-school = Мектеп
reg-quick-subject = Предмети
reg-quick-submit = Кошуу жана каттоо
reg-empty = Бул иш-чарага азырынча эч ким катталган эмес.
reg-joined = Кошулду
reg-enter-marks = { $enter } белгилейт: { $name }{ $about }
reg-mark-undone = { $name } белгиси алынып салынды.
reg-filter-hall = Залдагылар: { $count }
reg-filter-online = Онлайн: { $count }
reg-filter-all = Баары: { $count }
reg-mark-all-joined = Онлайндагы { $count } адамды кошулду деп белгилөө
reg-all-joined = Онлайндагы { $count } катышуучу кошулду деп белгиленди. Жокко чыгаруу: { $undo }.
reg-from-meeting-report = Жолугушуу отчетунан…
meeting-report-hint = Видеожолугушуунун катышуучулар отчету ({ $csv }, { $program } же окшош программадан сакталган): андагы катталгандардын баары кошулду деп белгиленет.
meeting-report-path = Отчет файлы
meeting-report-no-names = Бул файлда катышуучулардын аты-жөнү мамычасы жок: ал жолугушуунун катышуучулар отчетуна окшобойт.
meeting-report-nothing = Жаңыдан белгилей турган эч ким жок: отчеттогу катталгандардын баары белгиленген.
meeting-report-found = Отчетто: { $participants }. Кошулду деп белгиленет: { $marking }; мурда белгиленген: { $already }; долбоордо бар, бирок катталбаган: { $unregistered }; табылган жок: { $unknown }.
meeting-report-not-registered = { $name }: долбоордо бар, бул иш-чарага катталган эмес
meeting-report-unknown = { $line }-сап: { $name }: адамдардын арасынан табылган жок
meeting-report-mark = { $count } адамды кошулду деп белгилөө
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
feedback-grid-keys = Баа менен светофор бир баскыч менен коюлат: санды бассаңыз, курсор кийинки талаага өзү өтөт, андан кийин { $tab } баспаңыз. Номерден, аты-жөнүнөн же пикирден кийин { $tab } же { $enter } кийинки талаага өткөрөт. Акыркы талаада { $enter } анкетаны кошот; «Жокко чыгаруу» аны кайтарат.
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
feedback-keep-target = Бөлүм номерин кийинки анкеталарга калтыруу
feedback-respondent-is = Толтурган: { $name }
feedback-respondent-guest = Толтурган: { $name } (катышуучулардын арасында жок; жазылгандай сакталат)
feedback-several-people = Бир нече адам туура келет: { $names }. Атын толугураак жазыңыз.
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
feedback-written-search = Пикирлерден издөө
feedback-written-shown = { $count } ичинен { $from }–{ $to }
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
## Сабакка байкоо
nav-observations = Сабакка байкоо
nav-awards = Сыйлыктар
nav-mentoring = Насаатчылык
nav-year-plan = Жылдык план
nav-courses = Курстар
awards-hint = Сертификаттар жана ыраазычылык каттар басылганда же ушул жерде, бир нече адамга бирден номер алат; номинациялар ушул жерде жазылат. Номерди тандап, аны көрүүгө, кайра басууга же жокко чыгарууга болот.
awards-new-nomination = Жаңы номинация
awards-correct-nomination = Номинацияны оңдоо
awards-person = Кимге
awards-change-person = Башка адам
awards-nomination = Номинация
awards-reason = Негиздемеси (калыстардын сөзү менен)
awards-number = Каттоо номери
awards-kind = Документ
awards-what-for = Эмне үчүн
awards-date = Берилген күнү
awards-status = Абалы
awards-issued = берилди
awards-cancelled = жокко чыгарылган
awards-cancelled-note = Бул номер жокко чыгарылган. Ал журналда калат жана эч кимге кайра берилбейт.
nav-export = Алмашуу
export-heading = Таблицага чыгаруу
export-hint = Тизмени { $excel } китеби катары (күндөр менен сандарды { $excel } өзү тааныйт, баш сап бекитилген) же { $csv } файлы катары сактаңыз. Мамычалардын аталыштары программанын тилинде жазылат.
export-choice = { $what } ({ $count })
export-what-people = Долбоордогу адамдар
export-what-registrations = Катталуу жана катышуу
export-what-sign-in = Каттоо баракчасы
export-what-feedback = Кайтарым байланыштын жыйынтыктары
export-what-observations = Сабакка байкоонун жыйынтыктары
export-what-awards = Берилген документтердин журналы
export-save-xlsx = { $format } үчүн сактоо…
export-save-csv = { $format } катары сактоо…
export-files-xlsx = { $format } китеби
export-files-csv = Таблица ({ $format })
export-path = Тизмени кайда сактоо керек ({ $ext } менен бүткөн толук жол)
export-save = Сактоо
export-writing = Сакталууда…
export-written = { $count } сап сакталды: { $path }
export-failed = Таблицаны түзүү мүмкүн болгон жок
export-unknown-what = «{ $what }» деген тизме жок. Чыгарууга боло турган тизмелер: { $lists }.
export-no-events = «{ $title }» долбоорунда бир да иш-чара жок, ошондуктан мындай тизме жок.
export-yes = ооба
export-no = жок
export-part-people = Адамдар
export-part-registrations = Катталгандар
export-part-sign-in = Каттоо баракчасы
export-part-feedback-questions = Суроолор боюнча
export-part-feedback-forms = Анкеталар
export-part-observation-criteria = Критерийлер боюнча
export-part-observation-levels = Байкоочулардын баалары
export-part-awards = Журнал
export-col-number = №
export-col-full-name = Аты-жөнү
export-col-organisation = Уюм
export-col-position = Кызматы
export-col-subjects = Сабактары
export-col-qualification = Категориясы
export-col-email = Электрондук почта
export-col-phone = Телефон
export-col-region = Аймак
export-col-mode = Катышуу түрү
export-col-group = Тобу
export-col-attended = Катышты
export-col-signature = Колу
export-col-question = Суроо
export-col-answers = Жооп саны
export-col-mean = Орточо балл
export-col-rated = «{ $rating }» койгондор
export-col-entered = Киргизилген убактысы
export-col-respondent = Толтурган
export-col-about = Эмнеге тиешелүү
export-col-stars = Эки жылдыз
export-col-wish = Каалоо
export-col-comment = Пикир
export-col-coins = Тыйындар
export-col-light = Светофор
export-col-day = Күнү
export-col-start = Башталышы
export-col-lesson = Сабак
export-col-teacher = Мугалим
export-col-observer = Байкоочу
export-col-observers = Байкоочулардын саны
export-col-criterion = Критерий
export-col-level = Деңгээл
export-col-top = Эң жогорку деңгээл
export-col-status = Абалы
export-col-strengths = Күчтүү жактары
export-col-improvements = Өркүндөтүү керек
export-col-recommendation = Сунуш
awards-print-again = Ушул номер менен кайра басуу
awards-correct = Оңдоо
awards-cancel = Номерди жокко чыгаруу
awards-restore = Номерди калыбына келтирүү
awards-print-register = Журналды басып чыгаруу
awards-export = { $format } үчүн сактоо
awards-error-person = Номинация кимге берилерин тандаңыз.
awards-issue-several = Бир нече адамга номер…
awards-batch-heading = Бир нече адамга сертификат жана ыраазычылык кат
awards-batch-hint = Номерлер азыр реестрге жазылат, документтер кийин ушул номерлер менен басылат. Бул түрдөгү номери бар адам ошол номерин сактайт.
awards-batch-count = Тандалганы: { $count } адам, алардын { $held } адамында номер бар.
awards-batch-issue = { $count } номер берүү
awards-batch-issued = { $count } номер берилди: { $first } – { $last }. Документтер «Басып чыгаруу» бөлүмүндө ушул номерлер менен басылат.
awards-batch-none = Тандалгандардын баарында бул түрдөгү номер бар.
awards-order-number = Номер боюнча
awards-order-name = Аты-жөнү боюнча
awards-order-kind = Документтин түрү боюнча
print-select-all = Табылгандын баарын белгилөө
print-select-none = Белгилерди алып салуу
award-kind-certificate = Сертификат
award-kind-letter = Ыраазычылык кат
award-kind-diploma = Диплом
award-kind-nomination = Номинация дипломы
award-kind-mentor-certificate = Насаатчынын сертификаты
award-kind-course-certificate = Курстун сертификаты
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
obs-note-edit = Жазууну оңдоо
obs-start-clock = Сабак азыр башталды
obs-start-clock-hint = Жазуулардын убактысы программадагы сабактын башталышынан эсептелет; сабак кеч башталса, ушуну басыңыз: убакыт азырдан эсептелет.
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
action-move-up = Жогору
action-move-down = Төмөн
help-title = Баскычтар
help-intro = { $open } бул баракты каалаган бөлүмдө ачат, { $close } жабат. Тамгалуу баскычтар казак, кыргыз жана орус тергичтеринде да иштейт.
help-everywhere = Бардык бөлүмдө
help-open = Ушул барак
help-undo = Жокко чыгаруу: текст талаасында адегенде андагы терилгенди, сөзмө-сөз; анан акыркы өзгөртүүнү
help-redo = Жокко чыгарылганды кайталоо
help-save = Азыр сактоо (өзгөртүүлөр өзү да сакталат)
help-find = Ушул бөлүмдөн издөө
help-print = Басып чыгаруу
help-fields = Кийинки же мурунку талаа
help-programme-choose = Мурунку же кийинки сессия
help-programme-sideways = Ошол эле убакта башка кабинеттеги сессия
help-programme-shift = 5 мүнөт эртерээк же кечирээк жылдыруу
help-programme-room = Коңшу кабинетке которуу
help-programme-length = 5 мүнөт кыскартуу же узартуу
help-programme-duplicate = Сессиянын көчүрмөсүн жасоо
help-programme-delete = Сессияны өчүрүү ({ $undo } кайтарат)
help-programme-add = Сессия кошуу
help-programme-close = Форманы жабуу
help-registrations-desk = Келгендерди белгилөөнү ачуу же жабуу
help-registrations-mark = Талаанын астында аты турган адамды белгилөө
help-registrations-clear = Талааны тазалоо
help-feedback-digit = Баа: сан аны коёт да, кийинки талаага өзү өтөт
help-feedback-next = Кийинки талаа (пикирден же аты-жөнүнөн кийин)
help-feedback-add = Акыркы талаада: анкетаны кошуу
help-observe-criterion = Мурунку же кийинки критерий
help-observe-level = Тандалган критерийдин деңгээли
help-observe-note = Жазуу жазуу
help-observe-add = Жазууну убактысы менен кошуу
help-observe-leave = Жазуу талаасынан чыгуу
help-print-preview = Барактарын көрсөтүү
help-print-pages = Мурунку же кийинки барак
help-print-open = Басып чыгаруу үчүн документти ачуу
help-print-cancel = Документти даярдоону токтотуу
help-button = Баскычтар (F1)
obs-criterion-remove = Алып салуу
obs-template-saved-as-version = { $version }-версия катары сакталды: мурунку версия менен жүргүзүлгөн байкоолор ошол версияда калат.
obs-no-people = Адегенде долбоорго адамдарды кошуңуз: байкоочу алардын арасынан тандалат.
## Басып чыгаруу
print-programme = Программа
print-time = Убактысы
print-session = Иш-чара
print-room = Өтүүчү жери
print-responsible = Жооптуулар
print-organizer = Уюштуруучу
print-venue = Өтүүчү жери
print-date = Күнү
print-goal = Максаты
print-theme = Темасы
print-objectives = Милдеттери
print-audience = Катышуучулар
print-parallel = Катар өтүүчү сабактар
print-teacher = Мугалим
print-lesson-line = { $lesson }: «{ $topic }»
print-lesson-topic = «{ $topic }»
print-lesson = Сабак
decimal-separator = ,
print-level-key-four = Деңгээлдер: 1 — байкалбайт, 2 — жарым-жартылай, 3 — негизинен, 4 — толук.
lesson-auto-title = { $subject }, { $grade }-класс
lesson-auto-title-letter = { $subject }, { $grade } «{ $letter }» класс
print-sign-in = Катышуучуларды каттоо барагы
print-number-sign = №
print-full-name = Аты-жөнү
print-position = Кызматы
print-school = Мектеп
print-signature = Колу
print-online = онлайн
print-no-school = Башка катышуучулар
print-walk-ins = Алдын ала катталбагандар
print-certificate = Сертификат
print-letter = Ыраазычылык кат
print-diploma = Диплом
print-nomination = Номинация
print-number = № { $number }
print-issued = Берилген күнү: { $date }
print-signatory = Уюштуруучу мекеменин жетекчиси
print-signature-hint = колу
print-stamp = М.О.
print-prepared-by = Отчетту даярдаган
print-programme-held = Программанын аткарылышы
print-registered-offline = Залга катталган
print-registered-online = Онлайн катталган
print-speaker = Баяндамачы же мугалим
print-approve = БЕКИТЕМ
print-date-line = «___» ____________ 20___ ж.
print-signatory-approves = Программаны бекитет
print-register = Берилген документтерди каттоо журналы
print-register-number = Каттоо номери
print-register-reason = Эмне үчүн
print-cancelled = жокко чыгарылган
print-register-total = Бардыгы { $count } номер берилди{ $cancelled ->
        [0] .
       *[other] , алардын { $cancelled } номери жокко чыгарылган.
    }
print-doc-diplomas = Номинация дипломдору
print-doc-register = Берилген номерлер журналы
edit-signatory-in-use = Бул кол коюучу дагы эле бир документте тандалган.
wording-kind = { $kind ->
        [seminar] семинар
        [practice_site] тажрыйбалык аянтча
        [master_class] чеберчилик сабагы
        [round_table] тегерек стол
        [conference] конференция
        [hearing] угуу
        [open_doors] ачык эшиктер күнү
        [methodical_landing] методикалык десант
        [training] тренинг
        [visit] сапар
       *[other] иш-чара
    }
wording-dear = { $gender ->
       *[other] Урматтуу
    }
wording-participation = «{ $event }» аттуу { $kind } ишине жигердүү катышканы үчүн берилет.
wording-open-lesson = «{ $event }» аттуу { $kind } алкагында «{ $topic }» темасында ачык сабак ({ $lesson }) өткөрүп, тажрыйбасы менен бөлүшкөнү үчүн берилет.
wording-master-class = «{ $event }» аттуу { $kind } алкагында «{ $session }» чеберчилик сабагын өткөрүп, тажрыйбасы менен бөлүшкөнү үчүн берилет.
wording-letter = Урматтуу { $addressed }!
    Сиз «{ $event }» аттуу { $kind } алкагында { $deed }. Кесиптештериңиздин өсүшүнө кошкон салымыңыз жана чыгармачыл изденүүңүз үчүн ыраазычылык билдиребиз.
wording-nomination = «{ $event }» аттуу { $kind } алкагында «{ $nomination }» номинациясы боюнча сыйланат.
wording-deed-participation = жигердүү катыштыңыз
wording-deed-open-lesson = «{ $topic }» темасында ачык сабак өткөрүп, тажрыйбаңыз менен бөлүштүңүз
wording-deed-master-class = «{ $title }» чеберчилик сабагын өткөрдүңүз
print-error-no-nominations = «{ $event }» үчүн бир да номинация жазыла элек. Адегенде «Сыйлыктар» бөлүмүндө жазыңыз.
print-error-no-awards = «{ $event }» боюнча азырынча бир да номер берилген жок: каттоо журналы бош.
print-error-no-word = { $app } үчүн программа, каттоо барагы жана отчет гана жазылат; «{ $document }» документи { $pdf } менен бүткөн аталыш менен сакталат.
print-observation-sheet = Сабакка байкоо жүргүзүү барагы
print-observer = Байкоочу
print-criterion = Критерий
print-scale-yes = Ооба
print-scale-partly = Жарым-жартылай
print-scale-no = Жок
print-strengths = Күчтүү жактары
print-improvements = Өркүндөтүүнү талап кылган жактары
print-recommendation = Сунуш
print-notes = Сабак учурундагы жазуулар
print-feedback-form = Кайтарым байланыш барагы
print-star = Жылдыз
print-wish = Каалоо
print-comment = Пикир
print-name-optional = Аты-жөнүңүз (кааласаңыз):
print-two-stars-help = Сизге жаккан эки нерсени жана бир каалооңузду жазыңыз.
print-coins-help = Тыйындарыңызды өзүңүзгө эң пайдалуу болгон сабактарга бериңиз.
print-coins = Тыйындар
print-light-help = Ар бир бөлүмдөн кийинки маанайыңызга ылайык келген түстү белгилеңиз.
print-light-green = Баары түшүнүктүү жана пайдалуу болду
print-light-yellow = Айрым суроолор калды
print-light-red = Мага жардам керек
print-rating-help = Ар бир пикирди 1ден (төмөн) 5ке (жогору) чейин баалаңыз.
print-question = Пикир
print-free-help = Иш-чара тууралуу ойуңуз:
print-report = Иш-чара боюнча отчет
print-participants = Катышуучулар
print-registered = Катталгандар
print-present-offline = Залда катышкандар
print-present-online = Онлайн катышкандар
print-lessons = Ачык сабактар жана чеберчилик сабактары
print-findings = Байкоочулардын корутундусу
print-mean-level = Орточо деңгээл
print-observations = Байкоолор
print-feedback-results = Кайтарым байланыштын жыйынтыгы
print-responses = Жооптор
print-mean = Орточо
print-awards = Сыйлоолор
print-kind = Түрү
print-level = Деңгээли
print-format = Өткөрүү түрү
print-about = Иш-чара тууралуу
print-number-taken = { $number } номери башка адамга берилген; башка номерлер сериясын тандаңыз.
print-error-no-event = Долбоордо мындай иш-чара жок.
print-error-bad-date = «{ $date }» — күн эмес: 01.02.2019 түрүндө жазыңыз.
print-error-no-sessions = «{ $event }» программасында азырынча эч нерсе жок: адегенде планга иш-чараларды кошуңуз.
print-error-no-registrations = «{ $event }» иш-чарасына азырынча эч ким катталган жок: адегенде катышуучуларды каттаңыз.
print-error-nobody = «{ $event }» иш-чарасында тандалган топко ({ $group }) эч ким кирбейт. Башка топту тандаңыз.
print-error-no-sheet = Долбоордо азырынча байкоо барагы жок.
print-error-no-observation = Бул байкоо долбоордо мындан ары жок.
print-error-template = { $file } үлгүсү түзүлгөн жок: { $line }-сап, { $column }-мамыча: { $error }
print-error-template-user = Анын ордуна программанын өз үлгүсүн колдонсо болот.
print-limit-time = { $file } үлгүсү { $seconds } секунддан узак аткарылды, ошондуктан токтотулду. Анда эч качан бүтпөгөн цикл болушу мүмкүн.
print-limit-memory = { $file } үлгүсүнө { $megabytes } МБдан ашык эс тутум керек болду, ошондуктан ал токтотулду.
print-limit-pages = { $file } үлгүсү { $pages } бет жасайт; бир жолу эң көп { $limit } бет басып чыгарууга болот.
print-limit-failed = { $file } үлгүсүн коопсуз текшерүү мүмкүн болгон жок, ошондуктан ал колдонулган жок.
print-error-pdf = Документ жазылган жок: { $error }
print-error-glyphs = Бул белгилер ариптерде жок, алар басылганда бош чарчы болуп чыгат: { $chars }
print-people-all = катталгандардын баары
print-people-teachers = ачык сабак өткөргөн мугалимдер
print-people-present = катышкандардын баары
print-people-chosen = тандалган адамдар
print-written = { $path } жазылды: { $pages } бет.
print-written-word = { $path } жазылды.
print-save-word = { $app } үчүн сактоо
print-word-path = Көчүрмөнү кайда сактоо керегин жазыңыз: { $ext } менен бүткөн толук жол.
print-awards-recorded = Долбоорго { $count } жаңы номер жазылды.
print-unknown-document = «{ $name }» деген документ жок. Булардын бирин тандаңыз: { $choices }.
print-unknown-people = «{ $name }» деген топ жок. Булардын бирин тандаңыз: { $choices }.
print-unknown-method = «{ $name }» деген кайтарым байланыш ыкмасы жок. Булардын бирин тандаңыз: { $choices }.
print-unknown-orientation = «{ $name }» барактын багыты белгисиз. Булардын бирин тандаңыз: { $choices }.
print-orientation = Барак
print-orientation-portrait = Тик (китеп түрүндө)
print-orientation-landscape = Туурасынан (альбом түрүндө)
print-unknown-signatory = Долбоордо «{ $id }» кол коюучусу жок. Долбоордун кол коюучулары: { $choices }.
print-unknown-language = «{ $name }» деген тил жок. Булардын бирин тандаңыз: { $choices }.
nav-print = Басып чыгаруу
print-title = Басып чыгаруу
print-document = Документ
print-event = Иш-чара
print-language = Тили
print-second-language = Экинчи тили
print-one-language = жок
print-people = Кимге
print-series = Номерлер сериясы (мисалы, 57-2019/001)
print-blank-rows = Катталбагандар үчүн бош саптар (бош болсо: күтүлгөн санга чейин, кеминде { $default })
print-school-column = Бир тизме, аты-жөнү боюнча, мектеби өзүнчө мамычада (ар бир мектепке аталыштын ордуна)
print-master-classes-too = Чеберчилик сабактарына да барак
print-issue-date = Берилген күнү (бош калса — иш-чаранын акыркы күнү, { $date })
print-no-signatories = Азырынча эч ким кол койбойт: директорду же бөлүм башчысын долбоордун «Жалпы маалымат» бөлүмүнө кошуңуз, ошондо алардын аты-жөнү колдун астында басылат.
print-signatory-none = — эч ким —
print-signatory-first = Кол коёт
print-signatory-second = Экинчи кол коёт
print-wording-show = Текстин өзгөртүү
print-wording-hide = Текстти жашыруу
print-wording-of = { $kind }, { $language }
print-wording-save = Текстти сактоо
print-wording-thanks = Ыраазычылык сөзү (кайрылуунун астында)
print-wording-default = Адаттагы текстке кайтаруу
wording-name-participation = Катышканы тууралуу сертификат
wording-name-open-lesson = Ачык сабак үчүн сертификат
wording-name-master-class = Чеберчилик сабагы үчүн сертификат
wording-name-letter = Ыраазычылык кат (биринчи сап — кайрылуу)
wording-name-nomination = Номинация дипломы
wording-place-event = иш-чаранын аталышы
wording-place-kind = иш-чаранын түрү (семинар, тегерек стол…)
wording-place-theme = иш-чаранын темасы
wording-place-topic = ачык сабактын темасы
wording-place-lesson = сабактын предмети, классы
wording-place-session = чеберчилик сабагынын аталышы
wording-place-addressed = аты жана атасынын аты
wording-place-dear = кайрылуу сөзү (Урматтуу)
wording-place-deed = адамдын иш-чарада эмне кылганы
wording-place-nomination = номинациянын аталышы
print-blank-rows-bad = 0-дөн { $most }-гө чейинки бүтүн сан
print-preview = Алдын ала көрүү
print-save = Файл катары сактоо
print-open = Басып чыгарууга ачуу
print-cancel = Токтотуу
print-use-bundled = Программанын өз үлгүсүн колдонуу
print-file-kind = Документ файлы
print-page-of = { $count } беттин { $page }-бети
print-zoom-in = Чоңойтуу
print-zoom-out = Кичирейтүү
print-zoom-fit = Туурасы боюнча
print-preview-hint = Документти тандап, анын беттерин көрүү үчүн «Алдын ала көрүү» баскычын басыңыз.
print-no-events = Долбоордо азырынча иш-чара жок; адегенде иш-чараны пландаңыз, андан кийин анын документтерин басып чыгарыңыз.
print-stage-preparing = Маалыматтар чогултулууда…
print-stage-typesetting = Беттер даярдалууда…
print-stage-writing = Документ жазылууда…
print-open-failed = { $path } жазылды, бирок аны ачуучу программа табылган жок: { $reason }
print-doc-programme = Программа
print-doc-sign-in = Каттоо барагы
print-doc-certificates = Сертификаттар
print-doc-letters = Ыраазычылык каттар
print-doc-observation-sheet = Байкоо барактары
print-doc-feedback-form = Кайтарым байланыш барагы
print-doc-report = Иш-чара боюнча отчет
print-chosen-count = Тандалганы: { $count }. Документтер белгилеген тартибиңиз менен басылат.
print-chosen-more = Дагы { $count } адам бар: табуу үчүн атынын бир бөлүгүн жазыңыз.
print-sheet-which = Кайсы барак
print-sheet-blank = Ар бир сабакка бош барак
print-mentor-people = насаатчылар
print-network-direction = Багыты
print-network-term = Мөөнөтү
print-network-programme = Программа
print-network-mentor = Насаатчы
print-network-mentee = Шакирт
print-network-mentees = Шакирттер
print-network-done = Аткарылышы
print-network-total = Бардыгы
print-network-hours = Саат
print-network-no-subject = { $what ->
    [programme] Долбоордо насаатчылык программасы жок.
    [pair] Программаларда азырынча насаатчылык жуп жок.
    [course] Долбоордо курс жок.
   *[plan] Долбоордо жылдык план жок.
}
print-network-nobody = { $what ->
    [mentors] «{ $title }» программасында бекитилген насаатчы жок.
   *[passed] «{ $title }» курсун азырынча эч ким аяктаган жок: адегенде аяктагандарды белгилеңиз.
}
print-network-doc = { $doc ->
    [mentor-annex] Буйрукка тиркеме: насаатчылардын тизмеси
    [mentor-certificates] Насаатчылардын сертификаттары
    [course-certificates] Курстун сертификаттары
    [pair-plan] Жуптун жеке планы жана журналы
    [year-plan] Жылдык план
   *[year-report] Жылдык отчет
}
print-network-of = { $what ->
    [programme] Программа
    [pair] Жуп
    [course] Курс
   *[plan] План
}
print-annex-of-order = Буйрукка тиркеме
print-annex-order-line = № { $number }, { $date }
print-annex-heading = Бекитилген насаатчылардын тизмеси
print-annex-count = Насаатчылардын саны: { $count }
print-mentor-text = «{ $programme }» программасынын алкагындагы насаатчылык ишмердүүлүгүн тастыктайт.
print-mentor-order = Буйрук
print-course-text = «{ $course }» курсун ийгиликтүү аяктагандыгы үчүн берилет.
print-course-hours = { $hours } академиялык саат көлөмүндө
print-course-dates = Окуу мөөнөтү
print-course-partner = Өнөктөш
print-pair-plan = Насаатчылык жуптун жеке планы
print-pair-log = Жуптун иш журналы
print-pair-task = Иштин мазмуну
print-pair-due = Мөөнөтү
print-pair-status-label = Абалы
print-pair-reason = Себеби
print-pair-observation = байкоо барагы толтурулду
print-pair-no-tasks = Планда азырынча тапшырма жок.
print-pair-no-activities = Журналда азырынча жазуу жок.
print-pair-progress = Аткарылган тапшырмалар: { $done } / { $tasks }; иш-чаралар: { $activities }; саат: { $hours }; акыркы байланыш: { $last }
print-year-plan = Жылдык иш планы
print-year-report = Жылдык иштин отчету
print-year-school-year = { $from }–{ $to }-окуу жылы
print-year-network = Тармактык коомдоштук
print-year-event = Иш-чара
print-year-form = Өткөрүү түрү
print-year-host = Өткөрүүчү уюм
print-year-when = Мөөнөтү
print-year-target = Катышуучулар
print-year-planned = План
print-year-actual = Иш жүзүндө
print-year-product = Күтүлгөн натыйжа, продукт
print-year-late = мөөнөтү өттү
print-year-summary = Жалпы көрсөткүчтөр
print-year-held = Өткөрүлдү
print-year-overdue = Мөөнөтү өткөн
print-year-by-form = Иш-чаралар: план жана аткарылышы
print-year-by-month = Айлар боюнча
print-year-by-school = Мектептер боюнча
print-year-hosted = Өткөргөн
print-year-attended = Катышкан
print-year-teachers = Мугалимдер
print-year-products = Продуктулар
print-year-courses = Курстар
print-year-passed = Аяктагандар
print-year-certificates = Сертификаттар
print-year-mentoring = Насаатчылык
print-year-pairs = Жуптар
print-year-tasks-done = Аткарылган тапшырмалар
print-year-activities = Иш-чаралар
print-year-visits = Сабакка катышуу
print-year-stale = Бир айдан бери байланышсыз
print-year-period = Мезгил
cli-print-unknown-subject = Долбоордо «{ $id }» идентификатору бар { $what ->
    [programme] программа
    [pair] жуп
    [course] курс
   *[plan] план
} жок. Барлары:

## Тармактын жылдык планы
year-plan-none = Жылдык план азырынча жок. План 1-сентябрдан 31-августка чейин түзүлөт: анын саптарын таблицага жазып, ар бирин мөөнөтү келгенде долбоордун иш-чарасына айлантыңыз.
year-plan-new = Жаңы жылдык план
year-plan-default-title = { $from }–{ $to } окуу жылынын планы
year-plan-plan-title = Пландын аталышы
year-plan-period = { $from } – { $to }
year-plan-keys = ↵: кийинки уячык; ↑ ↓: үстүңкү же астыңкы сап. Ар бир уячык жазылган замат сакталат.
year-plan-sort = Тартиби
year-plan-sort-typed = Жазылган тартибинде
year-plan-sort-month = Айлар боюнча
year-plan-sort-school = Мектептер боюнча
year-plan-col-number = №
year-plan-col-title = Иш-чара
year-plan-col-form = Өткөрүү түрү
year-plan-col-host = Өтүүчү жери
year-plan-col-when = Күнү же айы
year-plan-col-responsible = Жооптуулар
year-plan-col-target = Катышуучулар
year-plan-col-planned = План
year-plan-col-actual = Иш жүзүндө
year-plan-col-product = Күтүлгөн натыйжа, продукт
year-plan-col-done = Аткарылды
year-plan-form-seminar = Семинар
year-plan-form-methodical-landing = Методикалык десант
year-plan-form-forum = Форум
year-plan-form-open-lesson = Ачык сабак
year-plan-form-round-table = Тегерек стол
year-plan-form-course = Курс
year-plan-form-hearing = Угуу
year-plan-form-open-doors = Ачык эшиктер күнү
year-plan-form-master-class = Чеберчилик сабагы
year-plan-form-other = Башка
year-plan-month-1 = Январь
year-plan-month-2 = Февраль
year-plan-month-3 = Март
year-plan-month-4 = Апрель
year-plan-month-5 = Май
year-plan-month-6 = Июнь
year-plan-month-7 = Июль
year-plan-month-8 = Август
year-plan-month-9 = Сентябрь
year-plan-month-10 = Октябрь
year-plan-month-11 = Ноябрь
year-plan-month-12 = Декабрь
year-plan-unknown-form = Мындай түр жок. Өткөрүү түрлөрү: { $forms }
year-plan-unknown-school = Долбоордо «{ $name }» деген уюм жок
year-plan-unknown-person = Долбоордо «{ $name }» деген адам жок
year-plan-several = Бир нечеси туура келет: { $names }
year-plan-bad-when = Күнүн (15.10.2025) же айын (10, октябрь) жазыңыз
year-plan-outside-year = Пландын жылынан тышкары: { $from } – { $to }
year-plan-late = Мөөнөтү өттү
year-plan-to-event = Иш-чара кылуу
year-plan-to-event-tip = Сап аталышы, түрү, өтүүчү жери жана күнү менен долбоордун иш-чарасына айланат; андан кийин анын программасын пландаңыз
year-plan-open-event = Иш-чараны ачуу
year-plan-open-event-tip = Ушул саптан түзүлгөн иш-чара: программасы жана катышуусу
year-plan-remove-row = Сапты өчүрүү (иш-чарасы калат)
year-plan-no-title = Адегенде сапка иш-чаранын аталышын жазыңыз.
year-plan-rows-shown = { $count } саптын { $from }–{ $to }
year-plan-per-school = Мектептер боюнча
year-plan-per-month = Айлар боюнча
year-plan-school-planned = Планда
year-plan-school-hosted = Өткөрүлдү
year-plan-school-attended = Катышты
year-plan-school-teachers = Мугалимдер
year-plan-school-products = Продуктулар
network-none = Мектептер тармагы азырынча жок: жетекчи мектеп жана анын магнит мектептери долбоордун уюмдарынан түзүлөт.
network-new = Тармак түзүү
network-needs-schools = Адегенде «Уюмдар» бөлүмүнө мектептерди кошуңуз.
network-default-title = { $school } тармактык коомдоштугу
network-summary = { $title }. Жетекчи мектеп: { $leading }; магнит мектептер: { $magnet }; таяныч мектептер: { $supporting }
network-edit = Тармакты өзгөртүү
network-close = Жашыруу
network-name = Тармактын аталышы
network-leading = Жетекчи мектеп
network-members = Тармактагы мектептер
network-coordinator = Координатор
network-no-coordinator = Координатор жок
network-remove-member = Тармактан чыгаруу
network-add-member = Мектеп кошуу…
network-coordinator-hint = Координатор ошол мектептин өз кызматкерлеринен тандалат.

## Курстар
course-new = Жаңы курс
course-none = Курстар азырынча жок. Курстун сааттары жана мөөнөтү болот; курсту бүтүргөндөргө номерленген сертификат берилет.
course-choose = Тизмеден курсту тандаңыз.
course-subtitle = { $hours } саат · { $from } – { $to } · катышуучулар: { $count }
course-title = Курстун аталышы
course-hours = Сааттардын саны
course-from = Башталышы
course-to = Аякталышы
course-organiser = Уюштуруучу
course-partner = Өнөктөш (окуу борбору)
course-participants = Катышуучулар: { $count }, бүтүргөндөр: { $passed }
course-add-participants = Катышуучуларды кошуу
course-add-hint = Курска катышкан долбоордун адамдарын белгилеңиз.
course-add-chosen = Белгиленгендерди кошуу ({ $count })
course-added = Курска кошулду: { $count }
course-all-passed = Табылгандардын баары бүтүрдү
course-none-passed = Эч ким бүтүргөн жок
course-remove-participant = Курстан чыгаруу
course-certificates = Сертификаттар
course-certificates-hint = Курсту бүтүргөндөр сериядагы кийинки бош номерлерди алышат; бул курстун сертификаты мурунтан бар болгондор өз номерин сакташат.
course-series = Номерлер сериясы (бош болсо: { $example })
course-issue = Сертификат берүү: { $count }
course-issued = Берилген сертификаттар: { $count }
course-certificates-none = Курсту бүтүргөндөрдүн баарында бул курстун сертификаты бар.
course-certificates-issued = Реестрге жаңы сертификаттар жазылды: { $count }
mentoring-new = Жаңы программа
mentoring-none = Насаатчылык программасы азырынча жок. Насаатчыларды бекитип, жаш мугалимдер менен жуптоо үчүн программа түзүңүз.
mentoring-print-annex = Буйрукка тиркемени басып чыгаруу
mentoring-print-pair = Планды жана журналды басып чыгаруу
mentoring-tab-programme = Программа
mentoring-tab-mentors = Насаатчылар
mentoring-tab-pairs = Жуптар
mentoring-tab-progress = Жыйынтыктар
mentoring-tab-events = Иш-чаралар
mentoring-title = Программанын аталышы
mentoring-organiser = Уюштуруучу
mentoring-from = Башталышы
mentoring-to = Аякталышы
mentoring-order-number = Буйруктун номери
mentoring-order-date = Буйруктун күнү
mentoring-directions = Багыттар
mentoring-direction = Багыт
mentoring-direction-name = Багыттын аталышы
mentoring-direction-new = Жаңы багыт
mentoring-direction-add = Багыт кошуу
mentoring-direction-in-use = Бул багытта { $mentors } насаатчы жана { $pairs } жуп бар: алгач аларды башка багытка которуңуз.
mentoring-responsible = Жооптуулар:
mentoring-add-responsible = + Жооптуу адам
mentoring-no-directions = Алгач программанын багыттарын кошуңуз («Программа» өтмөгү).
mentoring-approve = Багыт боюнча насаатчыны бекитүү
mentoring-mentor-has-pairs = Анын { $pairs } жубу бар: алгач аларды өчүрүңүз.
mentoring-pairs-count = { $count } жуп
mentoring-change = Өзгөртүү
mentoring-mentor = Насаатчы
mentoring-mentees = Шакирттер
mentoring-pair-new = Жаңы жуп
mentoring-pair-create = Жупту түзүү
mentoring-pair-needs-mentor = Насаатчыны тандаңыз.
mentoring-pair-needs-mentee = Жок дегенде бир шакирт кошуңуз.
mentoring-pair-term-hint = Жуптун мөөнөтү насаатчынын мөөнөтүнө барабар болот; керек болсо, кийин өзгөртүңүз.
mentoring-no-mentors = Алгач насаатчыларды бекитиңиз («Насаатчылар» өтмөгү), анан жуптаңыз.
mentoring-pairs-hint = Планын жана журналын көрүү үчүн жупту тандаңыз.
mentoring-only-stale = Бир айдан бери байланышпаган жуптар гана
mentoring-status = Абалы
mentoring-status-active = Иштеп жатат
mentoring-status-completed = Аяктады
mentoring-status-ended-early = Мөөнөтүнөн мурда токтотулду
mentoring-end-reason = Себеби
mentoring-progress-line = Тапшырмалар { $done }/{ $tasks } · иш-чаралар { $activities } · { $hours } саат · акыркы жолугушуу { $last }
mentoring-never = азырынча болгон жок
mentoring-stale-flag = Байланыш жок
mentoring-stale = { $days } күндөн бери байланыш жок ({ $limit } күндөн ашык).
mentoring-stale-count = { $count } жуп бир айдан бери байланышкан жок
mentoring-stale-pairs = Бир айдан бери байланышпаган жуптар
mentoring-total = Бүт программа
mentoring-plan = Жеке план
mentoring-plan-empty = Тапшырмалар азырынча жок.
mentoring-task = Тапшырма
mentoring-task-due = Мөөнөтү
mentoring-add = Кошуу
mentoring-log = Иш-чаралар журналы
mentoring-log-empty = Журналда азырынча эч нерсе жок.
mentoring-log-add = Журналга жазуу
mentoring-activity-date = Күнү
mentoring-activity-kind = Түрү
mentoring-activity-hours = Саат
mentoring-activity-notes = Эскертүү
mentoring-hours-short = саат
mentoring-kind-meeting = Жолугушуу
mentoring-kind-consultation = Кеңеш берүү
mentoring-kind-mentee-lesson = Шакирттин сабагына катышуу
mentoring-kind-mentor-lesson = Насаатчынын сабагына катышуу
mentoring-kind-other = Башка
mentoring-observation = Сабакка байкоо баракчасы
mentoring-observation-linked = Байкоо: { $observation }
mentoring-observation-gone = өчүрүлгөн
mentoring-events-hint = Ушул программага тиешелүү долбоордун иш-чараларын белгилеңиз: угуу, ачык эшик күндөрү, тегерек үстөлдөр.
mentoring-part-pair = Мөөнөтү жана абалы

## Мектептер тармагынын үлгүсү жана программалардын, тармактардын, курстардын жыйынтыгы
summary-programme = Насаатчылык программасы «{ $title }»: жуптар — { $pairs }, насаатчылар — { $mentors }
summary-programme-progress = Аткарылган милдеттер: { $tasks } ичинен { $done } ({ $percent }%); журналдагы жазуулар — { $activities }, саат — { $hours }; бир айдан бери байланышпаган жуптар — { $stale }
summary-direction = { $direction }: жуптар — { $pairs }, аткарылган милдеттер — { $tasks } ичинен { $done }
summary-network = Тармак «{ $title }»: мектептер — { $schools }
summary-year-plan = Жылдык план «{ $title }»: саптар — { $rows }, өткөрүлгөнү — { $held }, кечиккени — { $late }
summary-course = Курс «{ $title }» ({ $hours } саат, { $from } – { $to }): катышуучулар — { $participants }, бүтүргөндөр — { $passed }
library-example-network = Тармак үлгүсүн кошуу
library-example-network-body = Экинчи үлгү — мектептер тармагы: Караганды шаарынын жетектөөчү мектеби жана анын жети магниттик мектеби; алардын жылдык планы, жыйырма жуптан турган насаатчылык программасы жана 72 сааттык курс.
library-example-network-open = Тармак үлгүсүн ачуу
print-pair-notes = Эмне жасалды
print-year-audience = Максаттуу топ
print-year-month-label = Ай
mentoring-print = Басып чыгаруу
mentoring-term = Мөөнөтү
mentoring-order = Буйрук
export-what-year-plan = Жылдык план
export-col-plan-title = Иш-чара
export-col-form = Өткөрүү формасы
export-col-host = Өткөрүүчү уюм
export-col-when = Мөөнөтү
export-col-responsible = Жооптуулар
export-col-target = Катышуучулар
export-col-planned = План боюнча саны
export-col-actual = Иш жүзүндөгү саны
export-col-product = Күтүлгөн натыйжа
export-col-done = Аткарылды
cli-people-no-course = { $id } номерлүү курс жок. Долбоордогу курстар: { $courses }
course-import-list = Тизмеден жүктөө…
year-plan-year-earlier = Бир окуу жылы мурун
year-plan-year-later = Кийинки окуу жылына
print-issue-date-subject = Берилген күнү (бош калса — программанын же курстун акыркы күнү, { $date })
