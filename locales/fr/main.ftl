## pocdir — catalogue français. Toutes les chaînes visibles par l’utilisateur se trouvent ici.

app-name = Répertoire des points de contact
footer-text = Répertoire mondial et intergouvernemental des points de contact pour la sécurité des technologies de l’information et des communications (TIC) et de leur utilisation. L’accès aux coordonnées est réservé aux États participants.
demo-banner = Démonstration : tous les points de contact des États présentés ici sont fictifs.

## Navigation
nav-skip = Aller au contenu
nav-label = Navigation principale
nav-home = Accueil
nav-join = Demander l’accès
nav-login = Se connecter
nav-logout = Se déconnecter
nav-directory = Répertoire
nav-custodian = Espace du gestionnaire
nav-my-state = Mon État
nav-account = Mon compte
nav-outbox = Ouvrir la boîte d’envoi de démonstration
language-choose = Langue :

## Termes courants
all = Tous
choose = Choisissez…
back = Retour
save = Enregistrer
next = Suivant
previous = Précédent
page-of = Page { $page } sur { $pages }
pagination = Pages
search-submit = Rechercher

## Accueil (PUB-1)
home-title = Points de contact pour la sécurité des TIC
home-lead = Lorsqu’un incident lié aux TIC menace les relations entre États, la bonne personne dans l’autre État peut être jointe en quelques minutes, par une voie de communication à laquelle les deux parties se fient, et l’échange est consigné.
home-mandate-title = Mandat
home-mandate-1 = Les États Membres de l’Organisation des Nations Unies sont convenus d’établir un répertoire mondial et intergouvernemental des points de contact en tant que mesure de confiance. Son utilisation est volontaire.
home-mandate-2 = Chaque État participant désigne des points de contact diplomatiques et techniques. Le gestionnaire du répertoire vérifie chaque désignation et chaque mise à jour auprès de la Mission permanente de l’État concerné avant leur publication.
home-mandate-3 = Des tests de communication réguliers permettent de vérifier que chaque point de contact répond. Le répertoire complète les voies de communication régionales et bilatérales existantes, sans s’y substituer.
home-participation-title = Participation
home-participating = États participants
home-threshold = États requis pour que le réseau soit opérationnel
home-progress = { $count ->
    [one] { $count } État sur les { $threshold } requis pour que le réseau soit opérationnel
   *[other] { $count } États sur les { $threshold } requis pour que le réseau soit opérationnel
}
home-operational = Le réseau est opérationnel.
home-not-operational = { $missing ->
    [one] Il manque encore { $missing } État pour que le réseau soit opérationnel.
   *[other] Il manque encore { $missing } États pour que le réseau soit opérationnel.
}
home-states-list = États participants
home-join-title = Comment participer
home-join-text = La Mission permanente de l’État auprès de l’Organisation des Nations Unies demande l’accès. Le gestionnaire du répertoire vérifie la demande auprès de la Mission, puis invite l’administrateur national désigné par l’État.
home-no-contacts = Aucune coordonnée n’est jamais publiée sur les pages publiques.

## Demande d’accès (ACC-1)
join-title = Demander l’accès pour votre État
join-lead = Ce formulaire est destiné aux missions permanentes. Le gestionnaire du répertoire vérifiera la demande auprès de votre Mission avant d’accorder l’accès.
join-submit = Envoyer la demande
join-done-title = Demande reçue
join-done-body = Nous vous remercions. Le gestionnaire du répertoire vérifiera la demande auprès de votre Mission permanente, puis enverra une invitation à l’administrateur national désigné.
field-state = État
field-requester-name = Votre nom
field-requester-title = Vos fonctions et votre Mission
hint-requester-title = Par exemple : Premier Secrétaire, Mission permanente de … auprès de l’Organisation des Nations Unies à New York
field-official-email = Adresse électronique officielle
hint-official-email = L’invitation destinée à votre administrateur national sera envoyée à cette adresse.
field-note-verbale-ref = Référence de la note verbale
hint-note-verbale-ref = Numéro de la note verbale par laquelle votre Mission désigne son administrateur national.
field-message = Message (facultatif)

## Connexion (ACC-3)
login-title = Connexion
login-submit = Continuer
login-help = Vous avez perdu votre application d’authentification ? Utilisez l’un de vos codes de secours à l’étape suivante ou adressez-vous à votre administrateur national.
field-email = Adresse électronique
field-password = Mot de passe
code-title = Second facteur d’authentification
code-lead = Saisissez le code à six chiffres affiché par votre application d’authentification, ou l’un de vos codes de secours.
code-submit = Se connecter
field-code = Code
hint-code = Six chiffres, ou un code de secours tel que ABCD-EFGH-IJKL-MNOP-QRST.

## Invitation et inscription
invitation-title = Configurer votre compte
invitation-lead = Choisissez un mot de passe pour votre compte. Un second facteur d’authentification est obligatoire ; il sera configuré à l’étape suivante.
invitation-submit = Enregistrer le mot de passe
field-name = Nom
field-new-password = Nouveau mot de passe
field-confirm-password = Confirmez le mot de passe
hint-password = Au moins { $min } caractères. Une longue phrase de passe est préférable ; aucun caractère spécial n’est exigé. Les mots de passe courants ou ayant fait l’objet d’une fuite sont refusés.
totp-title = Second facteur d’authentification
totp-lead = Chaque compte est protégé par un second facteur d’authentification. Configurez dès maintenant une application d’authentification.
totp-step-1 = Ouvrez une application d’authentification sur votre téléphone (par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator).
totp-step-2 = Scannez ce code avec l’application.
totp-qr-label = Code QR de votre clé secrète d’authentification
totp-manual = Ou saisissez cette clé manuellement :
totp-step-3 = Saisissez le code à six chiffres affiché par l’application.
totp-submit = Confirmer
recovery-title = Codes de secours
recovery-enrolled = Votre second facteur d’authentification est configuré et votre session est ouverte.
recovery-lead = Conservez ces codes en lieu sûr. Si vous perdez votre téléphone, chacun d’eux peut remplacer une seule fois un code de votre application.
recovery-warning = Ces codes ne sont affichés qu’à cette occasion. La création de nouveaux codes annule ceux-ci.
recovery-continue = Accéder au répertoire

## Compte (ACC-4)
account-title = Mon compte
account-sessions = Sessions ouvertes
account-this-session = cette session
account-revoke = Fermer cette session
account-recovery = Codes de secours
account-codes-left = Codes de secours non utilisés : { $count }
account-new-codes = Générer de nouveaux codes de secours

## Tableaux
col-device = Appareil
col-address = Adresse
col-signed-in = Connexion
col-last-seen = Dernière activité
col-actions = Actions
col-field = Champ
col-before = Avant
col-after = Après
col-change = Modification
col-submitted = Soumission
col-status = Statut
col-role = Rôle
col-when = Date
col-actor = Auteur
col-action = Action
col-target = Objet
col-detail = Détail
col-to = Destinataire
col-subject = Objet

## Répertoire (DIR-8, DIR-9)
directory-title = Répertoire
directory-count = { $count ->
    [one] { $count } point de contact trouvé.
   *[other] { $count } points de contact trouvés.
}
directory-count-more = Plus de { $count } points de contact trouvés : veuillez affiner la recherche.
directory-empty = Aucun point de contact ne correspond à ces filtres.
directory-matching-states = États correspondant à votre recherche :
field-search = Nom ou entité, quelle que soit l’écriture
field-region = Région
field-language = Langue
hint-language-code = Une langue, par exemple français ou fr
export-label = Exporter :
export-print = Version imprimable
print-title = Répertoire des points de contact
print-generated = Imprimé le { $when } ; { $count ->
        [one] { $count } point de contact
       *[other] { $count } points de contact
    }.
print-confidential = À l’usage exclusif des États participants. Ne pas diffuser au-delà des personnes qui en ont besoin.

## Fiches (DIR-3, DIR-4, DIR-7)
field-poc-type = Type de point de contact
field-entity = Entité ou institution
field-entity-en = Entité, traduction anglaise non officielle
field-person-name = Personne désignée
field-position = Fonction
field-position-en = Fonction, traduction anglaise non officielle
field-emails = Adresses électroniques
field-phones = Numéros de téléphone
field-phones-24-7 = Numéros de téléphone joignables 24 h/24, 7 j/7
field-languages = Langues de travail
field-timezone = Fuseau horaire
field-hours = Heures de disponibilité
field-web = Page web
field-pgp-fingerprint = Empreinte de la clé OpenPGP
field-regional = Également désigné auprès de
field-submission-language = Langue de la fiche
field-notes = Remarques
field-notes-en = Remarques, traduction anglaise non officielle
field-last-confirmed = Dernière confirmation
field-local-time = Heure locale actuelle
field-effective-from = Date de prise d’effet de la modification
field-on-behalf-ref = Référence de la demande écrite de l’État
field-id = Identifiant
hint-entity = Une entité seule constitue une fiche valable ; il n’est pas obligatoire de nommer une personne.
hint-translation = Facultatif. S’affiche avec la mention « traduction non officielle ».
hint-person = Facultatif.
hint-emails = Une adresse par ligne. Les adresses génériques telles que cert@… sont bienvenues.
hint-phones = Un numéro par ligne, au format international, par exemple +41 22 917 1234. Ajoutez « 24/7 » à la fin d’un numéro joignable 24 h/24, 7 j/7.
hint-languages = Par leur nom ou leur code ISO 639, séparées par des virgules, par exemple portugais, swahili ou pt, sw
field-other-languages = Autres langues
hint-timezone = Saisissez la ville ou le pays, puis choisissez dans la liste.
hint-hours = Par exemple : du lundi au vendredi de 9 h à 18 h, ou 24 h/24, 7 j/7.
hint-pgp = 40 ou 64 caractères hexadécimaux. Facultatif.
hint-submission-language = L’une des six langues officielles de l’Organisation des Nations Unies.
hint-effective-from = Facultatif. Les modifications doivent être notifiées dans les 30 jours suivant leur prise d’effet.
hint-on-behalf-ref = Vous saisissez cette modification au nom de l’État : indiquez la référence de sa note verbale.
un-language-ar = Arabe
un-language-zh = Chinois
un-language-en = Anglais
un-language-fr = Français
un-language-ru = Russe
un-language-es = Espagnol
label-original = Langue de soumission : { $lang }
label-translation = Traduction anglaise non officielle :
badge-h24 = 24 h/24, 7 j/7
badge-overdue = Confirmation en retard
badge-change-pending = Modification en attente de vérification
entry-overdue = Cette fiche n’a pas été confirmée depuis le { $date } : il se peut qu’elle ne soit plus à jour.
entry-problems = { $count ->
    [one] Un utilisateur a signalé un problème concernant ce point de contact.
   *[other] Des utilisateurs ont signalé { $count } problèmes concernant ce point de contact.
}
entry-reach-now = Joindre ce point de contact sans attendre
entry-details = Détails
entry-edit = Proposer une modification
entry-history = Historique
entry-pending-change = Modification en attente de vérification
history-submitted = Soumission par { $who }, le { $when }
history-decided = Décision prise par { $who }, le { $when }
history-on-behalf = sur demande écrite de l’État, référence { $reference }
history-late-notice = { $days ->
    [one] notification { $days } jour après la prise d’effet
   *[other] notification { $days } jours après la prise d’effet
}
history-reason = Motif :
history-changes = { $count ->
    [one] { $count } champ modifié
   *[other] { $count } champs modifiés
}
state-observer = État observateur
state-manage = Gérer les fiches de cet État
state-no-entries = Cet État n’a encore publié aucun point de contact.

## Types, régions, statuts
poc-type-diplomatic = Diplomatique / politique
poc-type-technical = Technique
poc-type-legal = Juridique
poc-type-law-enforcement = Services de détection et de répression
poc-type-assistance = Assistance et renforcement des capacités
poc-type-policy-coordination = Sécurité nationale / coordination des politiques
region-africa = États d’Afrique
region-asia-pacific = États d’Asie et du Pacifique
region-eastern-europe = États d’Europe orientale
region-latin-america-caribbean = États d’Amérique latine et des Caraïbes
region-weog = États d’Europe occidentale et autres États
kind-create = Désignation
kind-update = Mise à jour
kind-withdraw = Retrait
status-pending = En attente de vérification
status-active = Publiée
status-published = Publiée
status-rejected = Rejetée
status-withdrawn = Retirée
role-custodian = Gestionnaire du répertoire
role-national-admin = Administrateur national
role-member = Membre
user-status-invited = Invité
user-status-active = Actif
user-status-disabled = Désactivé
channel-note-verbale = Note verbale
channel-mission-email = Courriel de la Mission permanente
channel-phone-call = Appel téléphonique à la Mission permanente
channel-in-person = En personne
channel-other = Autre voie

## Signalements de problèmes (DIR-10)
report-title = Signaler un problème concernant ce point de contact
report-submit = Signaler
field-problem-kind = Nature du problème
field-problem-detail = Précisions (facultatif)
problem-bounced = Courriel non distribué
problem-wrong-number = Numéro de téléphone erroné
problem-no-answer = Aucune réponse
problem-wrong-person = Ce n’est plus le bon point de contact
problem-other = Autre problème
problem-resolve = Marquer comme résolu

## Formulaire de désignation (DIR-5)
form-new-title = Désigner un point de contact
form-edit-title = Proposer une modification
form-lead = Le gestionnaire du répertoire vérifie chaque désignation et chaque modification auprès de votre Mission permanente avant leur publication.
form-submit = Soumettre pour vérification
form-has-errors = Veuillez corriger les points suivants :
withdraw-title = Retirer ce point de contact
withdraw-text = Un retrait fait l’objet de la même vérification que toute autre modification. La fiche reste consultable dans l’historique.
withdraw-submit = Soumettre le retrait

## Espace de l’État
desk-title = { $state } : fiches et utilisateurs
desk-nominate = Désigner un point de contact
desk-public-view = Afficher la vue des autres États
desk-pending = Modifications en attente de vérification
desk-no-pending = Aucune modification n’est en attente de vérification.
desk-entries = Fiches
desk-problems = Problèmes signalés
desk-users = Utilisateurs
desk-invite = Inviter un utilisateur
desk-invite-submit = Envoyer l’invitation
desk-account-mode = Comptes de cet État
account-mode-personal = Comptes personnels, un par personne (recommandé)
account-mode-shared = Un compte unique partagé pour l’État
field-email-language = Langue de l’invitation
user-enable = Activer
user-disable = Désactiver

## Gestionnaire du répertoire
custodian-title = Espace du gestionnaire du répertoire
custodian-pending-changes = modifications à vérifier
custodian-pending-requests = demandes d’accès
custodian-open-problems = problèmes signalés
custodian-overdue = fiches dont la confirmation est en retard
custodian-active = points de contact publiés
custodian-changes-link = Vérifier les modifications
custodian-requests-link = Examiner les demandes d’accès
custodian-audit-link = Journal d’audit
requests-title = Demandes d’accès
requests-lead = Avant d’admettre l’État, vérifiez chaque demande auprès de la Mission permanente par une voie autre que ce formulaire.
requests-admit = Admettre l’État et inviter son administrateur
requests-reject = Rejeter la demande
requests-none = Aucune demande en attente.
field-verification-ref = Référence de la vérification
hint-verification-ref = Mode de vérification, par exemple le numéro de la note verbale de la Mission.
field-reason = Motif
changes-title = Modifications à vérifier
changes-lead = Vérifiez chaque modification auprès de l’État par une voie autre que celle par laquelle elle a été reçue, et consignez le mode de vérification.
changes-none = Aucune modification en attente.
change-title = Modification
change-diff = Éléments modifiés
change-no-diff = Aucun champ ne diffère de la fiche publiée.
change-withdraw = L’État demande le retrait de ce point de contact.
change-see-entry = Voir la fiche et son historique
change-verify-title = Vérifier et publier
change-verify-lead = Consignez la voie de communication et la référence de votre vérification.
field-channel = Voie de vérification
change-publish = Publier
change-reject-title = Rejeter
change-reject = Rejeter la modification
audit-title = Journal d’audit
audit-intact = { $count ->
    [one] La chaîne de hachage de { $count } entrée est intacte.
   *[other] La chaîne de hachage de { $count } entrées est intacte.
}
audit-broken = Le journal d’audit a été altéré : la première entrée incohérente porte le numéro { $seq }.

## Boîte d’envoi de démonstration
outbox-title = Boîte d’envoi de démonstration
outbox-lead = Dans cette démonstration, aucun courriel n’est envoyé : tous les messages sont conservés ici. Comme les messages contiennent des liens de connexion, cette page ne s’affiche que dans un navigateur de cette machine.
outbox-empty = Aucun courriel pour l’instant.
outbox-links = Liens figurant dans ce message

## Notifications
notice-requested = Votre demande a été envoyée.
notice-published = La modification a été publiée.
notice-rejected = Le rejet a été enregistré.
notice-submitted = Soumission enregistrée. Le gestionnaire du répertoire la vérifiera avant publication.
notice-reported = Nous vous remercions. Le gestionnaire du répertoire et les administrateurs de l’État en ont été informés.
notice-resolved = Marqué comme résolu.
notice-invited = L’invitation a été envoyée.
notice-admitted = L’État a été admis et son administrateur invité.
notice-saved = Modifications enregistrées.
notice-revoked = Cette session a été fermée.
notice-withdrawn = La demande de retrait a été soumise.
notice-disabled = L’utilisateur a été désactivé et déconnecté de toutes ses sessions.
notice-enabled = L’utilisateur a été activé.

## Erreurs
error-title = L’opération n’a pas abouti
error-reference = Référence à communiquer à l’assistance : { $id }
err-not-found = Cette page n’existe pas ou vous n’y avez pas accès.
err-forbidden = Votre compte n’est pas autorisé à effectuer cette opération.
err-unauthenticated = Veuillez vous connecter.
err-invalid = Certaines informations ne sont pas valables.
err-internal = Une erreur s’est produite de notre côté. Aucune modification n’a été apportée. Veuillez réessayer ultérieurement.
err-csrf = Ce formulaire a expiré ou ne provient pas de ce site. Revenez en arrière, actualisez la page et réessayez.
err-bad-request = L’adresse ou le formulaire n’a pas pu être lu : une valeur n’est pas valable. Revenez en arrière et réessayez.
err-content-type = Ce formulaire doit être envoyé depuis sa page sur ce site.
err-too-large = La requête est trop volumineuse.
err-throttled = Trop de tentatives. Veuillez patienter quelques minutes avant de réessayer.
err-required = Ce champ est obligatoire.
err-text-too-long = Ce texte est trop long.
err-text-line = Écrivez ceci sur une seule ligne, sans saut de ligne ni tabulation.
err-text-disguised = Ce nom contient des caractères invisibles qui modifient sa lecture (marques de direction ou espaces sans chasse). Saisissez-le de nouveau.
err-text-control = Ce texte contient des caractères qui ne peuvent pas être affichés.
err-email-format = L’adresse électronique doit être de la forme nom@example.org.
err-email-required = Indiquez au moins une adresse électronique.
err-email-taken = Il existe déjà un compte associé à cette adresse électronique.
err-phone-format = « { $number } » : écrivez le numéro au format international, avec + et l’indicatif du pays, par exemple +41 22 917 1234.
err-phone-invalid = « { $number } » : ce numéro n’est pas possible dans le pays qu’il appelle. Vérifiez l’indicatif et le nombre de chiffres.
err-url-format = La page web doit commencer par https:// et comporter un nom de site, par exemple https://cert.example.org.
err-language-code = Nommez chaque langue, par exemple français, arabe ou filipino, ou donnez son code ISO 639 (fr, ar, fil).
err-language-required = Indiquez au moins une langue de travail.
err-timezone = Choisissez la ville dans la liste : un fuseau horaire se désigne par une ville, comme Le Caire ou Zurich, et non par un décalage ou une abréviation comme EST.
err-poc-type = Choisissez un type de point de contact dans la liste.
err-un-language = Choisissez l’une des six langues officielles de l’Organisation des Nations Unies.
err-pgp-fingerprint = L’empreinte doit comporter 40 ou 64 caractères hexadécimaux.
err-regional = Choisissez les répertoires régionaux dans la liste.
err-too-many = Ce champ comporte trop d’éléments (10 au maximum).
err-state-unknown = Choisissez un État dans la liste.
err-region = Choisissez une région dans la liste.
err-state-already-participating = Cet État participe déjà. Veuillez vous adresser à son administrateur national.
err-state-not-participating = Cet État ne participe pas encore.
err-login-failed = L’adresse électronique ou le mot de passe est incorrect, ou le compte n’est pas actif.
err-code-wrong = Ce code est incorrect ou a déjà été utilisé. Attendez le code suivant et réessayez.
err-no-enrolment = Recommencez la configuration de votre second facteur d’authentification.
err-password-short = Le mot de passe doit comporter au moins 12 caractères. Une phrase de passe composée de plusieurs mots est facile à retenir.
err-password-long = Le mot de passe doit comporter au plus 128 caractères.
err-password-common = Ce mot de passe est trop courant ou trop facile à deviner. Choisissez une phrase de passe plus longue.
err-password-mismatch = Les deux mots de passe ne sont pas identiques.
err-link-unknown = Ce lien n’est pas valable. Demandez une nouvelle invitation.
err-link-used = Ce lien a déjà été utilisé. Connectez-vous ou demandez une nouvelle invitation.
err-link-expired = Ce lien a expiré. Demandez une nouvelle invitation à votre administrateur national ou au gestionnaire du répertoire.
err-already-decided = Une autre personne a déjà pris une décision à ce sujet.
err-change-pending = Une modification de cette fiche est déjà en attente de vérification.
err-no-change = Aucune modification n’a été apportée.
err-entry-not-active = Cette fiche n’est pas publiée.
err-on-behalf-ref = Indiquez la référence de la demande écrite de l’État.
err-date-format = Indiquez la date au format AAAA-MM-JJ (année-mois-jour).
err-date-future = Cette date est postérieure à la date du jour.
err-channel = Indiquez la voie par laquelle vous avez vérifié la modification.
err-problem-kind = Indiquez la nature du problème.
err-role = Choisissez un rôle dans la liste.
err-shared-account-exists = Cet État utilise un compte unique partagé, qui existe déjà.
err-shared-needs-one-account = Un compte partagé ne peut exister que s’il n’y a qu’un seul compte actif : désactivez d’abord les autres.
err-account-mode = Choisissez entre des comptes personnels et un compte unique partagé.
err-cannot-disable-self = Vous ne pouvez pas désactiver votre propre compte.
err-export-format = Choisissez CSV, JSON, vCard ou la version imprimable.
err-form-unreadable = Le formulaire n’a pas pu être lu. Actualisez la page et réessayez.

## Courriels (envoyés dans la langue du destinataire)
email-footer = Répertoire des points de contact — { $url }
email-invitation-subject = Votre invitation au Répertoire des points de contact
email-invitation-body =
    À l’attention de { $name }

    Madame, Monsieur,

    Nous vous invitons à utiliser le Répertoire des points de contact au titre de l’État suivant : { $state }.
    Pour configurer votre compte, ouvrez le lien ci-dessous dans un délai de { $hours } h. Ce lien n’est valable qu’une seule fois.

    { $link }

    Si vous n’attendiez pas ce message, vous pouvez ne pas en tenir compte.
email-access-received-subject = Votre demande d’accès ({ $reference })
email-access-received-body =
    À l’attention de { $name }

    Madame, Monsieur,

    Nous avons bien reçu la demande d’accès au Répertoire des points de contact présentée pour l’État suivant : { $state } (référence { $reference }).
    Le gestionnaire du répertoire la vérifiera auprès de votre Mission permanente. L’administrateur national désigné recevra ensuite une invitation.
email-access-to-review-subject = Demande d’accès : { $state }
email-access-to-review-body =
    Une Mission permanente a demandé l’accès au Répertoire pour l’État suivant : { $state }.
    Vérifiez la demande auprès de la Mission, puis examinez-la : { $url }
email-access-rejected-subject = Votre demande d’accès
email-access-rejected-body =
    À l’attention de { $name }

    Madame, Monsieur,

    Le gestionnaire du répertoire n’a pas pu donner suite à la demande d’accès. Motif indiqué : { $reason }
email-change-to-verify-subject = Modification à vérifier : { $state }
email-change-to-verify-body =
    Une modification des points de contact de l’État suivant a été soumise : { $state }.
    Vérifiez-la par une voie autre que le portail, puis consignez votre décision : { $url }
email-change-published-subject = Modification publiée : { $entity }
email-change-published-body =
    Le gestionnaire du répertoire a vérifié et publié la modification concernant « { $entity } ».

    { $url }
email-change-rejected-subject = Modification non publiée : { $entity }
email-change-rejected-body =
    Le gestionnaire du répertoire n’a pas publié la modification concernant « { $entity } ».
    Motif indiqué : { $reason }

    { $url }
email-problem-reported-subject = Problème signalé : { $entity }
email-problem-reported-body =
    Un utilisateur a signalé un problème concernant le point de contact « { $entity } » : { $kind }.
    Veuillez vérifier la fiche et la corriger si nécessaire : { $url }

## Tests de communication (PING)
nav-checks = Tests de communication
nav-messages = Communications
checks-title = Tests de communication
checks-lead = Chaque point de contact reçoit un bref message contenant un lien personnel. Le délai écoulé entre l’envoi et l’accusé de réception est mesuré.
checks-launch-title = Lancer un test
field-state-code = État (code ISO)
hint-state-code = Facultatif, par exemple FR
checks-overdue-only = Uniquement les fiches dont la confirmation est en retard
checks-preview = Aperçu
checks-campaigns = Campagnes
checks-campaign-of = Test du { $date }
checks-none = Aucun test n’a encore été effectué.
checks-next-scheduled = Prochain test programmé de l’ensemble des points de contact : { $date }.
checks-no-schedule = Aucun test n’est programmé. La périodicité des tests est définie dans la configuration (checks.schedule_months).
checks-trend = Évolution d’une campagne à l’autre
checks-campaign = Campagne
checks-kind-adhoc = ponctuel
checks-kind-scheduled = programmé
checks-preview-title = Lancer ce test ?
checks-preview-count = Points de contact : { $pocs }. Adresses électroniques auxquelles le message de test sera envoyé : { $addresses }.
checks-launch = Lancer le test
my-checks-link = Tests dont votre État doit accuser réception
results-title = Résultats du test
results-closes = réponses acceptées jusqu’au { $date }
results-rate = Taux de réponse
results-acknowledged = Réception confirmée
results-median = Délai de réponse médian
results-p90 = 90e centile du délai de réponse
results-unreachable = Adresses injoignables
results-export = Exporter les résultats (CSV)
results-by-region = Par région
results-by-type = Par type de point de contact
results-waiting = Réception non encore confirmée
results-all-answered = Toutes les adresses ont accusé réception.
col-group = Groupe
check-status-pending = En attente de réponse
check-status-unreachable = Injoignable
check-status-acknowledged = Réception confirmée
check-unreachable-refused = Injoignable : message refusé par le serveur de messagerie
check-unreachable-bounced = Injoignable : message non distribué et renvoyé à l’expéditeur
results-follow-up = Suivi
results-reminded = Rappel envoyé le { $date }
results-escalated = Porté à l’attention de l’État le { $date }
minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
ack-title = Test de communication
ack-lead = Le gestionnaire du Répertoire des points de contact vérifie que le point de contact de l’État suivant reçoit bien les messages envoyés à cette adresse : { $state }.
ack-sent = Envoi du test
ack-submit = Confirmer la réception
ack-done = Nous vous remercions : votre confirmation a été enregistrée.
my-checks-title = Tests dont vous devez accuser réception
my-checks-lead = Tests envoyés aux points de contact de votre État et qui attendent encore une réponse. Vous pouvez en confirmer la réception ici au lieu d’utiliser le lien figurant dans le courriel.
my-checks-none = Aucune réponse n’est attendue.
notice-launched = Le test a été lancé : les messages sont en cours d’envoi.
notice-acknowledged = Réception confirmée.
err-campaign-empty = Aucun point de contact ne correspond à cette sélection.
err-ack-unknown = Ce lien n’est pas valable. Si vous l’avez copié à partir d’un courriel, vérifiez qu’il est complet.
err-ack-used = La réception de ce test a déjà été confirmée. Nous vous remercions.
err-ack-expired = Ce test est clos : il n’est plus possible d’en confirmer la réception.
field-address = Adresse
field-check-status = Statut
field-sent = Date d’envoi
field-acknowledged = Date de confirmation
field-response-minutes = Délai de réponse (minutes)
field-via = Voie de confirmation
email-check-subject = Test de communication : { $state }
email-check-body =
    Le gestionnaire du Répertoire des points de contact vérifie que les points de contact de l’État suivant reçoivent bien leurs messages : { $state }.

    Le présent message a été envoyé au point de contact « { $entity } ». Veuillez en confirmer la réception dans un délai de { $days } jours en ouvrant le lien ci-dessous, puis en cliquant sur le bouton :

    { $link }

    Aucune connexion n’est nécessaire. Ce lien n’est valable qu’une seule fois.
email-check-reminder-subject = Rappel – Test de communication : { $state }
email-check-reminder-body =
    Le gestionnaire du Répertoire des points de contact a adressé un test de communication au point de contact « { $entity } » de l’État suivant : { $state }. La réception de ce test n’a pas encore été confirmée.

    Veuillez en confirmer la réception dans un délai de { $days } jours en ouvrant le lien ci-dessous, puis en cliquant sur le bouton :

    { $link }

    Aucune connexion n’est nécessaire. Ce lien n’est valable qu’une seule fois. À défaut de confirmation, les administrateurs nationaux et la Mission permanente de l’État en seront informés.
email-check-escalation-subject = Test de communication resté sans réponse de points de contact : { $state }
email-check-escalation-body =
    Le gestionnaire du Répertoire des points de contact vérifie que chaque point de contact reçoit bien ses messages. { $count ->
        [one] Une adresse relevant de l’État suivant a reçu un message de test puis un rappel, sans que la réception en ait été confirmée : { $state }. Il s’agit de l’adresse ci-après :
       *[other] { $count } adresses relevant de l’État suivant ont reçu un message de test puis un rappel, sans que la réception en ait été confirmée : { $state }. Il s’agit des adresses ci-après :
    }

    { $addresses }

    Veuillez vous assurer que ces adresses sont effectivement consultées, ou mettre à jour les fiches correspondantes. Tout utilisateur de cet État peut confirmer la réception après s’être connecté :

    { $link }

    Le présent message est adressé aux administrateurs nationaux et à la Mission permanente de l’État, et non aux adresses ci-dessus.
email-currency-due-subject = Fiches dont la confirmation arrive prochainement à échéance : { $state }
email-currency-due-body =
    { $count ->
        [one] Une fiche du Répertoire des points de contact relevant de l’État suivant devra prochainement faire l’objet de sa confirmation annuelle : { $state }. Il s’agit de la fiche ci-après :
       *[other] { $count } fiches du Répertoire des points de contact relevant de l’État suivant devront prochainement faire l’objet de leur confirmation annuelle : { $state }. Il s’agit des fiches ci-après :
    }

    { $entries }

    Il appartient à un administrateur national de confirmer que ces informations sont toujours exactes, ou de les mettre à jour, à l’adresse suivante :

    { $link }
email-currency-overdue-subject = Fiches dont la confirmation est en retard : { $state }
email-currency-overdue-body =
    { $count ->
        [one] La confirmation annuelle d’une fiche du Répertoire des points de contact relevant de l’État suivant est en retard : { $state }. Cette fiche est signalée à tous ses lecteurs comme susceptible de ne plus être à jour. Il s’agit de la fiche ci-après :
       *[other] La confirmation annuelle de { $count } fiches du Répertoire des points de contact relevant de l’État suivant est en retard : { $state }. Ces fiches sont signalées à tous leurs lecteurs comme susceptibles de ne plus être à jour. Il s’agit des fiches ci-après :
    }

    { $entries }

    Il appartient à un administrateur national de confirmer que ces informations sont toujours exactes, ou de les mettre à jour, à l’adresse suivante :

    { $link }
desk-confirm-text = Au moins une fois par an, confirmez que chacune des fiches ci-dessous est toujours exacte. Si une fiche ne l’est plus, modifiez-la d’abord.
desk-confirm-submit = Confirmer que toutes les fiches sont exactes
notice-confirmed = Toutes les fiches sont confirmées comme exactes à ce jour.
phone-checks-title = Vérifications téléphoniques
phone-checks-none = Aucune vérification téléphonique n’a encore été enregistrée.
phone-check-reached = Joint
phone-check-not-reached = Non joint
field-number = Numéro appelé
field-reached = Résultat de l’appel
phone-check-submit = Enregistrer la vérification téléphonique
notice-phone-recorded = La vérification téléphonique est enregistrée.
err-reached = Indiquez si l’appel a permis de joindre le contact.
err-phone-not-of-entry = Ce numéro ne figure pas dans cette fiche.
messages-title = Communications
messages-lead = Communications échangées entre votre État et d’autres États. Leur contenu est stocké sous forme chiffrée et n’est jamais présenté au gestionnaire du répertoire.
messages-new = Nouvelle communication
messages-to = Destinataire
messages-from = Expéditeur
messages-template = Modèle
messages-compose = Rédiger
messages-threads = Échanges
messages-alert = Alerte
messages-alert-new = Alerte adressée à plusieurs États
messages-alert-hint = Une même communication adressée simultanément à plusieurs États participants ou à tous. Chaque État en reçoit son propre exemplaire et en accuse réception séparément.
messages-alert-all = Tous les États participants
messages-alert-to = { $count ->
        [one] À { $count } État :
       *[other] À { $count } États :
    }
messages-none = Votre État n’a encore envoyé ni reçu aucune communication.
messages-col-date = Date d’envoi
messages-col-with = Échange
messages-col-urgency = Degré d’urgence
messages-col-tlp = TLP
messages-col-poc = Point de contact
messages-sent-to = Envoyée à : { $state }
messages-received-from = Reçue de : { $state }
messages-status-waiting = En attente d’accusé de réception
messages-status-acknowledged = Réception confirmée
messages-status-answered = Réponse apportée
messages-recipients = Destinataires
messages-recipients-hint = Adressez la communication à tous les points de contact d’un type donné, ou choisissez des points de contact. Leur heure locale et leur disponibilité 24 h/24, 7 j/7 sont indiquées.
messages-all-of-type = Tous les points de contact du type suivant : { $type }
messages-tlp = Marquage selon le protocole TLP (Traffic Light Protocol)
messages-tlp-hint = TLP:RED : uniquement les destinataires nommément désignés. TLP:AMBER+STRICT : uniquement l’organisation destinataire. TLP:AMBER : l’organisation destinataire et les personnes ayant besoin d’en connaître. TLP:GREEN : la communauté. TLP:CLEAR : sans restriction.
messages-code = Code de votre application d’authentification
messages-code-hint = Requis uniquement pour l’envoi d’une communication TLP:RED : il confirme que vous en êtes bien l’expéditeur.
messages-fields-hint = Renseignez les informations connues. Tous les champs peuvent être laissés vides.
messages-expected = (attendu)
messages-send = Envoyer
messages-sent-at = Date d’envoi
messages-ack-due = Accusé de réception attendu au plus tard le
messages-acknowledged = Accusé de réception
messages-responded = Première réponse
messages-recipient-count = { $count ->
    [one] { $count } point de contact
   *[other] { $count } points de contact
}
messages-acknowledge = Accuser réception
messages-escalated-1 = Porté à l’attention des autres points de contact de l’État destinataire le { $date } ({ $count ->
        [one] { $count } adresse
       *[other] { $count } adresses
    }).
messages-escalated-2 = Porté à l’attention des administrateurs nationaux de l’État destinataire le { $date } ({ $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }).
messages-reply = Réponse
messages-forwarded-note = Informations communiquées avec le consentement de l’État suivant : { $state }. Étendue du partage : { $scope }
attachments-title = Pièces jointes
attachment-size = { $kb } Ko
attachments-add = Joindre un fichier
attachments-hint = Journaux d’événements, rapports ou captures d’écran, jusqu’à { $kb } Ko : PDF, PNG, JPEG, ZIP, gzip ou texte (.txt, .log, .csv, .json, .xml). Les fichiers sont stockés sous forme chiffrée.
attachments-submit = Joindre
consent-title = Partage avec un État tiers
consent-lead = Les informations reçues restent confidentielles. Pour les communiquer à un État tiers, demandez ici le consentement de l’État d’origine ; celui-ci l’accorde ou le refuse, et la décision est consignée. Sans consentement, rien ne peut être transmis.
consent-asked-for = Demande de partage avec un État tiers ({ $state }), présentée le { $date } :
consent-pending = En attente de la décision de l’État d’origine
consent-granted = Consentement accordé le { $date }
consent-refused = Consentement refusé le { $date }
consent-forwarded = Transmis
consent-grant = Accorder le consentement
consent-refuse = Refuser
consent-forward = Transmettre à l’État suivant : { $state }
consent-third = État tiers
consent-scope = Informations à partager et motifs du partage
consent-ask = Demander le consentement de l’État d’origine
messages-record-title = Registre des échanges
messages-record-json = Exporter le registre (JSON)
messages-record-lead = Ensemble des échanges auxquels l’État suivant a été partie, avec leur contenu et leur chronologie, aux fins d’impression ou d’archivage : { $state }.
templates-title = Modèles de communication
templates-lead = Les États s’adressent leurs communications à partir de ces modèles. Toute révision d’un modèle en crée une nouvelle version ; chaque communication conserve la version du modèle selon laquelle elle a été rédigée.
templates-definition = Modèle (JSON)
templates-definition-hint = Collez un modèle, ou une liste telle que le téléchargement la donne. Une clé (key) connue crée une nouvelle version, une nouvelle clé un nouveau modèle ; un modèle inchangé reste tel quel. Chaque champ comporte un nom (name), un type (kind : text, textarea ou date), l’indication qu’il est attendu ou non (expected) et un libellé (label) dans les six langues.
templates-save = Enregistrer le modèle
templates-version = version { $version }
err-template-json = Ce modèle n’est pas valable. Vérifiez le code JSON et assurez-vous que chaque champ comporte name, kind (text, textarea ou date), expected et label.
err-template-key = La clé et chaque nom de champ doivent comporter de 2 à 40 caractères, uniquement des lettres minuscules non accentuées (a à z) ou des traits de soulignement (_).
err-template-fields = Un modèle comporte de 1 à 40 champs, chacun portant un nom distinct.
err-template-labels = Le titre et chaque libellé doivent être indiqués dans les six langues : ar, zh, en, fr, ru, es.
err-template-unchanged = Ce modèle est identique à sa version actuelle.
usage-lead = { $count ->
        [one] { $count } communication entre États à ce jour. Seuls les nombres sont présentés : le gestionnaire n’a jamais accès au contenu des communications.
       *[other] { $count } communications entre États à ce jour. Seuls les nombres sont présentés : le gestionnaire n’a jamais accès au contenu des communications.
    }
usage-by-template = Par catégorie
usage-by-urgency = Par degré d’urgence
usage-by-month = Par mois
usage-count = Communications
messages-reply-send = Envoyer la réponse
urgency-urgent = Urgent
urgency-high = Prioritaire
urgency-routine = Ordinaire
notice-sent = La communication a été envoyée. Les destinataires en ont été avisés par courriel, sans que son contenu leur soit transmis.
notice-replied = La réponse a été envoyée.
notice-alert-sent = L’alerte a été envoyée. Chaque État en reçoit son propre exemplaire et en accuse réception séparément.
notice-attached = Le fichier a été joint.
err-attachment-size = Ce fichier dépasse la taille maximale autorisée pour les pièces jointes.
err-attachment-type = Les fichiers de ce type ne peuvent pas être joints. Utilisez un fichier PDF, PNG, JPEG, ZIP, gzip ou texte.
err-attachment-disguised = Le contenu de ce fichier ne correspond pas à son nom. Le fichier a été refusé.
err-attachment-empty = Choisissez un fichier qui n’est pas vide.
notice-consent-asked = Votre demande a été transmise à l’État d’origine.
notice-consent-decided = Votre décision a été consignée et l’État demandeur en a été informé.
err-consent-third = Choisissez un État participant autre que les deux États parties à cet échange.
err-consent-not-recipient = Seul l’État destinataire de cette communication peut demander à la partager ou la transmettre.
err-consent-not-originator = Seul l’État qui a envoyé cette communication peut décider de son partage.
err-consent-decided = Il a déjà été statué sur cette demande.
err-consent-not-granted = Rien ne peut être transmis sans le consentement de l’État d’origine, et chaque consentement ne vaut que pour une seule transmission.
err-consent-decision = Choisissez d’accorder ou de refuser le consentement.
email-consent-asked-subject = [{ $tlp }] Demande de consentement au partage d’informations, émanant de l’État suivant : { $state }
email-consent-asked-body =
    L’État suivant sollicite le consentement de votre État en vue de communiquer à un État tiers des informations issues d’un échange mené au sein du Répertoire des points de contact : { $state }.

    Marquage : { $tlp }

    Veuillez vous connecter pour prendre connaissance de la demande et accorder ou refuser votre consentement :

    { $link }
email-consent-decided-subject = [{ $tlp }] Décision de l’État suivant sur votre demande de partage d’informations : { $state }
email-consent-decided-body =
    L’État suivant a statué sur votre demande de partage d’informations issues d’un échange mené au sein du Répertoire des points de contact : { $state }.

    Marquage : { $tlp }

    Veuillez vous connecter pour prendre connaissance de la décision :

    { $link }
err-alert-pocs = Une alerte s’adresse à des types de points de contact, et non à des points de contact déterminés.
err-tlp = Choisissez l’un des marquages TLP proposés.
err-urgency = Choisissez l’un des degrés d’urgence proposés.
err-unknown-field = Ce champ ne fait pas partie du modèle.
err-date = Indiquez la date au format année-mois-jour.
err-template = Choisissez l’un des modèles proposés.
err-template-revised = Le modèle a été révisé pendant que vous rédigiez. Copiez votre texte, ouvrez la nouvelle version du modèle et renvoyez la communication.
err-message-state = Choisissez l’un des États participants.
err-second-custodian = Une modification saisie au nom d’un État est vérifiée par un autre dépositaire que celui qui l’a saisie.
err-code-tries-over = Trop de codes erronés : reconnectez-vous avec votre mot de passe.
err-message-own-state = Choisissez un État autre que le vôtre.
err-message-not-participating = Cet État ne participe pas au Répertoire.
err-message-recipient = L’un des points de contact choisis ne figure pas parmi les points de contact publiés de cet État.
err-message-no-recipient = Choisissez au moins un point de contact ou un type de point de contact.
err-message-ack-own = Seul l’État destinataire peut accuser réception.
err-code-needed = L’envoi d’une communication TLP:RED requiert un nouveau code de votre application d’authentification.
err-message-ack-done = La réception a déjà été confirmée.
email-change-on-behalf-subject = Une modification a été saisie au nom de votre État
email-change-on-behalf-body =
    Le dépositaire du Répertoire des points de contact a saisi une modification de l’entrée « { $entity } » de votre État, en citant votre demande écrite { $reference }.

    Un autre dépositaire la vérifiera avant sa publication. Si votre État n’a pas demandé cette modification, prévenez immédiatement le dépositaire.

    { $url }
desk-held-account = Un compte a été créé dans votre État depuis l’extérieur ; il est en attente jusqu’au { $until }. Si votre État ne l’a pas demandé, bloquez-le ci-dessous :
user-status-held = En attente jusqu’au { $until }
user-block = Bloquer
hint-invite-on-behalf = Vous créez un compte de l’extérieur de cet État : uniquement un administrateur national, sur demande écrite de l’État, lorsque ses administrateurs sont remplacés. Les administrateurs de l’État et sa Mission en sont informés immédiatement ; si l’État a un administrateur actif, le compte n’est utilisable qu’après le délai d’attente, pendant lequel ils peuvent le bloquer.
err-custodian-invites-admins = De l’extérieur d’un État, seul un administrateur national peut être invité ; ses administrateurs invitent les autres.
err-account-held = Ce compte a été créé de l’extérieur de votre État et il est en attente : les administrateurs de votre État en ont été informés et peuvent le bloquer. Il sera utilisable à la fin du délai d’attente.
email-account-from-outside-subject = Le dépositaire a créé un compte dans votre État
email-account-from-outside-body =
    Le dépositaire du Répertoire des points de contact a créé un compte dans votre État, en citant votre demande écrite { $reference } :

    { $name } <{ $email }>, { $role }

    Si votre État n’a pas demandé ce compte, prévenez immédiatement le dépositaire.

    { $url }
email-account-from-outside-held-subject = Le dépositaire a créé un compte dans votre État : vous pouvez le bloquer
email-account-from-outside-held-body =
    Le dépositaire du Répertoire des points de contact a créé un compte dans votre État, en citant votre demande écrite { $reference } :

    { $name } <{ $email }>, { $role }

    Il ne sera utilisable que dans { $hours } heures. D’ici là, tout administrateur national de votre État peut le bloquer depuis la page de l’État. Si votre État n’a pas demandé ce compte, bloquez-le et prévenez le dépositaire.

    { $url }
email-message-new-subject = [{ $tlp }] { $urgency } – Communication de l’État suivant : { $state }
email-message-new-body =
    L’État suivant a adressé une communication à votre État par l’intermédiaire du Répertoire des points de contact : { $state }.

    Degré d’urgence : { $urgency }
    Marquage : { $tlp }

    Veuillez vous connecter pour en prendre connaissance et en accuser réception :

    { $link }

    Pour des raisons de confidentialité, le présent courriel ne contient pas la communication.
email-message-escalated-subject = [{ $tlp }] { $urgency } – Communication en attente d’accusé de réception, émanant de l’État suivant : { $state }
email-message-escalated-body =
    L’État suivant a adressé une communication à votre État par l’intermédiaire du Répertoire des points de contact : { $state }. La réception de cette communication n’ayant pas été confirmée dans le délai prévu, celle-ci est désormais portée à votre attention.

    Degré d’urgence : { $urgency }
    Marquage : { $tlp }

    Veuillez vous connecter pour en prendre connaissance et en accuser réception :

    { $link }

    Pour des raisons de confidentialité, le présent courriel ne contient pas la communication.
email-message-red-waiting-subject = [{ $tlp }] { $urgency } – Une communication émanant de l’État suivant attend ses destinataires : { $state }
email-message-red-waiting-body =
    L’État suivant a adressé une communication TLP:RED à des personnes nommément désignées de votre État, par l’intermédiaire du Répertoire des points de contact : { $state }. Sa réception n’a pas été confirmée dans le délai prévu.

    Degré d’urgence : { $urgency }

    TLP:RED : seules les personnes auxquelles elle est adressée peuvent la lire, et ce courriel ne vous y donne pas accès. Veuillez vous assurer qu’elles se connectent et en accusent réception.
email-message-reply-subject = [{ $tlp }] Réponse de l’État suivant : { $state }
email-message-reply-body =
    L’État suivant a répondu dans le cadre d’un échange avec votre État au sein du Répertoire des points de contact : { $state }.

    Degré d’urgence : { $urgency }
    Marquage : { $tlp }

    Veuillez vous connecter pour en prendre connaissance :

    { $link }

    Pour des raisons de confidentialité, le présent courriel ne contient pas la réponse.
seconds = { $count ->
    [one] { $count } seconde
   *[other] { $count } secondes
}
hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
field-phone = Téléphone
field-last-check = Dernier test de communication
last-check-answered = Réponse en { $duration } (test du { $date })
last-check-waiting = Réponse attendue (test du { $date })
last-check-unanswered = Sans réponse (test du { $date })
last-check-unreachable = Injoignable (test du { $date })
last-check-none = Pas encore testé
entry-rejected = Cette modification n’a pas été publiée ({ $when }).
entry-correct = Corriger et soumettre à nouveau
desk-rejected = Non publiées : à corriger et soumettre à nouveau
timezone-label = { $zone } ({ $city })
timezone-choice = { $city } ({ $country }) — { $zone }
timezone-choice-alone = { $city } — { $zone }
phone-ext = poste { $ext }
region-none = Aucun groupe régional
home-progress-reached = { $count } États participants ; il en fallait { $threshold } pour que le réseau soit opérationnel.
percent = { $value } %
phone-check-by = appel de { $who }
checks-scope = Points de contact testés :
scope-all = tous les points de contact
results-recheck = { $count ->
    [one] Tester à nouveau le point de contact qui n’a pas répondu
   *[other] Tester à nouveau les { $count } points de contact qui n’ont pas répondu
}
scope-recheck = les points de contact qui n’avaient pas répondu à un test précédent
outbox-search = Destinataire ou objet
outbox-count = { $count ->
    [one] { $count } message.
   *[other] { $count } messages.
}
audit-action-access-rejected = Demande d’accès rejetée
audit-action-access-requested = Accès demandé
audit-action-campaign-launched = Test de communication lancé
audit-action-campaign-rechecked = Points de contact silencieux testés à nouveau
audit-action-campaign-scheduled = Test programmé exécuté
audit-action-change-submitted = Modification soumise
audit-action-change-published = Modification vérifiée et publiée
audit-action-change-rejected = Modification rejetée
audit-action-check-acknowledged = Réception du test confirmée
audit-action-check-bounced = Message de test non distribué
audit-action-checks-escalated = Tests sans réponse signalés à l’État
audit-action-checks-exported = Résultats de test exportés
audit-action-checks-reminded = Rappels envoyés
audit-action-consent-requested = Consentement au partage demandé
audit-action-consent-granted = Consentement au partage accordé
audit-action-consent-refused = Consentement au partage refusé
audit-action-demo-loaded = Données de démonstration chargées
audit-action-directory-exported = Répertoire exporté
audit-action-entries-confirmed = Points de contact confirmés
audit-action-login-failed = Connexion refusée
audit-action-login-mfa-failed = Code de second facteur erroné
audit-action-login-password-ok = Mot de passe accepté
audit-action-login-succeeded = Connexion
audit-action-login-throttled = Connexion ralentie
audit-action-message-acknowledged = Réception de la communication confirmée
audit-action-message-attached = Fichier joint
audit-action-message-escalated = Communication signalée à l’État
audit-action-message-forwarded = Communication transmise
audit-action-message-replied = Réponse envoyée
audit-action-message-sent = Communication envoyée
audit-action-messages-record = Registre des échanges exporté
audit-action-phone-check-recorded = Vérification téléphonique enregistrée
audit-action-problem-reported = Problème signalé
audit-action-problem-resolved = Problème résolu
audit-action-session-revoked = Session fermée
audit-action-state-account-mode = Règle des comptes modifiée
audit-action-state-admitted = État admis
audit-action-template-saved = Modèle enregistré
audit-action-user-created = Compte créé
audit-action-user-from-outside = Compte créé de l’extérieur de l’État
audit-action-user-invited = Utilisateur invité
audit-action-user-locale = Langue modifiée
audit-action-user-mfa-enrolled = Application d’authentification enregistrée
audit-action-user-password-set = Mot de passe défini
audit-action-user-recovery-codes = Codes de secours générés
audit-action-user-enabled = Compte réactivé
audit-action-user-disabled = Compte désactivé
hint-audit-actor = Un rôle (custodian, national_admin, member), un code d’État ou un identifiant de compte
audit-from = Du
audit-to = Au
audit-older = Entrées plus anciennes
audit-none = Aucune entrée ne correspond.
your-time = ({ $time } chez vous)
attention-title = À traiter
attention-none = Rien pour l’instant.
attention-requests = { $count ->
    [one] { $count } demande d’accès à trancher
   *[other] { $count } demandes d’accès à trancher
}
attention-overdue-all = { $count ->
    [one] Le point de contact en retard
   *[other] Les { $count } points de contact en retard
}
attention-silent = Adresses silencieuses lors des deux derniers tests
attention-unreachable = Adresses injoignables ou en échec de distribution
attention-escalations = Signalements qui n’ont atteint personne
attention-escalation = De { $from } à { $to }
attention-see-state = les points de contact de l’État
attention-email = Courriels non distribués à temps
attention-attempts = { $count ->
    [one] { $count } tentative
   *[other] { $count } tentatives
}
checks-preview-who = Points de contact qui seront testés
results-remind = { $count ->
    [one] Relancer maintenant l’adresse qui n’a pas répondu
   *[other] Relancer maintenant les { $count } adresses qui n’ont pas répondu
}
results-remind-hint = Chacune reçoit aussitôt un rappel avec un nouveau lien ; l’escalade vers l’État compte ensuite à partir de ce rappel.
notice-reminded = Les rappels sont en cours d’envoi.
err-campaign-closed = Ce test est clos : il n’y a plus personne à relancer. Testez plutôt à nouveau les points de contact.
err-campaign-none-to-remind = Toutes les adresses qui n’ont pas répondu ont déjà reçu leur rappel.
audit-action-campaign-reminded = Relance manuelle des adresses sans réponse
checks-trend-same-scope = Seuls les tests de même périmètre sont comparés : les tests d’une région ne sont pas mis en regard de ceux de tout l’annuaire.
checks-trend-count = { $count ->
    [one] { $count } test
   *[other] { $count } tests
}
checks-trend-show = Afficher
checks-trend-one = Il n’y a encore qu’un seul test de ce périmètre.
checks-trend-scope = Tests portant sur
poc-types-title = Types de points de contact
poc-types-lead = Les points de contact diplomatiques et techniques sont toujours proposés. Les autres types ne le sont que si le dépositaire les active.
poc-types-offered = Types que les États peuvent désigner
poc-types-core = Toujours proposé
poc-types-entries = { $count ->
    [0] aucune fiche publiée
    [one] { $count } fiche publiée
   *[other] { $count } fiches publiées
}
poc-types-changed = modifié le { $date }
poc-types-effect = Un type qui n’est plus proposé ne peut plus être désigné. Ses fiches existantes restent publiées et lisibles, et leurs États peuvent toujours les mettre à jour ou les retirer.
poc-types-save = Enregistrer les types proposés
err-poc-type-not-offered = Ce type de point de contact n’est pas proposé dans cet annuaire. Choisissez un autre type.
audit-action-poc-types-changed = Types de points de contact proposés modifiés
templates-new = Nouveau modèle
templates-col-title = Titre
templates-col-key = Clé
templates-col-version = Version en vigueur
templates-col-fields = Champs
templates-json = Importer et exporter en JSON
templates-export = Télécharger tous les modèles en JSON
templates-export-one = Télécharger en JSON
templates-import = Importer
templates-revise-hint = L’enregistrement crée une nouvelle version. Les communications déjà rédigées gardent la version avec laquelle elles l’ont été.
templates-key = Clé
templates-key-hint = 2 à 40 lettres minuscules ou traits de soulignement, par exemple cyber_incident. Elle ne peut plus être modifiée ensuite.
templates-form-title = Titre dans les six langues
templates-field-n = Champ { $n }
templates-field-add = Ajouter un champ
templates-field-add-hint = Remplissez ceci pour ajouter un champ ; sinon laissez-le vide.
templates-field-name = Nom
templates-field-name-hint = Lettres minuscules ou traits de soulignement.
templates-field-kind = Nature
templates-kind-text = Une ligne
templates-kind-textarea = Plusieurs lignes
templates-kind-date = Date
templates-field-position = Position
templates-field-expected = Attendu : signalé comme attendu, mais peut rester vide
templates-field-label = Libellé en { $language }
templates-field-remove = Retirer ce champ de la prochaine version
templates-add-field = Ajouter un autre champ
err-template-key-taken = Un modèle porte déjà cette clé. Ouvrez-le pour le réviser, ou choisissez une autre clé.
templates-built-in = d’origine
err-shell-role = Le rôle doit être custodian, national_admin ou member.
err-shell-custodian-state = Le dépositaire n’appartient à aucun État : omettez --state.
err-shell-state-needed = Un administrateur national ou un membre appartient à un État : indiquez son code ISO avec --state.
err-shell-no-account = Aucun compte n’a cette adresse électronique.
err-shell-not-active = Ce compte n’est pas actif : son second facteur ne peut pas être réinitialisé.
err-shell-exists = Un compte avec cette adresse électronique existe déjà.
audit-action-user-mfa-reset = Second facteur réinitialisé en ligne de commande
checkpoint-title = Point de contrôle signé du journal d’audit
checkpoint-hint = Conservez une copie de chaque point de contrôle hors de pocdir. Signé avec une clé conservée hors de la base de données, il permet à chacun de prouver plus tard, avec la commande ci-dessous, que l’historique du journal n’a pas été réécrit depuis.
checkpoint-download = { $count ->
    [one] Télécharger le point de contrôle de { $count } entrée ({ $date })
   *[other] Télécharger le point de contrôle de { $count } entrées ({ $date })
}
tokens-title = Jetons d’API
tokens-lead = Un jeton permet à un programme, par exemple les outils de votre CERT national, d’utiliser l’API de l’annuaire en votre nom. Il ne peut faire que ce que vous pouvez faire, et seulement dans les portées que vous lui donnez.
tokens-created = Jeton « { $name } » créé.
tokens-secret = Le jeton
tokens-shown-once = Copiez-le maintenant et conservez-le en lieu sûr : il n’est affiché que cette fois, et pocdir n’en garde qu’une empreinte.
col-token-name = Nom
col-token-scopes = Portées
col-token-expires = Expire le
col-last-used = Dernière utilisation
tokens-revoked = Révoqué
tokens-expired = Expiré
tokens-never-used = Jamais
tokens-new = Nouveau jeton
tokens-name = Nom
tokens-name-hint = Ce qu’est le programme, pour le reconnaître plus tard, par ex. « Tickets du CERT ».
tokens-scopes = Ce qu’il peut faire
tokens-days = Valable (jours)
tokens-days-hint = De 1 à { $max } jours.
tokens-create = Créer le jeton
tokens-how = Un programme envoie le jeton dans l’en-tête « Authorization: Bearer » suivi du jeton, aux adresses sous /api/v1. L’envoi en TLP:RED exige toujours votre présence, avec votre authentificateur, dans le portail.
scope-directory-read = Lire l’annuaire : États, fiches, recherche et exports.
scope-directory-write = Soumettre des modifications des fiches de votre État et signaler des problèmes.
scope-checks = Voir les résultats des vérifications de votre État et accuser réception des vérifications.
scope-messages = Envoyer, lire et accuser réception des communications entre États (jamais TLP:RED).
scope-custodian = Le travail du dépositaire : modifications à vérifier, admissions, vérifications et statistiques d’usage.
err-token-name = Donnez au jeton un nom de 80 caractères au plus.
err-token-scopes = Cochez au moins une des portées proposées.
err-token-days = Indiquez un nombre entier de jours, de 1 à 365.
notice-token-revoked = Ce jeton ne fonctionne plus.
audit-action-token-created = Jeton d’API créé
audit-action-token-revoked = Jeton d’API révoqué
audit-action-token-used = Jeton d’API utilisé
api-token-missing = Envoyez un jeton d’API personnel dans l’en-tête Authorization : « Bearer » suivi du jeton.
api-token-unknown = Ce jeton est inconnu. Vérifiez qu’il a été copié en entier, ou créez-en un nouveau sur la page de votre compte.
api-token-expired = Ce jeton a expiré. Créez-en un nouveau sur la page de votre compte.
api-token-revoked = Ce jeton a été révoqué, ou son compte désactivé. Il ne fonctionne plus.
api-rate-limited = Trop de requêtes avec ce jeton. Attendez une minute, puis réessayez.
api-not-found = Il n’y a rien à cette adresse de l’API.
api-method-not-allowed = Cette adresse de l’API n’accepte pas cette méthode.
api-too-large = La requête est trop volumineuse.
api-content-type = Envoyez du JSON, avec l’en-tête Content-Type: application/json.
api-bad-request = La requête est illisible : un paramètre est inconnu ou d’un mauvais type.
api-cursor-invalid = Ce curseur n’a pas été fait pour cette requête. Recommencez sans curseur et suivez next_cursor.
api-json-malformed = Le corps n’est pas du JSON bien formé.
api-json-unknown-field = Le corps contient un champ que cette API ne connaît pas. N’envoyez que les champs documentés.
api-json-wrong-type = Un champ du corps a un mauvais type : texte, liste de textes ou nombre, comme documenté.
err-red-needs-person = Le TLP:RED n’est envoyé que par une personne dans le portail, avec un nouveau code de l’authentificateur : jamais avec un jeton d’API.
tokens-revoke = Révoquer
tokens-revoke-named = Révoquer le jeton « { $name } »
api-ref-title = Référence de l’API
api-ref-lead = Des programmes, comme le système de tickets d’un CERT national, lisent et modifient l’annuaire au moyen de cette API, comme les personnes le font dans le portail. Les réponses sont en JSON, avec des clés en anglais qui ne changent pas dans la version 1.
api-ref-auth = Chaque requête porte un jeton personnel, créé sur votre page de compte, dans l’en-tête Authorization : « Bearer » suivi du jeton. Un jeton ne fait jamais plus que ce que son titulaire peut faire, et seulement ce que ses portées permettent. L’envoi en TLP:RED exige une personne avec un code récent : aucun jeton ne le peut.
api-ref-english = Les noms des opérations sur cette page sont dans votre langue ; les clés, les types et les descriptions des champs sont en anglais, comme dans le document OpenAPI.
api-ref-download = Le document OpenAPI 3.1 (JSON)
api-ref-contents = Sommaire
api-ref-types = Types de données
api-ref-problems = Problèmes
api-ref-problems-lead = Un refus est un problème RFC 9457 (application/problem+json) : un code stable pour les programmes, et un titre dans la langue demandée par Accept-Language. Une saisie invalide indique aussi chaque champ erroné et comment le corriger.
api-ref-name = Nom
api-ref-type = Type
api-ref-required = Obligatoire
api-ref-description = Description
api-ref-yes = oui
api-ref-no = non
api-ref-scope = Portée
api-ref-body = Corps de la requête
api-ref-answer = Réponse
api-ref-parameters = Paramètres
api-ref-fields = Champs
api-ref-code = Code
api-ref-meaning = Signification
footer-api = API pour les programmes
tokens-reference = Comment un programme utilise un jeton : la référence de l’API
api-tag-tokens = Le jeton
api-tag-directory = Lire l’annuaire
api-tag-submissions = Les fiches d’un État
api-tag-checks = Vérifications de communication
api-tag-messages = Communications entre États
api-tag-custodian = Le travail du dépositaire
api-op-get-me = Le jeton utilisé, et pour qui il agit
api-op-list-states = Lister les États participants
api-op-list-state-entries = Lister les fiches publiées d’un État
api-op-search-entries = Rechercher et filtrer l’annuaire
api-op-get-entry = Lire une fiche
api-op-get-entry-history = Lire l’historique d’une fiche
api-op-nominate-entry = Proposer une fiche
api-op-update-entry = Modifier une fiche
api-op-withdraw-entry = Retirer une fiche
api-op-confirm-state-entries = Confirmer que toutes les fiches d’un État sont à jour
api-op-report-problem = Signaler un problème sur une fiche
api-op-list-pending-checks = Lister les vérifications de l’État en attente de réponse
api-op-acknowledge-check = Accuser réception d’une vérification
api-op-list-threads = Lister les communications de l’État
api-op-get-thread = Lire une communication
api-op-send-communication = Envoyer une communication à partir d’un modèle
api-op-acknowledge-thread = Accuser réception d’une communication
api-op-reply-to-thread = Répondre à une communication
api-op-list-changes = Lister les modifications en attente de vérification
api-op-get-change = Lire une modification et ce qu’elle change
api-op-verify-change = Vérifier et publier une modification
api-op-reject-change = Rejeter une modification
api-op-list-access-requests = Lister les demandes d’accès
api-op-admit-access-request = Accepter une demande d’accès
api-op-reject-access-request = Refuser une demande d’accès
api-op-launch-check = Lancer une vérification de communication
api-op-get-usage = Lire les statistiques d’utilisation
api-op-export-directory = Exporter l’annuaire en CSV, JSON ou vCard
api-op-list-campaigns = Lister les campagnes de vérification
api-op-get-campaign-results = Lire les résultats d’une campagne
api-op-get-record = Obtenir le registre des échanges de l’État
api-op-ask-consent = Demander l’accord pour partager avec un État tiers
api-op-decide-consent = Accorder ou refuser l’accord
api-op-forward-under-consent = Transmettre avec l’accord obtenu
err-regional-name = Indiquez le nom de l’annuaire, 80 caractères au plus : par exemple « OSCE ».
err-regional-name-taken = Un annuaire de ce nom est déjà enregistré. Révoquez-le d’abord, ou choisissez un autre nom.
err-sharing-decision = Choisissez de partager avec cet annuaire ou de cesser de partager.
err-sync-cursor = Ce curseur n’a pas été donné par ce flux. Partez d’un instantané et renvoyez le curseur qu’il donne.
api-resync = Ce curseur est trop ancien, ou trop de choses ont changé depuis : prenez un nouvel instantané, puis suivez les changements à partir de son curseur.
regional-title = Annuaires régionaux
regional-lead = Un annuaire régional, comme celui de l’OSCE, garde une copie des fiches des États qui ont choisi de partager avec lui, et d’aucun autre. Enregistrez-le ici pour lui donner un identifiant ; chaque État décide ensuite dans son espace.
regional-created = { $name } est enregistré. Transmettez-lui cet identifiant par un canal sûr.
regional-secret = Identifiant
regional-name = Annuaire
regional-registered = Enregistré
regional-revoke-named = Révoquer { $name }
regional-none = Aucun annuaire régional n’est enregistré.
regional-new = Enregistrer un annuaire régional
regional-name-hint = Tel que les États le connaissent, par exemple « OSCE » ou « OEA ».
regional-register = Enregistrer
sharing-title = Partage avec les annuaires régionaux
sharing-lead = Votre État décide avec quels annuaires régionaux ses fiches sont partagées. Un annuaire avec lequel vous partagez en garde une copie et reçoit chaque changement ; si vous cessez, il lui est demandé de les supprimer.
sharing-status = Fiches
sharing-on = Partagées
sharing-off = Non partagées
sharing-start = Partager
sharing-stop = Cesser de partager
sharing-start-named = Partager avec { $name }
sharing-stop-named = Cesser de partager avec { $name }
notice-sharing-granted = Vos fiches sont désormais partagées avec cet annuaire.
notice-sharing-revoked = Le partage a cessé. Il est demandé à l’annuaire de supprimer vos fiches.
api-tag-regional = Annuaires régionaux
api-op-sync-snapshot = Prendre un instantané des fiches partagées
api-op-sync-changes = Suivre les changements depuis un curseur
api-op-sync-teams = Lire les fiches partagées au format Global IRT
audit-action-regional-registered = Annuaire régional enregistré
audit-action-regional-revoked = Annuaire régional révoqué
audit-action-regional-used = Annuaire régional synchronisé
audit-action-sharing-granted = Partage avec un annuaire régional accordé
audit-action-sharing-revoked = Partage avec un annuaire régional révoqué
regional-revoke = Révoquer
regional-reference = Ce qu’un annuaire régional lit, et comment : la référence de l’API
import-title = Importer un annuaire régional
import-lead = Chaque ligne du fichier devient une modification au nom de son État, en attente de vérification comme toute autre, avec le fichier indiqué comme source. Rien n’est publié directement. Vérifiez d’abord le fichier : la vérification n’écrit rien et indique ce que ferait chaque ligne.
import-file-refused = Le fichier ne peut pas être lu ; rien n’a été modifié :
import-checked = Ce que ferait l’import
import-done = L’import est fait
import-has-errors = { $count ->
    [one] Une ligne comporte une erreur. Rien n’a été écrit : corrigez le fichier et vérifiez-le à nouveau.
   *[other] { $count } lignes comportent des erreurs. Rien n’a été écrit : corrigez le fichier et vérifiez-le à nouveau.
}
import-ready = Toutes les lignes sont en ordre. Rien n’a encore été écrit : choisissez à nouveau le même fichier et importez-le.
import-submitted = Les modifications attendent leur vérification, chacune au nom de son État ; les États en sont informés.
import-new = Nouvelles
import-update = Mises à jour
import-unchanged = Inchangées
import-invalid = Erreurs
import-row = Ligne
import-outcome = Résultat
import-see-entry = la fiche
import-again = Vérifier ou importer un fichier
import-file = Fichier
import-file-hint = CSV ou JSON, { $max } lignes au plus.
import-source = Source
import-source-hint = Inscrite sur chaque modification, par exemple « Liste de l’OSCE du 1er décembre 2026 ». Le nom du fichier si vide.
import-check = Vérifier le fichier
import-submit = Importer
import-formats = Fichiers que pocdir lit
import-format-csv = CSV en UTF-8 avec cet en-tête (dans n’importe quel ordre ; state, poc_type, entity et emails sont obligatoires ; listes séparées par « ; » ; un téléphone finissant par « 24/7 » répond jour et nuit) :
import-format-pocdir = JSON au format d’export de pocdir (l’export « JSON » de l’annuaire, ou GET /api/v1/export/json).
import-format-irt = JSON au format Global IRT (une liste d’équipes, ou son enveloppe avec « data ») ; les champs préfixés « -pocdir- » sont lus aussi, et une équipe est un contact technique sauf indication contraire.
import-matching = Une ligne met à jour la fiche dont elle donne l’identifiant, sinon la fiche de l’État du même type partageant une adresse électronique ; sinon elle propose une nouvelle fiche. Une ligne qui dit ce qui est déjà publié, ou déjà en attente, ne change rien : importer à nouveau le même fichier ne change rien.
field-row = Ligne
field-file = Fichier
err-import-encoding = Le fichier n’est pas du texte UTF-8. Enregistrez-le en UTF-8 (CSV UTF-8, ou JSON), puis réessayez.
err-import-empty = Le fichier ne contient aucune ligne. Choisissez un fichier CSV avec son en-tête et ses lignes, ou un fichier JSON.
err-import-too-many = Le fichier compte plus de { $max } lignes. Divisez-le en fichiers plus petits.
err-import-csv = L’en-tête CSV ne peut pas être lu. La première ligne doit nommer les colonnes, séparées par des virgules.
err-import-csv-line = La ligne { $line } ne peut pas être lue : elle a plus ou moins de colonnes que l’en-tête, ou un guillemet non fermé.
err-import-column = La colonne « { $column } » n’est pas lue par pocdir. Utilisez l’en-tête documenté ci-dessous.
err-import-column-missing = La colonne « { $column } » manque. Ajoutez-la à l’en-tête.
err-import-json = Le fichier n’est pas du JSON bien formé.
err-import-json-shape = Ce JSON n’est ni un export de pocdir (un objet avec « entries ») ni du Global IRT (une liste d’équipes, ou un objet avec « data »).
err-import-pending = Une autre modification de cette fiche attend déjà sa vérification. Attendez la décision du dépositaire, puis importez à nouveau.
err-import-unknown-id = Aucune fiche de cet État n’a cet identifiant. Laissez l’identifiant vide pour proposer une nouvelle fiche.
email-import-to-verify-subject = { $count } modifications importées à vérifier
email-import-to-verify-body = 
    Un import ({ $source }) a soumis { $count } modifications au nom des États. Chacune attend sa vérification comme toute autre :

    { $url }
email-import-on-behalf-subject = Des modifications des fiches de votre État ont été importées
email-import-on-behalf-body = 
    Le dépositaire a importé le fichier d’un annuaire régional ({ $source }). Il en résulte { $count } modifications des fiches de votre État, en son nom. Un autre dépositaire vérifie chacune avant publication. Si votre État n’y a pas consenti, prévenez immédiatement le dépositaire.

    { $url }
audit-action-directory-imported = Annuaire régional importé
err-shell-not-custodian = Ce compte n’est pas celui d’un dépositaire actif. Indiquez le compte d’un dépositaire.
err-page-cursor = Ce curseur n’a pas été donné par cette liste. Recommencez sans curseur, puis suivez next_cursor.
page-first = Retour à la première page
err-page-limit = Une page contient de 1 à 500 éléments. Demandez un nombre dans cet intervalle.
api-op-attach-file = Joindre un fichier à une communication
api-op-get-attachment = Télécharger le fichier joint à une communication
guide-nav = Guide POC 101
guide-title = POC 101 : guide du répertoire
guide-lead = Pour les diplomates et les contacts techniques qui découvrent le répertoire : à quoi il sert, comment y participer et que faire quand un message arrive.
guide-contents = Sommaire
guide-purpose-title = À quoi sert le répertoire
guide-purpose-1 = Le répertoire indique, pour chaque État participant, les personnes à contacter en cas d’incident grave lié aux TIC : des contacts diplomatiques qui parlent au nom de l’État, et des contacts techniques, le plus souvent au CERT national, qui peuvent agir sur l’incident.
guide-purpose-2 = Son but est la confiance : en cas de crise, un État joint en quelques minutes la bonne personne dans un autre État, avec un message type qui dit son degré d’urgence et qui peut le lire, et les deux gardent trace de l’échange. Il complète les canaux régionaux et bilatéraux sans les remplacer. La participation est volontaire.
guide-join-title = Comment un État adhère
guide-join-1 = La Mission permanente de l’État auprès de l’Organisation des Nations Unies demande l’accès sur la page « Demander l’accès », en citant sa note verbale.
guide-join-2 = Le gestionnaire vérifie la demande auprès de la Mission par un autre canal, puis invite l’administrateur national désigné par la Mission. Celui-ci choisit un mot de passe et configure une application d’authentification : un second facteur est exigé de tous.
guide-join-3 = L’État désigne ensuite ses points de contact. Une fois vérifiés par le gestionnaire, ils sont visibles des autres États participants, jamais du public.
guide-roles-title = Qui fait quoi
guide-roles-custodian = Le gestionnaire tient le répertoire : il admet les États, vérifie chaque désignation et chaque modification avant publication et mène les vérifications de communication. C’est un petit secrétariat, qui n’est pas partie aux échanges entre États.
guide-roles-admin = Un administrateur national gère les fiches de l’État et ses utilisateurs, et répond au gestionnaire à leur sujet. Un État peut en avoir plusieurs.
guide-roles-member = Les membres, comme les points de contact eux-mêmes, consultent le répertoire, répondent aux vérifications, et envoient et reçoivent les communications pour leur État.
guide-entries-title = Désigner des contacts et tenir les fiches à jour
guide-entries-1 = Une fiche désigne si possible une fonction plutôt qu’une personne — le CERT national, la cellule cyber du ministère —, avec des adresses lues jour et nuit si possible, des numéros de téléphone, les langues de travail et le fuseau horaire.
guide-entries-2 = Chaque désignation, mise à jour ou retrait attend le gestionnaire, qui le vérifie auprès de l’État avant publication ; l’État est informé de la publication. L’historique de chaque fiche montre toutes ses versions et la façon dont elles ont été vérifiées.
guide-entries-3 = Chaque fiche est confirmée au moins tous les { $months } mois, même si rien n’a changé : « Confirmer que toutes les fiches sont exactes » sur la page de l’État le fait en une fois, et les administrateurs sont prévenus avant l’échéance. Un contact périmé est pire que pas de contact.
guide-checks-title = Les vérifications de communication, et pourquoi il faut y répondre
guide-checks-1 = Régulièrement, et chaque fois que le gestionnaire en a besoin, chaque point de contact reçoit un court message de vérification dans sa langue, avec un lien. Il suffit de suivre le lien et d’appuyer sur le bouton, ou d’accuser réception dans le portail.
guide-checks-2 = La réponse prouve que l’adresse fonctionne, que quelqu’un la lit, et en combien de temps. Chaque État voit ses propres résultats, le gestionnaire ceux de tous, par région et par type. Un contact qui reste silencieux reçoit un rappel, puis ses administrateurs sont prévenus.
guide-checks-3 = Répondez même quand tout va bien : lors d’un véritable incident, un contact silencieux est un maillon brisé de la chaîne.
guide-send-title = Envoyer une communication
guide-send-1 = Sous « Communications », choisissez l’État destinataire, un modèle (par exemple une demande d’assistance ou la notification d’un incident), l’urgence et le marquage TLP, puis remplissez les champs du modèle dans votre langue. L’État destinataire lit le nom des champs dans la sienne.
guide-send-2 = Les points de contact de l’État destinataire reçoivent un courriel les avertissant qu’une communication les attend ; le contenu reste dans le répertoire. Ils en accusent réception et peuvent répondre dans le même fil. Sans accusé de réception dans le délai, elle est transmise à d’autres contacts de cet État.
guide-send-3 = Chaque communication, accusé de réception et réponse figure au registre des deux États ; chacun peut exporter le sien depuis la page Communications.
guide-urgency-title = L’urgence : dans quel délai un accusé de réception est attendu
guide-urgency-urgent = Urgent : dans les { $minutes } minutes.
guide-urgency-high = Élevée : dans les { $hours } heures.
guide-urgency-routine = Courante : dans les { $days } jours.
guide-tlp-title = TLP : qui peut lire ce que vous envoyez
guide-tlp-lead = Le Traffic Light Protocol (TLP 2.0, publié par FIRST) indique aux destinataires jusqu’où ils peuvent partager l’information. Choisissez le marquage le moins restrictif qui la protège encore.
guide-tlp-red = TLP:RED — les seuls destinataires nommés. L’envoyer exige un code récent de votre application d’authentification : aucun programme ne peut donc l’envoyer.
guide-tlp-amber-strict = TLP:AMBER+STRICT — au sein de l’organisation destinataire uniquement.
guide-tlp-amber = TLP:AMBER — au sein de l’organisation destinataire, et avec ceux qui doivent savoir pour la protéger.
guide-tlp-green = TLP:GREEN — au sein de la communauté, mais pas publiquement.
guide-tlp-clear = TLP:CLEAR — aucune limite de diffusion.
guide-consent-title = Le consentement au partage avec un État tiers
guide-consent-1 = Une information reçue par le répertoire n’est pas transmise à un autre État sans le consentement de l’expéditeur. L’État destinataire le demande dans le fil, en précisant ce qu’il veut partager et avec qui ; l’expéditeur accepte ou refuse, et seulement alors l’information peut être transmise. Chaque étape figure au registre des deux États.
guide-consent-2 = Par ailleurs, chaque État décide sur sa page si ses fiches sont partagées avec des répertoires régionaux, comme celui de l’OSCE, et peut retirer ce consentement à tout moment.
guide-custodian-title = Ce que le gestionnaire voit, et ce qu’il ne voit pas
guide-custodian-can = Le gestionnaire voit les fiches, leur historique et les résultats des vérifications, qui a un compte, et le journal d’audit des actions. Des communications, il ne voit que des nombres : combien, de quel type et de quelle urgence, par mois et par région.
guide-custodian-cannot = Il ne voit jamais le contenu des communications entre États, ni qui a consulté qui. Le contenu est scellé dans la base de données et n’est montré qu’aux parties.
usage-empty = Aucune communication n’a encore été envoyée par le répertoire. Dès que des États en échangeront, cette page les comptera par modèle, par urgence, par mois et par région de l’État expéditeur. Elle n’en montre jamais le contenu, ni qui a écrit à qui.
usage-page-title = Utilisation du répertoire
usage-lead-all = À quelle fréquence le répertoire sert, et à quoi : connexions, consultations, recherches, exports, communications et vérifications, par mois et par région de l’État concerné. Des nombres seulement : jamais le contenu d’une communication, ni qui a consulté qui.
usage-csv = Télécharger les chiffres (CSV)
usage-by-region-all = Par région
usage-col-month = Mois
usage-col-region = Région
usage-col-sign_ins = Connexions
usage-col-views = Consultations
usage-col-searches = Recherches
usage-col-exports = Exports
usage-col-communications = Communications
usage-col-checks = Vérifications
usage-region-custodian = Le gestionnaire (sans État)
usage-communications-title = Communications par type et par urgence
usage-chart = Les barres montrent ensemble les consultations et les recherches ; le tableau donne tous les chiffres.
public-fallback = Ce texte n’a pas encore été rédigé dans votre langue : le voici en anglais.
news-title = Actualités
news-none = Aucune actualité n’a encore été publiée.
news-updated = Mis à jour le { $date }
pages-title = Pages publiques
pages-lead = Les textes que le public lit sur la page d’accueil et la page des actualités, dans chacune des six langues, rédigés en Markdown. Chaque enregistrement crée une nouvelle version. Une langue sans texte propre affiche l’anglais en le signalant ; une page jamais rédigée garde le texte intégré du répertoire.
page-name-mandate = Mandat
page-name-join = Comment adhérer
page-name-news = Actualités
pages-col-lang = Langue
pages-col-version = Version publiée
pages-missing = Non rédigé
pages-edit = Modifier
pages-version = Version { $version }, { $date }
pages-edit-title = { $page } : { $language }
pages-body = Texte (Markdown)
pages-body-hint = Un titre commence par { $heading }, un élément de liste par { $item }, et un lien s’écrit { $link }. Le HTML est supprimé. { $max } caractères au plus. Un texte vide retire la version de cette langue : les lecteurs reçoivent l’anglais.
pages-preview = Aperçu
pages-publish = Publier
pages-preview-title = Aperçu
pages-preview-note = Tel que les lecteurs le verront. Rien n’est enregistré avant la publication.
pages-preview-empty = Le texte est vide : les lecteurs recevront la version anglaise, ou le texte intégré.
pages-history = Versions
pages-version-by = Version { $version }, { $date }, par { $name }
pages-never = Jamais rédigé dans cette langue : les lecteurs reçoivent la version anglaise, ou le texte intégré.
err-page-too-long = Le texte dépasse 20 000 caractères. Raccourcissez-le, ou déplacez-en une partie dans les actualités.
notice-page-published = La page est publiée.
audit-action-page-published = Page publique publiée
initiatives-title = Renforcement des capacités
initiatives-lead = Initiatives de renforcement des capacités et réunions d’experts proposées par les États participants, publiées par le gestionnaire. Les coordonnées n’apparaissent que si l’État a choisi de les publier.
initiatives-from = Non terminées au
initiatives-filter = Afficher
initiatives-none = Aucune initiative publiée ne correspond. Essayez une autre région, un autre thème ou un autre jour.
initiative-kind = Type
initiative-kind-initiative = Initiative de renforcement des capacités
initiative-kind-meeting = Réunion d’experts
initiative-topic = Thème
initiative-topic-incident-response = Réponse aux incidents
initiative-topic-policy-diplomacy = Politique et diplomatie
initiative-topic-law-cybercrime = Droit et cybercriminalité
initiative-topic-technical-training = Formation technique
initiative-topic-exercises = Exercices
initiative-topic-other = Autre
initiative-open = Ouverte à tous les États
initiative-dates = Dates
initiative-from-to = du { $from } au { $to }
initiative-organiser = Organisateur
initiative-languages = Langues
initiative-contact = Adresse de contact
initiative-in-english = En anglais
initiative-propose-title = { $state } : renforcement des capacités
initiative-propose-lead = Proposez une initiative de renforcement des capacités ou une réunion d’experts. Rédigez-la dans l’une des six langues, avec une traduction anglaise si possible. Le gestionnaire la publie sur les pages publiques, ou vous dit pourquoi il ne le fait pas.
initiative-propose-link = Proposer une initiative de renforcement des capacités
initiative-written-in = Rédigée en
initiative-title = Titre
initiative-description = Description
initiative-title-en = Titre en anglais
initiative-description-en = Description en anglais
initiative-starts = Premier jour
initiative-ends = Dernier jour (s’il y en a plusieurs)
initiative-contact-public = Publier l’adresse de contact avec l’initiative
initiative-open-to-all = Ouverte à tous les États
initiative-submit = Proposer
initiative-mine = Les propositions de votre État
initiative-mine-none = Votre État n’a encore rien proposé.
initiative-status-pending = En attente du gestionnaire
initiative-status-published = Publiée
initiative-status-declined = Refusée
initiative-declined-because = Motif : { $reason }
initiatives-pending-title = Initiatives proposées
initiatives-pending-lead = Initiatives de renforcement des capacités et réunions d’experts proposées par les États. Publiez-en une pour la mettre sur les pages publiques, ou refusez-la avec un motif que l’État lira.
initiatives-pending-none = Aucune proposition en attente.
initiative-publish = Publier
initiative-decline = Refuser
initiative-decline-reason = Motif du refus (l’État le lira)
err-initiative-kind = Indiquez s’il s’agit d’une initiative ou d’une réunion d’experts.
err-initiative-topic = Choisissez l’un des thèmes proposés.
err-initiative-languages = Cochez au moins l’une des six langues dans lesquelles elle se tient.
err-initiative-dates = Le dernier jour précède le premier. Corrigez l’un des deux.
err-initiative-past = Elle est déjà terminée. Seules les initiatives à venir ou en cours sont publiées.
err-initiative-decided = Cette proposition a déjà fait l’objet d’une décision.
notice-proposed = Proposée : le gestionnaire la publiera ou vous dira pourquoi il ne le fait pas.
notice-initiative-published = L’initiative est publiée.
notice-initiative-declined = L’initiative est refusée ; l’État lira votre motif.
audit-action-initiative-proposed = Initiative proposée
audit-action-initiative-published = Initiative publiée
audit-action-initiative-declined = Initiative refusée
email-initiative-proposed-subject = { $state } propose : { $title }
email-initiative-proposed-body = 
    { $state } a proposé une initiative de renforcement des capacités ou une réunion d’experts. Publiez-la sur les pages publiques, ou refusez-la avec un motif que l’État lira :

    { $url }
email-initiative-published-subject = Publiée : { $title }
email-initiative-published-body = 
    Le gestionnaire a publié la proposition de votre État sur les pages publiques du répertoire :

    { $url }
email-initiative-declined-subject = Non publiée : { $title }
email-initiative-declined-body = 
    Le gestionnaire a refusé la proposition de votre État, pour ce motif : { $reason }

    { $url }
guide-capacity-title = Renforcement des capacités, actualités et aide
guide-capacity-1 = Les États se proposent mutuellement des formations, des ateliers et des réunions d’experts. Un administrateur national en propose une depuis la page de l’État ; une fois publiée par le gestionnaire, elle figure sous « Renforcement des capacités », ouverte au public, avec un contact seulement si l’État a choisi d’en publier un.
guide-capacity-2 = Les actualités du gestionnaire sont sur la page « Actualités ». Pour toute aide sur votre compte ou les fiches de votre État, adressez-vous à votre administrateur national ; les administrateurs écrivent au gestionnaire.
exercise-mark = EXERCICE
exercise-banner = EXERCICE — il s’agit d’une simulation, et non d’un incident réel.
email-exercise-line = *** EXERCICE — il s’agit d’une simulation, et non d’un incident réel. ***
exercise-control = Direction de l’exercice
email-exercise-invited-subject = Invitation de votre État à un exercice du Répertoire des points de contact
email-exercise-invited-body = Le gestionnaire du Répertoire des points de contact invite votre État à participer à un exercice fondé sur un scénario.

    Connectez-vous pour prendre connaissance du scénario, accepter ou décliner l’invitation et désigner les points de contact qui y joueront :

    { $link }
err-exercise-closed = Cet exercice est terminé ou annulé : il ne peut plus être modifié.
err-exercise-language = Choisissez l’une des six langues.
err-exercise-no-injects = Ajoutez au moins un stimulus au chronogramme avant de lancer l’exercice.
err-exercise-no-players = Au moins un État doit avoir accepté l’invitation et désigné ses joueurs pour que l’exercice puisse être lancé.
err-exercise-not-running = L’exercice n’est pas en cours : lancez-le ou reprenez-le d’abord.
err-exercise-not-started = Les enseignements tirés peuvent être soumis une fois l’exercice commencé.
err-exercise-players = Pour accepter, choisissez comme joueur au moins l’un des points de contact publiés de votre État.
err-exercise-states = Choisissez un ou plusieurs États participants.
err-exercise-status = Cette action n’est pas possible au stade actuel de l’exercice ; la page indique les actions possibles à présent.
err-inject-after = Choisissez le stimulus auquel celui-ci fait suite, parmi ceux qui figurent déjà au chronogramme.
err-inject-before-start = Un stimulus ne peut pas être programmé avant le début de l’exercice : indiquez un délai de zéro minute ou plus.
err-inject-expiry = Le délai fixé pour cette réaction attendue dépasserait son expiration : raccourcissez ce délai ou allongez le délai d’expiration.
err-inject-followed = Un autre stimulus fait suite à celui-ci : supprimez ou modifiez d’abord ce stimulus.
err-inject-minutes = Indiquez un nombre entier de minutes, de 1 à 43 200 (trente jours).
err-inject-release = Choisissez quand le stimulus est déclenché : à un moment donné, après un autre stimulus ou manuellement.
err-inject-released = Ce stimulus a déjà été déclenché.
err-inject-states = Choisissez un ou plusieurs des États invités à cet exercice qui n’ont pas décliné l’invitation.
exercises-title = Exercices
exercises-lead = Les exercices fondés sur un scénario permettent de vérifier que les points de contact sont joignables et répondent dans les délais. Chaque stimulus est remis sous la forme d’une communication ordinaire, clairement marquée EXERCICE ; les joueurs y répondent depuis leur boîte de réception habituelle. Aucun élément d’un exercice n’entre dans le registre réel des échanges d’un État ni dans les statistiques d’utilisation.
exercises-list = Tous les exercices
exercises-none = Aucun exercice pour l’instant.
exercises-state-lead = Exercices auxquels votre État est invité. Tout ce qui relève d’un exercice porte la mention EXERCICE.
exercises-state-none = Votre État n’a été invité à aucun exercice.
exercise-new = Préparer un nouvel exercice
exercise-written-in = Langue de ce texte
exercise-title = Titre
exercise-narrative = Scénario
exercise-narrative-hint = La situation de départ des joueurs. Vous pourrez ensuite ajouter le scénario dans d’autres langues.
exercise-create = Créer l’exercice
exercise-status-draft = En préparation
exercise-status-running = En cours
exercise-status-paused = En pause
exercise-status-finished = Terminé
exercise-status-canceled = Annulé
exercise-do-launch = Lancer
exercise-do-pause = Mettre en pause
exercise-do-resume = Reprendre
exercise-do-end = Terminer l’exercice
exercise-do-cancel = Annuler l’exercice
exercise-started = Commencé le { $date }
exercise-ended = Terminé le { $date }
exercise-report-title = Rapport de fin d’exercice
exercise-csv = Télécharger au format CSV
exercise-board = Tableau de bord en direct
exercise-board-lead = Par État et par stimulus : remise, accusé de réception et réponse (délai depuis le déclenchement, en heures:minutes:secondes), signalements, résultat de chaque réaction attendue (dans les délais, en retard ou en échec) et point de rupture de la chaîne.
exercise-scenario = Scénario
exercise-languages = Rédigé en : { $languages }
exercise-scenario-edit = Modifier le scénario ou ajouter une langue
exercise-scenario-save = Enregistrer le scénario
exercise-scenario-in = Le scénario n’est pas rédigé dans votre langue ; il est présenté dans la langue suivante : { $language }.
exercise-states = États participants
exercise-states-none = Aucun État invité pour l’instant.
exercise-invite = Inviter des États
exercise-invite-send = Envoyer les invitations
exercise-answer-accepted = Acceptée
exercise-answer-declined = Déclinée
exercise-answer-waiting = Pas encore de réponse
exercise-players-count = { $count ->
        [one] { $count } joueur
       *[other] { $count } joueurs
    }
exercise-timeline = Chronogramme des stimuli
exercise-timeline-none = Aucun stimulus pour l’instant.
exercise-inject-number = Stimulus { $number }
exercise-inject-to = Destinataires : { $states }
exercise-released-at = déclenché le { $date }
exercise-rehearse = Répéter
exercise-release-now = Déclencher maintenant
exercise-remove = Supprimer
exercise-inject-template = Modèle du prochain stimulus
exercise-inject-add = Ajouter un stimulus
exercise-inject-needs-states = Invitez d’abord des États : un stimulus est adressé aux États participants.
exercise-inject-new = Nouveau stimulus
exercise-inject-lead = Un stimulus est une communication adressée par la direction de l’exercice, ou par un État dont elle tient le rôle, aux joueurs d’un ou de plusieurs États participants. Il utilise les modèles, degrés d’urgence et marquages TLP habituels.
exercise-sender = Envoyé au nom de
exercise-sender-hint = Laissez vide pour envoyer au nom de la direction de l’exercice, ou indiquez l’État dont celle-ci tient le rôle (par exemple un État fictif du scénario).
exercise-inject-to-states = Aux joueurs de
exercise-inject-content = Contenu
exercise-release = Déclenchement
exercise-release-at = À un moment donné après le début
exercise-release-after = Après un autre stimulus
exercise-release-after-which = Stimulus précédent
exercise-release-manual = Manuellement, sur décision de la direction de l’exercice
exercise-offset = Minutes
exercise-offset-hint = À compter du début, ou du stimulus précédent. Les pauses ne sont pas comptées.
exercise-expectations = Réactions attendues
exercise-expectations-hint = Ce que les joueurs doivent faire, et dans quel délai. Laissez vide s’il n’y a pas de réaction attendue.
exercise-expect-ack-minutes = Accusé de réception dans un délai de (minutes)
exercise-expect-answer-minutes = Réponse dans un délai de (minutes)
exercise-expiry-minutes = Expiration des réactions attendues après (minutes)
exercise-expiry-hint = Passé ce délai, une réaction attendue non réalisée est considérée comme un échec. Si le champ est vide : { $minutes } minutes (un jour).
exercise-inject-save = Ajouter au chronogramme
inject-at = { $time } après le début
inject-after = { $time } après le stimulus { $number }
inject-manual = Déclenchement manuel
inject-expect-ack = Accusé de réception dans un délai de { $time }
inject-expect-answer = Réponse dans un délai de { $time }
inject-expiry = Expiration après { $time }
exercise-rehearse-title = Répétition du stimulus { $number }
exercise-rehearse-lead = Exactement ce que verra un joueur, dans la langue de votre choix : le courriel qui l’avertit, puis la communication dans le portail. Rien n’est envoyé aux États.
exercise-rehearse-lang = Langue du joueur
exercise-rehearse-show = Afficher
exercise-rehearse-email = Le courriel
exercise-rehearse-portal = La communication dans le portail
exercise-rehearse-send = M’envoyer ce courriel
exercise-state = État
exercise-inject = Stimulus
exercise-released = Déclenchement
exercise-delivery = Courriel
exercise-acknowledged = Accusé de réception après
exercise-answered = Réponse après
exercise-escalated = Signalement
exercise-expectations-col = Réactions attendues
exercise-broke = Point de rupture de la chaîne
exercise-not-released = Non déclenché
exercise-delivery-sent = Remis
exercise-delivery-waiting = En attente d’envoi
exercise-delivery-failed = Non remis ou renvoyé
exercise-delivery-none = Aucun courriel
exercise-escalations = { $count ->
        [one] { $count } palier
       *[other] { $count } paliers
    }
exercise-escalation-empty = n’a atteint personne
exercise-expect-ack-short = Accusé de réception :
exercise-expect-answer-short = Réponse :
exercise-outcome-met = dans les délais
exercise-outcome-late = en retard
exercise-outcome-failed = échec
exercise-outcome-pending = en attente
exercise-broke-not-delivered = Courriel non remis ou renvoyé
exercise-broke-escalation-empty = Le signalement n’a atteint personne
exercise-broke-not-acknowledged = Remis, mais sans accusé de réception
exercise-broke-not-answered = Réception confirmée, mais sans réponse
exercise-broke-answered-late = Réponse tardive
exercise-results-none = Aucun stimulus déclenché pour l’instant.
exercise-network = Ensemble du réseau
exercise-delivered = Stimuli remis (par État et par stimulus)
exercise-ack-rate = Réception confirmée
exercise-answer-rate = Réponse apportée (taux de réponse)
exercise-ack-times = Délai d’accusé de réception
exercise-answer-times = Délai de réponse
exercise-median-p90 = médiane { $median }, 90e centile { $p90 }
exercise-breaks = Point de rupture de la chaîne
exercise-ack-rate-by-state = Proportion de stimuli dont la réception a été confirmée, par État
exercise-results = Résultats par État et par stimulus
exercise-report-print = Imprimez cette page, ou enregistrez-la au format PDF depuis votre navigateur : la version imprimée ne comporte ni menus ni boutons.
exercise-lessons = Enseignements tirés
exercise-lessons-none = Aucun enseignement soumis pour l’instant.
exercise-lesson-anonymous = Un État participant
exercise-lesson = Un enseignement tiré
exercise-lesson-lang = Rédigé en
exercise-lesson-submit = Soumettre l’enseignement
exercise-named-yes = Les enseignements de votre État figurent sous son nom dans le rapport.
exercise-named-no = Les enseignements de votre État figurent dans le rapport sans mention de son nom.
exercise-name-show = Mentionner le nom de mon État
exercise-name-hide = Les rendre anonymes
exercise-your-answer = Réponse de votre État
exercise-players = Joueurs
exercise-players-hint = Les points de contact publiés qui participent. Les stimuli leur sont adressés ; les signalements s’effectuent comme en situation réelle.
exercise-accept = Accepter avec ces joueurs
exercise-decline = Décliner
exercise-your-results = Résultats de votre État
exercise-how-to-play = Les stimuli arrivent dans votre boîte de réception habituelle, marqués EXERCICE. Accusez-en réception et répondez-y comme en situation réelle : les délais sont enregistrés à la seconde près.
usage-col-exercises = États participant à des exercices
audit-action-exercise-created = Exercice créé
audit-action-exercise-scenario = Scénario d’exercice rédigé
audit-action-exercise-invited = État invité à un exercice
audit-action-exercise-answered = Réponse à une invitation à un exercice
audit-action-exercise-naming = Choix de la mention du nom dans les enseignements d’exercice
audit-action-exercise-inject-added = Stimulus d’exercice ajouté
audit-action-exercise-inject-removed = Stimulus d’exercice supprimé
audit-action-exercise-launch = Exercice lancé
audit-action-exercise-pause = Exercice mis en pause
audit-action-exercise-resume = Exercice repris
audit-action-exercise-end = Exercice terminé
audit-action-exercise-cancel = Exercice annulé
audit-action-exercise-inject-released = Stimulus d’exercice déclenché
audit-action-exercise-rehearsed = Répétition d’un stimulus d’exercice
audit-action-exercise-lesson = Enseignement tiré d’un exercice soumis
err-exercise-answer = Indiquez si votre État accepte ou décline.
guide-exercises-title = Exercices
guide-exercises-1 = Le gestionnaire organise des exercices fondés sur des scénarios pour vérifier que les points de contact sont joignables et répondent à temps. Votre État est invité par courriel ; un administrateur national accepte, en désignant les points de contact qui joueront, ou décline.
guide-exercises-2 = Pendant un exercice, ses messages arrivent dans votre boîte de réception habituelle sous forme de communications, marquées EXERCICE sur chaque page et dans chaque courriel, afin que personne ne les prenne pour un incident réel. Accusez réception et répondez comme vous le feriez réellement : les délais sont enregistrés à la seconde près et le signalement aux autres contacts fonctionne comme d’habitude.
guide-exercises-3 = Rien d’un exercice n’entre dans le registre des échanges réels de votre État. Ensuite, votre État voit ses propres résultats à côté des chiffres de l’ensemble du réseau, et les joueurs soumettent des enseignements dans leur propre langue ; l’administrateur national choisit s’ils portent le nom de l’État.
guide-figure-send-alt = Le formulaire pour écrire à un autre État : tous les points de contact d’un type, ou des points de contact choisis, chacun avec son heure locale et ses heures de disponibilité.
guide-figure-send-caption = Écrire à un État : choisissez qui adresser ; leur heure locale vous aide à savoir s’ils sont au travail.
guide-figure-exercise-alt = Une communication d’exercice : un bandeau violet EXERCICE au-dessus et au-dessous, l’expéditeur joué par la direction de l’exercice, l’urgence, le marquage TLP et l’heure de l’accusé de réception.
guide-figure-exercise-caption = Une communication d’exercice porte la mention EXERCICE au-dessus et au-dessous, ainsi que dans l’objet de son courriel.
field-pgp-key = Clé publique OpenPGP
hint-pgp-key = Facultatif. Collez la clé telle qu’exportée, de « -----BEGIN PGP PUBLIC KEY BLOCK----- » à la ligne END. Elle est vérifiée immédiatement : elle doit être en cours de validité et permettre le chiffrement. Ne collez jamais une clé privée.
field-pgp-expires = Expiration de la clé OpenPGP
pgp-expires = Expire le { $date }
pgp-never-expires = Sans date d’expiration
pgp-download = Télécharger la clé
pgp-notice-expired = Cette clé a expiré : personne ne peut plus chiffrer pour elle.
pgp-notice-expiring = Cette clé expire dans moins de trente jours.
pgp-notice-user-id = Aucun identifiant de cette clé ne correspond à une adresse de l’entrée : vérifiez qu’il s’agit de la bonne clé.
err-pgp-too-large = Cette clé dépasse 64 Ko : exportez-la sans signatures superflues (gpg --export-options export-minimal).
err-pgp-private = Il s’agit d’une clé privée : elle n’a pas été enregistrée. Collez uniquement la clé publique (gpg --armor --export) et considérez la clé privée comme compromise si elle a quitté son titulaire.
err-pgp-unreadable = Ce n’est pas une clé publique OpenPGP lisible : collez le bloc entier, lignes BEGIN et END comprises.
err-pgp-signature = Les signatures propres de cette clé ne se vérifient pas : elle a pu être altérée. Exportez-la à nouveau auprès de son titulaire.
err-pgp-revoked = Cette clé a été révoquée par son titulaire : demandez la clé qui la remplace.
err-pgp-expired = Cette clé a expiré : prolongez-la (gpg --quick-set-expire) puis exportez-la à nouveau.
err-pgp-no-encryption = Cette clé ne peut que signer : aucune partie en cours de validité ne permet de chiffrer. Ajoutez une sous-clé de chiffrement (gpg --quick-add-key EMPREINTE cv25519 encr) puis exportez-la à nouveau.
err-pgp-fingerprint-mismatch = L’empreinte saisie n’est pas celle de cette clé, qui est { $fingerprint } : vérifiez que vous avez collé la bonne clé, ou effacez l’empreinte.
email-pgp-expiring-subject = Une clé OpenPGP de { $state } expire le { $date }
email-pgp-expiring-body = La clé OpenPGP de l’entrée « { $entity } » (empreinte { $fingerprint }) expire le { $date }.

    Passé ce jour, aucune communication ne pourra plus être chiffrée pour elle. Prolongez la clé, ou faites-en créer une nouvelle par son titulaire, et mettez l’entrée à jour :

    { $link }
email-pgp-expired-subject = Une clé OpenPGP de { $state } a expiré
email-pgp-expired-body = La clé OpenPGP de l’entrée « { $entity } » (empreinte { $fingerprint }) a expiré le { $date }.

    Les communications adressées à cette entrée ne sont plus chiffrées. Mettez l’entrée à jour avec une clé valide :

    { $link }
audit-action-key-reminded = Rappel de clé OpenPGP envoyé
email-signed-footer = Ce courriel est signé avec la clé OpenPGP du répertoire, empreinte { $fingerprint }. Un courriel qui vous demande de cliquer et n’est pas signé par cette clé ne vient pas du répertoire : ne cliquez pas et prévenez votre administrateur national. Comment vérifier : { $url }/guide#genuine
footer-mail-key = Nos courriels sont signés avec la clé OpenPGP
footer-mail-key-download = Télécharger la clé
footer-mail-key-how = Comment vérifier un courriel
guide-genuine-title = Reconnaître nos courriels des imitations
guide-genuine-1 = Les vérifications et les notifications vous demandent de cliquer sur un lien, c’est pourquoi des attaquants les imitent. Chaque courriel envoyé par le répertoire est signé avec sa propre clé OpenPGP, dont l’empreinte est :
guide-genuine-2 = Un logiciel de messagerie qui lit OpenPGP (Thunderbird, par exemple, ou Outlook avec un module complémentaire) affiche la signature comme valide une fois la clé importée. À défaut, enregistrez le courriel et demandez à votre CERT de le vérifier avec GnuPG (gpg --verify). Comparez l’empreinte avec celle ci-dessus, qui figure sur chaque page du répertoire.
guide-genuine-3 = Un courriel qui vous demande d’accuser réception ou de vous connecter et n’est pas signé par cette clé ne vient pas du répertoire : ne cliquez pas et prévenez votre administrateur national.
email-encrypted-body = Ce courriel est chiffré pour votre clé OpenPGP : ouvrez-le avec votre logiciel OpenPGP. Il contient la communication et le lien pour en accuser réception.
thread-key-problem = Le courriel adressé à « { $entity } » est parti sans le contenu :
email-pgp-unusable-subject = Une communication est parvenue à « { $entity } » sans son contenu : sa clé OpenPGP est inutilisable
email-pgp-unusable-body = Une communication adressée à votre État a été envoyée à « { $entity } », mais son contenu n’a pas pu être chiffré pour la clé OpenPGP de l’entrée : { $reason }

    Le courriel est parti sans le contenu, comme les notifications sans clé ; la communication attend dans le portail. Mettez à jour la clé de l’entrée :

    { $link }
passkeys-title = Clés d'accès
passkey-what = Une clé d'accès est gardée par votre appareil ou votre clé de sécurité et se déverrouille par votre empreinte, votre visage ou votre code PIN. Elle prouve votre identité à ce site seulement : un site imité ne peut pas s'en servir.
passkeys-custodian = Les comptes du gestionnaire se connectent avec une clé d'accès. Gardez-en au moins une ; ajoutez-en une deuxième sur un autre appareil en cas de perte.
passkeys-none = Vous n'avez pas encore de clé d'accès.
passkey-new = Ajouter une clé d'accès
passkey-name = Nom de cette clé d'accès
passkey-name-hint = De quoi savoir quel appareil la garde, par ex. « Portable du bureau » ou « Clé de sécurité bleue ».
passkey-add = Ajouter une clé d'accès
passkey-use = Utiliser plutôt une clé d'accès
passkey-failed = Votre navigateur ou votre authentificateur n'a donné aucune clé d'accès (annulé, délai dépassé ou indisponible). Réessayez, ou utilisez un code.
passkey-needs-script = L'ajout d'une clé d'accès demande JavaScript et un navigateur qui prend en charge les clés d'accès.
passkey-remove = Retirer
passkey-remove-named = Retirer la clé d'accès { $name }
col-passkey-name = Clé d'accès
col-added = Ajoutée le
passkey-setup-title = Ajoutez une clé d'accès pour continuer
passkey-setup-lead = Les comptes du gestionnaire doivent se connecter avec une clé d'accès. Tant que vous n'en avez pas ajouté, ce compte ne peut rien faire d'autre.
passkey-setup-until = Vous pouvez vous connecter avec votre code pour en ajouter une jusqu'au { $until }, une seule fois. Ensuite, seul l'exploitant peut rouvrir ce compte ({ $command }).
notice-passkey-added = La clé d'accès est ajoutée. Utilisez-la à votre prochaine connexion.
notice-passkey-removed = La clé d'accès est retirée : elle ne permet plus de se connecter à ce compte.
err-passkey-name = Donnez à cette clé d'accès un nom de 1 à 60 caractères, pour la distinguer des autres.
err-passkey-unreadable = La réponse du navigateur n'a pas pu être lue comme une réponse de clé d'accès. Rien n'a été modifié ; réessayez.
err-passkey-expired = Cette demande de clé d'accès a expiré ou a déjà reçu une réponse. Rien n'a été modifié ; réessayez.
err-passkey-challenge = Cette réponse de clé d'accès a été faite pour une autre demande que celle-ci. Rien n'a été modifié.
err-passkey-origin = Cette réponse de clé d'accès a été faite pour un autre site. Si vous ne vous y attendiez pas, quelqu'un imite peut-être pocdir : prévenez le gestionnaire. Rien n'a été modifié.
err-passkey-cloned = Le compteur d'utilisation de cette clé d'accès a reculé : elle a peut-être été copiée. Elle a été refusée ; retirez-la de votre compte et prévenez le gestionnaire.
err-passkey-unverified = L'authentificateur ne vous a pas vérifié (empreinte, visage ou code PIN). Les clés d'accès l'exigent toujours ici ; réessayez.
err-passkey-refused = Cette réponse de clé d'accès n'est pas valable pour ce compte. Rien n'a été modifié.
err-passkey-model = Ce type d'authentificateur (modèle { $model }) n'est pas autorisé ici. Utilisez l'un des modèles autorisés par le gestionnaire.
err-passkey-known = Cette clé d'accès est déjà enregistrée. Rien n'a été modifié.
err-passkey-none = Ce compte n'a pas de clé d'accès. Utilisez votre code, ou ajoutez une clé d'accès sur la page de votre compte.
err-passkey-last = Un compte du gestionnaire garde au moins une clé d'accès. Ajoutez-en une autre avant de retirer celle-ci.
err-passkey-required = Les comptes du gestionnaire se connectent avec une clé d'accès, pas avec un code. Utilisez le bouton de clé d'accès.
err-passkey-grace-over = Le délai pour ajouter une clé d'accès à ce compte du gestionnaire est écoulé. Demandez à l'exploitant de réinitialiser son second facteur ({ $command }).
audit-action-passkey-added = Clé d'accès ajoutée
audit-action-passkey-removed = Clé d'accès retirée
audit-action-login-passkey-grace-over = Connexion refusée : délai d'ajout de clé d'accès écoulé
passkey-send = Envoyer, confirmé par une clé d'accès
export-confirm-title = Confirmer l'export
export-confirm-lead = Cet export contient les contacts de plusieurs États : une copie du répertoire qui quitte le portail. Confirmez que c'est bien vous, avec un code de votre application d'authentification ou une clé d'accès. L'export est consigné dans le journal d'audit.
export-confirm-submit = Exporter
export-confirm-back = Retour au répertoire
passkey-export = Exporter, confirmé par une clé d'accès
nav-cancel-sign-in = Annuler la connexion
field-pgp-key-file = Ou téléversez le fichier de la clé
hint-pgp-key-file = Un fichier texte (.asc), tel que l'écrit « gpg --armor --export ». Un fichier choisi ici remplace le texte ci-dessus.
err-pgp-binary = Ce fichier de clé est binaire. Téléversez la clé en texte : exportez-la avec « gpg --armor --export », qui écrit un fichier commençant par « -----BEGIN PGP PUBLIC KEY BLOCK----- ».
guide-signin-title = Se connecter : codes et clés d'accès
guide-signin-1 = Chaque compte demande un second facteur après le mot de passe : un code à six chiffres d'une application d'authentification sur votre téléphone, et dix codes de récupération à garder sur papier en cas de perte du téléphone.
guide-signin-2 = Une clé d'accès est plus rapide et plus sûre : ajoutez-en une sous « Mon compte », puis connectez-vous en déverrouillant votre téléphone ou en touchant votre clé de sécurité. Elle ne fonctionne que sur ce site : une imitation ne peut pas la capter. Une clé d'accès confirme aussi l'envoi en TLP:RED et l'export des contacts de plusieurs États.
guide-signin-3 = Les comptes du gestionnaire se connectent uniquement avec une clé d'accès ; gardez-en deux, sur des appareils différents. Un gestionnaire qui les a toutes perdues est réadmis par l'exploitant depuis la ligne de commande du serveur, et cela est consigné dans le journal d'audit.
email-message-new-encrypted-body =
    L’État suivant a adressé une communication à votre État par l’intermédiaire du Répertoire des points de contact : { $state }.

    Degré d’urgence : { $urgency }
    Marquage : { $tlp }

    La communication figure ci-dessous, chiffrée pour votre clé OpenPGP. Veuillez vous connecter pour en accuser réception et y répondre :

    { $link }
email-message-reply-encrypted-body =
    L’État suivant a répondu dans le cadre d’un échange avec votre État au sein du Répertoire des points de contact : { $state }.

    Degré d’urgence : { $urgency }
    Marquage : { $tlp }

    La réponse figure ci-dessous, chiffrée pour votre clé OpenPGP. Veuillez vous connecter pour y répondre :

    { $link }
email-message-escalated-encrypted-body =
    L’État suivant a adressé une communication à votre État par l’intermédiaire du Répertoire des points de contact : { $state }. La réception de cette communication n’ayant pas été confirmée dans le délai prévu, celle-ci est désormais portée à votre attention.

    Degré d’urgence : { $urgency }
    Marquage : { $tlp }

    La communication figure ci-dessous, chiffrée pour votre clé OpenPGP. Veuillez vous connecter pour en accuser réception et y répondre :

    { $link }
hint-code-confirm = Les six chiffres qu'affiche maintenant votre application d'authentification.
err-sync-page = Cette page n'a pas été donnée par cet instantané. Recommencez sans page, puis suivez next_page.
account-recovery-custodian = Les comptes du gestionnaire se connectent uniquement avec une clé d'accès : les codes de récupération ne s'y appliquent donc pas. Si toutes les clés d'accès sont perdues, l'exploitant rouvre le compte depuis la ligne de commande du serveur, et cela est consigné dans le journal d'audit.
