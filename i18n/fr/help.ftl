# L’aide de la ligne de commande (--help) et des pages de manuel.
# Typographie : espace fine insécable avant ; ! ? et espace insécable avant :
# (et à l’intérieur des « guillemets »). Les commandes, options, valeurs,
# noms de fichiers et codes restent tels quels.

## tldops

help-tldops-about = tldops : l’annuaire des contacts de TLD-OPS, signé, hors ligne et sur votre propre disque
help-tldops-long-about =
    tldops : l’annuaire des contacts de TLD-OPS, signé, hors ligne et sur votre propre disque.

    Lit dans votre courrier les instantanés signés des contacts de la liste, les vérifie avec des clés épinglées et répond depuis une copie locale. Rien ne passe par le réseau.
help-tldops-after-long-help =
    Code de retour : 0 succès (un tube fermé aussi) ; 1 rien trouvé ; 2 erreur d’utilisation ; 3 un instantané a été rejeté ; 4 équivoque (deux instantanés sous un même numéro) ; 5 une source illisible ou sans message ; 6 toute autre erreur (pas encore d’instantané, base ou configuration inutilisable) ; 7 publication ou cosignature refusée (la liste des contacts, le journal ou la vérification finale ont dit non ; rien n’est écrit).

    Fichiers : `tldops paths` montre le fichier de configuration, la base et pourquoi (option, TLDOPS_CONFIG_DIR, TLDOPS_DATA_DIR, défaut du système). Rien dans tldops ne passe par le réseau.
help-tldops-arg-config = Lire ce fichier de configuration au lieu de celui par défaut
help-tldops-arg-data-dir = Garder la base dans ce répertoire [env : TLDOPS_DATA_DIR]
help-tldops-arg-color = Quand employer la couleur
help-tldops-arg-no-pager = Ne jamais passer une longue réponse par $PAGER
help-tldops-arg-lang = Langue des messages et de la fiche : en, fr, es, ru, ar, zh
help-tldops-arg-lang-long =
    Langue des messages et de la fiche : en, fr, es, ru, ar, zh

    Choisie dans cet ordre : --lang ; la première de LC_ALL, LC_MESSAGES et LANG qui nomme l’une de ces langues (C et POSIX sont ignorées) ; `lang` dans le fichier de configuration ; l’anglais. La sortie pour les machines (JSON, CSV, vCard, lignes pour mutt et aerc, codes de rejet, codes de retour) est la même dans toutes les langues.

## tldops find

help-find-about = Trouver qui appeler : par ccTLD, pays, nom, rôle, courriel ou chiffres d’un téléphone
help-find-after-help =
    Exemples :
      tldops find .tz                      qui répond pour .tz, avec l’heure locale là-bas
      tldops find tanzania                 par pays, en six langues (tanzanie, танзания…)
      tldops find oystein                  les noms ignorent accents et écritures : Øystein
      tldops find +255 65 000 1661         les chiffres d’un téléphone, écrits n’importe comment
      tldops find tz baraka                plusieurs mots restreignent le résultat
      tldops find                          tous les ccTLD, par $PAGER sur un terminal
      tldops find --format mutt kiprono    les lignes que lit query_command de mutt
      tldops find --json .tz               la forme JSON documentée

    Code de retour :
      0 trouvé ; 1 rien trouvé (avec les correspondances proches, ou en disant que le ccTLD n’a encore aucun contact) ; 2 erreur d’utilisation ; 6 pas encore d’instantané. Avec --format mutt ou aerc, rien n’est écrit sur la sortie d’erreur : la première ligne pour mutt le dit.
help-find-arg-query = Mots à chercher : `.tz`, `tanzania`, `oystein`, `+255 65 000 1661` ; plusieurs mots restreignent le résultat [par défaut : tous les ccTLD]
help-find-arg-format = Format de sortie
help-find-arg-format-table = Un tableau groupé par ccTLD
help-find-arg-format-json = La forme JSON documentée
help-find-arg-format-mutt = `query_command` de mutt/neomutt : une ligne de message, puis adresse, nom, ccTLD
help-find-arg-format-aerc = `address-book-cmd` d’aerc : adresse et nom
help-find-arg-json = Comme --format json
help-find-arg-directory = Répondre depuis cet annuaire seulement [par défaut : tous les annuaires gardés]

## tldops route

help-route-about = Acheminer des indices vers leurs ccTLD : domaines, URL et adresses d’un texte libre, groupés avec leurs contacts
help-route-after-help =
    Exemples :
      tldops route abuse-feed.csv                   chaque domaine, URL et adresse d’un texte, par ccTLD
      tldops route --drafts drafts/ < incident.log  et un brouillon de courriel par ccTLD, à relire et envoyer

    Code de retour :
      0 acheminé ; 1 aucun domaine, URL ou adresse trouvé ; 2 erreur d’utilisation ; 5 un fichier illisible ; 6 pas encore d’instantané, ou un brouillon impossible à écrire.
help-route-arg-files = Fichiers de texte libre : journaux, CSV, corps de courriels, flux d’abus ; - pour l’entrée standard [par défaut : l’entrée standard]
help-route-arg-format = Format de sortie
help-route-arg-format-text = Par ccTLD : ses contacts (la ligne 24 h/24 d’abord) et les éléments qui en relèvent
help-route-arg-format-json = La forme JSON documentée
help-route-arg-format-csv = Une ligne par élément, sans danger pour un tableur
help-route-arg-json = Comme --format json
help-route-arg-drafts = Écrire aussi un brouillon de courriel (.eml) par ccTLD qui a des contacts dans ce répertoire
help-route-arg-template = Le texte des brouillons : une ligne `Subject:`, une ligne vide, puis le corps, avec les champs {"{"}count{"}"} {"{"}n_items{"}"} {"{"}cctld{"}"} {"{"}code{"}"} {"{"}country{"}"} {"{"}directory{"}"} {"{"}items{"}"}
help-route-arg-force = Remplacer les brouillons qui existent

## tldops show

help-show-about = Montrer un ccTLD en entier, avec quand chaque contact a été vu la première fois et modifié la dernière
help-show-after-help =
    Exemples :
      tldops show .tz                      un ccTLD en entier, avec l’historique de chaque contact
      tldops show tanzania                 tout ce que find accepte, s’il mène à un seul ccTLD

    Code de retour :
      0 montré ; 1 aucune correspondance, ou le ccTLD n’a aucun contact ; 2 erreur d’utilisation, ou les mots désignent plusieurs ccTLD (ils sont listés) ; 6 pas encore d’instantané.
help-show-arg-query = Le ccTLD (`.tz`, `рф`, `xn--p1ai`), ou tous mots que `find` accepte (`tanzania`, `kiprono`) et qui mènent à un seul ccTLD
help-show-arg-json = Écrire en JSON
help-show-arg-directory = Répondre depuis cet annuaire seulement [par défaut : tous les annuaires gardés]

## tldops list

help-list-about = Lister chaque ccTLD de l’instantané actuel, par région de l’ICANN
help-list-after-help =
    Exemples :
      tldops list                          chaque ccTLD des instantanés actuels
      tldops list --region africa          une région de l’ICANN

    Code de retour :
      0 listé ; 2 erreur d’utilisation ; 6 pas encore d’instantané.
help-list-arg-region = Cette région de l’ICANN seulement
help-list-arg-region-africa = { -region-africa }
help-list-arg-region-ap = { -region-ap }
help-list-arg-region-europe = { -region-europe }
help-list-arg-region-lac = { -region-lac }
help-list-arg-region-na = { -region-na }
help-list-arg-json = Écrire en JSON
help-list-arg-directory = Répondre depuis cet annuaire seulement [par défaut : tous les annuaires gardés]

## tldops coverage

help-coverage-about = Montrer quels ccTLD de la zone racine n’ont encore aucun contact, par région
help-coverage-after-help =
    Exemples :
      tldops coverage                      les ccTLD de la zone racine pour qui personne ne répond encore
      tldops coverage --region africa      dans une région de l’ICANN

    Code de retour :
      0 montré ; 2 erreur d’utilisation ; 6 pas encore d’instantané.
help-coverage-arg-region = Cette région de l’ICANN seulement
help-coverage-arg-region-africa = { -region-africa }
help-coverage-arg-region-ap = { -region-ap }
help-coverage-arg-region-europe = { -region-europe }
help-coverage-arg-region-lac = { -region-lac }
help-coverage-arg-region-na = { -region-na }
help-coverage-arg-json = Écrire en JSON
help-coverage-arg-directory = Répondre depuis cet annuaire seulement [par défaut : tous les annuaires gardés]

## tldops export

help-export-about = Exporter les contacts en vCard pour les téléphones, en CSV ou en JSON
help-export-after-help =
    Exemples :
      tldops export -o tld-ops.vcf                  tous les contacts en vCard 3.0, pour un téléphone
      tldops export --directory TLD-OPS --changed-since 117 -o new.vcf   qui a changé depuis le numéro 117
      tldops export --dir ~/.contacts/tld-ops       un vdir miroir pour khard et vdirsyncer
      tldops export --format csv --excel -o tld-ops.csv  pour Excel sous Windows
      tldops export --format json .tz -o -          du JSON sur la sortie standard

    Code de retour :
      0 écrit ; 1 rien à exporter ; 2 erreur d’utilisation ; 6 pas encore d’instantané, ou un fichier impossible à écrire.
help-export-arg-query = Seulement les contacts qui correspondent à ces mots (comme pour `find`) [par défaut : tout le monde]
help-export-arg-format = Format de sortie
help-export-arg-format-vcard3 = vCard 3.0 : ce qu’iOS et Android importent sans faute
help-export-arg-format-vcard4 = vCard 4.0
help-export-arg-format-csv = Une ligne par personne, sans danger pour un tableur
help-export-arg-format-json = La forme JSON documentée de `find --json`
help-export-arg-output = Écrire dans ce fichier (créé en 0600) au lieu de la sortie standard (`-` est la sortie standard)
help-export-arg-dir = Garder ce répertoire en miroir de la sélection, une vCard par fichier (le vdir de khard et vdirsyncer)
help-export-arg-dir-long =
    Garder ce répertoire en miroir de la sélection, une vCard par fichier (le vdir de khard et vdirsyncer)

    Les nouvelles personnes sont ajoutées, une carte n’est réécrite que si son contenu a changé (une carte inchangée garde ses octets et sa date), et les cartes des personnes parties sont retirées. Seules les cartes écrites par tldops (reconnues à leur UID et à leur contenu) sont jamais remplacées ou retirées ; tout le reste est laissé tel quel et nommé. Les cartes d’un tldops plus ancien sont remplacées par la carte de la même personne. Le premier export dans un répertoire non vide qui ne contient aucune carte de tldops demande --force.
help-export-arg-changed-since = Seulement les personnes ajoutées ou modifiées depuis ce numéro (une petite mise à jour mensuelle du téléphone)
help-export-arg-raw = CSV : ne pas neutraliser les cellules qu’un tableur exécuterait comme des formules
help-export-arg-excel = CSV pour Excel sous Windows : d’abord une marque d’ordre des octets UTF-8 (les lignes finissent par CRLF, comme toujours)
help-export-arg-force = Remplacer un fichier qui existe (-o) ; avec --dir, écrire dans un répertoire non vide qui ne contient encore aucune carte de tldops
help-export-arg-directory = Répondre depuis cet annuaire seulement [par défaut : tous les annuaires gardés]

## tldops qr

help-qr-about = Montrer un code QR qu’un appareil photo de téléphone lit comme un contact
help-qr-after-help =
    Exemples :
      tldops qr tz upendo                  la carte d’une personne, pour l’appareil photo d’un téléphone
      tldops qr tz upendo --format png -o upendo.png   un fichier à imprimer, d’au moins 2,5 cm de large

    Code de retour :
      0 montré ; 1 aucune correspondance ; 2 erreur d’utilisation, ou trop pour un seul code ; 6 pas encore d’instantané.
help-qr-arg-query = Une personne, ou les contacts d’un ccTLD (`.tz`, `amani`)
help-qr-arg-format = Où va le code
help-qr-arg-format-terminal = Des demi-blocs Unicode sur la sortie standard
help-qr-arg-format-svg = Un fichier SVG
help-qr-arg-format-png = Un fichier PNG
help-qr-arg-output = Le fichier pour svg ou png (créé en 0600 ; `-` est la sortie standard)
help-qr-arg-force = Remplacer le fichier s’il existe
help-qr-arg-directory = Répondre depuis cet annuaire seulement [par défaut : tous les annuaires gardés]

## tldops sheet

help-sheet-about = Faire la fiche des contacts d’urgence à imprimer : PDF, HTML ou texte
help-sheet-after-help =
    Exemples :
      tldops sheet --directory TLD-OPS -o sheet.pdf   la fiche des contacts d’urgence à imprimer
      tldops sheet --format text --region europe    en texte brut, une région de l’ICANN

    Code de retour :
      0 écrit ; 1 aucune correspondance ; 2 erreur d’utilisation ; 6 pas encore d’instantané, ou un fichier impossible à écrire.
help-sheet-arg-query = Seulement les contacts qui correspondent à ces mots (comme pour `find`) [par défaut : tout le monde]
help-sheet-arg-format = Format de sortie [par défaut : pdf pour un fichier (html ou text selon son extension), text sur la sortie standard]
help-sheet-arg-format-pdf = PDF, polices incluses (le défaut pour un fichier)
help-sheet-arg-format-html = Un seul fichier HTML autonome, à imprimer depuis un navigateur
help-sheet-arg-format-text = Texte brut sur 80 colonnes, pages séparées par des sauts de page (le défaut sur la sortie standard)
help-sheet-arg-paper = Format du papier ; la mise en page tient sur les deux sans réduction
help-sheet-arg-region = Cette région de l’ICANN seulement
help-sheet-arg-region-africa = { -region-africa }
help-sheet-arg-region-ap = { -region-ap }
help-sheet-arg-region-europe = { -region-europe }
help-sheet-arg-region-lac = { -region-lac }
help-sheet-arg-region-na = { -region-na }
help-sheet-arg-qr = Un code QR par ccTLD, de 2,55 cm de large, avec ses contacts en vCard
help-sheet-arg-output = Écrire dans ce fichier (créé en 0600) au lieu de la sortie standard (`-` est la sortie standard)
help-sheet-arg-force = Remplacer le fichier s’il existe
help-sheet-arg-directory = Répondre depuis cet annuaire seulement [par défaut : tous les annuaires gardés]

## tldops history

help-history-about = Lister les instantanés gardés, du plus ancien au plus récent
help-history-after-help =
    Exemples :
      tldops history                       chaque instantané gardé, avec ce qui a changé

    Code de retour :
      0 listé ; 1 pas encore d’instantané.
help-history-arg-json = Écrire en JSON

## tldops diff

help-diff-about = Montrer les contacts ajoutés, retirés et modifiés entre deux instantanés
help-diff-after-help =
    Exemples :
      tldops diff --directory TLD-OPS               ce qu’a changé l’instantané le plus récent
      tldops diff --directory TLD-OPS 113 118       entre deux numéros gardés

    Code de retour :
      0 montré ; 1 aucun instantané antérieur à comparer ; 2 erreur d’utilisation ; 6 pas encore d’instantané.
help-diff-arg-old = Le numéro le plus ancien [par défaut : celui d’avant le plus récent]
help-diff-arg-new = Le numéro le plus récent [par défaut : l’actuel]
help-diff-arg-directory = L’annuaire [par défaut : le seul gardé]
help-diff-arg-json = Écrire en JSON

## tldops sync

help-sync-about = Lire les envois de la liste, vérifier leurs instantanés signés et garder les bons
help-sync-after-help =
    Exemples :
      tldops sync ~/Mail/tld-ops           un fichier mbox ou un Maildir
      tldops sync                          les sources de la configuration

    Code de retour :
      0 synchronisé ; 3 un instantané a été rejeté ; 4 équivoque ; 5 une source illisible ou sans message ; 6 aucune clé épinglée, ou la base inutilisable.
help-sync-arg-sources = Fichiers mbox, Maildirs, fichiers .eml, répertoires de fichiers .eml, fichiers d’instantané signés, ou - pour l’entrée standard [par défaut : les `sources` de la configuration]
help-sync-arg-verbose = Nommer aussi chaque message ignoré, et pourquoi
help-sync-arg-rescan = Lire chaque source en entier, pas seulement ce qui est nouveau depuis la dernière synchronisation

## tldops verify

help-verify-about = Vérifier un message ou un fichier comme le ferait sync, sans rien garder
help-verify-after-help =
    Exemples :
      tldops verify mailing.eml            un message : son verdict, son signataire, son numéro et son condensé

    Code de retour :
      0 chaque instantané trouvé est bon ; 3 un rejet, ou aucun instantané ; 6 la base inutilisable.
help-verify-arg-file = Un message (.eml), une mbox, un fichier d’instantané signé, ou - pour l’entrée standard
help-verify-arg-json = Écrire le résultat en JSON

## tldops status

help-status-about = Montrer l’instantané actuel de chaque annuaire, son âge et sa provenance
help-status-after-help =
    Exemples :
      tldops status                        instantané actuel, âge, signataire et provenance
      tldops status --check                pour la supervision : sortie 1 s’il est périmé

    Code de retour :
      0 un instantané actuel (périmé ou non, sans --check) ; 1 aucun pour l’instant, ou, avec --check, un périmé.
help-status-arg-json = Écrire l’état en JSON
help-status-arg-check = Pour la supervision : sortie 1 quand un instantané actuel est périmé ou qu’il n’y en a aucun

## tldops trust

help-trust-about = Épingler, lister et retirer les clés qui signent les instantanés
help-trust-after-help =
    Exemples :
      tldops trust add tld-ops-secretariat.asc        épingler la clé du secrétariat pour TLD-OPS
      tldops trust list                               chaque clé épinglée, son état et ses passations

    Code de retour :
      Celui de chaque commande : tldops-trust-add(1), tldops-trust-list(1), tldops-trust-remove(1).

## tldops trust add

help-trust-add-about = Épingler la clé primaire d’un certificat pour un annuaire (à nouveau : fusionner les mises à jour, comme une révocation)
help-trust-add-after-help =
    Exemples :
      tldops trust add tld-ops-secretariat.asc        épingler la clé du secrétariat pour TLD-OPS
      tldops trust add aftld.asc --directory AFTLD    la clé d’un annuaire régional, pour lui seul

    Code de retour :
      0 épinglée ou mise à jour (avec un avertissement quand la clé est révoquée ou expirée) ; 6 pas un certificat.
help-trust-add-arg-cert = Un certificat OpenPGP, en armure ou binaire, ou - pour l’entrée standard
help-trust-add-arg-directory = L’annuaire dont cette clé se porte garante, et aucun autre

## tldops trust list

help-trust-list-about = Lister les clés épinglées et leur état
help-trust-list-after-help =
    Exemples :
      tldops trust list                    chaque clé épinglée, son état et ses passations

    Code de retour :
      0 listé ; 1 aucune clé épinglée.
help-trust-list-arg-json = Écrire la liste en JSON

## tldops trust remove

help-trust-remove-about = Désépingler une clé
help-trust-remove-after-help =
    Exemples :
      tldops trust remove 'BF03 6CF3 0FB1 C4D0 D5BD CE27 1247 9753 134F 6951'   désépingler une clé

    Code de retour :
      0 retirée ; 6 pas épinglée, ou pas une empreinte.
help-trust-remove-arg-fingerprint = L’empreinte de la clé primaire (espaces permis)
help-trust-remove-arg-directory = La désépingler seulement pour cet annuaire

## tldops publish

help-publish-about = Signer une liste de contacts en envoi d’instantané (pour le secrétariat de la liste)
help-publish-after-help =
    Exemples :
      tldops publish roster.toml --key secretariat.secret.asc --serial 119 -o serial-119.eml   signer

    Code de retour :
      0 écrit ; 2 erreur d’utilisation, ou une liste de contacts qui enfreint une règle du format ; 6 une clé ou un fichier inutilisable.
help-publish-arg-roster = La liste des contacts : TOML (le document d’instantané, champs d’en-tête facultatifs) ou CSV
help-publish-arg-roster-long =
    La liste des contacts : TOML (le document d’instantané, champs d’en-tête facultatifs) ou CSV

    Elle est vérifiée selon chaque règle qu’applique un lecteur avant d’être signée. Chaque contact peut porter `id`, votre identifiant stable de la personne (1 à 64 caractères parmi A-Z a-z 0-9 . _ -, unique dans l’annuaire) : l’identité d’un contact est son `id` quand il est présent, sinon son ccTLD, son nom et sa première adresse de courriel, et c’est elle qui garde une personne sur la même carte de chaque téléphone d’un instantané au suivant. Deux contacts d’une même identité sont refusés : donnez aux homonymes des premières adresses différentes ou un `id` chacun ; ne donnez un nouvel `id` à une personne que si c’est une nouvelle personne.
help-publish-arg-key = Une clé secrète pour signer (OpenPGP, en armure ou binaire) ; à répéter pour deux signataires
help-publish-arg-passphrase-file = Lire la phrase de passe d’une clé dans ce fichier au lieu de la demander ; à répéter dans l’ordre des --key
help-publish-arg-rotate-to = Passer l’annuaire à cette clé (répétable) : écrit `[rotation]` avec son certificat public ; les clés suivantes doivent aussi signer cet instantané
help-publish-arg-next-threshold = Combien des clés suivantes doivent signer chaque instantané après la passation
help-publish-arg-serial = Le numéro de l’instantané : au-dessus de tous les précédents, d’au plus le pas des numéros
help-publish-arg-directory = Le nom de l’annuaire [par défaut : celui de la liste des contacts, sinon TLD-OPS]
help-publish-arg-issued = Quand l’instantané est émis, en RFC 3339 [par défaut : celle du journal pour un numéro déjà envoyé, sinon maintenant]
help-publish-arg-expires = Quand l’instantané se périme, en RFC 3339 (dans l’année)
help-publish-arg-valid-for = Combien de temps l’instantané reste frais après son émission (45d, 36h)
help-publish-arg-carrier = Comment l’instantané est transporté
help-publish-arg-carrier-inline = Un courriel text/plain dont le corps est l’instantané signé en clair
help-publish-arg-carrier-pgp-mime = Un courriel multipart/signed PGP/MIME (RFC 3156)
help-publish-arg-carrier-file = Un simple fichier signé en clair, pas un courriel
help-publish-arg-transfer-encoding = Encodage de transfert de la partie texte du courriel
help-publish-arg-from = L’en-tête From [par défaut : le premier identifiant d’utilisateur de la première clé signataire]
help-publish-arg-to = L’en-tête To : l’adresse de la liste [par défaut : le list_address de la configuration pour l’annuaire]
help-publish-arg-note = Un court texte d’accompagnement pour le courriel, hors du texte signé
help-publish-arg-roster-format = Le format de la liste des contacts [par défaut : selon son extension, .csv ou sinon TOML]
help-publish-arg-roster-format-toml = Le document d’instantané, avec ou sans ses champs d’en-tête
help-publish-arg-roster-format-csv = Un tableur enregistré en CSV : une ligne par contact, colonnes documentées
help-publish-arg-dry-run = Montrer ce que les membres verront changer et les avertissements ; ne rien signer ni écrire
help-publish-arg-template = Écrire une liste de contacts vide avec chaque colonne ou clé documentée, et sortir
help-publish-arg-template-toml = Le document d’instantané, avec ou sans ses champs d’en-tête
help-publish-arg-template-csv = Un tableur enregistré en CSV : une ligne par contact, colonnes documentées
help-publish-arg-journal-from = Inscrire un envoi ou un fichier publié dans le journal de cette machine, et sortir
help-publish-arg-output = Écrire ici au lieu de la sortie standard (créé en 0600)
help-publish-arg-force = Remplacer le fichier de sortie s’il existe, et permettre un pas de numéro au-dessus de la limite

## tldops cosign

help-cosign-about = Ajouter une seconde signature à un envoi écrit par `publish`, sans changer un octet du texte signé
help-cosign-after-help =
    Exemples :
      tldops cosign serial-120.eml --key bob.secret.asc   un second membre du personnel signe, sur sa machine

    Code de retour :
      0 signé et vérifié comme le ferait un membre ; 2 erreur d’utilisation ; 6 une clé ou un fichier inutilisable ; 7 refusé (déjà signé par cette clé, ou un membre rejetterait le résultat ; rien n’est écrit).
help-cosign-arg-file = Un envoi ou un fichier écrit par `tldops publish` (en ligne, PGP/MIME ou simple fichier)
help-cosign-arg-key = La clé secrète avec laquelle ajouter une signature
help-cosign-arg-passphrase-file = Lire la phrase de passe de la clé dans ce fichier au lieu de la demander sur le terminal
help-cosign-arg-output = Écrire ici l’envoi cosigné [par défaut : remplacer FILE]
help-cosign-arg-force = Remplacer le fichier de sortie s’il existe

## tldops doctor

help-doctor-about = Vérifier ce qui ferait mal pendant un incident : base, droits des fichiers, péremption, clés, horloge, sources
help-doctor-long-about =
    Vérifier ce qui ferait mal pendant un incident : base, droits des fichiers, péremption, clés, horloge, sources

    Chaque problème est nommé avec sa solution.
help-doctor-after-help =
    Exemples :
      tldops doctor                        ce qui ferait mal pendant un incident, avec les solutions

    Code de retour :
      0 tout va bien ; 1 au moins un problème.

## tldops paths

help-paths-about = Montrer où sont la configuration, la base et les clés, et pourquoi
help-paths-after-help =
    Exemples :
      tldops paths                         où sont la configuration et la base, et pourquoi

    Code de retour :
      0.

## tldops example-config

help-example-config-about = Écrire un exemple commenté de fichier de configuration
help-example-config-after-help =
    Exemples :
      tldops example-config                une configuration commentée pour commencer

    Code de retour :
      0.

## tldops completions

help-completions-about = Écrire un script de complétion pour un shell
help-completions-after-help =
    Exemples :
      tldops completions bash              le script de complétion pour bash

    Code de retour :
      0 ; 2 erreur d’utilisation.
help-completions-arg-shell = Le shell pour lequel compléter

## tldops man

help-man-about = Écrire une page de manuel (roff) : tldops(1), ou celle d’une commande (tldops-find(1)…)
help-man-after-help =
    Exemples :
      tldops man find                      tldops-find(1)
      tldops man --list                    chaque page, et la commande qu’elle documente

    Code de retour :
      0 ; 2 aucune commande de ce nom.
help-man-arg-command = La commande dont écrire la page (`find`, `trust add`) [par défaut : la vue d’ensemble, tldops(1)]
help-man-arg-list = Lister chaque page, une par ligne : son nom, puis la commande qu’elle documente (`tldops-trust-add trust add`)

## Les régions de l’ICANN, comme --region les montre

-region-africa = Afrique
-region-ap = Asie/Australie/Pacifique
-region-europe = Europe
-region-lac = Amérique latine/Caraïbes
-region-na = Amérique du Nord

## Les mots de clap lui-même

help-clap-usage = Utilisation :
help-clap-commands = Commandes :
help-clap-arguments = Arguments :
help-clap-options = Options :
help-clap-default = [par défaut :{" "}
help-clap-possible-values = [valeurs possibles :{" "}
help-clap-possible-values-long = Valeurs possibles :
help-clap-aliases = [alias :{" "}
help-clap-env = [env :{" "}
help-clap-subcommands = [sous-commandes :{" "}
help-clap-command-placeholder = COMMANDE
help-clap-help = Afficher l’aide (plus de détails avec « --help »)
help-clap-help-long = Afficher l’aide (un résumé avec « -h »)
help-clap-help-short = Afficher l’aide
help-clap-version = Afficher la version
help-clap-help-command = Afficher ce message ou l’aide des sous-commandes données
help-clap-help-command-arg = Afficher l’aide de ces sous-commandes
help-clap-error = erreur :
help-clap-tip = astuce :
help-clap-more = Pour en savoir plus, essayez « { $help } ».
help-clap-quoted = « { $value } »
help-clap-unknown-argument = argument inattendu « { $arg } »
help-clap-as-value = pour passer « { $arg } » comme valeur, écrivez « { $escaped } »
help-clap-missing-value = « { $arg } » demande une valeur, et aucune n’a été donnée
help-clap-invalid-value = valeur « { $value } » invalide pour « { $arg } »
help-clap-unknown-subcommand = sous-commande inconnue « { $name } »
help-clap-missing-required = ces arguments obligatoires n’ont pas été donnés :
help-clap-missing-subcommand = « { $name } » demande une sous-commande, et aucune n’a été donnée
help-clap-repeated = l’argument « { $arg } » ne peut être donné qu’une fois
help-clap-conflict = l’argument « { $arg } » ne peut pas être employé avec
help-clap-conflict-others = un ou plusieurs des autres arguments donnés
help-clap-too-many-values = valeur inattendue « { $value } » pour « { $arg } » : aucune autre n’était attendue
help-clap-similar-subcommand = une sous-commande proche existe : { $names }
help-clap-similar-subcommands = des sous-commandes proches existent : { $names }
help-clap-similar-argument = un argument proche existe : { $names }
help-clap-similar-arguments = des arguments proches existent : { $names }
help-clap-similar-value = une valeur proche existe : { $names }
help-clap-similar-values = des valeurs proches existent : { $names }

## Les pages de manuel

help-page-name = NOM
help-page-subcommands = SOUS-COMMANDES
help-page-examples = EXEMPLES
help-page-exit-status = CODE DE RETOUR
help-page-environment = ENVIRONNEMENT
help-page-see-also = VOIR AUSSI
# Les titres des blocs qui suivent l’aide de chaque commande, tels qu’ils y sont écrits.
help-page-examples-heading = Exemples :
help-page-exit-status-heading = Code de retour :
help-page-exit-codes = Les codes de retour de toutes les commandes sont dans tldops(1) : 0 succès (un tube fermé aussi) ; 1 rien trouvé ; 2 erreur d’utilisation ; 3 un instantané a été rejeté ; 4 équivoque ; 5 une source illisible ou sans message ; 6 toute autre erreur.
help-page-env-config = Le fichier de configuration à lire (comme --config).
help-page-env-config-dir = Le répertoire de config.toml, au lieu de celui du système (~/.config/tldops).
help-page-env-data-dir = Le répertoire de la base, au lieu de data_dir dans la configuration ou de celui du système (~/.local/share/tldops) ; --data-dir l’emporte.
help-page-env-now = Une heure RFC 3339 que toutes les règles prennent pour maintenant, pour les tests et pour rejouer de vieux courriels.
help-page-env-no-color = Définie et non vide : pas de couleur (comme --color never).
help-page-env-columns = La largeur des tableaux quand la sortie standard n’est pas un terminal.
help-page-env-pager = Le pager par lequel passe une longue réponse sur un terminal (less par défaut, avec LESS=FRX si LESS n’est pas défini) ; vide ou cat pour aucun, comme --no-pager.
help-page-none = aucune page de manuel pour « { $command } » : `tldops man --list` les nomme
