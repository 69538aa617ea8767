# Mensajes de tldops en español.

## Regiones (ICANN)

region-africa = África
region-asia-pacific = Asia/Australia/Pacífico
region-europe = Europa
region-latin-america = América Latina/Caribe
region-north-america = América del Norte
region-none = Fuera de la zona raíz

## Hora

utc-offset = UTC{ $standard }
utc-offsets-summer = UTC{ $standard }, { $summer } en verano
age-days = { $n } días
age-hours = { $n } horas
age-minutes = { $n } minutos
age-moments = unos instantes

## La hoja impresa

sheet-title = { $directory }: hoja de contactos de emergencia
sheet-title-text = { $directory }: HOJA DE CONTACTOS DE EMERGENCIA
sheet-title-serial = { $directory }: hoja de contactos de emergencia, número { $serial }
sheet-sensitivity = Solo para miembros de TLD-OPS: datos personales
sheet-verify = Antes de atender una solicitud, verifique a quien llama: devuelva la llamada a un número de esta hoja o compruebe su clave PGP.
sheet-provenance = { $directory } número { $serial } · emitida { $issued } · vence { $expires } · impresa { $printed }
sheet-signed-by = firmada por { $signers }
sheet-stale = CADUCADA: esta instantánea venció el { $expires }; busque una hoja más reciente antes de fiarse de ella
sheet-index = ÍNDICE
sheet-index-title = Índice
sheet-page = página { $page } de { $pages }
sheet-emergency = 24x7
sheet-dial = marcar
sheet-office = oficina
sheet-mobile = móvil
sheet-speaks = habla { $languages }
sheet-note = nota: { $note }
sheet-qr-one-of-many = Tarjeta de { $who }, solo de { $cctld }
sheet-qr-one = Tarjeta de { $who }, { $cctld }
sheet-qr-many = Tarjeta de { $cctld }: { $names }
sheet-nothing = nada que imprimir: no hay coincidencias
sheet-wrote = hoja escrita ({ $cctlds } ccTLD, { $contacts } { PLURAL($contacts) ->
        [one] contacto
        [many] de contactos
       *[other] contactos
    }, { $bytes } bytes) en { $path }
sheet-elsewhere = el encabezado, el pie de página o el índice
sheet-missing-fonts = aviso: ninguna fuente de este equipo muestra { $total } { PLURAL($total) ->
        [one] carácter
        [many] de caracteres
       *[other] caracteres
    } de { $places }; se imprimen como cuadros vacíos: instale { $fonts } e imprima de nuevo (fuentes buscadas: { $searched })
sheet-built-in = { $font } (integrada)
sheet-system-fonts = { $count } { PLURAL($count) ->
        [one] fuente
        [many] de fuentes
       *[other] fuentes
    } del sistema

## Caducidad

stale = CADUCADA: la instantánea de { $directory } (número { $serial }, firmada por { $signer }) venció el { $expired } (hace { $ago }); las respuestas salen de ella hasta que se sincronice una más reciente

## find

find-heading-local-time = son las { $time } en { $city } (UTC{ $offset })
find-column-name = Nombre / cargo
find-column-reach = Correo / teléfonos
find-column-email = Correo
find-column-phones = Teléfonos
find-column-keys = PGP / idiomas
find-office = oficina { $number }
find-mobile = móvil { $number }
find-languages = idiomas { $languages }
find-count = { $contacts } { PLURAL($contacts) ->
        [one] contacto
       *[other] contactos
    } en { $cctlds } { PLURAL($cctlds) ->
        [one] ccTLD
       *[other] ccTLD
    }, según { $from }
find-snapshot-name = { $directory } número { $serial }
find-nothing = nada coincide con «{ $query }»
find-did-you-mean = ¿quiso decir { $suggestions }?
find-no-contact-yet = { $country } (.{ $label }) está en la zona raíz pero aún no tiene contacto en el directorio (`tldops coverage` lista todos esos ccTLD)
find-evidence-no-contact = { $evidence }, en { $country }, que no tiene contacto en { $directories }: vea `tldops coverage`

## status

status-database-none = base de datos { $path } (aún ninguna)
status-database = base de datos { $path } (esquema { $schema })
status-current-none = actual       ninguna aún: ejecute `tldops sync SOURCE`
status-current = actual       número { $serial }, emitida { $issued }, vence { $expires }
status-signed-by = firmada por  { $key } el { $time }
status-contents = contenido    { $cctlds } ccTLD (de { $root } en la zona raíz), { $contacts } { PLURAL($contacts) ->
        [one] contacto
       *[other] contactos
    }
status-synced = sincronizada { $time } desde { $source }
status-message = mensaje      { $id }
status-mail-from = correo de    { $from } (mostrado, no verificado)
status-history = historial    { $count } { PLURAL($count) ->
        [one] instantánea
       *[other] instantáneas
    }{ $serials }
status-serials = {" "}(números { $serials })
status-pinned = claves fijadas { $count } (umbral { $threshold })
status-rejected = rechazados   { $count } { PLURAL($count) ->
        [one] mensaje guardado
       *[other] mensajes guardados
    }, cada uno avisado una vez por la sincronización que lo encontró:
status-rejected-more = y { $count } más: `tldops status --json`
status-no-directory = aún no hay directorio: fije una clave con `tldops trust add CLAVE.asc`

## sync

sync-synced = { $count } { PLURAL($count) ->
        [one] mensaje de instantánea sincronizado
       *[other] mensajes de instantánea sincronizados
    }: { $new }, { $known } ya conocidos, { $rejected } rechazados
sync-new-none = ninguna instantánea nueva
sync-new-one = 1 instantánea nueva (número { $serial }, { $cctlds } ccTLD, { $contacts } { PLURAL($contacts) ->
        [one] contacto
       *[other] contactos
    })
sync-new-many = { $count } instantáneas nuevas ({ $serials })
sync-serial = { $head }número { $top }
sync-serials = { $head }números { $serials }; el más alto { $top }
sync-rejected-before = {" "}({ $count } rechazados antes: `tldops status`)
sync-passed-over = ; { $count } { PLURAL($count) ->
        [one] otro mensaje omitido
       *[other] otros mensajes omitidos
    }
sync-unpinned = {" "}({ $count } firmados solo por claves no fijadas)
sync-unchanged = ; { $count } { PLURAL($count) ->
        [one] fuente sin cambios
       *[other] fuentes sin cambios
    } desde la última sincronización
sync-unreadable = ; { $count } { PLURAL($count) ->
        [one] archivo no se pudo leer
       *[other] archivos no se pudieron leer
    }
sync-empty = ; { $count } { PLURAL($count) ->
        [one] fuente no contenía
       *[other] fuentes no contenían
    } ningún mensaje
sync-since = ; { $directory } desde el número { $serial }: { $added } contactos añadidos, { $removed } eliminados, { $changed } modificados
sync-review = {" "}(revíselos: `tldops diff`)
