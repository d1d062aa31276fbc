app-title = Әдіскер

## Даты: { $day } { $month } { $year } г.
date-long = { $day } { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## Ошибки, найденные при открытии проекта
problem-wrong-format = Это не файл проекта (формат «{ $found }»).
problem-duplicate-id = { $at }: идентификатор { $id } ({ $entity }) используется дважды.
problem-dangling = { $at } ссылается на объект, которого нет в проекте: { $entity } ({ $id }).
problem-ends-before-start = { $at }: окончание раньше начала.
problem-empty-name = { $at }: не указано название.
problem-date-out-of-range = { $at }: год { $year } вне диапазона 1900–2200.
problem-duplicate-number = { $at }: номер { $number } присвоен двум наградам.
problem-too-long = { $at }: длина { $chars } знаков (форма принимает не больше { $limit }). Текст сохраняется, а при печати сокращается.

entity-school = школа
entity-person = участник
entity-event = мероприятие
entity-room = кабинет
entity-session = пункт программы
entity-observation = наблюдение урока
entity-feedback = отзыв
entity-mentorship = наставничество
entity-award = награда
entity-template = шаблон наблюдения
entity-signatory = подписант
entity-programme = программа наставничества
entity-direction = направление
entity-network = сетевое сообщество
entity-year-plan = годовой план
entity-course = курс

## Проверка полей
field-required = Обязательное поле.
field-bad-date = Введите дату в виде 01.02.2019.
field-bad-email = Это не похоже на адрес электронной почты.
field-bad-phone = Номер телефона содержит от 5 до 15 цифр.
field-bad-number = Введите целое число.
field-ends-before-start = Окончание раньше начала.
field-too-long = Не больше { $limit } знаков; остальное не принято.

## Чтение и запись файлов
load-empty = Файл { $path } пуст. Если проект уже сохранялся, откройте его резервную копию.
load-too-large = Файл { $path } занимает { $megabytes } МБ — слишком много для файла проекта.
load-not-a-project = Файл { $path } не является проектом Әдіскер.
load-spreadsheet = Файл { $path } — это таблица, а не проект Әдіскер. Участников и регистрации из таблицы загружают внутрь проекта: откройте проект, затем «Участники» → «Загрузить список».
load-truncated = Файл { $path } обрывается раньше времени (строка { $line }, столбец { $column }): он был скопирован или сохранён не полностью. Ничего не изменено; откройте резервную копию.
load-syntax = Файл { $path } повреждён в строке { $line }, столбце { $column }. Ничего не изменено; откройте резервную копию.
load-shape = В файле { $path } неверное значение в строке { $line }, столбце { $column } (поле { $field }): { $detail }. Ничего не изменено; откройте резервную копию.
load-shape-missing = нет обязательного поля «{ $name }»
load-shape-type = значение не того вида (например, текст там, где должно быть число)
load-shape-unknown = «{ $value }» — значение, неизвестное этой версии Әдіскер
load-shape-unreadable = дата, время, число или идентификатор, которые не удаётся прочитать
load-too-complex = Файл { $path } состоит из огромного числа мелких частей: для его чтения нужно около { $megabytes } МБ памяти — больше, чем может выделить этот компьютер. Это не обычный файл проекта; ничего не изменено.
store-locked = Этот проект открыт в другом окне. Сначала закройте его там.
store-not-found = В библиотеке нет проекта { $id }.
store-already-exists = Проект с идентификатором { $id } уже есть в библиотеке.
bundle-not-a-bundle = Этот файл — не проект Әдіскер, сохранённый одним файлом.
bundle-damaged = Файл проекта повреждён (возможно, он пришёл не целиком). Попросите прислать его ещё раз.
bundle-unsafe = В файле есть «{ $name }», чего в проекте не бывает, поэтому из него ничего не взято. Попросите заново сохранить проект одним файлом в Әдіскер.
bundle-too-large = В распакованном виде файл оказался бы намного больше любого проекта, поэтому из него ничего не взято.
bundle-encrypted = Файл защищён паролем, а Әдіскер сохраняет проекты без пароля. Попросите прислать его без пароля.
bundle-heading = Отправить проект на другой компьютер
bundle-hint = Весь проект с эмблемой и шаблонами печати в одном файле: его можно отправить через мессенджер или перенести на флешке. На другом компьютере его откроет кнопка «Импорт…» в библиотеке.
bundle-save = Сохранить одним файлом…
bundle-files = Проект Әдіскер
bundle-path = Куда сохранить проект (полный путь, оканчивающийся на { $ext })
bundle-written = Проект сохранён одним файлом: { $path }
library-bundle-known = «{ $title }» уже есть в библиотеке. Обновить его из этого файла (нынешний вариант сохранится рядом как копия) или оставить оба?
library-bundle-update = Обновить
library-bundle-keep-both = Оставить оба
merge-added = Добавлено: { $list }.
merge-heading = Объединить копию коллеги
merge-hint = Наблюдения, заметки, анкеты и регистрации, записанные на другом компьютере, добавляются в этот проект; одинаковое в обоих остаётся как есть, а изменённое в обоих показывается, чтобы вы выбрали. Здесь ничего не удаляется.
merge-copy = Объединить «{ $file }» с этим проектом
merge-path = Копия для объединения (полный путь к файлу проекта или файлу { $ext })
merge-apply = Объединить
merge-take-copy = Взять из копии
merge-here = Здесь
merge-in-copy = В копии
merge-merged = Копия объединена. Отменить: { $undo }.
merge-same = Одинаково в обеих копиях, оставлено как есть: { $count }.
merge-conflicts = Изменено в обеих копиях: { $count }. Если не выбрать другой вариант, в проекте останется его собственный.
merge-conflict-line = { $label }: { $field } здесь «{ $ours }», в копии «{ $theirs }»
merge-numbers-taken = Номера, выданные в двух копиях разным людям, поэтому не добавлены: { $numbers }. Дайте этим документам новые номера.
merge-nothing = В копиях всё одинаково: объединять нечего.
merge-dry-run = Ничего не изменено ({ $option }).
cli-people-no-sheet = В книге нет листа «{ $sheet }». Её листы: { $sheets }.
cli-people-bad-map = «{ $map }» — не СТОЛБЕЦ=ПОЛЕ, как «{ $example }».
cli-people-unknown-field = «{ $field }» — не поле участника. Поля: { $fields }.
cli-people-unknown-column = В файле нет столбца «{ $column }». Его столбцы: { $columns }.
cli-people-doubtful = Строка { $line }: «{ $name }» совпадает по имени с «{ $known }» из проекта, но не по организации или почте; добавляется как новый участник.
cli-people-summary = Новых участников: { $new }; уже в проекте: { $same }; сомнительных: { $doubtful }; повторов в файле: { $repeated }; строк с ошибками: { $bad }; новых организаций: { $organisations }.
merge-refused = Объединить не удалось; проект оставлен как был.
merge-newer-copy = Копия сохранена более новой версией Әдіскер (формат { $version }); чтобы объединить её, обновите Әдіскер.
merge-damaged-copy = В копии есть ошибки, поэтому она не объединяется (см. «{ $command }»).
merge-kind = { $kind ->
        [people] людей
        [schools] организаций
        [events] мероприятий
        [sessions] пунктов программы
        [registrations] регистраций
        [observations] наблюдений
        [feedback] анкет
        [awards] наград
       *[other] другого
    }
merge-field = { $field ->
        [full_name] ФИО
        [school] организация
        [position] должность
        [subjects] предметы
        [qualification] категория
        [email] эл. почта
        [phone] телефон
        [note] примечание
        [title] название
        [theme] тема
        [starts_on] первый день
        [ends_on] последний день
        [venue] место
        [rooms] кабинеты
        [ratings] уровни
        [notes] заметки
        [strengths] сильные стороны
        [improvements] что улучшить
        [recommendation] рекомендация
        [status] статус
        [attended] присутствие
        [mode] форма участия
        [group] группа
        [coins] монеты
        [light] светофор
        [wish] пожелание
        [comment] комментарий
        [stars] две звезды
        [name] название
        [number] номер
        [kind] вид
        [reason] основание
        [day] день
        [start] начало
        [end] конец
        [room] кабинет
        [responsible] ответственные
        [lesson] урок
        [observers] наблюдатели
        [attendees] участники
        [organizer] организатор
        [city] город
        [respondent_name] кто заполнил
        [issued_on] дата выдачи
        [region] регион
        [title_alt] название на втором языке
        [place] место
        [travel_minutes] дорога между местами
       *[other] { $field }
    }
io-disk-full = Диск заполнен: не удалось записать { $path }. Освободите место и повторите попытку.
io-file-too-large = { $path } слишком велик для этого диска: на флешку может не помещаться файл больше 4 ГБ.
io-permission-read = Нет прав на чтение { $path }. Обратитесь к администратору компьютера или скопируйте файл в свою папку.
io-is-a-folder = { $path } — это папка, а не файл. Выберите файл.
io-not-a-folder = Часть пути { $path } — файл, а не папка.
io-bad-name = { $path } — недопустимое имя файла. Уберите знаки вроде : * ? < > |
io-busy = { $path } занят другой программой. Закройте его там и повторите попытку.
io-read-failed = Не удалось прочитать { $path } (системная ошибка { $code }). Проверьте диск или флешку и повторите попытку.
io-write-failed = Не удалось записать { $path } (системная ошибка { $code }). Проверьте диск или флешку и повторите попытку.
cli-project-locked = Этот проект открыт в окне Әдіскер. Чтобы две программы не записывали один файл одновременно, сделайте это в окне или закройте там проект и повторите попытку.
cli-newer-version = Файл сохранён более новой версией Әдіскер (формат { $version }). Эта версия его не изменяет, чтобы ничего не потерялось.
cli-has-problems = В файле есть ошибки, поэтому он не изменяется. Посмотрите их командой «{ $command }».
cli-file-busy = Пока файл сохранялся, его непрерывно изменяла другая программа; ничего не записано. Повторите попытку чуть позже.
io-permission = Нет прав на запись в { $path }. Выберите другую папку или обратитесь к администратору компьютера.
io-not-found = { $path } не существует.

## Командная строка
cli-error = Ошибка
cli-check-ok = Проект «{ $title }» открывается без ошибок.
cli-check-newer = Проект «{ $title }» сохранён более новой версией Әдіскер (формат { $version }): он откроется только для чтения.
cli-same-file = { $out } — это сам файл проекта (или его резервная копия): документ занял бы место проекта. Дайте результату другое имя.
cli-output-in-library = { $out } находится в папке проектов библиотеки, где хранятся только проекты. Сохраните его в другом месте, например в «Документах».
cli-has-errors-read = В файле есть ошибки; сначала исправьте их (см. «{ $command }»).
print-numbers-not-recorded = Номера этих документов ({ $count }) не записаны: файл сохранён более новой версией Әдіскер и не изменяется. Внесите их в журнал регистрации вручную, чтобы они не были выданы повторно.
app-no-display = Не найден дисплей (не заданы { $variables }), поэтому окно не откроется. Командная строка работает и без него: список команд — «{ $command }».
app-window-failed = Не удалось открыть окно ({ $reason }). Командная строка работает и без окна: список команд — «{ $command }».
app-display-unreachable = Не удалось подключиться к дисплею «{ $display }», поэтому окно не откроется. Проверьте, что рабочий стол запущен, или воспользуйтесь командной строкой: список команд — «{ $command }».
app-crashed = Әдіскер остановился из-за ошибки в программе ({ $reason }). Ваши проекты в безопасности: все сохранённые изменения на диске. Пожалуйста, сообщите разработчикам, что вы делали.
app-work-crashed = Эта работа остановилась из-за ошибки в программе ({ $reason }). Ваш проект в безопасности: окно хранит ваши изменения и сохраняет их. Пожалуйста, сообщите разработчикам, что вы делали.

## Общие действия
action-back = Назад
action-cancel = Отмена
action-delete = Удалить
action-dismiss = Закрыть
action-duplicate = Дублировать
action-ok = ОК
action-open = Открыть
action-redo = Повторить
action-rename = Переименовать
action-save = Сохранить
action-undo = Отменить
choice-none = — нет —
file-kind-project = Файл проекта

## Библиотека
library-title = Проекты
library-new = Новый проект
library-import = Импорт…
library-export = Экспорт…
library-add-sample = Добавить пример
library-trash = Корзина
library-trash-count = Корзина ({ $count })
library-back-to-projects = Назад к проектам
library-search = Поиск по названию или организатору
library-sort = Сортировка:
library-sort-changed = Последнее изменение
library-sort-title = Название
library-sort-date = Дата мероприятия
library-loading = Чтение библиотеки…
library-empty = Проектов пока нет. Создайте проект или импортируйте файл проекта.
library-nothing-found = По запросу проектов не найдено.
library-trash-empty = Корзина пуста.
library-no-events = мероприятий пока нет
library-row-details = { $date } · изменён { $changed } · { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
}
library-damaged = Не удаётся прочитать файл: { $detail }
library-conflicts = Конфликтующие копии, созданные при синхронизации файлов: { $files }. Откройте проект и объедините их в разделе «{ $section }»: ничего не потеряется.
library-copy-of = { $title } (копия)
library-deleted = Проект «{ $title }» перемещён в корзину.
library-exported = Проект сохранён в { $path }.
library-imported = Проект импортирован.
library-restore = Восстановить
library-purge = Удалить навсегда
library-restore-backup = Открыть резервную копию
library-path = Полный путь к файлу
library-no-file-dialog = Системное окно выбора файла здесь недоступно. Введите полный путь к файлу.
sample-offer-title = Начать с примера?
sample-offer-body = Пример — реальное мероприятие: городская практическая площадка для учителей казахского языка и литературы в школе №57 г. Алматы 1 февраля 2019 г., с гостями, открытыми уроками, мастер-классом и сбором отзывов.
sample-offer-open = Открыть пример
sample-offer-decline = Нет, спасибо

## Списки и формы
list-empty = Здесь пока ничего нет.
list-more = Ещё { $count }: уточните поиск, чтобы сократить список.
list-nothing-found = Никого с таким именем.
list-search = Поиск

## Проект
project-title = Название
project-organizer = Организатор
project-city = Город или село (печатается рядом с датой выдачи)
overview-emblem = Эмблема или логотип
overview-emblem-hint = Печатается в начале сертификатов, писем, дипломов, программы и отчёта. Формат картинки: { $formats }.
overview-emblem-none = Эмблема пока не выбрана.
overview-emblem-set = Эмблема: { $name }
overview-emblem-choose = Выбрать картинку…
overview-emblem-remove = Печатать без эмблемы
overview-emblem-path = Полный путь к картинке
overview-emblem-files = Картинки
overview-emblem-not-picture = Этот файл не картинка { $formats }: выберите эмблему как файл картинки.
overview-emblem-too-large = Картинка больше { $megabytes } МБ: сохраните её поменьше и выберите снова.
overview-emblem-broken = Картинку не удаётся прочитать, поэтому она не напечатается ({ $reason }).
signatories-title = Кто подписывает документы
signatories-hint = Их имена печатаются под строкой подписи сертификатов, благодарственных писем и дипломов; кто подписывает каждый документ, выберите в разделе «Печать».
signatories-none = Пока никого: в документах печатается пустая строка с должностью.
signatories-new = Добавить подписанта
signatory-name = Имя, как печатается (например, А. Б. Сапарова)
signatory-position = Должность
signatory-organisation = Организация
project-opening = Открытие проекта…
project-reloaded = Проект был изменён другой программой и загружен заново.
project-conflict-kept = Пока вы редактировали проект, он был изменён в другом месте. Ваша версия сохранена; другая сохранена рядом под именем { $file }.
project-reloaded-ours-kept = Другая программа заменила проект версией без ваших последних изменений. Сейчас открыта она; ваша версия сохранена рядом под именем { $file }, библиотека показывает обе.
nav-library = Библиотека
nav-overview = Обзор
nav-events = Мероприятия
nav-people = Участники
nav-schools = Организации
nav-programme = Программа
nav-lessons = Уроки
nav-registrations = Регистрация
planning-no-event = Мероприятий пока нет. Создайте мероприятие, чтобы составить его программу.
field-bad-time = Это не время. Введите в виде 9:30.
programme-new-session = Новый пункт программы
programme-stays-in-day = Пункт программы не может выйти за полночь.
programme-too-short = Пункт не может закончиться раньше, чем начнётся.
programme-no-rooms = У мероприятия ещё нет кабинетов. Добавьте их в данных мероприятия.
programme-from-template = Из шаблона…
programme-add = Добавить пункт
programme-calendar = Календарь…
programme-calendar-tip = Программа в виде файла календаря для телефонов участников
programme-calendar-files = Календарь
programme-calendar-path = Куда сохранить календарь (полный путь, оканчивающийся на { $ext })
programme-hint = Щёлкните пункт программы, чтобы изменить его, или добавьте новый. Клавиши внизу тоже работают.
programme-keys = { $choose } выбрать · { $shift } сдвинуть на 5 мин · { $room } сменить кабинет · { $length } длительность · { $duplicate } копия · { $delete } удалить · { $add } добавить · { $close } закрыть
programme-no-conflicts = В плане нет конфликтов
programme-conflicts = Конфликты: { $count }
programme-empty = В этот день пока нет ни одного пункта. Добавьте пункт или разложите типовой семинар из шаблона.
programme-audience = Слушатели: { $count ->
    [0] пока нет
   *[other] { $count }
}
programme-no-room = Без кабинета
programme-room-seats = { $room } ({ $count } мест)
programme-earlier = На 5 мин раньше
programme-later = На 5 мин позже
programme-shorter = Короче
programme-longer = Длиннее
programme-room-previous = ← Кабинет
programme-room-next = Кабинет →
programme-duplicate = Копировать
session-title = Название
session-kind = Вид
session-room = Кабинет
session-title-alt = Название на втором языке
session-place = Место
session-place-venue = Основное место
session-place-address = Адрес места
session-day = День
session-start = Начало
session-end = Окончание
session-subject = Предмет
session-grade = Класс
session-class-letter = Литера
session-topic = Тема
session-objectives = Цели
session-notes = Примечания
session-responsible = Ответственные
session-teachers = Учителя
session-observers = Наблюдатели
session-attendees = Слушатели ({ $count })
session-pinned = назначен вручную
session-add-person = Начните вводить имя…
session-add-new = Добавить «{ $name }» как нового человека
template-title = Типовой семинар
template-explained = Регистрация, открытие с концертным номером, выступления, параллельные открытые уроки, мастер-класс, перерыв, обратная связь, награждение и закрытие. Потом всё можно изменить.
template-start = Начало в
template-lessons = Открытых уроков
template-lesson-length = Длительность урока
template-minutes = { $minutes } минут
template-lesson-rooms = Кабинеты для открытых уроков
template-add-rooms-first = У мероприятия ещё нет кабинетов: сначала добавьте их в данных мероприятия.
template-hall = Актовый зал
template-master-class = С мастер-классом
template-lay-out = Составить программу
template-registration = Регистрация участников
template-opening = Открытие семинара
template-performance = Выступление учащихся
template-speeches = Выступления
template-open-lesson = Открытый урок
template-master-class-title = Мастер-класс
template-break = Кофе-брейк
template-feedback = Обратная связь
template-awards = Награждение и закрытие
template-nothing = В семинаре должен быть хотя бы один открытый урок или мастер-класс.
template-no-rooms = Выберите хотя бы один кабинет для открытых уроков.
template-past-midnight = Программа заходит за полночь: начните раньше или сократите число уроков.
lessons-nothing-to-distribute = В мероприятии нет открытых уроков или мастер-классов, куда можно рассадить участников.
lessons-unplaced-full = на уроках в это время не осталось мест
lessons-unplaced-busy = занят(а) в это время: «{ $session }»
lessons-unplaced-teaches = в это время ведёт «{ $session }»
lessons-sort = Сортировать
lessons-by-time = Время
lessons-by-room = Кабинет
lessons-by-subject = Предмет
lessons-by-teacher = Учитель
lessons-distribute = Рассадить участников автоматически
lessons-none = Открытых уроков и мастер-классов пока нет. Добавьте их в программе.
lessons-outcome = Рассажено: { $placed }, из них { $matches } на уроке своего предмета. { $undo } отменит.
lessons-outcome-undone = Автоматическая рассадка отменена: слушатели на уроках — как были раньше.
lessons-unplaced = Не удалось рассадить: { $count }
lessons-grade = { $grade } класс
lessons-and-more = и ещё { $count }
nav-settings = Настройки
overview-counts = Всего: { $events ->
    [one] { $events } мероприятие
    [few] { $events } мероприятия
    [many] { $events } мероприятий
   *[other] { $events } мероприятия
} · { $sessions ->
    [one] { $sessions } пункт программы
    [few] { $sessions } пункта программы
    [many] { $sessions } пунктов программы
   *[other] { $sessions } пункта программы
} · { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
} · { $schools ->
    [one] { $schools } школа
    [few] { $schools } школы
    [many] { $schools } школ
   *[other] { $schools } школы
}
overview-problems = В файле { $count ->
    [one] найдена { $count } ошибка
    [few] найдены { $count } ошибки
    [many] найдено { $count } ошибок
   *[other] найдено { $count } ошибки
}
save-saved = Все изменения сохранены
save-done = Сохранено
save-pending = Ещё не сохранено
save-form-open = Форма ещё не сохранена: набранный текст сохранён
drafts-found = В прошлый раз набранный в форме текст не был сохранён (окно закрылось или компьютер выключился). Вернуть его?
drafts-restore = Вернуть
drafts-discard = Не нужно
save-saving = Сохранение…
save-failed = Не сохранено: { $reason }
save-retry = Повторить попытку
save-read-only = Только чтение: изменения не сохраняются
read-only-newer = Этот проект сохранён более новой версией Әдіскер (формат { $version }). Он открыт только для чтения, чтобы ничего не потерялось.
read-only-locked = Этот проект открыт в другом окне или на другом компьютере. Здесь он открыт только для чтения.
read-only-problems = В этом проекте есть ошибки (они перечислены в разделе «Обзор»). Он открыт только для чтения; восстановите резервную копию или исправьте файл.
edit-not-found = Это уже удалено.
edit-school-in-use = Школу нельзя удалить: на неё ссылаются { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
} и { $events ->
    [one] { $events } мероприятие
    [few] { $events } мероприятия
    [many] { $events } мероприятий
   *[other] { $events } мероприятия
}.
edit-person-in-use = Участника нельзя удалить: он упоминается в программе, регистрациях или наградах ({ $uses ->
    [one] { $uses } упоминание
    [few] { $uses } упоминания
    [many] { $uses } упоминаний
   *[other] { $uses } упоминания
}).
edit-already-registered = Этот человек уже зарегистрирован на мероприятие.

## Участники
people-new = Новый участник
people-hint = Выберите участника слева или добавьте нового.
people-import = Загрузить список…
people-import-hint = Список из { $excel } или из онлайн-формы регистрации ({ $formats }). Те, кто уже есть в проекте, повторно не добавляются; на текущее мероприятие их также регистрируют.
people-import-path = Файл (полный путь)
people-import-summary = Новых: { $new }; уже в проекте: { $same }; однофамильцев, о которых нужно решить: { $doubtful }; повторов в файле: { $repeated }; с ошибками: { $bad }. Новых организаций: { $organisations }.
people-import-doubtful-hint = В проекте есть люди с такими же ФИО, но из другого места. Отметьте тех, кто является тем же человеком; остальные будут добавлены как новые.
people-import-same = Строка { $line }: { $name } ({ $organisation }) — это { $name } из проекта ({ $known })
people-import-register = Зарегистрировать их на «{ $event }»
people-import-confirm = Загрузить
people-import-too-large = Файл больше { $megabytes } МБ: это не список участников.
people-import-sheet = Лист
file-kind-lists = Списки ({ $formats })
people-import-no-names = Укажите, в каком столбце ФИО: полное ФИО или фамилия.
people-import-nothing = Все из файла уже есть в проекте в таком же виде.
people-import-workbook = В этой книге { $kinds } не удалось прочитать список: файл может быть повреждён или защищён паролем. Откройте её и сохраните лист заново.
people-column-surname = Фамилия
people-column-given-name = Имя
people-column-patronymic = Отчество
people-column-mode = Очно или онлайн
people-column-group = Группа
people-problem-no-name = Строка { $line }: нет ФИО.
people-problem-email = Строка { $line }: «{ $value }» — не адрес электронной почты.
people-problem-mode = Строка { $line }: из «{ $value }» не понятно, очно или онлайн.
person-full-name = ФИО
person-school = Организация
person-region = Регион или район
person-position = Должность
person-qualification = Квалификационная категория
person-subjects = Предметы (через запятую)
person-email = Эл. почта
person-phone = Телефон
person-note = Примечание

## Школы
schools-new = Новая организация
schools-hint = Выберите организацию слева (школу, детский сад, колледж, отдел) или добавьте новую.
school-role-supporting = Опорная школа
school-kind = Тип
organisation-kind-school = Школа
organisation-kind-kindergarten = Детский сад
organisation-kind-college = Колледж
organisation-kind-university = Вуз
organisation-kind-methodical-centre = Методический центр
organisation-kind-education-department = Отдел образования
organisation-kind-other = Другое
school-name = Название
school-number = Номер
school-locality = Населённый пункт или район
school-role = Роль
school-role-host = Принимающая школа
school-role-leading = Ведущая школа
school-role-magnet = Школа-магнит
school-role-member = Школа-участник
school-role-other = Другое

## Мероприятия
events-new = Новое мероприятие
events-hint = Выберите мероприятие слева или добавьте новое.
event-choose-other = Другое мероприятие…
event-choose-title = С каким мероприятием работать
event-choose-search = Поиск по названию
event-choose-past = { $date } · прошло
event-title = Название
event-theme = Тема
event-kind = Вид
event-level = Уровень
event-format = Формат проведения
event-starts-on = Первый день
event-ends-on = Последний день
event-expected = Ожидаемое число участников
event-venue-school = Школа проведения
event-address = Адрес
event-online-link = Ссылка для онлайн-участия
event-travel-minutes = Дорога между местами, мин (по умолчанию { $minutes })
event-rooms = Кабинеты
event-room-name = Кабинет
event-room-capacity = Мест
event-add-room = Добавить кабинет
event-room-needs-name = У каждого кабинета должно быть название.
event-room-in-use = Этот кабинет указан в { $sessions ->
    [one] { $sessions } пункте
    [few] { $sessions } пунктах
    [many] { $sessions } пунктах
   *[other] { $sessions } пункта
} программы; сначала перенесите их в другой кабинет.
event-goal = Цель
event-audience = Целевая аудитория
event-kind-seminar = Семинар
event-kind-practice-site = Практическая площадка
event-kind-master-class = Мастер-класс
event-kind-round-table = Круглый стол
event-kind-conference = Конференция
event-kind-hearing = Заслушивание
event-kind-open-doors = День открытых дверей
event-kind-methodical-landing = Методический десант
event-kind-training = Тренинг
event-kind-visit = Посещение
event-kind-other = Другое
level-school = Школьный
level-district = Районный
level-city = Городской
level-regional = Областной
level-republican = Республиканский
level-international = Международный
format-offline = Очно
format-online = Онлайн
format-hybrid = Очно и онлайн

## Настройки
settings-title = Настройки
settings-language = Язык
settings-theme = Оформление
settings-theme-light = Светлое
settings-theme-dark = Тёмное
settings-zoom = Размер текста
settings-zoom-hint = Вместе с ним увеличивается или уменьшается всё на экране: крупнее удобнее для маленького экрана издалека или для уставших глаз.

## Экспорт в календарь
ics-written = Программа «{ $title }» записана в { $path }: { $count ->
    [one] { $count } пункт
    [few] { $count } пункта
    [many] { $count } пунктов
   *[other] { $count } пункта
}.
ics-choose-event = В проекте { $count ->
    [one] { $count } мероприятие
    [few] { $count } мероприятия
    [many] { $count } мероприятий
   *[other] { $count } мероприятия
}; выберите одно и укажите его идентификатор в параметре { $option }:
ics-unknown-event = В проекте нет мероприятия с идентификатором «{ $id }». Мероприятия проекта:
ics-no-events = В проекте «{ $title }» нет ни одного мероприятия, поэтому календарь не создан.
ics-lesson-summary = { $title } — { $subject }, { $grade } класс
ics-topic = Тема: { $topic }
ics-teachers = Урок { $count ->
    [one] ведёт
   *[other] ведут
}: { $names }
ics-responsible = За пункт { $count ->
    [one] отвечает
   *[other] отвечают
}: { $names }
session-kind-registration = Регистрация
session-kind-opening = Открытие
session-kind-performance = Концертный номер
session-kind-speech = Выступление
session-kind-master-class = Мастер-класс
session-kind-open-lesson = Открытый урок
session-kind-break = Перерыв
session-kind-round-table = Круглый стол
session-kind-discussion = Обсуждение
session-kind-feedback = Обратная связь
session-kind-awards = Награждение
session-kind-visit = Посещение
session-kind-other = Другое

## Конфликты в плане
cli-warning = Предупреждение
conflict-person = { $person } в двух местах одновременно: «{ $session }» и «{ $other }».
conflict-room = Кабинет { $room } занят дважды в одно время: «{ $session }» и «{ $other }».
conflict-travel = { $person }: от «{ $other }» до «{ $session }» в другом месте всего { $minutes } мин, а дорога занимает { $needed } мин.
conflict-capacity = «{ $session }»: участников { $attendees }, а в кабинете { $room } всего { $capacity } мест.
conflict-outside-days = «{ $session }» стоит вне дней мероприятия.
conflict-no-teacher = У урока «{ $session }» не указан учитель.
conflict-no-topic = У урока «{ $session }» не указана тема.
conflict-observer-own-lesson = { $person } наблюдает собственный урок «{ $session }».

# Registrations
reg-count-expected = Ожидается: { $count }
reg-count-registered = Зарегистрировано: { $count }
reg-count-present = Пришли: { $count }
reg-count-offline = В зале: { $count } (пришли { $present })
reg-count-online = Онлайн: { $count } (подключились { $present })
reg-check-in = Отметка прибывших
reg-check-in-off = Закрыть отметку
reg-check-in-key = { $keys }: открыть или закрыть отметку
reg-check-in-placeholder = Начните вводить фамилию или школу
reg-check-in-hint = { $enter } отмечает первого найденного как пришедшего; { $escape } очищает поле.
reg-search = Поиск среди зарегистрированных
reg-marked = Отмечено, что пришёл(ла): { $name }.
reg-undo-hint = Отменить: { $keys }.
reg-already-present = { $name } уже отмечен(а) как пришедший(ая).
reg-no-match = Среди зарегистрированных никто не подходит под «{ $typed }».
reg-type-a-name = Сначала введите часть фамилии или имени.
reg-mode-offline = В зале
reg-mode-online = Онлайн
reg-group = Группа
reg-present = Пришёл
reg-remove = Убрать
reg-add-from-people = Добавить из участников
reg-quick-add = Быстро добавить
reg-people-search = Ещё не зарегистрированы
reg-new-mode = Регистрировать как
reg-quick-name = ФИО
reg-quick-school = Школа
reg-quick-subject = Предмет
reg-quick-submit = Добавить и зарегистрировать
reg-empty = На это мероприятие пока никто не зарегистрирован.
reg-joined = Подключился
reg-enter-marks = { $enter } отметит: { $name }{ $about }
reg-mark-undone = Отметка «{ $name }» отменена.
reg-filter-hall = В зале: { $count }
reg-filter-online = Онлайн: { $count }
reg-filter-all = Все: { $count }
reg-mark-all-joined = Отметить подключившимися всех онлайн ({ $count })
reg-all-joined = Подключившимися отмечены участники онлайн: { $count }. Отменить: { $undo }.
reg-from-meeting-report = Из отчёта конференции…
meeting-report-hint = Отчёт об участниках видеовстречи, сохранённый в { $csv } из { $program } или похожей программы: все зарегистрированные из него отмечаются подключившимися.
meeting-report-path = Файл отчёта
meeting-report-no-names = В этом файле нет столбца с именами участников: он не похож на отчёт об участниках встречи.
meeting-report-nothing = Отмечать некого: все зарегистрированные из отчёта уже отмечены.
meeting-report-found = В отчёте: { $participants }. Будут отмечены: { $marking }; уже отмечены: { $already }; есть в проекте, но не зарегистрированы: { $unregistered }; не найдены: { $unknown }.
meeting-report-not-registered = { $name }: есть в проекте, не зарегистрирован(а) на это мероприятие
meeting-report-unknown = Строка { $line }: { $name }: не найден(а) среди участников
meeting-report-mark = Отметить подключившимися: { $count }
## Participants' feedback
feedback-invalid = Эту запись нельзя учесть: оценки ставятся от 1 до 5, монет должно быть не меньше 1, а у каждого вопроса должен быть свой текст.
nav-feedback = Обратная связь
feedback-event = Мероприятие
feedback-no-events = Сначала добавьте мероприятие: отзывы собираются по мероприятию.
feedback-method = Метод
feedback-method-rating = Оценки от 1 до 5
feedback-method-two-stars = Две звезды и пожелание
feedback-method-coins = Монеты («Теңге алу»)
feedback-method-traffic-light = Светофор
feedback-method-free = Свободный отзыв
feedback-light-green = зелёный
feedback-light-yellow = жёлтый
feedback-light-red = красный
feedback-questions = Вопросы с оценкой от 1 до 5
feedback-question-new = Добавить вопрос
feedback-question-text = Текст вопроса
feedback-question-remove = Убрать
feedback-questions-save = Сохранить вопросы
feedback-grid-title = Ввод бумажных анкет
feedback-grid-keys = Оценка и светофор ставятся одной клавишей: после цифры курсор сам переходит к следующему полю, { $tab } после неё не нажимайте. После номера, имени или отзыва к следующему полю ведут { $tab } или { $enter }. { $enter } в последнем поле добавляет анкету; «Отменить» убирает её.
feedback-target = № части (пусто — всё мероприятие)
feedback-respondent = ФИО (пусто — анонимно)
feedback-star = Звезда
feedback-wish = Пожелание
feedback-comment = Комментарий
feedback-coins = Монеты
feedback-light = Светофор (G/Y/R)
feedback-add = Добавить анкету
feedback-unknown-session = Части с таким номером нет; см. список частей.
feedback-unknown-person = Участника с таким именем нет; для анонимной анкеты оставьте поле пустым.
feedback-keep-target = Оставить номер занятия для следующих анкет
feedback-respondent-is = Заполнил(а): { $name }
feedback-respondent-guest = Заполнил(а): { $name } (нет среди участников; сохранится как написано)
feedback-several-people = Подходят несколько человек: { $names }. Допишите имя.
feedback-empty-form = Анкета пуста: введите хотя бы один ответ.
feedback-sessions = Части программы
feedback-whole-event = Всё мероприятие
feedback-recent = Последние введённые анкеты
feedback-anonymous = анонимно
feedback-results = Итоги
feedback-results-count = Записей: { $count }, анонимных: { $anonymous }
feedback-mean = Среднее
feedback-answers = Ответов
feedback-no-answers = ответов пока нет
feedback-coins-title = Монеты по частям программы
feedback-lights-title = Светофор по частям программы
feedback-written-title = Звёзды, пожелания и комментарии
feedback-written-search = Поиск по отзывам
feedback-written-shown = { $from }–{ $to } из { $count }
feedback-total = Всего
summary-registrations = Зарегистрировано: { $count } (присутствовали: { $present })
summary-observations = Наблюдения уроков: { $count }
summary-feedback = Записей обратной связи: { $count } (анонимных: { $anonymous })
summary-question = { $question }: средняя оценка { $mean } (ответов: { $answers })
summary-coins = Монеты: { $count }
summary-lights = Светофор: зелёных { $green }, жёлтых { $yellow }, красных { $red }
summary-no-events = В проекте «{ $title }» нет мероприятий.
feedback-import = Загрузить из файла CSV…
feedback-import-path = Путь к файлу CSV
feedback-import-read = Прочитать файл
feedback-import-column = Столбец «{ $column }»
feedback-import-ignore = Не загружать
feedback-import-ready = Строк готово к загрузке: { $good }; с ошибками: { $bad }.
feedback-import-skip = Пропустить строки с ошибками
feedback-import-confirm = Загрузить
feedback-import-refused = В строках { $lines } есть ошибки: исправьте файл или выберите «пропустить».
feedback-import-done = Загружено записей: { $count }. «Отменить» отменит всю загрузку.
feedback-import-windows-1251 = Файл прочитан в кодировке Windows-1251 (старый Excel): проверьте буквы ниже перед загрузкой.
csv-empty = В файле нечего загружать: нужна строка заголовков и хотя бы одна строка под ней.
csv-malformed = Файл не читается в строке { $line }: не закрыта кавычка. Сохраните таблицу заново в формате CSV.
csv-line = Строка { $line }: { $problems }
csv-bad-cell = «{ $value }» в столбце «{ $column }»: { $reason }
csv-rating = оценка — целое число от 1 до 5, светофор — G, Y или R
csv-unknown-person = участника «{ $name }» нет в списке
csv-unknown-session = в программе нет части «{ $value }»
csv-nothing = в выбранных для загрузки столбцах ничего нет
feedback-import-choose = Выбрать файл…
file-kind-csv = Таблицы (CSV)
## Наблюдение уроков
nav-observations = Наблюдение уроков
nav-awards = Награды
nav-mentoring = Наставничество
nav-year-plan = Годовой план
nav-courses = Курсы
awards-hint = Сертификаты и благодарственные письма получают номер при печати или здесь, сразу нескольким людям; номинации записываются здесь. Выберите номер, чтобы посмотреть его, напечатать снова или аннулировать.
awards-new-nomination = Новая номинация
awards-correct-nomination = Исправить номинацию
awards-person = Кому
awards-change-person = Другой человек
awards-nomination = Номинация
awards-reason = Основание (словами жюри)
awards-number = Регистрационный номер
awards-kind = Документ
awards-what-for = За что
awards-date = Дата выдачи
awards-status = Статус
awards-issued = выдан
awards-cancelled = аннулирован
awards-cancelled-note = Этот номер аннулирован. Он остаётся в журнале и больше никому не выдаётся.
nav-export = Обмен
export-heading = Выгрузка списков в таблицы
export-hint = Сохраните список как книгу { $excel } (даты и числа { $excel } распознаёт сам, строка заголовков закреплена) или как файл { $csv }. Заголовки столбцов — на языке программы.
export-choice = { $what } ({ $count })
export-what-people = Люди проекта
export-what-registrations = Регистрация и посещаемость
export-what-sign-in = Лист регистрации
export-what-feedback = Итоги обратной связи
export-what-observations = Итоги наблюдения уроков
export-what-awards = Журнал выданных документов
export-save-xlsx = Сохранить для { $format }…
export-save-csv = Сохранить как { $format }…
export-files-xlsx = Книга { $format }
export-files-csv = Таблица ({ $format })
export-path = Куда сохранить список (полный путь, оканчивающийся на { $ext })
export-save = Сохранить
export-writing = Сохранение…
export-written = Сохранено строк: { $count }. Файл: { $path }
export-failed = Не удалось составить таблицу
export-unknown-what = Списка «{ $what }» нет. Можно выгрузить: { $lists }.
export-no-events = В проекте «{ $title }» нет ни одного мероприятия, поэтому такого списка нет.
export-yes = да
export-no = нет
export-part-people = Люди
export-part-registrations = Регистрация
export-part-sign-in = Лист регистрации
export-part-feedback-questions = По вопросам
export-part-feedback-forms = Анкеты
export-part-observation-criteria = По критериям
export-part-observation-levels = Оценки наблюдателей
export-part-awards = Журнал
export-col-number = №
export-col-full-name = ФИО
export-col-organisation = Организация
export-col-position = Должность
export-col-subjects = Предметы
export-col-qualification = Категория
export-col-email = Эл. почта
export-col-phone = Телефон
export-col-region = Регион
export-col-mode = Форма участия
export-col-group = Группа
export-col-attended = Присутствовал(а)
export-col-signature = Подпись
export-col-question = Вопрос
export-col-answers = Ответов
export-col-mean = Средний балл
export-col-rated = Поставили «{ $rating }»
export-col-entered = Внесено
export-col-respondent = Кто заполнил
export-col-about = О чём
export-col-stars = Две звезды
export-col-wish = Пожелание
export-col-comment = Комментарий
export-col-coins = Монеты
export-col-light = Светофор
export-col-day = Дата
export-col-start = Начало
export-col-lesson = Урок
export-col-teacher = Учитель
export-col-observer = Наблюдатель
export-col-observers = Наблюдателей
export-col-criterion = Критерий
export-col-level = Уровень
export-col-top = Максимум
export-col-status = Статус
export-col-strengths = Сильные стороны
export-col-improvements = Что улучшить
export-col-recommendation = Рекомендация
awards-print-again = Напечатать снова с этим номером
awards-correct = Исправить
awards-cancel = Аннулировать номер
awards-restore = Восстановить номер
awards-print-register = Напечатать журнал
awards-export = Сохранить для { $format }
awards-error-person = Выберите, кому присуждается номинация.
awards-issue-several = Номера нескольким…
awards-batch-heading = Сертификаты и благодарственные письма нескольким
awards-batch-hint = Номера записываются в реестр сейчас, документы потом печатаются с ними. У кого уже есть номер этого вида, тот его сохраняет.
awards-batch-count = Выбрано: { $count }; из них уже с номером: { $held }.
awards-batch-issue = Выдать номера: { $count }
awards-batch-issued = Выдано номеров: { $count } ({ $first } – { $last }). Документы печатаются с ними в разделе «Печать».
awards-batch-none = У всех выбранных уже есть номер этого вида.
awards-order-number = По номеру
awards-order-name = По фамилии
awards-order-kind = По виду документа
print-select-all = Отметить всех найденных
print-select-none = Снять все отметки
award-kind-certificate = Сертификат
award-kind-letter = Благодарственное письмо
award-kind-diploma = Диплом
award-kind-nomination = Диплом номинации
award-kind-mentor-certificate = Сертификат наставника
award-kind-course-certificate = Сертификат о прохождении курса
obs-template-default-name = Лист наблюдения урока
obs-criterion-objectives = Цели урока и критерии успеха
obs-criterion-objectives-descriptor = Цели соответствуют учебной программе и понятны ученикам; критерии успеха показывают, достигнута ли цель.
obs-criterion-differentiation = Дифференциация
obs-criterion-differentiation-descriptor = Задания и поддержка подобраны по уровню и потребностям учеников; каждый ученик продвигается вперёд.
obs-criterion-assessment = Формативное оценивание и обратная связь
obs-criterion-assessment-descriptor = Дескрипторы ясны; обратная связь своевременна и конкретна; ученики оценивают себя и друг друга.
obs-criterion-engagement = Активное обучение и вовлечённость учеников
obs-criterion-engagement-descriptor = Работают все ученики; работа в парах и группах хорошо организована; ученики рассуждают, спрашивают, объясняют.
obs-criterion-time = Использование времени
obs-criterion-time-descriptor = Этапы урока распределены по времени, на достижение целей времени хватает.
obs-criterion-resources = Ресурсы и ИКТ
obs-criterion-resources-descriptor = Наглядность, раздаточный материал и ИКТ служат целям урока и используются уместно.
obs-criterion-climate = Инклюзивная атмосфера
obs-criterion-climate-descriptor = В классе доверие и поддержка; каждый ученик, в том числе с особыми образовательными потребностями, участвует, не боясь ошибиться.
obs-criterion-reflection = Рефлексия
obs-criterion-reflection-descriptor = Ученики могут сказать, чему научились, что было трудно и что делать дальше.
obs-template-in-use = По этому листу уже проведены наблюдения: изменения сохранятся как его новая версия.
obs-scale-four-levels = Четыре уровня
obs-scale-yes-partly-no = Да, частично, нет
obs-level-no = Нет
obs-level-partly = Частично
obs-level-yes = Да
obs-hint = Выберите открытый урок, чтобы увидеть итоги или провести наблюдение.
obs-no-lessons = В проекте пока нет открытых уроков. Укажите в программе мероприятия предмет, класс и учителя урока.
obs-lesson = { $subject }, { $grade } класс: { $topic }
obs-teachers = Учитель: { $names }
obs-count = Наблюдений: { $count }
obs-observer = Наблюдатель
obs-sheet = Лист наблюдения
obs-start = Наблюдать
obs-summary = Итоги урока
obs-criterion = Критерий
obs-mean = Среднее
obs-notes = Заметки
obs-none-yet = Этот урок ещё никто не наблюдал.
obs-history = История учителя
obs-history-title = { $name }: все уроки под наблюдением
obs-history-loading = Читаются проекты библиотеки…
obs-history-empty = Уроки этого учителя ещё не наблюдались.
obs-back = К списку уроков
obs-keys = ↑ ↓ выбрать критерий · 1–4 поставить уровень · N (Т) написать заметку · Enter добавить заметку
obs-note = Быстрая заметка
obs-note-hint = Пишите, что видите; Enter добавит заметку со временем
obs-note-edit = Исправить заметку
obs-start-clock = Урок начался сейчас
obs-start-clock-hint = Время заметок считается от начала урока по программе; если урок начался позже, нажмите сюда, и время пойдёт с этой минуты.
obs-minute = { $minutes } мин
obs-strengths = Сильные стороны
obs-improvements = Что улучшить
obs-recommendation = Рекомендация
obs-finish = Завершить наблюдение
obs-status-draft = Не завершено
obs-status-final = Завершено
obs-templates = Листы наблюдения
obs-template-name = Название листа
obs-template-scale = Шкала
obs-template-copy = Сделать копию
obs-template-copy-name = { $name } (копия)
obs-template-version = версия { $version }
obs-criterion-title = Критерий
obs-criterion-descriptor = Дескриптор
obs-criterion-add = Добавить критерий
obs-criterion-new = Новый критерий
action-move-up = Выше
action-move-down = Ниже
help-title = Клавиши
help-intro = { $open } открывает эту страницу в любом разделе, { $close } закрывает. Клавиши с буквами работают и в казахской, кыргызской и русской раскладке.
help-everywhere = Везде
help-open = Эта страница
help-undo = Отменить: в текстовом поле сначала набранное в нём, по слову; затем последнее изменение
help-redo = Повторить отменённое
help-save = Сохранить сейчас (изменения сохраняются и сами)
help-find = Поиск в этом разделе
help-print = Печать
help-fields = Следующее или предыдущее поле
help-programme-choose = Предыдущее или следующее занятие
help-programme-sideways = Занятие в то же время в другом кабинете
help-programme-shift = Сдвинуть на 5 минут раньше или позже
help-programme-room = Перенести в соседний кабинет
help-programme-length = Укоротить или удлинить на 5 минут
help-programme-duplicate = Копировать занятие
help-programme-delete = Удалить занятие ({ $undo } вернёт его)
help-programme-add = Добавить занятие
help-programme-close = Закрыть форму
help-registrations-desk = Открыть или закрыть отметку прибывших
help-registrations-mark = Отметить человека, названного под полем
help-registrations-clear = Очистить поле
help-feedback-digit = Оценка: цифра ставит её и сама переходит к следующему полю
help-feedback-next = Следующее поле (после отзыва или имени)
help-feedback-add = В последнем поле: добавить анкету
help-observe-criterion = Предыдущий или следующий критерий
help-observe-level = Уровень выбранного критерия
help-observe-note = Написать заметку
help-observe-add = Добавить заметку со временем
help-observe-leave = Выйти из поля заметки
help-print-preview = Показать страницы
help-print-pages = Предыдущая или следующая страница
help-print-open = Открыть документ для печати
help-print-cancel = Остановить подготовку документа
help-button = Клавиши (F1)
obs-criterion-remove = Убрать
obs-template-saved-as-version = Сохранено как версия { $version }: наблюдения по прежней версии остаются при ней.
obs-no-people = Сначала добавьте людей в проект: наблюдатель выбирается из них.
## Печать
print-programme = Программа
print-time = Время
print-session = Мероприятие
print-room = Место
print-responsible = Ответственные
print-organizer = Организатор
print-venue = Место проведения
print-date = Дата
print-goal = Цель
print-theme = Тема
print-objectives = Задачи
print-audience = Участники
print-parallel = Параллельно
print-teacher = Учитель
print-lesson-line = { $lesson }: «{ $topic }»
print-lesson-topic = «{ $topic }»
print-lesson = Урок
decimal-separator = ,
print-level-key-four = Уровни: 1 — не наблюдается, 2 — частично, 3 — в основном, 4 — в полной мере.
lesson-auto-title = { $subject }, { $grade } класс
lesson-auto-title-letter = { $subject }, { $grade } «{ $letter }» класс
print-sign-in = Лист регистрации участников
print-number-sign = №
print-full-name = Ф. И. О.
print-position = Должность
print-school = Школа
print-signature = Подпись
print-online = онлайн
print-no-school = Другие участники
print-walk-ins = Не зарегистрированные заранее
print-certificate = Сертификат
print-letter = Благодарственное письмо
print-diploma = Диплом
print-nomination = Номинация
print-number = № { $number }
print-issued = Дата выдачи: { $date }
print-signatory = Руководитель организации
print-signature-hint = подпись
print-stamp = М.П.
print-prepared-by = Отчёт подготовил(а)
print-programme-held = Программа в том виде, как прошла
print-registered-offline = Зарегистрировано в зале
print-registered-online = Зарегистрировано онлайн
print-speaker = Выступающий или учитель
print-approve = УТВЕРЖДАЮ
print-date-line = «___» ____________ 20___ г.
print-signatory-approves = Утверждает программу
print-register = Журнал регистрации выданных документов
print-register-number = Регистрационный номер
print-register-reason = За что
print-cancelled = аннулирован
print-register-total = { $count ->
        [one] Выдан { $count } номер
        [few] Выдано { $count } номера
       *[other] Выдано { $count } номеров
    }{ $cancelled ->
        [0] .
        [one] , из них { $cancelled } аннулирован.
       *[other] , из них { $cancelled } аннулировано.
    }
print-doc-diplomas = Дипломы номинаций
print-doc-register = Журнал выданных номеров
edit-signatory-in-use = Этот подписант ещё выбран в документе.
wording-kind = { $kind ->
        [seminar] семинара
        [practice_site] практической площадки
        [master_class] мастер-класса
        [round_table] круглого стола
        [conference] конференции
        [hearing] заслушивания
        [open_doors] дня открытых дверей
        [methodical_landing] методического десанта
        [training] тренинга
        [visit] посещения
       *[other] мероприятия
    }
wording-dear = { $gender ->
        [female] Уважаемая
        [male] Уважаемый
       *[other] Уважаемый(-ая)
    }
wording-participation = за активное участие в работе { $kind } «{ $event }».
wording-open-lesson = за проведение открытого урока «{ $topic }» ({ $lesson }) и обмен опытом в рамках { $kind } «{ $event }».
wording-master-class = за проведение мастер-класса «{ $session }» и обмен опытом в рамках { $kind } «{ $event }».
wording-letter = { $dear } { $addressed }!
    Выражаем Вам искреннюю благодарность за { $deed } в рамках { $kind } «{ $event }» и вклад в профессиональный рост коллег.
wording-nomination = награждается в номинации «{ $nomination }» в рамках { $kind } «{ $event }».
wording-deed-participation = активное участие
wording-deed-open-lesson = проведение открытого урока «{ $topic }» и обмен опытом
wording-deed-master-class = проведение мастер-класса «{ $title }»
print-error-no-nominations = Для «{ $event }» не записано ни одной номинации. Сначала запишите их в разделе «Награды».
print-error-no-awards = По «{ $event }» ещё не выдано ни одного номера: журнал регистрации пуст.
print-error-no-word = Для { $app } записываются только программа, лист регистрации и отчёт; «{ $document }» сохраняется в файл с именем, оканчивающимся на { $pdf }.
print-observation-sheet = Лист наблюдения урока
print-observer = Наблюдатель
print-criterion = Критерий
print-scale-yes = Да
print-scale-partly = Частично
print-scale-no = Нет
print-strengths = Сильные стороны
print-improvements = Что улучшить
print-recommendation = Рекомендация
print-notes = Заметки во время урока
print-feedback-form = Анкета обратной связи
print-star = Звезда
print-wish = Пожелание
print-comment = Комментарий
print-name-optional = Ваши фамилия и имя (по желанию):
print-two-stars-help = Напишите две вещи, которые вам понравились, и одно пожелание.
print-coins-help = Отдайте свои монеты занятиям, которые были вам полезнее всего.
print-coins = Монеты
print-light-help = Отметьте цвет, который отвечает вашему впечатлению от каждой части мероприятия.
print-light-green = Всё было понятно и полезно
print-light-yellow = Остались вопросы
print-light-red = Мне нужна помощь
print-rating-help = Оцените каждое утверждение от 1 (низко) до 5 (высоко).
print-question = Утверждение
print-free-help = Ваши мысли о мероприятии:
print-report = Отчёт о проведении мероприятия
print-participants = Участники
print-registered = Зарегистрировано
print-present-offline = Присутствовали в зале
print-present-online = Участвовали онлайн
print-lessons = Открытые уроки и мастер-классы
print-findings = Выводы наблюдателей
print-mean-level = Средний уровень
print-observations = Наблюдения
print-feedback-results = Итоги обратной связи
print-responses = Ответы
print-mean = Среднее
print-awards = Награждения
print-kind = Вид
print-level = Уровень
print-format = Формат
print-about = О мероприятии
print-number-taken = Номер { $number } уже выдан другому человеку; выберите другую серию.
print-error-no-event = В проекте нет такого мероприятия.
print-error-bad-date = «{ $date }» — не дата: напишите её как 01.02.2019.
print-error-no-sessions = В программе «{ $event }» пока ничего нет: сначала добавьте пункты в план.
print-error-no-registrations = На «{ $event }» пока никто не зарегистрирован: сначала зарегистрируйте участников.
print-error-nobody = В «{ $event }» никто не входит в выбранную группу ({ $group }). Выберите другую группу.
print-error-no-sheet = В проекте пока нет листа наблюдения.
print-error-no-observation = Этого наблюдения больше нет в проекте.
print-error-template = Шаблон { $file } не собирается: строка { $line }, столбец { $column }: { $error }
print-error-template-user = Вместо него можно использовать встроенный шаблон.
print-limit-time = Шаблон { $file } выполнялся дольше { $seconds } секунд и был остановлен. Возможно, в нём бесконечный цикл.
print-limit-memory = Шаблону { $file } понадобилось больше { $megabytes } МБ памяти, и он был остановлен.
print-limit-pages = Шаблон { $file } даёт { $pages } страниц; за один раз можно напечатать не больше { $limit }.
print-limit-failed = Шаблон { $file } не удалось безопасно проверить, поэтому он не использован.
print-error-pdf = Документ не записан: { $error }
print-error-glyphs = Этих знаков нет во встроенных шрифтах, они напечатаются пустыми квадратами: { $chars }
print-people-all = все зарегистрированные
print-people-teachers = учителя открытых уроков
print-people-present = все присутствующие
print-people-chosen = выбранные люди
print-written = { $path } записан: { $pages ->
    [one] { $pages } страница
    [few] { $pages } страницы
   *[other] { $pages } страниц
}.
print-written-word = { $path } записан.
print-save-word = Сохранить для { $app }
print-word-path = Введите, куда сохранить копию: полный путь, оканчивающийся на { $ext }.
print-awards-recorded = Новых номеров записано в проект: { $count }.
print-unknown-document = Неизвестный документ «{ $name }». Выберите один из: { $choices }.
print-unknown-people = Неизвестная группа «{ $name }». Выберите одну из: { $choices }.
print-unknown-method = Неизвестный способ обратной связи «{ $name }». Выберите один из: { $choices }.
print-unknown-orientation = Неизвестная ориентация страницы «{ $name }». Выберите одну из: { $choices }.
print-orientation = Страница
print-orientation-portrait = Вертикально (книжная)
print-orientation-landscape = Горизонтально (альбомная)
print-unknown-signatory = В проекте нет подписанта «{ $id }». Подписанты проекта: { $choices }.
print-unknown-language = Неизвестный язык «{ $name }». Выберите один из: { $choices }.
nav-print = Печать
print-title = Печать
print-document = Документ
print-event = Мероприятие
print-language = Язык
print-second-language = Второй язык
print-one-language = нет
print-people = Кому
print-series = Серия номеров (например, 57-2019/001)
print-blank-rows = Пустые строки для незарегистрированных (если пусто: до ожидаемого числа, не меньше { $default })
print-school-column = Один список по фамилиям, школа в отдельном столбце (вместо заголовка для каждой школы)
print-master-classes-too = Листы и для мастер-классов
print-issue-date = Дата выдачи (если пусто — последний день мероприятия, { $date })
print-no-signatories = Пока никто не подписывает: добавьте директора или руководителя отдела в «Общих сведениях» проекта, и их имена будут напечатаны под подписью.
print-signatory-none = — никто —
print-signatory-first = Подписывает
print-signatory-second = Второй подписывает
print-wording-show = Изменить текст
print-wording-hide = Скрыть текст
print-wording-of = { $kind }, { $language }
print-wording-save = Сохранить текст
print-wording-thanks = Текст благодарности (под обращением)
print-wording-default = Вернуть обычный текст
wording-name-participation = Сертификат участника
wording-name-open-lesson = Сертификат за открытый урок
wording-name-master-class = Сертификат за мастер-класс
wording-name-letter = Благодарственное письмо (первая строка — обращение)
wording-name-nomination = Диплом номинации
wording-place-event = название мероприятия
wording-place-kind = вид мероприятия (семинара, круглого стола…)
wording-place-theme = тема мероприятия
wording-place-topic = тема открытого урока
wording-place-lesson = предмет и класс урока
wording-place-session = название мастер-класса
wording-place-addressed = имя и отчество
wording-place-dear = обращение (Уважаемая / Уважаемый)
wording-place-deed = что человек сделал на мероприятии
wording-place-nomination = название номинации
print-blank-rows-bad = Целое число от 0 до { $most }
print-preview = Просмотр
print-save = Сохранить PDF
print-open = Открыть для печати
print-cancel = Отменить
print-use-bundled = Взять встроенный шаблон
print-file-kind = Документ PDF
print-page-of = Страница { $page } из { $count }
print-zoom-in = Крупнее
print-zoom-out = Мельче
print-zoom-fit = По ширине
print-preview-hint = Выберите документ и нажмите «Просмотр», чтобы увидеть его страницы.
print-no-events = В проекте пока нет мероприятий; запланируйте мероприятие, затем печатайте его документы.
print-stage-preparing = Собираем данные…
print-stage-typesetting = Вёрстка страниц…
print-stage-writing = Запись документа…
print-open-failed = { $path } записан, но ни одна программа его не открыла: { $reason }
print-doc-programme = Программа
print-doc-sign-in = Лист регистрации
print-doc-certificates = Сертификаты
print-doc-letters = Благодарственные письма
print-doc-observation-sheet = Листы наблюдения
print-doc-feedback-form = Анкета обратной связи
print-doc-report = Отчёт о мероприятии
print-chosen-count = Выбрано: { $count }. Документы печатаются в том порядке, в каком вы отмечали людей.
print-chosen-more = Ещё { $count }: чтобы найти человека, начните вводить его имя.
print-sheet-which = Какой лист
print-sheet-blank = Пустые листы для каждого урока
print-mentor-people = наставники
print-network-direction = Направление
print-network-term = Срок
print-network-programme = Программа
print-network-mentor = Наставник
print-network-mentee = Наставляемый
print-network-mentees = Наставляемые
print-network-done = Отметка о выполнении
print-network-total = Всего
print-network-hours = Часы
print-network-no-subject = { $what ->
    [programme] В проекте нет программы наставничества.
    [pair] В программах пока нет наставнических пар.
    [course] В проекте нет курсов.
   *[plan] В проекте нет годового плана.
}
print-network-nobody = { $what ->
    [mentors] В программе «{ $title }» нет утверждённых наставников.
   *[passed] Курс «{ $title }» пока никто не окончил: сначала отметьте окончивших.
}
print-network-doc = { $doc ->
    [mentor-annex] Приложение к приказу: список наставников
    [mentor-certificates] Сертификаты наставников
    [course-certificates] Сертификаты курса
    [pair-plan] Индивидуальный план и журнал пары
    [year-plan] План на год
   *[year-report] Отчёт за год
}
print-network-of = { $what ->
    [programme] Программа
    [pair] Пара
    [course] Курс
   *[plan] План
}
print-annex-of-order = Приложение к приказу
print-annex-order-line = от { $date } № { $number }
print-annex-heading = Список утверждённых наставников
print-annex-count = Всего наставников: { $count }
print-mentor-text = Настоящий сертификат подтверждает наставническую деятельность в программе «{ $programme }».
print-mentor-order = Приказ
print-course-text = выдан за успешное окончание курса «{ $course }»
print-course-hours = в объёме { $hours } академических часов
print-course-dates = Сроки обучения
print-course-partner = Партнёр
print-pair-plan = Индивидуальный план наставнической пары
print-pair-log = Журнал работы пары
print-pair-task = Содержание работы
print-pair-due = Срок
print-pair-status-label = Статус
print-pair-reason = Причина
print-pair-observation = заполнен лист наблюдения
print-pair-no-tasks = В плане пока нет задач.
print-pair-no-activities = В журнале пока нет записей.
print-pair-progress = Выполнено задач: { $done } из { $tasks }; встреч и посещений: { $activities }; часов: { $hours }; последний контакт: { $last }
print-year-plan = План работы
print-year-report = Отчёт о работе за год
print-year-school-year = на { $from }–{ $to } учебный год
print-year-network = Сетевое сообщество
print-year-event = Мероприятие
print-year-form = Форма проведения
print-year-host = Место проведения
print-year-when = Сроки
print-year-target = Участники
print-year-planned = План
print-year-actual = Факт
print-year-product = Ожидаемый результат, продукт
print-year-late = просрочено
print-year-summary = Общие показатели
print-year-held = Проведено
print-year-overdue = Просрочено
print-year-by-form = Мероприятия: план и исполнение
print-year-by-month = По месяцам
print-year-by-school = По школам
print-year-hosted = Провела
print-year-attended = Участвовала
print-year-teachers = Педагогов
print-year-products = Продукты
print-year-courses = Курсы
print-year-passed = Окончили
print-year-certificates = Сертификатов
print-year-mentoring = Наставничество
print-year-pairs = Пар
print-year-tasks-done = Выполнено задач
print-year-activities = Встреч и посещений
print-year-visits = Посещений уроков
print-year-stale = Без контакта больше месяца
print-year-period = Период
cli-print-unknown-subject = В проекте нет { $what ->
    [programme] программы
    [pair] пары
    [course] курса
   *[plan] плана
} с идентификатором «{ $id }». Есть такие:

## Годовой план сети
year-plan-none = Годового плана пока нет. План составляется с 1 сентября по 31 августа: впишите его строки в таблицу и превращайте каждую в мероприятие проекта, когда придёт срок.
year-plan-new = Новый годовой план
year-plan-default-title = План на { $from }–{ $to } учебный год
year-plan-plan-title = Название плана
year-plan-period = { $from } – { $to }
year-plan-keys = Enter или Tab: следующая ячейка; ↑ ↓: строка выше или ниже. Каждая ячейка сохраняется по мере ввода.
year-plan-sort = Порядок
year-plan-sort-typed = Как вписаны
year-plan-sort-month = По месяцам
year-plan-sort-school = По школам
year-plan-col-number = №
year-plan-col-title = Мероприятие
year-plan-col-form = Форма проведения
year-plan-col-host = Место проведения
year-plan-col-when = Дата или месяц
year-plan-col-responsible = Ответственные
year-plan-col-target = Участники
year-plan-col-planned = План
year-plan-col-actual = Факт
year-plan-col-product = Ожидаемый результат, продукт
year-plan-col-done = Выполнено
year-plan-form-seminar = Семинар
year-plan-form-methodical-landing = Методический десант
year-plan-form-forum = Форум
year-plan-form-open-lesson = Открытый урок
year-plan-form-round-table = Круглый стол
year-plan-form-course = Курс
year-plan-form-hearing = Заслушивание
year-plan-form-open-doors = День открытых дверей
year-plan-form-master-class = Мастер-класс
year-plan-form-other = Другое
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
year-plan-unknown-form = Такой формы нет. Формы: { $forms }
year-plan-unknown-school = В проекте нет организации «{ $name }»
year-plan-unknown-person = В проекте нет человека «{ $name }»
year-plan-several = Подходят несколько: { $names }
year-plan-bad-when = Дата (15.10.2025) или месяц (10, октябрь)
year-plan-outside-year = Вне года плана: { $from } – { $to }
year-plan-late = Просрочено
year-plan-to-event = Сделать мероприятием
year-plan-to-event-tip = Строка станет мероприятием проекта с её названием, формой, местом и датой; затем спланируйте его программу
year-plan-open-event = Открыть мероприятие
year-plan-open-event-tip = Мероприятие, созданное из этой строки: программа и посещаемость
year-plan-remove-row = Удалить строку (мероприятие останется)
year-plan-no-title = Сначала впишите в строку название мероприятия.
year-plan-rows-shown = Строки { $from }–{ $to } из { $count }
year-plan-per-school = По школам
year-plan-per-month = По месяцам
year-plan-school-planned = По плану
year-plan-school-hosted = Проведено
year-plan-school-attended = Участвовала
year-plan-school-teachers = Учителей
year-plan-school-products = Продукты
network-none = Сети школ пока нет: ведущая школа и её школы-магниты из организаций проекта.
network-new = Создать сеть
network-needs-schools = Сначала добавьте школы в разделе «Организации».
network-default-title = Сетевое сообщество { $school }
network-summary = { $title }. Ведущая школа: { $leading }; школ-магнитов: { $magnet }; опорных: { $supporting }
network-edit = Изменить сеть
network-close = Скрыть
network-name = Название сети
network-leading = Ведущая школа
network-members = Школы сети
network-coordinator = Координатор
network-no-coordinator = Без координатора
network-remove-member = Исключить из сети
network-add-member = Добавить школу…
network-coordinator-hint = Координатор выбирается из сотрудников самой школы.

## Курсы
course-new = Новый курс
course-none = Курсов пока нет. У курса есть часы и сроки; прошедшие его получают сертификат с номером.
course-choose = Выберите курс в списке.
course-subtitle = { $hours } ч · { $from } – { $to } · участников: { $count }
course-title = Название курса
course-hours = Количество часов
course-from = Начало
course-to = Окончание
course-organiser = Организатор
course-partner = Партнёр (учебный центр)
course-participants = Участников: { $count }, прошли: { $passed }
course-add-participants = Добавить участников
course-add-hint = Отметьте людей проекта, которые проходят курс.
course-add-chosen = Добавить отмеченных ({ $count })
course-added = Добавлено на курс: { $count }
course-all-passed = Все найденные прошли
course-none-passed = Никто не прошёл
course-remove-participant = Убрать с курса
course-certificates = Сертификаты
course-certificates-hint = Прошедшие курс получают следующие свободные номера серии; у кого сертификат этого курса уже есть, сохраняет свой номер.
course-series = Серия номеров (если пусто: { $example })
course-issue = Выдать сертификаты: { $count }
course-issued = Выдано сертификатов: { $count }
course-certificates-none = У всех прошедших уже есть сертификат этого курса.
course-certificates-issued = В реестр записано новых сертификатов: { $count }
mentoring-new = Новая программа
mentoring-none = Программы наставничества пока нет. Создайте её, чтобы утвердить наставников и закрепить за ними молодых учителей.
mentoring-print-annex = Печать приложения к приказу
mentoring-print-pair = Печать плана и журнала
mentoring-tab-programme = Программа
mentoring-tab-mentors = Наставники
mentoring-tab-pairs = Пары
mentoring-tab-progress = Итоги
mentoring-tab-events = Мероприятия
mentoring-title = Название программы
mentoring-organiser = Организатор
mentoring-from = Начало
mentoring-to = Окончание
mentoring-order-number = Номер приказа
mentoring-order-date = Дата приказа
mentoring-directions = Направления
mentoring-direction = Направление
mentoring-direction-name = Название направления
mentoring-direction-new = Новое направление
mentoring-direction-add = Добавить направление
mentoring-direction-in-use = В направлении наставников: { $mentors }, пар: { $pairs }. Сначала переведите их в другое направление.
mentoring-responsible = Ответственные:
mentoring-add-responsible = + Ответственный
mentoring-no-directions = Сначала добавьте направления программы (вкладка «Программа»).
mentoring-approve = Утвердить наставника по направлению
mentoring-mentor-has-pairs = { $pairs ->
    [one] У неё { $pairs } пара: сначала удалите её.
    [few] У неё { $pairs } пары: сначала удалите их.
   *[other] У неё { $pairs } пар: сначала удалите их.
}
mentoring-pairs-count = { $count ->
    [one] { $count } пара
    [few] { $count } пары
   *[other] { $count } пар
}
mentoring-change = Изменить
mentoring-mentor = Наставник
mentoring-mentees = Наставляемые
mentoring-pair-new = Новая пара
mentoring-pair-create = Создать пару
mentoring-pair-needs-mentor = Выберите наставника.
mentoring-pair-needs-mentee = Добавьте хотя бы одного наставляемого.
mentoring-pair-term-hint = Срок пары совпадает со сроком наставника; при необходимости измените его потом.
mentoring-no-mentors = Сначала утвердите наставников (вкладка «Наставники»), затем составьте пары.
mentoring-pairs-hint = Выберите пару, чтобы увидеть её план и журнал.
mentoring-only-stale = Только пары без встреч больше месяца
mentoring-status = Статус
mentoring-status-active = Работает
mentoring-status-completed = Завершена
mentoring-status-ended-early = Прекращена досрочно
mentoring-end-reason = Причина
mentoring-progress-line = Задачи { $done }/{ $tasks } · мероприятия { $activities } · { $hours } ч · последняя встреча { $last }
mentoring-never = ещё не было
mentoring-stale-flag = Нет встреч
mentoring-stale = Встреч не было { $days } дн. (больше { $limit }).
mentoring-stale-count = { $count ->
    [one] { $count } пара без встреч больше месяца
    [few] { $count } пары без встреч больше месяца
   *[other] { $count } пар без встреч больше месяца
}
mentoring-stale-pairs = Пары без встреч больше месяца
mentoring-total = Вся программа
mentoring-plan = Индивидуальный план
mentoring-plan-empty = Задач пока нет.
mentoring-task = Задача
mentoring-task-due = Срок
mentoring-add = Добавить
mentoring-log = Журнал мероприятий
mentoring-log-empty = В журнале пока ничего нет.
mentoring-log-add = Записать
mentoring-activity-date = Дата
mentoring-activity-kind = Вид
mentoring-activity-hours = Часы
mentoring-activity-notes = Примечание
mentoring-hours-short = ч
mentoring-kind-meeting = Встреча
mentoring-kind-consultation = Консультация
mentoring-kind-mentee-lesson = Посещение урока наставляемого
mentoring-kind-mentor-lesson = Посещение урока наставника
mentoring-kind-other = Другое
mentoring-observation = Лист наблюдения урока
mentoring-observation-linked = Наблюдение: { $observation }
mentoring-observation-gone = удалено
mentoring-events-hint = Отметьте мероприятия проекта, относящиеся к программе: слушание, дни открытых дверей, круглые столы.
mentoring-part-pair = Срок и статус

## Пример сети школ и сводка программ, сетей и курсов
summary-programme = Программа наставничества «{ $title }»: пар — { $pairs }, наставников — { $mentors }
summary-programme-progress = Выполнено задач: { $done } из { $tasks } ({ $percent }%); записей в журнале — { $activities }, часов — { $hours }; пар без контакта больше месяца — { $stale }
summary-direction = { $direction }: пар — { $pairs }, выполнено задач — { $done } из { $tasks }
summary-network = Сеть «{ $title }»: школ — { $schools }
summary-year-plan = Годовой план «{ $title }»: строк — { $rows }, проведено — { $held }, просрочено — { $late }
summary-course = Курс «{ $title }» ({ $hours } ч, { $from } – { $to }): участников — { $participants }, завершили — { $passed }
library-example-network = Добавить пример сети школ
library-example-network-body = Второй пример — сеть школ: ведущая школа Караганды и семь её магнитных школ, их годовой план, программа наставничества из двадцати пар и 72-часовой курс.
library-example-network-open = Открыть пример сети школ
print-pair-notes = Что сделано
print-year-audience = Целевая группа
print-year-month-label = Месяц
mentoring-print = Печать
mentoring-term = Срок
mentoring-order = Приказ
export-what-year-plan = Годовой план
export-col-plan-title = Мероприятие
export-col-form = Форма проведения
export-col-host = Организация-организатор
export-col-when = Срок
export-col-responsible = Ответственные
export-col-target = Участники
export-col-planned = Плановое число
export-col-actual = Фактическое число
export-col-product = Ожидаемый результат
export-col-done = Выполнено
cli-people-no-course = Курса с номером { $id } нет. Курсы проекта: { $courses }
course-import-list = Загрузить из списка…
year-plan-year-earlier = На учебный год раньше
year-plan-year-later = На следующий учебный год
print-issue-date-subject = Дата выдачи (если пусто — последний день программы или курса, { $date })
