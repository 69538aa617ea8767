# Pourquoi un courriel ou un instantané a été rejeté ou ignoré.
# Les détails d’un rejet suivent le code de la raison dans `tldops sync`,
# `verify` et `status` ; la base locale et `--json` les gardent en anglais.
# Limites, nombres, tailles, numéros, chemins, valeurs et messages des
# bibliothèques sont donnés tels quels.

## Lignes des comptes rendus de sync et de verify

reason-line-rejected = rejeté { $label } : { $code } : { $detail }
reason-line-rejected-before = déjà rejeté { $label } : { $code } : { $detail }
reason-line-passed-over = ignoré { $label } : { $detail }
reason-line-passed-over-chatter = ignoré { $label } : pas un instantané
reason-line-notice = avis : { $label } : { $detail }
reason-line-note = { $label } : { $note }
reason-line-oversize = { $source } : ignoré : { $size } octets dépassent la limite de { $mib } Mio par message
reason-verify-rejected = verdict     REJETÉ { $code } : { $detail }
reason-verify-passed-over = { $file } : { $count } { PLURAL($count) ->
        [one] message ignoré, qui ne contient
       *[other] messages ignorés, qui ne contiennent
    } aucun instantané d’une clé épinglée
reason-verify-no-snapshot = { $file } : aucun instantané dans cette boîte aux lettres

## Détails assemblés

reason-at = { $path } : { $what }
reason-then = { $first } ; { $rest }

## Le message et la place d’un instantané

reason-no-snapshot-in-message = aucun instantané signé dans ce message
reason-message-too-big = { $size } octets dépassent la limite de { $max } octets par message
reason-over-message-limit = { $size } octets dépassent la limite par message
reason-several-snapshots = le message contient { $n } instantanés signés ou lignes d’en-tête d’instantané ; un seul est permis
reason-too-many-parts = plus de { $max } parties MIME ; au plus { $max } sont examinées
reason-encoding-broken = l’encodage de transfert { $encoding } est cassé
reason-encoding-unknown = encodage de transfert inconnu `{ $encoding }`
reason-lone-carriage-return = un retour chariot isolé à la ligne { $line } du texte signé
reason-signed-text-too-big = le texte signé fait { $size } octets ; au plus { $max } sont lus
reason-armor-too-big = l’armure de la signature fait { $size } octets ; au plus { $max } sont lus
reason-pgp-mime-parts = une entité PGP/MIME a { $n } parties ; elle doit en avoir 2
reason-pgp-mime-second-part = la seconde partie d’une entité PGP/MIME n’est pas application/pgp-signature
reason-signed-part-too-big = la partie signée fait { $size } octets ; au plus { $max } sont lus
reason-detached-signature-too-big = la signature détachée fait { $size } octets ; au plus { $max } sont lus
reason-signed-part-not-text = la partie signée n’est pas text/plain
reason-signed-part-charset = la partie signée est dans le jeu de caractères `{ $charset }` ; un instantané est en UTF-8
reason-unread-place = { $place } contient une signature de la clé épinglée { $key }, mais le format ne lit jamais à cet endroit (section 3) : demandez aux administrateurs de la liste si le serveur de liste a changé sa façon d’envoyer le courrier
reason-place-html = une partie HTML
reason-place-nested-multipart = un multipart imbriqué (les parties imbriquées ne sont jamais lues)
reason-place-enclosed-twice = un message joint à un message joint
reason-place-text-attachment = une pièce jointe text/plain
reason-place-attachment = une pièce jointe

## La signature

reason-signed-data-packed = les données signées sont compressées ou chiffrées ; un instantané est du texte brut signé
reason-not-text-signature = un instantané signé en clair exige une signature de texte (type 0x01), pas { $found }
reason-no-signature = aucune signature trouvée
reason-signature-ahead = la signature de { $key } est datée de plus de { $hours } h en avance sur cette horloge
reason-signature-policy = la signature de { $key } est refusée par la politique standard : { $message }
reason-signature-bad = la signature de { $key } ne se vérifie pas : { $message }
reason-key-not-valid = la clé signataire { $key } n’était pas valide quand elle a signé : { $message }
reason-key-unbound = une clé de { $key } n’est pas valablement liée : { $message }
reason-signature-malformed = signature mal formée : { $message }
reason-signature-unsupported = signature non prise en charge : { $message }
reason-verifier-said = { $message }
reason-signature-unprocessed = la signature n’a pas pu être traitée : { $message }
reason-signed-unfinished = le message signé n’a pas été traité jusqu’au bout
reason-payload-over = le contenu signé dépasse { $max } octets ({ $size } lus)
reason-payload-too-big = le contenu signé fait { $size } octets ; au plus { $max } permis
reason-signature-too-big = la signature fait { $size } octets ; au plus { $max } sont lus
reason-armor-unreadable = l’armure de la signature est illisible : { $message }
reason-armor-not-signature = l’armure de la signature n’est pas une PGP SIGNATURE
reason-signature-block-empty = le bloc de signature est vide
reason-signature-block-packet = le bloc de signature contient un paquet { $packet } ; seules les signatures sont permises
reason-signature-packets = { $n } paquets de signature ; au plus { $max } sont lus
reason-signature-block-malformed = le bloc de signature est mal formé : { $what }
reason-packet-not-openpgp = pas un paquet OpenPGP
reason-packet-partial = une longueur de corps partielle
reason-packet-truncated = un en-tête de paquet tronqué
reason-packet-indeterminate = une longueur indéterminée
reason-packet-too-long = un paquet plus long que le bloc

## Qui a signé, et pour quoi

reason-unpinned-only = signé seulement par des clés non épinglées
reason-no-pinned-signature = aucune signature d’une clé épinglée
reason-wrong-directory = l’annuaire `{ $directory }` n’est pas de ceux pour lesquels { PLURAL($signers) ->
        [one] la clé signataire est épinglée
       *[other] les clés signataires sont épinglées
    }
reason-threshold = { $signed } { PLURAL($signed) ->
        [one] clé épinglée a signé
       *[other] clés épinglées ont signé
    } ; l’annuaire `{ $directory }` en exige { $needs }
reason-threshold-now = { $signed } { PLURAL($signed) ->
        [one] des clés signataires se porte garante
       *[other] des clés signataires se portent garantes
    } du numéro { $serial } de `{ $directory }` ; il en faut { $needs }
reason-key-retired = la clé { $key } a été retirée au numéro { $at } par une passation signée ; elle ne se porte garante d’aucun numéro ultérieur de `{ $directory }`, et celui-ci est le numéro { $serial }
reason-handover-next-short = la passation vers { $keys } { PLURAL($keys) ->
        [one] clé
       *[other] clés
    } est signée par { $signed } de ses clés suivantes et en exige { $needs } : signée d’un seul côté, elle ne change rien
reason-handover-next-only = une passation de `{ $directory }` signée seulement par ses clés suivantes : les clés épinglées aujourd’hui doivent la signer aussi, elle ne change donc rien
reason-issued-ahead = la date d’émission { $issued } a plus de { $hours } h d’avance sur cette horloge ({ $now })

## Face à l’historique gardé

reason-equivocation = le numéro { $serial } de `{ $directory }` est déjà gardé avec un contenu différent (sha256 { $here } ici, { $kept } gardé) : une clé de signature a été détournée ou le secrétariat s’est trompé
reason-out-of-step = le numéro { $serial } émis le { $issued } est en décalage avec le numéro gardé { $kept } émis le { $kept_issued }

## Le document

reason-not-utf8 = pas de l’UTF-8 valide (à l’octet { $byte })
reason-not-toml-at-line = pas du TOML valide à la ligne { $line } : { $message }
reason-not-toml = pas du TOML valide : { $message }
reason-format-later = l’instantané est au format `{ $format }`, que cette version de tldops ne lit pas : mettez tldops à jour
reason-format-other = `{ $format }` n’est pas `{ $want }`
reason-missing = absent
reason-empty = est vide
reason-not-table = doit être une table
reason-not-string = doit être une chaîne
reason-not-integer = doit être un entier
reason-not-array-of-tables = doit être un tableau de tables
reason-not-array-of-strings = doit être un tableau de chaînes
reason-not-array-of-fingerprints = doit être un tableau d’empreintes
reason-not-array-of-base64 = doit être un tableau de chaînes base64
reason-not-datetime = doit être une date-heure avec décalage (2026-11-01T06:00:00Z)
reason-datetime-incomplete = doit être une date-heure avec une date, une heure et un décalage
reason-invalid-datetime = date-heure invalide : { $message }
reason-expires-before-issued = doit être postérieur à `issued`
reason-serial-outside = { $n } est hors de l’intervalle 1 à 2^53-1
reason-entries-between = contient { $n } entrées ; de 1 à { $max } permises
reason-entries-at-most = contient { $n } entrées ; au plus { $max } permises
reason-length-between = fait { $n } caractères ; de { $min } à { $max } permis
reason-length-at-most = fait { $n } caractères ; au plus { $max } permis
reason-forbidden-character = contient le caractère interdit { $code }
reason-unprintable = doit être fait de caractères imprimables, pas de { $code }
reason-space-at-ends = ne doit ni commencer ni finir par une espace
reason-same-identity = a la même identité ({ $identity }) que { $first } ; deux personnes peuvent partager un nom, jamais une identité
reason-no-address = ne contient aucune adresse ; de 1 à 5 permises
reason-id-character = `{ $character }` n’est pas permis dans un identifiant : seulement A-Z a-z 0-9 . _ -
reason-not-language-tag = `{ $value }` n’est pas une étiquette de langue BCP 47
reason-not-fingerprint = `{ $value }` n’est pas une empreinte OpenPGP (40 ou 64 chiffres hexadécimaux)

## Codes de ccTLD

reason-code-repeated = `{ $code }` apparaît plus d’une fois
reason-code-leading-dot = `{ $code }` doit s’écrire sans point initial
reason-code-upper-case = `{ $code }` doit être en minuscules
reason-code-not-cctld = `{ $code }` n’est pas un ccTLD : deux lettres (`tz`), ou un ccTLD IDN (`xn--p1ai`, `рф`)
reason-code-not-one-label = `{ $code }` n’est pas une seule étiquette
reason-code-not-idn = `{ $code }` n’est pas une étiquette de ccTLD IDN valide

## Adresses de courriel

reason-not-mail-address = `{ $value }` n’est pas une adresse de courriel (local@domaine) : { $why }
reason-mail-no-at = il n’y a pas de @
reason-mail-nothing-before-at = rien avant le @
reason-mail-local-too-long = plus de 64 octets avant le @
reason-mail-bare-quote = une partie locale entre guillemets avec un `"` ou un `\` non échappé
reason-mail-empty-atom = une partie vide entre deux points avant le @
reason-mail-local-character = un caractère non permis avant le @
reason-mail-nothing-after-at = rien après le @
reason-mail-address-literal = une adresse littérale, pas un domaine
reason-mail-empty-label = une étiquette vide dans le domaine
reason-mail-invalid-domain = pas un domaine valide
reason-mail-one-label = un domaine d’une seule étiquette
reason-mail-domain-too-long = un domaine de plus de 253 octets
reason-mail-label-characters = une étiquette de domaine qui n’est pas faite de lettres, de chiffres et de traits d’union intérieurs
reason-mail-numeric-tld = un domaine de premier niveau numérique

## Numéros de téléphone

reason-not-phone = `{ $value }` n’est pas un numéro international : { $why }
reason-phone-plus-first = il doit commencer par +
reason-phone-digits-after-plus = des chiffres doivent suivre le +
reason-phone-character = `{ $character }` n’est pas permis
reason-phone-digit-last = il doit finir par un chiffre
reason-phone-parentheses = parenthèses déséquilibrées

## Une passation de clés (`[rotation]`)

reason-keys-between = contient { $n } clés ; de 1 à { $max } permises
reason-key-repeated = nomme une clé déjà listée
reason-next-threshold-outside = { $n } est hors de l’intervalle 1 à { $max } (le nombre de clés suivantes)
reason-certs-at-most = contient { $n } certificats ; au plus { $max }
reason-cert-not-next = est le certificat de { $key }, qui n’est pas dans `next_keys`
reason-cert-second = est un second certificat pour { $key }
reason-cert-none = ne contient aucun certificat pour la clé suivante { $key }
reason-cert-too-long = fait { $n } caractères ; un certificat fait au plus { $max } octets
reason-cert-not-base64 = n’est pas du base64 (RFC 4648, sur une ligne) : { $message }
reason-cert-not-binary = n’est pas un certificat OpenPGP binaire
reason-cert-not-one = n’est pas un certificat OpenPGP unique : { $message }
reason-cert-secret = contient une clé secrète ; seuls les certificats publics ont leur place ici
