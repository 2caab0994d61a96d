<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca_ES">
<context>
    <name>AppSettings</name>
    <message>
        <source>System default</source>
        <translation>Predeterminat del sistema</translation>
    </message>
</context>
<context>
    <name>ConflictDetector</name>
    <message>
        <source>an unknown space</source>
        <translation>un espai desconegut</translation>
    </message>
    <message>
        <source>%1 is used twice at once: %2 (%3) overlaps %4 (%5).</source>
        <translation>%1 s'utilitza dues vegades alhora: %2 (%3) se solapa amb %4 (%5).</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Algú</translation>
    </message>
    <message>
        <source>%1 is in two sessions at once: %2 (%3) and %4 (%5).</source>
        <translation>%1 és en dues sessions alhora: %2 (%3) i %4 (%5).</translation>
    </message>
    <message>
        <source>%1 is not available for %2 (%3).</source>
        <translation>%1 no està disponible per a %2 (%3).</translation>
    </message>
    <message>
        <source>%1 (%2) is on a day that is not one of the event's days.</source>
        <translation>%1 (%2) és en un dia que no és cap dels dies de l'esdeveniment.</translation>
    </message>
    <message>
        <source>%1 (%2) is outside the day's opening hours (%3–%4).</source>
        <translation>%1 (%2) és fora de l'horari d'obertura del dia (%3–%4).</translation>
    </message>
    <message>
        <source>%1 expects %2 people but %3 holds %4.</source>
        <translation>%1 preveu %2 persones, però %3 només n'admet %4.</translation>
    </message>
    <message>
        <source>%1 is confirmed but has no speaker.</source>
        <translation>La sessió %1 està confirmada però no té ponent.</translation>
    </message>
    <message>
        <source>%1 is cancelled but still holds a slot; unschedule it to free the space.</source>
        <translation>La sessió %1 està cancel·lada però encara ocupa una franja; desprogrameu-la per alliberar l'espai.</translation>
    </message>
</context>
<context>
    <name>ContactEdits</name>
    <message>
        <source>Edit engagement</source>
        <translation>Edita la participació</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Edita l'organització</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Registra una interacció</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Edita la iniciativa</translation>
    </message>
    <message>
        <source>Make a session from a request</source>
        <translation>Crea una sessió a partir d'una sol·licitud</translation>
    </message>
    <message>
        <source>Close the call for initiatives</source>
        <translation>Tanca la convocatòria d'iniciatives</translation>
    </message>
    <message>
        <source>Reopen the call for initiatives</source>
        <translation>Reobre la convocatòria d'iniciatives</translation>
    </message>
</context>
<context>
    <name>ContactFormats</name>
    <message>
        <source>Cannot read the mapping “%1”: %2.</source>
        <translation>No es pot llegir la correspondència «%1»: %2.</translation>
    </message>
    <message>
        <source>The mapping “%1” is not a JSON object (%2).</source>
        <translation>La correspondència «%1» no és un objecte JSON (%2).</translation>
    </message>
    <message>
        <source>The mapping “%1” does not fit: %2</source>
        <translation>La correspondència «%1» no encaixa: %2</translation>
    </message>
    <message>
        <source>%1: nothing imported.</source>
        <translation>%1: no s'ha importat res.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulació: no s'ha escrit res.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importat.</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>No importat.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Files llegides: %1</translation>
    </message>
    <message>
        <source>Organisations created: %1, updated: %2</source>
        <translation>Organitzacions creades: %1, actualitzades: %2</translation>
    </message>
    <message>
        <source>People created: %1, updated: %2</source>
        <translation>Persones creades: %1, actualitzades: %2</translation>
    </message>
    <message>
        <source>Engagements created: %1, updated: %2</source>
        <translation>Participacions creades: %1, actualitzades: %2</translation>
    </message>
    <message>
        <source>Skipped as duplicates: %1</source>
        <translation>Omeses per duplicades: %1</translation>
    </message>
    <message>
        <source>Line %1: duplicate of line %2 (%3): %4</source>
        <translation>Línia %1: duplicat de la línia %2 (%3): %4</translation>
    </message>
    <message>
        <source>Line %1: already in the event (%2): %3</source>
        <translation>Línia %1: ja és a l'esdeveniment (%2): %3</translation>
    </message>
    <message>
        <source>Rows rejected: %1</source>
        <translation>Files rebutjades: %1</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organitzacions</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persones</translation>
    </message>
    <message>
        <source>Organisations and people from a spreadsheet's CSV, columns mapped from the headers (or --mapping); all or nothing.</source>
        <translation>Organitzacions i persones des del CSV d'un full de càlcul, amb les columnes assignades a partir de les capçaleres (o --mapping); tot o res.</translation>
    </message>
    <message>
        <source>Organisations with their engagement, as CSV (RFC 4180, UTF-8).</source>
        <translation>Organitzacions amb la seva participació, en CSV (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>Organisations and people as an .xlsx workbook.</source>
        <translation>Organitzacions i persones en un llibre de càlcul .xlsx.</translation>
    </message>
    <message>
        <source>People as vCard 4.0 (one file, many cards).</source>
        <translation>Persones en vCard 4.0 (un sol fitxer, diverses targetes).</translation>
    </message>
    <message>
        <source>The mapping “%1” is too large (%2 KB); a saved column mapping is never more than %3 KB.</source>
        <translation>La correspondència «%1» és massa gran (%2 KB); una correspondència de columnes desada no ocupa mai més de %3 KB.</translation>
    </message>
</context>
<context>
    <name>ContactImportMapping</name>
    <message>
        <source>No column is mapped to an organisation name or a person's name.</source>
        <translation>Cap columna no està assignada al nom d'una organització ni al nom d'una persona.</translation>
    </message>
    <message>
        <source>The mapping names no columns.</source>
        <translation>La correspondència no indica cap columna.</translation>
    </message>
    <message>
        <source>The mapping has an unknown field “%1”.</source>
        <translation>La correspondència té un camp desconegut: «%1».</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignora)</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l'organització</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Tipus d'organització</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciutat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Lloc web</translation>
    </message>
    <message>
        <source>Declaration signatory</source>
        <translation>Signant de la Declaració</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Assistència</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dies</translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation>Mida de la delegació</translation>
    </message>
    <message>
        <source>Topics requested</source>
        <translation>Temes sol·licitats</translation>
    </message>
    <message>
        <source>Requested working line</source>
        <translation>Línia de treball sol·licitada</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Vol intervenir</translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation>Vol fer un taller</translation>
    </message>
    <message>
        <source>Owner on staff</source>
        <translation>Responsable de l'equip</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Proper seguiment</translation>
    </message>
    <message>
        <source>Person's full name</source>
        <translation>Nom complet de la persona</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognoms</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Càrrec o títol</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomes</translation>
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
        <translation>El fitxer és buit: no hi ha cap fila de capçalera ni cap contacte.</translation>
    </message>
    <message>
        <source>The file has a header row but no contacts.</source>
        <translation>El fitxer té una fila de capçalera però cap contacte.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línia %1: %2</translation>
    </message>
    <message>
        <source>repeated in the spreadsheet</source>
        <translation>repetit al full de càlcul</translation>
    </message>
    <message>
        <source>already in the event</source>
        <translation>ja és a l'esdeveniment</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mateix correu electrònic</translation>
    </message>
    <message>
        <source>same name at the same organisation</source>
        <translation>mateix nom a la mateixa organització</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) could not be read. Correct them and import again.</source>
        <translation>
            <numerusform>No s'ha importat res: no s'ha pogut llegir %n fila. Corregiu-la i torneu a importar.</numerusform>
            <numerusform>No s'ha importat res: no s'han pogut llegir %n files. Corregiu-les i torneu a importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No s'ha importat res: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) to add, </source>
        <translation>
            <numerusform>%n organització per afegir, </numerusform>
            <numerusform>%n organitzacions per afegir, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update; </source>
        <translation>
            <numerusform>%n per actualitzar; </numerusform>
            <numerusform>%n per actualitzar; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to add, </source>
        <translation>
            <numerusform>%n persona per afegir, </numerusform>
            <numerusform>%n persones per afegir, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s); </source>
        <translation>
            <numerusform>%n duplicat; </numerusform>
            <numerusform>%n duplicats; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n fila rebutjada.</numerusform>
            <numerusform>%n files rebutjades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactOverview</name>
    <message>
        <source>(no country)</source>
        <translation>(sense país)</translation>
    </message>
    <message>
        <source>(no working line)</source>
        <translation>(sense línia de treball)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Endarrerits</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Aquesta setmana</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Setmana del %1</translation>
    </message>
    <message>
        <source>Attendance by status</source>
        <translation>Assistència per estat</translation>
    </message>
    <message>
        <source>Organisations by country</source>
        <translation>Organitzacions per país</translation>
    </message>
    <message>
        <source>Organisations by kind</source>
        <translation>Organitzacions per tipus</translation>
    </message>
    <message>
        <source>Requests to speak or run a workshop, by working line</source>
        <translation>Sol·licituds per intervenir o fer un taller, per línia de treball</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sense resposta</translation>
    </message>
    <message>
        <source>Follow-ups per week</source>
        <translation>Seguiments per setmana</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>endarrerits</translation>
    </message>
</context>
<context>
    <name>ContactRowReader</name>
    <message>
        <source>the day ‘%1’ is neither a date nor a day of the event</source>
        <translation>el dia «%1» no és ni una data ni un dia de l'esdeveniment</translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2; the file may be cut short</source>
        <translation>té %1 camps mentre que la capçalera en té %2; potser el fitxer està tallat</translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2</source>
        <translation>té %1 camps mentre que la capçalera en té %2</translation>
    </message>
    <message>
        <source>‘%1’ is not yes or no (%2)</source>
        <translation>«%1» no és ni sí ni no (%2)</translation>
    </message>
    <message>
        <source>‘%1’ is not a kind of organisation</source>
        <translation>«%1» no és un tipus d'organització</translation>
    </message>
    <message>
        <source>‘%1’ is not an attendance status</source>
        <translation>«%1» no és un estat d'assistència</translation>
    </message>
    <message>
        <source>the delegation size ‘%1’ is not a number</source>
        <translation>la mida de la delegació «%1» no és un nombre</translation>
    </message>
    <message>
        <source>there is no working line ‘%1’ in this event</source>
        <translation>no hi ha cap línia de treball «%1» en aquest esdeveniment</translation>
    </message>
    <message>
        <source>the date ‘%1’ is not a date</source>
        <translation>la data «%1» no és una data</translation>
    </message>
    <message>
        <source>the email ‘%1’ does not look like an address</source>
        <translation>el correu electrònic «%1» no sembla una adreça</translation>
    </message>
    <message>
        <source>it names neither an organisation nor a person</source>
        <translation>no indica ni una organització ni una persona</translation>
    </message>
    <message>
        <source>it has engagement details but no organisation</source>
        <translation>té dades de participació però cap organització</translation>
    </message>
</context>
<context>
    <name>ContactsExporter</name>
    <message>
        <source>Organisation</source>
        <translation>Organització</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciutat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Lloc web</translation>
    </message>
    <message>
        <source>Declaration signatory</source>
        <translation>Signant de la Declaració</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Assistència</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dies</translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation>Mida de la delegació</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temes</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línia de treball</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Vol intervenir</translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation>Vol fer un taller</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Proper seguiment</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacte</translation>
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
        <translation>Càrrec</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomes</translation>
    </message>
</context>
<context>
    <name>ConvergenceCheck</name>
    <message>
        <source>%1 (%2 rows here, %3 there)</source>
        <translation>%1 (%2 files aquí, %3 allà)</translation>
    </message>
    <message>
        <source>This file and “%1” now hold the same changes, yet their events differ in %2. Nothing was deleted, but exchanging packages will not bring these into line by itself: check them in both copies before printing anything from them.</source>
        <translation>Aquest fitxer i «%1» ara contenen els mateixos canvis, però els seus esdeveniments difereixen en %2. No s'ha suprimit res, però intercanviar paquets no ho posarà d'acord per si sol: comproveu-ho a les dues còpies abans d'imprimir-ne res.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 holds binary data, not text: this does not look like a CSV file.</source>
        <translation>La línia %1 conté dades binàries, no text: no sembla un fitxer CSV.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field that starts there is never closed; the file may be cut short or have a stray quote.</source>
        <translation>Línia %1: un camp entre cometes que comença aquí no es tanca mai; potser el fitxer està tallat o té una cometa solta.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters; this does not look like a contacts spreadsheet.</source>
        <translation>Línia %1: un camp té més de %2 caràcters; no sembla un full de càlcul de contactes.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 rows, more than can be imported at once.</source>
        <translation>Línia %1: el fitxer té més de %2 files, més de les que es poden importar d'una vegada.</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>No s'han pogut llegir les dades.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, more than can be imported at once.</source>
        <translation>El fitxer ocupa més de %1 MB, més del que es pot importar d'una vegada.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>No s'ha pogut obrir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No s'ha pogut escriure «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>No s'ha pogut desar «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>No es pot escriure «%1»: només se n'ha pogut escriure una part; potser el disc és ple.</translation>
    </message>
</context>
<context>
    <name>DemoEvent</name>
    <message>
        <source>The bundled demo event is damaged: %1</source>
        <translation>L'esdeveniment de demostració inclòs està malmès: %1</translation>
    </message>
</context>
<context>
    <name>EventBundle</name>
    <message>
        <source>This is not a Stand Lab event bundle (the “format” field is missing or wrong).</source>
        <translation>No és un paquet d'esdeveniment de Stand Lab (el camp «format» falta o és incorrecte).</translation>
    </message>
    <message>
        <source>The bundle has schema version %1; this Stand Lab reads versions 1 to %2.</source>
        <translation>El paquet té la versió d'esquema %1; aquest Stand Lab llegeix de la versió 1 a la %2.</translation>
    </message>
    <message>
        <source>The bundle holds an unknown table “%1”.</source>
        <translation>El paquet conté una taula desconeguda: «%1».</translation>
    </message>
    <message>
        <source>An entry of “%1” in the bundle is not an object.</source>
        <translation>Una entrada de «%1» del paquet no és un objecte.</translation>
    </message>
    <message>
        <source>The bundle could not be loaded: %1</source>
        <translation>No s'ha pogut carregar el paquet: %1</translation>
    </message>
    <message>
        <source>Session “%1” (id %2, entry %3 of “sessions”) has impossible times: %4. Nothing was imported.</source>
        <translation>La sessió «%1» (identificador %2, entrada %3 de «sessions») té unes hores impossibles: %4. No s'ha importat res.</translation>
    </message>
</context>
<context>
    <name>EventFilePackage</name>
    <message>
        <source>“%1” is the event file itself: choose another copy of it to merge.</source>
        <translation>«%1» és el mateix fitxer de l'esdeveniment: trieu-ne una altra còpia per fusionar-la.</translation>
    </message>
    <message>
        <source>“%1” was saved by another version of Stand Lab (file version %2, this event has %3): open it once in this version, then merge it.</source>
        <translation>«%1» s'ha desat amb una altra versió de Stand Lab (versió de fitxer %2, aquest esdeveniment té la %3): obriu-lo una vegada amb aquesta versió i després fusioneu-lo.</translation>
    </message>
    <message>
        <source>“%1” holds another event (“%2”), not a copy of this one (“%3”): only copies of one event can be merged. To bring its sessions or contacts over, export them from it and import them here.</source>
        <translation>«%1» conté un altre esdeveniment («%2»), no una còpia d'aquest («%3»): només es poden fusionar còpies d'un mateix esdeveniment. Per portar-ne les sessions o els contactes, exporteu-los des d'aquell fitxer i importeu-los aquí.</translation>
    </message>
    <message>
        <source>%1 (event file)</source>
        <translation>%1 (fitxer d'esdeveniment)</translation>
    </message>
</context>
<context>
    <name>EventGenerator</name>
    <message>
        <source>The number of sessions, people and organisations must each be between 0 and %1.</source>
        <translation>El nombre de sessions, persones i organitzacions ha de ser, en cada cas, entre 0 i %1.</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 31.</source>
        <translation>El nombre de dies ha de ser entre 1 i 31.</translation>
    </message>
    <message>
        <source>The number of spaces must be between 1 and 100.</source>
        <translation>El nombre d'espais ha de ser entre 1 i 100.</translation>
    </message>
    <message>
        <source>The generated event could not be written: %1</source>
        <translation>No s'ha pogut escriure l'esdeveniment generat: %1</translation>
    </message>
</context>
<context>
    <name>EventOpener</name>
    <message>
        <source>Could not create the folder %1 for the demo event.</source>
        <translation>No s'ha pogut crear la carpeta %1 per a l'esdeveniment de demostració.</translation>
    </message>
</context>
<context>
    <name>ExhibitionPlan</name>
    <message>
        <source>“%1” and “%2” are both at table %3 on %4.</source>
        <translation>«%1» i «%2» són tots dos a la taula %3 el %4.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Event name</source>
        <translation>Nom de l'esdeveniment</translation>
    </message>
    <message>
        <source>Parent section</source>
        <translation>Secció superior</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Idiomes que parla</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Order of speakers</source>
        <translation>Ordre dels ponents</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Títol</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posició</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripció</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lloc</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciutat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Lloc web</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horària</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Obertura</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Tancament</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacitat</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom curt</translation>
    </message>
    <message>
        <source>Cross-cutting</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>Signed the declaration</source>
        <translation>Ha signat la Declaració</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organització</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Càrrec</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografia</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible des de</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponible fins a</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línia de treball</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Resum</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espai</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inici</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Expected headcount</source>
        <translation>Assistència prevista</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Recompte d'assistents</translation>
    </message>
    <message>
        <source>Recording link</source>
        <translation>Enllaç de l'enregistrament</translation>
    </message>
    <message>
        <source>Notes link</source>
        <translation>Enllaç de les notes</translation>
    </message>
    <message>
        <source>Slides link</source>
        <translation>Enllaç de les diapositives</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessió</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmat</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arribat</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Last edited by</source>
        <translation>Editat per última vegada per</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organitzadora</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Maximum participants</source>
        <translation>Màxim de participants</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscripcions</translation>
    </message>
    <message>
        <source>Feeds the section</source>
        <translation>Contribueix a la secció</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Assistència</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dies</translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation>Mida de la delegació</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temes</translation>
    </message>
    <message>
        <source>Requested working line</source>
        <translation>Línia de treball sol·licitada</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Vol intervenir</translation>
    </message>
    <message>
        <source>Wants a workshop</source>
        <translation>Vol fer un taller</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Proper seguiment</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacte</translation>
    </message>
    <message>
        <source>Requested session</source>
        <translation>Sessió sol·licitada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Slot day</source>
        <translation>Dia de la franja</translation>
    </message>
    <message>
        <source>Slot table</source>
        <translation>Taula de la franja</translation>
    </message>
    <message>
        <source>Slot start</source>
        <translation>Inici de la franja</translation>
    </message>
    <message>
        <source>Slot end</source>
        <translation>Final de la franja</translation>
    </message>
    <message>
        <source>Slot status</source>
        <translation>Estat de la franja</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publicador</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Llicència</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accés</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enllaç</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Secció</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organització líder</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Termini</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadors</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acció</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Desada el</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantània</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Escrita el</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(buit)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Esdeveniment</translation>
    </message>
    <message>
        <source>Event day</source>
        <translation>Dia de l'esdeveniment</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilitat</translation>
    </message>
    <message>
        <source>Session tag</source>
        <translation>Etiqueta de sessió</translation>
    </message>
    <message>
        <source>Speaker or role</source>
        <translation>Ponent o funció</translation>
    </message>
    <message>
        <source>Document section</source>
        <translation>Secció del document</translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation>Detalls del taller</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Contact log entry</source>
        <translation>Entrada del registre de contacte</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunt de dades</translation>
    </message>
    <message>
        <source>Action partner</source>
        <translation>Soci de l'acció</translation>
    </message>
    <message>
        <source>Action source</source>
        <translation>Origen de l'acció</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisió</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Nota de sessió</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No s'ha pogut escriure %1: %2</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Desa una còpia</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (còpia)</translation>
    </message>
    <message>
        <source>Export event as JSON bundle</source>
        <translation>Exporta l'esdeveniment com a paquet JSON</translation>
    </message>
</context>
<context>
    <name>LaptopIdentity</name>
    <message>
        <source>This laptop</source>
        <translation>Aquest portàtil</translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>“%1” is the event file %2 itself; writing there would replace the event. Choose another file to write; nothing was written.</source>
        <translation>«%1» és el mateix fitxer d'esdeveniment %2; escriure-hi substituiria l'esdeveniment. Trieu un altre fitxer per escriure; no s'ha escrit res.</translation>
    </message>
    <message>
        <source>“%1” is %2, a file SQLite or the lock keeps beside the event %3; writing there would damage the event. Choose another file to write; nothing was written.</source>
        <translation>«%1» és %2, un fitxer que SQLite o el bloqueig mantenen al costat de l'esdeveniment %3; escriure-hi malmetria l'esdeveniment. Trieu un altre fitxer per escriure; no s'ha escrit res.</translation>
    </message>
</context>
<context>
    <name>PdfCanvas</name>
    <message>
        <source>Printing the programme needs the graphical part of Qt (a QGuiApplication); on a machine without a display, run with QT_QPA_PLATFORM=offscreen.</source>
        <translation>Per imprimir el programa cal la part gràfica de Qt (una QGuiApplication); en una màquina sense pantalla, executeu-lo amb QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No s'ha pogut escriure %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be started.</source>
        <translation>No s'ha pogut escriure %1: no s'ha pogut iniciar el PDF.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>No es pot escriure «%1»: només se n'ha pogut escriure una part; potser el disc és ple.</translation>
    </message>
</context>
<context>
    <name>ProgrammeExporter</name>
    <message>
        <source>Unknown programme format.</source>
        <translation>Format de programa desconegut.</translation>
    </message>
</context>
<context>
    <name>ProgrammePrinter</name>
    <message>
        <source>Print the programme booklet of confirmed sessions</source>
        <translation>Imprimeix el fullet del programa amb les sessions confirmades</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Print programme</source>
        <translation>Imprimeix el programa</translation>
    </message>
    <message>
        <source>Print pro&amp;gramme…</source>
        <translation>&amp;Imprimeix el programa…</translation>
    </message>
</context>
<context>
    <name>ProgrammeXlsx</name>
    <message>
        <source>Cannot write “%1”: no temporary folder.</source>
        <translation>No es pot escriure «%1»: no hi ha carpeta temporal.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the workbook could not be created.</source>
        <translation>No es pot escriure «%1»: no s'ha pogut crear el llibre de càlcul.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No es pot escriure «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Stand Lab events (*.standlab)</source>
        <translation>Esdeveniments de Stand Lab (*.standlab)</translation>
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
        <translation>Edita el text de la secció</translation>
    </message>
    <message>
        <source>Restore revision “%1”</source>
        <translation>Restaura la revisió «%1»</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation>Mou «%1»</translation>
    </message>
    <message>
        <source>Schedule “%1”</source>
        <translation>Programa «%1»</translation>
    </message>
    <message>
        <source>Change length of “%1”</source>
        <translation>Canvia la durada de «%1»</translation>
    </message>
    <message>
        <source>Unschedule “%1”</source>
        <translation>Desprograma «%1»</translation>
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
        <translation>Capacitat: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleLayout</name>
    <message>
        <source>No space</source>
        <translation>Sense espai</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>Could not write %1</source>
        <translation>No s'ha pogut escriure %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>No s'ha pogut crear la carpeta %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No s'ha pogut obrir %1</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index cannot be read: %1</source>
        <translation>No es pot llegir l'índex de cerca: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La cerca ha fallat: %1</translation>
    </message>
</context>
<context>
    <name>SearchIndexBatch</name>
    <message>
        <source>The search trigger “%1” is not one Stand Lab makes in a file of version %2.</source>
        <translation>L'activador de cerca «%1» no és cap dels que Stand Lab crea en un fitxer de la versió %2.</translation>
    </message>
</context>
<context>
    <name>SessionRequest</name>
    <message>
        <source>There is no such engagement.</source>
        <translation>No existeix aquesta participació.</translation>
    </message>
    <message>
        <source>This organisation has not asked to speak or to run a workshop.</source>
        <translation>Aquesta organització no ha demanat intervenir ni fer un taller.</translation>
    </message>
    <message>
        <source>A session has already been made from this request.</source>
        <translation>Ja s'ha creat una sessió a partir d'aquesta sol·licitud.</translation>
    </message>
    <message>
        <source>Workshop by %1</source>
        <translation>Taller de %1</translation>
    </message>
    <message>
        <source>%1: talk</source>
        <translation>%1: xerrada</translation>
    </message>
    <message>
        <source>Workshop by %1: %2</source>
        <translation>Taller de %1: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sobre %2</translation>
    </message>
    <message>
        <source>Made from the request of %1.</source>
        <translation>Creada a partir de la sol·licitud de %1.</translation>
    </message>
</context>
<context>
    <name>SessionTimes</name>
    <message>
        <source>end</source>
        <translation>l'hora de final</translation>
    </message>
    <message>
        <source>start</source>
        <translation>l'hora d'inici</translation>
    </message>
    <message>
        <source>the %1 is in the year %2, outside %3–%4</source>
        <translation>%1 és de l'any %2, fora dels anys %3–%4</translation>
    </message>
    <message>
        <source>the %1 “%2” is not a date and time (expected %3)</source>
        <translation>%1 «%2» no és una data i hora (s'esperava %3)</translation>
    </message>
    <message>
        <source>it ends (%1) before it starts (%2)</source>
        <translation>acaba (%1) abans de començar (%2)</translation>
    </message>
</context>
<context>
    <name>SyncExporter</name>
    <message>
        <source>No package from “%1” was ever received here, so the package holds everything.</source>
        <translation>Aquí no s'ha rebut mai cap paquet de «%1», així que el paquet ho conté tot.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tothom</translation>
    </message>
    <message>
        <source>%1 The package holds everything.</source>
        <translation>%1 El paquet ho conté tot.</translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message numerus="yes">
        <source>%n package(s) already received</source>
        <translation>
            <numerusform>%n paquet ja rebut</numerusform>
            <numerusform>%n paquets ja rebuts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written on this laptop</source>
        <translation>
            <numerusform>%n paquet escrit en aquest portàtil</numerusform>
            <numerusform>%n paquets escrits en aquest portàtil</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone: %1.</source>
        <translation>Sense tocar: %1.</translation>
    </message>
    <message>
        <source>The sync folder “%1” cannot be read. If it is on a USB stick, plug it in; or choose another folder in Preferences.</source>
        <translation>No es pot llegir la carpeta de sincronització «%1». Si és en una memòria USB, connecteu-la; o trieu una altra carpeta a Preferències.</translation>
    </message>
    <message>
        <source>“%1” was written on this laptop.</source>
        <translation>«%1» s'ha escrit en aquest portàtil.</translation>
    </message>
    <message>
        <source>“%1” was received before.</source>
        <translation>«%1» ja s'havia rebut.</translation>
    </message>
    <message>
        <source>“%1” is a copy of “%2”.</source>
        <translation>«%1» és una còpia de «%2».</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» és buit.</translation>
    </message>
    <message>
        <source>%1 It changed less than a minute ago and may still be arriving: receive again in a moment.</source>
        <translation>%1 Ha canviat fa menys d'un minut i potser encara està arribant: torneu a rebre d'aquí a un moment.</translation>
    </message>
    <message>
        <source>“%1” could not be merged and nothing of it was applied: %2</source>
        <translation>No s'ha pogut fusionar «%1» i no se n'ha aplicat res: %2</translation>
    </message>
</context>
<context>
    <name>SyncLedger</name>
    <message>
        <source>this laptop</source>
        <translation>aquest portàtil</translation>
    </message>
    <message>
        <source>%1 (deleted since)</source>
        <translation>%1 (suprimit després)</translation>
    </message>
    <message>
        <source>“%1” could be any of %2 laptops: %3. Give the id of the one you mean (its first characters are enough).</source>
        <translation>«%1» pot ser qualsevol de %2 portàtils: %3. Indiqueu l'identificador del que voleu dir (n'hi ha prou amb els primers caràcters).</translation>
    </message>
    <message>
        <source>The sync knowledge could not be written.</source>
        <translation>No s'ha pogut escriure el registre del que ja s'ha sincronitzat.</translation>
    </message>
</context>
<context>
    <name>SyncMerger</name>
    <message>
        <source>“%1” comes from a newer Stand Lab (file version %2; this version reads up to %3). Update Stand Lab on this laptop, then receive it again.</source>
        <translation>«%1» prové d'un Stand Lab més nou (versió de fitxer %2; aquesta versió llegeix fins a la %3). Actualitzeu Stand Lab en aquest portàtil i torneu-lo a rebre.</translation>
    </message>
    <message>
        <source>“%1” was written on this laptop (%2): it holds nothing this file does not already have.</source>
        <translation>«%1» s'ha escrit en aquest portàtil (%2): no conté res que aquest fitxer no tingui ja.</translation>
    </message>
    <message>
        <source>A row of “%1” could not be merged: it clashes with another one.</source>
        <translation>No s'ha pogut fusionar una fila de «%1»: entra en conflicte amb una altra.</translation>
    </message>
    <message>
        <source>“%1” refers to something this file does not hold (%2 %3). Receive the earlier packages of that laptop first, or ask it for a package of everything.</source>
        <translation>«%1» fa referència a una cosa que aquest fitxer no conté (%2 %3). Rebeu primer els paquets anteriors d'aquell portàtil o demaneu-li un paquet amb tot.</translation>
    </message>
    <message>
        <source>“%1” cannot be merged: its table “%2” lacks the id or stamps.</source>
        <translation>«%1» no es pot fusionar: a la seva taula «%2» hi falten l'identificador o les marques de temps.</translation>
    </message>
</context>
<context>
    <name>SyncPackage</name>
    <message>
        <source>“%1” is damaged and was not applied: %2. Ask for the package again.</source>
        <translation>«%1» està malmès i no s'ha aplicat: %2. Torneu a demanar el paquet.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No es pot escriure «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No es pot llegir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is a sync package of a format this Stand Lab does not know. Update Stand Lab to receive it.</source>
        <translation>«%1» és un paquet de sincronització d'un format que aquest Stand Lab no coneix. Actualitzeu Stand Lab per rebre'l.</translation>
    </message>
    <message>
        <source>“%1” is not a Stand Lab sync package.</source>
        <translation>«%1» no és un paquet de sincronització de Stand Lab.</translation>
    </message>
    <message>
        <source>the file ends inside its header</source>
        <translation>el fitxer s'acaba dins de la capçalera</translation>
    </message>
    <message>
        <source>its header is unreadable</source>
        <translation>la capçalera és illegible</translation>
    </message>
    <message>
        <source>“%1” comes from a newer Stand Lab (file version %2; this version reads up to %3). Update Stand Lab on this laptop, then receive it again.</source>
        <translation>«%1» prové d'un Stand Lab més nou (versió de fitxer %2; aquesta versió llegeix fins a la %3). Actualitzeu Stand Lab en aquest portàtil i torneu-lo a rebre.</translation>
    </message>
    <message>
        <source>it is truncated (%1 of %2 bytes)</source>
        <translation>està truncat (%1 de %2 bytes)</translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation>la suma de verificació no coincideix</translation>
    </message>
    <message>
        <source>its content is unreadable</source>
        <translation>el contingut és illegible</translation>
    </message>
    <message>
        <source>its header and content disagree</source>
        <translation>la capçalera i el contingut no concorden</translation>
    </message>
    <message>
        <source>a row of “%1” has the wrong number of values</source>
        <translation>una fila de «%1» té un nombre de valors incorrecte</translation>
    </message>
    <message>
        <source>“%1” is too large to be a sync package (%2 MB; a package may hold at most %3 MB). It was not applied.</source>
        <translation>«%1» és massa gran per ser un paquet de sincronització (%2 MB; un paquet pot ocupar com a màxim %3 MB). No s'ha aplicat.</translation>
    </message>
    <message>
        <source>its content unpacks to more than the %1 bytes it declares</source>
        <translation>el contingut descomprimit ocupa més dels %1 bytes que declara</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>No es pot escriure «%1»: només se n'ha pogut escriure una part; potser el disc és ple.</translation>
    </message>
    <message>
        <source>its header announces %1 changes but it holds %2</source>
        <translation>la capçalera anuncia %1 canvis però en conté %2</translation>
    </message>
    <message>
        <source>“%1” holds more than %2 changes, far more than any event has. It was not applied.</source>
        <translation>«%1» conté més de %2 canvis, molts més dels que té qualsevol esdeveniment. No s'ha aplicat.</translation>
    </message>
    <message>
        <source>a row is unreadable</source>
        <translation>una fila és illegible</translation>
    </message>
    <message>
        <source>the change of “%1” has an unreadable stamp</source>
        <translation>el canvi de «%1» té una marca de temps illegible</translation>
    </message>
    <message>
        <source>a deletion is unreadable</source>
        <translation>una supressió és illegible</translation>
    </message>
    <message>
        <source>a row holds far more values than rows have</source>
        <translation>una fila conté molts més valors dels que tenen les files</translation>
    </message>
    <message>
        <source>the columns of “%1” are unreadable or too many</source>
        <translation>les columnes de «%1» són illegibles o massa nombroses</translation>
    </message>
    <message>
        <source>what it says it holds is unreadable</source>
        <translation>el que diu que conté és illegible</translation>
    </message>
    <message>
        <source>its clock is unreadable</source>
        <translation>el seu rellotge és illegible</translation>
    </message>
    <message>
        <source>a restored row is unreadable</source>
        <translation>una fila restaurada és illegible</translation>
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
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n hores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n any</numerusform>
            <numerusform>%n anys</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop's clock is %1 behind the newest change in “%2”. Check its date and time: changes made now may lose against older ones made elsewhere.</source>
        <translation>El rellotge d'aquest portàtil va %1 endarrerit respecte al canvi més recent de «%2». Comproveu-ne la data i l'hora: els canvis que s'hi facin ara poden perdre davant d'altres de més antics fets en altres llocs.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: its clock is negative. Ask for the package again.</source>
        <translation>«%1» està malmès i no s'ha aplicat: el seu rellotge és negatiu. Torneu a demanar el paquet.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: a deletion in “%2” has no id, laptop or stamp. Ask for the package again.</source>
        <translation>«%1» està malmès i no s'ha aplicat: una supressió de «%2» no té identificador, portàtil o marca de temps. Torneu a demanar el paquet.</translation>
    </message>
    <message>
        <source>“%1” was not applied: it carries changes stamped %2 ahead of this laptop's clock (from “%3”). Their values would win over every later edit on every laptop. Check the date and time of “%3” and of this laptop, then ask for a new package.</source>
        <translation>«%1» no s'ha aplicat: porta canvis amb marques de temps %2 avançades respecte al rellotge d'aquest portàtil (de «%3»). Els seus valors s'imposarien a totes les modificacions posteriors de tots els portàtils. Comproveu la data i l'hora de «%3» i d'aquest portàtil i, després, demaneu un paquet nou.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: %2. Ask for the package again.</source>
        <translation>«%1» està malmès i no s'ha aplicat: %2. Torneu a demanar el paquet.</translation>
    </message>
    <message>
        <source>the table “%1” has the column “%2” twice</source>
        <translation>la taula «%1» té la columna «%2» dues vegades</translation>
    </message>
    <message>
        <source>the table “%1” lacks the column “%2”</source>
        <translation>a la taula «%1» hi falta la columna «%2»</translation>
    </message>
    <message>
        <source>a row of “%1” has the wrong number of values</source>
        <translation>una fila de «%1» té un nombre de valors incorrecte</translation>
    </message>
    <message>
        <source>a row of “%1” has no id</source>
        <translation>una fila de «%1» no té identificador</translation>
    </message>
    <message>
        <source>the row %1 of “%2” has no laptop_id</source>
        <translation>la fila %1 de «%2» no té laptop_id</translation>
    </message>
    <message>
        <source>the row %1 of “%2” has no created_at</source>
        <translation>la fila %1 de «%2» no té created_at</translation>
    </message>
    <message>
        <source>the updated_at of the row %1 of “%2” is not a stamp</source>
        <translation>el camp updated_at de la fila %1 de «%2» no és una marca de temps</translation>
    </message>
    <message>
        <source>the row %1 of “%2” stamps a column it does not have (“%3”)</source>
        <translation>la fila %1 de «%2» posa marca de temps a una columna que no té («%3»)</translation>
    </message>
    <message>
        <source>the stamp of “%3” of the row %1 of “%2” is not a stamp</source>
        <translation>la marca de temps de «%3» de la fila %1 de «%2» no és una marca de temps</translation>
    </message>
    <message>
        <source>its times are not dates</source>
        <translation>les seves hores no són dates</translation>
    </message>
    <message>
        <source>“%1” was not applied: the session %2 cannot be true: %3.</source>
        <translation>«%1» no s'ha aplicat: la sessió %2 és impossible: %3.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: a restored row in “%2” has no id, laptop or stamp. Ask for the package again.</source>
        <translation>«%1» està malmès i no s'ha aplicat: una fila restaurada de «%2» no té identificador, portàtil o marca de temps. Torneu a demanar el paquet.</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>event details</source>
        <translation>dades de l'esdeveniment</translation>
    </message>
    <message>
        <source>event days</source>
        <translation>dies de l'esdeveniment</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>espais</translation>
    </message>
    <message>
        <source>working lines</source>
        <translation>línies de treball</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organitzacions</translation>
    </message>
    <message>
        <source>people</source>
        <translation>persones</translation>
    </message>
    <message>
        <source>availabilities</source>
        <translation>disponibilitats</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>session tags</source>
        <translation>etiquetes de sessió</translation>
    </message>
    <message>
        <source>speakers and roles</source>
        <translation>ponents i rols</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>document sections</source>
        <translation>seccions de documents</translation>
    </message>
    <message>
        <source>workshop details</source>
        <translation>detalls de tallers</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactes</translation>
    </message>
    <message>
        <source>contact log entries</source>
        <translation>entrades del registre de contactes</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>iniciatives</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>conjunts de dades</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>accions</translation>
    </message>
    <message>
        <source>action partners</source>
        <translation>socis de les accions</translation>
    </message>
    <message>
        <source>action sources</source>
        <translation>fonts de les accions</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>revisions</translation>
    </message>
    <message>
        <source>session notes</source>
        <translation>notes de sessió</translation>
    </message>
    <message>
        <source>Received from: %1</source>
        <translation>Rebut de: %1</translation>
    </message>
    <message>
        <source>Nothing new: this file already held every change.</source>
        <translation>Res de nou: aquest fitxer ja tenia tots els canvis.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n alta</numerusform>
            <numerusform>%n altes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n canvi</numerusform>
            <numerusform>%n canvis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n baixa</numerusform>
            <numerusform>%n baixes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept for review: both laptops changed the same field.</source>
        <translation>
            <numerusform>%n conflicte pendent de revisió: tots dos portàtils han canviat el mateix camp.</numerusform>
            <numerusform>%n conflictes pendents de revisió: tots dos portàtils han canviat el mateix camp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omès: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avís: %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Talk</source>
        <translation>Xerrada</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation>Taula rodona</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>Trobada</translation>
    </message>
    <message>
        <source>Hackathon</source>
        <translation>Hackató</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Cerimònia</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancel·lada</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Escenari</translation>
    </message>
    <message>
        <source>Workshop area</source>
        <translation>Zona de tallers</translation>
    </message>
    <message>
        <source>Meeting corner</source>
        <translation>Racó de reunions</translation>
    </message>
    <message>
        <source>Exhibition area</source>
        <translation>Zona d'exposició</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponent</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderació</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitació</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relatoria</translation>
    </message>
    <message>
        <source>City council</source>
        <translation>Ajuntament</translation>
    </message>
    <message>
        <source>Platform or initiative</source>
        <translation>Plataforma o iniciativa</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Cooperativa</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Societat civil</translation>
    </message>
    <message>
        <source>Research centre</source>
        <translation>Centre de recerca</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconegut</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Convidat</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interessat</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Hi assisteix</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declinat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunió</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videotrucada</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altres</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Sol·licitat</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Obert</translation>
    </message>
    <message>
        <source>Negotiated</source>
        <translation>Negociat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Tancat</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>Pla d'acció</translation>
    </message>
    <message>
        <source>Manifesto</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Gender plan</source>
        <translation>Pla de gènere</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Altre document</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Esborrany</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisió</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptat</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curs</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feta</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglès</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Castellà</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Català</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francès</translation>
    </message>
</context>
<context>
    <name>XlsxArchiveCheck</name>
    <message>
        <source>its zip directory is missing</source>
        <translation>hi falta el directori zip</translation>
    </message>
    <message>
        <source>its zip directory is in an unexpected form</source>
        <translation>el seu directori zip té una forma inesperada</translation>
    </message>
    <message>
        <source>its zip directory is incomplete</source>
        <translation>el seu directori zip és incomplet</translation>
    </message>
    <message>
        <source>part “%1” is missing</source>
        <translation>hi falta la part «%1»</translation>
    </message>
    <message>
        <source>part “%1” is cut short</source>
        <translation>la part «%1» està tallada</translation>
    </message>
    <message>
        <source>part “%1” cannot be unpacked</source>
        <translation>la part «%1» no es pot descomprimir</translation>
    </message>
    <message>
        <source>part “%1” is stored in an unknown way</source>
        <translation>la part «%1» està desada d'una manera desconeguda</translation>
    </message>
    <message>
        <source>part “%1” does not match its checksum</source>
        <translation>la part «%1» no coincideix amb la seva suma de verificació</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No es pot escriure «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the workbook came out incomplete (%2); the disk may be full.</source>
        <translation>No es pot escriure «%1»: el llibre ha quedat incomplet (%2); potser el disc és ple.</translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No es pot escriure «%1»: %2</translation>
    </message>
    <message>
        <source>the spreadsheet library could not start a workbook.</source>
        <translation>la biblioteca de fulls de càlcul no ha pogut iniciar un llibre.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan and run the Sharing Cities Action Stand Lab.</source>
        <translation>Planifica i gestiona el Sharing Cities Action Stand Lab.</translation>
    </message>
    <message>
        <source>The event file to open.</source>
        <translation>El fitxer d'esdeveniment que cal obrir.</translation>
    </message>
    <message>
        <source>Open a new copy of the demo event.</source>
        <translation>Obre una còpia nova de l'esdeveniment de demostració.</translation>
    </message>
    <message>
        <source>Use this language (en, es, ca, fr).</source>
        <translation>Utilitza aquest idioma (en, es, ca, fr).</translation>
    </message>
    <message>
        <source>Use light or dark colours (light, dark).</source>
        <translation>Fes servir colors clars o foscos (light, dark).</translation>
    </message>
</context>
<context>
    <name>standlab::ActionEditor</name>
    <message>
        <source>Tick the partner organisations of this action</source>
        <translation>Marqueu les organitzacions sòcies d'aquesta acció</translation>
    </message>
    <message>
        <source>The sessions and workshops this action came from; double-click to show one</source>
        <translation>Les sessions i els tallers d'on ha sorgit aquesta acció; feu-hi doble clic per mostrar-ne un</translation>
    </message>
    <message>
        <source>A session to link to this action</source>
        <translation>Una sessió per enllaçar amb aquesta acció</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enllaça</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desenllaça</translation>
    </message>
    <message>
        <source>Show session</source>
        <translation>Mostra la sessió</translation>
    </message>
    <message>
        <source>Jump to the selected session in the programme</source>
        <translation>Vés a la sessió seleccionada al programa</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sense definir</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Títol</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripció</translation>
    </message>
    <message>
        <source>Working &amp;line</source>
        <translation>&amp;Línia de treball</translation>
    </message>
    <message>
        <source>L&amp;ead</source>
        <translation>Líde&amp;r</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>Tri&amp;mestre</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicadors</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estat</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Socis</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Edit action title</source>
        <translation>Edita el títol de l'acció</translation>
    </message>
    <message>
        <source>Edit indicators</source>
        <translation>Edita els indicadors</translation>
    </message>
    <message>
        <source>Edit action description</source>
        <translation>Edita la descripció de l'acció</translation>
    </message>
    <message>
        <source>Set working line</source>
        <translation>Defineix la línia de treball</translation>
    </message>
    <message>
        <source>Set lead organisation</source>
        <translation>Defineix l'organització líder</translation>
    </message>
    <message>
        <source>Set quarter</source>
        <translation>Defineix el trimestre</translation>
    </message>
    <message>
        <source>Set action status</source>
        <translation>Defineix l'estat de l'acció</translation>
    </message>
    <message>
        <source>No working line</source>
        <translation>Sense línia de treball</translation>
    </message>
    <message>
        <source>No lead yet</source>
        <translation>Encara sense líder</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Afegeix un soci</translation>
    </message>
    <message>
        <source>Remove a partner</source>
        <translation>Treu un soci</translation>
    </message>
    <message>
        <source>Link a session</source>
        <translation>Enllaça una sessió</translation>
    </message>
    <message>
        <source>Unlink a session</source>
        <translation>Desenllaça una sessió</translation>
    </message>
</context>
<context>
    <name>standlab::ActionPlanPage</name>
    <message>
        <source>&amp;Drafting</source>
        <translation>&amp;Redacció</translation>
    </message>
    <message>
        <source>All &amp;actions</source>
        <translation>Totes les &amp;accions</translation>
    </message>
    <message>
        <source>Data&amp;sets</source>
        <translation>&amp;Conjunts de dades</translation>
    </message>
    <message>
        <source>Write the outcome documents, section by section, with their actions</source>
        <translation>Redacteu els documents de resultats, secció per secció, amb les seves accions</translation>
    </message>
    <message>
        <source>Every action, sorted and filtered by line, lead, quarter and status</source>
        <translation>Totes les accions, ordenades i filtrades per línia, líder, trimestre i estat</translation>
    </message>
    <message>
        <source>The hackathon's map of datasets for the Sharing Data Commons</source>
        <translation>El mapa de conjunts de dades del hackató per al Sharing Data Commons</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Afegeix una acció</translation>
    </message>
    <message>
        <source>Add an action to this section</source>
        <translation>Afegeix una acció a aquesta secció</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Elimina l'acció seleccionada</translation>
    </message>
    <message>
        <source>No actions in this section</source>
        <translation>No hi ha cap acció en aquesta secció</translation>
    </message>
    <message>
        <source>Actions in this section: %1</source>
        <translation>Accions en aquesta secció: %1</translation>
    </message>
    <message>
        <source>Show only the actions with this %1</source>
        <translation>Filtra les accions per %1</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>Qualsevol %1</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línia de treball</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>%1 of %2 actions</source>
        <translation>%1 de %2 accions</translation>
    </message>
    <message>
        <source>Double-click an action to edit it in its section.</source>
        <translation>Feu doble clic en una acció per editar-la a la seva secció.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Acció nova</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Afegeix una acció</translation>
    </message>
    <message>
        <source>Remove an action</source>
        <translation>Elimina una acció</translation>
    </message>
    <message>
        <source>Add an action from “%1”</source>
        <translation>Afegeix una acció a partir de «%1»</translation>
    </message>
    <message>
        <source>Action from “%1”</source>
        <translation>Acció a partir de «%1»</translation>
    </message>
    <message>
        <source>Link a session</source>
        <translation>Enllaça una sessió</translation>
    </message>
</context>
<context>
    <name>standlab::ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>Acció</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Secció</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línia de treball</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadors</translation>
    </message>
</context>
<context>
    <name>standlab::ActionsModel</name>
    <message>
        <source>Indicators: %1</source>
        <translation>Indicadors: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acció</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línia de treball</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Termini</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
</context>
<context>
    <name>standlab::AppController</name>
    <message>
        <source>Could not open the event</source>
        <translation>No s'ha pogut obrir l'esdeveniment</translation>
    </message>
    <message>
        <source>Could not create the event</source>
        <translation>No s'ha pogut crear l'esdeveniment</translation>
    </message>
    <message>
        <source>Could not open the demo</source>
        <translation>No s'ha pogut obrir la demostració</translation>
    </message>
    <message>
        <source>Open an event</source>
        <translation>Obre un esdeveniment</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Esdeveniment nou</translation>
    </message>
</context>
<context>
    <name>standlab::Appearance</name>
    <message>
        <source>System default</source>
        <translation>Per defecte del sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clar</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Fosc</translation>
    </message>
</context>
<context>
    <name>standlab::AvailabilityEditor</name>
    <message>
        <source>Tick the days this person can take part</source>
        <translation>Marqueu els dies que aquesta persona pot participar</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible des de</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponible fins a</translation>
    </message>
    <message>
        <source>No days ticked: taken as available throughout the event.</source>
        <translation>Cap dia marcat: es considera disponible durant tot l'esdeveniment.</translation>
    </message>
    <message>
        <source>Available only on the ticked days, between the times given.</source>
        <translation>Disponible només els dies marcats, entre les hores indicades.</translation>
    </message>
    <message>
        <source>Available on %1</source>
        <translation>Disponible el %1</translation>
    </message>
    <message>
        <source>Not available on %1</source>
        <translation>No disponible el %1</translation>
    </message>
    <message>
        <source>Change availability on %1</source>
        <translation>Canvia la disponibilitat del %1</translation>
    </message>
</context>
<context>
    <name>standlab::BackupManager</name>
    <message>
        <source>Cannot write a backup: the folder “%1” could not be created.</source>
        <translation>No es pot fer una còpia de seguretat: no s'ha pogut crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Cannot write a backup of “%1”: %2</source>
        <translation>No es pot fer una còpia de seguretat de «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot restore to “%1”: a file of that name already exists. Choose a new name.</source>
        <translation>No es pot restaurar a «%1»: ja existeix un fitxer amb aquest nom. Trieu-ne un altre.</translation>
    </message>
    <message>
        <source>Cannot restore to “%1”: the folder does not exist.</source>
        <translation>No es pot restaurar a «%1»: la carpeta no existeix.</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: it could not be copied to “%2”.</source>
        <translation>No es pot restaurar «%1»: no s'ha pogut copiar a «%2».</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: the backup does not open (%2).</source>
        <translation>No es pot restaurar «%1»: la còpia de seguretat no s'obre (%2).</translation>
    </message>
    <message>
        <source>Cannot restore to “%1”: the restored file could not be moved into place.</source>
        <translation>No es pot restaurar a «%1»: no s'ha pogut posar a lloc el fitxer restaurat.</translation>
    </message>
</context>
<context>
    <name>standlab::ChangeReport</name>
    <message>
        <source>Changes since %1</source>
        <translation>Canvis des de %1</translation>
    </message>
    <message>
        <source>Changes in %1 since %2</source>
        <translation>Canvis a %1 des de %2</translation>
    </message>
    <message>
        <source>Release “%1” was made %2.</source>
        <translation>La versió «%1» es va publicar el %2.</translation>
    </message>
    <message>
        <source>Nothing in the programme has changed.</source>
        <translation>No ha canviat res del programa.</translation>
    </message>
</context>
<context>
    <name>standlab::ChangesDialog</name>
    <message>
        <source>What changed since a release</source>
        <translation>Què ha canviat des d'una versió</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Des de:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimeix…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>There are no releases yet. Make one with Programme › Release… when the programme goes to print.</source>
        <translation>Encara no hi ha versions. Publiqueu-ne una amb Programa › Publica una versió… quan el programa vagi a impremta.</translation>
    </message>
    <message>
        <source>Print the changes</source>
        <translation>Imprimeix els canvis</translation>
    </message>
</context>
<context>
    <name>standlab::ClockBanner</name>
    <message>
        <source>This laptop's clock is %1 behind the newest change in this event. Check its date and time settings: until they are right, edits made here are stamped as if made earlier and may lose against older edits from other laptops.</source>
        <translation>El rellotge d'aquest portàtil va %1 endarrerit respecte al canvi més recent d'aquest esdeveniment. Comproveu-ne la configuració de data i hora: fins que no sigui correcta, les modificacions fetes aquí porten una marca de temps com si s'haguessin fet abans i poden perdre davant de modificacions més antigues d'altres portàtils.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n hores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Trieu un color</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Color %1</translation>
    </message>
</context>
<context>
    <name>standlab::ComparisonView</name>
    <message>
        <source>added</source>
        <translation>afegida</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>canviada</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>moguda</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Cap canvi.</translation>
    </message>
    <message>
        <source>Actions: no change</source>
        <translation>Accions: cap canvi</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Accions</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Afegida</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Canviada</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>Compara %1 amb %2</translation>
    </message>
</context>
<context>
    <name>standlab::ContactFilterBar</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Search organisations, cities, countries… (Ctrl+F)</source>
        <translation>Cerca organitzacions, ciutats, països… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words match the start of words, ignoring accents and case</source>
        <translation>Les paraules coincideixen amb l'inici de les paraules, sense tenir en compte accents ni majúscules</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Tipus d'organització</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Qualsevol tipus</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Attendance for this edition</source>
        <translation>Assistència en aquesta edició</translation>
    </message>
    <message>
        <source>Any attendance</source>
        <translation>Qualsevol assistència</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Vol intervenir</translation>
    </message>
    <message>
        <source>Speak: any</source>
        <translation>Intervenció: totes</translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation>Vol fer un taller</translation>
    </message>
    <message>
        <source>Workshop: any</source>
        <translation>Taller: tots</translation>
    </message>
    <message>
        <source>Working line of the topic requested</source>
        <translation>Línia de treball del tema sol·licitat</translation>
    </message>
    <message>
        <source>Signed the Declaration of Sharing Cities</source>
        <translation>Ha signat la Declaració de Sharing Cities</translation>
    </message>
    <message>
        <source>Signatory: any</source>
        <translation>Signant: tots</translation>
    </message>
    <message>
        <source>Owner on staff</source>
        <translation>Responsable de l'equip</translation>
    </message>
    <message>
        <source>Follow-ups and requests</source>
        <translation>Seguiments i sol·licituds</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Qualsevol seguiment</translation>
    </message>
    <message>
        <source>Follow-up due (7 days)</source>
        <translation>Seguiment pendent (7 dies)</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Seguiment endarrerit</translation>
    </message>
    <message>
        <source>Unanswered requests</source>
        <translation>Sol·licituds sense resposta</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Qualsevol país</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Qualsevol responsable</translation>
    </message>
    <message>
        <source>Any working line</source>
        <translation>Qualsevol línia de treball</translation>
    </message>
</context>
<context>
    <name>standlab::ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importa contactes</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet</source>
        <translation>Un fitxer CSV desat des d'un full de càlcul</translation>
    </message>
    <message>
        <source>UTF-8 or Windows-1252, comma or semicolon: the dialect is detected</source>
        <translation>UTF-8 o Windows-1252, coma o punt i coma: el format es detecta automàticament</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Tria…</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>Trieu el fitxer CSV que voleu importar</translation>
    </message>
    <message>
        <source>Spreadsheets as CSV (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fulls de càlcul en CSV (*.csv *.txt *.tsv);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del fitxer</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Primera fila</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Va a</translation>
    </message>
    <message>
        <source>Guessed from the headers; change any column that went to the wrong place</source>
        <translation>Deduït de les capçaleres; canvieu qualsevol columna que hagi anat a parar a un lloc equivocat</translation>
    </message>
    <message>
        <source>Preview shows what will be created, updated or skipped as a duplicate.</source>
        <translation>La previsualització mostra què es crearà, què s'actualitzarà i què s'ometrà per duplicat.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previsualitza</translation>
    </message>
    <message>
        <source>A dry run: nothing is written</source>
        <translation>Una simulació: no s'escriu res</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Imports every row, or nothing if any row is rejected</source>
        <translation>Importa totes les files, o cap si se'n rebutja alguna</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;No es pot llegir %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Using the mapping remembered for files with these columns.</source>
        <translation>S'utilitza la correspondència recordada per als fitxers amb aquestes columnes.</translation>
    </message>
    <message>
        <source>Columns guessed from the headers; check them, then Preview.</source>
        <translation>Columnes deduïdes de les capçaleres; reviseu-les i feu clic a Previsualitza.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>A punt per importar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can be imported&lt;/b&gt; until the rejected rows are fixed in the file.</source>
        <translation>&lt;b&gt;No es pot importar res&lt;/b&gt; fins que no es corregeixin al fitxer les files rebutjades.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; Every rejected row is listed with its line.</source>
        <translation>&lt;b&gt;No s'ha importat res.&lt;/b&gt; Cada fila rebutjada apareix amb la seva línia.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importat.</translation>
    </message>
</context>
<context>
    <name>standlab::ContactOverviewWidget</name>
    <message>
        <source>Attendance by status</source>
        <translation>Assistència per estat</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organitzacions</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Altres països</translation>
    </message>
    <message>
        <source>Session made</source>
        <translation>Sessió creada</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sense resposta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendents</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Endarrerits</translation>
    </message>
    <message>
        <source>Organisations by country</source>
        <translation>Organitzacions per país</translation>
    </message>
    <message>
        <source>Organisations by kind</source>
        <translation>Organitzacions per tipus</translation>
    </message>
    <message>
        <source>Requests to speak or run a workshop, by working line</source>
        <translation>Sol·licituds per intervenir o fer un taller, per línia de treball</translation>
    </message>
    <message>
        <source>Follow-ups per week</source>
        <translation>Seguiments per setmana</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; organisations · &lt;b&gt;%2&lt;/b&gt; attending · &lt;b&gt;%3&lt;/b&gt; requests to speak or run a workshop, &lt;b&gt;%4&lt;/b&gt; still unanswered · &lt;b&gt;%5&lt;/b&gt; follow-ups overdue</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; organitzacions · &lt;b&gt;%2&lt;/b&gt; hi assisteixen · &lt;b&gt;%3&lt;/b&gt; sol·licituds per intervenir o fer un taller, &lt;b&gt;%4&lt;/b&gt; encara sense resposta · &lt;b&gt;%5&lt;/b&gt; seguiments endarrerits</translation>
    </message>
</context>
<context>
    <name>standlab::ContactsModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sense resposta</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Temes: %1</translation>
    </message>
    <message>
        <source>Overdue: this follow-up was due %1</source>
        <translation>Endarrerit: aquest seguiment vencia el %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Venç avui</translation>
    </message>
    <message>
        <source>Asked to speak or run a workshop; no session made yet</source>
        <translation>Ha demanat intervenir o fer un taller; encara no s'ha creat cap sessió</translation>
    </message>
    <message>
        <source>Session made from this request: %1</source>
        <translation>Sessió creada a partir d'aquesta sol·licitud: %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organització</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciutat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Assistència</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Intervenció</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línia de treball</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Proper seguiment</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Sol·licitud</translation>
    </message>
</context>
<context>
    <name>standlab::ContactsPage</name>
    <message>
        <source>Import CSV…</source>
        <translation>Importa un CSV…</translation>
    </message>
    <message>
        <source>Import organisations and people from a spreadsheet (Ctrl+Shift+I)</source>
        <translation>Importa organitzacions i persones des d'un full de càlcul (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exporta la llista</translation>
    </message>
    <message>
        <source>Export the organisations this list shows</source>
        <translation>Exporta les organitzacions que mostra aquesta llista</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)…</source>
        <translation>CSV (fulls de càlcul)…</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation>Llibre d'Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>vCard 4.0 of their people…</source>
        <translation>vCard 4.0 de les seves persones…</translation>
    </message>
    <message>
        <source>Double-click to open the organisation</source>
        <translation>Feu doble clic per obrir l'organització</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organitzacions</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguiments pendents</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resum</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciatives</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation>Organitzacions: %1</translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to export.</source>
        <translation>La llista és buida: no hi ha res per exportar.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llibre d'Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporta els contactes</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactes</translation>
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
        <translation>Publicador</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciutat</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Llicència</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accés</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enllaç</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línia de treball</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línia %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el fitxer és buit.</translation>
    </message>
    <message>
        <source>no “Name” column in the header.</source>
        <translation>no hi ha cap columna «Nom» a la capçalera.</translation>
    </message>
    <message>
        <source>a dataset needs a name.</source>
        <translation>un conjunt de dades necessita un nom.</translation>
    </message>
    <message>
        <source>access “%1” is not one of open, negotiated or closed.</source>
        <translation>l'accés «%1» no és obert, negociat ni tancat.</translation>
    </message>
    <message>
        <source>there is no working line “%1” in this event.</source>
        <translation>no hi ha cap línia de treball «%1» en aquest esdeveniment.</translation>
    </message>
    <message>
        <source>the link “%1” is not a valid address.</source>
        <translation>l'enllaç «%1» no és una adreça vàlida.</translation>
    </message>
    <message>
        <source>Dry run: %1 datasets would be added and %2 updated; nothing was changed.</source>
        <translation>Simulació: s'afegirien %1 conjunts de dades i se n'actualitzarien %2; no s'ha canviat res.</translation>
    </message>
    <message>
        <source>%1 datasets added and %2 updated from “%3”.</source>
        <translation>S'han afegit %1 conjunts de dades i se n'han actualitzat %2 des de «%3».</translation>
    </message>
</context>
<context>
    <name>standlab::DatasetsModel</name>
    <message>
        <source>Edit dataset %1</source>
        <translation>Edita el conjunt de dades %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publicador</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciutat</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Llicència</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accés</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enllaç</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línia de treball</translation>
    </message>
</context>
<context>
    <name>standlab::DatasetsPage</name>
    <message>
        <source>No working line</source>
        <translation>Sense línia de treball</translation>
    </message>
    <message>
        <source>Filter datasets…</source>
        <translation>Filtra els conjunts de dades…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Afegeix</translation>
    </message>
    <message>
        <source>Add a dataset to the map</source>
        <translation>Afegeix un conjunt de dades al mapa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Remove the selected datasets</source>
        <translation>Elimina els conjunts de dades seleccionats</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importa un CSV…</translation>
    </message>
    <message>
        <source>Add datasets from a CSV file</source>
        <translation>Afegeix conjunts de dades des d'un fitxer CSV</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporta en CSV…</translation>
    </message>
    <message>
        <source>Save every dataset as CSV</source>
        <translation>Desa tots els conjunts de dades en CSV</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>Conjunt de dades nou</translation>
    </message>
    <message>
        <source>Import datasets</source>
        <translation>Importa conjunts de dades</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Export datasets</source>
        <translation>Exporta conjunts de dades</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Add a dataset</source>
        <translation>Afegeix un conjunt de dades</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dataset(s)</source>
        <translation>
            <numerusform>Elimina %n conjunt de dades</numerusform>
            <numerusform>Elimina %n conjunts de dades</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a dataset</source>
        <translation>Elimina un conjunt de dades</translation>
    </message>
    <message>
        <source>Saved %1 datasets to %2.</source>
        <translation>S'han desat %1 conjunts de dades a %2.</translation>
    </message>
</context>
<context>
    <name>standlab::DocumentComparison</name>
    <message>
        <source>Title</source>
        <translation>Títol</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripció</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Secció</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línia de treball</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organització líder</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socis</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadors</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
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
        <translation>No hi ha cap document «%1» en aquest fitxer.</translation>
    </message>
    <message>
        <source>“%1” has no revision “%2”.</source>
        <translation>«%1» no té cap revisió «%2».</translation>
    </message>
    <message>
        <source>An outcome document (--document, default the Action Plan) as a PDF, current or at --revision.</source>
        <translation>Un document de resultats (--document, per defecte el Pla d'acció) en PDF, l'actual o el d'una --revision.</translation>
    </message>
    <message>
        <source>An outcome document as Markdown, current or at --revision.</source>
        <translation>Un document de resultats en Markdown, l'actual o el d'una --revision.</translation>
    </message>
    <message>
        <source>The hackathon's datasets as CSV.</source>
        <translation>Els conjunts de dades del hackató en CSV.</translation>
    </message>
    <message>
        <source>Datasets from CSV (name, publisher, city, licence, format, access, link, working line).</source>
        <translation>Conjunts de dades des d'un CSV (nom, publicador, ciutat, llicència, format, accés, enllaç, línia de treball).</translation>
    </message>
</context>
<context>
    <name>standlab::DocumentOutline</name>
    <message>
        <source>Delete section</source>
        <translation>Suprimeix la secció</translation>
    </message>
    <message>
        <source>Document and sections</source>
        <translation>Document i seccions</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Document nou</translation>
    </message>
    <message>
        <source>Start a new outcome document</source>
        <translation>Comença un document de resultats nou</translation>
    </message>
    <message>
        <source>+ Section</source>
        <translation>+ Secció</translation>
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation>Afegeix una secció després de la seleccionada</translation>
    </message>
    <message>
        <source>+ Sub</source>
        <translation>+ Sub</translation>
    </message>
    <message>
        <source>Add a subsection inside the selected section</source>
        <translation>Afegeix una subsecció dins de la secció seleccionada</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation>Mou la secció amunt</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation>Mou la secció avall</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suprimeix</translation>
    </message>
    <message>
        <source>Delete the section, its subsections and actions</source>
        <translation>Suprimeix la secció, amb les seves subseccions i accions</translation>
    </message>
    <message>
        <source>New subsection</source>
        <translation>Subsecció nova</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Secció nova</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>Mou la secció amunt</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>Mou la secció avall</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Mou la secció</translation>
    </message>
    <message>
        <source>Delete “%1” with its subsections and actions? Undo brings it back.</source>
        <translation>Voleu suprimir «%1» amb les seves subseccions i accions? Podeu recuperar-la amb Desfés.</translation>
    </message>
</context>
<context>
    <name>standlab::DocumentRevisions</name>
    <message>
        <source>A revision needs a name.</source>
        <translation>Una revisió necessita un nom.</translation>
    </message>
    <message>
        <source>There is no such document in this file.</source>
        <translation>No hi ha aquest document en aquest fitxer.</translation>
    </message>
</context>
<context>
    <name>standlab::DocumentSnapshot</name>
    <message>
        <source>The revision's snapshot cannot be read: %1</source>
        <translation>No es pot llegir la instantània de la revisió: %1</translation>
    </message>
    <message>
        <source>no document in it</source>
        <translation>no conté cap document</translation>
    </message>
    <message>
        <source>The document “%1” cannot be exported as it is: its section “%2” is nested %3 levels deep, and a document can show at most %4 levels. Move that section (or one above it) up a level and export again.</source>
        <translation>El document «%1» no es pot exportar tal com és: la secció «%2» està imbricada a %3 nivells de profunditat, i un document pot mostrar com a màxim %4 nivells. Pugeu un nivell aquesta secció (o una de superior) i torneu a exportar.</translation>
    </message>
</context>
<context>
    <name>standlab::EngagementEditor</name>
    <message>
        <source>Declaration of Sharing Cities signatory</source>
        <translation>Signant de la Declaració de Sharing Cities</translation>
    </message>
    <message>
        <source>Will they come to this edition?</source>
        <translation>Vindran a aquesta edició?</translation>
    </message>
    <message>
        <source>Coming on %1</source>
        <translation>Hi vindran el %1</translation>
    </message>
    <message>
        <source>How many people come with the delegation</source>
        <translation>Quantes persones vénen amb la delegació</translation>
    </message>
    <message>
        <source>Topics they want addressed, separated by commas</source>
        <translation>Temes que volen tractar, separats per comes</translation>
    </message>
    <message>
        <source>The working line their request belongs to</source>
        <translation>La línia de treball a la qual pertany la seva sol·licitud</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Vol intervenir</translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation>Vol fer un taller</translation>
    </message>
    <message>
        <source>Who on the staff follows this organisation up</source>
        <translation>Qui de l'equip fa el seguiment d'aquesta organització</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ningú</translation>
    </message>
    <message>
        <source>When to get back to them; past dates show as overdue</source>
        <translation>Quan cal tornar-hi a contactar; les dates passades es mostren com a endarrerides</translation>
    </message>
    <message>
        <source>Their contact person: the speaker or facilitator of a session made from the request</source>
        <translation>La seva persona de contacte: ponent o facilitadora d'una sessió creada a partir de la sol·licitud</translation>
    </message>
    <message>
        <source>Make a session from this request</source>
        <translation>Crea una sessió a partir d'aquesta sol·licitud</translation>
    </message>
    <message>
        <source>A proposed session on the requested working line, with the organisation as organiser and the contact person as speaker or facilitator (Ctrl+Shift+M)</source>
        <translation>Una sessió proposada a la línia de treball sol·licitada, amb l'organització com a organitzadora i la persona de contacte com a ponent o facilitadora (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>People of this organisation</source>
        <translation>Persones d'aquesta organització</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Assistència</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dies</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegació</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temes</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línia de treball</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Peticions</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguiment</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persones</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Registre d'interaccions</translation>
    </message>
    <message>
        <source>This organisation has not asked for anything yet.</source>
        <translation>Aquesta organització encara no ha demanat res.</translation>
    </message>
    <message>
        <source>Choose an organisation in the list</source>
        <translation>Trieu una organització de la llista</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(cap)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Answered: session “%1” (%2).</source>
        <translation>Atesa: sessió «%1» (%2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unanswered&lt;/b&gt;: they asked to %1.</source>
        <translation>&lt;b&gt;Sense resposta&lt;/b&gt;: han demanat %1.</translation>
    </message>
    <message>
        <source>run a workshop</source>
        <translation>fer un taller</translation>
    </message>
    <message>
        <source>speak</source>
        <translation>intervenir</translation>
    </message>
    <message>
        <source>No request to speak or run a workshop.</source>
        <translation>No hi ha cap sol·licitud per intervenir o fer un taller.</translation>
    </message>
</context>
<context>
    <name>standlab::EventSettingsDialog</name>
    <message>
        <source>Event settings</source>
        <translation>Configuració de l'esdeveniment</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Obertura</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Tancament</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Dies</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacitat</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>New space</source>
        <translation>Espai nou</translation>
    </message>
    <message>
        <source>&amp;Spaces</source>
        <translation>&amp;Espais</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom curt</translation>
    </message>
    <message>
        <source>Cross-cutting</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripció</translation>
    </message>
    <message>
        <source>New working line</source>
        <translation>Línia de treball nova</translation>
    </message>
    <message>
        <source>&amp;Working lines</source>
        <translation>&amp;Línies de treball</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfés</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refés</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfés</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refés</translation>
    </message>
    <message>
        <source>e.g. Sharing Cities Action Stand Lab 2019</source>
        <translation>p. ex. Sharing Cities Action Stand Lab 2019</translation>
    </message>
    <message>
        <source>All session times are wall-clock times in this zone</source>
        <translation>Totes les hores de les sessions són hores locals d'aquesta zona</translation>
    </message>
    <message>
        <source>The languages sessions are held in; the first is the default for new sessions</source>
        <translation>Els idiomes en què es fan les sessions; el primer és el predeterminat per a les sessions noves</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Ll&amp;oc:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciutat:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horària:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomes:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Desc&amp;ripció:</translation>
    </message>
    <message>
        <source>Edit event name</source>
        <translation>Edita el nom de l'esdeveniment</translation>
    </message>
    <message>
        <source>Edit venue</source>
        <translation>Edita el lloc</translation>
    </message>
    <message>
        <source>Edit city</source>
        <translation>Edita la ciutat</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Canvia la zona horària</translation>
    </message>
    <message>
        <source>Change languages</source>
        <translation>Canvia els idiomes</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Edita la descripció</translation>
    </message>
</context>
<context>
    <name>standlab::EventSettingsTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Afegeix</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Afegeix una fila</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Eli&amp;mina</translation>
    </message>
    <message>
        <source>Remove the selected row (you can undo this)</source>
        <translation>Elimina la fila seleccionada (ho podeu desfer)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mou am&amp;unt</translation>
    </message>
    <message>
        <source>Show this earlier in lists and the programme</source>
        <translation>Mostra-ho abans a les llistes i al programa</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mou a&amp;vall</translation>
    </message>
    <message>
        <source>Show this later in lists and the programme</source>
        <translation>Mostra-ho després a les llistes i al programa</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Canvia %1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Afegeix una fila</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Elimina una fila</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>Mou una fila</translation>
    </message>
</context>
<context>
    <name>standlab::ExchangeFile</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No es pot escriure «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No es pot llegir «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB); schedules of more than %3 MB are refused.</source>
        <translation>«%1» és massa gran (%2 MB); es rebutgen els horaris de més de %3 MB.</translation>
    </message>
    <message>
        <source>“%1” is too large; schedules of more than %2 MB are refused.</source>
        <translation>«%1» és massa gran; es rebutgen els horaris de més de %2 MB.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>No es pot escriure «%1»: només se n'ha pogut escriure una part; potser el disc és ple.</translation>
    </message>
</context>
<context>
    <name>standlab::ExchangeFormats</name>
    <message>
        <source>An iCalendar file (RFC 5545) of the programme, one working line or one person's sessions.</source>
        <translation>Un fitxer iCalendar (RFC 5545) del programa, d'una línia de treball o de les sessions d'una persona.</translation>
    </message>
    <message>
        <source>A conference-app schedule (frab/pretalx schedule.xml) of the confirmed sessions.</source>
        <translation>Un horari per a aplicacions de congressos (frab/pretalx schedule.xml) amb les sessions confirmades.</translation>
    </message>
    <message>
        <source>The same conference-app schedule as frab/pretalx JSON.</source>
        <translation>El mateix horari per a aplicacions de congressos, en JSON de frab/pretalx.</translation>
    </message>
    <message>
        <source>A conference schedule (frab/pretalx schedule.xml) into the event.</source>
        <translation>Un horari de congrés (frab/pretalx schedule.xml), importat a l'esdeveniment.</translation>
    </message>
    <message>
        <source>A conference schedule (frab/pretalx JSON) into the event.</source>
        <translation>Un horari de congrés (JSON de frab/pretalx), importat a l'esdeveniment.</translation>
    </message>
</context>
<context>
    <name>standlab::ExchangeProgramme</name>
    <message>
        <source>The event's time zone “%1” is not a known time zone; set it in the event settings.</source>
        <translation>La zona horària de l'esdeveniment, «%1», no és una zona horària coneguda; definiu-la a la configuració de l'esdeveniment.</translation>
    </message>
    <message>
        <source>Unknown session status “%1”; use idea, proposed, confirmed or cancelled.</source>
        <translation>Estat de sessió desconegut: «%1»; feu servir idea, proposed, confirmed o cancelled.</translation>
    </message>
    <message>
        <source>“%1” is not a date; give days as YYYY-MM-DD.</source>
        <translation>«%1» no és una data; indiqueu els dies com a AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>There is no working line called “%1”.</source>
        <translation>No hi ha cap línia de treball anomenada «%1».</translation>
    </message>
    <message>
        <source>There is no space called “%1”.</source>
        <translation>No hi ha cap espai anomenat «%1».</translation>
    </message>
    <message>
        <source>There is no person called “%1”.</source>
        <translation>No hi ha cap persona anomenada «%1».</translation>
    </message>
    <message>
        <source>%1 people are called “%2”; give the person's id instead.</source>
        <translation>%1 persones es diuen «%2»; indiqueu l'identificador de la persona.</translation>
    </message>
    <message>
        <source>“%1” (id %2): %3</source>
        <translation>«%1» (identificador %2): %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>i %1 més</translation>
    </message>
    <message>
        <source>“%1” was not written: %2 session(s) have impossible times, which calendars and schedule apps cannot take. Correct them first (standlab-cli check lists them all): %3.</source>
        <translation>No s'ha escrit «%1»: hi ha sessions amb hores impossibles (%2), que els calendaris i les aplicacions d'horaris no poden acceptar. Corregiu-les primer (standlab-cli check les llista totes): %3.</translation>
    </message>
</context>
<context>
    <name>standlab::ExportOptionsWidget</name>
    <message>
        <source>What to make of the programme</source>
        <translation>Què cal generar a partir del programa</translation>
    </message>
    <message>
        <source>Programme booklet (PDF)</source>
        <translation>Fullet del programa (PDF)</translation>
    </message>
    <message>
        <source>Day posters, A3 (PDF)</source>
        <translation>Cartells per dia, A3 (PDF)</translation>
    </message>
    <message>
        <source>Door signs, one per space and day (PDF)</source>
        <translation>Rètols de porta, un per espai i dia (PDF)</translation>
    </message>
    <message>
        <source>Web page for phones and the stand screen (HTML)</source>
        <translation>Pàgina web per a mòbils i la pantalla de l'estand (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Full de càlcul (CSV)</translation>
    </message>
    <message>
        <source>Spreadsheet (Excel, .xlsx)</source>
        <translation>Full de càlcul (Excel, .xlsx)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Only the checked days are exported</source>
        <translation>Només s'exporten els dies marcats</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Dies:</translation>
    </message>
    <message>
        <source>Only sessions of the checked working lines are exported</source>
        <translation>Només s'exporten les sessions de les línies de treball marcades</translation>
    </message>
    <message>
        <source>Working &amp;lines:</source>
        <translation>&amp;Línies de treball:</translation>
    </message>
    <message>
        <source>Only sessions in the checked spaces are exported</source>
        <translation>Només s'exporten les sessions dels espais marcats</translation>
    </message>
    <message>
        <source>&amp;Spaces:</source>
        <translation>&amp;Espais:</translation>
    </message>
    <message>
        <source>Sessions with these statuses are exported; ideas and proposals are not public</source>
        <translation>S'exporten les sessions amb aquests estats; les idees i les propostes no són públiques</translation>
    </message>
    <message>
        <source>S&amp;tatuses:</source>
        <translation>E&amp;stats:</translation>
    </message>
    <message>
        <source>Paper of the booklet and the door signs; posters are always A3</source>
        <translation>Paper del fullet i dels rètols de porta; els cartells són sempre A3</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta dels EUA</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>The language of the printed headings and labels, whatever the app's language</source>
        <translation>L'idioma dels títols i les etiquetes impresos, sigui quin sigui l'idioma de l'aplicació</translation>
    </message>
    <message>
        <source>Label lan&amp;guage:</source>
        <translation>Idioma de les eti&amp;quetes:</translation>
    </message>
</context>
<context>
    <name>standlab::ExportsPage</name>
    <message>
        <source>The programme</source>
        <translation>El programa</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporta…</translation>
    </message>
    <message>
        <source>Write the programme in the chosen format to a file</source>
        <translation>Escriu el programa en un fitxer amb el format triat</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimeix…</translation>
    </message>
    <message>
        <source>Print the booklet with these options</source>
        <translation>Imprimeix el fullet amb aquestes opcions</translation>
    </message>
    <message>
        <source>Full copies of this event</source>
        <translation>Còpies completes d'aquest esdeveniment</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Desa una còpia…</translation>
    </message>
    <message>
        <source>A second .standlab file with everything in this event, consistent even while you keep editing. Open it on another laptop or keep it as a safe copy.</source>
        <translation>Un segon fitxer .standlab amb tot el contingut d'aquest esdeveniment, coherent fins i tot mentre continueu editant. Obriu-lo en un altre portàtil o guardeu-lo com a còpia de seguretat.</translation>
    </message>
    <message>
        <source>Export event as JSON bundle…</source>
        <translation>Exporta l'esdeveniment com a paquet JSON…</translation>
    </message>
    <message>
        <source>Every row of every table as one JSON document, for archiving or for other tools.</source>
        <translation>Totes les files de totes les taules en un sol document JSON, per arxivar-les o per a altres eines.</translation>
    </message>
    <message>
        <source>Print programme</source>
        <translation>Imprimeix el programa</translation>
    </message>
    <message>
        <source>Programme sent to the printer</source>
        <translation>Programa enviat a la impressora</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrit: %1</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>S'ha escrit %1</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>This build cannot write “%1”.</source>
        <translation>Aquesta compilació no pot escriure «%1».</translation>
    </message>
    <message>
        <source>Export programme</source>
        <translation>Exporta el programa</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fitxers %1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>standlab::FileInspector</name>
    <message>
        <source>Cannot open “%1”: the folder %2 does not exist.</source>
        <translation>No es pot obrir «%1»: la carpeta %2 no existeix.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: there is no such file.</source>
        <translation>No es pot obrir «%1»: aquest fitxer no existeix.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: you are not allowed to read it.</source>
        <translation>No es pot obrir «%1»: no teniu permís per llegir-lo.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is empty, so it holds no event.</source>
        <translation>No es pot obrir «%1»: el fitxer és buit, així que no conté cap esdeveniment.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not a Stand Lab event file (it is not a SQLite database).</source>
        <translation>No es pot obrir «%1»: no és un fitxer d'esdeveniment de Stand Lab (no és una base de dades SQLite).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is cut short (truncated), probably by an interrupted copy. Restore it from a backup.</source>
        <translation>No es pot obrir «%1»: el fitxer està tallat (truncat), probablement per una còpia interrompuda. Restaureu-lo des d'una còpia de seguretat.</translation>
    </message>
</context>
<context>
    <name>standlab::FileLock</name>
    <message>
        <source>“%1” is already open in another Stand Lab window (process %2 on %3). Close it there first.</source>
        <translation>«%1» ja és obert en una altra finestra de Stand Lab (procés %2 a %3). Tanqueu-lo primer allà.</translation>
    </message>
    <message>
        <source>Could not create the lock file beside “%1”: the folder is not writable.</source>
        <translation>No s'ha pogut crear el fitxer de bloqueig al costat de «%1»: no es pot escriure a la carpeta.</translation>
    </message>
</context>
<context>
    <name>standlab::FrabJsonReader</name>
    <message>
        <source>the file is not valid JSON (at byte %1: %2).</source>
        <translation>el fitxer no és JSON vàlid (al byte %1: %2).</translation>
    </message>
    <message>
        <source>this is not a frab/pretalx schedule: it has no schedule.conference.</source>
        <translation>no és un horari de frab/pretalx: no té schedule.conference.</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>dia %1</translation>
    </message>
    <message>
        <source>the file holds more than %1 events; no conference has that many.</source>
        <translation>el fitxer conté més de %1 esdeveniments; cap congrés no en té tants.</translation>
    </message>
    <message>
        <source>day %1, room “%2”, event %3</source>
        <translation>dia %1, sala «%2», esdeveniment %3</translation>
    </message>
</context>
<context>
    <name>standlab::FrabSchedule</name>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>There is nothing to put in the schedule: the event has no days and the selection no scheduled sessions.</source>
        <translation>No hi ha res per posar a l'horari: l'esdeveniment no té dies i la selecció no té sessions programades.</translation>
    </message>
</context>
<context>
    <name>standlab::FrabScheduleImporter</name>
    <message>
        <source>Imported schedule</source>
        <translation>Horari importat</translation>
    </message>
    <message>
        <source>%1: a day without a date; its events are placed by their own dates.</source>
        <translation>%1: un dia sense data; els seus esdeveniments es col·loquen segons les seves pròpies dates.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. The import would bring:</source>
        <translation>Simulació: no s'ha canviat res. La importació aportaria:</translation>
    </message>
    <message>
        <source>%1 new and %2 updated sessions; %3 new spaces, %4 new working lines, %5 new people, %6 new days.</source>
        <translation>%1 sessions noves i %2 d'actualitzades; %3 espais nous, %4 línies de treball noves, %5 persones noves, %6 dies nous.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omès: %1</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2 Nothing was imported.</source>
        <translation>No es pot importar «%1»: %2 No s'ha importat res.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an event without a title was skipped.</source>
        <translation>s'ha omès un esdeveniment sense títol.</translation>
    </message>
    <message>
        <source>“%1” has no usable date or start time (“%2”, “%3”) and was skipped.</source>
        <translation>«%1» no té una data o una hora d'inici utilitzables («%2», «%3») i s'ha omès.</translation>
    </message>
    <message>
        <source>“%1” has no usable duration (“%2”) and was skipped.</source>
        <translation>«%1» no té una durada utilitzable («%2») i s'ha omès.</translation>
    </message>
    <message>
        <source>“%1” lasts %2, 24 hours or more; the format cannot say that reliably, so it was skipped.</source>
        <translation>«%1» dura %2, 24 hores o més; el format no ho pot expressar de manera fiable, així que s'ha omès.</translation>
    </message>
    <message>
        <source>“%1” has no room and was skipped.</source>
        <translation>«%1» no té sala i s'ha omès.</translation>
    </message>
    <message>
        <source>%1: a person without a name in “%2” was left out.</source>
        <translation>%1: s'ha deixat fora una persona sense nom a «%2».</translation>
    </message>
    <message>
        <source>its times (“%1”, “%2”) cannot be placed in the event's calendar</source>
        <translation>les seves hores («%1», «%2») no es poden situar al calendari de l'esdeveniment</translation>
    </message>
    <message>
        <source>“%1” was skipped: %2.</source>
        <translation>S'ha omès «%1»: %2.</translation>
    </message>
    <message>
        <source>%1: the day %2 is outside the years %3–%4 and was left out; its events are placed by their own dates.</source>
        <translation>%1: el dia %2 és fora dels anys %3–%4 i s'ha deixat fora; els seus esdeveniments se situen segons les seves pròpies dates.</translation>
    </message>
    <message>
        <source>%1: “%2” appears again under the guid %3; it came in as a session of its own with the guid %4.</source>
        <translation>%1: «%2» torna a aparèixer amb el guid %3; s'ha importat com a sessió a part amb el guid %4.</translation>
    </message>
    <message>
        <source>%1: a link without an address (“%2”) in “%3” was left out.</source>
        <translation>%1: s'ha omès un enllaç sense adreça («%2») de «%3».</translation>
    </message>
    <message>
        <source>%1: an attachment without an address (“%2”) in “%3” was left out.</source>
        <translation>%1: s'ha omès un adjunt sense adreça («%2») de «%3».</translation>
    </message>
    <message>
        <source>The event's time zone “%1” is unknown; the times were kept on the file's clock (%2).</source>
        <translation>La zona horària de l'esdeveniment, «%1», és desconeguda; les hores s'han conservat en el rellotge del fitxer (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) fall on another conference day than the file gives them (the event's own opening hours for that day, or a file whose dates and days disagree).</source>
        <translation>
            <numerusform>%n sessió cau en un altre dia de la conferència que el que indica el fitxer (l'horari propi de l'esdeveniment per a aquell dia, o un fitxer amb dates i dies que no coincideixen).</numerusform>
            <numerusform>%n sessions cauen en un altre dia de la conferència que el que indica el fitxer (l'horari propi de l'esdeveniment per a aquell dia, o un fitxer amb dates i dies que no coincideixen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::FrabXmlReader</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línia %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the file declares entities in a DOCTYPE. Schedules never need them, and they are how hostile XML exhausts memory or reads other files, so the file is refused.</source>
        <translation>el fitxer declara entitats en un DOCTYPE. Els horaris no les necessiten mai, i són la manera com un XML hostil esgota la memòria o llegeix altres fitxers, així que es rebutja el fitxer.</translation>
    </message>
    <message>
        <source>the file refers to an entity “&amp;%1;” that XML does not define; the file is refused.</source>
        <translation>el fitxer fa referència a una entitat «&amp;%1;» que l'XML no defineix; es rebutja el fitxer.</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep; this is not a schedule.</source>
        <translation>els elements estan imbricats en més de %1 nivells; això no és un horari.</translation>
    </message>
    <message>
        <source>this is not a frab schedule: its root element is &lt;%1&gt;, not &lt;schedule&gt;.</source>
        <translation>no és un horari de frab: l'element arrel és &lt;%1&gt;, no &lt;schedule&gt;.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línia %1</translation>
    </message>
    <message>
        <source>the file holds more than %1 events; no conference has that many.</source>
        <translation>el fitxer conté més de %1 esdeveniments; cap congrés no en té tants.</translation>
    </message>
    <message>
        <source>an event lists more than %1 people.</source>
        <translation>un esdeveniment inclou més de %1 persones.</translation>
    </message>
    <message>
        <source>a text is longer than %1 characters.</source>
        <translation>un text té més de %1 caràcters.</translation>
    </message>
    <message>
        <source>the file ends in the middle of the schedule; it is probably truncated.</source>
        <translation>el fitxer s'acaba enmig de l'horari; probablement està truncat.</translation>
    </message>
    <message>
        <source>the file is not well-formed XML (%1).</source>
        <translation>el fitxer no és un XML ben format (%1).</translation>
    </message>
</context>
<context>
    <name>standlab::FullCopyFormats</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No es pot escriure «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No es pot llegir «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON (at byte %2: %3).</source>
        <translation>«%1» no és JSON vàlid (al byte %2: %3).</translation>
    </message>
    <message>
        <source>The bundle is readable; nothing was imported (dry run).</source>
        <translation>El paquet es pot llegir; no s'ha importat res (simulació).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>No es pot importar «%1»: %2</translation>
    </message>
    <message>
        <source>Imported the whole event from “%1”.</source>
        <translation>S'ha importat tot l'esdeveniment des de «%1».</translation>
    </message>
    <message>
        <source>The whole event as a JSON bundle, importable into a new file.</source>
        <translation>Tot l'esdeveniment com a paquet JSON, que es pot importar en un fitxer nou.</translation>
    </message>
    <message>
        <source>A consistent copy of the .standlab file.</source>
        <translation>Una còpia coherent del fitxer .standlab.</translation>
    </message>
    <message>
        <source>A JSON bundle of a whole event, into a new file.</source>
        <translation>Un paquet JSON d'un esdeveniment sencer, importat en un fitxer nou.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>No es pot escriure «%1»: només se n'ha pogut escriure una part; potser el disc és ple.</translation>
    </message>
    <message>
        <source>“%1” is too large to be an event bundle (%2 MB; bundles of more than %3 MB are refused).</source>
        <translation>«%1» és massa gran per ser un paquet d'esdeveniment (%2 MB; es rebutgen els paquets de més de %3 MB).</translation>
    </message>
</context>
<context>
    <name>standlab::ICalendarWriter</name>
    <message>
        <source>Speakers: %1</source>
        <translation>Ponents: %1</translation>
    </message>
    <message>
        <source>Moderation: %1</source>
        <translation>Moderació: %1</translation>
    </message>
    <message>
        <source>Facilitation: %1</source>
        <translation>Facilitació: %1</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
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
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organització</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línia de treball</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacte</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Taula</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Des de</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fins a</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Sol·licitud</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripció</translation>
    </message>
</context>
<context>
    <name>standlab::InitiativesView</name>
    <message>
        <source>Call for initiatives closed</source>
        <translation>Convocatòria d'iniciatives tancada</translation>
    </message>
    <message>
        <source>Once closed, new requests for a slot are no longer taken</source>
        <translation>Un cop tancada, ja no s'accepten noves sol·licituds de franja</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepta</translation>
    </message>
    <message>
        <source>Accept the selected requests for a slot (Ctrl+Shift+A)</source>
        <translation>Accepta les sol·licituds de franja seleccionades (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rebutja</translation>
    </message>
    <message>
        <source>Decline the selected requests for a slot (Ctrl+Shift+D)</source>
        <translation>Rebutja les sol·licituds de franja seleccionades (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>The day the table plan shows</source>
        <translation>El dia que mostra el plànol de taules</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Taula</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Which initiative is at which table; clashes in red</source>
        <translation>Quina iniciativa hi ha a cada taula; els solapaments, en vermell</translation>
    </message>
    <message>
        <source>Change initiative requests</source>
        <translation>Canvia les sol·licituds d'iniciatives</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The call is closed.&lt;/b&gt; %n request(s) still to answer.</source>
        <translation>
            <numerusform>&lt;b&gt;La convocatòria està tancada.&lt;/b&gt; Queda %n sol·licitud per respondre.</numerusform>
            <numerusform>&lt;b&gt;La convocatòria està tancada.&lt;/b&gt; Queden %n sol·licituds per respondre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The call is open. %n request(s) to answer.</source>
        <translation>
            <numerusform>La convocatòria està oberta. %n sol·licitud per respondre.</numerusform>
            <numerusform>La convocatòria està oberta. %n sol·licituds per respondre.</numerusform>
        </translation>
    </message>
    <message>
        <source>all day</source>
        <translation>tot el dia</translation>
    </message>
    <message>
        <source>Clash: another initiative is at table %1 at the same time</source>
        <translation>Solapament: una altra iniciativa és a la taula %1 a la mateixa hora</translation>
    </message>
    <message>
        <source>No clashes on this day.</source>
        <translation>Cap solapament aquest dia.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:#b03a2e'&gt;&lt;b&gt;%n clash(es)&lt;/b&gt;&lt;/span&gt;: two initiatives at one table.</source>
        <translation>
            <numerusform>&lt;span style='color:#b03a2e'&gt;&lt;b&gt;%n solapament&lt;/b&gt;&lt;/span&gt;: dues iniciatives en una mateixa taula.</numerusform>
            <numerusform>&lt;span style='color:#b03a2e'&gt;&lt;b&gt;%n solapaments&lt;/b&gt;&lt;/span&gt;: dues iniciatives en una mateixa taula.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::InteractionLog</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What was said to whom and when, newest first</source>
        <translation>Què s'ha dit, a qui i quan, primer el més recent</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Quan va passar</translation>
    </message>
    <message>
        <source>How: email, phone, meeting…</source>
        <translation>Com: correu electrònic, telèfon, reunió…</translation>
    </message>
    <message>
        <source>Log a call, email or meeting (Ctrl+L), Enter to add</source>
        <translation>Registreu una trucada, un correu o una reunió (Ctrl+L); Enter per afegir-la</translation>
    </message>
    <message>
        <source>Type a note and press Enter to add it to the log</source>
        <translation>Escriviu una nota i premeu Enter per afegir-la al registre</translation>
    </message>
</context>
<context>
    <name>standlab::LetterComposer</name>
    <message>
        <source>There is no person “%1” in this event.</source>
        <translation>No hi ha cap persona «%1» en aquest esdeveniment.</translation>
    </message>
    <message>
        <source>There is no person with the id “%1” in this event.</source>
        <translation>No hi ha cap persona amb l'id «%1» en aquest esdeveniment.</translation>
    </message>
</context>
<context>
    <name>standlab::LetterFormats</name>
    <message>
        <source>Nobody to write to: no one is on stage in a confirmed or proposed session.</source>
        <translation>No hi ha ningú a qui escriure: ningú no intervé en una sessió confirmada o proposada.</translation>
    </message>
    <message>
        <source>Nobody to write to: no one's sessions changed since release “%1”.</source>
        <translation>No hi ha ningú a qui escriure: no ha canviat la sessió de ningú des de la versió «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written into %1.</source>
        <translation><numerusform>%n carta escrita a %1.</numerusform><numerusform>%n cartes escrites a %1.</numerusform></translation>
    </message>
    <message>
        <source>No e-mail address, so no letter: %1.</source>
        <translation>Sense adreça electrònica, i per tant sense carta: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) in the PDF.</source>
        <translation><numerusform>%n carta al PDF.</numerusform><numerusform>%n cartes al PDF.</numerusform></translation>
    </message>
    <message>
        <source>A letter to each speaker as an e-mail draft (.eml, with their calendar) into a folder; nothing is sent.</source>
        <translation>Una carta a cada ponent com a esborrany de correu (.eml, amb el seu calendari) en una carpeta; no s'envia res.</translation>
    </message>
    <message>
        <source>The letters to speakers as one PDF to print.</source>
        <translation>Les cartes als ponents en un PDF per imprimir.</translation>
    </message>
</context>
<context>
    <name>standlab::LetterOutbox</name>
    <message>
        <source>“%1” is a file; letters go into a folder.</source>
        <translation>«%1» és un fitxer; les cartes van en una carpeta.</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation>No es pot crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>changes since %1</source>
        <translation>canvis des de %1</translation>
    </message>
    <message>
        <source>Letter written: schedule</source>
        <translation>Carta escrita: horari</translation>
    </message>
    <message>
        <source>Letter written: schedule, %1</source>
        <translation>Carta escrita: horari, %1</translation>
    </message>
</context>
<context>
    <name>standlab::LettersDialog</name>
    <message>
        <source>Letters to speakers</source>
        <translation>Cartes als ponents</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglès</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Castellà</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Català</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francès</translation>
    </message>
    <message>
        <source>Everyone with sessions</source>
        <translation>Totes les persones amb sessions</translation>
    </message>
    <message>
        <source>Only those whose sessions changed since %1</source>
        <translation>Només les que tenen sessions que han canviat des de %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Llengua:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Escriu a:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Assumpte:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>C&amp;os:</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Marcadors: %1</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>&amp;Visualització prèvia per a:</translation>
    </message>
    <message>
        <source>Sa&amp;ve template</source>
        <translation>&amp;Desa la plantilla</translation>
    </message>
    <message>
        <source>Write e-mail &amp;drafts…</source>
        <translation>Escriu es&amp;borranys de correu…</translation>
    </message>
    <message>
        <source>&amp;Print letters (PDF)…</source>
        <translation>Im&amp;primeix les cartes (PDF)…</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>S'ha desat la plantilla.</translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Carpeta per als esborranys de correu</translation>
    </message>
    <message>
        <source>Letters to print</source>
        <translation>Cartes per imprimir</translation>
    </message>
    <message>
        <source>letters.pdf</source>
        <translation>cartes.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nobody is on stage in a scheduled session yet.</source>
        <translation>Encara no intervé ningú en una sessió amb horari.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3

%4</source>
        <translation>Per a: %1 &lt;%2&gt;
Assumpte: %3

%4</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sense adreça</translation>
    </message>
    <message>
        <source>Letter template (%1)</source>
        <translation>Plantilla de carta (%1)</translation>
    </message>
    <message>
        <source>Nobody to write to.</source>
        <translation>No hi ha ningú a qui escriure.</translation>
    </message>
    <message numerus="yes">
        <source>Letters written (%n)</source>
        <translation><numerusform>Cartes escrites (%n)</numerusform><numerusform>Cartes escrites (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) written into %1.</source>
        <translation><numerusform>%n esborrany de correu escrit a %1.</numerusform><numerusform>%n esborranys de correu escrits a %1.</numerusform></translation>
    </message>
    <message>
        <source>No address, so no draft: %1.</source>
        <translation>Sense adreça, i per tant sense esborrany: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1.</source>
        <translation><numerusform>%n carta escrita a %1.</numerusform><numerusform>%n cartes escrites a %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>standlab::LettersPdf</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No es pot escriure «%1»: %2</translation>
    </message>
    <message>
        <source>Letters to speakers</source>
        <translation>Cartes als ponents</translation>
    </message>
    <message>
        <source>Cannot paint the PDF “%1”.</source>
        <translation>No es pot dibuixar el PDF «%1».</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — pàgina %2 de %3</translation>
    </message>
</context>
<context>
    <name>standlab::MainWindow</name>
    <message>
        <source>This event is open read-only; nothing you do here is saved. %1</source>
        <translation>Aquest esdeveniment està obert només per a lectura; no es desa res del que feu aquí. %1</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de desfer</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;obert&gt;</translation>
    </message>
    <message>
        <source>No page shows “%1” yet.</source>
        <translation>Encara no hi ha cap pàgina que mostri «%1».</translation>
    </message>
    <message>
        <source>Backup copy made</source>
        <translation>S'ha fet una còpia de seguretat</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La còpia de seguretat automàtica ha fallat: %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>El canvi no s'ha desat</translation>
    </message>
    <message>
        <source>%1

The file %2 still holds everything saved before this change.</source>
        <translation>%1

El fitxer %2 encara conté tot el que s'havia desat abans d'aquest canvi.</translation>
    </message>
    <message>
        <source>Opened %1. Changes are saved as you make them.</source>
        <translation>S'ha obert %1. Els canvis es desen a mesura que els feu.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vés</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>All sessions: filter, sort and edit them</source>
        <translation>Totes les sessions: filtreu-les, ordeneu-les i editeu-les</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horari</translation>
    </message>
    <message>
        <source>The timetable of each day by space</source>
        <translation>L'horari de cada dia per espai</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Estand</translation>
    </message>
    <message>
        <source>At the stand: today's sessions, arrivals, headcounts, notes and Now &amp; Next</source>
        <translation>A l'estand: sessions d'avui, arribades, recomptes d'assistents, notes i Ara i després</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persones</translation>
    </message>
    <message>
        <source>Speakers, moderators and other people</source>
        <translation>Ponents, moderadors i altres persones</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactes</translation>
    </message>
    <message>
        <source>Cities and organisations and what they asked for</source>
        <translation>Ciutats i organitzacions, i què han demanat</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>Pla d'acció</translation>
    </message>
    <message>
        <source>The outcome documents and their actions</source>
        <translation>Els documents de resultats i les seves accions</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportacions</translation>
    </message>
    <message>
        <source>Copies of the event and files for other tools</source>
        <translation>Còpies de l'esdeveniment i fitxers per a altres eines</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fitxer</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>Esdeveniment &amp;nou…</translation>
    </message>
    <message>
        <source>Create a new event file</source>
        <translation>Crea un fitxer d'esdeveniment nou</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Obre…</translation>
    </message>
    <message>
        <source>Open an event file</source>
        <translation>Obre un fitxer d'esdeveniment</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Obre &amp;recents</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Obre la &amp;demostració</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo event</source>
        <translation>Obre una còpia nova de l'esdeveniment de demostració</translation>
    </message>
    <message>
        <source>Write a consistent copy of this event to another file</source>
        <translation>Escriu una còpia coherent d'aquest esdeveniment en un altre fitxer</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>Còpia escrita a %1</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaura des d'una còpia de se&amp;guretat…</translation>
    </message>
    <message>
        <source>Bring back an automatic backup of this event as a new file</source>
        <translation>Recupera una còpia de seguretat automàtica d'aquest esdeveniment com a fitxer nou</translation>
    </message>
    <message>
        <source>&amp;Event settings…</source>
        <translation>Configuració de l'&amp;esdeveniment…</translation>
    </message>
    <message>
        <source>Name, venue, days, spaces and working lines of this event</source>
        <translation>Nom, lloc, dies, espais i línies de treball d'aquest esdeveniment</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferències…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tanca</translation>
    </message>
    <message>
        <source>Close this event</source>
        <translation>Tanca aquest esdeveniment</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
    <message>
        <source>Close every event and quit</source>
        <translation>Tanca tots els esdeveniments i surt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edita</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfés</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refés</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>&amp;Historial de desfer</translation>
    </message>
    <message>
        <source>Show or hide the list of changes you can undo</source>
        <translation>Mostra o amaga la llista de canvis que podeu desfer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Stand Lab</source>
        <translation>&amp;Quant a Stand Lab</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versió i llicència</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (no trobat)</translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation>Cap esdeveniment recent</translation>
    </message>
    <message>
        <source>Remove missing files</source>
        <translation>Elimina els fitxers que falten</translation>
    </message>
    <message>
        <source>%1 [read-only] — Stand Lab</source>
        <translation>%1 [només lectura] — Stand Lab</translation>
    </message>
    <message>
        <source>%1 — Stand Lab</source>
        <translation>%1 — Stand Lab</translation>
    </message>
    <message>
        <source>%1 sessions · %2 people · %3 organisations</source>
        <translation>%1 sessions · %2 persones · %3 organitzacions</translation>
    </message>
    <message>
        <source>About Stand Lab</source>
        <translation>Quant a Stand Lab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stand Lab %1&lt;/h3&gt;&lt;p&gt;Plan and run the Sharing Cities Action Stand Lab: programme, people, contacts, the Action Plan and exports, on your own laptop and without a server.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stand Lab %1&lt;/h3&gt;&lt;p&gt;Planifiqueu i gestioneu el Sharing Cities Action Stand Lab: programa, persones, contactes, el Pla d'acció i exportacions, al vostre portàtil i sense servidor.&lt;/p&gt;&lt;p&gt;Programari lliure sota la Llicència Pública General de GNU, versió 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This laptop's name and sync folder, the language and the appearance</source>
        <translation>El nom i la carpeta de sincronització d'aquest portàtil, l'idioma i l'aspecte</translation>
    </message>
    <message numerus="yes">
        <source>Preparing search for %n new row(s)… %1%</source>
        <translation>
            <numerusform>S'està preparant la cerca de %n fila nova… %1%</numerusform>
            <numerusform>S'està preparant la cerca de %n files noves… %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>Search is up to date.</source>
        <translation>La cerca està al dia.</translation>
    </message>
    <message>
        <source>Search could not index the newest rows: %1. They are saved; search tries again the next time you open the event.</source>
        <translation>La cerca no ha pogut indexar les files més noves: %1. Estan desades; la cerca ho tornarà a provar la propera vegada que obris l'esdeveniment.</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Desa una &amp;còpia…</translation>
    </message>
</context>
<context>
    <name>standlab::Migrations</name>
    <message>
        <source>Could not upgrade the file to version %1: %2</source>
        <translation>No s'ha pogut actualitzar el fitxer a la versió %1: %2</translation>
    </message>
</context>
<context>
    <name>standlab::NoteConversion</name>
    <message>
        <source>From the session “%1” (%2, %3)</source>
        <translation>De la sessió «%1» (%2, %3)</translation>
    </message>
    <message>
        <source>Turn a note into the action “%1”</source>
        <translation>Converteix una nota en l'acció «%1»</translation>
    </message>
    <message>
        <source>Add a note to the section “%1”</source>
        <translation>Afegeix una nota a la secció «%1»</translation>
    </message>
</context>
<context>
    <name>standlab::NotesPanel</name>
    <message>
        <source>Notes taken in this session; Delete removes the selected one</source>
        <translation>Notes preses en aquesta sessió; Delete elimina la seleccionada</translation>
    </message>
    <message>
        <source>Notes of the session</source>
        <translation>Notes de la sessió</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Elimina la nota</translation>
    </message>
    <message>
        <source>Type a note; Ctrl+Return adds it</source>
        <translation>Escriviu una nota; Ctrl+Return l'afegeix</translation>
    </message>
    <message>
        <source>A quick note about this session; Ctrl+Return adds it</source>
        <translation>Una nota ràpida sobre aquesta sessió; Ctrl+Return l'afegeix</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nova</translation>
    </message>
    <message>
        <source>A&amp;dd note</source>
        <translation>Afe&amp;geix la nota</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Return in the text)</source>
        <translation>Afegeix la nota (Ctrl+Return al text)</translation>
    </message>
    <message>
        <source>The section an action or paragraph made from a note goes to</source>
        <translation>La secció on va a parar una acció o un paràgraf creat a partir d'una nota</translation>
    </message>
    <message>
        <source>&amp;Goes to:</source>
        <translation>&amp;Destí:</translation>
    </message>
    <message>
        <source>Make an action (Alt+A)</source>
        <translation>Crea una acció (Alt+A)</translation>
    </message>
    <message>
        <source>Turn the selected note into an action of that section, linked to the session</source>
        <translation>Converteix la nota seleccionada en una acció d'aquesta secció, enllaçada a la sessió</translation>
    </message>
    <message>
        <source>Add as paragraph (Alt+P)</source>
        <translation>Afegeix com a paràgraf (Alt+P)</translation>
    </message>
    <message>
        <source>Append the selected note to that section's text, naming the session</source>
        <translation>Afegeix la nota seleccionada al text d'aquesta secció, amb el nom de la sessió</translation>
    </message>
    <message>
        <source>Notes — %1</source>
        <translation>Notes — %1</translation>
    </message>
    <message>
        <source>Notes — choose a session</source>
        <translation>Notes — trieu una sessió</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Afegeix una nota</translation>
    </message>
    <message>
        <source>Note added. Alt+A makes it an action, Alt+P a paragraph.</source>
        <translation>Nota afegida. Alt+A la converteix en una acció; Alt+P, en un paràgraf.</translation>
    </message>
    <message>
        <source>%1 — in %2. Ctrl+Z undoes it.</source>
        <translation>%1 — a %2. Ctrl+Z ho desfà.</translation>
    </message>
    <message>
        <source>%1. Ctrl+Z undoes it.</source>
        <translation>%1. Ctrl+Z ho desfà.</translation>
    </message>
    <message>
        <source>Remove a note</source>
        <translation>Elimina una nota</translation>
    </message>
</context>
<context>
    <name>standlab::NowAndNext</name>
    <message>
        <source>Starting soon</source>
        <translation>Comença aviat</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Between sessions</source>
        <translation>Entre sessions</translation>
    </message>
    <message>
        <source>Nothing more today</source>
        <translation>Res més per avui</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Ha acabat</translation>
    </message>
    <message>
        <source>No event days planned yet</source>
        <translation>Encara no hi ha dies de l'esdeveniment planificats</translation>
    </message>
    <message>
        <source>Before opening: the stand opens soon</source>
        <translation>Abans d'obrir: l'estand obre aviat</translation>
    </message>
    <message>
        <source>Before opening</source>
        <translation>Abans d'obrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Obert</translation>
    </message>
    <message>
        <source>Closed for today</source>
        <translation>Tancat per avui</translation>
    </message>
    <message>
        <source>The event has ended: thank you for coming</source>
        <translation>L'esdeveniment ha acabat: gràcies per venir</translation>
    </message>
</context>
<context>
    <name>standlab::NowAndNextView</name>
    <message>
        <source>Now &amp; Next</source>
        <translation>Ara i després</translation>
    </message>
    <message>
        <source>Press Escape to leave the full-screen view</source>
        <translation>Premeu Escape per sortir de la pantalla completa</translation>
    </message>
    <message>
        <source>Now and next at the stand</source>
        <translation>Ara i després a l'estand</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>res més</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Dia %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rehearsal, clock stopped · %1</source>
        <translation>Assaig, rellotge aturat · %1</translation>
    </message>
    <message>
        <source>Rehearsal clock (×%1) · %2</source>
        <translation>Rellotge d'assaig (×%1) · %2</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espai</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Després</translation>
    </message>
    <message>
        <source>No sessions are scheduled yet.</source>
        <translation>Encara no hi ha cap sessió programada.</translation>
    </message>
    <message>
        <source>Nothing more here</source>
        <translation>Res més aquí</translation>
    </message>
</context>
<context>
    <name>standlab::ParticipantsEditor</name>
    <message>
        <source>The people of this session in the order the programme lists them</source>
        <translation>Les persones d'aquesta sessió, en l'ordre en què les mostra el programa</translation>
    </message>
    <message>
        <source>The selected person's role in this session</source>
        <translation>El rol de la persona seleccionada en aquesta sessió</translation>
    </message>
    <message>
        <source>The role the person you add will have</source>
        <translation>El rol que tindrà la persona que afegiu</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmat</translation>
    </message>
    <message>
        <source>They have said yes to this session</source>
        <translation>Ha dit que sí a aquesta sessió</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Amunt</translation>
    </message>
    <message>
        <source>Move up in the list (Alt+Up)</source>
        <translation>Mou amunt a la llista (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Avall</translation>
    </message>
    <message>
        <source>Move down in the list (Alt+Down)</source>
        <translation>Mou avall a la llista (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Treu</translation>
    </message>
    <message>
        <source>Take the selected person off this session</source>
        <translation>Treu la persona seleccionada d'aquesta sessió</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Afegeix</translation>
    </message>
    <message>
        <source>Add the person typed on the left with the chosen role (Enter)</source>
        <translation>Afegeix la persona escrita a l'esquerra amb el rol triat (Enter)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not confirmed)</source>
        <translation>%1 (no confirmat)</translation>
    </message>
    <message>
        <source>Create and add</source>
        <translation>Crea i afegeix</translation>
    </message>
    <message>
        <source>Nobody is called “%1” yet: create this person and add them</source>
        <translation>Encara no hi ha ningú que es digui «%1»: creeu aquesta persona i afegiu-la</translation>
    </message>
    <message>
        <source>Several people have this name: pick one from the suggestions</source>
        <translation>Hi ha diverses persones amb aquest nom: trieu-ne una dels suggeriments</translation>
    </message>
    <message>
        <source>Several people have this name: pick one from the suggestions.</source>
        <translation>Hi ha diverses persones amb aquest nom: trieu-ne una dels suggeriments.</translation>
    </message>
    <message>
        <source>%1 is already %2 in this session.</source>
        <translation>%1 ja té el rol de %2 en aquesta sessió.</translation>
    </message>
    <message>
        <source>Add %1 as %2</source>
        <translation>Afegeix %1 amb el rol de %2</translation>
    </message>
    <message>
        <source>Add new person %1 as %2</source>
        <translation>Afegeix la persona nova %1 amb el rol de %2</translation>
    </message>
    <message>
        <source>%1 was created; complete their details on the People page.</source>
        <translation>S'ha creat %1; completeu-ne les dades a la pàgina Persones.</translation>
    </message>
    <message>
        <source>Remove %1 from the session</source>
        <translation>Treu %1 de la sessió</translation>
    </message>
    <message>
        <source>Move participant up</source>
        <translation>Mou amunt el participant</translation>
    </message>
    <message>
        <source>Move participant down</source>
        <translation>Mou avall el participant</translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>Assigna a %1 el rol de %2</translation>
    </message>
    <message>
        <source>Confirm participant</source>
        <translation>Confirma el participant</translation>
    </message>
    <message>
        <source>Unconfirm participant</source>
        <translation>Treu la confirmació del participant</translation>
    </message>
</context>
<context>
    <name>standlab::PeopleModel</name>
    <message>
        <source>Not yet confirmed for all of their sessions</source>
        <translation>Encara no confirmat en totes les seves sessions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organització</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Càrrec</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telèfon</translation>
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
        <translation>Suprimeix la persona</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Search names, organisations, roles, emails…</source>
        <translation>Cerca noms, organitzacions, càrrecs, correus…</translation>
    </message>
    <message>
        <source>Type part of a name; accents and case do not matter</source>
        <translation>Escriviu part d'un nom; no importen els accents ni les majúscules</translation>
    </message>
    <message>
        <source>Show only people with a given part in the programme</source>
        <translation>Mostra només les persones amb un paper determinat al programa</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tothom</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponents</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Moderadors</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Pendents de confirmar</translation>
    </message>
    <message>
        <source>In no session</source>
        <translation>Sense cap sessió</translation>
    </message>
    <message>
        <source>Show only the people of one organisation</source>
        <translation>Mostra només les persones d'una organització</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>Persona &amp;nova</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Afegeix una persona (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation>&amp;Suprimeix la persona</translation>
    </message>
    <message>
        <source>Delete the selected person and their part in sessions (Delete); undo brings them back</source>
        <translation>Suprimeix la persona seleccionada i la seva participació a les sessions (Delete); Desfés la recupera</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Totes les organitzacions</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(sense organització)</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Persones: %1</translation>
    </message>
    <message>
        <source>People: %1 of %2</source>
        <translation>Persones: %1 de %2</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Persona nova</translation>
    </message>
    <message>
        <source>Delete %1? They are in no session. Undo brings them back.</source>
        <translation>Voleu suprimir %1? No participa en cap sessió. Podeu recuperar-la amb Desfés.</translation>
    </message>
    <message>
        <source>Delete %1? They are in 1 session, which will lose them. Undo brings everything back.</source>
        <translation>Voleu suprimir %1? Participa en 1 sessió, que se'n quedarà sense. Podeu recuperar-ho tot amb Desfés.</translation>
    </message>
    <message>
        <source>Delete %1? They are in %2 sessions, which will lose them. Undo brings everything back.</source>
        <translation>Voleu suprimir %1? Participa en %2 sessions, que se'n quedaran sense. Podeu recuperar-ho tot amb Desfés.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suprimeix %1</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Calendari…</translation>
    </message>
    <message>
        <source>Save this person's own sessions as a calendar file (.ics) for their phone or mail app</source>
        <translation>Desa les sessions d'aquesta persona com a fitxer de calendari (.ics) per al seu mòbil o el seu correu</translation>
    </message>
    <message>
        <source>Calendar of %1</source>
        <translation>Calendari de %1</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fitxers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not saved</source>
        <translation>No s'ha desat el calendari</translation>
    </message>
</context>
<context>
    <name>standlab::PersonEditor</name>
    <message>
        <source>Select a person to edit them, or press New person.</source>
        <translation>Seleccioneu una persona per editar-la o premeu Persona nova.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>The name as printed in the programme</source>
        <translation>El nom tal com s'imprimeix al programa</translation>
    </message>
    <message>
        <source>The city or organisation this person comes from</source>
        <translation>La ciutat o l'organització d'on ve aquesta persona</translation>
    </message>
    <message>
        <source>Their position, e.g. “Deputy mayor for housing”</source>
        <translation>El seu càrrec, p. ex. «Tinenta d'alcaldia d'Habitatge»</translation>
    </message>
    <message>
        <source>Where to write to them</source>
        <translation>On se li pot escriure</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>A phone number, with the country code</source>
        <translation>Un número de telèfon, amb el prefix del país</translation>
    </message>
    <message>
        <source>The languages this person can speak in</source>
        <translation>Els idiomes en què pot parlar aquesta persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organització:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Càrrec:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correu &amp;electrònic:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telèfon:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomes:</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilitat</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografia</translation>
    </message>
    <message>
        <source>A short biography printed with the programme</source>
        <translation>Una biografia breu que s'imprimeix amb el programa</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Only for the organisers; never exported</source>
        <translation>Només per a l'organització; no s'exporten mai</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Edita el nom</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Edita el càrrec</translation>
    </message>
    <message>
        <source>Edit email</source>
        <translation>Edita el correu electrònic</translation>
    </message>
    <message>
        <source>Edit phone</source>
        <translation>Edita el telèfon</translation>
    </message>
    <message>
        <source>Edit biography</source>
        <translation>Edita la biografia</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Edita les notes</translation>
    </message>
    <message>
        <source>Change organisation</source>
        <translation>Canvia l'organització</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(cap)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change languages</source>
        <translation>Canvia els idiomes</translation>
    </message>
</context>
<context>
    <name>standlab::PersonPicker</name>
    <message>
        <source>Find a person, or type a new name…</source>
        <translation>Cerqueu una persona o escriviu un nom nou…</translation>
    </message>
    <message>
        <source>Type part of a name or organisation; a name nobody has creates a new person</source>
        <translation>Escriviu part d'un nom o d'una organització; un nom que no té ningú crea una persona nova</translation>
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
        <translation>Feu doble clic en una sessió per obrir-la a la pàgina Programa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quan</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessió</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espai</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Sense programar</translation>
    </message>
    <message>
        <source>%1 (not confirmed)</source>
        <translation>%1 (no confirmat)</translation>
    </message>
    <message>
        <source>Not in any session yet</source>
        <translation>Encara no participa en cap sessió</translation>
    </message>
</context>
<context>
    <name>standlab::PlanFormat</name>
    <message>
        <source>Current text, %1</source>
        <translation>Text actual, %1</translation>
    </message>
    <message>
        <source>Revision “%1”, %2</source>
        <translation>Revisió «%1», %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translation>(encara sense líder)</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>amb %1</translation>
    </message>
</context>
<context>
    <name>standlab::PlanMarkdownWriter</name>
    <message>
        <source>Contents</source>
        <translation>Índex</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Accions</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Accions: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acció</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadors</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>origen: %1</translation>
    </message>
</context>
<context>
    <name>standlab::PlanPdfWriter</name>
    <message>
        <source>Contents</source>
        <translation>Índex</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Accions</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Accions: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acció</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadors</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No es pot escriure «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot paint the PDF “%1”.</source>
        <translation>No es pot dibuixar el PDF «%1».</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pàgina %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>No es pot escriure «%1»: només se n'ha pogut escriure una part; potser el disc és ple.</translation>
    </message>
</context>
<context>
    <name>standlab::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferències</translation>
    </message>
    <message>
        <source>How this laptop is named to the others when you exchange changes</source>
        <translation>Com s'identifica aquest portàtil davant dels altres quan intercanvieu canvis</translation>
    </message>
    <message>
        <source>Laptop &amp;name:</source>
        <translation>&amp;Nom del portàtil:</translation>
    </message>
    <message>
        <source>Laptop identity:</source>
        <translation>Identitat del portàtil:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation>Colors clars o foscos, o els de l'escriptori</translation>
    </message>
    <message>
        <source>A new language or appearance is used the next time Stand Lab starts.</source>
        <translation>El nou idioma o aspecte s'aplicarà la pròxima vegada que s'iniciï Stand Lab.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Aspecte:</translation>
    </message>
    <message>
        <source>A USB stick, or a folder that Syncthing or a network share keeps in step. File › Share changes… offers to write packages there, and File › Receive everything new from the sync folder merges the ones this event has not received yet.</source>
        <translation>Una memòria USB o una carpeta que Syncthing o una unitat de xarxa compartida mantenen sincronitzada. Fitxer › Comparteix els canvis… ofereix escriure-hi els paquets, i Fitxer › Rep totes les novetats de la carpeta de sincronització fusiona els que aquest esdeveniment encara no ha rebut.</translation>
    </message>
    <message>
        <source>None: packages go wherever you choose</source>
        <translation>Cap: els paquets van on trieu</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Tria…</translation>
    </message>
    <message>
        <source>S&amp;ync folder:</source>
        <translation>&amp;Carpeta de sincronització:</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronització</translation>
    </message>
    <message>
        <source>Made once for this installation. Each copy of an event file derives an id of its own from it, which marks the changes made in that copy</source>
        <translation>Es crea una sola vegada per a aquesta instal·lació. Cada còpia d'un fitxer d'esdeveniment en deriva un identificador propi, que marca els canvis fets en aquella còpia</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammeChanges</name>
    <message>
        <source>Added</source>
        <translation>Afegides</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancel·lades</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirades</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Mogudes</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Amb títol nou</translation>
    </message>
    <message>
        <source>Speakers changed</source>
        <translation>Canvis de ponents</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>sense horari</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancel·lada</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammeFormats</name>
    <message>
        <source>“%1” is not a date; give days as YYYY-MM-DD.</source>
        <translation>«%1» no és una data; indiqueu els dies com a AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>There is no working line “%1” in this event.</source>
        <translation>No hi ha cap línia de treball «%1» en aquest esdeveniment.</translation>
    </message>
    <message>
        <source>There is no space “%1” in this event.</source>
        <translation>No hi ha cap espai «%1» en aquest esdeveniment.</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use %2.</source>
        <translation>Estat desconegut: «%1»; feu servir %2.</translation>
    </message>
    <message>
        <source>Unknown paper size “%1”; use a4 or letter.</source>
        <translation>Mida de paper desconeguda: «%1»; feu servir a4 o letter.</translation>
    </message>
    <message>
        <source>Unknown label language “%1”; use %2.</source>
        <translation>Idioma d'etiquetes desconegut: «%1»; feu servir %2.</translation>
    </message>
    <message>
        <source>The printed programme: a booklet with a cover, the days, and an index of speakers (PDF).</source>
        <translation>El programa imprès: un fullet amb portada, els dies i un índex de ponents (PDF).</translation>
    </message>
    <message>
        <source>One A3 landscape poster per day: spaces across, time down (PDF).</source>
        <translation>Un cartell A3 apaïsat per dia: espais en columnes, hores en files (PDF).</translation>
    </message>
    <message>
        <source>A door sign per space per day (PDF).</source>
        <translation>Un rètol de porta per espai i per dia (PDF).</translation>
    </message>
    <message>
        <source>The programme as one web page that works offline, filterable by day and working line.</source>
        <translation>El programa com una sola pàgina web que funciona sense connexió, filtrable per dia i línia de treball.</translation>
    </message>
    <message>
        <source>The programme as CSV, one row per session.</source>
        <translation>El programa en CSV, una fila per sessió.</translation>
    </message>
    <message>
        <source>The programme as an Excel/LibreOffice workbook.</source>
        <translation>El programa com a llibre d'Excel/LibreOffice.</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammePage</name>
    <message>
        <source>Clear filters</source>
        <translation>Neteja els filtres</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Show the sessions of one day</source>
        <translation>Mostra les sessions d'un dia</translation>
    </message>
    <message>
        <source>Show the sessions of one working line, tags included</source>
        <translation>Mostra les sessions d'una línia de treball, incloses les etiquetes</translation>
    </message>
    <message>
        <source>Show one kind of session</source>
        <translation>Mostra un tipus de sessió</translation>
    </message>
    <message>
        <source>Show the sessions with one status</source>
        <translation>Mostra les sessions amb un estat</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tots els tipus</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tots els estats</translation>
    </message>
    <message>
        <source>Search titles, abstracts, speakers…</source>
        <translation>Cerca títols, resums, ponents…</translation>
    </message>
    <message>
        <source>Show only the sessions containing all these words</source>
        <translation>Mostra només les sessions que contenen totes aquestes paraules</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>Sessió &amp;nova</translation>
    </message>
    <message>
        <source>Add a session to the programme (Ctrl+N)</source>
        <translation>Afegeix una sessió al programa (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplica</translation>
    </message>
    <message>
        <source>Copy the selected session, unscheduled, with its tags (Ctrl+D)</source>
        <translation>Copia la sessió seleccionada, sense programar, amb les seves etiquetes (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Suprimeix</translation>
    </message>
    <message>
        <source>Delete the selected sessions with their speakers and tags (Delete)</source>
        <translation>Suprimeix les sessions seleccionades amb els seus ponents i etiquetes (Delete)</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Sense programar</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tots els dies</translation>
    </message>
    <message>
        <source>All working lines</source>
        <translation>Totes les línies de treball</translation>
    </message>
    <message>
        <source>No sessions yet. Press “New session” to add the first one.</source>
        <translation>Encara no hi ha cap sessió. Premeu «Sessió nova» per afegir-ne la primera.</translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation>Cap sessió no coincideix amb aquests filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessió</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 de %n sessió</numerusform>
            <numerusform>%1 de %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sessió nova</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (còpia)</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Duplica la sessió</translation>
    </message>
    <message>
        <source>Tag session</source>
        <translation>Etiqueta la sessió</translation>
    </message>
    <message>
        <source>Delete “%1”? Its speakers, tags and workshop details go with it. You can undo this.</source>
        <translation>Voleu suprimir «%1»? També se suprimiran els seus ponents, etiquetes i detalls del taller. Podeu desfer-ho.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions? Their speakers, tags and workshop details go with them. You can undo this.</source>
        <translation>
            <numerusform>Voleu suprimir %n sessió? També se suprimiran els seus ponents, etiquetes i detalls del taller. Podeu desfer-ho.</numerusform>
            <numerusform>Voleu suprimir %n sessions? També se suprimiran els seus ponents, etiquetes i detalls dels tallers. Podeu desfer-ho.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete sessions</source>
        <translation>Suprimeix sessions</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Suprimeix la sessió</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions</source>
        <translation>
            <numerusform>Suprimeix %n sessió</numerusform>
            <numerusform>Suprimeix %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an &amp;action from this session</source>
        <translation>Afegeix una &amp;acció a partir d'aquesta sessió</translation>
    </message>
    <message>
        <source>Open the Action Plan with a new action linked to this session (Ctrl+Shift+A)</source>
        <translation>Obre el Pla d'Acció amb una acció nova vinculada a aquesta sessió (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammePreview</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pàgina %1 de %2</translation>
    </message>
    <message>
        <source>Pages: %1. The preview shows the first %2.</source>
        <translation>Pàgines: %1. La previsualització mostra les %2 primeres.</translation>
    </message>
    <message>
        <source>Pages: %1.</source>
        <translation>Pàgines: %1.</translation>
    </message>
    <message>
        <source>Sessions: %1, one row each.</source>
        <translation>Sessions: %1, una fila per sessió.</translation>
    </message>
    <message>
        <source>Sessions: %1, on one page that works offline. Its filters by day and working line work in a web browser.</source>
        <translation>Sessions: %1, en una sola pàgina que funciona sense connexió. Els filtres per dia i línia de treball funcionen en un navegador web.</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammeSnapshot</name>
    <message>
        <source>The release's copy of the programme cannot be read (%1 at character %2).</source>
        <translation>No es pot llegir la còpia del programa de la versió (%1 al caràcter %2).</translation>
    </message>
    <message>
        <source>The release's copy of the programme is of an unknown kind (format %1).</source>
        <translation>La còpia del programa de la versió és d'un tipus desconegut (format %1).</translation>
    </message>
    <message>
        <source>A session in the release's copy of the programme has no id.</source>
        <translation>Una sessió de la còpia del programa de la versió no té id.</translation>
    </message>
</context>
<context>
    <name>standlab::RehearseDialog</name>
    <message>
        <source>Rehearse at…</source>
        <translation>Assaja a una hora…</translation>
    </message>
    <message>
        <source>The stand screens and the Today list follow a simulated clock from this moment (the event's local time) until you switch back to the real time.</source>
        <translation>Les pantalles de l'estand i la llista d'Avui segueixen un rellotge simulat a partir d'aquest moment (hora local de l'esdeveniment) fins que torneu a l'hora real.</translation>
    </message>
    <message>
        <source>Date and time at the event when the rehearsal starts</source>
        <translation>Data i hora de l'esdeveniment en què comença l'assaig</translation>
    </message>
    <message>
        <source> × real time</source>
        <translation> × temps real</translation>
    </message>
    <message>
        <source>1 runs like a normal clock, 60 makes a minute pass every second, 0 stops the clock</source>
        <translation>1 funciona com un rellotge normal, 60 fa passar un minut cada segon, 0 atura el rellotge</translation>
    </message>
    <message>
        <source>&amp;Start at:</source>
        <translation>&amp;Comença a:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>&amp;Velocitat:</translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseActions</name>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Publica una versió…</translation>
    </message>
    <message>
        <source>Keep the programme as it is now under a name, e.g. when it goes to print</source>
        <translation>Desa el programa tal com és ara amb un nom, per exemple quan va a impremta</translation>
    </message>
    <message>
        <source>&amp;What changed since…</source>
        <translation>&amp;Què ha canviat des de…</translation>
    </message>
    <message>
        <source>The sessions added, cancelled, removed, moved, renamed or with other speakers since a release</source>
        <translation>Les sessions afegides, cancel·lades, retirades, mogudes, amb títol nou o amb altres ponents des d'una versió</translation>
    </message>
    <message>
        <source>&amp;Letters to speakers…</source>
        <translation>&amp;Cartes als ponents…</translation>
    </message>
    <message>
        <source>Write every speaker where and when to be: e-mail drafts with their calendar, or letters to print</source>
        <translation>Escriviu a cada ponent on i quan ha de ser-hi: esborranys de correu amb el seu calendari, o cartes per imprimir</translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseBook</name>
    <message>
        <source>A release needs a name (for example “v1”).</source>
        <translation>Una versió necessita un nom (per exemple «v1»).</translation>
    </message>
    <message>
        <source>There is already a release named “%1” (made %2); choose another name.</source>
        <translation>Ja hi ha una versió anomenada «%1» (publicada el %2); trieu un altre nom.</translation>
    </message>
    <message>
        <source>There is no release “%1”: this event has no releases yet.</source>
        <translation>No hi ha cap versió «%1»: aquest esdeveniment encara no té versions.</translation>
    </message>
    <message>
        <source>There is no release “%1”; the releases are: %2.</source>
        <translation>No hi ha cap versió «%1»; les versions són: %2.</translation>
    </message>
    <message>
        <source>Release “%1”: %2</source>
        <translation>Versió «%1»: %2</translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseDialog</name>
    <message>
        <source>Release the programme</source>
        <translation>Publica una versió del programa</translation>
    </message>
    <message>
        <source>A release keeps the programme as it is now — every session with its time, space, speakers and status — so you can later see what changed since it was printed.</source>
        <translation>Una versió desa el programa tal com és ara —cada sessió amb l'hora, l'espai, els ponents i l'estat— perquè després pugueu veure què ha canviat des que es va imprimir.</translation>
    </message>
    <message>
        <source>v1</source>
        <translation>v1</translation>
    </message>
    <message>
        <source>printed 12 Nov</source>
        <translation>imprès el 12 de nov.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Releases made so far:</source>
        <translation>Versions publicades fins ara:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Publica</translation>
    </message>
    <message>
        <source>Release “%1”</source>
        <translation>Versió «%1»</translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseFormats</name>
    <message>
        <source>This export needs --since NAME, the release to compare with.</source>
        <translation>Aquesta exportació necessita --since NOM, la versió amb què comparar.</translation>
    </message>
    <message>
        <source>What changed in the programme since a release (--since NAME), as Markdown.</source>
        <translation>Què ha canviat al programa des d'una versió (--since NOM), en Markdown.</translation>
    </message>
    <message>
        <source>What changed in the programme since a release (--since NAME), as JSON.</source>
        <translation>Què ha canviat al programa des d'una versió (--since NOM), en JSON.</translation>
    </message>
    <message>
        <source>Nothing printed has changed since release “%1”: there are no pages to print again.</source>
        <translation>Res del que s'ha imprès no ha canviat des de la versió «%1»: no hi ha pàgines per reimprimir.</translation>
    </message>
    <message>
        <source>The days chosen hold none of the changes since release “%1”.</source>
        <translation>Els dies triats no contenen cap dels canvis des de la versió «%1».</translation>
    </message>
</context>
<context>
    <name>standlab::ResolveConflictCommand</name>
    <message>
        <source>Use the other value of “%1”</source>
        <translation>Utilitza l'altre valor de «%1»</translation>
    </message>
</context>
<context>
    <name>standlab::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaura des d'una còpia de seguretat</translation>
    </message>
    <message>
        <source>Stand Lab keeps automatic copies of &lt;b&gt;%1&lt;/b&gt; while you work. Restoring one writes it to a new file and opens it there; the open file is not changed.</source>
        <translation>Stand Lab desa còpies automàtiques de &lt;b&gt;%1&lt;/b&gt; mentre treballeu. En restaurar-ne una, s'escriu en un fitxer nou i s'obre allà; el fitxer obert no canvia.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mida</translation>
    </message>
    <message>
        <source>There are no backups of this event yet. The first one is made a moment after an event opens, then one every ten minutes while you edit.</source>
        <translation>Encara no hi ha còpies de seguretat d'aquest esdeveniment. La primera es fa un moment després d'obrir un esdeveniment i, a partir d'aleshores, una cada deu minuts mentre editeu.</translation>
    </message>
    <message>
        <source>Restore as a new file…</source>
        <translation>Restaura com a fitxer nou…</translation>
    </message>
    <message>
        <source>Write the chosen backup to a new file and open it</source>
        <translation>Escriu la còpia triada en un fitxer nou i l'obre</translation>
    </message>
    <message>
        <source>Choose a backup to restore.</source>
        <translation>Trieu una còpia de seguretat per restaurar.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup is restored only into a new file.</source>
        <translation>%1 ja existeix; les còpies de seguretat només es restauren en un fitxer nou.</translation>
    </message>
    <message>
        <source>Restore backup as</source>
        <translation>Restaura la còpia de seguretat com a</translation>
    </message>
    <message>
        <source>%1 (restored %2)</source>
        <translation>%1 (restaurat %2)</translation>
    </message>
</context>
<context>
    <name>standlab::RevisionRestorer</name>
    <message>
        <source>The document of this revision is no longer in the file.</source>
        <translation>El document d'aquesta revisió ja no és al fitxer.</translation>
    </message>
</context>
<context>
    <name>standlab::RevisionsPanel</name>
    <message>
        <source>Restore a revision</source>
        <translation>Restaura una revisió</translation>
    </message>
    <message>
        <source>Saved revisions, newest first. Select one to open or restore it, two to compare them.</source>
        <translation>Revisions desades, primer la més recent. Seleccioneu-ne una per obrir-la o restaurar-la, o dues per comparar-les.</translation>
    </message>
    <message>
        <source>Save a revision…</source>
        <translation>Desa una revisió…</translation>
    </message>
    <message>
        <source>Keep the document as it is now under a name, e.g. “End of day 1”</source>
        <translation>Guarda el document tal com és ara amb un nom, p. ex. «Final del dia 1»</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Obre</translation>
    </message>
    <message>
        <source>Read the selected revision</source>
        <translation>Llegeix la revisió seleccionada</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compara</translation>
    </message>
    <message>
        <source>Compare the two selected revisions, or the selected one with the current text</source>
        <translation>Compara les dues revisions seleccionades, o la seleccionada amb el text actual</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaura…</translation>
    </message>
    <message>
        <source>Bring the document back to the selected revision (an edit you can undo)</source>
        <translation>Torna el document a la revisió seleccionada (una edició que podeu desfer)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export the selected revision, or the current text, as a PDF</source>
        <translation>Exporta la revisió seleccionada, o el text actual, en PDF</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Export the selected revision, or the current text, as Markdown</source>
        <translation>Exporta la revisió seleccionada, o el text actual, en Markdown</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Save revision “%1”</source>
        <translation>Desa la revisió «%1»</translation>
    </message>
    <message>
        <source>Saved the revision “%1”.</source>
        <translation>S'ha desat la revisió «%1».</translation>
    </message>
    <message>
        <source>There is no such revision.</source>
        <translation>No existeix aquesta revisió.</translation>
    </message>
    <message>
        <source>Restored “%1”. Undo brings back the text as it was.</source>
        <translation>S'ha restaurat «%1». Desfés recupera el text tal com era.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>S'ha exportat a %1.</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Text actual</translation>
    </message>
    <message>
        <source>Save a revision</source>
        <translation>Desa una revisió</translation>
    </message>
    <message>
        <source>Name of the revision:</source>
        <translation>Nom de la revisió:</translation>
    </message>
    <message>
        <source>%1 — revision “%2” (read-only)</source>
        <translation>%1 — revisió «%2» (només lectura)</translation>
    </message>
    <message>
        <source>Bring the document back to “%1”? The current text stays in the history: Undo, or save a revision first.</source>
        <translation>Voleu tornar el document a «%1»? El text actual es manté a l'historial: feu servir Desfés o deseu primer una revisió.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporta en PDF</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exporta en Markdown</translation>
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
        <translation>Tauler de l'horari</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 a %3</translation>
    </message>
    <message>
        <source>no space</source>
        <translation>sense espai</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Working line: %1</source>
        <translation>Línia de treball: %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>També: %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Amb %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n conflicte:</numerusform>
            <numerusform>%n conflictes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Sessió sense títol</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No spaces yet. Add spaces in the event settings to plan the programme.</source>
        <translation>Encara no hi ha espais. Afegiu-ne a la configuració de l'esdeveniment per planificar el programa.</translation>
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
        <translation>Dies</translation>
    </message>
    <message>
        <source>&amp;Snap to</source>
        <translation>&amp;Ajusta a</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel, Ctrl+−)</source>
        <translation>Redueix (Ctrl+roda, Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Redueix</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel, Ctrl++)</source>
        <translation>Amplia (Ctrl+roda, Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Amplia</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictes</translation>
    </message>
    <message>
        <source>&amp;Unscheduled (%1)</source>
        <translation>&amp;Sense programar (%1)</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tots els dies</translation>
    </message>
    <message>
        <source>Drop a block here to move it to this day</source>
        <translation>Deixeu anar un bloc aquí per moure'l a aquest dia</translation>
    </message>
    <message>
        <source>Every day side by side</source>
        <translation>Tots els dies un al costat de l'altre</translation>
    </message>
    <message>
        <source>&amp;Conflicts: none</source>
        <translation>&amp;Conflictes: cap</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflictes (%1)</translation>
    </message>
</context>
<context>
    <name>standlab::ScheduleZone</name>
    <message>
        <source>“%1” is not a time zone this computer knows; give an IANA name such as Europe/Madrid.</source>
        <translation>«%1» no és una zona horària que aquest ordinador conegui; indiqueu un nom IANA com Europe/Madrid.</translation>
    </message>
    <message>
        <source>The file names its time zone: %1.</source>
        <translation>El fitxer indica la seva zona horària: %1.</translation>
    </message>
    <message>
        <source>The file's time zone “%1” is unknown. </source>
        <translation>La zona horària del fitxer, «%1», és desconeguda. </translation>
    </message>
    <message>
        <source>The file gives neither a time zone nor offsets: its times were read as %1 (--timezone).</source>
        <translation>El fitxer no dona ni zona horària ni desfasaments: les hores s'han llegit com a %1 (--timezone).</translation>
    </message>
    <message>
        <source>The file gives neither a time zone nor offsets: its times were read as the event's zone, %1. If that is wrong, import again with --timezone ZONE (or change the event's zone first).</source>
        <translation>El fitxer no dona ni zona horària ni desfasaments: les hores s'han llegit en la zona de l'esdeveniment, %1. Si no és correcta, torneu a importar amb --timezone ZONA (o canvieu abans la zona de l'esdeveniment).</translation>
    </message>
    <message>
        <source>The file names no time zone; its dates carry the offsets %1, which fit %2: its times were read in that zone. Give --timezone ZONE to choose another zone of the same offsets.</source>
        <translation>El fitxer no indica zona horària; les dates porten els desfasaments %1, que corresponen a %2: les hores s'han llegit en aquesta zona. Indiqueu --timezone ZONA per triar una altra zona amb els mateixos desfasaments.</translation>
    </message>
    <message>
        <source>--timezone %1 does not fit those offsets and was not used.</source>
        <translation>--timezone %1 no correspon a aquests desfasaments i no s'ha fet servir.</translation>
    </message>
    <message>
        <source>The file names no time zone and its offsets (%1) fit no zone's rules: its times were read at the fixed offset %2. Give --timezone ZONE to name the zone.</source>
        <translation>El fitxer no indica zona horària i els seus desfasaments (%1) no corresponen a les regles de cap zona: les hores s'han llegit amb el desfasament fix %2. Indiqueu --timezone ZONA per anomenar la zona.</translation>
    </message>
    <message>
        <source>--timezone %1 was not needed and was not used.</source>
        <translation>--timezone %1 no calia i no s'ha fet servir.</translation>
    </message>
    <message>
        <source>The file names no time zone and gives its dates in UTC: they keep their moments and are shown on the clock of %1.</source>
        <translation>El fitxer no indica zona horària i dona les dates en UTC: conserven el seu instant i es mostren en el rellotge de %1.</translation>
    </message>
</context>
<context>
    <name>standlab::SchemaVerifier</name>
    <message>
        <source>table</source>
        <translation>taula</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índex</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>activador</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>schema object of type “%1”</source>
        <translation>objecte d'esquema de tipus «%1»</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the schema of version %2 could not be built to check it against (%3).</source>
        <translation>No es pot obrir «%1»: no s'ha pogut construir l'esquema de la versió %2 per comprovar-lo (%3).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it holds a %2 “%3” that Stand Lab never makes (the file is of version %4).</source>
        <translation>No es pot obrir «%1»: conté un element «%3» (%2) que Stand Lab no crea mai (el fitxer és de la versió %4).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: its %2 “%3” is not the one Stand Lab makes (the file is of version %4).</source>
        <translation>No es pot obrir «%1»: el seu element «%3» (%2) no és el que crea Stand Lab (el fitxer és de la versió %4).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: its list of tables could not be read (%2).</source>
        <translation>No es pot obrir «%1»: no s'ha pogut llegir la seva llista de taules (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the %2 “%3” that every file of version %4 holds is missing.</source>
        <translation>No es pot obrir «%1»: hi falta l'element «%3» (%2) que contenen tots els fitxers de la versió %4.</translation>
    </message>
    <message>
        <source>It was changed outside Stand Lab, and what was changed could run commands of its own, so it was not opened. The file was left untouched; open a backup or ask for a fresh copy.</source>
        <translation>S'ha modificat fora de Stand Lab, i el que s'ha modificat podria executar ordres pròpies, així que no s'ha obert. El fitxer no s'ha tocat; obriu una còpia de seguretat o demaneu-ne una còpia nova.</translation>
    </message>
</context>
<context>
    <name>standlab::SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Cerca-ho tot (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search sessions, people, organisations, actions and datasets as you type. Enter opens the first hit; Up and Down choose another.</source>
        <translation>Cerca sessions, persones, organitzacions, accions i conjunts de dades mentre escriviu. Enter obre el primer resultat; les fletxes amunt i avall en trien un altre.</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Cerca…</translation>
    </message>
    <message>
        <source>Search the whole event</source>
        <translation>Cerca en tot l'esdeveniment</translation>
    </message>
    <message>
        <source>Search (indexing new rows, %1%)</source>
        <translation>Cerca (s'estan indexant files noves, %1%)</translation>
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
        <translation>Persones</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organitzacions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Accions</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjunts de dades</translation>
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
        <translation>Cerca…</translation>
    </message>
    <message>
        <source>Show only the rows containing this text in any column</source>
        <translation>Mostra només les files que contenen aquest text en qualsevol columna</translation>
    </message>
</context>
<context>
    <name>standlab::SectionEditor</name>
    <message>
        <source>The title of the section</source>
        <translation>El títol de la secció</translation>
    </message>
    <message>
        <source>Draft, in review or adopted</source>
        <translation>Esborrany, en revisió o adoptat</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Plain paragraph</source>
        <translation>Paràgraf normal</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>H1</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Títol</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>H2</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Subtítol</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negreta</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Llista</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Llista de pics</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Llista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Llista numerada</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Enllaç…</translation>
    </message>
    <message>
        <source>Link the selected text to a web address</source>
        <translation>Enllaça el text seleccionat a una adreça web</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enllaç</translation>
    </message>
    <message>
        <source>Web address (https://…):</source>
        <translation>Adreça web (https://…):</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Canvia el nom de la secció</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Canvia el nom del document</translation>
    </message>
    <message>
        <source>Set section status</source>
        <translation>Defineix l'estat de la secció</translation>
    </message>
    <message>
        <source>Set document status</source>
        <translation>Defineix l'estat del document</translation>
    </message>
    <message>
        <source>Not edited yet</source>
        <translation>Encara no s'ha editat</translation>
    </message>
    <message>
        <source>Last edited on %1</source>
        <translation>Editat per última vegada el %1</translation>
    </message>
</context>
<context>
    <name>standlab::SessionEditor</name>
    <message>
        <source>Select a session to edit it, or press New session.</source>
        <translation>Seleccioneu una sessió per editar-la o premeu Sessió nova.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessió</translation>
    </message>
    <message>
        <source>The title as printed in the programme</source>
        <translation>El títol tal com s'imprimeix al programa</translation>
    </message>
    <message>
        <source>What kind of session this is</source>
        <translation>Quin tipus de sessió és</translation>
    </message>
    <message>
        <source>Idea and proposed sessions are not yet in the programme</source>
        <translation>Les sessions en estat d'idea o proposades encara no són al programa</translation>
    </message>
    <message>
        <source>The working line this session belongs to</source>
        <translation>La línia de treball a la qual pertany aquesta sessió</translation>
    </message>
    <message>
        <source>Cross-cutting working lines this session also contributes to</source>
        <translation>Línies de treball transversals a les quals també contribueix aquesta sessió</translation>
    </message>
    <message>
        <source>The language the session is held in</source>
        <translation>L'idioma en què es fa la sessió</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Títol:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;pus:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Estat:</translation>
    </message>
    <message>
        <source>&amp;Working line:</source>
        <translation>&amp;Línia de treball:</translation>
    </message>
    <message>
        <source>Cross-cutting:</source>
        <translation>Transversals:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Quan i on</translation>
    </message>
    <message>
        <source>Choose “Unscheduled” to take the session out of the timetable</source>
        <translation>Trieu «Sense programar» per treure la sessió de l'horari</translation>
    </message>
    <message>
        <source>Changing the start keeps the length of the session</source>
        <translation>Si canvieu l'inici, es manté la durada de la sessió</translation>
    </message>
    <message>
        <source>When the session ends</source>
        <translation>Quan acaba la sessió</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>La sessió acaba abans de començar.</translation>
    </message>
    <message>
        <source>Where at the stand the session takes place</source>
        <translation>On té lloc la sessió dins de l'estand</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dia:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inici:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Final:</translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation>E&amp;spai:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripció</translation>
    </message>
    <message>
        <source>The abstract printed in the programme</source>
        <translation>El resum que s'imprimeix al programa</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persones</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Xifres</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How many people the session can take</source>
        <translation>Quantes persones hi caben</translation>
    </message>
    <message>
        <source>How many people are expected</source>
        <translation>Quantes persones s'hi esperen</translation>
    </message>
    <message>
        <source>How many people actually came</source>
        <translation>Quantes persones hi han vingut realment</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacitat:</translation>
    </message>
    <message>
        <source>E&amp;xpected:</source>
        <translation>Pre&amp;vistes:</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>&amp;Assistents:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enllaços</translation>
    </message>
    <message>
        <source>Where the recording is published</source>
        <translation>On es publica l'enregistrament</translation>
    </message>
    <message>
        <source>Shared notes taken during the session</source>
        <translation>Notes compartides preses durant la sessió</translation>
    </message>
    <message>
        <source>The speakers' slides</source>
        <translation>Les diapositives dels ponents</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Enregistrament:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Slides:</source>
        <translation>Diapositives:</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Only for the organisers; never exported</source>
        <translation>Només per a l'organització; no s'exporten mai</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Edita el títol</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Canvia el tipus</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Canvia l'estat</translation>
    </message>
    <message>
        <source>Change working line</source>
        <translation>Canvia la línia de treball</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Canvia l'idioma</translation>
    </message>
    <message>
        <source>Change space</source>
        <translation>Canvia l'espai</translation>
    </message>
    <message>
        <source>Edit abstract</source>
        <translation>Edita el resum</translation>
    </message>
    <message>
        <source>Change capacity</source>
        <translation>Canvia la capacitat</translation>
    </message>
    <message>
        <source>Change expected headcount</source>
        <translation>Canvia l'assistència prevista</translation>
    </message>
    <message>
        <source>Change headcount</source>
        <translation>Canvia el recompte d'assistents</translation>
    </message>
    <message>
        <source>Edit recording link</source>
        <translation>Edita l'enllaç de l'enregistrament</translation>
    </message>
    <message>
        <source>Edit notes link</source>
        <translation>Edita l'enllaç de les notes</translation>
    </message>
    <message>
        <source>Edit slides link</source>
        <translation>Edita l'enllaç de les diapositives</translation>
    </message>
    <message>
        <source>Edit internal notes</source>
        <translation>Edita les notes internes</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(cap)</translation>
    </message>
    <message>
        <source>(no space)</source>
        <translation>(sense espai)</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Sense programar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not an event day)</source>
        <translation>%1 (no és un dia de l'esdeveniment)</translation>
    </message>
    <message>
        <source>Unschedule session</source>
        <translation>Desprograma la sessió</translation>
    </message>
    <message>
        <source>Change day</source>
        <translation>Canvia el dia</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Canvia l'hora d'inici</translation>
    </message>
    <message>
        <source>Change end time</source>
        <translation>Canvia l'hora de finalització</translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation>Etiqueta amb %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Treu l'etiqueta %1</translation>
    </message>
    <message>
        <source>A second line under the title</source>
        <translation>Una segona línia sota el títol</translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation>S&amp;ubtítol:</translation>
    </message>
    <message>
        <source>The longer text conference apps show beside the abstract</source>
        <translation>El text més llarg que les aplicacions de conferències mostren al costat del resum</translation>
    </message>
    <message>
        <source>Lon&amp;ger description:</source>
        <translation>Descripció lla&amp;rga:</translation>
    </message>
    <message>
        <source>Title | https://… | kind</source>
        <translation>Títol | https://… | tipus</translation>
    </message>
    <message>
        <source>One link a line: title | address | kind (recording, slides, notes, feedback or other)</source>
        <translation>Un enllaç per línia: títol | adreça | tipus (enregistrament, diapositives, notes, valoracions o altre)</translation>
    </message>
    <message>
        <source>Files that belong to the session, one a line: title | address</source>
        <translation>Fitxers de la sessió, un per línia: títol | adreça</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>Ad&amp;junts:</translation>
    </message>
    <message>
        <source>The licence the recording is published under</source>
        <translation>La llicència amb què es publica l'enregistrament</translation>
    </message>
    <message>
        <source>e.g. CC BY 4.0</source>
        <translation>p. ex., CC BY 4.0</translation>
    </message>
    <message>
        <source>The speakers do &amp;not want it recorded</source>
        <translation>Els ponents no volen que es &amp;gravi</translation>
    </message>
    <message>
        <source>Carried in the conference-app schedule, so no one records it by mistake</source>
        <translation>S'inclou en el programa per a aplicacions de conferències, perquè ningú no l'enregistri per error</translation>
    </message>
    <message>
        <source>Recording licence:</source>
        <translation>Llicència de l'enregistrament:</translation>
    </message>
    <message>
        <source>Edit subtitle</source>
        <translation>Editar el subtítol</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Editar la descripció</translation>
    </message>
    <message>
        <source>Edit recording licence</source>
        <translation>Editar la llicència de l'enregistrament</translation>
    </message>
    <message>
        <source>Edit links</source>
        <translation>Editar els enllaços</translation>
    </message>
    <message>
        <source>Edit attachments</source>
        <translation>Editar els adjunts</translation>
    </message>
    <message>
        <source>Change recording opt-out</source>
        <translation>Canviar la negativa a l'enregistrament</translation>
    </message>
    <message>
        <source>Line %1 is not “title | address | kind”; it is not saved yet.</source>
        <translation>La línia %1 no és «títol | adreça | tipus»; encara no s'ha desat.</translation>
    </message>
    <message>
        <source>More l&amp;inks:</source>
        <translation>Més e&amp;nllaços:</translation>
    </message>
</context>
<context>
    <name>standlab::SessionEditorDialog</name>
    <message>
        <source>Session</source>
        <translation>Sessió</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfés</translation>
    </message>
</context>
<context>
    <name>standlab::SessionLinks</name>
    <message>
        <source>Recording</source>
        <translation>Enregistrament</translation>
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
        <translation>Valoracions</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altre</translation>
    </message>
</context>
<context>
    <name>standlab::SessionTableModel</name>
    <message>
        <source>Unscheduled</source>
        <translation>Sense programar</translation>
    </message>
    <message numerus="yes">
        <source>+%n tag(s)</source>
        <translation>
            <numerusform>+%n etiqueta</numerusform>
            <numerusform>+%n etiquetes</numerusform>
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
Transversals: %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inici</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espai</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Títol</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línia de treball</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponents</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Canvia %1</translation>
    </message>
</context>
<context>
    <name>standlab::StandPage</name>
    <message>
        <source>&amp;Now &amp;&amp; Next full screen</source>
        <translation>Ara i després a pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Show what is on now and next, full screen, for the screen at the stand (Ctrl+Shift+N or F11; Escape leaves it)</source>
        <translation>Mostra què passa ara i després, a pantalla completa, per a la pantalla de l'estand (Ctrl+Shift+N o F11; Escape en surt)</translation>
    </message>
    <message>
        <source>&amp;Rehearse at…</source>
        <translation>Assa&amp;ja a una hora…</translation>
    </message>
    <message>
        <source>Back to the computer's clock after a rehearsal</source>
        <translation>Torna al rellotge de l'ordinador després d'un assaig</translation>
    </message>
    <message>
        <source>The day the list shows (Alt+Y)</source>
        <translation>El dia que mostra la llista (Alt+I)</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>D&amp;ia:</translation>
    </message>
    <message>
        <source>Rehearse at…</source>
        <translation>Assaja a una hora…</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Hora real</translation>
    </message>
    <message>
        <source>Now &amp;&amp; Next full screen</source>
        <translation>Ara i després a pantalla completa</translation>
    </message>
    <message>
        <source>Today's sessions and speakers</source>
        <translation>Sessions i ponents d'avui</translation>
    </message>
    <message>
        <source>Space ticks a speaker as arrived; Alt+H edits the headcount, Alt+N takes a note</source>
        <translation>La barra espaiadora marca un ponent com a arribat; Alt+R edita el recompte, Alt+N pren una nota</translation>
    </message>
    <message>
        <source>Today's &amp;sessions — tick speakers as they arrive</source>
        <translation>&amp;Sessions d'avui — marqueu els ponents a mesura que arriben</translation>
    </message>
    <message>
        <source>How many people are in the session; Enter saves it</source>
        <translation>Quantes persones hi ha a la sessió; Enter ho desa</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>&amp;Recompte:</translation>
    </message>
    <message>
        <source>&amp;Stand</source>
        <translation>Es&amp;tand</translation>
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
        <translation>%1 (assaig, rellotge aturat)</translation>
    </message>
    <message>
        <source>%1 (rehearsal ×%2)</source>
        <translation>%1 (assaig ×%2)</translation>
    </message>
    <message>
        <source>The stand clock, in the event's time zone (%1)</source>
        <translation>El rellotge de l'estand, a la zona horària de l'esdeveniment (%1)</translation>
    </message>
    <message>
        <source>Run the stand clock from a chosen time and speed (Ctrl+Alt+R)</source>
        <translation>Fa funcionar el rellotge de l'estand des d'una hora i a una velocitat triades (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <source>Use the real &amp;time</source>
        <translation>Utilitza l'&amp;hora real</translation>
    </message>
</context>
<context>
    <name>standlab::Store</name>
    <message>
        <source>Cannot create “%1”: the folder %2 does not exist.</source>
        <translation>No es pot crear «%1»: la carpeta %2 no existeix.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file of that name already exists.</source>
        <translation>No es pot crear «%1»: ja existeix un fitxer amb aquest nom.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a SQLite database of another application, not a Stand Lab event.</source>
        <translation>No es pot obrir «%1»: és una base de dades SQLite d'una altra aplicació, no un esdeveniment de Stand Lab.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it was saved by a newer Stand Lab (file version %2; this version reads up to %3). Update Stand Lab to open it.</source>
        <translation>No es pot obrir «%1»: s'ha desat amb un Stand Lab més nou (versió de fitxer %2; aquesta versió llegeix fins a la %3). Actualitzeu Stand Lab per obrir-lo.</translation>
    </message>
    <message>
        <source>“%1” is a read-only file: you can read it, but changes cannot be saved. Use File › Save a copy… to work on a copy.</source>
        <translation>«%1» és un fitxer de només lectura: el podeu llegir, però els canvis no es poden desar. Feu servir Fitxer › Desa una còpia… per treballar en una còpia.</translation>
    </message>
    <message>
        <source>“%1” was opened read-only.</source>
        <translation>«%1» s'ha obert en mode de només lectura.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No es pot obrir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is damaged or not a database (%2).</source>
        <translation>No es pot obrir «%1»: el fitxer està malmès o no és una base de dades (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the integrity check failed (%2). Restore it from a backup.</source>
        <translation>No es pot obrir «%1»: la comprovació d'integritat ha fallat (%2). Restaureu-lo des d'una còpia de seguretat.</translation>
    </message>
    <message>
        <source>Cannot open “%1” read-only: it was saved by an older Stand Lab and must be upgraded, which needs write access.</source>
        <translation>No es pot obrir «%1» en mode de només lectura: s'ha desat amb un Stand Lab més antic i cal actualitzar-lo, cosa que requereix permís d'escriptura.</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: the safety copy could not be written (%2).</source>
        <translation>No es pot actualitzar «%1»: no s'ha pogut escriure la còpia de seguretat prèvia (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the write-ahead journal could not be enabled (%2).</source>
        <translation>No es pot obrir «%1»: no s'ha pogut activar el diari d'escriptura anticipada (%2).</translation>
    </message>
    <message>
        <source>The change could not be started: %1</source>
        <translation>No s'ha pogut iniciar el canvi: %1</translation>
    </message>
    <message>
        <source>The change could not be saved to “%1”: %2</source>
        <translation>No s'ha pogut desar el canvi a «%1»: %2</translation>
    </message>
    <message>
        <source>There is no table “%1” in this file.</source>
        <translation>No hi ha cap taula «%1» en aquest fitxer.</translation>
    </message>
    <message>
        <source>There is no field “%1” in “%2”.</source>
        <translation>No hi ha cap camp «%1» a «%2».</translation>
    </message>
    <message>
        <source>The item to change no longer exists; another change may have removed it.</source>
        <translation>L'element que cal canviar ja no existeix; potser l'ha eliminat un altre canvi.</translation>
    </message>
    <message>
        <source>The item to delete no longer exists.</source>
        <translation>L'element que cal suprimir ja no existeix.</translation>
    </message>
    <message>
        <source>Row %1 of “%2” could not be stored: %3</source>
        <translation>No s'ha pogut desar la fila %1 de «%2»: %3</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder does not exist.</source>
        <translation>No es pot escriure «%1»: la carpeta no existeix.</translation>
    </message>
    <message>
        <source>the finished copy could not be moved into place</source>
        <translation>no s'ha pogut posar a lloc la còpia acabada</translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2</source>
        <translation>No s'ha pogut escriure la còpia «%1»: %2</translation>
    </message>
    <message>
        <source>a reference in “%1” points to a missing row</source>
        <translation>una referència de «%1» apunta a una fila que falta</translation>
    </message>
    <message>
        <source>Cannot open “%1”: its index file “%2” could not be created beside it; the disk may be full. Free some space on that disk, or copy the file to another disk, and open it again.</source>
        <translation>No es pot obrir «%1»: no s'ha pogut crear al seu costat el fitxer d'índex «%2»; potser el disc és ple. Allibereu espai en aquest disc, o copieu el fitxer a un altre disc, i torneu-lo a obrir.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the disk is full. Free some space on that disk, or copy the file to another disk, and open it again.</source>
        <translation>No es pot obrir «%1»: el disc és ple. Allibereu espai en aquest disc, o copieu el fitxer a un altre disc, i torneu-lo a obrir.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file or its folder is read-only (%2). Make them writable, or copy the file to a folder of your own.</source>
        <translation>No es pot obrir «%1»: el fitxer o la seva carpeta són només de lectura (%2). Permeteu-hi l'escriptura, o copieu el fitxer a una carpeta vostra.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it or the files kept beside it could not be opened (%2). Check that the file exists and that you may read and write in its folder.</source>
        <translation>No es pot obrir «%1»: no s'han pogut obrir el fitxer o els fitxers que l'acompanyen (%2). Comproveu que el fitxer existeix i que podeu llegir i escriure a la seva carpeta.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the disk reported an error while reading or writing it (%2). The disk may be full, removed or failing: copy the file to another disk and open the copy.</source>
        <translation>No es pot obrir «%1»: el disc ha donat un error en llegir-lo o escriure'l (%2). Potser el disc és ple, desconnectat o fallant: copieu el fitxer a un altre disc i obriu la còpia.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: another program is using it (%2). Close it there and try again.</source>
        <translation>No es pot obrir «%1»: un altre programa l'està fent servir (%2). Tanqueu-lo allà i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2; the disk may be full.</source>
        <translation>No s'ha pogut escriure la còpia «%1»: %2; potser el disc és ple.</translation>
    </message>
</context>
<context>
    <name>standlab::SyncActions</name>
    <message>
        <source>Stand Lab sync packages (*.%1);;All files (*)</source>
        <translation>Paquets de sincronització de Stand Lab (*.%1);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>S&amp;hare changes…</source>
        <translation>Comparteix e&amp;ls canvis…</translation>
    </message>
    <message>
        <source>Write a sync package of this event's changes for the other laptops</source>
        <translation>Escriu un paquet de sincronització amb els canvis d'aquest esdeveniment per als altres portàtils</translation>
    </message>
    <message>
        <source>Recei&amp;ve changes…</source>
        <translation>Rep els c&amp;anvis…</translation>
    </message>
    <message>
        <source>Merge sync packages from other laptops into this event</source>
        <translation>Fusiona en aquest esdeveniment paquets de sincronització d'altres portàtils</translation>
    </message>
    <message>
        <source>Conflicts and e&amp;xchanges…</source>
        <translation>Conflictes i intercan&amp;vis…</translation>
    </message>
    <message>
        <source>Review merge conflicts and the history of exchanges</source>
        <translation>Revisa els conflictes de fusió i l'historial d'intercanvis</translation>
    </message>
    <message>
        <source>%1 (written on this laptop)</source>
        <translation>%1 (escrit en aquest portàtil)</translation>
    </message>
    <message>
        <source>%1 (already received)</source>
        <translation>%1 (ja rebut)</translation>
    </message>
    <message>
        <source>Everything (for a laptop that never received from this one)</source>
        <translation>Tot (per a un portàtil que mai no n'ha rebut res d'aquest)</translation>
    </message>
    <message>
        <source>Only what “%1” is missing</source>
        <translation>Només el que li falta a «%1»</translation>
    </message>
    <message>
        <source>Share changes</source>
        <translation>Comparteix els canvis</translation>
    </message>
    <message>
        <source>Package for:</source>
        <translation>Paquet per a:</translation>
    </message>
    <message>
        <source>Receive changes</source>
        <translation>Rep els canvis</translation>
    </message>
    <message>
        <source>Nothing was merged. %1</source>
        <translation>No s'ha fusionat res. %1</translation>
    </message>
    <message>
        <source>Receive everything new from the sync &amp;folder</source>
        <translation>Rep totes les novetats de la carpeta de sincronit&amp;zació</translation>
    </message>
    <message>
        <source>Merge every package in the sync folder that this event has not received yet (Ctrl+Shift+G); the sync folder is set in Preferences</source>
        <translation>Fusiona tots els paquets de la carpeta de sincronització que aquest esdeveniment encara no ha rebut (Ctrl+Shift+G); la carpeta de sincronització es defineix a Preferències</translation>
    </message>
    <message>
        <source>Write the package to the sync folder?</source>
        <translation>Voleu escriure el paquet a la carpeta de sincronització?</translation>
    </message>
    <message>
        <source>It is saved as “%1” in %2, where the other laptops find it.</source>
        <translation>Es desa com a «%1» a %2, on els altres portàtils el troben.</translation>
    </message>
    <message>
        <source>&amp;Write to the sync folder</source>
        <translation>&amp;Escriu a la carpeta de sincronització</translation>
    </message>
    <message>
        <source>Save &amp;elsewhere…</source>
        <translation>Desa en un &amp;altre lloc…</translation>
    </message>
    <message>
        <source>Package written to %1</source>
        <translation>Paquet escrit a %1</translation>
    </message>
    <message>
        <source>Receive from the sync folder</source>
        <translation>Rep de la carpeta de sincronització</translation>
    </message>
    <message>
        <source>Nothing new in %1.</source>
        <translation>No hi ha res de nou a %1.</translation>
    </message>
    <message>
        <source>Packages appear here when the other laptops share their changes to this folder.</source>
        <translation>Els paquets apareixen aquí quan els altres portàtils comparteixen els seus canvis en aquesta carpeta.</translation>
    </message>
    <message>
        <source>No sync folder is chosen yet.</source>
        <translation>Encara no s'ha triat cap carpeta de sincronització.</translation>
    </message>
    <message>
        <source>Choose the folder where the laptops leave their packages: a USB stick, or a folder that Syncthing or a network share keeps in step. Preferences can change it later.</source>
        <translation>Trieu la carpeta on els portàtils deixen els seus paquets: una memòria USB o una carpeta que Syncthing o una unitat de xarxa compartida mantenen sincronitzada. Podeu canviar-la més endavant a Preferències.</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Tria una carpeta…</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronització</translation>
    </message>
    <message>
        <source>&amp;Merge another event file…</source>
        <translation>&amp;Fusiona un altre fitxer d'esdeveniment…</translation>
    </message>
    <message>
        <source>Take the changes of another copy of this event, such as a .standlab file sent by e-mail; that file is only read</source>
        <translation>Incorpora els canvis d'una altra còpia d'aquest esdeveniment, com ara un fitxer .standlab enviat per correu electrònic; aquell fitxer només es llegeix</translation>
    </message>
    <message>
        <source>Merge another event file</source>
        <translation>Fusiona un altre fitxer d'esdeveniment</translation>
    </message>
    <message>
        <source>Stand Lab events (*.standlab);;All files (*)</source>
        <translation>Esdeveniments de Stand Lab (*.standlab);;Tots els fitxers (*)</translation>
    </message>
</context>
<context>
    <name>standlab::SyncReviewDialog</name>
    <message>
        <source>Conflicts and exchanges</source>
        <translation>Conflictes i intercanvis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Què</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Camp</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valor conservat</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Altre valor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Utilitza l'altre valor</translation>
    </message>
    <message>
        <source>Replace the kept value by the other laptop's value; Edit › Undo brings it back</source>
        <translation>Substitueix el valor conservat pel valor de l'altre portàtil; Edita › Desfés el recupera</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quan</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentit</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Portàtil</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Canvis</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fitxer</translation>
    </message>
    <message>
        <source>&amp;History of exchanges</source>
        <translation>&amp;Historial d'intercanvis</translation>
    </message>
    <message>
        <source>Other value used</source>
        <translation>S'ha utilitzat l'altre valor</translation>
    </message>
    <message>
        <source>Kept by the rule</source>
        <translation>Conservat per la regla</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No conflicts: no field was changed on two laptops before they met.</source>
        <translation>Cap conflicte: cap camp no s'ha canviat en dos portàtils abans que es trobessin.</translation>
    </message>
    <message>
        <source>Both laptops changed these fields before they met. The later change was kept on every laptop; pick the other value where it was the right one.</source>
        <translation>Tots dos portàtils van canviar aquests camps abans de trobar-se. S'ha conservat el canvi més recent a tots els portàtils; trieu l'altre valor allà on fos el correcte.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Rebut</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>standlab::SyncSummaryDialog</name>
    <message>
        <source>Changes received</source>
        <translation>Canvis rebuts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing new&lt;/b&gt;: this event already held every change.</source>
        <translation>&lt;b&gt;Res de nou&lt;/b&gt;: aquest esdeveniment ja tenia tots els canvis.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n change(s)&lt;/b&gt; merged into this event.</source>
        <translation>
            <numerusform>&lt;b&gt;%n canvi&lt;/b&gt; fusionat en aquest esdeveniment.</numerusform>
            <numerusform>&lt;b&gt;%n canvis&lt;/b&gt; fusionats en aquest esdeveniment.</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Què</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Afegits</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Canviats</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suprimits</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>No fusionat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both laptops changed the same field. The later change was kept; you can pick the other value.</source>
        <translation>
            <numerusform>%n conflicte: tots dos portàtils han canviat el mateix camp. S'ha conservat el canvi més recent; podeu triar l'altre valor.</numerusform>
            <numerusform>%n conflictes: tots dos portàtils han canviat el mateix camp. S'ha conservat el canvi més recent; podeu triar l'altre valor.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Revisa els conflictes…</translation>
    </message>
    <message>
        <source>Not merged:</source>
        <translation>No fusionats:</translation>
    </message>
</context>
<context>
    <name>standlab::TodayModel</name>
    <message>
        <source>(unknown person)</source>
        <translation>(persona desconeguda)</translation>
    </message>
    <message>
        <source>People in the room; edit with F2 or by typing a number</source>
        <translation>Persones a la sala; editeu-ho amb F2 o escrivint un número</translation>
    </message>
    <message>
        <source>no speakers</source>
        <translation>sense ponents</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Press Space to tick %1 as arrived</source>
        <translation>Premeu la barra espaiadora per marcar %1 com a arribat</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>ha arribat</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>encara no</translation>
    </message>
    <message>
        <source>Tick %1 as arrived</source>
        <translation>Marca %1 com a arribat</translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation>Desmarca %1</translation>
    </message>
    <message>
        <source>Headcount of “%1”: %2</source>
        <translation>Recompte de «%1»: %2</translation>
    </message>
    <message>
        <source>Session / speaker</source>
        <translation>Sessió / ponent</translation>
    </message>
    <message>
        <source>Time / role</source>
        <translation>Hora / rol</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espai</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arribat</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Recompte</translation>
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
        <translation>Sessions sense programar</translation>
    </message>
    <message>
        <source>Every session has a time. Drop a block here to take it off the schedule.</source>
        <translation>Totes les sessions tenen hora. Deixeu anar un bloc aquí per treure'l de l'horari.</translation>
    </message>
</context>
<context>
    <name>standlab::UnscheduledModel</name>
    <message>
        <source>Untitled session</source>
        <translation>Sessió sense títol</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Amb %1</translation>
    </message>
    <message>
        <source>Drag onto the board, or press Enter to place it in the first free slot.</source>
        <translation>Arrossegueu-la al tauler o premeu Enter per col·locar-la a la primera franja lliure.</translation>
    </message>
</context>
<context>
    <name>standlab::WelcomeWindow</name>
    <message>
        <source>Welcome — Stand Lab</source>
        <translation>Benvinguda — Stand Lab</translation>
    </message>
    <message>
        <source>Stand Lab</source>
        <translation>Stand Lab</translation>
    </message>
    <message>
        <source>Plan and run the Sharing Cities Action Stand Lab: programme, people, contacts and the Action Plan, on your own laptop.</source>
        <translation>Planifiqueu i gestioneu el Sharing Cities Action Stand Lab: programa, persones, contactes i el Pla d'acció, al vostre portàtil.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Esdeveniment nou…</translation>
    </message>
    <message>
        <source>Create a new, empty event file</source>
        <translation>Crea un fitxer d'esdeveniment nou i buit</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Obre…</translation>
    </message>
    <message>
        <source>Open an event file (.standlab)</source>
        <translation>Obre un fitxer d'esdeveniment (.standlab)</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Obre la demostració</translation>
    </message>
    <message>
        <source>Open a fresh copy of the 2019 demo event; change it as you like</source>
        <translation>Obre una còpia nova de l'esdeveniment de demostració del 2019; canvieu-la com vulgueu</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Esdeveniments recents</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Feu doble clic o premeu Enter per obrir</translation>
    </message>
    <message>
        <source>Remove missing files</source>
        <translation>Elimina els fitxers que falten</translation>
    </message>
    <message>
        <source>Forget the recent events whose files are no longer there</source>
        <translation>Oblida els esdeveniments recents els fitxers dels quals ja no hi són</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (no trobat)</translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 ja no hi és</translation>
    </message>
    <message>
        <source>No recent events yet</source>
        <translation>Encara no hi ha esdeveniments recents</translation>
    </message>
</context>
<context>
    <name>standlab::WorkshopDetailsEditor</name>
    <message>
        <source>The organisation that runs the workshop</source>
        <translation>L'organització que fa el taller</translation>
    </message>
    <message>
        <source>Facilitators are the session's people with the role Facilitator (see People above)</source>
        <translation>Les persones facilitadores són les persones de la sessió amb el rol Facilitació (vegeu Persones, més amunt)</translation>
    </message>
    <message>
        <source>What to prepare: flip charts, post-its, a projector…</source>
        <translation>Què cal preparar: papelògrafs, pòsits, un projector…</translation>
    </message>
    <message>
        <source>How many participants the workshop can take</source>
        <translation>Quants participants admet el taller</translation>
    </message>
    <message>
        <source>How many people have registered so far</source>
        <translation>Quantes persones s'hi han inscrit fins ara</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The Action Plan section this workshop's outcome goes into</source>
        <translation>La secció del Pla d'acció on va a parar el resultat d'aquest taller</translation>
    </message>
    <message>
        <source>What came out of the workshop, for the Action Plan</source>
        <translation>Què ha sortit del taller, per al Pla d'acció</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>Or&amp;ganitzadora:</translation>
    </message>
    <message>
        <source>Facilitators:</source>
        <translation>Facilitació:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Materials:</translation>
    </message>
    <message>
        <source>Max &amp;participants:</source>
        <translation>Mà&amp;xim de participants:</translation>
    </message>
    <message>
        <source>&amp;Registrations:</source>
        <translation>Inscripcio&amp;ns:</translation>
    </message>
    <message>
        <source>&amp;Feeds:</source>
        <translation>Contri&amp;bueix a:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>Change workshop organiser</source>
        <translation>Canvia l'organitzadora del taller</translation>
    </message>
    <message>
        <source>Change the section the workshop feeds</source>
        <translation>Canvia la secció a la qual contribueix el taller</translation>
    </message>
    <message>
        <source>Edit workshop materials</source>
        <translation>Edita els materials del taller</translation>
    </message>
    <message>
        <source>Edit workshop outcome</source>
        <translation>Edita el resultat del taller</translation>
    </message>
    <message>
        <source>Change maximum participants</source>
        <translation>Canvia el màxim de participants</translation>
    </message>
    <message>
        <source>Change registrations</source>
        <translation>Canvia les inscripcions</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(cap)</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>(sense secció)</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>(secció sense títol)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>1 registration over the limit.</source>
        <translation>1 inscripció per sobre del límit.</translation>
    </message>
    <message>
        <source>%1 registrations over the limit.</source>
        <translation>%1 inscripcions per sobre del límit.</translation>
    </message>
    <message>
        <source>None yet: add people above with the role Facilitator.</source>
        <translation>Encara cap: afegiu més amunt persones amb el rol Facilitació.</translation>
    </message>
</context>
<context>
    <name>standlab::cli::CheckCommand</name>
    <message>
        <source>check FILE [--json]</source>
        <translation>check FITXER [--json]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FITXER</translation>
    </message>
    <message>
        <source>Print one JSON object: {"count": N, "conflicts": [{"rule", "message", "sessions", …}]}.</source>
        <translation>Imprimeix un sol objecte JSON: {"count": N, "conflicts": [{"rule", "message", "sessions", …}]}.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Cap conflicte.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n conflicte:</numerusform>
            <numerusform>%n conflictes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) found in %1.</source>
        <translation>
            <numerusform>S'ha trobat %n conflicte a %1.</numerusform>
            <numerusform>S'han trobat %n conflictes a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the conflicts of the programme (clashes, availability, opening hours, capacity, speakers) and sessions with impossible times; exit status 1 when there are any.</source>
        <translation>Llista els conflictes del programa (solapaments, disponibilitat, horari d'obertura, capacitat, ponents) i les sessions amb hores impossibles; l'estat de sortida és 1 si n'hi ha.</translation>
    </message>
    <message>
        <source>Session “%1” (id %2): %3.</source>
        <translation>Sessió «%1» (identificador %2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with impossible times:</source>
        <translation>
            <numerusform>%n sessió amb hores impossibles:</numerusform>
            <numerusform>%n sessions amb hores impossibles:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with impossible times and %1 conflict(s) found in %2.</source>
        <translation>
            <numerusform>S'han trobat %n sessió amb hores impossibles i %1 conflicte(s) a %2.</numerusform>
            <numerusform>S'han trobat %n sessions amb hores impossibles i %1 conflicte(s) a %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::cli::Command</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 necessita un nombre enter de %2 a %3, no «%4».</translation>
    </message>
</context>
<context>
    <name>standlab::cli::CommandLine</name>
    <message>
        <source>Show help for this subcommand.</source>
        <translation>Mostra l'ajuda d'aquesta subordre.</translation>
    </message>
    <message>
        <source>Usage: %1 SUBCOMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Ús: %1 SUBORDRE [OPCIONS] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>The Stand Lab command line: works on .standlab event files without a display.</source>
        <translation>La línia d'ordres de Stand Lab: treballa amb fitxers d'esdeveniment .standlab sense pantalla.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subordres:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opcions:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra aquesta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra la versió.</translation>
    </message>
    <message>
        <source>Run “%1 SUBCOMMAND --help” for the options of one subcommand.</source>
        <translation>Executeu «%1 SUBORDRE --help» per veure les opcions d'una subordre.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Ús: %1 %2</translation>
    </message>
    <message>
        <source>no subcommand given; run “%1 --help” for the list.</source>
        <translation>no s'ha indicat cap subordre; executeu «%1 --help» per veure'n la llista.</translation>
    </message>
    <message>
        <source>unknown subcommand “%1”; run “%2 --help” for the list.</source>
        <translation>subordre desconeguda «%1»; executeu «%2 --help» per veure'n la llista.</translation>
    </message>
    <message>
        <source>%1: missing argument %2; usage: %3 %4</source>
        <translation>%1: falta l'argument %2; ús: %3 %4</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”; usage: %3 %4</source>
        <translation>%1: argument inesperat «%2»; ús: %3 %4</translation>
    </message>
</context>
<context>
    <name>standlab::cli::DemoCommand</name>
    <message>
        <source>Write the demo event (Stand Lab 2019) to a new file.</source>
        <translation>Escriu l'esdeveniment de demostració (Stand Lab 2019) en un fitxer nou.</translation>
    </message>
    <message>
        <source>demo OUT.standlab</source>
        <translation>demo SORTIDA.standlab</translation>
    </message>
    <message>
        <source>OUT.standlab</source>
        <translation>SORTIDA.standlab</translation>
    </message>
    <message>
        <source>Wrote the demo event to %1 (%2 sessions, %3 people, %4 organisations).</source>
        <translation>S'ha escrit l'esdeveniment de demostració a %1 (%2 sessions, %3 persones, %4 organitzacions).</translation>
    </message>
</context>
<context>
    <name>standlab::cli::ExportCommand</name>
    <message>
        <source>Write the event, or part of it, in another format (PDF, calendar, schedule, spreadsheet…).</source>
        <translation>Escriu l'esdeveniment, o una part, en un altre format (PDF, calendari, horari, full de càlcul…).</translation>
    </message>
    <message>
        <source>export FILE --format %1 --output PATH [--lang L] [--days D,…] [--lines L,…] [--paper a4|letter]</source>
        <translation>export FITXER --format %1 --output CAMÍ [--lang L] [--days D,…] [--lines L,…] [--paper a4|letter]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FITXER</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>El format: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The file to write; an existing file is replaced in one step.</source>
        <translation>El fitxer que cal escriure; si ja existeix, se substitueix d'un sol cop.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CAMÍ</translation>
    </message>
    <message>
        <source>The language of printed labels: en, es, ca or fr.</source>
        <translation>L'idioma de les etiquetes impreses: en, es, ca o fr.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Only these days (ISO dates, comma-separated).</source>
        <translation>Només aquests dies (dates ISO, separades per comes).</translation>
    </message>
    <message>
        <source>D,…</source>
        <translation>D,…</translation>
    </message>
    <message>
        <source>Only these working lines (names or ids, comma-separated).</source>
        <translation>Només aquestes línies de treball (noms o identificadors, separats per comes).</translation>
    </message>
    <message>
        <source>L,…</source>
        <translation>L,…</translation>
    </message>
    <message>
        <source>Only these spaces (names or ids, comma-separated).</source>
        <translation>Només aquests espais (noms o identificadors, separats per comes).</translation>
    </message>
    <message>
        <source>S,…</source>
        <translation>S,…</translation>
    </message>
    <message>
        <source>Only sessions with these statuses (comma-separated).</source>
        <translation>Només les sessions amb aquests estats (separats per comes).</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter.</source>
        <translation>Mida del paper: a4 o letter.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>MIDA</translation>
    </message>
    <message>
        <source>The outcome document to export, by name.</source>
        <translation>El document de resultats que cal exportar, pel nom.</translation>
    </message>
    <message>
        <source>A saved revision of that document, by name.</source>
        <translation>Una revisió desada d'aquest document, pel nom.</translation>
    </message>
    <message>
        <source>Only this person's sessions (name or id).</source>
        <translation>Només les sessions d'aquesta persona (nom o identificador).</translation>
    </message>
    <message>
        <source>--format is required (%1).</source>
        <translation>--format és obligatori (%1).</translation>
    </message>
    <message>
        <source>unknown format “%1”; known formats: %2.</source>
        <translation>format desconegut «%1»; formats coneguts: %2.</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>--output és obligatori.</translation>
    </message>
    <message>
        <source>unknown language “%1”; use en, es, ca or fr.</source>
        <translation>idioma desconegut «%1»; feu servir en, es, ca o fr.</translation>
    </message>
    <message>
        <source>unknown paper size “%1”; use a4 or letter.</source>
        <translation>mida de paper desconeguda «%1»; feu servir a4 o letter.</translation>
    </message>
    <message>
        <source>export: cannot write “%1”: the folder %2 does not exist.</source>
        <translation>export: no es pot escriure «%1»: la carpeta %2 no existeix.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>S'ha escrit %1</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message>
        <source>The release to compare with (changes, changes-json).</source>
        <translation>La versió amb què comparar (changes, changes-json).</translation>
    </message>
    <message>
        <source>Only what changed since this release (signs, poster, letters, letters-pdf).</source>
        <translation>Només el que ha canviat des d'aquesta versió (signs, poster, letters, letters-pdf).</translation>
    </message>
    <message>
        <source>--changed-since applies to %1, not to %2.</source>
        <translation>--changed-since s'aplica a %1, no a %2.</translation>
    </message>
</context>
<context>
    <name>standlab::cli::GenerateCommand</name>
    <message>
        <source>Write a large synthetic event to a new file, the same for the same seed.</source>
        <translation>Escriu un esdeveniment sintètic gran en un fitxer nou, idèntic per a la mateixa llavor.</translation>
    </message>
    <message>
        <source>generate OUT.standlab --sessions N --people N --organisations N [--seed S] [--days D] [--spaces N]</source>
        <translation>generate SORTIDA.standlab --sessions N --people N --organisations N [--seed S] [--days D] [--spaces N]</translation>
    </message>
    <message>
        <source>OUT.standlab</source>
        <translation>SORTIDA.standlab</translation>
    </message>
    <message>
        <source>How many sessions.</source>
        <translation>Quantes sessions.</translation>
    </message>
    <message>
        <source>How many people.</source>
        <translation>Quantes persones.</translation>
    </message>
    <message>
        <source>How many organisations (each with an engagement and 0–2 interactions).</source>
        <translation>Quantes organitzacions (cadascuna amb una participació i 0–2 interaccions).</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same event.</source>
        <translation>La llavor: la mateixa llavor dona el mateix esdeveniment.</translation>
    </message>
    <message>
        <source>How many days, from 19 November 2019.</source>
        <translation>Quants dies, a partir del 19 de novembre de 2019.</translation>
    </message>
    <message>
        <source>How many spaces.</source>
        <translation>Quants espais.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 sessions, %3 people, %4 organisations (seed %5) in %6 ms.</source>
        <translation>S'ha escrit %1: %2 sessions, %3 persones, %4 organitzacions (llavor %5) en %6 ms.</translation>
    </message>
</context>
<context>
    <name>standlab::cli::ImportCommand</name>
    <message>
        <source>Bring data into an event (a new event is created when FILE does not exist).</source>
        <translation>Importa dades a un esdeveniment (si FITXER no existeix, es crea un esdeveniment nou).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FITXER</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>ENTRADA</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>El format: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Report what would happen and change nothing.</source>
        <translation>Informa del que passaria sense canviar res.</translation>
    </message>
    <message>
        <source>A saved column mapping (JSON).</source>
        <translation>Una correspondència de columnes desada (JSON).</translation>
    </message>
    <message>
        <source>M.json</source>
        <translation>M.json</translation>
    </message>
    <message>
        <source>--format is required (%1).</source>
        <translation>--format és obligatori (%1).</translation>
    </message>
    <message>
        <source>unknown format “%1”; known formats: %2.</source>
        <translation>format desconegut «%1»; formats coneguts: %2.</translation>
    </message>
    <message>
        <source>import: cannot read “%1”: no such file.</source>
        <translation>import: no es pot llegir «%1»: el fitxer no existeix.</translation>
    </message>
    <message>
        <source>import: “%1” already holds an event; a %2 import goes into a new file. Give a FILE that does not exist yet.</source>
        <translation>import: «%1» ja conté un esdeveniment; una importació %2 va a un fitxer nou. Indiqueu un FITXER que encara no existeixi.</translation>
    </message>
    <message>
        <source>import: the rows are saved in “%1”, but they could not be indexed for search yet: %2. Stand Lab indexes them the next time it opens the event.</source>
        <translation>import: les files estan desades a «%1», però encara no s'han pogut indexar per a la cerca: %2. Stand Lab les indexarà la propera vegada que obri l'esdeveniment.</translation>
    </message>
    <message>
        <source>import: cannot create “%1”: the folder %2 does not exist.</source>
        <translation>import: no es pot crear «%1»: la carpeta %2 no existeix.</translation>
    </message>
    <message>
        <source>import: the dry run needs a temporary folder and none could be made: %1</source>
        <translation>import: la simulació necessita una carpeta temporal i no se n'ha pogut crear cap: %1</translation>
    </message>
    <message>
        <source>import FILE --format %1 INPUT [--dry-run] [--mapping M.json] [--timezone ZONE]</source>
        <translation>import FITXER --format %1 ENTRADA [--dry-run] [--mapping M.json] [--timezone ZONA]</translation>
    </message>
    <message>
        <source>For frab-xml and frab-json: the time zone (an IANA name such as Europe/Brussels) of a schedule whose times carry neither a zone nor offsets. Without it they are read in the event's zone.</source>
        <translation>Per a frab-xml i frab-json: la zona horària (un nom IANA com Europe/Brussels) d'un programa les hores del qual no porten ni zona ni desfasament. Sense ella es llegeixen en la zona de l'esdeveniment.</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONA</translation>
    </message>
</context>
<context>
    <name>standlab::cli::InfoCommand</name>
    <message>
        <source>Show the schema version and how many of each entity a file holds.</source>
        <translation>Mostra la versió de l'esquema i quants elements de cada tipus conté un fitxer.</translation>
    </message>
    <message>
        <source>info FILE [--json] [--contacts]</source>
        <translation>info FITXER [--json] [--contacts]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FITXER</translation>
    </message>
    <message>
        <source>Print one JSON object: {"schema_version": N, "counts": {…}}.</source>
        <translation>Imprimeix un sol objecte JSON: {"schema_version": N, "counts": {…}}.</translation>
    </message>
    <message>
        <source>Also print the contact figures: attendance, countries, kinds, requests by working line, follow-ups per week.</source>
        <translation>Imprimeix també les xifres de contactes: assistència, països, tipus, sol·licituds per línia de treball, seguiments per setmana.</translation>
    </message>
</context>
<context>
    <name>standlab::cli::ReleaseCommand</name>
    <message>
        <source>Make a release: a named, frozen copy of the programme as it is now.</source>
        <translation>Publica una versió: una còpia amb nom i fixa del programa tal com és ara.</translation>
    </message>
    <message>
        <source>release FILE --name NAME [--note TEXT]</source>
        <translation>release FITXER --name NOM [--note TEXT]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FITXER</translation>
    </message>
    <message>
        <source>The release's name (unique in the event), e.g. v1.</source>
        <translation>El nom de la versió (únic a l'esdeveniment), p. ex. v1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>A note kept with the release, e.g. “printed 12 Nov”.</source>
        <translation>Una nota desada amb la versió, p. ex. «imprès el 12 de nov.».</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--name is required (for example --name v1).</source>
        <translation>--name és obligatori (per exemple --name v1).</translation>
    </message>
    <message>
        <source>release: %1</source>
        <translation>release: %1</translation>
    </message>
    <message numerus="yes">
        <source>Released “%1”: %n session(s).</source>
        <translation><numerusform>Versió «%1» publicada: %n sessió.</numerusform><numerusform>Versió «%1» publicada: %n sessions.</numerusform></translation>
    </message>
</context>
<context>
    <name>standlab::cli::ReleasesCommand</name>
    <message>
        <source>List the releases of the programme: name, when, note, number of sessions.</source>
        <translation>Llista les versions del programa: nom, quan, nota, nombre de sessions.</translation>
    </message>
    <message>
        <source>releases FILE [--json]</source>
        <translation>releases FITXER [--json]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FITXER</translation>
    </message>
    <message>
        <source>Print a JSON array of {"name", "released_at", "note", "sessions"}.</source>
        <translation>Mostra una llista JSON de {"name", "released_at", "note", "sessions"}.</translation>
    </message>
    <message>
        <source>No releases yet; make one with: standlab-cli release FILE --name v1</source>
        <translation>Encara no hi ha versions; publiqueu-ne una amb: standlab-cli release FITXER --name v1</translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%n session(s)</source>
        <translation><numerusform>%1	%2	%n sessió</numerusform><numerusform>%1	%2	%n sessions</numerusform></translation>
    </message>
</context>
<context>
    <name>standlab::cli::SyncCommand</name>
    <message>
        <source>Share changes with other laptops: write a sync package, merge packages, list conflicts.</source>
        <translation>Comparteix canvis amb altres portàtils: escriu un paquet de sincronització, fusiona paquets, llista conflictes.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓ</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FITXER</translation>
    </message>
    <message>
        <source>export: the package file to write.</source>
        <translation>export: el fitxer de paquet que cal escriure.</translation>
    </message>
    <message>
        <source>PKG</source>
        <translation>PAQUET</translation>
    </message>
    <message>
        <source>export: only what the laptop NAME is missing (by its name or id).</source>
        <translation>export: només el que li falta al portàtil NOM (pel seu nom o identificador).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>unknown action “%1”; use export, import or conflicts.</source>
        <translation>acció desconeguda «%1»; feu servir export, import o conflicts.</translation>
    </message>
    <message>
        <source>export needs --output PKG.</source>
        <translation>export necessita --output PAQUET.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>argument inesperat «%1».</translation>
    </message>
    <message>
        <source>import needs at least one package: sync import FILE PKG…</source>
        <translation>import necessita almenys un paquet: sync import FITXER PAQUET…</translation>
    </message>
    <message>
        <source>--output and --since-peer belong to sync export.</source>
        <translation>--output i --since-peer són de sync export.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n change(s) from %2.</source>
        <translation>
            <numerusform>S'ha escrit %1: %n canvi de %2.</numerusform>
            <numerusform>S'ha escrit %1: %n canvis de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: no field was changed on two laptops before they met.</source>
        <translation>Cap conflicte: cap camp no s'ha canviat en dos portàtils abans que es trobessin.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>obert</translation>
    </message>
    <message>
        <source>other value picked</source>
        <translation>s'ha triat l'altre valor</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservat</translation>
    </message>
    <message>
        <source>%1 “%2”, %3: kept “%4” (%5), other “%6” (%7) [%8]</source>
        <translation>%1 «%2», %3: conservat «%4» (%5), altre «%6» (%7) [%8]</translation>
    </message>
    <message>
        <source>import: every package in the sync folder DIR this file has not received yet; this laptop's own and unreadable ones are left out.</source>
        <translation>import: tots els paquets de la carpeta de sincronització CARPETA que aquest fitxer encara no ha rebut; se n'exclouen els d'aquest portàtil i els illegibles.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>--folder belongs to sync import.</source>
        <translation>--folder és de sync import.</translation>
    </message>
    <message>
        <source>give either packages or --folder DIR, not both.</source>
        <translation>indiqueu paquets o bé --folder CARPETA, no totes dues coses.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>«%1» no és una carpeta.</translation>
    </message>
    <message>
        <source>Nothing new in %1.</source>
        <translation>No hi ha res de nou a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in %1 could not be received; the others were merged.</source>
        <translation>
            <numerusform>%n paquet de %1 no s'ha pogut rebre; els altres s'han fusionat.</numerusform>
            <numerusform>%n paquets de %1 no s'han pogut rebre; els altres s'han fusionat.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync export FILE --output PKG [--since-peer NAME] | sync import FILE PKG|OTHER.standlab… | sync import FILE --folder DIR | sync conflicts FILE</source>
        <translation>sync export FITXER --output PAQUET [--since-peer NOM] | sync import FITXER PAQUET|ALTRE.standlab… | sync import FITXER --folder CARPETA | sync conflicts FITXER</translation>
    </message>
</context>
</TS>
