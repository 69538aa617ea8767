# Clés, publication, et erreurs du magasin et de la configuration.
# Chemins, empreintes, numéros, options et noms de commandes restent tels
# quels.

## Comment une erreur est dite

error-said = tldops: erreur : { $message }
warning-said = tldops: avertissement : { $message }
refused-said = tldops: refusé : { $message }

## La configuration et où sont les choses

origin-config-file = le fichier de configuration
origin-os-default = l’emplacement par défaut du système
origin-config-flag = --config ou TLDOPS_CONFIG
origin-data-dir-config = data_dir dans { $path }
origin-data-dir-default = le répertoire de données par défaut ; --data-dir ou TLDOPS_DATA_DIR en choisissent un autre
origin-data-dir-from = le répertoire de données donné par { $origin }
config-no-config-dir = aucun répertoire de configuration sur ce système : définissez TLDOPS_CONFIG_DIR
config-no-data-dir = aucun répertoire de données sur ce système : définissez TLDOPS_DATA_DIR
config-directory-name = { $path } : nom d’annuaire `{ $name }` : { $problem }
config-at-least-one = { $path } : { $key } doit valoir au moins 1
config-lang = { $path } : lang = "{ $lang }" n’est pas une langue que tldops parle : en, fr, es, ru, ar ou zh
config-now = TLDOPS_NOW=`{ $value }` n’est pas une heure RFC 3339
config-cannot-read = impossible de lire le fichier de configuration { $path }
config-not-valid = le fichier de configuration { $path } n’est pas valide
config-sources-line = une ligne `sources` de { $path } est illisible : { $problem }
config-sources-problem = ligne { $line } : { $problem } (écrivez-la `sources = ["~/Mail/tld-ops"]`)
config-key-not-pinned = { $directory } : la clé { $key } figure dans { $path } mais n’est pas épinglée pour cet annuaire : `tldops trust add CLÉ.asc --directory { $directory }`

## L’instantané actuel

no-snapshot-yet = aucun instantané pour l’instant dans { $path } ({ $origin }) : épinglez la clé du secrétariat (`tldops trust add CLÉ.asc`), puis lancez `tldops sync ~/Mail/tld-ops`
no-snapshot-of-directory = aucun instantané de l’annuaire `{ $directory }` n’est gardé ; les annuaires gardés sont { $kept }
error-database-create = impossible de créer la base locale { $path }

## doctor

doctor-problem = PROBLÈME
doctor-ok = ok
doctor-fix = remède : { $fix }
doctor-all-well = tout va bien
doctor-problems = { $count } { PLURAL($count) ->
        [one] problème
       *[other] problèmes
    }
doctor-config-unreadable = la configuration est illisible : { $problem }
doctor-config-unreadable-fix = corrigez-la (`tldops example-config` affiche un exemple commenté)
doctor-config-parses = la configuration { $path } se lit
doctor-config-none = aucun fichier de configuration dans { $path } (les valeurs par défaut s’appliquent)
doctor-sources-fix = écrivez `sources` comme une liste de chemins (`tldops example-config` affiche un exemple commenté)
doctor-no-database = pas encore de base locale dans { $path }
doctor-no-database-fix = épinglez la clé du secrétariat (`tldops trust add CLÉ.asc`), puis `tldops sync`
doctor-database-unreadable = la base locale est illisible : { $problem }
doctor-database-unreadable-fix = mettez { $path } de côté et synchronisez à nouveau depuis votre courrier (chaque instantané s’y trouve), puis épinglez à nouveau les clés
doctor-integrity = le contrôle d’intégrité de la base locale passe
doctor-damaged = la base locale est endommagée : { $problems }
doctor-damaged-fix = mettez { $path } de côté et synchronisez à nouveau depuis votre courrier (chaque instantané s’y trouve)
doctor-unchecked = la base locale ne peut pas être contrôlée : { $problem }
doctor-unchecked-fix = mettez { $path } de côté et synchronisez à nouveau
doctor-config-key-fix = épinglez-la, ou retirez-la de la configuration si elle n’est pas attendue
doctor-no-snapshot = { $directory } : aucun instantané gardé pour l’instant
doctor-no-snapshot-fix = lancez `tldops sync` sur le dossier de courrier de la liste
doctor-stale = { $directory } : le numéro { $serial } est PÉRIMÉ depuis le { $since } ({ $days } { PLURAL($days) ->
        [one] jour
       *[other] jours
    })
doctor-stale-fix = synchronisez ; si la liste n’a rien envoyé de plus récent, interrogez le secrétariat (les données répondent toujours en attendant)
doctor-fresh = { $directory } : numéro { $serial }, à jour jusqu’au { $until } (encore { $days } { PLURAL($days) ->
        [one] jour
       *[other] jours
    })
doctor-clock-behind = cette horloge ({ $now }) retarde sur l’heure d’émission de l’instantané le plus récent ({ $issued })
doctor-clock-behind-fix = réglez l’horloge du système (la péremption et l’heure des signatures en dépendent)
doctor-clock = l’horloge ne retarde pas sur l’instantané le plus récent
doctor-mode = { $path } est en { $mode }, pas en { $want }
doctor-private = le répertoire de données et la base locale sont privés (0700, 0600)
doctor-loose = données de contact lisibles par d’autres : { $files }
doctor-loose-fix = chmod 700 { $path } ; chmod 600 les fichiers qu’il contient
doctor-key-compromised = la clé { $key } est épinglée mais révoquée comme compromise : elle ne garantit plus rien
doctor-key-invalid = { $directory } : la clé { $key } n’est pas valide maintenant : { $problem }
doctor-key-merge-fix = fusionnez le certificat mis à jour du secrétariat (`tldops trust add CLÉ.asc`)
doctor-key-revoked = { $directory } : la clé { $key } est révoquée
doctor-key-revoked-fix = épinglez la clé que le secrétariat a annoncée pour la remplacer, puis retirez celle-ci avec `tldops trust remove`
doctor-key-cannot-sign = { $directory } : la clé { $key } n’a plus de sous-clé de signature en vigueur
doctor-key-expires = { $directory } : la clé { $key } expire le { $expires } (d’ici { $days } jours)
doctor-key-expires-fix = demandez au secrétariat le certificat prolongé et fusionnez-le (`tldops trust add CLÉ.asc`)
doctor-key-valid = { $directory } : la clé { $key } est valide
doctor-one-key = { $directory } : une seule clé est épinglée ; si elle est perdue ou volée, plus personne ne peut signer
doctor-one-key-fix = épinglez aussi la clé de secours hors ligne du secrétariat (`tldops trust add SECOURS.asc`)
doctor-no-key-vouches = { $directory } : aucune clé ne garantit les nouveaux instantanés
doctor-no-key-vouches-fix = épinglez la clé que le secrétariat a annoncée (`tldops trust add CLÉ.asc`)
doctor-no-key = aucune clé n’est épinglée : aucun instantané ne peut être jugé fiable
doctor-no-key-fix = épinglez la clé du secrétariat : `tldops trust add CLÉ.asc`
doctor-no-sources = aucune source configurée (sync lit ce qu’on lui donne)
doctor-source-missing = la source { $source } n’existe pas
doctor-source-missing-fix = corrigez `sources` dans { $path }
doctor-source-never = la source { $source } n’a jamais été synchronisée
doctor-source-empty = la source { $source } ne contenait aucun message à la dernière synchronisation
doctor-source-empty-fix = faites pointer `sources` vers le fichier mbox ou le dossier Maildir où votre logiciel de courrier range la liste
doctor-source-mail = la source { $source } contenait du courrier à la dernière synchronisation
error-cause = { $message } : { $cause }

## paths

paths-config = configuration
paths-data = données
paths-database = base
paths-language = langue
paths-keys = clés
paths-journal = journal
paths-clock = horloge
paths-from = { $path } (d’après { $origin })
paths-from-absent = { $path } (d’après { $origin }, absent : les valeurs par défaut s’appliquent)
paths-language-default = la valeur par défaut
paths-keys-where = épinglées dans la base locale (`tldops trust list`)
paths-journal-where = { $path } (ce que `tldops publish` a envoyé, pour le secrétariat)
paths-clock-fixed = { $time } (fixée par TLDOPS_NOW)

## Fichiers

cannot-read = impossible de lire { $path }

## trust

trust-bad-directory = --directory `{ $directory }` : { $problem } ; le nom d’annuaire d’un instantané est { $rule }
trust-stdin = l’entrée standard
trust-stdin-unreadable = impossible de lire l’entrée standard
trust-stdin-too-large = l’entrée standard contient plus de { $mib } Mio : ce n’est pas un certificat
trust-not-a-cert = { $path } n’est pas un certificat OpenPGP
trust-many-certs = { $path } contient { $count } certificats ; donnez-les un par un
trust-secret-stripped = { $path } contient une clé secrète : seul le certificat public est gardé
trust-pinned = { $key } épinglée pour l’annuaire { $directory }
trust-updated = { $key } mise à jour pour l’annuaire { $directory }
trust-label-user-id = identité
trust-label-state = état
trust-label-history = historique
trust-label-current = actuel
trust-label-directory = annuaire
trust-compromised = cette clé est révoquée comme compromise : elle ne garantit plus rien, pas même le passé
trust-cannot-sign = cette clé ne peut pas signer maintenant ({ $state }) : les nouveaux instantanés demanderont une autre clé
trust-revokes-unpinned = { $path } révoque une clé qui n’est pas épinglée ici ({ $keys }) : rien n’a changé
trust-revocation-bad = { $path } : la révocation de { $key } ne se vérifie pas ({ $problem }) : rien n’a changé
trust-revocation-merged = révocation fusionnée dans { $key }
trust-reassessed = { $count } { PLURAL($count) ->
        [one] instantané gardé a changé
       *[other] instantanés gardés ont changé
    } d’état
trust-none = aucun
trust-no-key = aucune
trust-serial = numéro { $serial }
trust-current-changed = { $directory } : { $now } (auparavant { $was })
trust-state-invalid = non valide maintenant : { $problem }
trust-state-revoked = révoquée
trust-state-dead = pas en vigueur maintenant : { $problem }
trust-state-no-signing = valide, mais sans sous-clé de signature en vigueur
trust-state-valid = valide, { $count } { PLURAL($count) ->
        [one] clé de signature
       *[other] clés de signature
    }
trust-standing-compromised = révoquée comme compromise : ne garantit plus rien, pas même le passé
trust-standing-handover = épinglée par la passation au numéro { $serial }
trust-standing-by-hand = épinglée à la main
trust-standing-retired = retirée au numéro { $serial } : ne garantit que les numéros jusqu’à { $serial }
trust-standing-pinned = épinglée
trust-none-pinned = aucune clé n’est encore épinglée : `tldops trust add CLÉ.asc`
trust-handover = passation dans { $directory } au numéro { $serial } : retirées { $retired } ; épinglées { $pinned } ; seuil { $threshold }
trust-not-pinned = { $key } n’est pas épinglée
trust-not-pinned-for = { $key } n’est pas épinglée pour { $directory }
trust-unpinned = { $key } désépinglée ({ $directories }) : elle ne garantit plus rien désormais, pas même le passé

## history

history-not-vouched = PLUS GARANTI : une clé dont il dépendait a été révoquée comme compromise ou retirée
history-first = premier gardé
history-unchanged = aucun contact modifié
history-row = numéro { $serial } émis le { $issued }  expire le { $expires }  { $cctlds } ccTLD { $contacts } contacts  { $changes }
history-count = { $count } { PLURAL($count) ->
        [one] instantané
       *[other] instantanés
    }

## diff

diff-several = plusieurs annuaires sont gardés ({ $directories }) : choisissez-en un avec --directory
diff-nothing-before = { $directory } n’a aucun instantané avant le numéro { $serial } auquel le comparer
diff-no-serial = { $directory } n’a aucun instantané gardé de numéro { $serial } (gardés : { $kept })
diff-heading = { $directory } numéro { $old } → { $new } : { $added } { PLURAL($added) ->
        [one] ajouté
       *[other] ajoutés
    }, { $removed } { PLURAL($removed) ->
        [one] supprimé
       *[other] supprimés
    }, { $changed } { PLURAL($changed) ->
        [one] modifié
       *[other] modifiés
    }
diff-none = (aucun)
diff-cctld-new = nouveau ccTLD
diff-cctld-gone = ccTLD disparu

## publish

publish-give-roster = donnez une LISTE et --serial
publish-roster-problems = { $roster } : { $count } { PLURAL($count) ->
        [one] problème
       *[other] problèmes
    } ; rien n’a été signé
publish-other-directory = { $roster } est pour l’annuaire `{ $theirs }`, pas `{ $ours }`
publish-bad-directory = annuaire `{ $directory }` : { $problem }
publish-serial-range = --serial { $serial } n’est pas entre 1 et 2^53-1
publish-serial-differs = { $roster } indique le numéro { $theirs }, mais --serial vaut { $serial }
publish-too-large = l’instantané fait { $bytes } octets ; les lecteurs en acceptent au plus { $max }
publish-resend = le numéro { $serial } de { $directory } a déjà été publié avec ce contenu : il est renvoyé à l’identique (les membres le voient comme déjà connu)
publish-give-key = donnez la clé qui signe : --key CLÉ-SECRÈTE (deux fois pour deux signataires)
publish-give-to = donnez l’adresse de la liste : --to ADRESSE, ou list_address sous [directory."{ $directory }"] dans la configuration
publish-note-file = --note sert à un courriel ; un fichier nu (--carrier file) n’a pas de texte d’accompagnement
publish-twice = { $key } est donnée deux fois comme { $flag }
publish-handover-signers = une passation doit aussi être signée par ses clés suivantes : { $signing } d’entre elles signent, { $threshold } requises ; donnez aussi leurs clés secrètes avec --key
publish-no-user-id = la clé n’a pas d’identité : donnez --from
publish-to-self = le destinataire est l’adresse même de l’expéditeur ({ $address }) : un serveur de liste retient ou jette un tel courriel ; envoyez-le à l’adresse de la liste
publish-carrier-file = fichier signé en clair
publish-carrier-inline = courriel signé en ligne
publish-carrier-pgp-mime = courriel PGP/MIME
publish-and = {" "}et{" "}
publish-wrote = numéro { $serial } de { $directory } écrit ({ $cctlds } ccTLD, { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    }, { $what }), signé par { $signers }, dans { $path }
publish-printed = numéro { $serial } de { $directory } affiché ({ $cctlds } ccTLD, { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    }, { $what }), signé par { $signers }
publish-next-threshold = --next-threshold { $threshold } n’est pas entre 1 et { $keys } (le nombre de clés --rotate-to)
publish-next-keys = au plus { $max } clés suivantes
publish-not-one-cert = { $path } n’est pas un certificat OpenPGP unique : { $problem }
publish-cert-too-large = le certificat de { $key } fait { $bytes } octets même sans signatures de tiers ; au plus { $max } tiennent
publish-dry-run = Essai à blanc : numéro { $serial } de { $directory }, émis le { $issued }, expire le { $expires } (dans { $days } jours) : { $cctlds } ccTLD, { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    }. Rien n’est signé ni écrit.
publish-dry-run-first = Aucun numéro antérieur dans le journal : les membres qui n’en ont aucun voient chaque contact comme nouveau.
publish-dry-run-changes = Ce que les membres verront changer depuis le numéro { $serial } (émis le { $issued }) : { $added } ajoutés, { $removed } supprimés, { $changed } modifiés
publish-no-warnings = Aucun avertissement.
publish-warnings = { $count } { PLURAL($count) ->
        [one] avertissement
       *[other] avertissements
    } :
publish-self-check-other = autocontrôle : un membre lirait le contenu { $sha256 } signé par { $signers }, pas ce qui était voulu ; rien n’est écrit
publish-self-check-rejected = autocontrôle : tous les membres rejetteraient cet envoi ({ $reason } : { $detail }) ; rien n’est écrit
publish-self-check-not-one = autocontrôle : un membre ne trouverait pas exactement un instantané dans cet envoi ; rien n’est écrit
publish-equivocation = le numéro { $serial } a été publié le { $recorded } avec un autre contenu (SHA-256 { $sha256 }) : envoyer ceci sous le même numéro serait une équivoque, que chaque membre rejette comme un mauvais usage de clé ; utilisez le numéro { $next } pour la nouvelle liste
publish-no-copy = (le journal ne contient aucune copie lisible à comparer)
publish-import-no-key = aucune clé pour vérifier le fichier : épinglez les clés de l’annuaire (`tldops trust add`) ou donnez --key
publish-no-signed-snapshot = { $path } ne contient aucun instantané signé
publish-import-known = le numéro { $serial } de { $directory } est déjà dans le journal, avec ce contenu
publish-import-conflict = { $path } contient le numéro { $serial } de { $directory } avec le SHA-256 { $sha256 }, mais le journal indique { $journal } : le journal reste tel quel ; vérifiez lequel les membres ont reçu
publish-import-recorded = journal : numéro { $serial } de { $directory } enregistré (émis le { $issued }, signé par { $signers }) ; le dernier numéro publié est { $last }
publish-signing-failed = la signature a échoué : { $problem }
publish-note-control = --note { $path } : contient le caractère de contrôle { $character }
publish-note-dashes = --note { $path } : une ligne commençant par ----- pourrait passer pour le début d’un bloc signé
publish-note-utf8 = --note { $path } : pas en UTF-8
publish-file-too-large = { $path } fait { $bytes } octets ; un instantané fait au plus { $max }
publish-bad-time = { $flag } `{ $value }` n’est pas une heure RFC 3339 comme 2026-11-01T06:00:00Z
publish-bad-duration = `{ $value }` n’est pas une durée comme 45d, 36h ou 90m

## cosign

cosign-many = { $path } contient plus d’un instantané signé
cosign-already = { $path } est déjà signé par { $key }
cosign-not-a-snapshot = { $path } : le texte signé n’est pas un instantané : { $problem }
cosign-self-check-rejected = autocontrôle : un membre rejetterait l’envoi cosigné ({ $reason } : { $detail }) ; rien n’est écrit
cosign-self-check-other = autocontrôle : l’envoi cosigné ne se vérifie pas comme le même instantané ; rien n’est écrit
cosign-added = signature de { $key } ajoutée à { $path } ({ $count } signatures ; vérifiées ici par { $signers }), { $output } écrit
cosign-armor-elsewhere = l’armure de signature n’est pas là où elle était attendue
cosign-armor-twice = l’armure de signature apparaît deux fois
cosign-handled = un courriel { $kind } : cosignez l’envoi tel que `tldops publish` l’a écrit, avant qu’un serveur de liste ne le traite
cosign-no-armor = aucune armure de signature dans le courriel tel qu’écrit (a-t-il été réencodé ?)
cosign-two-armors = le courriel contient deux armures de signature
cosign-armor-no-end = l’armure de signature n’a pas de ligne de fin

## Fichiers écrits, la base locale, le vdir

cannot-open = impossible d’ouvrir { $path }
cannot-write = impossible d’écrire { $path }
cannot-create = impossible de créer { $path }
atomic-directory = { $path } est un répertoire : nommez un fichier
atomic-exists = { $path } existe déjà : choisissez un autre nom ou passez --force
atomic-no-directory = impossible d’écrire { $path } : le répertoire { $directory } n’existe pas
atomic-not-a-name = { $path } n’est pas un nom de fichier
store-cannot-open = impossible d’ouvrir la base locale { $path }
store-cannot-set-up = impossible de préparer la base locale { $path }
store-not-tldops = { $path } n’est pas une base tldops
store-newer = la base locale { $path } a été faite par un tldops plus récent (schéma { $schema } ; celui-ci connaît jusqu’au { $known }) : mettez tldops à jour ; la base n’a pas été touchée
store-migrating = migration de { $path } vers le schéma { $schema }
store-migration-broken = migration de { $path } : la table { $table } renvoie à des lignes disparues ; la base n’a pas été modifiée
store-locked = la base locale { $path } est verrouillée ou en lecture seule
store-cannot-create-dir = impossible de créer le répertoire de données { $path }
store-cannot-create = impossible de créer la base locale { $path }
store-cert-copy-damaged = la copie gardée de ce certificat est endommagée
store-cert-damaged = le certificat gardé { $key } est endommagé
store-pin-date-damaged = l’épinglage de { $key } a une date endommagée
store-kept-date-damaged = l’instantané gardé numéro { $serial } de { $directory } a une date endommagée
vdir-unreadable = illisible
vdir-a-directory = un répertoire
vdir-not-regular = pas un fichier ordinaire
vdir-not-vcf = pas une fiche .vcf
vdir-not-tldops = pas une fiche de tldops
vdir-too-large = trop grand pour une fiche de tldops
vdir-not-single = pas une vCard unique
vdir-unparsable = pas une vCard que tldops sait lire
vdir-lookalike = un nom à la tldops, mais pas une fiche écrite par tldops
vdir-not-a-directory = { $path } n’est pas un répertoire
vdir-foreign = { $path } contient { $count } fichier(s) et aucune fiche écrite par tldops : est-ce le bon répertoire ? Passez --force pour ajouter les fiches de tldops à côté (tldops ne supprime jamais un fichier qu’il n’a pas écrit)
vdir-not-ours = le fichier présent n’a pas été écrit par tldops ; il a été laissé tel quel
vdir-old-not-removed = ancienne fiche non supprimée : { $problem }
vdir-who-left = une personne partie
vdir-not-removed = non supprimée : { $problem }

## Clés de signature

sign-not-a-key = { $path } n’est pas une clé OpenPGP
sign-not-valid-at = la clé de { $path } n’est pas valide au { $time }
sign-no-secret-signing-key = { $path } ne contient aucune clé secrète de signature en vigueur et non révoquée au { $time }
sign-passphrase-file = impossible de lire le fichier de phrase secrète { $path }
sign-passphrase-prompt = Phrase secrète pour { $path } :
sign-no-terminal = impossible de demander la phrase secrète (pas de terminal ?) : donnez --passphrase-file
sign-wrong-passphrase = mauvaise phrase secrète pour { $path }
sign-no-signing-key = { $path } ne contient aucune clé de signature en vigueur et non révoquée au { $time }
sign-no-agent-feature = { $path } contient un certificat mais pas de clé secrète : signer avec une clé de gpg-agent demande un tldops construit avec `--features gpg-agent` (qui demande le compilateur Cap’n Proto, paquet Debian capnproto)
sign-no-agent = { $path } ne contient pas de clé secrète, et l’agent de GnuPG est injoignable pour signer avec
sign-agent-refuses = impossible d’utiliser gpg-agent pour la clé de { $path }
sign-rsa = la clé de signature de { $path } est RSA : tldops signe avec le moteur OpenPGP en Rust pur, dont l’arithmétique RSA sur clé privée n’est pas à temps constant (RUSTSEC-2023-0071), et refuse donc de signer en RSA ; créez une clé Ed25519 (`sq key generate --cipher-suite cv25519` ou `gpg --quick-gen-key NAME ed25519 sign`) et annoncez son empreinte
sign-armor-unreadable = l’armure de signature est illisible
sign-foreign-packet = le bloc de signature contient un paquet { $tag }
sign-block-unreadable = le bloc signé est illisible

## Le journal de ce qui a été publié

journal-cannot-read = impossible de lire le journal { $path }
journal-unreadable = le journal { $path } est illisible ; il reste tel quel : réparez-le, ou déplacez-le et importez le dernier fichier publié avec `tldops publish --journal-from FILE`
journal-version = le journal { $path } est en version { $version } ; ce tldops lit la version { $known }
journal-issued-ahead = l’émission { $issued } est plus de { $minutes } minutes en avance sur cette horloge ({ $now }) : les membres la tiendraient pour future ; publiez-le à son heure, ou vérifiez l’horloge
journal-expires-before = l’expiration { $expires } n’est pas postérieure à l’émission { $issued }
journal-expires-past = l’expiration { $expires } est déjà passée ({ $now }) : tous les membres l’afficheraient aussitôt comme périmé
journal-expires-far = l’expiration { $expires } est à plus d’un an : un instantané aussi durable cacherait un arrêt des publications ; utilisez --valid-for 45d ou un --expires à moins d’un an
journal-serial-below = le numéro { $serial } est inférieur au numéro { $last } déjà publié : les membres qui ont le { $last } n’en feraient jamais l’actuel ; utilisez le numéro { $next }
journal-issued-before = le numéro { $serial } serait émis le { $issued }, avant le numéro { $last } (émis le { $last_issued }) : les membres rejettent un numéro plus haut émis plus tôt (OUT_OF_STEP)
journal-last = le dernier numéro publié est { $serial }
journal-empty = le journal n’a encore aucun numéro pour cet annuaire (importez le dernier envoi publié avec `--journal-from FILE`)
journal-jump = le numéro { $serial } fait un saut de { $jump } et { $from } ; chaque numéro suivant devra alors dépasser { $serial } : passez --force si c’est voulu (au plus { $step } sans)

## Ce qu’un essai à blanc signale

lint-no-emergency = { $cctld } : pas de ligne 24 h/24 (emergency_phone)
lint-no-phone = { $cctld }, { $name } : ni téléphone ni portable
lint-namesakes = { $cctld }, { $name } : deux personnes de ce nom ({ $one } et { $other }) et pas toutes deux avec un `id` : un changement du premier courriel de l’une ou l’autre ressemblera à une suppression et un ajout
lint-identity = { $cctld }, { $name } : l’identité passe de { $old } à { $new } : le téléphone de chaque membre montrera { $was } supprimé et { $name } ajouté ; gardez l’ancien premier courriel en tête, ou donnez-leur un `id`

## sync, status et verify, à côté de leurs rejets

sync-sources-problem = { $problem } ; corrigez-la, ou nommez une source (`tldops sync ~/Mail/tld-ops`)
sync-nothing-to-read = rien à lire : nommez une source (`tldops sync ~/Mail/tld-ops`, ou `... | tldops sync -`) ou listez des `sources` dans { $path }
sync-no-key = aucune clé n’est épinglée : aucun instantané ne peut être jugé fiable ; épinglez d’abord la clé du secrétariat avec `tldops trust add CLÉ.asc`
sync-rotation = ROTATION DE CLÉS dans { $directory } au numéro { $serial } : retirées { $retired } ; désormais épinglées { $pinned } (seuil { $threshold })
sync-rotation-compare = comparez ces empreintes avec celles que le secrétariat a annoncées par un autre canal (son site web, un appel) ; `tldops trust list` les montre à nouveau
status-or-pipe = { $problem } (ou envoyez un courriel de la liste à `tldops sync -` par un tube)
verify-no-key = aucune clé n’est encore épinglée : aucune signature ne peut être jugée fiable : `tldops trust add CLÉ.asc`
verify-history-known = déjà gardé
verify-history-unchecked = non comparé à l’historique gardé
verify-history-new = nouveau
verify-label-verdict = verdict
verify-label-directory = annuaire
verify-label-serial = numéro
verify-label-issued = émis le
verify-label-expires = expire le
verify-label-signed-by = signé par
verify-label-signed-at = signé le
verify-label-carrier = support
verify-label-contents = contenu
verify-good = signature correcte, instantané valide ({ $history })
verify-stale = PÉRIMÉ
verify-contents = { $cctlds } ccTLD, { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    }
verify-cannot-compare = impossible de comparer avec l’historique gardé

## man


## Listes de contacts

roster-line = ligne { $line } :{" "}
roster-part = { $part } :{" "}
roster-did-you-mean =  : vouliez-vous dire `{ $key }` ?
roster-columns-are = {" "}(les colonnes sont { $columns })
roster-has-keys = {" "}(un { $what } a { $keys })
roster-unknown-column = colonne inconnue `{ $column }`{ $hint }
roster-unknown-key = clé inconnue `{ $key }`{ $hint }
roster-no-name = (sans nom)
roster-no-code = (sans code)
roster-csv-header = la ligne d’en-tête est illisible : { $problem }
roster-csv-empty = le fichier CSV est vide : sa première ligne nomme les colonnes
roster-column-twice = la colonne `{ $column }` apparaît deux fois
roster-no-column = pas de colonne `{ $column }`
roster-csv-unreadable = illisible en CSV : { $problem }
roster-cells = a { $cells } cellules ; la ligne d’en-tête en nomme { $columns }
roster-csv-utf8 = pas en UTF-8 valide : enregistrez la feuille de calcul en CSV UTF-8
roster-csv-no-code = manquant : chaque ligne nomme son ccTLD
roster-differs = `{ $value }` diffère de `{ $first }` à la ligne { $line } : donnez-le une fois, ou le même sur chaque ligne
roster-utf8 = pas en UTF-8 valide : enregistrez la liste en UTF-8
roster-toml = pas du TOML valide : { $problem }
roster-format = doit valoir "{ $format }"
roster-must-be-string = doit être une chaîne
roster-serial = doit être un entier de 1 à 2^53-1
roster-datetime = doit être une date-heure avec décalage (2026-11-01T06:00:00Z)
roster-cctld-table = doit être une table ([[cctld]])
roster-cctld-array = doit être un tableau de tables ([[cctld]])
roster-contact-table = doit être une table ([[cctld.contact]])
roster-contact-array = doit être un tableau de tables ([[cctld.contact]])
roster-wrong-list = une liste qui contient autre chose que des chaînes
roster-wrong-type = un { $kind }
roster-single = doit être une valeur unique, pas une liste
roster-not-string = doit être une chaîne, pas { $what }
roster-line-break-note = un saut de ligne est devenu une espace
roster-line-break = contient un saut de ligne ; seule une note le peut (il devient une espace)
roster-must-be-list = doit être une liste : { $key } = ["..."] (en CSV, `;` entre les valeurs)
roster-not-strings = doit être une liste de chaînes, pas { $what }
roster-too-many = contient { $count } valeurs ; au plus { $max } permises
roster-empty-value = contient une valeur vide
roster-missing = manquant
roster-is-empty = est vide
roster-no-email = manquant : chaque contact a besoin d’une adresse de courriel
roster-no-cctld = la liste ne contient aucun ccTLD
roster-too-many-cctlds = la liste contient { $count } ccTLD ; au plus { $max } permis
roster-again = apparaît de nouveau (d’abord à la ligne { $line })
roster-contacts = contient { $count } contacts ; de 1 à { $max } permis
roster-same-identity = a la même identité ({ $identity }) que { $first } à la ligne { $line } : deux personnes peuvent partager un nom, jamais une identité ; donnez à chacune un `id`, ou distinguez-les par leur premier courriel

## La base locale et la signature, en plus de ce qui précède

sign-no-key = aucune clé pour signer
store-cannot-commit = impossible de valider la synchronisation dans la base locale
store-reads-otherwise = le numéro { $serial } de { $directory } ne se lit plus comme lors de sa vérification
