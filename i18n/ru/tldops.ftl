# Сообщения tldops на русском языке.

## Регионы (ICANN)

region-africa = Африка
region-asia-pacific = Азия/Австралия/Тихий океан
region-europe = Европа
region-latin-america = Латинская Америка/Карибский бассейн
region-north-america = Северная Америка
region-none = Вне корневой зоны

## Время

utc-offset = UTC{ $standard }
utc-offsets-summer = UTC{ $standard }, летом { $summer }
age-days = { $n } { PLURAL($n) ->
        [one] день
        [few] дня
       *[many] дней
    }
age-hours = { $n } { PLURAL($n) ->
        [one] час
        [few] часа
       *[many] часов
    }
age-minutes = { $n } { PLURAL($n) ->
        [one] минуту
        [few] минуты
       *[many] минут
    }
age-moments = несколько мгновений

## Печатный лист

sheet-title = { $directory }: лист экстренных контактов
sheet-title-text = { $directory }: ЛИСТ ЭКСТРЕННЫХ КОНТАКТОВ
sheet-title-serial = { $directory }: лист экстренных контактов, номер { $serial }
sheet-sensitivity = Только для участников TLD-OPS: персональные данные
sheet-verify = Прежде чем выполнять просьбу, проверьте звонящего: перезвоните по номеру из этого листа или проверьте его ключ PGP.
sheet-provenance = { $directory } номер { $serial } · выпущен { $issued } · действует до { $expires } · напечатан { $printed }
sheet-signed-by = подписан { $signers }
sheet-stale = УСТАРЕЛ: срок этого снимка истёк { $expires }; прежде чем полагаться на него, найдите более новый лист
sheet-index = УКАЗАТЕЛЬ
sheet-index-title = Указатель
sheet-page = страница { $page } из { $pages }
sheet-emergency = 24/7
sheet-dial = набирать
sheet-office = рабочий
sheet-mobile = мобильный
sheet-speaks = языки: { $languages }
sheet-note = примечание: { $note }
sheet-qr-one-of-many = Карточка { $who }, только из { $cctld }
sheet-qr-one = Карточка { $who }, { $cctld }
sheet-qr-many = Карточка { $cctld }: { $names }
sheet-nothing = печатать нечего: совпадений нет
sheet-wrote = лист записан ({ $cctlds } ccTLD, { $contacts } { PLURAL($contacts) ->
        [one] контакт
        [few] контакта
        [many] контактов
       *[other] контакта
    }, { $bytes } { PLURAL($bytes) ->
        [one] байт
        [few] байта
        [many] байт
       *[other] байта
    }) в { $path }
sheet-elsewhere = заголовок, нижний колонтитул или указатель
sheet-missing-fonts = предупреждение: ни один шрифт здесь не показывает { $total } { PLURAL($total) ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    } из { $places }; они печатаются как пустые квадраты: установите { $fonts } и напечатайте снова (просмотренные шрифты: { $searched })
sheet-built-in = { $font } (встроенный)
sheet-system-fonts = { $count } { PLURAL($count) ->
        [one] системный шрифт
        [few] системных шрифта
        [many] системных шрифтов
       *[other] системного шрифта
    }

## Устаревание

stale = УСТАРЕЛ: срок снимка { $directory } (номер { $serial }, подписан { $signer }) истёк { $expired } ({ $ago } назад); ответы берутся из него, пока не будет синхронизирован более новый

## find

find-heading-local-time = в городе { $city } сейчас { $time } (UTC{ $offset })
find-column-name = Имя / роль
find-column-reach = Эл. почта / телефоны
find-column-email = Эл. почта
find-column-phones = Телефоны
find-column-keys = PGP / языки
find-office = рабочий { $number }
find-mobile = мобильный { $number }
find-languages = языки { $languages }
find-count = { $contacts } { PLURAL($contacts) ->
        [one] контакт
        [few] контакта
       *[many] контактов
    } в { $cctlds } ccTLD, по данным { $from }
find-snapshot-name = { $directory } номер { $serial }
find-nothing = ничего не найдено по запросу «{ $query }»
find-did-you-mean = может быть, вы имели в виду { $suggestions }?
find-no-contact-yet = { $country } (.{ $label }) есть в корневой зоне, но в каталоге пока нет контакта (`tldops coverage` перечисляет все такие ccTLD)
find-evidence-no-contact = { $evidence }, { $country }: нет контакта в { $directories }; см. `tldops coverage`

## status

status-database-none = база данных { $path } (пока нет)
status-database = база данных { $path } (схема { $schema })
status-current-none = текущий     пока нет: выполните `tldops sync SOURCE`
status-current = текущий     номер { $serial }, выпущен { $issued }, действует до { $expires }
status-signed-by = подписан     { $key }, { $time }
status-contents = содержимое   { $cctlds } ccTLD (из { $root } в корневой зоне), { $contacts } { PLURAL($contacts) ->
        [one] контакт
        [few] контакта
       *[many] контактов
    }
status-synced = синхронизирован { $time } из { $source }
status-message = сообщение    { $id }
status-mail-from = письмо от    { $from } (показано, не проверено)
status-history = история      { $count } { PLURAL($count) ->
        [one] снимок
        [few] снимка
       *[many] снимков
    }{ $serials }
status-serials = {" "}(номера { $serials })
status-pinned = закреплённые ключи { $count } (порог { $threshold })
status-rejected = отклонено    { $count } { PLURAL($count) ->
        [one] сообщение сохранено
        [few] сообщения сохранены
       *[many] сообщений сохранено
    }, о каждом сказано один раз при синхронизации, которая его встретила:
status-rejected-more = и ещё { $count }: `tldops status --json`
status-no-directory = каталогов пока нет: закрепите ключ командой `tldops trust add KEY.asc`

## sync

sync-synced = синхронизировано сообщений со снимками: { $count }; { $new }, уже известных: { $known }, отклонено: { $rejected }
sync-new-none = новых снимков нет
sync-new-one = 1 новый снимок (номер { $serial }, { $cctlds } ccTLD, { $contacts } { PLURAL($contacts) ->
        [one] контакт
        [few] контакта
       *[many] контактов
    })
sync-new-many = новых снимков: { $count } ({ $serials })
sync-serial = { $head }номер { $top }
sync-serials = { $head }номера { $serials }; наибольший { $top }
sync-rejected-before = {" "}(отклонено ранее: { $count }; `tldops status`)
sync-passed-over = ; пропущено других сообщений: { $count }
sync-unpinned = {" "}(подписанных только незакреплёнными ключами: { $count })
sync-unchanged = ; источников без изменений с последней синхронизации: { $count }
sync-unreadable = ; не удалось прочитать файлов: { $count }
sync-empty = ; источников без сообщений: { $count }
sync-since = ; { $directory } с номера { $serial }: контактов добавлено { $added }, удалено { $removed }, изменено { $changed }
sync-review = {" "}(просмотрите их: `tldops diff`)
