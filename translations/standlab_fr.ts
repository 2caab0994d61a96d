<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppSettings</name>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
</context>
<context>
    <name>ConflictDetector</name>
    <message>
        <source>an unknown space</source>
        <translation>un espace inconnu</translation>
    </message>
    <message>
        <source>%1 is used twice at once: %2 (%3) overlaps %4 (%5).</source>
        <translation>%1 est utilisé deux fois en même temps : %2 (%3) chevauche %4 (%5).</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu'un</translation>
    </message>
    <message>
        <source>%1 is in two sessions at once: %2 (%3) and %4 (%5).</source>
        <translation>%1 est dans deux sessions en même temps : %2 (%3) et %4 (%5).</translation>
    </message>
    <message>
        <source>%1 is not available for %2 (%3).</source>
        <translation>%1 n'est pas disponible pour %2 (%3).</translation>
    </message>
    <message>
        <source>%1 (%2) is on a day that is not one of the event's days.</source>
        <translation>%1 (%2) tombe un jour qui ne fait pas partie des jours de l'événement.</translation>
    </message>
    <message>
        <source>%1 (%2) is outside the day's opening hours (%3–%4).</source>
        <translation>%1 (%2) est en dehors des heures d'ouverture de la journée (%3–%4).</translation>
    </message>
    <message>
        <source>%1 expects %2 people but %3 holds %4.</source>
        <translation>%1 attend %2 personnes mais %3 n'en accueille que %4.</translation>
    </message>
    <message>
        <source>%1 is confirmed but has no speaker.</source>
        <translation>La session %1 est confirmée mais n'a pas d'intervenant.</translation>
    </message>
    <message>
        <source>%1 is cancelled but still holds a slot; unschedule it to free the space.</source>
        <translation>La session %1 est annulée mais occupe toujours un créneau ; retirez-la du planning pour libérer l'espace.</translation>
    </message>
</context>
<context>
    <name>ContactEdits</name>
    <message>
        <source>Edit engagement</source>
        <translation>Modifier la participation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l'organisation</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Consigner un échange</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Modifier l'initiative</translation>
    </message>
    <message>
        <source>Make a session from a request</source>
        <translation>Créer une session à partir d'une demande</translation>
    </message>
    <message>
        <source>Close the call for initiatives</source>
        <translation>Clore l'appel à initiatives</translation>
    </message>
    <message>
        <source>Reopen the call for initiatives</source>
        <translation>Rouvrir l'appel à initiatives</translation>
    </message>
</context>
<context>
    <name>ContactFormats</name>
    <message>
        <source>Cannot read the mapping “%1”: %2.</source>
        <translation>Impossible de lire la correspondance « %1 » : %2.</translation>
    </message>
    <message>
        <source>The mapping “%1” is not a JSON object (%2).</source>
        <translation>La correspondance « %1 » n'est pas un objet JSON (%2).</translation>
    </message>
    <message>
        <source>The mapping “%1” does not fit: %2</source>
        <translation>La correspondance « %1 » ne convient pas : %2</translation>
    </message>
    <message>
        <source>%1: nothing imported.</source>
        <translation>%1 : rien n'a été importé.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation : rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Non importé.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Lignes lues : %1</translation>
    </message>
    <message>
        <source>Organisations created: %1, updated: %2</source>
        <translation>Organisations créées : %1, mises à jour : %2</translation>
    </message>
    <message>
        <source>People created: %1, updated: %2</source>
        <translation>Personnes créées : %1, mises à jour : %2</translation>
    </message>
    <message>
        <source>Engagements created: %1, updated: %2</source>
        <translation>Participations créées : %1, mises à jour : %2</translation>
    </message>
    <message>
        <source>Skipped as duplicates: %1</source>
        <translation>Ignorées car en double : %1</translation>
    </message>
    <message>
        <source>Line %1: duplicate of line %2 (%3): %4</source>
        <translation>Ligne %1 : doublon de la ligne %2 (%3) : %4</translation>
    </message>
    <message>
        <source>Line %1: already in the event (%2): %3</source>
        <translation>Ligne %1 : déjà dans l'événement (%2) : %3</translation>
    </message>
    <message>
        <source>Rows rejected: %1</source>
        <translation>Lignes rejetées : %1</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations and people from a spreadsheet's CSV, columns mapped from the headers (or --mapping); all or nothing.</source>
        <translation>Organisations et personnes depuis le CSV d'un tableur, colonnes associées d'après les en-têtes (ou --mapping) ; tout ou rien.</translation>
    </message>
    <message>
        <source>Organisations with their engagement, as CSV (RFC 4180, UTF-8).</source>
        <translation>Organisations avec leur participation, en CSV (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>Organisations and people as an .xlsx workbook.</source>
        <translation>Organisations et personnes dans un classeur .xlsx.</translation>
    </message>
    <message>
        <source>People as vCard 4.0 (one file, many cards).</source>
        <translation>Personnes au format vCard 4.0 (un fichier, plusieurs fiches).</translation>
    </message>
    <message>
        <source>The mapping “%1” is too large (%2 KB); a saved column mapping is never more than %3 KB.</source>
        <translation>La correspondance « %1 » est trop volumineuse (%2 Ko) ; une correspondance de colonnes enregistrée ne dépasse jamais %3 Ko.</translation>
    </message>
</context>
<context>
    <name>ContactImportMapping</name>
    <message>
        <source>No column is mapped to an organisation name or a person's name.</source>
        <translation>Aucune colonne n'est associée à un nom d'organisation ou au nom d'une personne.</translation>
    </message>
    <message>
        <source>The mapping names no columns.</source>
        <translation>La correspondance ne nomme aucune colonne.</translation>
    </message>
    <message>
        <source>The mapping has an unknown field “%1”.</source>
        <translation>La correspondance contient un champ inconnu « %1 ».</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l'organisation</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Type d'organisation</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Declaration signatory</source>
        <translation>Signataire de la déclaration</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation>Taille de la délégation</translation>
    </message>
    <message>
        <source>Topics requested</source>
        <translation>Thèmes demandés</translation>
    </message>
    <message>
        <source>Requested working line</source>
        <translation>Axe de travail demandé</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Souhaite intervenir</translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation>Souhaite animer un atelier</translation>
    </message>
    <message>
        <source>Owner on staff</source>
        <translation>Responsable dans l'équipe</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Person's full name</source>
        <translation>Nom complet de la personne</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Fonction ou titre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>The file is empty: there is no header row and no contacts.</source>
        <translation>Le fichier est vide : il n'a ni ligne d'en-tête ni contacts.</translation>
    </message>
    <message>
        <source>The file has a header row but no contacts.</source>
        <translation>Le fichier a une ligne d'en-tête mais aucun contact.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>repeated in the spreadsheet</source>
        <translation>en double dans le tableur</translation>
    </message>
    <message>
        <source>already in the event</source>
        <translation>déjà dans l'événement</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same name at the same organisation</source>
        <translation>même nom dans la même organisation</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) could not be read. Correct them and import again.</source>
        <translation>
            <numerusform>Rien n'a été importé : %n ligne n'a pas pu être lue. Corrigez-la et importez à nouveau.</numerusform>
            <numerusform>Rien n'a été importé : %n lignes n'ont pas pu être lues. Corrigez-les et importez à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) to add, </source>
        <translation>
            <numerusform>%n organisation à ajouter, </numerusform>
            <numerusform>%n organisations à ajouter, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update; </source>
        <translation>
            <numerusform>%n à mettre à jour ; </numerusform>
            <numerusform>%n à mettre à jour ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to add, </source>
        <translation>
            <numerusform>%n personne à ajouter, </numerusform>
            <numerusform>%n personnes à ajouter, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s); </source>
        <translation>
            <numerusform>%n doublon ; </numerusform>
            <numerusform>%n doublons ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n ligne rejetée.</numerusform>
            <numerusform>%n lignes rejetées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactOverview</name>
    <message>
        <source>(no country)</source>
        <translation>(pas de pays)</translation>
    </message>
    <message>
        <source>(no working line)</source>
        <translation>(pas d'axe de travail)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Attendance by status</source>
        <translation>Présence par statut</translation>
    </message>
    <message>
        <source>Organisations by country</source>
        <translation>Organisations par pays</translation>
    </message>
    <message>
        <source>Organisations by kind</source>
        <translation>Organisations par type</translation>
    </message>
    <message>
        <source>Requests to speak or run a workshop, by working line</source>
        <translation>Demandes d'intervention ou d'atelier, par axe de travail</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>Follow-ups per week</source>
        <translation>Relances par semaine</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
</context>
<context>
    <name>ContactRowReader</name>
    <message>
        <source>the day ‘%1’ is neither a date nor a day of the event</source>
        <translation>le jour « %1 » n'est ni une date ni un jour de l'événement</translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2; the file may be cut short</source>
        <translation>elle a %1 champs alors que l'en-tête en a %2 ; le fichier est peut-être tronqué</translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2</source>
        <translation>elle a %1 champs alors que l'en-tête en a %2</translation>
    </message>
    <message>
        <source>‘%1’ is not yes or no (%2)</source>
        <translation>« %1 » n'est ni oui ni non (%2)</translation>
    </message>
    <message>
        <source>‘%1’ is not a kind of organisation</source>
        <translation>« %1 » n'est pas un type d'organisation</translation>
    </message>
    <message>
        <source>‘%1’ is not an attendance status</source>
        <translation>« %1 » n'est pas un statut de présence</translation>
    </message>
    <message>
        <source>the delegation size ‘%1’ is not a number</source>
        <translation>la taille de délégation « %1 » n'est pas un nombre</translation>
    </message>
    <message>
        <source>there is no working line ‘%1’ in this event</source>
        <translation>il n'y a pas d'axe de travail « %1 » dans cet événement</translation>
    </message>
    <message>
        <source>the date ‘%1’ is not a date</source>
        <translation>la date « %1 » n'est pas une date</translation>
    </message>
    <message>
        <source>the email ‘%1’ does not look like an address</source>
        <translation>l'e-mail « %1 » ne ressemble pas à une adresse</translation>
    </message>
    <message>
        <source>it names neither an organisation nor a person</source>
        <translation>elle ne nomme ni organisation ni personne</translation>
    </message>
    <message>
        <source>it has engagement details but no organisation</source>
        <translation>elle a des détails de participation mais pas d'organisation</translation>
    </message>
</context>
<context>
    <name>ContactsExporter</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Declaration signatory</source>
        <translation>Signataire de la déclaration</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation>Taille de la délégation</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Axe de travail</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Souhaite intervenir</translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation>Souhaite animer un atelier</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
</context>
<context>
    <name>ConvergenceCheck</name>
    <message>
        <source>%1 (%2 rows here, %3 there)</source>
        <translation>%1 (%2 lignes ici, %3 là-bas)</translation>
    </message>
    <message>
        <source>This file and “%1” now hold the same changes, yet their events differ in %2. Nothing was deleted, but exchanging packages will not bring these into line by itself: check them in both copies before printing anything from them.</source>
        <translation>Ce fichier et « %1 » contiennent maintenant les mêmes modifications, mais leurs événements diffèrent pour %2. Rien n'a été supprimé, mais l'échange de paquets ne suffira pas à les harmoniser : vérifiez-les dans les deux copies avant d'en imprimer quoi que ce soit.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 holds binary data, not text: this does not look like a CSV file.</source>
        <translation>La ligne %1 contient des données binaires, pas du texte : cela ne ressemble pas à un fichier CSV.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field that starts there is never closed; the file may be cut short or have a stray quote.</source>
        <translation>Ligne %1 : un champ entre guillemets qui commence ici n'est jamais fermé ; le fichier est peut-être tronqué ou contient un guillemet isolé.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters; this does not look like a contacts spreadsheet.</source>
        <translation>Ligne %1 : un champ dépasse %2 caractères ; cela ne ressemble pas à un tableur de contacts.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 rows, more than can be imported at once.</source>
        <translation>Ligne %1 : le fichier a plus de %2 lignes, plus qu'il n'est possible d'en importer en une fois.</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>Les données n'ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, more than can be imported at once.</source>
        <translation>Le fichier dépasse %1 Mo, plus qu'il n'est possible d'en importer en une fois.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>Impossible d'ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Impossible d'écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>Impossible d'enregistrer « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>Impossible d'écrire « %1 » : seule une partie a pu être écrite ; le disque est peut-être plein.</translation>
    </message>
</context>
<context>
    <name>DemoEvent</name>
    <message>
        <source>The bundled demo event is damaged: %1</source>
        <translation>L'événement de démonstration fourni est endommagé : %1</translation>
    </message>
</context>
<context>
    <name>EventBundle</name>
    <message>
        <source>This is not a Stand Lab event bundle (the “format” field is missing or wrong).</source>
        <translation>Ceci n'est pas un paquet d'événement Stand Lab (le champ « format » est absent ou incorrect).</translation>
    </message>
    <message>
        <source>The bundle has schema version %1; this Stand Lab reads versions 1 to %2.</source>
        <translation>Le paquet a la version de schéma %1 ; ce Stand Lab lit les versions 1 à %2.</translation>
    </message>
    <message>
        <source>The bundle holds an unknown table “%1”.</source>
        <translation>Le paquet contient une table inconnue « %1 ».</translation>
    </message>
    <message>
        <source>An entry of “%1” in the bundle is not an object.</source>
        <translation>Une entrée de « %1 » dans le paquet n'est pas un objet.</translation>
    </message>
    <message>
        <source>The bundle could not be loaded: %1</source>
        <translation>Le paquet n'a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>Session “%1” (id %2, entry %3 of “sessions”) has impossible times: %4. Nothing was imported.</source>
        <translation>La session « %1 » (id %2, entrée %3 de « sessions ») a des horaires impossibles : %4. Rien n'a été importé.</translation>
    </message>
</context>
<context>
    <name>EventFilePackage</name>
    <message>
        <source>“%1” is the event file itself: choose another copy of it to merge.</source>
        <translation>« %1 » est le fichier de l'événement lui-même : choisissez une autre copie de celui-ci à fusionner.</translation>
    </message>
    <message>
        <source>“%1” was saved by another version of Stand Lab (file version %2, this event has %3): open it once in this version, then merge it.</source>
        <translation>« %1 » a été enregistré par une autre version de Stand Lab (version de fichier %2, cet événement est en version %3) : ouvrez-le une fois avec cette version, puis fusionnez-le.</translation>
    </message>
    <message>
        <source>“%1” holds another event (“%2”), not a copy of this one (“%3”): only copies of one event can be merged. To bring its sessions or contacts over, export them from it and import them here.</source>
        <translation>« %1 » contient un autre événement (« %2 »), et non une copie de celui-ci (« %3 ») : seules des copies d'un même événement peuvent être fusionnées. Pour en reprendre les sessions ou les contacts, exportez-les depuis ce fichier et importez-les ici.</translation>
    </message>
    <message>
        <source>%1 (event file)</source>
        <translation>%1 (fichier d'événement)</translation>
    </message>
</context>
<context>
    <name>EventGenerator</name>
    <message>
        <source>The number of sessions, people and organisations must each be between 0 and %1.</source>
        <translation>Le nombre de sessions, de personnes et d'organisations doit chacun être compris entre 0 et %1.</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 31.</source>
        <translation>Le nombre de jours doit être compris entre 1 et 31.</translation>
    </message>
    <message>
        <source>The number of spaces must be between 1 and 100.</source>
        <translation>Le nombre d'espaces doit être compris entre 1 et 100.</translation>
    </message>
    <message>
        <source>The generated event could not be written: %1</source>
        <translation>L'événement généré n'a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>EventOpener</name>
    <message>
        <source>Could not create the folder %1 for the demo event.</source>
        <translation>Impossible de créer le dossier %1 pour l'événement de démonstration.</translation>
    </message>
</context>
<context>
    <name>ExhibitionPlan</name>
    <message>
        <source>“%1” and “%2” are both at table %3 on %4.</source>
        <translation>« %1 » et « %2 » sont tous deux à la table %3 le %4.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Event name</source>
        <translation>Nom de l'événement</translation>
    </message>
    <message>
        <source>Parent section</source>
        <translation>Section parente</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Order of speakers</source>
        <translation>Ordre des intervenants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Cross-cutting</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>Signed the declaration</source>
        <translation>A signé la déclaration</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible à partir de</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponible jusqu'à</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Axe de travail</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Expected headcount</source>
        <translation>Effectif attendu</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Recording link</source>
        <translation>Lien de l'enregistrement</translation>
    </message>
    <message>
        <source>Notes link</source>
        <translation>Lien des notes</translation>
    </message>
    <message>
        <source>Slides link</source>
        <translation>Lien des diapositives</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Last edited by</source>
        <translation>Dernière modification par</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Maximum participants</source>
        <translation>Nombre maximal de participants</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Feeds the section</source>
        <translation>Contribue à la section</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation>Taille de la délégation</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Requested working line</source>
        <translation>Axe de travail demandé</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Souhaite intervenir</translation>
    </message>
    <message>
        <source>Wants a workshop</source>
        <translation>Souhaite animer un atelier</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Requested session</source>
        <translation>Session demandée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Slot day</source>
        <translation>Jour du créneau</translation>
    </message>
    <message>
        <source>Slot table</source>
        <translation>Table du créneau</translation>
    </message>
    <message>
        <source>Slot start</source>
        <translation>Début du créneau</translation>
    </message>
    <message>
        <source>Slot end</source>
        <translation>Fin du créneau</translation>
    </message>
    <message>
        <source>Slot status</source>
        <translation>Statut du créneau</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organisation pilote</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Event day</source>
        <translation>Jour de l'événement</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Session tag</source>
        <translation>Étiquette de session</translation>
    </message>
    <message>
        <source>Speaker or role</source>
        <translation>Intervenant ou rôle</translation>
    </message>
    <message>
        <source>Document section</source>
        <translation>Section du document</translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation>Détails de l'atelier</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact log entry</source>
        <translation>Entrée du journal de contact</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Action partner</source>
        <translation>Partenaire de l'action</translation>
    </message>
    <message>
        <source>Action source</source>
        <translation>Source de l'action</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Note de session</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>Export event as JSON bundle</source>
        <translation>Exporter l'événement en paquet JSON</translation>
    </message>
</context>
<context>
    <name>LaptopIdentity</name>
    <message>
        <source>This laptop</source>
        <translation>Cet ordinateur</translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>“%1” is the event file %2 itself; writing there would replace the event. Choose another file to write; nothing was written.</source>
        <translation>« %1 » est le fichier d'événement %2 lui-même ; y écrire remplacerait l'événement. Choisissez un autre fichier où écrire ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>“%1” is %2, a file SQLite or the lock keeps beside the event %3; writing there would damage the event. Choose another file to write; nothing was written.</source>
        <translation>« %1 » est %2, un fichier que SQLite ou le verrou conserve à côté de l'événement %3 ; y écrire endommagerait l'événement. Choisissez un autre fichier où écrire ; rien n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>PdfCanvas</name>
    <message>
        <source>Printing the programme needs the graphical part of Qt (a QGuiApplication); on a machine without a display, run with QT_QPA_PLATFORM=offscreen.</source>
        <translation>L'impression du programme nécessite la partie graphique de Qt (une QGuiApplication) ; sur une machine sans écran, lancez avec QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be started.</source>
        <translation>Impossible d'écrire %1 : le PDF n'a pas pu être commencé.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>Impossible d'écrire « %1 » : seule une partie a pu être écrite ; le disque est peut-être plein.</translation>
    </message>
</context>
<context>
    <name>ProgrammeExporter</name>
    <message>
        <source>Unknown programme format.</source>
        <translation>Format de programme inconnu.</translation>
    </message>
</context>
<context>
    <name>ProgrammePrinter</name>
    <message>
        <source>Print the programme booklet of confirmed sessions</source>
        <translation>Imprimer le livret du programme avec les sessions confirmées</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Print programme</source>
        <translation>Imprimer le programme</translation>
    </message>
    <message>
        <source>Print pro&amp;gramme…</source>
        <translation>&amp;Imprimer le programme…</translation>
    </message>
</context>
<context>
    <name>ProgrammeXlsx</name>
    <message>
        <source>Cannot write “%1”: no temporary folder.</source>
        <translation>Impossible d'écrire « %1 » : pas de dossier temporaire.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the workbook could not be created.</source>
        <translation>Impossible d'écrire « %1 » : le classeur n'a pas pu être créé.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d'écrire « %1 » : %2.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Stand Lab events (*.standlab)</source>
        <translation>Événements Stand Lab (*.standlab)</translation>
    </message>
    <message>
        <source>JSON bundle (*.json)</source>
        <translation>Paquet JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Edit section text</source>
        <translation>Modifier le texte de la section</translation>
    </message>
    <message>
        <source>Restore revision “%1”</source>
        <translation>Restaurer la révision « %1 »</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer « %1 »</translation>
    </message>
    <message>
        <source>Schedule “%1”</source>
        <translation>Programmer « %1 »</translation>
    </message>
    <message>
        <source>Change length of “%1”</source>
        <translation>Modifier la durée de « %1 »</translation>
    </message>
    <message>
        <source>Unschedule “%1”</source>
        <translation>Retirer « %1 » du planning</translation>
    </message>
</context>
<context>
    <name>ScheduleGridPainter</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 places</translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation>Capacité %1</translation>
    </message>
</context>
<context>
    <name>ScheduleLayout</name>
    <message>
        <source>No space</source>
        <translation>Sans espace</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d'écrire %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d'ouvrir %1</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index cannot be read: %1</source>
        <translation>L'index de recherche est illisible : %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
</context>
<context>
    <name>SearchIndexBatch</name>
    <message>
        <source>The search trigger “%1” is not one Stand Lab makes in a file of version %2.</source>
        <translation>Le déclencheur de recherche « %1 » ne fait pas partie de ceux que Stand Lab crée dans un fichier de version %2.</translation>
    </message>
</context>
<context>
    <name>SessionRequest</name>
    <message>
        <source>There is no such engagement.</source>
        <translation>Cette participation n'existe pas.</translation>
    </message>
    <message>
        <source>This organisation has not asked to speak or to run a workshop.</source>
        <translation>Cette organisation n'a demandé ni à intervenir ni à animer un atelier.</translation>
    </message>
    <message>
        <source>A session has already been made from this request.</source>
        <translation>Une session a déjà été créée à partir de cette demande.</translation>
    </message>
    <message>
        <source>Workshop by %1</source>
        <translation>Atelier de %1</translation>
    </message>
    <message>
        <source>%1: talk</source>
        <translation>%1 : présentation</translation>
    </message>
    <message>
        <source>Workshop by %1: %2</source>
        <translation>Atelier de %1 : %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Made from the request of %1.</source>
        <translation>Créée à partir de la demande de %1.</translation>
    </message>
</context>
<context>
    <name>SessionTimes</name>
    <message>
        <source>end</source>
        <translation>l'heure de fin</translation>
    </message>
    <message>
        <source>start</source>
        <translation>l'heure de début</translation>
    </message>
    <message>
        <source>the %1 is in the year %2, outside %3–%4</source>
        <translation>%1 tombe en l'an %2, hors de %3–%4</translation>
    </message>
    <message>
        <source>the %1 “%2” is not a date and time (expected %3)</source>
        <translation>%1 (« %2 ») n'est pas une date et une heure (format attendu %3)</translation>
    </message>
    <message>
        <source>it ends (%1) before it starts (%2)</source>
        <translation>elle se termine (%1) avant de commencer (%2)</translation>
    </message>
</context>
<context>
    <name>SyncExporter</name>
    <message>
        <source>No package from “%1” was ever received here, so the package holds everything.</source>
        <translation>Aucun paquet de « %1 » n'a jamais été reçu ici, le paquet contient donc tout.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>%1 The package holds everything.</source>
        <translation>%1 Le paquet contient tout.</translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message numerus="yes">
        <source>%n package(s) already received</source>
        <translation>
            <numerusform>%n paquet déjà reçu</numerusform>
            <numerusform>%n paquets déjà reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written on this laptop</source>
        <translation>
            <numerusform>%n paquet écrit sur cet ordinateur</numerusform>
            <numerusform>%n paquets écrits sur cet ordinateur</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone: %1.</source>
        <translation>Laissés de côté : %1.</translation>
    </message>
    <message>
        <source>The sync folder “%1” cannot be read. If it is on a USB stick, plug it in; or choose another folder in Preferences.</source>
        <translation>Le dossier de synchronisation « %1 » est illisible. S'il se trouve sur une clé USB, branchez-la ; sinon, choisissez un autre dossier dans les Préférences.</translation>
    </message>
    <message>
        <source>“%1” was written on this laptop.</source>
        <translation>« %1 » a été écrit sur cet ordinateur.</translation>
    </message>
    <message>
        <source>“%1” was received before.</source>
        <translation>« %1 » a déjà été reçu.</translation>
    </message>
    <message>
        <source>“%1” is a copy of “%2”.</source>
        <translation>« %1 » est une copie de « %2 ».</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <source>%1 It changed less than a minute ago and may still be arriving: receive again in a moment.</source>
        <translation>%1 Il a changé il y a moins d'une minute et est peut-être encore en train d'arriver : recevez à nouveau dans un instant.</translation>
    </message>
    <message>
        <source>“%1” could not be merged and nothing of it was applied: %2</source>
        <translation>« %1 » n'a pas pu être fusionné et rien n'en a été appliqué : %2</translation>
    </message>
</context>
<context>
    <name>SyncLedger</name>
    <message>
        <source>this laptop</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>%1 (deleted since)</source>
        <translation>%1 (supprimé depuis)</translation>
    </message>
    <message>
        <source>“%1” could be any of %2 laptops: %3. Give the id of the one you mean (its first characters are enough).</source>
        <translation>« %1 » peut désigner n'importe lequel de %2 ordinateurs : %3. Indiquez l'identifiant de celui que vous voulez (ses premiers caractères suffisent).</translation>
    </message>
    <message>
        <source>The sync knowledge could not be written.</source>
        <translation>L'état de la synchronisation n'a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>SyncMerger</name>
    <message>
        <source>“%1” comes from a newer Stand Lab (file version %2; this version reads up to %3). Update Stand Lab on this laptop, then receive it again.</source>
        <translation>« %1 » provient d'une version plus récente de Stand Lab (version de fichier %2 ; cette version lit jusqu'à la %3). Mettez à jour Stand Lab sur cet ordinateur, puis recevez-le à nouveau.</translation>
    </message>
    <message>
        <source>“%1” was written on this laptop (%2): it holds nothing this file does not already have.</source>
        <translation>« %1 » a été écrit sur cet ordinateur (%2) : il ne contient rien que ce fichier n'ait déjà.</translation>
    </message>
    <message>
        <source>A row of “%1” could not be merged: it clashes with another one.</source>
        <translation>Une ligne de « %1 » n'a pas pu être fusionnée : elle entre en conflit avec une autre.</translation>
    </message>
    <message>
        <source>“%1” refers to something this file does not hold (%2 %3). Receive the earlier packages of that laptop first, or ask it for a package of everything.</source>
        <translation>« %1 » fait référence à un élément que ce fichier ne contient pas (%2 %3). Recevez d'abord les paquets antérieurs de cet ordinateur, ou demandez-lui un paquet complet.</translation>
    </message>
    <message>
        <source>“%1” cannot be merged: its table “%2” lacks the id or stamps.</source>
        <translation>« %1 » ne peut pas être fusionné : sa table « %2 » n'a pas d'identifiant ou d'horodatages.</translation>
    </message>
</context>
<context>
    <name>SyncPackage</name>
    <message>
        <source>“%1” is damaged and was not applied: %2. Ask for the package again.</source>
        <translation>« %1 » est endommagé et n'a pas été appliqué : %2. Demandez à nouveau le paquet.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d'écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” is a sync package of a format this Stand Lab does not know. Update Stand Lab to receive it.</source>
        <translation>« %1 » est un paquet de synchronisation d'un format que ce Stand Lab ne connaît pas. Mettez à jour Stand Lab pour le recevoir.</translation>
    </message>
    <message>
        <source>“%1” is not a Stand Lab sync package.</source>
        <translation>« %1 » n'est pas un paquet de synchronisation Stand Lab.</translation>
    </message>
    <message>
        <source>the file ends inside its header</source>
        <translation>le fichier se termine au milieu de son en-tête</translation>
    </message>
    <message>
        <source>its header is unreadable</source>
        <translation>son en-tête est illisible</translation>
    </message>
    <message>
        <source>“%1” comes from a newer Stand Lab (file version %2; this version reads up to %3). Update Stand Lab on this laptop, then receive it again.</source>
        <translation>« %1 » provient d'une version plus récente de Stand Lab (version de fichier %2 ; cette version lit jusqu'à la %3). Mettez à jour Stand Lab sur cet ordinateur, puis recevez-le à nouveau.</translation>
    </message>
    <message>
        <source>it is truncated (%1 of %2 bytes)</source>
        <translation>il est tronqué (%1 octets sur %2)</translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation>sa somme de contrôle ne correspond pas</translation>
    </message>
    <message>
        <source>its content is unreadable</source>
        <translation>son contenu est illisible</translation>
    </message>
    <message>
        <source>its header and content disagree</source>
        <translation>son en-tête et son contenu ne concordent pas</translation>
    </message>
    <message>
        <source>a row of “%1” has the wrong number of values</source>
        <translation>une ligne de « %1 » n'a pas le bon nombre de valeurs</translation>
    </message>
    <message>
        <source>“%1” is too large to be a sync package (%2 MB; a package may hold at most %3 MB). It was not applied.</source>
        <translation>« %1 » est trop volumineux pour être un paquet de synchronisation (%2 Mo ; un paquet peut contenir au plus %3 Mo). Il n'a pas été appliqué.</translation>
    </message>
    <message>
        <source>its content unpacks to more than the %1 bytes it declares</source>
        <translation>son contenu décompressé dépasse les %1 octets qu'il déclare</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>Impossible d'écrire « %1 » : seule une partie a pu être écrite ; le disque est peut-être plein.</translation>
    </message>
    <message>
        <source>its header announces %1 changes but it holds %2</source>
        <translation>son en-tête annonce %1 modifications mais il en contient %2</translation>
    </message>
    <message>
        <source>“%1” holds more than %2 changes, far more than any event has. It was not applied.</source>
        <translation>« %1 » contient plus de %2 modifications, bien plus qu'aucun événement n'en a. Il n'a pas été appliqué.</translation>
    </message>
    <message>
        <source>a row is unreadable</source>
        <translation>une ligne est illisible</translation>
    </message>
    <message>
        <source>the change of “%1” has an unreadable stamp</source>
        <translation>la modification de « %1 » a un horodatage illisible</translation>
    </message>
    <message>
        <source>a deletion is unreadable</source>
        <translation>une suppression est illisible</translation>
    </message>
    <message>
        <source>a row holds far more values than rows have</source>
        <translation>une ligne contient bien plus de valeurs qu'une ligne ne peut en avoir</translation>
    </message>
    <message>
        <source>the columns of “%1” are unreadable or too many</source>
        <translation>les colonnes de « %1 » sont illisibles ou trop nombreuses</translation>
    </message>
    <message>
        <source>what it says it holds is unreadable</source>
        <translation>ce qu'il déclare contenir est illisible</translation>
    </message>
    <message>
        <source>its clock is unreadable</source>
        <translation>son horloge est illisible</translation>
    </message>
    <message>
        <source>a restored row is unreadable</source>
        <translation>une ligne restaurée est illisible</translation>
    </message>
    <message>
        <source>what a laptop knew when it made its changes is unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a conflict it lists is unreadable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPackageValidator</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop's clock is %1 behind the newest change in “%2”. Check its date and time: changes made now may lose against older ones made elsewhere.</source>
        <translation>L'horloge de cet ordinateur retarde de %1 sur la modification la plus récente de « %2 ». Vérifiez sa date et son heure : les modifications faites maintenant risquent de perdre face à des modifications plus anciennes faites ailleurs.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: its clock is negative. Ask for the package again.</source>
        <translation>« %1 » est endommagé et n'a pas été appliqué : son horloge est négative. Demandez à nouveau le paquet.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: a deletion in “%2” has no id, laptop or stamp. Ask for the package again.</source>
        <translation>« %1 » est endommagé et n'a pas été appliqué : une suppression dans « %2 » n'a pas d'identifiant, d'ordinateur ou d'horodatage. Demandez à nouveau le paquet.</translation>
    </message>
    <message>
        <source>“%1” was not applied: it carries changes stamped %2 ahead of this laptop's clock (from “%3”). Their values would win over every later edit on every laptop. Check the date and time of “%3” and of this laptop, then ask for a new package.</source>
        <translation>« %1 » n'a pas été appliqué : il contient des modifications horodatées %2 en avance sur l'horloge de cet ordinateur (venant de « %3 »). Leurs valeurs l'emporteraient sur toutes les modifications ultérieures, sur tous les ordinateurs. Vérifiez la date et l'heure de « %3 » et de cet ordinateur, puis demandez un nouveau paquet.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: %2. Ask for the package again.</source>
        <translation>« %1 » est endommagé et n'a pas été appliqué : %2. Demandez à nouveau le paquet.</translation>
    </message>
    <message>
        <source>the table “%1” has the column “%2” twice</source>
        <translation>la table « %1 » a deux fois la colonne « %2 »</translation>
    </message>
    <message>
        <source>the table “%1” lacks the column “%2”</source>
        <translation>la table « %1 » n'a pas de colonne « %2 »</translation>
    </message>
    <message>
        <source>a row of “%1” has the wrong number of values</source>
        <translation>une ligne de « %1 » n'a pas le bon nombre de valeurs</translation>
    </message>
    <message>
        <source>a row of “%1” has no id</source>
        <translation>une ligne de « %1 » n'a pas d'identifiant</translation>
    </message>
    <message>
        <source>the row %1 of “%2” has no laptop_id</source>
        <translation>la ligne %1 de « %2 » n'a pas de laptop_id</translation>
    </message>
    <message>
        <source>the row %1 of “%2” has no created_at</source>
        <translation>la ligne %1 de « %2 » n'a pas de created_at</translation>
    </message>
    <message>
        <source>the updated_at of the row %1 of “%2” is not a stamp</source>
        <translation>la valeur updated_at de la ligne %1 de « %2 » n'est pas un horodatage</translation>
    </message>
    <message>
        <source>the row %1 of “%2” stamps a column it does not have (“%3”)</source>
        <translation>la ligne %1 de « %2 » horodate une colonne qu'elle n'a pas (« %3 »)</translation>
    </message>
    <message>
        <source>the stamp of “%3” of the row %1 of “%2” is not a stamp</source>
        <translation>l'horodatage de « %3 » de la ligne %1 de « %2 » n'est pas un horodatage</translation>
    </message>
    <message>
        <source>its times are not dates</source>
        <translation>ses horaires ne sont pas des dates</translation>
    </message>
    <message>
        <source>“%1” was not applied: the session %2 cannot be true: %3.</source>
        <translation>« %1 » n'a pas été appliqué : la session %2 est impossible : %3.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: a restored row in “%2” has no id, laptop or stamp. Ask for the package again.</source>
        <translation>« %1 » est endommagé et n'a pas été appliqué : une ligne restaurée dans « %2 » n'a pas d'identifiant, d'ordinateur ou d'horodatage. Demandez à nouveau le paquet.</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>event details</source>
        <translation>détails de l'événement</translation>
    </message>
    <message>
        <source>event days</source>
        <translation>jours de l'événement</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>espaces</translation>
    </message>
    <message>
        <source>working lines</source>
        <translation>axes de travail</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>availabilities</source>
        <translation>disponibilités</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>session tags</source>
        <translation>étiquettes de session</translation>
    </message>
    <message>
        <source>speakers and roles</source>
        <translation>intervenants et rôles</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>document sections</source>
        <translation>sections de document</translation>
    </message>
    <message>
        <source>workshop details</source>
        <translation>détails d'atelier</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>contact log entries</source>
        <translation>entrées du journal des contacts</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>initiatives</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>jeux de données</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>action partners</source>
        <translation>partenaires d'action</translation>
    </message>
    <message>
        <source>action sources</source>
        <translation>sources d'action</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>révisions</translation>
    </message>
    <message>
        <source>session notes</source>
        <translation>notes de session</translation>
    </message>
    <message>
        <source>Received from: %1</source>
        <translation>Reçu de : %1</translation>
    </message>
    <message>
        <source>Nothing new: this file already held every change.</source>
        <translation>Rien de nouveau : ce fichier contenait déjà toutes les modifications.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept for review: both laptops changed the same field.</source>
        <translation>
            <numerusform>%n conflit conservé pour examen : les deux ordinateurs ont modifié le même champ.</numerusform>
            <numerusform>%n conflits conservés pour examen : les deux ordinateurs ont modifié le même champ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Talk</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Hackathon</source>
        <translation>Hackathon</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Cérémonie</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Scène</translation>
    </message>
    <message>
        <source>Workshop area</source>
        <translation>Espace atelier</translation>
    </message>
    <message>
        <source>Meeting corner</source>
        <translation>Coin réunion</translation>
    </message>
    <message>
        <source>Exhibition area</source>
        <translation>Espace d'exposition</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>City council</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>Platform or initiative</source>
        <translation>Plateforme ou initiative</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Coopérative</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Research centre</source>
        <translation>Centre de recherche</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Intéressé</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Participe</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Negotiated</source>
        <translation>Négocié</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>Plan d'action</translation>
    </message>
    <message>
        <source>Manifesto</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>Gender plan</source>
        <translation>Plan d'égalité de genre</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalan</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>XlsxArchiveCheck</name>
    <message>
        <source>its zip directory is missing</source>
        <translation>son répertoire zip manque</translation>
    </message>
    <message>
        <source>its zip directory is in an unexpected form</source>
        <translation>son répertoire zip a une forme inattendue</translation>
    </message>
    <message>
        <source>its zip directory is incomplete</source>
        <translation>son répertoire zip est incomplet</translation>
    </message>
    <message>
        <source>part “%1” is missing</source>
        <translation>la partie « %1 » manque</translation>
    </message>
    <message>
        <source>part “%1” is cut short</source>
        <translation>la partie « %1 » est tronquée</translation>
    </message>
    <message>
        <source>part “%1” cannot be unpacked</source>
        <translation>la partie « %1 » ne peut pas être décompressée</translation>
    </message>
    <message>
        <source>part “%1” is stored in an unknown way</source>
        <translation>la partie « %1 » est enregistrée d'une manière inconnue</translation>
    </message>
    <message>
        <source>part “%1” does not match its checksum</source>
        <translation>la partie « %1 » ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d'écrire « %1 » : %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the workbook came out incomplete (%2); the disk may be full.</source>
        <translation>Impossible d'écrire « %1 » : le classeur est incomplet (%2) ; le disque est peut-être plein.</translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d'écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>the spreadsheet library could not start a workbook.</source>
        <translation>la bibliothèque de tableur n'a pas pu créer de classeur.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan and run the Sharing Cities Action Stand Lab.</source>
        <translation>Planifier et animer le Sharing Cities Action Stand Lab.</translation>
    </message>
    <message>
        <source>The event file to open.</source>
        <translation>Le fichier d'événement à ouvrir.</translation>
    </message>
    <message>
        <source>Open a new copy of the demo event.</source>
        <translation>Ouvrir une nouvelle copie de l'événement de démonstration.</translation>
    </message>
    <message>
        <source>Use this language (en, es, ca, fr).</source>
        <translation>Utiliser cette langue (en, es, ca, fr).</translation>
    </message>
    <message>
        <source>Use light or dark colours (light, dark).</source>
        <translation>Utiliser des couleurs claires ou sombres (light, dark).</translation>
    </message>
</context>
<context>
    <name>standlab::ActionEditor</name>
    <message>
        <source>Tick the partner organisations of this action</source>
        <translation>Cochez les organisations partenaires de cette action</translation>
    </message>
    <message>
        <source>The sessions and workshops this action came from; double-click to show one</source>
        <translation>Les sessions et ateliers dont provient cette action ; double-cliquez pour en afficher un</translation>
    </message>
    <message>
        <source>A session to link to this action</source>
        <translation>Une session à lier à cette action</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Show session</source>
        <translation>Afficher la session</translation>
    </message>
    <message>
        <source>Jump to the selected session in the programme</source>
        <translation>Aller à la session sélectionnée dans le programme</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Working &amp;line</source>
        <translation>&amp;Axe de travail</translation>
    </message>
    <message>
        <source>L&amp;ead</source>
        <translation>&amp;Pilote</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>Tri&amp;mestre</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>Pa&amp;rtenaires</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Edit action title</source>
        <translation>Modifier le titre de l'action</translation>
    </message>
    <message>
        <source>Edit indicators</source>
        <translation>Modifier les indicateurs</translation>
    </message>
    <message>
        <source>Edit action description</source>
        <translation>Modifier la description de l'action</translation>
    </message>
    <message>
        <source>Set working line</source>
        <translation>Définir l'axe de travail</translation>
    </message>
    <message>
        <source>Set lead organisation</source>
        <translation>Définir l'organisation pilote</translation>
    </message>
    <message>
        <source>Set quarter</source>
        <translation>Définir le trimestre</translation>
    </message>
    <message>
        <source>Set action status</source>
        <translation>Définir le statut de l'action</translation>
    </message>
    <message>
        <source>No working line</source>
        <translation>Aucun axe de travail</translation>
    </message>
    <message>
        <source>No lead yet</source>
        <translation>Pas encore de pilote</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Remove a partner</source>
        <translation>Retirer un partenaire</translation>
    </message>
    <message>
        <source>Link a session</source>
        <translation>Lier une session</translation>
    </message>
    <message>
        <source>Unlink a session</source>
        <translation>Délier une session</translation>
    </message>
</context>
<context>
    <name>standlab::ActionPlanPage</name>
    <message>
        <source>&amp;Drafting</source>
        <translation>&amp;Rédaction</translation>
    </message>
    <message>
        <source>All &amp;actions</source>
        <translation>Toutes les &amp;actions</translation>
    </message>
    <message>
        <source>Data&amp;sets</source>
        <translation>&amp;Jeux de données</translation>
    </message>
    <message>
        <source>Write the outcome documents, section by section, with their actions</source>
        <translation>Rédiger les documents de résultats, section par section, avec leurs actions</translation>
    </message>
    <message>
        <source>Every action, sorted and filtered by line, lead, quarter and status</source>
        <translation>Toutes les actions, triées et filtrées par axe, pilote, trimestre et statut</translation>
    </message>
    <message>
        <source>The hackathon's map of datasets for the Sharing Data Commons</source>
        <translation>La carte des jeux de données du hackathon pour le Sharing Data Commons</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Add an action to this section</source>
        <translation>Ajouter une action à cette section</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Retirer l'action sélectionnée</translation>
    </message>
    <message>
        <source>No actions in this section</source>
        <translation>Aucune action dans cette section</translation>
    </message>
    <message>
        <source>Actions in this section: %1</source>
        <translation>Actions dans cette section : %1</translation>
    </message>
    <message>
        <source>Show only the actions with this %1</source>
        <translation>Filtrer les actions par %1</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>Tout %1</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Axe de travail</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 of %2 actions</source>
        <translation>%1 actions sur %2</translation>
    </message>
    <message>
        <source>Double-click an action to edit it in its section.</source>
        <translation>Double-cliquez sur une action pour la modifier dans sa section.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remove an action</source>
        <translation>Retirer une action</translation>
    </message>
    <message>
        <source>Add an action from “%1”</source>
        <translation>Ajouter une action depuis « %1 »</translation>
    </message>
    <message>
        <source>Action from “%1”</source>
        <translation>Action issue de « %1 »</translation>
    </message>
    <message>
        <source>Link a session</source>
        <translation>Lier une session</translation>
    </message>
</context>
<context>
    <name>standlab::ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Axe de travail</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>standlab::ActionsModel</name>
    <message>
        <source>Indicators: %1</source>
        <translation>Indicateurs : %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Axe de travail</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>standlab::AppController</name>
    <message>
        <source>Could not open the event</source>
        <translation>Impossible d'ouvrir l'événement</translation>
    </message>
    <message>
        <source>Could not create the event</source>
        <translation>Impossible de créer l'événement</translation>
    </message>
    <message>
        <source>Could not open the demo</source>
        <translation>Impossible d'ouvrir la démonstration</translation>
    </message>
    <message>
        <source>Open an event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
</context>
<context>
    <name>standlab::Appearance</name>
    <message>
        <source>System default</source>
        <translation>Réglage du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>standlab::AvailabilityEditor</name>
    <message>
        <source>Tick the days this person can take part</source>
        <translation>Cochez les jours où cette personne peut participer</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible à partir de</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponible jusqu'à</translation>
    </message>
    <message>
        <source>No days ticked: taken as available throughout the event.</source>
        <translation>Aucun jour coché : considérée comme disponible pendant tout l'événement.</translation>
    </message>
    <message>
        <source>Available only on the ticked days, between the times given.</source>
        <translation>Disponible uniquement les jours cochés, entre les heures indiquées.</translation>
    </message>
    <message>
        <source>Available on %1</source>
        <translation>Disponible le %1</translation>
    </message>
    <message>
        <source>Not available on %1</source>
        <translation>Non disponible le %1</translation>
    </message>
    <message>
        <source>Change availability on %1</source>
        <translation>Modifier la disponibilité du %1</translation>
    </message>
</context>
<context>
    <name>standlab::BackupManager</name>
    <message>
        <source>Cannot write a backup: the folder “%1” could not be created.</source>
        <translation>Impossible d'écrire une sauvegarde : le dossier « %1 » n'a pas pu être créé.</translation>
    </message>
    <message>
        <source>Cannot write a backup of “%1”: %2</source>
        <translation>Impossible d'écrire une sauvegarde de « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot restore to “%1”: a file of that name already exists. Choose a new name.</source>
        <translation>Impossible de restaurer vers « %1 » : un fichier de ce nom existe déjà. Choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>Cannot restore to “%1”: the folder does not exist.</source>
        <translation>Impossible de restaurer vers « %1 » : le dossier n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: it could not be copied to “%2”.</source>
        <translation>Impossible de restaurer « %1 » : il n'a pas pu être copié vers « %2 ».</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: the backup does not open (%2).</source>
        <translation>Impossible de restaurer « %1 » : la sauvegarde ne s'ouvre pas (%2).</translation>
    </message>
    <message>
        <source>Cannot restore to “%1”: the restored file could not be moved into place.</source>
        <translation>Impossible de restaurer vers « %1 » : le fichier restauré n'a pas pu être mis en place.</translation>
    </message>
</context>
<context>
    <name>standlab::ChangeReport</name>
    <message>
        <source>Changes since %1</source>
        <translation>Changements depuis %1</translation>
    </message>
    <message>
        <source>Changes in %1 since %2</source>
        <translation>Changements dans %1 depuis %2</translation>
    </message>
    <message>
        <source>Release “%1” was made %2.</source>
        <translation>La version « %1 » a été publiée le %2.</translation>
    </message>
    <message>
        <source>Nothing in the programme has changed.</source>
        <translation>Rien n'a changé dans le programme.</translation>
    </message>
</context>
<context>
    <name>standlab::ChangesDialog</name>
    <message>
        <source>What changed since a release</source>
        <translation>Ce qui a changé depuis une version</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis :</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>There are no releases yet. Make one with Programme › Release… when the programme goes to print.</source>
        <translation>Il n'y a encore aucune version. Publiez-en une avec Programme › Publier une version… quand le programme part à l'impression.</translation>
    </message>
    <message>
        <source>Print the changes</source>
        <translation>Imprimer les changements</translation>
    </message>
</context>
<context>
    <name>standlab::ClockBanner</name>
    <message>
        <source>This laptop's clock is %1 behind the newest change in this event. Check its date and time settings: until they are right, edits made here are stamped as if made earlier and may lose against older edits from other laptops.</source>
        <translation>L'horloge de cet ordinateur retarde de %1 sur la modification la plus récente de cet événement. Vérifiez ses réglages de date et d'heure : tant qu'ils ne sont pas corrects, les modifications faites ici sont horodatées comme si elles avaient été faites plus tôt et risquent de perdre face à des modifications plus anciennes venant d'autres ordinateurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Couleur %1</translation>
    </message>
</context>
<context>
    <name>standlab::ComparisonView</name>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Actions: no change</source>
        <translation>Actions : aucune modification</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>Comparer %1 avec %2</translation>
    </message>
</context>
<context>
    <name>standlab::ContactFilterBar</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Search organisations, cities, countries… (Ctrl+F)</source>
        <translation>Rechercher des organisations, villes, pays… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words match the start of words, ignoring accents and case</source>
        <translation>Les mots correspondent au début des mots, sans tenir compte des accents ni de la casse</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Type d'organisation</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Attendance for this edition</source>
        <translation>Présence pour cette édition</translation>
    </message>
    <message>
        <source>Any attendance</source>
        <translation>Toute présence</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Souhaite intervenir</translation>
    </message>
    <message>
        <source>Speak: any</source>
        <translation>Intervention : indifférent</translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation>Souhaite animer un atelier</translation>
    </message>
    <message>
        <source>Workshop: any</source>
        <translation>Atelier : indifférent</translation>
    </message>
    <message>
        <source>Working line of the topic requested</source>
        <translation>Axe de travail du thème demandé</translation>
    </message>
    <message>
        <source>Signed the Declaration of Sharing Cities</source>
        <translation>A signé la Déclaration des Sharing Cities</translation>
    </message>
    <message>
        <source>Signatory: any</source>
        <translation>Signataire : indifférent</translation>
    </message>
    <message>
        <source>Owner on staff</source>
        <translation>Responsable dans l'équipe</translation>
    </message>
    <message>
        <source>Follow-ups and requests</source>
        <translation>Relances et demandes</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Toutes les relances</translation>
    </message>
    <message>
        <source>Follow-up due (7 days)</source>
        <translation>Relance prévue (7 jours)</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Relance en retard</translation>
    </message>
    <message>
        <source>Unanswered requests</source>
        <translation>Demandes sans réponse</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Any working line</source>
        <translation>Tous les axes de travail</translation>
    </message>
</context>
<context>
    <name>standlab::ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet</source>
        <translation>Un fichier CSV enregistré depuis un tableur</translation>
    </message>
    <message>
        <source>UTF-8 or Windows-1252, comma or semicolon: the dialect is detected</source>
        <translation>UTF-8 ou Windows-1252, virgule ou point-virgule : le format est détecté</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>Choisir le fichier CSV à importer</translation>
    </message>
    <message>
        <source>Spreadsheets as CSV (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tableurs en CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Première ligne</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <source>Guessed from the headers; change any column that went to the wrong place</source>
        <translation>Déduit des en-têtes ; modifiez toute colonne placée au mauvais endroit</translation>
    </message>
    <message>
        <source>Preview shows what will be created, updated or skipped as a duplicate.</source>
        <translation>L'aperçu montre ce qui sera créé, mis à jour ou ignoré comme doublon.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>A dry run: nothing is written</source>
        <translation>Une simulation : rien n'est écrit</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Imports every row, or nothing if any row is rejected</source>
        <translation>Importe toutes les lignes, ou rien si une ligne est rejetée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Impossible de lire %1&lt;/b&gt; : %2</translation>
    </message>
    <message>
        <source>Using the mapping remembered for files with these columns.</source>
        <translation>Utilisation de la correspondance mémorisée pour les fichiers ayant ces colonnes.</translation>
    </message>
    <message>
        <source>Columns guessed from the headers; check them, then Preview.</source>
        <translation>Colonnes déduites des en-têtes ; vérifiez-les, puis cliquez sur Aperçu.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Prêt à importer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can be imported&lt;/b&gt; until the rejected rows are fixed in the file.</source>
        <translation>&lt;b&gt;Rien ne peut être importé&lt;/b&gt; tant que les lignes rejetées ne sont pas corrigées dans le fichier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; Every rejected row is listed with its line.</source>
        <translation>&lt;b&gt;Rien n'a été importé.&lt;/b&gt; Chaque ligne rejetée est indiquée avec son numéro.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
</context>
<context>
    <name>standlab::ContactOverviewWidget</name>
    <message>
        <source>Attendance by status</source>
        <translation>Présence par statut</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Autres pays</translation>
    </message>
    <message>
        <source>Session made</source>
        <translation>Session créée</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Organisations by country</source>
        <translation>Organisations par pays</translation>
    </message>
    <message>
        <source>Organisations by kind</source>
        <translation>Organisations par type</translation>
    </message>
    <message>
        <source>Requests to speak or run a workshop, by working line</source>
        <translation>Demandes d'intervention ou d'atelier, par axe de travail</translation>
    </message>
    <message>
        <source>Follow-ups per week</source>
        <translation>Relances par semaine</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; organisations · &lt;b&gt;%2&lt;/b&gt; attending · &lt;b&gt;%3&lt;/b&gt; requests to speak or run a workshop, &lt;b&gt;%4&lt;/b&gt; still unanswered · &lt;b&gt;%5&lt;/b&gt; follow-ups overdue</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; organisations · &lt;b&gt;%2&lt;/b&gt; participent · &lt;b&gt;%3&lt;/b&gt; demandes d'intervention ou d'atelier, dont &lt;b&gt;%4&lt;/b&gt; encore sans réponse · &lt;b&gt;%5&lt;/b&gt; relances en retard</translation>
    </message>
</context>
<context>
    <name>standlab::ContactsModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Thèmes : %1</translation>
    </message>
    <message>
        <source>Overdue: this follow-up was due %1</source>
        <translation>En retard : cette relance était prévue le %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Prévue aujourd'hui</translation>
    </message>
    <message>
        <source>Asked to speak or run a workshop; no session made yet</source>
        <translation>A demandé à intervenir ou à animer un atelier ; aucune session créée pour l'instant</translation>
    </message>
    <message>
        <source>Session made from this request: %1</source>
        <translation>Session créée à partir de cette demande : %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Axe de travail</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
</context>
<context>
    <name>standlab::ContactsPage</name>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Import organisations and people from a spreadsheet (Ctrl+Shift+I)</source>
        <translation>Importer des organisations et des personnes depuis un tableur (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Export the organisations this list shows</source>
        <translation>Exporter les organisations affichées dans cette liste</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)…</source>
        <translation>CSV (tableurs)…</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation>Classeur Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>vCard 4.0 of their people…</source>
        <translation>vCard 4.0 de leurs personnes…</translation>
    </message>
    <message>
        <source>Double-click to open the organisation</source>
        <translation>Double-cliquez pour ouvrir l'organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation>Organisations : %1</translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to export.</source>
        <translation>La liste est vide : il n'y a rien à exporter.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
</context>
<context>
    <name>standlab::DatasetsCsv</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Axe de travail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>no “Name” column in the header.</source>
        <translation>pas de colonne « Nom » (ou « Name ») dans l'en-tête.</translation>
    </message>
    <message>
        <source>a dataset needs a name.</source>
        <translation>un jeu de données doit avoir un nom.</translation>
    </message>
    <message>
        <source>access “%1” is not one of open, negotiated or closed.</source>
        <translation>l'accès « %1 » n'est ni ouvert, ni négocié, ni fermé.</translation>
    </message>
    <message>
        <source>there is no working line “%1” in this event.</source>
        <translation>il n'y a pas d'axe de travail « %1 » dans cet événement.</translation>
    </message>
    <message>
        <source>the link “%1” is not a valid address.</source>
        <translation>le lien « %1 » n'est pas une adresse valide.</translation>
    </message>
    <message>
        <source>Dry run: %1 datasets would be added and %2 updated; nothing was changed.</source>
        <translation>Simulation : %1 jeux de données seraient ajoutés et %2 mis à jour ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>%1 datasets added and %2 updated from “%3”.</source>
        <translation>%1 jeux de données ajoutés et %2 mis à jour depuis « %3 ».</translation>
    </message>
</context>
<context>
    <name>standlab::DatasetsModel</name>
    <message>
        <source>Edit dataset %1</source>
        <translation>Modifier le jeu de données %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Axe de travail</translation>
    </message>
</context>
<context>
    <name>standlab::DatasetsPage</name>
    <message>
        <source>No working line</source>
        <translation>Aucun axe de travail</translation>
    </message>
    <message>
        <source>Filter datasets…</source>
        <translation>Filtrer les jeux de données…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a dataset to the map</source>
        <translation>Ajouter un jeu de données à la carte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected datasets</source>
        <translation>Retirer les jeux de données sélectionnés</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Add datasets from a CSV file</source>
        <translation>Ajouter des jeux de données depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save every dataset as CSV</source>
        <translation>Enregistrer tous les jeux de données en CSV</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>Nouveau jeu de données</translation>
    </message>
    <message>
        <source>Import datasets</source>
        <translation>Importer des jeux de données</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Export datasets</source>
        <translation>Exporter les jeux de données</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Add a dataset</source>
        <translation>Ajouter un jeu de données</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dataset(s)</source>
        <translation>
            <numerusform>Retirer %n jeu de données</numerusform>
            <numerusform>Retirer %n jeux de données</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a dataset</source>
        <translation>Retirer un jeu de données</translation>
    </message>
    <message>
        <source>Saved %1 datasets to %2.</source>
        <translation>%1 jeux de données enregistrés dans %2.</translation>
    </message>
</context>
<context>
    <name>standlab::DocumentComparison</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Axe de travail</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organisation pilote</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>standlab::DocumentFormats</name>
    <message>
        <source>There is no document “%1” in this file.</source>
        <translation>Il n'y a pas de document « %1 » dans ce fichier.</translation>
    </message>
    <message>
        <source>“%1” has no revision “%2”.</source>
        <translation>« %1 » n'a pas de révision « %2 ».</translation>
    </message>
    <message>
        <source>An outcome document (--document, default the Action Plan) as a PDF, current or at --revision.</source>
        <translation>Un document de résultats (--document, par défaut le Plan d'action) en PDF, actuel ou à la révision --revision.</translation>
    </message>
    <message>
        <source>An outcome document as Markdown, current or at --revision.</source>
        <translation>Un document de résultats en Markdown, actuel ou à la révision --revision.</translation>
    </message>
    <message>
        <source>The hackathon's datasets as CSV.</source>
        <translation>Les jeux de données du hackathon en CSV.</translation>
    </message>
    <message>
        <source>Datasets from CSV (name, publisher, city, licence, format, access, link, working line).</source>
        <translation>Jeux de données depuis un CSV (nom, éditeur, ville, licence, format, accès, lien, axe de travail).</translation>
    </message>
</context>
<context>
    <name>standlab::DocumentOutline</name>
    <message>
        <source>Delete section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Document and sections</source>
        <translation>Document et sections</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <source>Start a new outcome document</source>
        <translation>Commencer un nouveau document de résultats</translation>
    </message>
    <message>
        <source>+ Section</source>
        <translation>+ Section</translation>
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation>Ajouter une section après celle sélectionnée</translation>
    </message>
    <message>
        <source>+ Sub</source>
        <translation>+ Sous-section</translation>
    </message>
    <message>
        <source>Add a subsection inside the selected section</source>
        <translation>Ajouter une sous-section dans la section sélectionnée</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation>Monter la section</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation>Descendre la section</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the section, its subsections and actions</source>
        <translation>Supprimer la section, ses sous-sections et ses actions</translation>
    </message>
    <message>
        <source>New subsection</source>
        <translation>Nouvelle sous-section</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>Monter la section</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>Descendre la section</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Déplacer la section</translation>
    </message>
    <message>
        <source>Delete “%1” with its subsections and actions? Undo brings it back.</source>
        <translation>Supprimer « %1 » avec ses sous-sections et ses actions ? Annuler permet de la récupérer.</translation>
    </message>
</context>
<context>
    <name>standlab::DocumentRevisions</name>
    <message>
        <source>A revision needs a name.</source>
        <translation>Une révision doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is no such document in this file.</source>
        <translation>Ce document n'existe pas dans ce fichier.</translation>
    </message>
</context>
<context>
    <name>standlab::DocumentSnapshot</name>
    <message>
        <source>The revision's snapshot cannot be read: %1</source>
        <translation>L'instantané de la révision est illisible : %1</translation>
    </message>
    <message>
        <source>no document in it</source>
        <translation>il ne contient aucun document</translation>
    </message>
    <message>
        <source>The document “%1” cannot be exported as it is: its section “%2” is nested %3 levels deep, and a document can show at most %4 levels. Move that section (or one above it) up a level and export again.</source>
        <translation>Le document « %1 » ne peut pas être exporté tel quel : sa section « %2 » est imbriquée sur %3 niveaux, alors qu'un document peut en afficher au plus %4. Remontez cette section (ou une section au-dessus d'elle) d'un niveau et exportez à nouveau.</translation>
    </message>
</context>
<context>
    <name>standlab::EngagementEditor</name>
    <message>
        <source>Declaration of Sharing Cities signatory</source>
        <translation>Signataire de la Déclaration des Sharing Cities</translation>
    </message>
    <message>
        <source>Will they come to this edition?</source>
        <translation>Viendront-ils à cette édition ?</translation>
    </message>
    <message>
        <source>Coming on %1</source>
        <translation>Présents le %1</translation>
    </message>
    <message>
        <source>How many people come with the delegation</source>
        <translation>Nombre de personnes qui viennent avec la délégation</translation>
    </message>
    <message>
        <source>Topics they want addressed, separated by commas</source>
        <translation>Thèmes qu'ils souhaitent aborder, séparés par des virgules</translation>
    </message>
    <message>
        <source>The working line their request belongs to</source>
        <translation>L'axe de travail auquel appartient leur demande</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Souhaite intervenir</translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation>Souhaite animer un atelier</translation>
    </message>
    <message>
        <source>Who on the staff follows this organisation up</source>
        <translation>Qui, dans l'équipe, assure le suivi de cette organisation</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>When to get back to them; past dates show as overdue</source>
        <translation>Quand les recontacter ; les dates passées apparaissent en retard</translation>
    </message>
    <message>
        <source>Their contact person: the speaker or facilitator of a session made from the request</source>
        <translation>Leur personne de contact : l'intervenant ou l'animateur d'une session créée à partir de la demande</translation>
    </message>
    <message>
        <source>Make a session from this request</source>
        <translation>Créer une session à partir de cette demande</translation>
    </message>
    <message>
        <source>A proposed session on the requested working line, with the organisation as organiser and the contact person as speaker or facilitator (Ctrl+Shift+M)</source>
        <translation>Une session proposée sur l'axe de travail demandé, avec l'organisation comme organisatrice et la personne de contact comme intervenant ou animateur (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>People of this organisation</source>
        <translation>Personnes de cette organisation</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Axe de travail</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Souhaits</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Journal des échanges</translation>
    </message>
    <message>
        <source>This organisation has not asked for anything yet.</source>
        <translation>Cette organisation n'a encore rien demandé.</translation>
    </message>
    <message>
        <source>Choose an organisation in the list</source>
        <translation>Choisissez une organisation dans la liste</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Answered: session “%1” (%2).</source>
        <translation>Traitée : session « %1 » (%2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unanswered&lt;/b&gt;: they asked to %1.</source>
        <translation>&lt;b&gt;Sans réponse&lt;/b&gt; : l'organisation a demandé à %1.</translation>
    </message>
    <message>
        <source>run a workshop</source>
        <translation>animer un atelier</translation>
    </message>
    <message>
        <source>speak</source>
        <translation>intervenir</translation>
    </message>
    <message>
        <source>No request to speak or run a workshop.</source>
        <translation>Aucune demande d'intervention ou d'atelier.</translation>
    </message>
</context>
<context>
    <name>standlab::EventSettingsDialog</name>
    <message>
        <source>Event settings</source>
        <translation>Paramètres de l'événement</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Jours</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>New space</source>
        <translation>Nouvel espace</translation>
    </message>
    <message>
        <source>&amp;Spaces</source>
        <translation>&amp;Espaces</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Cross-cutting</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>New working line</source>
        <translation>Nouvel axe de travail</translation>
    </message>
    <message>
        <source>&amp;Working lines</source>
        <translation>A&amp;xes de travail</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>e.g. Sharing Cities Action Stand Lab 2019</source>
        <translation>p. ex. Sharing Cities Action Stand Lab 2019</translation>
    </message>
    <message>
        <source>All session times are wall-clock times in this zone</source>
        <translation>Toutes les heures des sessions sont des heures locales dans ce fuseau</translation>
    </message>
    <message>
        <source>The languages sessions are held in; the first is the default for new sessions</source>
        <translation>Les langues dans lesquelles se tiennent les sessions ; la première est celle par défaut des nouvelles sessions</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Lan&amp;gues :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Edit event name</source>
        <translation>Modifier le nom de l'événement</translation>
    </message>
    <message>
        <source>Edit venue</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>Edit city</source>
        <translation>Modifier la ville</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Changer le fuseau horaire</translation>
    </message>
    <message>
        <source>Change languages</source>
        <translation>Changer les langues</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
</context>
<context>
    <name>standlab::EventSettingsTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>Ajo&amp;uter</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected row (you can undo this)</source>
        <translation>Retirer la ligne sélectionnée (vous pouvez l'annuler)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Show this earlier in lists and the programme</source>
        <translation>Afficher plus tôt dans les listes et le programme</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Show this later in lists and the programme</source>
        <translation>Afficher plus tard dans les listes et le programme</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier le champ « %1 »</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Retirer une ligne</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>Déplacer une ligne</translation>
    </message>
</context>
<context>
    <name>standlab::ExchangeFile</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d'écrire « %1 » : %2.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB); schedules of more than %3 MB are refused.</source>
        <translation>« %1 » est trop volumineux (%2 Mo) ; les programmes de plus de %3 Mo sont refusés.</translation>
    </message>
    <message>
        <source>“%1” is too large; schedules of more than %2 MB are refused.</source>
        <translation>« %1 » est trop volumineux ; les programmes de plus de %2 Mo sont refusés.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>Impossible d'écrire « %1 » : seule une partie a pu être écrite ; le disque est peut-être plein.</translation>
    </message>
</context>
<context>
    <name>standlab::ExchangeFormats</name>
    <message>
        <source>An iCalendar file (RFC 5545) of the programme, one working line or one person's sessions.</source>
        <translation>Un fichier iCalendar (RFC 5545) du programme, d'un axe de travail ou des sessions d'une personne.</translation>
    </message>
    <message>
        <source>A conference-app schedule (frab/pretalx schedule.xml) of the confirmed sessions.</source>
        <translation>Un programme pour application de conférence (frab/pretalx schedule.xml) des sessions confirmées.</translation>
    </message>
    <message>
        <source>The same conference-app schedule as frab/pretalx JSON.</source>
        <translation>Le même programme pour application de conférence, en JSON frab/pretalx.</translation>
    </message>
    <message>
        <source>A conference schedule (frab/pretalx schedule.xml) into the event.</source>
        <translation>Un programme de conférence (frab/pretalx schedule.xml), importé dans l'événement.</translation>
    </message>
    <message>
        <source>A conference schedule (frab/pretalx JSON) into the event.</source>
        <translation>Un programme de conférence (JSON frab/pretalx), importé dans l'événement.</translation>
    </message>
</context>
<context>
    <name>standlab::ExchangeProgramme</name>
    <message>
        <source>The event's time zone “%1” is not a known time zone; set it in the event settings.</source>
        <translation>Le fuseau horaire « %1 » de l'événement n'est pas un fuseau connu ; définissez-le dans les paramètres de l'événement.</translation>
    </message>
    <message>
        <source>Unknown session status “%1”; use idea, proposed, confirmed or cancelled.</source>
        <translation>Statut de session inconnu « %1 » ; utilisez idea, proposed, confirmed ou cancelled.</translation>
    </message>
    <message>
        <source>“%1” is not a date; give days as YYYY-MM-DD.</source>
        <translation>« %1 » n'est pas une date ; indiquez les jours au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>There is no working line called “%1”.</source>
        <translation>Il n'y a pas d'axe de travail nommé « %1 ».</translation>
    </message>
    <message>
        <source>There is no space called “%1”.</source>
        <translation>Il n'y a pas d'espace nommé « %1 ».</translation>
    </message>
    <message>
        <source>There is no person called “%1”.</source>
        <translation>Il n'y a personne nommé « %1 ».</translation>
    </message>
    <message>
        <source>%1 people are called “%2”; give the person's id instead.</source>
        <translation>%1 personnes s'appellent « %2 » ; indiquez plutôt l'identifiant de la personne.</translation>
    </message>
    <message>
        <source>“%1” (id %2): %3</source>
        <translation>« %1 » (id %2) : %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>“%1” was not written: %2 session(s) have impossible times, which calendars and schedule apps cannot take. Correct them first (standlab-cli check lists them all): %3.</source>
        <translation>« %1 » n'a pas été écrit : %2 session(s) ont des horaires impossibles, que les agendas et les applications de programme ne peuvent pas accepter. Corrigez-les d'abord (standlab-cli check les liste toutes) : %3.</translation>
    </message>
</context>
<context>
    <name>standlab::ExportOptionsWidget</name>
    <message>
        <source>What to make of the programme</source>
        <translation>Ce qu'il faut produire à partir du programme</translation>
    </message>
    <message>
        <source>Programme booklet (PDF)</source>
        <translation>Livret du programme (PDF)</translation>
    </message>
    <message>
        <source>Day posters, A3 (PDF)</source>
        <translation>Affiches du jour, A3 (PDF)</translation>
    </message>
    <message>
        <source>Door signs, one per space and day (PDF)</source>
        <translation>Panneaux de porte, un par espace et par jour (PDF)</translation>
    </message>
    <message>
        <source>Web page for phones and the stand screen (HTML)</source>
        <translation>Page web pour téléphones et l'écran du stand (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tableur (CSV)</translation>
    </message>
    <message>
        <source>Spreadsheet (Excel, .xlsx)</source>
        <translation>Tableur (Excel, .xlsx)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Only the checked days are exported</source>
        <translation>Seuls les jours cochés sont exportés</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Jours :</translation>
    </message>
    <message>
        <source>Only sessions of the checked working lines are exported</source>
        <translation>Seules les sessions des axes de travail cochés sont exportées</translation>
    </message>
    <message>
        <source>Working &amp;lines:</source>
        <translation>&amp;Axes de travail :</translation>
    </message>
    <message>
        <source>Only sessions in the checked spaces are exported</source>
        <translation>Seules les sessions des espaces cochés sont exportées</translation>
    </message>
    <message>
        <source>&amp;Spaces:</source>
        <translation>E&amp;spaces :</translation>
    </message>
    <message>
        <source>Sessions with these statuses are exported; ideas and proposals are not public</source>
        <translation>Les sessions ayant ces statuts sont exportées ; les idées et propositions ne sont pas publiques</translation>
    </message>
    <message>
        <source>S&amp;tatuses:</source>
        <translation>S&amp;tatuts :</translation>
    </message>
    <message>
        <source>Paper of the booklet and the door signs; posters are always A3</source>
        <translation>Papier du livret et des panneaux de porte ; les affiches sont toujours en A3</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>The language of the printed headings and labels, whatever the app's language</source>
        <translation>La langue des titres et libellés imprimés, quelle que soit la langue de l'application</translation>
    </message>
    <message>
        <source>Label lan&amp;guage:</source>
        <translation>La&amp;ngue des libellés :</translation>
    </message>
</context>
<context>
    <name>standlab::ExportsPage</name>
    <message>
        <source>The programme</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write the programme in the chosen format to a file</source>
        <translation>Écrire le programme dans le format choisi dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the booklet with these options</source>
        <translation>Imprimer le livret avec ces options</translation>
    </message>
    <message>
        <source>Full copies of this event</source>
        <translation>Copies complètes de cet événement</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>A second .standlab file with everything in this event, consistent even while you keep editing. Open it on another laptop or keep it as a safe copy.</source>
        <translation>Un second fichier .standlab avec tout le contenu de cet événement, cohérent même si vous continuez à modifier. Ouvrez-le sur un autre ordinateur ou gardez-le comme copie de sécurité.</translation>
    </message>
    <message>
        <source>Export event as JSON bundle…</source>
        <translation>Exporter l'événement en paquet JSON…</translation>
    </message>
    <message>
        <source>Every row of every table as one JSON document, for archiving or for other tools.</source>
        <translation>Chaque ligne de chaque table dans un seul document JSON, pour l'archivage ou pour d'autres outils.</translation>
    </message>
    <message>
        <source>Print programme</source>
        <translation>Imprimer le programme</translation>
    </message>
    <message>
        <source>Programme sent to the printer</source>
        <translation>Programme envoyé à l'imprimante</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Fichier écrit : %1</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>This build cannot write “%1”.</source>
        <translation>Cette version ne peut pas écrire « %1 ».</translation>
    </message>
    <message>
        <source>Export programme</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>standlab::FileInspector</name>
    <message>
        <source>Cannot open “%1”: the folder %2 does not exist.</source>
        <translation>Impossible d'ouvrir « %1 » : le dossier %2 n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: there is no such file.</source>
        <translation>Impossible d'ouvrir « %1 » : ce fichier n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: you are not allowed to read it.</source>
        <translation>Impossible d'ouvrir « %1 » : vous n'avez pas le droit de le lire.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is empty, so it holds no event.</source>
        <translation>Impossible d'ouvrir « %1 » : le fichier est vide, il ne contient donc aucun événement.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not a Stand Lab event file (it is not a SQLite database).</source>
        <translation>Impossible d'ouvrir « %1 » : ce n'est pas un fichier d'événement Stand Lab (ce n'est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is cut short (truncated), probably by an interrupted copy. Restore it from a backup.</source>
        <translation>Impossible d'ouvrir « %1 » : le fichier est incomplet (tronqué), probablement à cause d'une copie interrompue. Restaurez-le depuis une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>standlab::FileLock</name>
    <message>
        <source>“%1” is already open in another Stand Lab window (process %2 on %3). Close it there first.</source>
        <translation>« %1 » est déjà ouvert dans une autre fenêtre Stand Lab (processus %2 sur %3). Fermez-le d'abord là-bas.</translation>
    </message>
    <message>
        <source>Could not create the lock file beside “%1”: the folder is not writable.</source>
        <translation>Impossible de créer le fichier de verrou à côté de « %1 » : le dossier n'est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>standlab::FrabJsonReader</name>
    <message>
        <source>the file is not valid JSON (at byte %1: %2).</source>
        <translation>le fichier n'est pas du JSON valide (à l'octet %1 : %2).</translation>
    </message>
    <message>
        <source>this is not a frab/pretalx schedule: it has no schedule.conference.</source>
        <translation>ce n'est pas un programme frab/pretalx : il n'a pas de schedule.conference.</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <source>the file holds more than %1 events; no conference has that many.</source>
        <translation>le fichier contient plus de %1 événements ; aucune conférence n'en a autant.</translation>
    </message>
    <message>
        <source>day %1, room “%2”, event %3</source>
        <translation>jour %1, salle « %2 », événement %3</translation>
    </message>
</context>
<context>
    <name>standlab::FrabSchedule</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>There is nothing to put in the schedule: the event has no days and the selection no scheduled sessions.</source>
        <translation>Il n'y a rien à mettre dans le programme : l'événement n'a pas de jours et la sélection aucune session programmée.</translation>
    </message>
</context>
<context>
    <name>standlab::FrabScheduleImporter</name>
    <message>
        <source>Imported schedule</source>
        <translation>Programme importé</translation>
    </message>
    <message>
        <source>%1: a day without a date; its events are placed by their own dates.</source>
        <translation>%1 : un jour sans date ; ses événements sont placés selon leurs propres dates.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. The import would bring:</source>
        <translation>Simulation : rien n'a été modifié. L'import apporterait :</translation>
    </message>
    <message>
        <source>%1 new and %2 updated sessions; %3 new spaces, %4 new working lines, %5 new people, %6 new days.</source>
        <translation>%1 sessions nouvelles et %2 mises à jour ; %3 nouveaux espaces, %4 nouveaux axes de travail, %5 nouvelles personnes, %6 nouveaux jours.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2 Nothing was imported.</source>
        <translation>Impossible d'importer « %1 » : %2 Rien n'a été importé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>an event without a title was skipped.</source>
        <translation>un événement sans titre a été ignoré.</translation>
    </message>
    <message>
        <source>“%1” has no usable date or start time (“%2”, “%3”) and was skipped.</source>
        <translation>« %1 » n'a ni date ni heure de début utilisables (« %2 », « %3 ») et a été ignoré.</translation>
    </message>
    <message>
        <source>“%1” has no usable duration (“%2”) and was skipped.</source>
        <translation>« %1 » n'a pas de durée utilisable (« %2 ») et a été ignoré.</translation>
    </message>
    <message>
        <source>“%1” lasts %2, 24 hours or more; the format cannot say that reliably, so it was skipped.</source>
        <translation>« %1 » dure %2, soit 24 heures ou plus ; le format ne peut pas l'exprimer de manière fiable, il a donc été ignoré.</translation>
    </message>
    <message>
        <source>“%1” has no room and was skipped.</source>
        <translation>« %1 » n'a pas de salle et a été ignoré.</translation>
    </message>
    <message>
        <source>%1: a person without a name in “%2” was left out.</source>
        <translation>%1 : une personne sans nom dans « %2 » a été omise.</translation>
    </message>
    <message>
        <source>its times (“%1”, “%2”) cannot be placed in the event's calendar</source>
        <translation>ses horaires (« %1 », « %2 ») ne peuvent pas être placés dans le calendrier de l'événement</translation>
    </message>
    <message>
        <source>“%1” was skipped: %2.</source>
        <translation>« %1 » a été ignoré : %2.</translation>
    </message>
    <message>
        <source>%1: the day %2 is outside the years %3–%4 and was left out; its events are placed by their own dates.</source>
        <translation>%1 : le jour %2 est hors des années %3–%4 et a été omis ; ses événements sont placés selon leurs propres dates.</translation>
    </message>
    <message>
        <source>%1: “%2” appears again under the guid %3; it came in as a session of its own with the guid %4.</source>
        <translation>%1 : « %2 » apparaît de nouveau sous le guid %3 ; elle a été importée comme une session distincte avec le guid %4.</translation>
    </message>
    <message>
        <source>%1: a link without an address (“%2”) in “%3” was left out.</source>
        <translation>%1 : un lien sans adresse (« %2 ») de « %3 » a été laissé de côté.</translation>
    </message>
    <message>
        <source>%1: an attachment without an address (“%2”) in “%3” was left out.</source>
        <translation>%1 : une pièce jointe sans adresse (« %2 ») de « %3 » a été laissée de côté.</translation>
    </message>
    <message>
        <source>The event's time zone “%1” is unknown; the times were kept on the file's clock (%2).</source>
        <translation>Le fuseau horaire de l'événement, « %1 », est inconnu ; les heures ont été gardées selon l'horloge du fichier (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) fall on another conference day than the file gives them (the event's own opening hours for that day, or a file whose dates and days disagree).</source>
        <translation>
            <numerusform>%n session tombe un autre jour de la conférence que celui indiqué par le fichier (les horaires de l'événement pour ce jour-là, ou un fichier dont les dates et les jours ne concordent pas).</numerusform>
            <numerusform>%n sessions tombent un autre jour de la conférence que celui indiqué par le fichier (les horaires de l'événement pour ce jour-là, ou un fichier dont les dates et les jours ne concordent pas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::FrabXmlReader</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the file declares entities in a DOCTYPE. Schedules never need them, and they are how hostile XML exhausts memory or reads other files, so the file is refused.</source>
        <translation>le fichier déclare des entités dans un DOCTYPE. Les programmes n'en ont jamais besoin, et c'est ainsi que du XML malveillant épuise la mémoire ou lit d'autres fichiers ; le fichier est donc refusé.</translation>
    </message>
    <message>
        <source>the file refers to an entity “&amp;%1;” that XML does not define; the file is refused.</source>
        <translation>le fichier fait référence à une entité « &amp;%1; » que XML ne définit pas ; le fichier est refusé.</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep; this is not a schedule.</source>
        <translation>les éléments sont imbriqués sur plus de %1 niveaux ; ce n'est pas un programme.</translation>
    </message>
    <message>
        <source>this is not a frab schedule: its root element is &lt;%1&gt;, not &lt;schedule&gt;.</source>
        <translation>ce n'est pas un programme frab : son élément racine est &lt;%1&gt;, et non &lt;schedule&gt;.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>the file holds more than %1 events; no conference has that many.</source>
        <translation>le fichier contient plus de %1 événements ; aucune conférence n'en a autant.</translation>
    </message>
    <message>
        <source>an event lists more than %1 people.</source>
        <translation>un événement liste plus de %1 personnes.</translation>
    </message>
    <message>
        <source>a text is longer than %1 characters.</source>
        <translation>un texte dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>the file ends in the middle of the schedule; it is probably truncated.</source>
        <translation>le fichier se termine au milieu du programme ; il est probablement tronqué.</translation>
    </message>
    <message>
        <source>the file is not well-formed XML (%1).</source>
        <translation>le fichier n'est pas du XML bien formé (%1).</translation>
    </message>
</context>
<context>
    <name>standlab::FullCopyFormats</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d'écrire « %1 » : %2.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON (at byte %2: %3).</source>
        <translation>« %1 » n'est pas du JSON valide (à l'octet %2 : %3).</translation>
    </message>
    <message>
        <source>The bundle is readable; nothing was imported (dry run).</source>
        <translation>Le paquet est lisible ; rien n'a été importé (simulation).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>Impossible d'importer « %1 » : %2</translation>
    </message>
    <message>
        <source>Imported the whole event from “%1”.</source>
        <translation>L'événement complet a été importé depuis « %1 ».</translation>
    </message>
    <message>
        <source>The whole event as a JSON bundle, importable into a new file.</source>
        <translation>L'événement complet sous forme de paquet JSON, importable dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>A consistent copy of the .standlab file.</source>
        <translation>Une copie cohérente du fichier .standlab.</translation>
    </message>
    <message>
        <source>A JSON bundle of a whole event, into a new file.</source>
        <translation>Un paquet JSON d'un événement complet, importé dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>Impossible d'écrire « %1 » : seule une partie a pu être écrite ; le disque est peut-être plein.</translation>
    </message>
    <message>
        <source>“%1” is too large to be an event bundle (%2 MB; bundles of more than %3 MB are refused).</source>
        <translation>« %1 » est trop volumineux pour être un paquet d'événement (%2 Mo ; les paquets de plus de %3 Mo sont refusés).</translation>
    </message>
</context>
<context>
    <name>standlab::ICalendarWriter</name>
    <message>
        <source>Speakers: %1</source>
        <translation>Intervenants : %1</translation>
    </message>
    <message>
        <source>Moderation: %1</source>
        <translation>Modération : %1</translation>
    </message>
    <message>
        <source>Facilitation: %1</source>
        <translation>Animation : %1</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>standlab::InitiativesModel</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Axe de travail</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>standlab::InitiativesView</name>
    <message>
        <source>Call for initiatives closed</source>
        <translation>Appel à initiatives clos</translation>
    </message>
    <message>
        <source>Once closed, new requests for a slot are no longer taken</source>
        <translation>Une fois l'appel clos, les nouvelles demandes de créneau ne sont plus acceptées</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept the selected requests for a slot (Ctrl+Shift+A)</source>
        <translation>Accepter les demandes de créneau sélectionnées (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Decline the selected requests for a slot (Ctrl+Shift+D)</source>
        <translation>Refuser les demandes de créneau sélectionnées (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>The day the table plan shows</source>
        <translation>Le jour affiché par le plan des tables</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Which initiative is at which table; clashes in red</source>
        <translation>Quelle initiative est à quelle table ; les conflits en rouge</translation>
    </message>
    <message>
        <source>Change initiative requests</source>
        <translation>Modifier les demandes d'initiatives</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The call is closed.&lt;/b&gt; %n request(s) still to answer.</source>
        <translation>
            <numerusform>&lt;b&gt;L'appel est clos.&lt;/b&gt; %n demande encore à traiter.</numerusform>
            <numerusform>&lt;b&gt;L'appel est clos.&lt;/b&gt; %n demandes encore à traiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The call is open. %n request(s) to answer.</source>
        <translation>
            <numerusform>L'appel est ouvert. %n demande à traiter.</numerusform>
            <numerusform>L'appel est ouvert. %n demandes à traiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>Clash: another initiative is at table %1 at the same time</source>
        <translation>Conflit : une autre initiative est à la table %1 au même moment</translation>
    </message>
    <message>
        <source>No clashes on this day.</source>
        <translation>Aucun conflit ce jour-là.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:#b03a2e'&gt;&lt;b&gt;%n clash(es)&lt;/b&gt;&lt;/span&gt;: two initiatives at one table.</source>
        <translation>
            <numerusform>&lt;span style='color:#b03a2e'&gt;&lt;b&gt;%n conflit&lt;/b&gt;&lt;/span&gt; : deux initiatives à la même table.</numerusform>
            <numerusform>&lt;span style='color:#b03a2e'&gt;&lt;b&gt;%n conflits&lt;/b&gt;&lt;/span&gt; : deux initiatives à la même table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::InteractionLog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What was said to whom and when, newest first</source>
        <translation>Ce qui a été dit, à qui et quand, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Quand cela a eu lieu</translation>
    </message>
    <message>
        <source>How: email, phone, meeting…</source>
        <translation>Comment : e-mail, téléphone, réunion…</translation>
    </message>
    <message>
        <source>Log a call, email or meeting (Ctrl+L), Enter to add</source>
        <translation>Consigner un appel, un e-mail ou une réunion (Ctrl+L), Entrée pour ajouter</translation>
    </message>
    <message>
        <source>Type a note and press Enter to add it to the log</source>
        <translation>Saisissez une note et appuyez sur Entrée pour l'ajouter au journal</translation>
    </message>
</context>
<context>
    <name>standlab::LetterComposer</name>
    <message>
        <source>There is no person “%1” in this event.</source>
        <translation>Il n'y a pas de personne « %1 » dans cet événement.</translation>
    </message>
    <message>
        <source>There is no person with the id “%1” in this event.</source>
        <translation>Il n'y a pas de personne avec l'identifiant « %1 » dans cet événement.</translation>
    </message>
</context>
<context>
    <name>standlab::LetterFormats</name>
    <message>
        <source>Nobody to write to: no one is on stage in a confirmed or proposed session.</source>
        <translation>Personne à qui écrire : personne n'intervient dans une session confirmée ou proposée.</translation>
    </message>
    <message>
        <source>Nobody to write to: no one's sessions changed since release “%1”.</source>
        <translation>Personne à qui écrire : aucune session n'a changé depuis la version « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written into %1.</source>
        <translation><numerusform>%n lettre écrite dans %1.</numerusform><numerusform>%n lettres écrites dans %1.</numerusform></translation>
    </message>
    <message>
        <source>No e-mail address, so no letter: %1.</source>
        <translation>Pas d'adresse électronique, donc pas de lettre : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) in the PDF.</source>
        <translation><numerusform>%n lettre dans le PDF.</numerusform><numerusform>%n lettres dans le PDF.</numerusform></translation>
    </message>
    <message>
        <source>A letter to each speaker as an e-mail draft (.eml, with their calendar) into a folder; nothing is sent.</source>
        <translation>Une lettre à chaque intervenant en brouillon de courriel (.eml, avec son agenda) dans un dossier ; rien n'est envoyé.</translation>
    </message>
    <message>
        <source>The letters to speakers as one PDF to print.</source>
        <translation>Les lettres aux intervenants en un PDF à imprimer.</translation>
    </message>
</context>
<context>
    <name>standlab::LetterOutbox</name>
    <message>
        <source>“%1” is a file; letters go into a folder.</source>
        <translation>« %1 » est un fichier ; les lettres vont dans un dossier.</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>changes since %1</source>
        <translation>changements depuis %1</translation>
    </message>
    <message>
        <source>Letter written: schedule</source>
        <translation>Lettre écrite : horaire</translation>
    </message>
    <message>
        <source>Letter written: schedule, %1</source>
        <translation>Lettre écrite : horaire, %1</translation>
    </message>
</context>
<context>
    <name>standlab::LettersDialog</name>
    <message>
        <source>Letters to speakers</source>
        <translation>Lettres aux intervenants</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalan</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Everyone with sessions</source>
        <translation>Toutes les personnes ayant des sessions</translation>
    </message>
    <message>
        <source>Only those whose sessions changed since %1</source>
        <translation>Seulement celles dont les sessions ont changé depuis %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Écrire à :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corps :</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Champs à remplacer : %1</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>&amp;Aperçu pour :</translation>
    </message>
    <message>
        <source>Sa&amp;ve template</source>
        <translation>Enregistrer le &amp;modèle</translation>
    </message>
    <message>
        <source>Write e-mail &amp;drafts…</source>
        <translation>Écrire des &amp;brouillons de courriel…</translation>
    </message>
    <message>
        <source>&amp;Print letters (PDF)…</source>
        <translation>Im&amp;primer les lettres (PDF)…</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Modèle enregistré.</translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Dossier des brouillons de courriel</translation>
    </message>
    <message>
        <source>Letters to print</source>
        <translation>Lettres à imprimer</translation>
    </message>
    <message>
        <source>letters.pdf</source>
        <translation>lettres.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nobody is on stage in a scheduled session yet.</source>
        <translation>Personne n'intervient encore dans une session programmée.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3

%4</source>
        <translation>À : %1 &lt;%2&gt;
Objet : %3

%4</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>pas d'adresse</translation>
    </message>
    <message>
        <source>Letter template (%1)</source>
        <translation>Modèle de lettre (%1)</translation>
    </message>
    <message>
        <source>Nobody to write to.</source>
        <translation>Personne à qui écrire.</translation>
    </message>
    <message numerus="yes">
        <source>Letters written (%n)</source>
        <translation><numerusform>Lettres écrites (%n)</numerusform><numerusform>Lettres écrites (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) written into %1.</source>
        <translation><numerusform>%n brouillon de courriel écrit dans %1.</numerusform><numerusform>%n brouillons de courriel écrits dans %1.</numerusform></translation>
    </message>
    <message>
        <source>No address, so no draft: %1.</source>
        <translation>Pas d'adresse, donc pas de brouillon : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1.</source>
        <translation><numerusform>%n lettre écrite dans %1.</numerusform><numerusform>%n lettres écrites dans %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>standlab::LettersPdf</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d'écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Letters to speakers</source>
        <translation>Lettres aux intervenants</translation>
    </message>
    <message>
        <source>Cannot paint the PDF “%1”.</source>
        <translation>Impossible de dessiner le PDF « %1 ».</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — page %2 sur %3</translation>
    </message>
</context>
<context>
    <name>standlab::MainWindow</name>
    <message>
        <source>This event is open read-only; nothing you do here is saved. %1</source>
        <translation>Cet événement est ouvert en lecture seule ; rien de ce que vous faites ici n'est enregistré. %1</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;à l'ouverture&gt;</translation>
    </message>
    <message>
        <source>No page shows “%1” yet.</source>
        <translation>Aucune page n'affiche encore « %1 ».</translation>
    </message>
    <message>
        <source>Backup copy made</source>
        <translation>Copie de sauvegarde effectuée</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>La modification n'a pas été enregistrée</translation>
    </message>
    <message>
        <source>%1

The file %2 still holds everything saved before this change.</source>
        <translation>%1

Le fichier %2 contient toujours tout ce qui a été enregistré avant cette modification.</translation>
    </message>
    <message>
        <source>Opened %1. Changes are saved as you make them.</source>
        <translation>%1 ouvert. Les modifications sont enregistrées au fur et à mesure.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>All sessions: filter, sort and edit them</source>
        <translation>Toutes les sessions : les filtrer, les trier et les modifier</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>The timetable of each day by space</source>
        <translation>L'emploi du temps de chaque jour par espace</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>At the stand: today's sessions, arrivals, headcounts, notes and Now &amp; Next</source>
        <translation>Au stand : sessions du jour, arrivées, effectifs, notes et écran En cours et à suivre</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Speakers, moderators and other people</source>
        <translation>Intervenants, modérateurs et autres personnes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Cities and organisations and what they asked for</source>
        <translation>Villes et organisations, et ce qu'elles ont demandé</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>Plan d'action</translation>
    </message>
    <message>
        <source>The outcome documents and their actions</source>
        <translation>Les documents de résultats et leurs actions</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Copies of the event and files for other tools</source>
        <translation>Copies de l'événement et fichiers pour d'autres outils</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>Create a new event file</source>
        <translation>Créer un nouveau fichier d'événement</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open an event file</source>
        <translation>Ouvrir un fichier d'événement</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo event</source>
        <translation>Ouvrir une nouvelle copie de l'événement de démonstration</translation>
    </message>
    <message>
        <source>Write a consistent copy of this event to another file</source>
        <translation>Écrire une copie cohérente de cet événement dans un autre fichier</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>Copie écrite dans %1</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer depuis une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Bring back an automatic backup of this event as a new file</source>
        <translation>Récupérer une sauvegarde automatique de cet événement dans un nouveau fichier</translation>
    </message>
    <message>
        <source>&amp;Event settings…</source>
        <translation>&amp;Paramètres de l'événement…</translation>
    </message>
    <message>
        <source>Name, venue, days, spaces and working lines of this event</source>
        <translation>Nom, lieu, jours, espaces et axes de travail de cet événement</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Préfér&amp;ences…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close this event</source>
        <translation>Fermer cet événement</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close every event and quit</source>
        <translation>Fermer tous les événements et quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>&amp;Historique des annulations</translation>
    </message>
    <message>
        <source>Show or hide the list of changes you can undo</source>
        <translation>Afficher ou masquer la liste des modifications que vous pouvez annuler</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Stand Lab</source>
        <translation>À &amp;propos de Stand Lab</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation>Aucun événement récent</translation>
    </message>
    <message>
        <source>Remove missing files</source>
        <translation>Retirer les fichiers introuvables</translation>
    </message>
    <message>
        <source>%1 [read-only] — Stand Lab</source>
        <translation>%1 [lecture seule] — Stand Lab</translation>
    </message>
    <message>
        <source>%1 — Stand Lab</source>
        <translation>%1 — Stand Lab</translation>
    </message>
    <message>
        <source>%1 sessions · %2 people · %3 organisations</source>
        <translation>%1 sessions · %2 personnes · %3 organisations</translation>
    </message>
    <message>
        <source>About Stand Lab</source>
        <translation>À propos de Stand Lab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stand Lab %1&lt;/h3&gt;&lt;p&gt;Plan and run the Sharing Cities Action Stand Lab: programme, people, contacts, the Action Plan and exports, on your own laptop and without a server.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stand Lab %1&lt;/h3&gt;&lt;p&gt;Planifier et animer le Sharing Cities Action Stand Lab : programme, personnes, contacts, Plan d'action et exports, sur votre propre ordinateur et sans serveur.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU (GNU General Public License), version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This laptop's name and sync folder, the language and the appearance</source>
        <translation>Le nom et le dossier de synchronisation de cet ordinateur, la langue et l'apparence</translation>
    </message>
    <message numerus="yes">
        <source>Preparing search for %n new row(s)… %1%</source>
        <translation>
            <numerusform>Préparation de la recherche pour %n nouvelle ligne… %1 %</numerusform>
            <numerusform>Préparation de la recherche pour %n nouvelles lignes… %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Search is up to date.</source>
        <translation>La recherche est à jour.</translation>
    </message>
    <message>
        <source>Search could not index the newest rows: %1. They are saved; search tries again the next time you open the event.</source>
        <translation>La recherche n'a pas pu indexer les lignes les plus récentes : %1. Elles sont enregistrées ; la recherche réessaiera à la prochaine ouverture de l'événement.</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
</context>
<context>
    <name>standlab::Migrations</name>
    <message>
        <source>Could not upgrade the file to version %1: %2</source>
        <translation>Impossible de mettre à niveau le fichier vers la version %1 : %2</translation>
    </message>
</context>
<context>
    <name>standlab::NoteConversion</name>
    <message>
        <source>From the session “%1” (%2, %3)</source>
        <translation>De la session « %1 » (%2, %3)</translation>
    </message>
    <message>
        <source>Turn a note into the action “%1”</source>
        <translation>Transformer une note en action « %1 »</translation>
    </message>
    <message>
        <source>Add a note to the section “%1”</source>
        <translation>Ajouter une note à la section « %1 »</translation>
    </message>
</context>
<context>
    <name>standlab::NotesPanel</name>
    <message>
        <source>Notes taken in this session; Delete removes the selected one</source>
        <translation>Notes prises pendant cette session ; Suppr retire la note sélectionnée</translation>
    </message>
    <message>
        <source>Notes of the session</source>
        <translation>Notes de la session</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Retirer la note</translation>
    </message>
    <message>
        <source>Type a note; Ctrl+Return adds it</source>
        <translation>Saisissez une note ; Ctrl+Return l'ajoute</translation>
    </message>
    <message>
        <source>A quick note about this session; Ctrl+Return adds it</source>
        <translation>Une note rapide sur cette session ; Ctrl+Return l'ajoute</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>A&amp;dd note</source>
        <translation>Ajouter la n&amp;ote</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Return in the text)</source>
        <translation>Ajouter la note (Ctrl+Return dans le texte)</translation>
    </message>
    <message>
        <source>The section an action or paragraph made from a note goes to</source>
        <translation>La section vers laquelle va une action ou un paragraphe créé à partir d'une note</translation>
    </message>
    <message>
        <source>&amp;Goes to:</source>
        <translation>&amp;Va vers :</translation>
    </message>
    <message>
        <source>Make an action (Alt+A)</source>
        <translation>Créer une action (Alt+A)</translation>
    </message>
    <message>
        <source>Turn the selected note into an action of that section, linked to the session</source>
        <translation>Transformer la note sélectionnée en action de cette section, liée à la session</translation>
    </message>
    <message>
        <source>Add as paragraph (Alt+P)</source>
        <translation>Ajouter comme paragraphe (Alt+P)</translation>
    </message>
    <message>
        <source>Append the selected note to that section's text, naming the session</source>
        <translation>Ajouter la note sélectionnée à la fin du texte de cette section, en nommant la session</translation>
    </message>
    <message>
        <source>Notes — %1</source>
        <translation>Notes — %1</translation>
    </message>
    <message>
        <source>Notes — choose a session</source>
        <translation>Notes — choisissez une session</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Note added. Alt+A makes it an action, Alt+P a paragraph.</source>
        <translation>Note ajoutée. Alt+A en fait une action, Alt+P un paragraphe.</translation>
    </message>
    <message>
        <source>%1 — in %2. Ctrl+Z undoes it.</source>
        <translation>%1 — dans %2. Ctrl+Z l'annule.</translation>
    </message>
    <message>
        <source>%1. Ctrl+Z undoes it.</source>
        <translation>%1. Ctrl+Z l'annule.</translation>
    </message>
    <message>
        <source>Remove a note</source>
        <translation>Retirer une note</translation>
    </message>
</context>
<context>
    <name>standlab::NowAndNext</name>
    <message>
        <source>Starting soon</source>
        <translation>Commence bientôt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Between sessions</source>
        <translation>Entre deux sessions</translation>
    </message>
    <message>
        <source>Nothing more today</source>
        <translation>Plus rien aujourd'hui</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No event days planned yet</source>
        <translation>Aucun jour d'événement prévu pour l'instant</translation>
    </message>
    <message>
        <source>Before opening: the stand opens soon</source>
        <translation>Avant l'ouverture : le stand ouvre bientôt</translation>
    </message>
    <message>
        <source>Before opening</source>
        <translation>Avant l'ouverture</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed for today</source>
        <translation>Fermé pour aujourd'hui</translation>
    </message>
    <message>
        <source>The event has ended: thank you for coming</source>
        <translation>L'événement est terminé : merci d'être venus</translation>
    </message>
</context>
<context>
    <name>standlab::NowAndNextView</name>
    <message>
        <source>Now &amp; Next</source>
        <translation>En cours et à suivre</translation>
    </message>
    <message>
        <source>Press Escape to leave the full-screen view</source>
        <translation>Appuyez sur Échap pour quitter le plein écran</translation>
    </message>
    <message>
        <source>Now and next at the stand</source>
        <translation>En cours et à suivre au stand</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>plus rien</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Jour %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rehearsal, clock stopped · %1</source>
        <translation>Répétition, horloge arrêtée · %1</translation>
    </message>
    <message>
        <source>Rehearsal clock (×%1) · %2</source>
        <translation>Horloge de répétition (×%1) · %2</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>No sessions are scheduled yet.</source>
        <translation>Aucune session n'est encore programmée.</translation>
    </message>
    <message>
        <source>Nothing more here</source>
        <translation>Plus rien ici</translation>
    </message>
</context>
<context>
    <name>standlab::ParticipantsEditor</name>
    <message>
        <source>The people of this session in the order the programme lists them</source>
        <translation>Les personnes de cette session, dans l'ordre où le programme les cite</translation>
    </message>
    <message>
        <source>The selected person's role in this session</source>
        <translation>Le rôle de la personne sélectionnée dans cette session</translation>
    </message>
    <message>
        <source>The role the person you add will have</source>
        <translation>Le rôle qu'aura la personne que vous ajoutez</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>They have said yes to this session</source>
        <translation>Cette personne a accepté de participer à cette session</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move up in the list (Alt+Up)</source>
        <translation>Monter dans la liste (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move down in the list (Alt+Down)</source>
        <translation>Descendre dans la liste (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the selected person off this session</source>
        <translation>Retirer la personne sélectionnée de cette session</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the person typed on the left with the chosen role (Enter)</source>
        <translation>Ajouter la personne saisie à gauche avec le rôle choisi (Entrée)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not confirmed)</source>
        <translation>%1 (non confirmé)</translation>
    </message>
    <message>
        <source>Create and add</source>
        <translation>Créer et ajouter</translation>
    </message>
    <message>
        <source>Nobody is called “%1” yet: create this person and add them</source>
        <translation>Personne ne s'appelle encore « %1 » : créer cette personne et l'ajouter</translation>
    </message>
    <message>
        <source>Several people have this name: pick one from the suggestions</source>
        <translation>Plusieurs personnes portent ce nom : choisissez-en une parmi les suggestions</translation>
    </message>
    <message>
        <source>Several people have this name: pick one from the suggestions.</source>
        <translation>Plusieurs personnes portent ce nom : choisissez-en une parmi les suggestions.</translation>
    </message>
    <message>
        <source>%1 is already %2 in this session.</source>
        <translation>%1 est déjà %2 dans cette session.</translation>
    </message>
    <message>
        <source>Add %1 as %2</source>
        <translation>Ajouter %1 comme %2</translation>
    </message>
    <message>
        <source>Add new person %1 as %2</source>
        <translation>Ajouter la nouvelle personne %1 comme %2</translation>
    </message>
    <message>
        <source>%1 was created; complete their details on the People page.</source>
        <translation>%1 a été créé ; complétez ses informations sur la page Personnes.</translation>
    </message>
    <message>
        <source>Remove %1 from the session</source>
        <translation>Retirer %1 de la session</translation>
    </message>
    <message>
        <source>Move participant up</source>
        <translation>Monter le participant</translation>
    </message>
    <message>
        <source>Move participant down</source>
        <translation>Descendre le participant</translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>Désigner %1 comme %2</translation>
    </message>
    <message>
        <source>Confirm participant</source>
        <translation>Confirmer le participant</translation>
    </message>
    <message>
        <source>Unconfirm participant</source>
        <translation>Annuler la confirmation du participant</translation>
    </message>
</context>
<context>
    <name>standlab::PeopleModel</name>
    <message>
        <source>Not yet confirmed for all of their sessions</source>
        <translation>Pas encore confirmé pour toutes ses sessions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>standlab::PeoplePage</name>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Search names, organisations, roles, emails…</source>
        <translation>Rechercher des noms, organisations, fonctions, e-mails…</translation>
    </message>
    <message>
        <source>Type part of a name; accents and case do not matter</source>
        <translation>Saisissez une partie d'un nom ; les accents et la casse n'ont pas d'importance</translation>
    </message>
    <message>
        <source>Show only people with a given part in the programme</source>
        <translation>Afficher uniquement les personnes ayant un rôle donné dans le programme</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Modérateurs</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Pas encore confirmés</translation>
    </message>
    <message>
        <source>In no session</source>
        <translation>Dans aucune session</translation>
    </message>
    <message>
        <source>Show only the people of one organisation</source>
        <translation>Afficher uniquement les personnes d'une organisation</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Ajouter une personne (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation>&amp;Supprimer la personne</translation>
    </message>
    <message>
        <source>Delete the selected person and their part in sessions (Delete); undo brings them back</source>
        <translation>Supprimer la personne sélectionnée et sa participation aux sessions (Suppr) ; annuler permet de la récupérer</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(aucune organisation)</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Personnes : %1</translation>
    </message>
    <message>
        <source>People: %1 of %2</source>
        <translation>Personnes : %1 sur %2</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Delete %1? They are in no session. Undo brings them back.</source>
        <translation>Supprimer %1 ? Cette personne ne participe à aucune session. Annuler permet de la récupérer.</translation>
    </message>
    <message>
        <source>Delete %1? They are in 1 session, which will lose them. Undo brings everything back.</source>
        <translation>Supprimer %1 ? Cette personne participe à 1 session, qui la perdra. Annuler permet de tout récupérer.</translation>
    </message>
    <message>
        <source>Delete %1? They are in %2 sessions, which will lose them. Undo brings everything back.</source>
        <translation>Supprimer %1 ? Cette personne participe à %2 sessions, qui la perdront. Annuler permet de tout récupérer.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Calendrier…</translation>
    </message>
    <message>
        <source>Save this person's own sessions as a calendar file (.ics) for their phone or mail app</source>
        <translation>Enregistrer les sessions de cette personne dans un fichier d'agenda (.ics) pour son téléphone ou sa messagerie</translation>
    </message>
    <message>
        <source>Calendar of %1</source>
        <translation>Agenda de %1</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not saved</source>
        <translation>Agenda non enregistré</translation>
    </message>
</context>
<context>
    <name>standlab::PersonEditor</name>
    <message>
        <source>Select a person to edit them, or press New person.</source>
        <translation>Sélectionnez une personne pour la modifier, ou cliquez sur Nouvelle personne.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>The name as printed in the programme</source>
        <translation>Le nom tel qu'imprimé dans le programme</translation>
    </message>
    <message>
        <source>The city or organisation this person comes from</source>
        <translation>La ville ou l'organisation d'où vient cette personne</translation>
    </message>
    <message>
        <source>Their position, e.g. “Deputy mayor for housing”</source>
        <translation>Sa fonction, p. ex. « Adjointe au maire chargée du logement »</translation>
    </message>
    <message>
        <source>Where to write to them</source>
        <translation>Où lui écrire</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>A phone number, with the country code</source>
        <translation>Un numéro de téléphone, avec l'indicatif du pays</translation>
    </message>
    <message>
        <source>The languages this person can speak in</source>
        <translation>Les langues dans lesquelles cette personne peut s'exprimer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>A short biography printed with the programme</source>
        <translation>Une courte biographie imprimée avec le programme</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Only for the organisers; never exported</source>
        <translation>Réservées aux organisateurs ; jamais exportées</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Modifier le nom</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Modifier la fonction</translation>
    </message>
    <message>
        <source>Edit email</source>
        <translation>Modifier l'e-mail</translation>
    </message>
    <message>
        <source>Edit phone</source>
        <translation>Modifier le téléphone</translation>
    </message>
    <message>
        <source>Edit biography</source>
        <translation>Modifier la biographie</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Change organisation</source>
        <translation>Changer d'organisation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change languages</source>
        <translation>Changer les langues</translation>
    </message>
</context>
<context>
    <name>standlab::PersonPicker</name>
    <message>
        <source>Find a person, or type a new name…</source>
        <translation>Trouver une personne, ou saisir un nouveau nom…</translation>
    </message>
    <message>
        <source>Type part of a name or organisation; a name nobody has creates a new person</source>
        <translation>Saisissez une partie d'un nom ou d'une organisation ; un nom que personne ne porte crée une nouvelle personne</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>standlab::PersonSessionsList</name>
    <message>
        <source>Double-click a session to open it on the Programme page</source>
        <translation>Double-cliquez sur une session pour l'ouvrir dans la page Programme</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Non programmée</translation>
    </message>
    <message>
        <source>%1 (not confirmed)</source>
        <translation>%1 (non confirmé)</translation>
    </message>
    <message>
        <source>Not in any session yet</source>
        <translation>Dans aucune session pour l'instant</translation>
    </message>
</context>
<context>
    <name>standlab::PlanFormat</name>
    <message>
        <source>Current text, %1</source>
        <translation>Texte actuel, %1</translation>
    </message>
    <message>
        <source>Revision “%1”, %2</source>
        <translation>Révision « %1 », %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translation>(pas encore de pilote)</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
</context>
<context>
    <name>standlab::PlanMarkdownWriter</name>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Actions : %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>issue de : %1</translation>
    </message>
</context>
<context>
    <name>standlab::PlanPdfWriter</name>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Actions : %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Issue de : %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d'écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot paint the PDF “%1”.</source>
        <translation>Impossible de dessiner le PDF « %1 ».</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>Impossible d'écrire « %1 » : seule une partie a pu être écrite ; le disque est peut-être plein.</translation>
    </message>
</context>
<context>
    <name>standlab::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>How this laptop is named to the others when you exchange changes</source>
        <translation>Le nom sous lequel cet ordinateur apparaît aux autres lorsque vous échangez des modifications</translation>
    </message>
    <message>
        <source>Laptop &amp;name:</source>
        <translation>&amp;Nom de l'ordinateur :</translation>
    </message>
    <message>
        <source>Laptop identity:</source>
        <translation>Identité de l'ordinateur :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation>Couleurs claires ou sombres, ou celles du bureau</translation>
    </message>
    <message>
        <source>A new language or appearance is used the next time Stand Lab starts.</source>
        <translation>La nouvelle langue ou apparence sera utilisée au prochain démarrage de Stand Lab.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence :</translation>
    </message>
    <message>
        <source>A USB stick, or a folder that Syncthing or a network share keeps in step. File › Share changes… offers to write packages there, and File › Receive everything new from the sync folder merges the ones this event has not received yet.</source>
        <translation>Une clé USB, ou un dossier que Syncthing ou un partage réseau maintient synchronisé. Fichier › Partager les modifications… propose d'y écrire les paquets, et Fichier › Recevoir toutes les nouveautés du dossier de synchronisation fusionne ceux que cet événement n'a pas encore reçus.</translation>
    </message>
    <message>
        <source>None: packages go wherever you choose</source>
        <translation>Aucun : les paquets vont là où vous le choisissez</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>S&amp;ync folder:</source>
        <translation>&amp;Dossier de synchronisation :</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>Made once for this installation. Each copy of an event file derives an id of its own from it, which marks the changes made in that copy</source>
        <translation>Créé une seule fois pour cette installation. Chaque copie d'un fichier d'événement en dérive son propre identifiant, qui marque les modifications faites dans cette copie</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammeChanges</name>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacées</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renommées</translation>
    </message>
    <message>
        <source>Speakers changed</source>
        <translation>Intervenants modifiés</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>non programmée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammeFormats</name>
    <message>
        <source>“%1” is not a date; give days as YYYY-MM-DD.</source>
        <translation>« %1 » n'est pas une date ; indiquez les jours au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>There is no working line “%1” in this event.</source>
        <translation>Il n'y a pas d'axe de travail « %1 » dans cet événement.</translation>
    </message>
    <message>
        <source>There is no space “%1” in this event.</source>
        <translation>Il n'y a pas d'espace « %1 » dans cet événement.</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use %2.</source>
        <translation>Statut inconnu « %1 » ; utilisez %2.</translation>
    </message>
    <message>
        <source>Unknown paper size “%1”; use a4 or letter.</source>
        <translation>Format de papier inconnu « %1 » ; utilisez a4 ou letter.</translation>
    </message>
    <message>
        <source>Unknown label language “%1”; use %2.</source>
        <translation>Langue des libellés inconnue « %1 » ; utilisez %2.</translation>
    </message>
    <message>
        <source>The printed programme: a booklet with a cover, the days, and an index of speakers (PDF).</source>
        <translation>Le programme imprimé : un livret avec une couverture, les jours et un index des intervenants (PDF).</translation>
    </message>
    <message>
        <source>One A3 landscape poster per day: spaces across, time down (PDF).</source>
        <translation>Une affiche A3 paysage par jour : les espaces en colonnes, l'heure en lignes (PDF).</translation>
    </message>
    <message>
        <source>A door sign per space per day (PDF).</source>
        <translation>Un panneau de porte par espace et par jour (PDF).</translation>
    </message>
    <message>
        <source>The programme as one web page that works offline, filterable by day and working line.</source>
        <translation>Le programme sur une seule page web qui fonctionne hors ligne, filtrable par jour et par axe de travail.</translation>
    </message>
    <message>
        <source>The programme as CSV, one row per session.</source>
        <translation>Le programme en CSV, une ligne par session.</translation>
    </message>
    <message>
        <source>The programme as an Excel/LibreOffice workbook.</source>
        <translation>Le programme sous forme de classeur Excel/LibreOffice.</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammePage</name>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Show the sessions of one day</source>
        <translation>Afficher les sessions d'un jour</translation>
    </message>
    <message>
        <source>Show the sessions of one working line, tags included</source>
        <translation>Afficher les sessions d'un axe de travail, étiquettes comprises</translation>
    </message>
    <message>
        <source>Show one kind of session</source>
        <translation>Afficher un type de session</translation>
    </message>
    <message>
        <source>Show the sessions with one status</source>
        <translation>Afficher les sessions ayant un statut donné</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Search titles, abstracts, speakers…</source>
        <translation>Rechercher des titres, résumés, intervenants…</translation>
    </message>
    <message>
        <source>Show only the sessions containing all these words</source>
        <translation>Afficher uniquement les sessions contenant tous ces mots</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message>
        <source>Add a session to the programme (Ctrl+N)</source>
        <translation>Ajouter une session au programme (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the selected session, unscheduled, with its tags (Ctrl+D)</source>
        <translation>Copier la session sélectionnée, non programmée, avec ses étiquettes (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected sessions with their speakers and tags (Delete)</source>
        <translation>Supprimer les sessions sélectionnées avec leurs intervenants et étiquettes (Suppr)</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Non programmée</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>All working lines</source>
        <translation>Tous les axes de travail</translation>
    </message>
    <message>
        <source>No sessions yet. Press “New session” to add the first one.</source>
        <translation>Aucune session pour l'instant. Cliquez sur « Nouvelle session » pour ajouter la première.</translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation>Aucune session ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 sur %n session</numerusform>
            <numerusform>%1 sur %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Dupliquer la session</translation>
    </message>
    <message>
        <source>Tag session</source>
        <translation>Étiqueter la session</translation>
    </message>
    <message>
        <source>Delete “%1”? Its speakers, tags and workshop details go with it. You can undo this.</source>
        <translation>Supprimer « %1 » ? Ses intervenants, étiquettes et détails d'atelier seront supprimés avec elle. Vous pouvez l'annuler.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions? Their speakers, tags and workshop details go with them. You can undo this.</source>
        <translation>
            <numerusform>Supprimer %n session ? Ses intervenants, étiquettes et détails d'atelier seront supprimés avec elle. Vous pouvez l'annuler.</numerusform>
            <numerusform>Supprimer %n sessions ? Leurs intervenants, étiquettes et détails d'atelier seront supprimés avec elles. Vous pouvez l'annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete sessions</source>
        <translation>Supprimer les sessions</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la session</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions</source>
        <translation>
            <numerusform>Supprimer %n session</numerusform>
            <numerusform>Supprimer %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an &amp;action from this session</source>
        <translation>Ajouter une &amp;action à partir de cette session</translation>
    </message>
    <message>
        <source>Open the Action Plan with a new action linked to this session (Ctrl+Shift+A)</source>
        <translation>Ouvrir le Plan d'action avec une nouvelle action liée à cette session (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammePreview</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Pages: %1. The preview shows the first %2.</source>
        <translation>Pages : %1. L'aperçu montre les %2 premières.</translation>
    </message>
    <message>
        <source>Pages: %1.</source>
        <translation>Pages : %1.</translation>
    </message>
    <message>
        <source>Sessions: %1, one row each.</source>
        <translation>Sessions : %1, une ligne chacune.</translation>
    </message>
    <message>
        <source>Sessions: %1, on one page that works offline. Its filters by day and working line work in a web browser.</source>
        <translation>Sessions : %1, sur une seule page qui fonctionne hors ligne. Ses filtres par jour et par axe de travail fonctionnent dans un navigateur web.</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammeSnapshot</name>
    <message>
        <source>The release's copy of the programme cannot be read (%1 at character %2).</source>
        <translation>Impossible de lire la copie du programme de la version (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>The release's copy of the programme is of an unknown kind (format %1).</source>
        <translation>La copie du programme de la version est d'un type inconnu (format %1).</translation>
    </message>
    <message>
        <source>A session in the release's copy of the programme has no id.</source>
        <translation>Une session de la copie du programme de la version n'a pas d'identifiant.</translation>
    </message>
</context>
<context>
    <name>standlab::RehearseDialog</name>
    <message>
        <source>Rehearse at…</source>
        <translation>Répéter à partir de…</translation>
    </message>
    <message>
        <source>The stand screens and the Today list follow a simulated clock from this moment (the event's local time) until you switch back to the real time.</source>
        <translation>Les écrans du stand et la liste Aujourd'hui suivent une horloge simulée à partir de ce moment (heure locale de l'événement) jusqu'à ce que vous repassiez à l'heure réelle.</translation>
    </message>
    <message>
        <source>Date and time at the event when the rehearsal starts</source>
        <translation>Date et heure sur place au début de la répétition</translation>
    </message>
    <message>
        <source> × real time</source>
        <translation> × temps réel</translation>
    </message>
    <message>
        <source>1 runs like a normal clock, 60 makes a minute pass every second, 0 stops the clock</source>
        <translation>1 fonctionne comme une horloge normale, 60 fait passer une minute par seconde, 0 arrête l'horloge</translation>
    </message>
    <message>
        <source>&amp;Start at:</source>
        <translation>&amp;Commencer à :</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>&amp;Vitesse :</translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseActions</name>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Publier une version…</translation>
    </message>
    <message>
        <source>Keep the programme as it is now under a name, e.g. when it goes to print</source>
        <translation>Garder le programme tel qu'il est maintenant sous un nom, par exemple quand il part à l'impression</translation>
    </message>
    <message>
        <source>&amp;What changed since…</source>
        <translation>Ce qui a &amp;changé depuis…</translation>
    </message>
    <message>
        <source>The sessions added, cancelled, removed, moved, renamed or with other speakers since a release</source>
        <translation>Les sessions ajoutées, annulées, retirées, déplacées, renommées ou avec d'autres intervenants depuis une version</translation>
    </message>
    <message>
        <source>&amp;Letters to speakers…</source>
        <translation>&amp;Lettres aux intervenants…</translation>
    </message>
    <message>
        <source>Write every speaker where and when to be: e-mail drafts with their calendar, or letters to print</source>
        <translation>Écrire à chaque intervenant où et quand venir : brouillons de courriel avec son agenda, ou lettres à imprimer</translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseBook</name>
    <message>
        <source>A release needs a name (for example “v1”).</source>
        <translation>Une version a besoin d'un nom (par exemple « v1 »).</translation>
    </message>
    <message>
        <source>There is already a release named “%1” (made %2); choose another name.</source>
        <translation>Il existe déjà une version nommée « %1 » (publiée le %2) ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no release “%1”: this event has no releases yet.</source>
        <translation>Il n'y a pas de version « %1 » : cet événement n'a encore aucune version.</translation>
    </message>
    <message>
        <source>There is no release “%1”; the releases are: %2.</source>
        <translation>Il n'y a pas de version « %1 » ; les versions sont : %2.</translation>
    </message>
    <message>
        <source>Release “%1”: %2</source>
        <translation>Version « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseDialog</name>
    <message>
        <source>Release the programme</source>
        <translation>Publier une version du programme</translation>
    </message>
    <message>
        <source>A release keeps the programme as it is now — every session with its time, space, speakers and status — so you can later see what changed since it was printed.</source>
        <translation>Une version garde le programme tel qu'il est maintenant — chaque session avec son horaire, son espace, ses intervenants et son statut — pour voir ensuite ce qui a changé depuis l'impression.</translation>
    </message>
    <message>
        <source>v1</source>
        <translation>v1</translation>
    </message>
    <message>
        <source>printed 12 Nov</source>
        <translation>imprimé le 12 nov.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Releases made so far:</source>
        <translation>Versions publiées jusqu'ici :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Release “%1”</source>
        <translation>Version « %1 »</translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseFormats</name>
    <message>
        <source>This export needs --since NAME, the release to compare with.</source>
        <translation>Cet export a besoin de --since NOM, la version à comparer.</translation>
    </message>
    <message>
        <source>What changed in the programme since a release (--since NAME), as Markdown.</source>
        <translation>Ce qui a changé dans le programme depuis une version (--since NOM), en Markdown.</translation>
    </message>
    <message>
        <source>What changed in the programme since a release (--since NAME), as JSON.</source>
        <translation>Ce qui a changé dans le programme depuis une version (--since NOM), en JSON.</translation>
    </message>
    <message>
        <source>Nothing printed has changed since release “%1”: there are no pages to print again.</source>
        <translation>Rien d'imprimé n'a changé depuis la version « %1 » : il n'y a aucune page à réimprimer.</translation>
    </message>
    <message>
        <source>The days chosen hold none of the changes since release “%1”.</source>
        <translation>Les jours choisis ne contiennent aucun des changements depuis la version « %1 ».</translation>
    </message>
</context>
<context>
    <name>standlab::ResolveConflictCommand</name>
    <message>
        <source>Use the other value of “%1”</source>
        <translation>Utiliser l'autre valeur de « %1 »</translation>
    </message>
</context>
<context>
    <name>standlab::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Stand Lab keeps automatic copies of &lt;b&gt;%1&lt;/b&gt; while you work. Restoring one writes it to a new file and opens it there; the open file is not changed.</source>
        <translation>Stand Lab conserve des copies automatiques de &lt;b&gt;%1&lt;/b&gt; pendant que vous travaillez. En restaurer une l'écrit dans un nouveau fichier et l'y ouvre ; le fichier ouvert n'est pas modifié.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>There are no backups of this event yet. The first one is made a moment after an event opens, then one every ten minutes while you edit.</source>
        <translation>Il n'y a pas encore de sauvegarde de cet événement. La première est faite peu après l'ouverture d'un événement, puis une toutes les dix minutes pendant vos modifications.</translation>
    </message>
    <message>
        <source>Restore as a new file…</source>
        <translation>Restaurer dans un nouveau fichier…</translation>
    </message>
    <message>
        <source>Write the chosen backup to a new file and open it</source>
        <translation>Écrire la sauvegarde choisie dans un nouveau fichier et l'ouvrir</translation>
    </message>
    <message>
        <source>Choose a backup to restore.</source>
        <translation>Choisissez une sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup is restored only into a new file.</source>
        <translation>%1 existe déjà ; une sauvegarde n'est restaurée que dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Restore backup as</source>
        <translation>Restaurer la sauvegarde sous</translation>
    </message>
    <message>
        <source>%1 (restored %2)</source>
        <translation>%1 (restauré le %2)</translation>
    </message>
</context>
<context>
    <name>standlab::RevisionRestorer</name>
    <message>
        <source>The document of this revision is no longer in the file.</source>
        <translation>Le document de cette révision n'est plus dans le fichier.</translation>
    </message>
</context>
<context>
    <name>standlab::RevisionsPanel</name>
    <message>
        <source>Restore a revision</source>
        <translation>Restaurer une révision</translation>
    </message>
    <message>
        <source>Saved revisions, newest first. Select one to open or restore it, two to compare them.</source>
        <translation>Révisions enregistrées, de la plus récente à la plus ancienne. Sélectionnez-en une pour l'ouvrir ou la restaurer, deux pour les comparer.</translation>
    </message>
    <message>
        <source>Save a revision…</source>
        <translation>Enregistrer une révision…</translation>
    </message>
    <message>
        <source>Keep the document as it is now under a name, e.g. “End of day 1”</source>
        <translation>Conserver le document tel qu'il est maintenant sous un nom, p. ex. « Fin du jour 1 »</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Read the selected revision</source>
        <translation>Lire la révision sélectionnée</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare the two selected revisions, or the selected one with the current text</source>
        <translation>Comparer les deux révisions sélectionnées, ou celle sélectionnée avec le texte actuel</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Bring the document back to the selected revision (an edit you can undo)</source>
        <translation>Ramener le document à la révision sélectionnée (une modification que vous pouvez annuler)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export the selected revision, or the current text, as a PDF</source>
        <translation>Exporter la révision sélectionnée, ou le texte actuel, en PDF</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Export the selected revision, or the current text, as Markdown</source>
        <translation>Exporter la révision sélectionnée, ou le texte actuel, en Markdown</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Save revision “%1”</source>
        <translation>Enregistrer la révision « %1 »</translation>
    </message>
    <message>
        <source>Saved the revision “%1”.</source>
        <translation>Révision « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>There is no such revision.</source>
        <translation>Cette révision n'existe pas.</translation>
    </message>
    <message>
        <source>Restored “%1”. Undo brings back the text as it was.</source>
        <translation>Révision « %1 » restaurée. Annuler rétablit le texte tel qu'il était.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texte actuel</translation>
    </message>
    <message>
        <source>Save a revision</source>
        <translation>Enregistrer une révision</translation>
    </message>
    <message>
        <source>Name of the revision:</source>
        <translation>Nom de la révision :</translation>
    </message>
    <message>
        <source>%1 — revision “%2” (read-only)</source>
        <translation>%1 — révision « %2 » (lecture seule)</translation>
    </message>
    <message>
        <source>Bring the document back to “%1”? The current text stays in the history: Undo, or save a revision first.</source>
        <translation>Ramener le document à « %1 » ? Le texte actuel reste dans l'historique : annulez, ou enregistrez d'abord une révision.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>standlab::ScheduleBoard</name>
    <message>
        <source>Schedule board</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1, %2, espace : %3</translation>
    </message>
    <message>
        <source>no space</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Working line: %1</source>
        <translation>Axe de travail : %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Aussi : %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n conflit :</numerusform>
            <numerusform>%n conflits :</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Session sans titre</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No spaces yet. Add spaces in the event settings to plan the programme.</source>
        <translation>Aucun espace pour l'instant. Ajoutez des espaces dans les paramètres de l'événement pour planifier le programme.</translation>
    </message>
</context>
<context>
    <name>standlab::ScheduleBoardPage</name>
    <message>
        <source>%1 px/h</source>
        <translation>%1 px/h</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>&amp;Snap to</source>
        <translation>&amp;Aligner sur</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel, Ctrl+−)</source>
        <translation>Zoom arrière (Ctrl+molette, Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel, Ctrl++)</source>
        <translation>Zoom avant (Ctrl+molette, Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>&amp;Unscheduled (%1)</source>
        <translation>&amp;Non programmées (%1)</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Drop a block here to move it to this day</source>
        <translation>Déposez un bloc ici pour le déplacer à ce jour</translation>
    </message>
    <message>
        <source>Every day side by side</source>
        <translation>Tous les jours côte à côte</translation>
    </message>
    <message>
        <source>&amp;Conflicts: none</source>
        <translation>&amp;Conflits : aucun</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflits (%1)</translation>
    </message>
</context>
<context>
    <name>standlab::ScheduleZone</name>
    <message>
        <source>“%1” is not a time zone this computer knows; give an IANA name such as Europe/Madrid.</source>
        <translation>« %1 » n'est pas un fuseau horaire connu de cet ordinateur ; indiquez un nom IANA comme Europe/Madrid.</translation>
    </message>
    <message>
        <source>The file names its time zone: %1.</source>
        <translation>Le fichier indique son fuseau horaire : %1.</translation>
    </message>
    <message>
        <source>The file's time zone “%1” is unknown. </source>
        <translation>Le fuseau horaire du fichier, « %1 », est inconnu. </translation>
    </message>
    <message>
        <source>The file gives neither a time zone nor offsets: its times were read as %1 (--timezone).</source>
        <translation>Le fichier ne donne ni fuseau horaire ni décalages : ses heures ont été lues en %1 (--timezone).</translation>
    </message>
    <message>
        <source>The file gives neither a time zone nor offsets: its times were read as the event's zone, %1. If that is wrong, import again with --timezone ZONE (or change the event's zone first).</source>
        <translation>Le fichier ne donne ni fuseau horaire ni décalages : ses heures ont été lues dans le fuseau de l'événement, %1. Si ce n'est pas le bon, importez de nouveau avec --timezone FUSEAU (ou changez d'abord le fuseau de l'événement).</translation>
    </message>
    <message>
        <source>The file names no time zone; its dates carry the offsets %1, which fit %2: its times were read in that zone. Give --timezone ZONE to choose another zone of the same offsets.</source>
        <translation>Le fichier n'indique aucun fuseau horaire ; ses dates portent les décalages %1, qui correspondent à %2 : ses heures ont été lues dans ce fuseau. Indiquez --timezone FUSEAU pour choisir un autre fuseau aux mêmes décalages.</translation>
    </message>
    <message>
        <source>--timezone %1 does not fit those offsets and was not used.</source>
        <translation>--timezone %1 ne correspond pas à ces décalages et n'a pas été utilisé.</translation>
    </message>
    <message>
        <source>The file names no time zone and its offsets (%1) fit no zone's rules: its times were read at the fixed offset %2. Give --timezone ZONE to name the zone.</source>
        <translation>Le fichier n'indique aucun fuseau horaire et ses décalages (%1) ne correspondent aux règles d'aucun fuseau : ses heures ont été lues au décalage fixe %2. Indiquez --timezone FUSEAU pour nommer le fuseau.</translation>
    </message>
    <message>
        <source>--timezone %1 was not needed and was not used.</source>
        <translation>--timezone %1 n'était pas nécessaire et n'a pas été utilisé.</translation>
    </message>
    <message>
        <source>The file names no time zone and gives its dates in UTC: they keep their moments and are shown on the clock of %1.</source>
        <translation>Le fichier n'indique aucun fuseau horaire et donne ses dates en UTC : elles gardent leur instant et s'affichent selon l'horloge de %1.</translation>
    </message>
</context>
<context>
    <name>standlab::SchemaVerifier</name>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>schema object of type “%1”</source>
        <translation>objet de schéma de type « %1 »</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the schema of version %2 could not be built to check it against (%3).</source>
        <translation>Impossible d'ouvrir « %1 » : le schéma de la version %2 n'a pas pu être construit pour le comparer (%3).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it holds a %2 “%3” that Stand Lab never makes (the file is of version %4).</source>
        <translation>Impossible d'ouvrir « %1 » : il contient un élément « %3 » (%2) que Stand Lab ne crée jamais (le fichier est en version %4).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: its %2 “%3” is not the one Stand Lab makes (the file is of version %4).</source>
        <translation>Impossible d'ouvrir « %1 » : son élément « %3 » (%2) n'est pas celui que crée Stand Lab (le fichier est en version %4).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: its list of tables could not be read (%2).</source>
        <translation>Impossible d'ouvrir « %1 » : sa liste de tables n'a pas pu être lue (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the %2 “%3” that every file of version %4 holds is missing.</source>
        <translation>Impossible d'ouvrir « %1 » : l'élément « %3 » (%2) que contient tout fichier de version %4 est absent.</translation>
    </message>
    <message>
        <source>It was changed outside Stand Lab, and what was changed could run commands of its own, so it was not opened. The file was left untouched; open a backup or ask for a fresh copy.</source>
        <translation>Il a été modifié en dehors de Stand Lab, et ce qui a été modifié pourrait exécuter ses propres commandes ; il n'a donc pas été ouvert. Le fichier n'a pas été touché ; ouvrez une sauvegarde ou demandez une nouvelle copie.</translation>
    </message>
</context>
<context>
    <name>standlab::SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Tout rechercher (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search sessions, people, organisations, actions and datasets as you type. Enter opens the first hit; Up and Down choose another.</source>
        <translation>Rechercher des sessions, personnes, organisations, actions et jeux de données au fil de la saisie. Entrée ouvre le premier résultat ; Haut et Bas en choisissent un autre.</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search the whole event</source>
        <translation>Rechercher dans tout l'événement</translation>
    </message>
    <message>
        <source>Search (indexing new rows, %1%)</source>
        <translation>Rechercher (indexation des nouvelles lignes, %1 %)</translation>
    </message>
</context>
<context>
    <name>standlab::SearchResultsModel</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>standlab::SearchableTable</name>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Show only the rows containing this text in any column</source>
        <translation>Afficher uniquement les lignes contenant ce texte dans une colonne</translation>
    </message>
</context>
<context>
    <name>standlab::SectionEditor</name>
    <message>
        <source>The title of the section</source>
        <translation>Le titre de la section</translation>
    </message>
    <message>
        <source>Draft, in review or adopted</source>
        <translation>Brouillon, en relecture ou adopté</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Plain paragraph</source>
        <translation>Paragraphe simple</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>H1</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>H2</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Link the selected text to a web address</source>
        <translation>Lier le texte sélectionné à une adresse web</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Web address (https://…):</source>
        <translation>Adresse web (https://…) :</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Renommer le document</translation>
    </message>
    <message>
        <source>Set section status</source>
        <translation>Définir le statut de la section</translation>
    </message>
    <message>
        <source>Set document status</source>
        <translation>Définir le statut du document</translation>
    </message>
    <message>
        <source>Not edited yet</source>
        <translation>Pas encore modifié</translation>
    </message>
    <message>
        <source>Last edited on %1</source>
        <translation>Dernière modification le %1</translation>
    </message>
</context>
<context>
    <name>standlab::SessionEditor</name>
    <message>
        <source>Select a session to edit it, or press New session.</source>
        <translation>Sélectionnez une session pour la modifier, ou cliquez sur Nouvelle session.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>The title as printed in the programme</source>
        <translation>Le titre tel qu'imprimé dans le programme</translation>
    </message>
    <message>
        <source>What kind of session this is</source>
        <translation>Le type de session</translation>
    </message>
    <message>
        <source>Idea and proposed sessions are not yet in the programme</source>
        <translation>Les sessions au stade d'idée ou proposées ne sont pas encore dans le programme</translation>
    </message>
    <message>
        <source>The working line this session belongs to</source>
        <translation>L'axe de travail auquel appartient cette session</translation>
    </message>
    <message>
        <source>Cross-cutting working lines this session also contributes to</source>
        <translation>Les axes de travail transversaux auxquels cette session contribue aussi</translation>
    </message>
    <message>
        <source>The language the session is held in</source>
        <translation>La langue dans laquelle se tient la session</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Working line:</source>
        <translation>&amp;Axe de travail :</translation>
    </message>
    <message>
        <source>Cross-cutting:</source>
        <translation>Transversaux :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Quand et où</translation>
    </message>
    <message>
        <source>Choose “Unscheduled” to take the session out of the timetable</source>
        <translation>Choisissez « Non programmée » pour retirer la session de l'emploi du temps</translation>
    </message>
    <message>
        <source>Changing the start keeps the length of the session</source>
        <translation>Modifier le début conserve la durée de la session</translation>
    </message>
    <message>
        <source>When the session ends</source>
        <translation>L'heure de fin de la session</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>La session se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Where at the stand the session takes place</source>
        <translation>L'endroit du stand où se tient la session</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation>&amp;Espace :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The abstract printed in the programme</source>
        <translation>Le résumé imprimé dans le programme</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How many people the session can take</source>
        <translation>Le nombre de personnes que la session peut accueillir</translation>
    </message>
    <message>
        <source>How many people are expected</source>
        <translation>Le nombre de personnes attendues</translation>
    </message>
    <message>
        <source>How many people actually came</source>
        <translation>Le nombre de personnes réellement venues</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <source>E&amp;xpected:</source>
        <translation>Atte&amp;ndus :</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>&amp;Présents :</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Where the recording is published</source>
        <translation>Où l'enregistrement est publié</translation>
    </message>
    <message>
        <source>Shared notes taken during the session</source>
        <translation>Notes partagées prises pendant la session</translation>
    </message>
    <message>
        <source>The speakers' slides</source>
        <translation>Les diapositives des intervenants</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Enregistrement :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Slides:</source>
        <translation>Diapositives :</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Only for the organisers; never exported</source>
        <translation>Réservées aux organisateurs ; jamais exportées</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Change working line</source>
        <translation>Changer l'axe de travail</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Changer la langue</translation>
    </message>
    <message>
        <source>Change space</source>
        <translation>Changer l'espace</translation>
    </message>
    <message>
        <source>Edit abstract</source>
        <translation>Modifier le résumé</translation>
    </message>
    <message>
        <source>Change capacity</source>
        <translation>Modifier la capacité</translation>
    </message>
    <message>
        <source>Change expected headcount</source>
        <translation>Modifier l'effectif attendu</translation>
    </message>
    <message>
        <source>Change headcount</source>
        <translation>Modifier l'effectif</translation>
    </message>
    <message>
        <source>Edit recording link</source>
        <translation>Modifier le lien de l'enregistrement</translation>
    </message>
    <message>
        <source>Edit notes link</source>
        <translation>Modifier le lien des notes</translation>
    </message>
    <message>
        <source>Edit slides link</source>
        <translation>Modifier le lien des diapositives</translation>
    </message>
    <message>
        <source>Edit internal notes</source>
        <translation>Modifier les notes internes</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(no space)</source>
        <translation>(aucun espace)</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Non programmée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not an event day)</source>
        <translation>%1 (pas un jour de l'événement)</translation>
    </message>
    <message>
        <source>Unschedule session</source>
        <translation>Retirer la session du planning</translation>
    </message>
    <message>
        <source>Change day</source>
        <translation>Changer le jour</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Changer l'heure de début</translation>
    </message>
    <message>
        <source>Change end time</source>
        <translation>Changer l'heure de fin</translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation>Étiqueter avec %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Retirer l'étiquette %1</translation>
    </message>
    <message>
        <source>A second line under the title</source>
        <translation>Une seconde ligne sous le titre</translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation>So&amp;us-titre :</translation>
    </message>
    <message>
        <source>The longer text conference apps show beside the abstract</source>
        <translation>Le texte plus long que les applications de conférence affichent à côté du résumé</translation>
    </message>
    <message>
        <source>Lon&amp;ger description:</source>
        <translation>Description lon&amp;gue :</translation>
    </message>
    <message>
        <source>Title | https://… | kind</source>
        <translation>Titre | https://… | type</translation>
    </message>
    <message>
        <source>One link a line: title | address | kind (recording, slides, notes, feedback or other)</source>
        <translation>Un lien par ligne : titre | adresse | type (enregistrement, diapositives, notes, avis ou autre)</translation>
    </message>
    <message>
        <source>Files that belong to the session, one a line: title | address</source>
        <translation>Fichiers de la session, un par ligne : titre | adresse</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>Pièces j&amp;ointes :</translation>
    </message>
    <message>
        <source>The licence the recording is published under</source>
        <translation>La licence sous laquelle l'enregistrement est publié</translation>
    </message>
    <message>
        <source>e.g. CC BY 4.0</source>
        <translation>p. ex. CC BY 4.0</translation>
    </message>
    <message>
        <source>The speakers do &amp;not want it recorded</source>
        <translation>Les intervenants ne veulent pas être en&amp;registrés</translation>
    </message>
    <message>
        <source>Carried in the conference-app schedule, so no one records it by mistake</source>
        <translation>Inclus dans le programme pour les applications de conférence, pour que personne ne l'enregistre par erreur</translation>
    </message>
    <message>
        <source>Recording licence:</source>
        <translation>Licence de l'enregistrement :</translation>
    </message>
    <message>
        <source>Edit subtitle</source>
        <translation>Modifier le sous-titre</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <source>Edit recording licence</source>
        <translation>Modifier la licence de l'enregistrement</translation>
    </message>
    <message>
        <source>Edit links</source>
        <translation>Modifier les liens</translation>
    </message>
    <message>
        <source>Edit attachments</source>
        <translation>Modifier les pièces jointes</translation>
    </message>
    <message>
        <source>Change recording opt-out</source>
        <translation>Modifier le refus d'enregistrement</translation>
    </message>
    <message>
        <source>Line %1 is not “title | address | kind”; it is not saved yet.</source>
        <translation>La ligne %1 n'est pas « titre | adresse | type » ; elle n'est pas encore enregistrée.</translation>
    </message>
    <message>
        <source>More l&amp;inks:</source>
        <translation>Autres l&amp;iens :</translation>
    </message>
</context>
<context>
    <name>standlab::SessionEditorDialog</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>standlab::SessionLinks</name>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>standlab::SessionTableModel</name>
    <message>
        <source>Unscheduled</source>
        <translation>Non programmée</translation>
    </message>
    <message numerus="yes">
        <source>+%n tag(s)</source>
        <translation>
            <numerusform>+%n étiquette</numerusform>
            <numerusform>+%n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>%1
Cross-cutting: %2</source>
        <translation>%1
Transversaux : %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Axe de travail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier le champ « %1 »</translation>
    </message>
</context>
<context>
    <name>standlab::StandPage</name>
    <message>
        <source>&amp;Now &amp;&amp; Next full screen</source>
        <translation>En cours et à suivre en &amp;plein écran</translation>
    </message>
    <message>
        <source>Show what is on now and next, full screen, for the screen at the stand (Ctrl+Shift+N or F11; Escape leaves it)</source>
        <translation>Afficher ce qui se passe maintenant et ensuite, en plein écran, pour l'écran du stand (Ctrl+Shift+N ou F11 ; Échap pour quitter)</translation>
    </message>
    <message>
        <source>&amp;Rehearse at…</source>
        <translation>&amp;Répéter à partir de…</translation>
    </message>
    <message>
        <source>Back to the computer's clock after a rehearsal</source>
        <translation>Revenir à l'horloge de l'ordinateur après une répétition</translation>
    </message>
    <message>
        <source>The day the list shows (Alt+Y)</source>
        <translation>Le jour affiché par la liste (Alt+J)</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>Rehearse at…</source>
        <translation>Répéter à partir de…</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Heure réelle</translation>
    </message>
    <message>
        <source>Now &amp;&amp; Next full screen</source>
        <translation>En cours et à suivre en plein écran</translation>
    </message>
    <message>
        <source>Today's sessions and speakers</source>
        <translation>Sessions du jour et intervenants</translation>
    </message>
    <message>
        <source>Space ticks a speaker as arrived; Alt+H edits the headcount, Alt+N takes a note</source>
        <translation>La barre d'espace coche l'arrivée d'un intervenant ; Alt+E modifie l'effectif, Alt+N prend une note</translation>
    </message>
    <message>
        <source>Today's &amp;sessions — tick speakers as they arrive</source>
        <translation>Sessions d&amp;u jour — cochez les intervenants à leur arrivée</translation>
    </message>
    <message>
        <source>How many people are in the session; Enter saves it</source>
        <translation>Le nombre de personnes dans la session ; Entrée l'enregistre</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>&amp;Effectif :</translation>
    </message>
    <message>
        <source>&amp;Stand</source>
        <translation>&amp;Stand</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (rehearsal, clock stopped)</source>
        <translation>%1 (répétition, horloge arrêtée)</translation>
    </message>
    <message>
        <source>%1 (rehearsal ×%2)</source>
        <translation>%1 (répétition ×%2)</translation>
    </message>
    <message>
        <source>The stand clock, in the event's time zone (%1)</source>
        <translation>L'horloge du stand, dans le fuseau horaire de l'événement (%1)</translation>
    </message>
    <message>
        <source>Run the stand clock from a chosen time and speed (Ctrl+Alt+R)</source>
        <translation>Faire tourner l'horloge du stand à partir d'une heure et d'une vitesse choisies (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <source>Use the real &amp;time</source>
        <translation>Utiliser l'heure ré&amp;elle</translation>
    </message>
</context>
<context>
    <name>standlab::Store</name>
    <message>
        <source>Cannot create “%1”: the folder %2 does not exist.</source>
        <translation>Impossible de créer « %1 » : le dossier %2 n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file of that name already exists.</source>
        <translation>Impossible de créer « %1 » : un fichier de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a SQLite database of another application, not a Stand Lab event.</source>
        <translation>Impossible d'ouvrir « %1 » : c'est une base de données SQLite d'une autre application, pas un événement Stand Lab.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it was saved by a newer Stand Lab (file version %2; this version reads up to %3). Update Stand Lab to open it.</source>
        <translation>Impossible d'ouvrir « %1 » : il a été enregistré par une version plus récente de Stand Lab (version de fichier %2 ; cette version lit jusqu'à la %3). Mettez à jour Stand Lab pour l'ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is a read-only file: you can read it, but changes cannot be saved. Use File › Save a copy… to work on a copy.</source>
        <translation>« %1 » est un fichier en lecture seule : vous pouvez le lire, mais les modifications ne peuvent pas être enregistrées. Utilisez Fichier › Enregistrer une copie… pour travailler sur une copie.</translation>
    </message>
    <message>
        <source>“%1” was opened read-only.</source>
        <translation>« %1 » a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d'ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is damaged or not a database (%2).</source>
        <translation>Impossible d'ouvrir « %1 » : le fichier est endommagé ou n'est pas une base de données (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the integrity check failed (%2). Restore it from a backup.</source>
        <translation>Impossible d'ouvrir « %1 » : le contrôle d'intégrité a échoué (%2). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot open “%1” read-only: it was saved by an older Stand Lab and must be upgraded, which needs write access.</source>
        <translation>Impossible d'ouvrir « %1 » en lecture seule : il a été enregistré par une version plus ancienne de Stand Lab et doit être mis à niveau, ce qui nécessite un accès en écriture.</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: the safety copy could not be written (%2).</source>
        <translation>Impossible de mettre à niveau « %1 » : la copie de sécurité n'a pas pu être écrite (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the write-ahead journal could not be enabled (%2).</source>
        <translation>Impossible d'ouvrir « %1 » : le journal d'écriture anticipée n'a pas pu être activé (%2).</translation>
    </message>
    <message>
        <source>The change could not be started: %1</source>
        <translation>La modification n'a pas pu être commencée : %1</translation>
    </message>
    <message>
        <source>The change could not be saved to “%1”: %2</source>
        <translation>La modification n'a pas pu être enregistrée dans « %1 » : %2</translation>
    </message>
    <message>
        <source>There is no table “%1” in this file.</source>
        <translation>Il n'y a pas de table « %1 » dans ce fichier.</translation>
    </message>
    <message>
        <source>There is no field “%1” in “%2”.</source>
        <translation>Il n'y a pas de champ « %1 » dans « %2 ».</translation>
    </message>
    <message>
        <source>The item to change no longer exists; another change may have removed it.</source>
        <translation>L'élément à modifier n'existe plus ; une autre modification l'a peut-être supprimé.</translation>
    </message>
    <message>
        <source>The item to delete no longer exists.</source>
        <translation>L'élément à supprimer n'existe plus.</translation>
    </message>
    <message>
        <source>Row %1 of “%2” could not be stored: %3</source>
        <translation>La ligne %1 de « %2 » n'a pas pu être enregistrée : %3</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder does not exist.</source>
        <translation>Impossible d'écrire « %1 » : le dossier n'existe pas.</translation>
    </message>
    <message>
        <source>the finished copy could not be moved into place</source>
        <translation>la copie terminée n'a pas pu être mise en place</translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2</source>
        <translation>Impossible d'écrire la copie « %1 » : %2</translation>
    </message>
    <message>
        <source>a reference in “%1” points to a missing row</source>
        <translation>une référence dans « %1 » pointe vers une ligne manquante</translation>
    </message>
    <message>
        <source>Cannot open “%1”: its index file “%2” could not be created beside it; the disk may be full. Free some space on that disk, or copy the file to another disk, and open it again.</source>
        <translation>Impossible d'ouvrir « %1 » : son fichier d'index « %2 » n'a pas pu être créé à côté ; le disque est peut-être plein. Libérez de la place sur ce disque, ou copiez le fichier sur un autre disque, puis ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the disk is full. Free some space on that disk, or copy the file to another disk, and open it again.</source>
        <translation>Impossible d'ouvrir « %1 » : le disque est plein. Libérez de la place sur ce disque, ou copiez le fichier sur un autre disque, puis ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file or its folder is read-only (%2). Make them writable, or copy the file to a folder of your own.</source>
        <translation>Impossible d'ouvrir « %1 » : le fichier ou son dossier est en lecture seule (%2). Rendez-les modifiables, ou copiez le fichier dans un dossier à vous.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it or the files kept beside it could not be opened (%2). Check that the file exists and that you may read and write in its folder.</source>
        <translation>Impossible d'ouvrir « %1 » : le fichier ou les fichiers gardés à côté n'ont pas pu être ouverts (%2). Vérifiez que le fichier existe et que vous pouvez lire et écrire dans son dossier.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the disk reported an error while reading or writing it (%2). The disk may be full, removed or failing: copy the file to another disk and open the copy.</source>
        <translation>Impossible d'ouvrir « %1 » : le disque a signalé une erreur en le lisant ou en l'écrivant (%2). Le disque est peut-être plein, retiré ou défaillant : copiez le fichier sur un autre disque et ouvrez la copie.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: another program is using it (%2). Close it there and try again.</source>
        <translation>Impossible d'ouvrir « %1 » : un autre programme l'utilise (%2). Fermez-le là-bas et réessayez.</translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2; the disk may be full.</source>
        <translation>Impossible d'écrire la copie « %1 » : %2 ; le disque est peut-être plein.</translation>
    </message>
</context>
<context>
    <name>standlab::SyncActions</name>
    <message>
        <source>Stand Lab sync packages (*.%1);;All files (*)</source>
        <translation>Paquets de synchronisation Stand Lab (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>S&amp;hare changes…</source>
        <translation>Partager les modifica&amp;tions…</translation>
    </message>
    <message>
        <source>Write a sync package of this event's changes for the other laptops</source>
        <translation>Écrire un paquet de synchronisation des modifications de cet événement pour les autres ordinateurs</translation>
    </message>
    <message>
        <source>Recei&amp;ve changes…</source>
        <translation>Rece&amp;voir les modifications…</translation>
    </message>
    <message>
        <source>Merge sync packages from other laptops into this event</source>
        <translation>Fusionner dans cet événement des paquets de synchronisation venant d'autres ordinateurs</translation>
    </message>
    <message>
        <source>Conflicts and e&amp;xchanges…</source>
        <translation>Conf&amp;lits et échanges…</translation>
    </message>
    <message>
        <source>Review merge conflicts and the history of exchanges</source>
        <translation>Examiner les conflits de fusion et l'historique des échanges</translation>
    </message>
    <message>
        <source>%1 (written on this laptop)</source>
        <translation>%1 (écrit sur cet ordinateur)</translation>
    </message>
    <message>
        <source>%1 (already received)</source>
        <translation>%1 (déjà reçu)</translation>
    </message>
    <message>
        <source>Everything (for a laptop that never received from this one)</source>
        <translation>Tout (pour un ordinateur qui n'a jamais rien reçu de celui-ci)</translation>
    </message>
    <message>
        <source>Only what “%1” is missing</source>
        <translation>Seulement ce qui manque à « %1 »</translation>
    </message>
    <message>
        <source>Share changes</source>
        <translation>Partager les modifications</translation>
    </message>
    <message>
        <source>Package for:</source>
        <translation>Paquet pour :</translation>
    </message>
    <message>
        <source>Receive changes</source>
        <translation>Recevoir les modifications</translation>
    </message>
    <message>
        <source>Nothing was merged. %1</source>
        <translation>Rien n'a été fusionné. %1</translation>
    </message>
    <message>
        <source>Receive everything new from the sync &amp;folder</source>
        <translation>Recevoir toutes les nouveautés du dossier de s&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Merge every package in the sync folder that this event has not received yet (Ctrl+Shift+G); the sync folder is set in Preferences</source>
        <translation>Fusionner tous les paquets du dossier de synchronisation que cet événement n'a pas encore reçus (Ctrl+Shift+G) ; le dossier de synchronisation se choisit dans les Préférences</translation>
    </message>
    <message>
        <source>Write the package to the sync folder?</source>
        <translation>Écrire le paquet dans le dossier de synchronisation ?</translation>
    </message>
    <message>
        <source>It is saved as “%1” in %2, where the other laptops find it.</source>
        <translation>Il est enregistré sous « %1 » dans %2, où les autres ordinateurs le trouvent.</translation>
    </message>
    <message>
        <source>&amp;Write to the sync folder</source>
        <translation>Écrire dans le &amp;dossier de synchronisation</translation>
    </message>
    <message>
        <source>Save &amp;elsewhere…</source>
        <translation>Enregistrer a&amp;illeurs…</translation>
    </message>
    <message>
        <source>Package written to %1</source>
        <translation>Paquet écrit dans %1</translation>
    </message>
    <message>
        <source>Receive from the sync folder</source>
        <translation>Recevoir depuis le dossier de synchronisation</translation>
    </message>
    <message>
        <source>Nothing new in %1.</source>
        <translation>Rien de nouveau dans %1.</translation>
    </message>
    <message>
        <source>Packages appear here when the other laptops share their changes to this folder.</source>
        <translation>Les paquets apparaissent ici lorsque les autres ordinateurs partagent leurs modifications dans ce dossier.</translation>
    </message>
    <message>
        <source>No sync folder is chosen yet.</source>
        <translation>Aucun dossier de synchronisation n'a encore été choisi.</translation>
    </message>
    <message>
        <source>Choose the folder where the laptops leave their packages: a USB stick, or a folder that Syncthing or a network share keeps in step. Preferences can change it later.</source>
        <translation>Choisissez le dossier où les ordinateurs déposent leurs paquets : une clé USB, ou un dossier que Syncthing ou un partage réseau maintient synchronisé. Vous pourrez le modifier plus tard dans les Préférences.</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Choisir un dossier…</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Merge another event file…</source>
        <translation>Fusionner un &amp;autre fichier d'événement…</translation>
    </message>
    <message>
        <source>Take the changes of another copy of this event, such as a .standlab file sent by e-mail; that file is only read</source>
        <translation>Reprendre les modifications d'une autre copie de cet événement, par exemple un fichier .standlab envoyé par e-mail ; ce fichier est seulement lu</translation>
    </message>
    <message>
        <source>Merge another event file</source>
        <translation>Fusionner un autre fichier d'événement</translation>
    </message>
    <message>
        <source>Stand Lab events (*.standlab);;All files (*)</source>
        <translation>Événements Stand Lab (*.standlab);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>standlab::SyncReviewDialog</name>
    <message>
        <source>Conflicts and exchanges</source>
        <translation>Conflits et échanges</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valeur conservée</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Utiliser l'autre valeur</translation>
    </message>
    <message>
        <source>Replace the kept value by the other laptop's value; Edit › Undo brings it back</source>
        <translation>Remplacer la valeur conservée par celle de l'autre ordinateur ; Édition › Annuler la rétablit</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflits</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;History of exchanges</source>
        <translation>&amp;Historique des échanges</translation>
    </message>
    <message>
        <source>Other value used</source>
        <translation>Autre valeur utilisée</translation>
    </message>
    <message>
        <source>Kept by the rule</source>
        <translation>Conservée par la règle</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No conflicts: no field was changed on two laptops before they met.</source>
        <translation>Aucun conflit : aucun champ n'a été modifié sur deux ordinateurs avant leur synchronisation.</translation>
    </message>
    <message>
        <source>Both laptops changed these fields before they met. The later change was kept on every laptop; pick the other value where it was the right one.</source>
        <translation>Les deux ordinateurs ont modifié ces champs avant leur synchronisation. La modification la plus récente a été conservée sur tous les ordinateurs ; choisissez l'autre valeur là où c'était la bonne.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>standlab::SyncSummaryDialog</name>
    <message>
        <source>Changes received</source>
        <translation>Modifications reçues</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing new&lt;/b&gt;: this event already held every change.</source>
        <translation>&lt;b&gt;Rien de nouveau&lt;/b&gt; : cet événement contenait déjà toutes les modifications.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n change(s)&lt;/b&gt; merged into this event.</source>
        <translation>
            <numerusform>&lt;b&gt;%n modification&lt;/b&gt; fusionnée dans cet événement.</numerusform>
            <numerusform>&lt;b&gt;%n modifications&lt;/b&gt; fusionnées dans cet événement.</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>Non fusionné : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both laptops changed the same field. The later change was kept; you can pick the other value.</source>
        <translation>
            <numerusform>%n conflit : les deux ordinateurs ont modifié le même champ. La modification la plus récente a été conservée ; vous pouvez choisir l'autre valeur.</numerusform>
            <numerusform>%n conflits : les deux ordinateurs ont modifié le même champ. La modification la plus récente a été conservée ; vous pouvez choisir l'autre valeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Examiner les conflits…</translation>
    </message>
    <message>
        <source>Not merged:</source>
        <translation>Non fusionnés :</translation>
    </message>
</context>
<context>
    <name>standlab::TodayModel</name>
    <message>
        <source>(unknown person)</source>
        <translation>(personne inconnue)</translation>
    </message>
    <message>
        <source>People in the room; edit with F2 or by typing a number</source>
        <translation>Personnes dans la salle ; modifiez avec F2 ou en saisissant un nombre</translation>
    </message>
    <message>
        <source>no speakers</source>
        <translation>aucun intervenant</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Press Space to tick %1 as arrived</source>
        <translation>Appuyez sur Espace pour marquer l'arrivée de %1</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Tick %1 as arrived</source>
        <translation>Marquer l'arrivée de %1</translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation>Annuler l'arrivée de %1</translation>
    </message>
    <message>
        <source>Headcount of “%1”: %2</source>
        <translation>Effectif de « %1 » : %2</translation>
    </message>
    <message>
        <source>Session / speaker</source>
        <translation>Session / intervenant</translation>
    </message>
    <message>
        <source>Time / role</source>
        <translation>Heure / rôle</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>standlab::UnscheduledList</name>
    <message>
        <source>Unscheduled sessions</source>
        <translation>Sessions non programmées</translation>
    </message>
    <message>
        <source>Every session has a time. Drop a block here to take it off the schedule.</source>
        <translation>Toutes les sessions ont un horaire. Déposez un bloc ici pour le retirer du planning.</translation>
    </message>
</context>
<context>
    <name>standlab::UnscheduledModel</name>
    <message>
        <source>Untitled session</source>
        <translation>Session sans titre</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>Drag onto the board, or press Enter to place it in the first free slot.</source>
        <translation>Faites-la glisser sur le planning, ou appuyez sur Entrée pour la placer dans le premier créneau libre.</translation>
    </message>
</context>
<context>
    <name>standlab::WelcomeWindow</name>
    <message>
        <source>Welcome — Stand Lab</source>
        <translation>Bienvenue — Stand Lab</translation>
    </message>
    <message>
        <source>Stand Lab</source>
        <translation>Stand Lab</translation>
    </message>
    <message>
        <source>Plan and run the Sharing Cities Action Stand Lab: programme, people, contacts and the Action Plan, on your own laptop.</source>
        <translation>Planifier et animer le Sharing Cities Action Stand Lab : programme, personnes, contacts et Plan d'action, sur votre propre ordinateur.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <source>Create a new, empty event file</source>
        <translation>Créer un nouveau fichier d'événement vide</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open an event file (.standlab)</source>
        <translation>Ouvrir un fichier d'événement (.standlab)</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <source>Open a fresh copy of the 2019 demo event; change it as you like</source>
        <translation>Ouvrir une nouvelle copie de l'événement de démonstration 2019 ; modifiez-la à votre guise</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir</translation>
    </message>
    <message>
        <source>Remove missing files</source>
        <translation>Retirer les fichiers introuvables</translation>
    </message>
    <message>
        <source>Forget the recent events whose files are no longer there</source>
        <translation>Oublier les événements récents dont les fichiers n'existent plus</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 n'existe plus</translation>
    </message>
    <message>
        <source>No recent events yet</source>
        <translation>Aucun événement récent pour l'instant</translation>
    </message>
</context>
<context>
    <name>standlab::WorkshopDetailsEditor</name>
    <message>
        <source>The organisation that runs the workshop</source>
        <translation>L'organisation qui anime l'atelier</translation>
    </message>
    <message>
        <source>Facilitators are the session's people with the role Facilitator (see People above)</source>
        <translation>Les animateurs sont les personnes de la session ayant le rôle Animateur (voir Personnes ci-dessus)</translation>
    </message>
    <message>
        <source>What to prepare: flip charts, post-its, a projector…</source>
        <translation>Ce qu'il faut préparer : tableaux de papier, post-it, un projecteur…</translation>
    </message>
    <message>
        <source>How many participants the workshop can take</source>
        <translation>Le nombre de participants que l'atelier peut accueillir</translation>
    </message>
    <message>
        <source>How many people have registered so far</source>
        <translation>Le nombre de personnes inscrites jusqu'ici</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The Action Plan section this workshop's outcome goes into</source>
        <translation>La section du Plan d'action qu'alimente le résultat de cet atelier</translation>
    </message>
    <message>
        <source>What came out of the workshop, for the Action Plan</source>
        <translation>Ce qui est ressorti de l'atelier, pour le Plan d'action</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organisateur :</translation>
    </message>
    <message>
        <source>Facilitators:</source>
        <translation>Animateurs :</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Matériel :</translation>
    </message>
    <message>
        <source>Max &amp;participants:</source>
        <translation>Participants ma&amp;x. :</translation>
    </message>
    <message>
        <source>&amp;Registrations:</source>
        <translation>&amp;Inscriptions :</translation>
    </message>
    <message>
        <source>&amp;Feeds:</source>
        <translation>Contrib&amp;ue à :</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>Change workshop organiser</source>
        <translation>Changer l'organisateur de l'atelier</translation>
    </message>
    <message>
        <source>Change the section the workshop feeds</source>
        <translation>Changer la section alimentée par l'atelier</translation>
    </message>
    <message>
        <source>Edit workshop materials</source>
        <translation>Modifier le matériel de l'atelier</translation>
    </message>
    <message>
        <source>Edit workshop outcome</source>
        <translation>Modifier le résultat de l'atelier</translation>
    </message>
    <message>
        <source>Change maximum participants</source>
        <translation>Modifier le nombre maximal de participants</translation>
    </message>
    <message>
        <source>Change registrations</source>
        <translation>Modifier les inscriptions</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>(aucune section)</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>1 registration over the limit.</source>
        <translation>1 inscription au-delà de la limite.</translation>
    </message>
    <message>
        <source>%1 registrations over the limit.</source>
        <translation>%1 inscriptions au-delà de la limite.</translation>
    </message>
    <message>
        <source>None yet: add people above with the role Facilitator.</source>
        <translation>Aucun pour l'instant : ajoutez ci-dessus des personnes ayant le rôle Animateur.</translation>
    </message>
</context>
<context>
    <name>standlab::cli::CheckCommand</name>
    <message>
        <source>check FILE [--json]</source>
        <translation>check FICHIER [--json]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Print one JSON object: {"count": N, "conflicts": [{"rule", "message", "sessions", …}]}.</source>
        <translation>Afficher un seul objet JSON : {"count": N, "conflicts": [{"rule", "message", "sessions", …}]}.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n conflit :</numerusform>
            <numerusform>%n conflits :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) found in %1.</source>
        <translation>
            <numerusform>%n conflit trouvé dans %1.</numerusform>
            <numerusform>%n conflits trouvés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the conflicts of the programme (clashes, availability, opening hours, capacity, speakers) and sessions with impossible times; exit status 1 when there are any.</source>
        <translation>Lister les conflits du programme (chevauchements, disponibilités, heures d'ouverture, capacité, intervenants) et les sessions aux horaires impossibles ; code de sortie 1 s'il y en a.</translation>
    </message>
    <message>
        <source>Session “%1” (id %2): %3.</source>
        <translation>Session « %1 » (id %2) : %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with impossible times:</source>
        <translation>
            <numerusform>%n session aux horaires impossibles :</numerusform>
            <numerusform>%n sessions aux horaires impossibles :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with impossible times and %1 conflict(s) found in %2.</source>
        <translation>
            <numerusform>%n session aux horaires impossibles et %1 conflit(s) trouvés dans %2.</numerusform>
            <numerusform>%n sessions aux horaires impossibles et %1 conflit(s) trouvés dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::cli::Command</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 attend un nombre entier de %2 à %3, et non « %4 ».</translation>
    </message>
</context>
<context>
    <name>standlab::cli::CommandLine</name>
    <message>
        <source>Show help for this subcommand.</source>
        <translation>Afficher l'aide de cette sous-commande.</translation>
    </message>
    <message>
        <source>Usage: %1 SUBCOMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Utilisation : %1 SOUS-COMMANDE [OPTIONS] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>The Stand Lab command line: works on .standlab event files without a display.</source>
        <translation>La ligne de commande de Stand Lab : travaille sur des fichiers d'événement .standlab sans affichage graphique.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Sous-commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Run “%1 SUBCOMMAND --help” for the options of one subcommand.</source>
        <translation>Lancez « %1 SOUS-COMMANDE --help » pour les options d'une sous-commande.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Utilisation : %1 %2</translation>
    </message>
    <message>
        <source>no subcommand given; run “%1 --help” for the list.</source>
        <translation>aucune sous-commande indiquée ; lancez « %1 --help » pour la liste.</translation>
    </message>
    <message>
        <source>unknown subcommand “%1”; run “%2 --help” for the list.</source>
        <translation>sous-commande inconnue « %1 » ; lancez « %2 --help » pour la liste.</translation>
    </message>
    <message>
        <source>%1: missing argument %2; usage: %3 %4</source>
        <translation>%1 : argument %2 manquant ; utilisation : %3 %4</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”; usage: %3 %4</source>
        <translation>%1 : argument inattendu « %2 » ; utilisation : %3 %4</translation>
    </message>
</context>
<context>
    <name>standlab::cli::DemoCommand</name>
    <message>
        <source>Write the demo event (Stand Lab 2019) to a new file.</source>
        <translation>Écrire l'événement de démonstration (Stand Lab 2019) dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>demo OUT.standlab</source>
        <translation>demo SORTIE.standlab</translation>
    </message>
    <message>
        <source>OUT.standlab</source>
        <translation>SORTIE.standlab</translation>
    </message>
    <message>
        <source>Wrote the demo event to %1 (%2 sessions, %3 people, %4 organisations).</source>
        <translation>Événement de démonstration écrit dans %1 (%2 sessions, %3 personnes, %4 organisations).</translation>
    </message>
</context>
<context>
    <name>standlab::cli::ExportCommand</name>
    <message>
        <source>Write the event, or part of it, in another format (PDF, calendar, schedule, spreadsheet…).</source>
        <translation>Écrire l'événement, ou une partie, dans un autre format (PDF, agenda, programme, tableur…).</translation>
    </message>
    <message>
        <source>export FILE --format %1 --output PATH [--lang L] [--days D,…] [--lines L,…] [--paper a4|letter]</source>
        <translation>export FICHIER --format %1 --output CHEMIN [--lang L] [--days D,…] [--lines L,…] [--paper a4|letter]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>Le format : %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The file to write; an existing file is replaced in one step.</source>
        <translation>Le fichier à écrire ; un fichier existant est remplacé en une seule étape.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>The language of printed labels: en, es, ca or fr.</source>
        <translation>La langue des libellés imprimés : en, es, ca ou fr.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Only these days (ISO dates, comma-separated).</source>
        <translation>Seulement ces jours (dates ISO, séparées par des virgules).</translation>
    </message>
    <message>
        <source>D,…</source>
        <translation>D,…</translation>
    </message>
    <message>
        <source>Only these working lines (names or ids, comma-separated).</source>
        <translation>Seulement ces axes de travail (noms ou identifiants, séparés par des virgules).</translation>
    </message>
    <message>
        <source>L,…</source>
        <translation>L,…</translation>
    </message>
    <message>
        <source>Only these spaces (names or ids, comma-separated).</source>
        <translation>Seulement ces espaces (noms ou identifiants, séparés par des virgules).</translation>
    </message>
    <message>
        <source>S,…</source>
        <translation>S,…</translation>
    </message>
    <message>
        <source>Only sessions with these statuses (comma-separated).</source>
        <translation>Seulement les sessions ayant ces statuts (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter.</source>
        <translation>Format de papier : a4 ou letter.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>The outcome document to export, by name.</source>
        <translation>Le document de résultats à exporter, par son nom.</translation>
    </message>
    <message>
        <source>A saved revision of that document, by name.</source>
        <translation>Une révision enregistrée de ce document, par son nom.</translation>
    </message>
    <message>
        <source>Only this person's sessions (name or id).</source>
        <translation>Seulement les sessions de cette personne (nom ou identifiant).</translation>
    </message>
    <message>
        <source>--format is required (%1).</source>
        <translation>--format est obligatoire (%1).</translation>
    </message>
    <message>
        <source>unknown format “%1”; known formats: %2.</source>
        <translation>format inconnu « %1 » ; formats connus : %2.</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>--output est obligatoire.</translation>
    </message>
    <message>
        <source>unknown language “%1”; use en, es, ca or fr.</source>
        <translation>langue inconnue « %1 » ; utilisez en, es, ca ou fr.</translation>
    </message>
    <message>
        <source>unknown paper size “%1”; use a4 or letter.</source>
        <translation>format de papier inconnu « %1 » ; utilisez a4 ou letter.</translation>
    </message>
    <message>
        <source>export: cannot write “%1”: the folder %2 does not exist.</source>
        <translation>export : impossible d'écrire « %1 » : le dossier %2 n'existe pas.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export : %1</translation>
    </message>
    <message>
        <source>The release to compare with (changes, changes-json).</source>
        <translation>La version à comparer (changes, changes-json).</translation>
    </message>
    <message>
        <source>Only what changed since this release (signs, poster, letters, letters-pdf).</source>
        <translation>Seulement ce qui a changé depuis cette version (signs, poster, letters, letters-pdf).</translation>
    </message>
    <message>
        <source>--changed-since applies to %1, not to %2.</source>
        <translation>--changed-since s'applique à %1, pas à %2.</translation>
    </message>
</context>
<context>
    <name>standlab::cli::GenerateCommand</name>
    <message>
        <source>Write a large synthetic event to a new file, the same for the same seed.</source>
        <translation>Écrire un gros événement synthétique dans un nouveau fichier, identique pour une même graine.</translation>
    </message>
    <message>
        <source>generate OUT.standlab --sessions N --people N --organisations N [--seed S] [--days D] [--spaces N]</source>
        <translation>generate SORTIE.standlab --sessions N --people N --organisations N [--seed S] [--days D] [--spaces N]</translation>
    </message>
    <message>
        <source>OUT.standlab</source>
        <translation>SORTIE.standlab</translation>
    </message>
    <message>
        <source>How many sessions.</source>
        <translation>Nombre de sessions.</translation>
    </message>
    <message>
        <source>How many people.</source>
        <translation>Nombre de personnes.</translation>
    </message>
    <message>
        <source>How many organisations (each with an engagement and 0–2 interactions).</source>
        <translation>Nombre d'organisations (chacune avec une participation et 0 à 2 échanges).</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same event.</source>
        <translation>La graine : une même graine donne le même événement.</translation>
    </message>
    <message>
        <source>How many days, from 19 November 2019.</source>
        <translation>Nombre de jours, à partir du 19 novembre 2019.</translation>
    </message>
    <message>
        <source>How many spaces.</source>
        <translation>Nombre d'espaces.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 sessions, %3 people, %4 organisations (seed %5) in %6 ms.</source>
        <translation>%1 écrit : %2 sessions, %3 personnes, %4 organisations (graine %5) en %6 ms.</translation>
    </message>
</context>
<context>
    <name>standlab::cli::ImportCommand</name>
    <message>
        <source>Bring data into an event (a new event is created when FILE does not exist).</source>
        <translation>Importer des données dans un événement (un nouvel événement est créé si FICHIER n'existe pas).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>ENTRÉE</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>Le format : %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Report what would happen and change nothing.</source>
        <translation>Indiquer ce qui se passerait sans rien modifier.</translation>
    </message>
    <message>
        <source>A saved column mapping (JSON).</source>
        <translation>Une correspondance de colonnes enregistrée (JSON).</translation>
    </message>
    <message>
        <source>M.json</source>
        <translation>M.json</translation>
    </message>
    <message>
        <source>--format is required (%1).</source>
        <translation>--format est obligatoire (%1).</translation>
    </message>
    <message>
        <source>unknown format “%1”; known formats: %2.</source>
        <translation>format inconnu « %1 » ; formats connus : %2.</translation>
    </message>
    <message>
        <source>import: cannot read “%1”: no such file.</source>
        <translation>import : impossible de lire « %1 » : ce fichier n'existe pas.</translation>
    </message>
    <message>
        <source>import: “%1” already holds an event; a %2 import goes into a new file. Give a FILE that does not exist yet.</source>
        <translation>import : « %1 » contient déjà un événement ; un import %2 se fait dans un nouveau fichier. Indiquez un FICHIER qui n'existe pas encore.</translation>
    </message>
    <message>
        <source>import: the rows are saved in “%1”, but they could not be indexed for search yet: %2. Stand Lab indexes them the next time it opens the event.</source>
        <translation>import : les lignes sont enregistrées dans « %1 », mais elles n'ont pas encore pu être indexées pour la recherche : %2. Stand Lab les indexera à la prochaine ouverture de l'événement.</translation>
    </message>
    <message>
        <source>import: cannot create “%1”: the folder %2 does not exist.</source>
        <translation>import : impossible de créer « %1 » : le dossier %2 n'existe pas.</translation>
    </message>
    <message>
        <source>import: the dry run needs a temporary folder and none could be made: %1</source>
        <translation>import : la simulation nécessite un dossier temporaire et aucun n'a pu être créé : %1</translation>
    </message>
    <message>
        <source>import FILE --format %1 INPUT [--dry-run] [--mapping M.json] [--timezone ZONE]</source>
        <translation>import FICHIER --format %1 ENTRÉE [--dry-run] [--mapping M.json] [--timezone FUSEAU]</translation>
    </message>
    <message>
        <source>For frab-xml and frab-json: the time zone (an IANA name such as Europe/Brussels) of a schedule whose times carry neither a zone nor offsets. Without it they are read in the event's zone.</source>
        <translation>Pour frab-xml et frab-json : le fuseau horaire (un nom IANA comme Europe/Brussels) d'un programme dont les heures ne portent ni fuseau ni décalage. Sans lui, elles sont lues dans le fuseau de l'événement.</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>FUSEAU</translation>
    </message>
</context>
<context>
    <name>standlab::cli::InfoCommand</name>
    <message>
        <source>Show the schema version and how many of each entity a file holds.</source>
        <translation>Afficher la version du schéma et le nombre d'éléments de chaque type dans un fichier.</translation>
    </message>
    <message>
        <source>info FILE [--json] [--contacts]</source>
        <translation>info FICHIER [--json] [--contacts]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Print one JSON object: {"schema_version": N, "counts": {…}}.</source>
        <translation>Afficher un seul objet JSON : {"schema_version": N, "counts": {…}}.</translation>
    </message>
    <message>
        <source>Also print the contact figures: attendance, countries, kinds, requests by working line, follow-ups per week.</source>
        <translation>Afficher aussi les chiffres des contacts : présence, pays, types, demandes par axe de travail, relances par semaine.</translation>
    </message>
</context>
<context>
    <name>standlab::cli::ReleaseCommand</name>
    <message>
        <source>Make a release: a named, frozen copy of the programme as it is now.</source>
        <translation>Publier une version : une copie nommée et figée du programme tel qu'il est maintenant.</translation>
    </message>
    <message>
        <source>release FILE --name NAME [--note TEXT]</source>
        <translation>release FICHIER --name NOM [--note TEXTE]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The release's name (unique in the event), e.g. v1.</source>
        <translation>Le nom de la version (unique dans l'événement), p. ex. v1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>A note kept with the release, e.g. “printed 12 Nov”.</source>
        <translation>Une note gardée avec la version, p. ex. « imprimé le 12 nov. ».</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>--name is required (for example --name v1).</source>
        <translation>--name est obligatoire (par exemple --name v1).</translation>
    </message>
    <message>
        <source>release: %1</source>
        <translation>release : %1</translation>
    </message>
    <message numerus="yes">
        <source>Released “%1”: %n session(s).</source>
        <translation><numerusform>Version « %1 » publiée : %n session.</numerusform><numerusform>Version « %1 » publiée : %n sessions.</numerusform></translation>
    </message>
</context>
<context>
    <name>standlab::cli::ReleasesCommand</name>
    <message>
        <source>List the releases of the programme: name, when, note, number of sessions.</source>
        <translation>Lister les versions du programme : nom, date, note, nombre de sessions.</translation>
    </message>
    <message>
        <source>releases FILE [--json]</source>
        <translation>releases FICHIER [--json]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Print a JSON array of {"name", "released_at", "note", "sessions"}.</source>
        <translation>Afficher un tableau JSON de {"name", "released_at", "note", "sessions"}.</translation>
    </message>
    <message>
        <source>No releases yet; make one with: standlab-cli release FILE --name v1</source>
        <translation>Aucune version pour l'instant ; publiez-en une avec : standlab-cli release FICHIER --name v1</translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%n session(s)</source>
        <translation><numerusform>%1	%2	%n session</numerusform><numerusform>%1	%2	%n sessions</numerusform></translation>
    </message>
</context>
<context>
    <name>standlab::cli::SyncCommand</name>
    <message>
        <source>Share changes with other laptops: write a sync package, merge packages, list conflicts.</source>
        <translation>Partager des modifications avec d'autres ordinateurs : écrire un paquet de synchronisation, fusionner des paquets, lister les conflits.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>export: the package file to write.</source>
        <translation>export : le fichier de paquet à écrire.</translation>
    </message>
    <message>
        <source>PKG</source>
        <translation>PAQUET</translation>
    </message>
    <message>
        <source>export: only what the laptop NAME is missing (by its name or id).</source>
        <translation>export : seulement ce qui manque à l'ordinateur NOM (par son nom ou son identifiant).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>unknown action “%1”; use export, import or conflicts.</source>
        <translation>action inconnue « %1 » ; utilisez export, import ou conflicts.</translation>
    </message>
    <message>
        <source>export needs --output PKG.</source>
        <translation>export nécessite --output PAQUET.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>import needs at least one package: sync import FILE PKG…</source>
        <translation>import nécessite au moins un paquet : sync import FICHIER PAQUET…</translation>
    </message>
    <message>
        <source>--output and --since-peer belong to sync export.</source>
        <translation>--output et --since-peer ne s'appliquent qu'à sync export.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n change(s) from %2.</source>
        <translation>
            <numerusform>%1 écrit : %n modification de %2.</numerusform>
            <numerusform>%1 écrit : %n modifications de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: no field was changed on two laptops before they met.</source>
        <translation>Aucun conflit : aucun champ n'a été modifié sur deux ordinateurs avant leur synchronisation.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>other value picked</source>
        <translation>autre valeur choisie</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>%1 “%2”, %3: kept “%4” (%5), other “%6” (%7) [%8]</source>
        <translation>%1 « %2 », %3 : conservé « %4 » (%5), autre « %6 » (%7) [%8]</translation>
    </message>
    <message>
        <source>import: every package in the sync folder DIR this file has not received yet; this laptop's own and unreadable ones are left out.</source>
        <translation>import : tous les paquets du dossier de synchronisation DOSSIER que ce fichier n'a pas encore reçus ; ceux de cet ordinateur et les paquets illisibles sont ignorés.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>--folder belongs to sync import.</source>
        <translation>--folder ne s'applique qu'à sync import.</translation>
    </message>
    <message>
        <source>give either packages or --folder DIR, not both.</source>
        <translation>indiquez soit des paquets, soit --folder DOSSIER, pas les deux.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>« %1 » n'est pas un dossier.</translation>
    </message>
    <message>
        <source>Nothing new in %1.</source>
        <translation>Rien de nouveau dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in %1 could not be received; the others were merged.</source>
        <translation>
            <numerusform>%n paquet de %1 n'a pas pu être reçu ; les autres ont été fusionnés.</numerusform>
            <numerusform>%n paquets de %1 n'ont pas pu être reçus ; les autres ont été fusionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync export FILE --output PKG [--since-peer NAME] | sync import FILE PKG|OTHER.standlab… | sync import FILE --folder DIR | sync conflicts FILE</source>
        <translation>sync export FICHIER --output PAQUET [--since-peer NOM] | sync import FICHIER PAQUET|AUTRE.standlab… | sync import FICHIER --folder DOSSIER | sync conflicts FICHIER</translation>
    </message>
</context>
</TS>
