# Messages de tldops en français. Typographie : espace fine insécable avant
# ; ! ? et espace insécable avant : (et à l’intérieur des « guillemets »).

## Régions (ICANN)

region-africa = Afrique
region-asia-pacific = Asie/Australie/Pacifique
region-europe = Europe
region-latin-america = Amérique latine/Caraïbes
region-north-america = Amérique du Nord
region-none = Hors de la zone racine

## Heure

utc-offset = UTC{ $standard }
utc-offsets-summer = UTC{ $standard }, { $summer } en été
age-days = { $n } jours
age-hours = { $n } heures
age-minutes = { $n } minutes
age-moments = quelques instants

## La fiche imprimée

sheet-title = { $directory } – fiche des contacts d’urgence
sheet-title-text = { $directory } – FICHE DES CONTACTS D’URGENCE
sheet-title-serial = { $directory } – fiche des contacts d’urgence, numéro { $serial }
sheet-sensitivity = Réservé aux membres de TLD-OPS : données personnelles
sheet-verify = Avant de donner suite à une demande, vérifiez l’appelant : rappelez-le à un numéro de cette fiche, ou vérifiez sa clé PGP.
sheet-provenance = { $directory } numéro { $serial } · émis le { $issued } · expire le { $expires } · imprimé le { $printed }
sheet-signed-by = signé par { $signers }
sheet-stale = PÉRIMÉ : cet instantané a expiré le { $expires } ; cherchez une fiche plus récente avant de vous y fier
sheet-index = INDEX
sheet-index-title = Index
sheet-page = page { $page } sur { $pages }
sheet-emergency = 24 h/24
sheet-dial = composer
sheet-office = bureau
sheet-mobile = portable
sheet-speaks = parle { $languages }
sheet-note = remarque : { $note }
sheet-qr-one-of-many = Carte de { $who } ({ $cctld }) seulement
sheet-qr-one = Carte de { $who }, { $cctld }
sheet-qr-many = Carte de { $cctld } : { $names }
sheet-nothing = rien à imprimer : aucune correspondance
sheet-wrote = fiche écrite ({ $cctlds } ccTLD, { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    }, { $bytes } { PLURAL($bytes) ->
        [one] octet
       *[other] octets
    }) dans { $path }
sheet-elsewhere = l’en-tête, le pied de page ou l’index
sheet-missing-fonts = avertissement : aucune police ici n’affiche { $total } { PLURAL($total) ->
        [one] caractère
       *[other] caractères
    } de { $places } ; ils s’impriment comme des cases vides : installez { $fonts } et imprimez à nouveau (polices cherchées : { $searched })
sheet-built-in = { $font } (intégrée)
sheet-system-fonts = { $count } { PLURAL($count) ->
        [one] police
       *[other] polices
    } du système

## Péremption

stale = PÉRIMÉ : l’instantané { $directory } (numéro { $serial }, signé par { $signer }) a expiré le { $expired } (il y a { $ago }) ; les réponses en viennent jusqu’à ce qu’un plus récent soit synchronisé

## find

find-heading-local-time = il est { $time } à { $city } (UTC{ $offset })
find-column-name = Nom / rôle
find-column-reach = Courriel / téléphones
find-column-email = Courriel
find-column-phones = Téléphones
find-column-keys = PGP / langues
find-office = bureau { $number }
find-mobile = portable { $number }
find-languages = langues { $languages }
find-count = { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    } dans { $cctlds } ccTLD, d’après { $from }
find-snapshot-name = { $directory } numéro { $serial }
find-nothing = aucune correspondance pour « { $query } »
find-did-you-mean = vouliez-vous dire { $suggestions } ?
find-no-contact-yet = { $country } (.{ $label }) est dans la zone racine mais n’a encore aucun contact dans l’annuaire (`tldops coverage` liste tous ces ccTLD)
find-evidence-no-contact = { $evidence }, en { $country }, qui n’a aucun contact dans { $directories } : voir `tldops coverage`

## status

status-database-none = base         { $path } (aucune pour l’instant)
status-database = base         { $path } (schéma { $schema })
status-current-none = actuel       aucun pour l’instant : lancez `tldops sync SOURCE`
status-current = actuel       numéro { $serial }, émis le { $issued }, expire le { $expires }
status-signed-by = signé par    { $key } le { $time }
status-contents = contenu      { $cctlds } ccTLD (sur { $root } dans la zone racine), { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    }
status-synced = synchronisé  { $time } depuis { $source }
status-message = message      { $id }
status-mail-from = courriel de  { $from } (affiché, non vérifié)
status-history = historique   { $count } { PLURAL($count) ->
        [one] instantané
       *[other] instantanés
    }{ $serials }
status-serials = {" "}(numéros { $serials })
status-pinned = clés épinglées { $count } (seuil { $threshold })
status-rejected = rejetés      { $count } { PLURAL($count) ->
        [one] message gardé, signalé
       *[other] messages gardés, chacun signalé
    } une fois par la synchronisation qui l’a rencontré :
status-rejection = { $date } { $reason } : { $detail } ({ $source }{ $message })
status-rejected-more = et { $count } de plus : `tldops status --json`
status-no-directory = aucun annuaire pour l’instant : épinglez une clé avec `tldops trust add CLÉ.asc`

## sync

sync-synced = { $count } { PLURAL($count) ->
        [one] message d’instantané synchronisé
       *[other] messages d’instantanés synchronisés
    } : { $new }, { $known } déjà { PLURAL($known) ->
        [one] connu
       *[other] connus
    }, { $rejected } { PLURAL($rejected) ->
        [one] rejeté
       *[other] rejetés
    }
sync-new-none = aucun nouvel instantané
sync-new-one = 1 nouvel instantané (numéro { $serial }, { $cctlds } ccTLD, { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    })
sync-new-many = { $count } nouveaux instantanés ({ $serials })
sync-serial = { $head }numéro { $top }
sync-serials = { $head }numéros { $serials } ; le plus haut { $top }
sync-rejected-before = {" "}({ $count } { PLURAL($count) ->
        [one] rejeté
       *[other] rejetés
    } auparavant : `tldops status`)
sync-passed-over =  ; { $count } { PLURAL($count) ->
        [one] autre message ignoré
       *[other] autres messages ignorés
    }
sync-unpinned = {" "}({ $count } signés seulement par des clés non épinglées)
sync-unchanged =  ; { $count } { PLURAL($count) ->
        [one] source inchangée
       *[other] sources inchangées
    } depuis la dernière synchronisation
sync-unreadable =  ; { $count } { PLURAL($count) ->
        [one] fichier illisible
       *[other] fichiers illisibles
    }
sync-empty =  ; { $count } { PLURAL($count) ->
        [one] source ne contenait
       *[other] sources ne contenaient
    } aucun message
sync-since =  ; { $directory } depuis le numéro { $serial } : { $added } contacts ajoutés, { $removed } supprimés, { $changed } modifiés
sync-review = {" "}(à examiner : `tldops diff`)
