# Les commandes de recherche et d’export absentes de tldops.ftl.
# Typographie : espace fine insécable avant ; ! ? et espace insécable avant :
# (et à l’intérieur des « guillemets »).

## route

route-cannot-read-directory = impossible de lire { $name } : c’est un répertoire
route-cannot-read = impossible de lire { $name } : { $error }
route-not-listed = plus de { $max } éléments distincts : { $more } occurrences de plus, d’éléments non listés, ont été comptées
route-nothing = aucun domaine, aucune URL ni adresse trouvés dans { $lines } { PLURAL($lines) ->
        [one] ligne
       *[other] lignes
    }
route-summary = { $lines } { PLURAL($lines) ->
        [one] ligne
       *[other] lignes
    } : { $items } { PLURAL($items) ->
        [one] élément
       *[other] éléments
    } sous { $cctlds } ccTLD ({ $covered } avec des contacts), { $unmatched } sous aucun ccTLD, { $skipped } { PLURAL($skipped) ->
        [one] ignoré
       *[other] ignorés
    }
route-items-under = { $count } { PLURAL($count) ->
        [one] élément
       *[other] éléments
    } sous { $cctld } :
route-no-contact = Aucun contact dans TLD-OPS pour { $count } ccTLD (voir `tldops coverage`) :
route-no-contact-line = { $cctld }  { $country } : { $count } { PLURAL($count) ->
        [one] élément
       *[other] éléments
    }
route-under-no-cctld = Sous aucun ccTLD ({ $count } { PLURAL($count) ->
        [one] élément
       *[other] éléments
    }) :
route-skipped = Ignorés, non valides ({ $count }) :
route-skipped-line = { $text } : { $why }
route-generic = `.{ $label }` est un TLD générique : absent de TLD-OPS
route-infrastructure = `.{ $tld }` est le TLD d’infrastructure : absent de TLD-OPS
route-not-in-root-zone = `.{ $tld }` n’est pas un domaine de premier niveau de la zone racine
route-ip-address = une adresse IP : l’acheminement se fait par le nom, pas par la plage d’adresses

## Pourquoi un mot qui ressemble à un élément de preuve est ignoré

route-invalid-empty-label = étiquette vide
route-invalid-label-too-long = une étiquette de { $octets } octets (63 au plus)
route-invalid-name-too-long = un nom de { $octets } octets (253 au plus)
route-invalid-hyphen = l’étiquette `{ $label }` commence ou finit par un trait d’union
route-invalid-punycode = punycode non valide dans `{ $label }`
route-invalid-character = le caractère { $character } n’est pas permis dans un nom d’hôte
route-invalid-idn = nom internationalisé non valide
route-invalid-local-part = partie locale vide ou trop longue
route-invalid-too-long = { $octets } octets de long ({ $max } au plus)
route-invalid-url = URL non valide ({ $error })

## route --drafts

route-no-draft = pas de brouillon pour { $cctld } : aucun de ses contacts n’a d’adresse de courriel
route-wrote-drafts = { $count } { PLURAL($count) ->
        [one] brouillon écrit
       *[other] brouillons écrits
    } dans { $directory } : { $names }
route-kept-drafts = { $count } { PLURAL($count) ->
        [one] brouillon déjà présent dans { $directory } est conservé (passez --force pour le remplacer)
       *[other] brouillons déjà présents dans { $directory } sont conservés (passez --force pour les remplacer)
    } : { $names }
route-draft-directory = impossible de créer le répertoire des brouillons { $path }
route-template-unreadable = impossible de lire le modèle { $path }
route-template-too-large = le modèle { $path } dépasse { $kib } Kio
route-template-invalid = modèle { $path } : { $error }
route-template-no-subject = le modèle doit commencer par une ligne `Subject:`
route-template-no-body = la ligne `Subject:` doit être suivie d’une ligne vide, puis du corps
route-template-unknown = ligne { $line } : champ inconnu `{ $placeholder }` ; champs connus : { $known }
route-template-unclosed = ligne { $line } : une `{"{"}` sans sa `{"}"}` (écrivez `{"{{"}` pour une accolade)
route-template-unopened = ligne { $line } : une `{"}"}` sans sa `{"{"}` (écrivez `{"}}"}` pour une accolade)
route-template-items-place = ligne { $line } : { $items } va dans le corps, en dernier sur sa ligne
route-template-no-items = le corps n’a pas de { $items } : le brouillon ne listerait pas les éléments

# Le brouillon par défaut. Chaque { $nom } tient la place du champ du modèle
# de ce nom, rempli pour chaque ccTLD ; $n_items est route-draft-n-items.
route-draft-subject = [{ $directory }] { $n_items } sous { $cctld } ({ $country }) à votre attention
route-draft-greeting = Bonjour à l’équipe sécurité de { $cctld },
route-draft-found =
    Dans un incident que nous traitons, nous avons relevé sous { $cctld } les
    éléments ci-dessous ({ $n_items }). Ils sont écrits sous forme désamorcée
    (hxxp, [.], [@]) pour qu’aucun logiciel de messagerie n’en fasse des liens.
route-draft-ask = Pourriez-vous les examiner, ou nous dire à qui nous adresser ?
route-draft-thanks = Merci,
route-draft-n-items = { $count } { PLURAL($n) ->
        [one] élément
       *[other] éléments
    }

## show

show-region = région { $region } · dans { $directory } depuis le numéro { $since } · numéro actuel { $serial }
show-region-none = hors de la zone racine
show-seen-title = Historique
show-seen = apparu au numéro { $first } ({ $first_issued })
    modifié au numéro { $changed } ({ $changed_issued })
show-not-a-cctld = .{ $code } n’est pas un ccTLD de la zone racine
show-nothing = aucune correspondance pour `{ $query }` (`tldops find { $query }` propose des termes proches)
show-many = `{ $query }` correspond à { $count } ccTLD : { $list } ; précisez, ou nommez-en un : `tldops show .{ $first }`

## list

list-contacts = { $count } { PLURAL($count) ->
        [one] contact
       *[other] contacts
    }

## coverage

coverage-total = { $covered } ccTLD sur { $total } dans la zone racine { PLURAL($covered) ->
        [one] a
       *[other] ont
    } un contact ({ $ascii_covered } sur { $ascii } en ASCII, { $idn_covered } sur { $idn } IDN) ; { $missing } { PLURAL($missing) ->
        [one] manquant
       *[other] manquants
    }
coverage-total-region = { $covered } ccTLD sur { $total } en { $region } { PLURAL($covered) ->
        [one] a
       *[other] ont
    } un contact ({ $ascii_covered } sur { $ascii } en ASCII, { $idn_covered } sur { $idn } IDN) ; { $missing } { PLURAL($missing) ->
        [one] manquant
       *[other] manquants
    }
coverage-region = { $region } : { $covered } sur { $total } { PLURAL($covered) ->
        [one] couvert
       *[other] couverts
    }, { $missing } { PLURAL($missing) ->
        [one] manquant
       *[other] manquants
    }

## export

export-dir-changed-since = --dir fait du répertoire le miroir de toute la sélection, et ne met déjà à jour que ce qui a changé : retirez --changed-since
export-nothing = rien à exporter
export-nothing-matches = rien à exporter : aucune correspondance pour la requête
export-dir-vcard = --dir écrit une vCard par fichier : utilisez-le avec --format vcard3 ou vcard4
export-excel-csv = --excel va avec --format csv
export-cards = { $count } { PLURAL($count) ->
        [one] carte
       *[other] cartes
    } ({ $version })
export-rows = { $count } { PLURAL($count) ->
        [one] ligne
       *[other] lignes
    }
export-contacts = { $count } { PLURAL($count) ->
        [one] contact
       *[other] contacts
    }
export-wrote = écrit : { $what }, { $bytes } octets, dans { $path }
export-wrote-stdout = écrit : { $what }, { $bytes } octets, sur la sortie standard
export-vdir = { $directory } contient maintenant { $cards } : { $added } { PLURAL($added) ->
        [one] ajoutée
       *[other] ajoutées
    }, { $updated } { PLURAL($updated) ->
        [one] mise à jour
       *[other] mises à jour
    }, { $removed } { PLURAL($removed) ->
        [one] supprimée
       *[other] supprimées
    }, { $unchanged } { PLURAL($unchanged) ->
        [one] laissée telle quelle (inchangée)
       *[other] laissées telles quelles (inchangées)
    }{ $renamed } ; { $bytes } octets écrits
export-vdir-renamed = , { $count } { PLURAL($count) ->
        [one] renommée
       *[other] renommées
    } depuis un UID à l’ancienne
export-vdir-left-alone = { $count } { PLURAL($count) ->
        [one] entrée que tldops n’a pas écrite, laissée telle quelle
       *[other] entrées que tldops n’a pas écrites, laissées telles quelles
    } : { $names }{ $more }
export-and-more = , et { $count } de plus
export-vdir-failed-card = échec : { $name } pour { $who } : { $error }
export-vdir-failed = échec pour { $count } { PLURAL($count) ->
        [one] carte
       *[other] cartes
    } ; chaque carte de { $directory } est entière, ancienne ou nouvelle
export-no-such-serial = { $directory } n’a aucun instantané gardé de numéro { $serial } (gardés : { $kept })
export-people-left = { $count } { PLURAL($count) ->
        [one] personne partie
       *[other] personnes parties
    } depuis le numéro { $serial }, à supprimer à la main : { $names }

## qr

qr-several-cctlds = la requête correspond à des personnes de { $count } ccTLD :
qr-narrow = un code QR contient une personne ou un ccTLD : précisez la requête (`tldops qr .tz`, `tldops qr .tz amani`)
qr-one-per-person = les { $people } personnes de { $cctld } sont trop nombreuses pour un seul code lisible de façon fiable : { $codes } codes, un par personne
qr-point-camera = { $label } ({ $bytes } octets de vCard 3.0, { $modules }×{ $modules } modules) : pointez dessus l’appareil photo d’un téléphone
qr-output-is-for-files = --output va avec --format svg ou png
qr-needs-output = --format svg et png écrivent un fichier : donnez -o FICHIER
qr-exists = { $path } existe déjà : choisissez un autre nom ou passez --force
qr-wrote = code QR de { $label } ({ $bytes } octets de vCard 3.0) écrit dans { $path } ; imprimez-le sur au moins 2,5 cm de large
qr-too-large = la vCard fait { $bytes } octets ; un code QR lisible de façon fiable en contient { $max } au plus : restreignez la requête à une personne
qr-cannot = impossible de créer un code QR : { $error }

## find : une requête lue comme un élément de preuve

find-not-valid-evidence = `{ $word }` ressemble à un domaine, une URL ou une adresse mais n’est pas valide : { $why }
find-evidence-under = { $host } est sous { $cctld }
find-evidence-unmatched = { $host } est sous .{ $tld } : { $why }
find-either = { $first } ou { $second }

## sheet

sheet-pdf-on-terminal = un PDF n’a pas sa place dans un terminal : donnez -o sheet.pdf, ou --format text
sheet-several-directories = la sélection couvre plusieurs annuaires ({ $directories }) : une fiche n’en concerne qu’un ; précisez la requête
sheet-qr-failed = la création des codes QR a échoué
sheet-font-for = une police qui a U+{ $code }
sheet-pdf-failed = impossible d’écrire le PDF : { $error }

## Sélections et requêtes

present-labelled = { $label } : { $text }

selection-not-a-region = `{ $region }` n’est pas une région de l’ICANN : africa, ap, europe, lac ou na
search-too-long = la requête fait { $length } caractères ; { $max } au plus sont permis
search-empty = la requête n’a ni lettre ni chiffre à chercher

## Sources de courriel

mail-empty-file = ne contient aucun message : le fichier est vide
mail-empty-maildir = ne contient aucun message : un Maildir sans rien dans cur/ ni new/
mail-maildir-root = ne contient aucun message dans ses propres cur/ et new/ : c’est la racine d’un Maildir++, dont les dossiers sont { $folders } ; indiquez le dossier de la liste (`tldops sync { $example }`)
mail-empty-directory = ne contient aucun message : ce n’est pas un Maildir (ni cur/ ni new/) et il n’y a aucun fichier .eml
mail-holds-mboxes =  ; il contient les fichiers mbox { $files } : indiquez-en un (`tldops sync { $example }`)
mail-holds-maildirs =  ; il contient les Maildir { $dirs } : indiquez-en un (`tldops sync { $example }`)
mail-not-found = fichier ou dossier introuvable
mail-permission-denied = permission refusée
mail-cannot-read = lecture impossible : { $error }
mail-read-error = erreur de lecture : { $error }

sheet-bad-paper = ce format de papier n’est pas possible pour une page PDF
