<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppSettings</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>ConflictDetector</name>
    <message>
        <source>an unknown space</source>
        <translation>un espacio desconocido</translation>
    </message>
    <message>
        <source>%1 is used twice at once: %2 (%3) overlaps %4 (%5).</source>
        <translation>%1 se usa dos veces a la vez: %2 (%3) se solapa con %4 (%5).</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>%1 is in two sessions at once: %2 (%3) and %4 (%5).</source>
        <translation>%1 está en dos sesiones a la vez: %2 (%3) y %4 (%5).</translation>
    </message>
    <message>
        <source>%1 is not available for %2 (%3).</source>
        <translation>%1 no está disponible para %2 (%3).</translation>
    </message>
    <message>
        <source>%1 (%2) is on a day that is not one of the event's days.</source>
        <translation>%1 (%2) cae en un día que no es del evento.</translation>
    </message>
    <message>
        <source>%1 (%2) is outside the day's opening hours (%3–%4).</source>
        <translation>%1 (%2) queda fuera del horario de apertura del día (%3–%4).</translation>
    </message>
    <message>
        <source>%1 expects %2 people but %3 holds %4.</source>
        <translation>%1 prevé %2 personas, pero %3 admite %4.</translation>
    </message>
    <message>
        <source>%1 is confirmed but has no speaker.</source>
        <translation>%1 está confirmada pero no tiene ponente.</translation>
    </message>
    <message>
        <source>%1 is cancelled but still holds a slot; unschedule it to free the space.</source>
        <translation>%1 está cancelada pero sigue ocupando una franja; quítela del horario para liberar el espacio.</translation>
    </message>
</context>
<context>
    <name>ContactEdits</name>
    <message>
        <source>Edit engagement</source>
        <translation>Editar participación</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Editar organización</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Editar iniciativa</translation>
    </message>
    <message>
        <source>Make a session from a request</source>
        <translation>Crear una sesión a partir de una solicitud</translation>
    </message>
    <message>
        <source>Close the call for initiatives</source>
        <translation>Cerrar la convocatoria de iniciativas</translation>
    </message>
    <message>
        <source>Reopen the call for initiatives</source>
        <translation>Reabrir la convocatoria de iniciativas</translation>
    </message>
</context>
<context>
    <name>ContactFormats</name>
    <message>
        <source>Cannot read the mapping “%1”: %2.</source>
        <translation>No se puede leer la correspondencia «%1»: %2.</translation>
    </message>
    <message>
        <source>The mapping “%1” is not a JSON object (%2).</source>
        <translation>La correspondencia «%1» no es un objeto JSON (%2).</translation>
    </message>
    <message>
        <source>The mapping “%1” does not fit: %2</source>
        <translation>La correspondencia «%1» no encaja: %2</translation>
    </message>
    <message>
        <source>%1: nothing imported.</source>
        <translation>%1: no se ha importado nada.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>No importado.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Filas leídas: %1</translation>
    </message>
    <message>
        <source>Organisations created: %1, updated: %2</source>
        <translation>Organizaciones creadas: %1, actualizadas: %2</translation>
    </message>
    <message>
        <source>People created: %1, updated: %2</source>
        <translation>Personas creadas: %1, actualizadas: %2</translation>
    </message>
    <message>
        <source>Engagements created: %1, updated: %2</source>
        <translation>Participaciones creadas: %1, actualizadas: %2</translation>
    </message>
    <message>
        <source>Skipped as duplicates: %1</source>
        <translation>Omitidas por duplicadas: %1</translation>
    </message>
    <message>
        <source>Line %1: duplicate of line %2 (%3): %4</source>
        <translation>Línea %1: duplicado de la línea %2 (%3): %4</translation>
    </message>
    <message>
        <source>Line %1: already in the event (%2): %3</source>
        <translation>Línea %1: ya está en el evento (%2): %3</translation>
    </message>
    <message>
        <source>Rows rejected: %1</source>
        <translation>Filas rechazadas: %1</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Organisations and people from a spreadsheet's CSV, columns mapped from the headers (or --mapping); all or nothing.</source>
        <translation>Organizaciones y personas desde el CSV de una hoja de cálculo, con las columnas asignadas según los encabezados (o --mapping); todo o nada.</translation>
    </message>
    <message>
        <source>Organisations with their engagement, as CSV (RFC 4180, UTF-8).</source>
        <translation>Organizaciones con su participación, en CSV (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>Organisations and people as an .xlsx workbook.</source>
        <translation>Organizaciones y personas en un libro .xlsx.</translation>
    </message>
    <message>
        <source>People as vCard 4.0 (one file, many cards).</source>
        <translation>Personas en vCard 4.0 (un archivo, varias tarjetas).</translation>
    </message>
    <message>
        <source>The mapping “%1” is too large (%2 KB); a saved column mapping is never more than %3 KB.</source>
        <translation>La correspondencia «%1» es demasiado grande (%2 KB); una correspondencia de columnas guardada nunca ocupa más de %3 KB.</translation>
    </message>
</context>
<context>
    <name>ContactImportMapping</name>
    <message>
        <source>No column is mapped to an organisation name or a person's name.</source>
        <translation>Ninguna columna está asignada al nombre de una organización ni al nombre de una persona.</translation>
    </message>
    <message>
        <source>The mapping names no columns.</source>
        <translation>La correspondencia no indica ninguna columna.</translation>
    </message>
    <message>
        <source>The mapping has an unknown field “%1”.</source>
        <translation>La correspondencia tiene un campo desconocido: «%1».</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Declaration signatory</source>
        <translation>Firmante de la declaración</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation>Tamaño de la delegación</translation>
    </message>
    <message>
        <source>Topics requested</source>
        <translation>Temas solicitados</translation>
    </message>
    <message>
        <source>Requested working line</source>
        <translation>Línea de trabajo solicitada</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Quiere intervenir</translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation>Quiere dirigir un taller</translation>
    </message>
    <message>
        <source>Owner on staff</source>
        <translation>Responsable del equipo</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Person's full name</source>
        <translation>Nombre completo de la persona</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Cargo o puesto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>The file is empty: there is no header row and no contacts.</source>
        <translation>El archivo está vacío: no hay fila de encabezado ni contactos.</translation>
    </message>
    <message>
        <source>The file has a header row but no contacts.</source>
        <translation>El archivo tiene fila de encabezado pero ningún contacto.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>repeated in the spreadsheet</source>
        <translation>repetido en la hoja de cálculo</translation>
    </message>
    <message>
        <source>already in the event</source>
        <translation>ya está en el evento</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same name at the same organisation</source>
        <translation>mismo nombre en la misma organización</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) could not be read. Correct them and import again.</source>
        <translation>
            <numerusform>No se ha importado nada: no se ha podido leer %n fila. Corríjala y vuelva a importar.</numerusform>
            <numerusform>No se ha importado nada: no se han podido leer %n filas. Corríjalas y vuelva a importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) to add, </source>
        <translation>
            <numerusform>%n organización para añadir, </numerusform>
            <numerusform>%n organizaciones para añadir, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update; </source>
        <translation>
            <numerusform>%n para actualizar; </numerusform>
            <numerusform>%n para actualizar; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to add, </source>
        <translation>
            <numerusform>%n persona para añadir, </numerusform>
            <numerusform>%n personas para añadir, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s); </source>
        <translation>
            <numerusform>%n duplicado; </numerusform>
            <numerusform>%n duplicados; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n fila rechazada.</numerusform>
            <numerusform>%n filas rechazadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactOverview</name>
    <message>
        <source>(no country)</source>
        <translation>(sin país)</translation>
    </message>
    <message>
        <source>(no working line)</source>
        <translation>(sin línea de trabajo)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Attendance by status</source>
        <translation>Asistencia por estado</translation>
    </message>
    <message>
        <source>Organisations by country</source>
        <translation>Organizaciones por país</translation>
    </message>
    <message>
        <source>Organisations by kind</source>
        <translation>Organizaciones por tipo</translation>
    </message>
    <message>
        <source>Requests to speak or run a workshop, by working line</source>
        <translation>Solicitudes para intervenir o dirigir un taller, por línea de trabajo</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Follow-ups per week</source>
        <translation>Seguimientos por semana</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencidos</translation>
    </message>
</context>
<context>
    <name>ContactRowReader</name>
    <message>
        <source>the day ‘%1’ is neither a date nor a day of the event</source>
        <translation>el día “%1” no es una fecha ni un día del evento</translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2; the file may be cut short</source>
        <translation>tiene %1 campos y el encabezado tiene %2; puede que el archivo esté cortado</translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2</source>
        <translation>tiene %1 campos y el encabezado tiene %2</translation>
    </message>
    <message>
        <source>‘%1’ is not yes or no (%2)</source>
        <translation>“%1” no es sí ni no (%2)</translation>
    </message>
    <message>
        <source>‘%1’ is not a kind of organisation</source>
        <translation>“%1” no es un tipo de organización</translation>
    </message>
    <message>
        <source>‘%1’ is not an attendance status</source>
        <translation>“%1” no es un estado de asistencia</translation>
    </message>
    <message>
        <source>the delegation size ‘%1’ is not a number</source>
        <translation>el tamaño de la delegación “%1” no es un número</translation>
    </message>
    <message>
        <source>there is no working line ‘%1’ in this event</source>
        <translation>no hay ninguna línea de trabajo “%1” en este evento</translation>
    </message>
    <message>
        <source>the date ‘%1’ is not a date</source>
        <translation>la fecha “%1” no es una fecha</translation>
    </message>
    <message>
        <source>the email ‘%1’ does not look like an address</source>
        <translation>el correo electrónico “%1” no parece una dirección</translation>
    </message>
    <message>
        <source>it names neither an organisation nor a person</source>
        <translation>no indica ni una organización ni una persona</translation>
    </message>
    <message>
        <source>it has engagement details but no organisation</source>
        <translation>tiene datos de participación pero ninguna organización</translation>
    </message>
</context>
<context>
    <name>ContactsExporter</name>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Declaration signatory</source>
        <translation>Firmante de la declaración</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation>Tamaño de la delegación</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línea de trabajo</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Quiere intervenir</translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation>Quiere dirigir un taller</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
</context>
<context>
    <name>ConvergenceCheck</name>
    <message>
        <source>%1 (%2 rows here, %3 there)</source>
        <translation>%1 (%2 filas aquí, %3 allí)</translation>
    </message>
    <message>
        <source>This file and “%1” now hold the same changes, yet their events differ in %2. Nothing was deleted, but exchanging packages will not bring these into line by itself: check them in both copies before printing anything from them.</source>
        <translation>Este archivo y «%1» contienen ahora los mismos cambios, pero sus eventos difieren en %2. No se ha eliminado nada, pero intercambiar paquetes no los igualará por sí solo: revíselos en las dos copias antes de imprimir nada a partir de ellos.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 holds binary data, not text: this does not look like a CSV file.</source>
        <translation>La línea %1 contiene datos binarios, no texto: no parece un archivo CSV.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field that starts there is never closed; the file may be cut short or have a stray quote.</source>
        <translation>Línea %1: un campo entrecomillado que empieza ahí no se cierra nunca; puede que el archivo esté cortado o tenga una comilla suelta.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters; this does not look like a contacts spreadsheet.</source>
        <translation>Línea %1: un campo tiene más de %2 caracteres; no parece una hoja de cálculo de contactos.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 rows, more than can be imported at once.</source>
        <translation>Línea %1: el archivo tiene más de %2 filas, más de las que se pueden importar de una vez.</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>No se han podido leer los datos.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, more than can be imported at once.</source>
        <translation>El archivo ocupa más de %1 MB, más de lo que se puede importar de una vez.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>No se ha podido abrir «%1»: %2</translation>
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
        <translation>No se ha podido escribir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>No se ha podido guardar «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>No se puede escribir «%1»: solo se ha podido escribir una parte; puede que el disco esté lleno.</translation>
    </message>
</context>
<context>
    <name>DemoEvent</name>
    <message>
        <source>The bundled demo event is damaged: %1</source>
        <translation>El evento de demostración incluido está dañado: %1</translation>
    </message>
</context>
<context>
    <name>EventBundle</name>
    <message>
        <source>This is not a Stand Lab event bundle (the “format” field is missing or wrong).</source>
        <translation>Esto no es un paquete de evento de Stand Lab (falta el campo «format» o es incorrecto).</translation>
    </message>
    <message>
        <source>The bundle has schema version %1; this Stand Lab reads versions 1 to %2.</source>
        <translation>El paquete tiene la versión de esquema %1; esta versión de Stand Lab lee de la 1 a la %2.</translation>
    </message>
    <message>
        <source>The bundle holds an unknown table “%1”.</source>
        <translation>El paquete contiene una tabla desconocida: «%1».</translation>
    </message>
    <message>
        <source>An entry of “%1” in the bundle is not an object.</source>
        <translation>Una entrada de «%1» en el paquete no es un objeto.</translation>
    </message>
    <message>
        <source>The bundle could not be loaded: %1</source>
        <translation>No se ha podido cargar el paquete: %1</translation>
    </message>
    <message>
        <source>Session “%1” (id %2, entry %3 of “sessions”) has impossible times: %4. Nothing was imported.</source>
        <translation>La sesión «%1» (id %2, entrada %3 de «sessions») tiene horas imposibles: %4. No se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>EventFilePackage</name>
    <message>
        <source>“%1” is the event file itself: choose another copy of it to merge.</source>
        <translation>«%1» es el propio archivo del evento: elija otra copia suya para fusionarla.</translation>
    </message>
    <message>
        <source>“%1” was saved by another version of Stand Lab (file version %2, this event has %3): open it once in this version, then merge it.</source>
        <translation>«%1» se guardó con otra versión de Stand Lab (versión de archivo %2; este evento tiene la %3): ábralo una vez en esta versión y después fusiónelo.</translation>
    </message>
    <message>
        <source>“%1” holds another event (“%2”), not a copy of this one (“%3”): only copies of one event can be merged. To bring its sessions or contacts over, export them from it and import them here.</source>
        <translation>«%1» contiene otro evento («%2»), no una copia de este («%3»): solo se pueden fusionar copias de un mismo evento. Para traer sus sesiones o contactos, expórtelos desde él e impórtelos aquí.</translation>
    </message>
    <message>
        <source>%1 (event file)</source>
        <translation>%1 (archivo de evento)</translation>
    </message>
</context>
<context>
    <name>EventGenerator</name>
    <message>
        <source>The number of sessions, people and organisations must each be between 0 and %1.</source>
        <translation>El número de sesiones, personas y organizaciones debe estar entre 0 y %1 en cada caso.</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 31.</source>
        <translation>El número de días debe estar entre 1 y 31.</translation>
    </message>
    <message>
        <source>The number of spaces must be between 1 and 100.</source>
        <translation>El número de espacios debe estar entre 1 y 100.</translation>
    </message>
    <message>
        <source>The generated event could not be written: %1</source>
        <translation>No se ha podido escribir el evento generado: %1</translation>
    </message>
</context>
<context>
    <name>EventOpener</name>
    <message>
        <source>Could not create the folder %1 for the demo event.</source>
        <translation>No se ha podido crear la carpeta %1 para el evento de demostración.</translation>
    </message>
</context>
<context>
    <name>ExhibitionPlan</name>
    <message>
        <source>“%1” and “%2” are both at table %3 on %4.</source>
        <translation>«%1» y «%2» ocupan la mesa %3 el %4.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <source>Parent section</source>
        <translation>Sección superior</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Idiomas que habla</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Order of speakers</source>
        <translation>Orden de los ponentes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Aforo</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Cross-cutting</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>Signed the declaration</source>
        <translation>Firmó la declaración</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible desde</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponible hasta</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línea de trabajo</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Expected headcount</source>
        <translation>Asistencia prevista</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Recording link</source>
        <translation>Enlace de la grabación</translation>
    </message>
    <message>
        <source>Notes link</source>
        <translation>Enlace de las notas</translation>
    </message>
    <message>
        <source>Slides link</source>
        <translation>Enlace de las diapositivas</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Last edited by</source>
        <translation>Última edición por</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Entidad organizadora</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Maximum participants</source>
        <translation>Máximo de participantes</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Feeds the section</source>
        <translation>Aporta a la sección</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation>Tamaño de la delegación</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Requested working line</source>
        <translation>Línea de trabajo solicitada</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Quiere intervenir</translation>
    </message>
    <message>
        <source>Wants a workshop</source>
        <translation>Quiere dirigir un taller</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Requested session</source>
        <translation>Sesión solicitada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Slot day</source>
        <translation>Día de la franja</translation>
    </message>
    <message>
        <source>Slot table</source>
        <translation>Mesa de la franja</translation>
    </message>
    <message>
        <source>Slot start</source>
        <translation>Inicio de la franja</translation>
    </message>
    <message>
        <source>Slot end</source>
        <translation>Fin de la franja</translation>
    </message>
    <message>
        <source>Slot status</source>
        <translation>Estado de la franja</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organización responsable</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Guardada el</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
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
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Event day</source>
        <translation>Día del evento</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Session tag</source>
        <translation>Etiqueta de sesión</translation>
    </message>
    <message>
        <source>Speaker or role</source>
        <translation>Ponente o función</translation>
    </message>
    <message>
        <source>Document section</source>
        <translation>Sección del documento</translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation>Detalles del taller</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact log entry</source>
        <translation>Entrada del registro de contacto</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Action partner</source>
        <translation>Socio de la acción</translation>
    </message>
    <message>
        <source>Action source</source>
        <translation>Origen de la acción</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Nota de sesión</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copia)</translation>
    </message>
    <message>
        <source>Export event as JSON bundle</source>
        <translation>Exportar el evento como paquete JSON</translation>
    </message>
</context>
<context>
    <name>LaptopIdentity</name>
    <message>
        <source>This laptop</source>
        <translation>Este portátil</translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>“%1” is the event file %2 itself; writing there would replace the event. Choose another file to write; nothing was written.</source>
        <translation>«%1» es el propio archivo del evento %2; escribir ahí sustituiría el evento. Elija otro archivo en el que escribir; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>“%1” is %2, a file SQLite or the lock keeps beside the event %3; writing there would damage the event. Choose another file to write; nothing was written.</source>
        <translation>«%1» es %2, un archivo que SQLite o el bloqueo mantienen junto al evento %3; escribir ahí dañaría el evento. Elija otro archivo en el que escribir; no se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>PdfCanvas</name>
    <message>
        <source>Printing the programme needs the graphical part of Qt (a QGuiApplication); on a machine without a display, run with QT_QPA_PLATFORM=offscreen.</source>
        <translation>Para imprimir el programa se necesita la parte gráfica de Qt (una QGuiApplication); en un equipo sin pantalla, ejecútelo con QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be started.</source>
        <translation>No se ha podido escribir %1: no se ha podido iniciar el PDF.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>No se puede escribir «%1»: solo se ha podido escribir una parte; puede que el disco esté lleno.</translation>
    </message>
</context>
<context>
    <name>ProgrammeExporter</name>
    <message>
        <source>Unknown programme format.</source>
        <translation>Formato de programa desconocido.</translation>
    </message>
</context>
<context>
    <name>ProgrammePrinter</name>
    <message>
        <source>Print the programme booklet of confirmed sessions</source>
        <translation>Imprimir el folleto del programa con las sesiones confirmadas</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Print programme</source>
        <translation>Imprimir el programa</translation>
    </message>
    <message>
        <source>Print pro&amp;gramme…</source>
        <translation>&amp;Imprimir el programa…</translation>
    </message>
</context>
<context>
    <name>ProgrammeXlsx</name>
    <message>
        <source>Cannot write “%1”: no temporary folder.</source>
        <translation>No se puede escribir «%1»: no hay carpeta temporal.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the workbook could not be created.</source>
        <translation>No se puede escribir «%1»: no se ha podido crear el libro.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Stand Lab events (*.standlab)</source>
        <translation>Eventos de Stand Lab (*.standlab)</translation>
    </message>
    <message>
        <source>JSON bundle (*.json)</source>
        <translation>Paquete JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Edit section text</source>
        <translation>Editar el texto de la sección</translation>
    </message>
    <message>
        <source>Restore revision “%1”</source>
        <translation>Restaurar la revisión «%1»</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation>Mover «%1»</translation>
    </message>
    <message>
        <source>Schedule “%1”</source>
        <translation>Programar «%1»</translation>
    </message>
    <message>
        <source>Change length of “%1”</source>
        <translation>Cambiar la duración de «%1»</translation>
    </message>
    <message>
        <source>Unschedule “%1”</source>
        <translation>Quitar «%1» del horario</translation>
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
        <translation>%1 plazas</translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation>Aforo: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleLayout</name>
    <message>
        <source>No space</source>
        <translation>Sin espacio</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>Could not write %1</source>
        <translation>No se ha podido escribir %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>No se ha podido crear la carpeta %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se ha podido abrir %1</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index cannot be read: %1</source>
        <translation>No se puede leer el índice de búsqueda: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda ha fallado: %1</translation>
    </message>
</context>
<context>
    <name>SearchIndexBatch</name>
    <message>
        <source>The search trigger “%1” is not one Stand Lab makes in a file of version %2.</source>
        <translation>El disparador de búsqueda «%1» no es de los que Stand Lab crea en un archivo de la versión %2.</translation>
    </message>
</context>
<context>
    <name>SessionRequest</name>
    <message>
        <source>There is no such engagement.</source>
        <translation>No existe esa participación.</translation>
    </message>
    <message>
        <source>This organisation has not asked to speak or to run a workshop.</source>
        <translation>Esta organización no ha pedido intervenir ni dirigir un taller.</translation>
    </message>
    <message>
        <source>A session has already been made from this request.</source>
        <translation>Ya se ha creado una sesión a partir de esta solicitud.</translation>
    </message>
    <message>
        <source>Workshop by %1</source>
        <translation>Taller de %1</translation>
    </message>
    <message>
        <source>%1: talk</source>
        <translation>%1: charla</translation>
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
        <translation>Creada a partir de la solicitud de %1.</translation>
    </message>
</context>
<context>
    <name>SessionTimes</name>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>the %1 is in the year %2, outside %3–%4</source>
        <translation>el %1 está en el año %2, fuera de %3–%4</translation>
    </message>
    <message>
        <source>the %1 “%2” is not a date and time (expected %3)</source>
        <translation>el %1 «%2» no es una fecha y hora (se esperaba %3)</translation>
    </message>
    <message>
        <source>it ends (%1) before it starts (%2)</source>
        <translation>termina (%1) antes de empezar (%2)</translation>
    </message>
</context>
<context>
    <name>SyncExporter</name>
    <message>
        <source>No package from “%1” was ever received here, so the package holds everything.</source>
        <translation>Aquí nunca se ha recibido ningún paquete de «%1», así que el paquete lo contiene todo.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>%1 The package holds everything.</source>
        <translation>%1 El paquete lo contiene todo.</translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message numerus="yes">
        <source>%n package(s) already received</source>
        <translation>
            <numerusform>%n paquete ya recibido</numerusform>
            <numerusform>%n paquetes ya recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written on this laptop</source>
        <translation>
            <numerusform>%n paquete escrito en este portátil</numerusform>
            <numerusform>%n paquetes escritos en este portátil</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone: %1.</source>
        <translation>Sin tocar: %1.</translation>
    </message>
    <message>
        <source>The sync folder “%1” cannot be read. If it is on a USB stick, plug it in; or choose another folder in Preferences.</source>
        <translation>No se puede leer la carpeta de sincronización «%1». Si está en una memoria USB, conéctela; o elija otra carpeta en Preferencias.</translation>
    </message>
    <message>
        <source>“%1” was written on this laptop.</source>
        <translation>«%1» se escribió en este portátil.</translation>
    </message>
    <message>
        <source>“%1” was received before.</source>
        <translation>«%1» ya se había recibido.</translation>
    </message>
    <message>
        <source>“%1” is a copy of “%2”.</source>
        <translation>«%1» es una copia de «%2».</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>%1 It changed less than a minute ago and may still be arriving: receive again in a moment.</source>
        <translation>%1 Ha cambiado hace menos de un minuto y puede que todavía esté llegando: vuelva a recibir dentro de un momento.</translation>
    </message>
    <message>
        <source>“%1” could not be merged and nothing of it was applied: %2</source>
        <translation>No se ha podido fusionar «%1» y no se ha aplicado nada de él: %2</translation>
    </message>
</context>
<context>
    <name>SyncLedger</name>
    <message>
        <source>this laptop</source>
        <translation>este portátil</translation>
    </message>
    <message>
        <source>%1 (deleted since)</source>
        <translation>%1 (eliminado desde entonces)</translation>
    </message>
    <message>
        <source>“%1” could be any of %2 laptops: %3. Give the id of the one you mean (its first characters are enough).</source>
        <translation>«%1» podría ser cualquiera de %2 portátiles: %3. Indique el id del portátil al que se refiere (bastan sus primeros caracteres).</translation>
    </message>
    <message>
        <source>The sync knowledge could not be written.</source>
        <translation>No se ha podido escribir la información de sincronización.</translation>
    </message>
</context>
<context>
    <name>SyncMerger</name>
    <message>
        <source>“%1” comes from a newer Stand Lab (file version %2; this version reads up to %3). Update Stand Lab on this laptop, then receive it again.</source>
        <translation>«%1» procede de una versión más reciente de Stand Lab (versión de archivo %2; esta versión lee hasta la %3). Actualice Stand Lab en este portátil y vuelva a recibirlo.</translation>
    </message>
    <message>
        <source>“%1” was written on this laptop (%2): it holds nothing this file does not already have.</source>
        <translation>«%1» se escribió en este portátil (%2): no contiene nada que este archivo no tenga ya.</translation>
    </message>
    <message>
        <source>A row of “%1” could not be merged: it clashes with another one.</source>
        <translation>No se ha podido fusionar una fila de «%1»: entra en conflicto con otra.</translation>
    </message>
    <message>
        <source>“%1” refers to something this file does not hold (%2 %3). Receive the earlier packages of that laptop first, or ask it for a package of everything.</source>
        <translation>«%1» hace referencia a algo que este archivo no contiene (%2 %3). Reciba primero los paquetes anteriores de ese portátil o pídale un paquete con todo.</translation>
    </message>
    <message>
        <source>“%1” cannot be merged: its table “%2” lacks the id or stamps.</source>
        <translation>No se puede fusionar «%1»: a su tabla «%2» le faltan el id o las marcas de tiempo.</translation>
    </message>
</context>
<context>
    <name>SyncPackage</name>
    <message>
        <source>“%1” is damaged and was not applied: %2. Ask for the package again.</source>
        <translation>«%1» está dañado y no se ha aplicado: %2. Vuelva a pedir el paquete.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is a sync package of a format this Stand Lab does not know. Update Stand Lab to receive it.</source>
        <translation>«%1» es un paquete de sincronización con un formato que esta versión de Stand Lab no conoce. Actualice Stand Lab para recibirlo.</translation>
    </message>
    <message>
        <source>“%1” is not a Stand Lab sync package.</source>
        <translation>«%1» no es un paquete de sincronización de Stand Lab.</translation>
    </message>
    <message>
        <source>the file ends inside its header</source>
        <translation>el archivo termina dentro de su encabezado</translation>
    </message>
    <message>
        <source>its header is unreadable</source>
        <translation>su encabezado no se puede leer</translation>
    </message>
    <message>
        <source>“%1” comes from a newer Stand Lab (file version %2; this version reads up to %3). Update Stand Lab on this laptop, then receive it again.</source>
        <translation>«%1» procede de una versión más reciente de Stand Lab (versión de archivo %2; esta versión lee hasta la %3). Actualice Stand Lab en este portátil y vuelva a recibirlo.</translation>
    </message>
    <message>
        <source>it is truncated (%1 of %2 bytes)</source>
        <translation>está truncado (%1 de %2 bytes)</translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation>su suma de verificación no coincide</translation>
    </message>
    <message>
        <source>its content is unreadable</source>
        <translation>su contenido no se puede leer</translation>
    </message>
    <message>
        <source>its header and content disagree</source>
        <translation>su encabezado y su contenido no concuerdan</translation>
    </message>
    <message>
        <source>a row of “%1” has the wrong number of values</source>
        <translation>una fila de «%1» tiene un número de valores incorrecto</translation>
    </message>
    <message>
        <source>“%1” is too large to be a sync package (%2 MB; a package may hold at most %3 MB). It was not applied.</source>
        <translation>«%1» es demasiado grande para ser un paquete de sincronización (%2 MB; un paquete puede ocupar como máximo %3 MB). No se ha aplicado.</translation>
    </message>
    <message>
        <source>its content unpacks to more than the %1 bytes it declares</source>
        <translation>su contenido descomprimido ocupa más de los %1 bytes que declara</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>No se puede escribir «%1»: solo se ha podido escribir una parte; puede que el disco esté lleno.</translation>
    </message>
    <message>
        <source>its header announces %1 changes but it holds %2</source>
        <translation>su encabezado anuncia %1 cambios pero contiene %2</translation>
    </message>
    <message>
        <source>“%1” holds more than %2 changes, far more than any event has. It was not applied.</source>
        <translation>«%1» contiene más de %2 cambios, muchos más de los que tiene cualquier evento. No se ha aplicado.</translation>
    </message>
    <message>
        <source>a row is unreadable</source>
        <translation>una fila no se puede leer</translation>
    </message>
    <message>
        <source>the change of “%1” has an unreadable stamp</source>
        <translation>el cambio de «%1» tiene una marca de tiempo que no se puede leer</translation>
    </message>
    <message>
        <source>a deletion is unreadable</source>
        <translation>una eliminación no se puede leer</translation>
    </message>
    <message>
        <source>a row holds far more values than rows have</source>
        <translation>una fila contiene muchos más valores de los que tienen las filas</translation>
    </message>
    <message>
        <source>the columns of “%1” are unreadable or too many</source>
        <translation>las columnas de «%1» no se pueden leer o son demasiadas</translation>
    </message>
    <message>
        <source>what it says it holds is unreadable</source>
        <translation>lo que declara contener no se puede leer</translation>
    </message>
    <message>
        <source>its clock is unreadable</source>
        <translation>su reloj no se puede leer</translation>
    </message>
    <message>
        <source>a restored row is unreadable</source>
        <translation>una fila restaurada no se puede leer</translation>
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
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop's clock is %1 behind the newest change in “%2”. Check its date and time: changes made now may lose against older ones made elsewhere.</source>
        <translation>El reloj de este portátil va %1 por detrás del cambio más reciente de «%2». Compruebe su fecha y hora: los cambios que se hagan ahora pueden perder frente a otros más antiguos hechos en otro portátil.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: its clock is negative. Ask for the package again.</source>
        <translation>«%1» está dañado y no se ha aplicado: su reloj es negativo. Vuelva a pedir el paquete.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: a deletion in “%2” has no id, laptop or stamp. Ask for the package again.</source>
        <translation>«%1» está dañado y no se ha aplicado: una eliminación en «%2» no tiene id, portátil ni marca de tiempo. Vuelva a pedir el paquete.</translation>
    </message>
    <message>
        <source>“%1” was not applied: it carries changes stamped %2 ahead of this laptop's clock (from “%3”). Their values would win over every later edit on every laptop. Check the date and time of “%3” and of this laptop, then ask for a new package.</source>
        <translation>«%1» no se ha aplicado: contiene cambios con una marca de tiempo %2 por delante del reloj de este portátil (de «%3»). Sus valores se impondrían a todas las ediciones posteriores en todos los portátiles. Compruebe la fecha y hora de «%3» y de este portátil, y después pida un paquete nuevo.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: %2. Ask for the package again.</source>
        <translation>«%1» está dañado y no se ha aplicado: %2. Vuelva a pedir el paquete.</translation>
    </message>
    <message>
        <source>the table “%1” has the column “%2” twice</source>
        <translation>la tabla «%1» tiene dos veces la columna «%2»</translation>
    </message>
    <message>
        <source>the table “%1” lacks the column “%2”</source>
        <translation>a la tabla «%1» le falta la columna «%2»</translation>
    </message>
    <message>
        <source>a row of “%1” has the wrong number of values</source>
        <translation>una fila de «%1» tiene un número de valores incorrecto</translation>
    </message>
    <message>
        <source>a row of “%1” has no id</source>
        <translation>una fila de «%1» no tiene id</translation>
    </message>
    <message>
        <source>the row %1 of “%2” has no laptop_id</source>
        <translation>la fila %1 de «%2» no tiene laptop_id</translation>
    </message>
    <message>
        <source>the row %1 of “%2” has no created_at</source>
        <translation>la fila %1 de «%2» no tiene created_at</translation>
    </message>
    <message>
        <source>the updated_at of the row %1 of “%2” is not a stamp</source>
        <translation>el updated_at de la fila %1 de «%2» no es una marca de tiempo</translation>
    </message>
    <message>
        <source>the row %1 of “%2” stamps a column it does not have (“%3”)</source>
        <translation>la fila %1 de «%2» lleva una marca de tiempo para una columna que no tiene («%3»)</translation>
    </message>
    <message>
        <source>the stamp of “%3” of the row %1 of “%2” is not a stamp</source>
        <translation>la marca de tiempo de «%3» de la fila %1 de «%2» no es una marca de tiempo válida</translation>
    </message>
    <message>
        <source>its times are not dates</source>
        <translation>sus horas no son fechas</translation>
    </message>
    <message>
        <source>“%1” was not applied: the session %2 cannot be true: %3.</source>
        <translation>«%1» no se ha aplicado: la sesión %2 es imposible: %3.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: a restored row in “%2” has no id, laptop or stamp. Ask for the package again.</source>
        <translation>«%1» está dañado y no se ha aplicado: una fila restaurada en «%2» no tiene id, portátil ni marca de tiempo. Vuelva a pedir el paquete.</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>event details</source>
        <translation>datos del evento</translation>
    </message>
    <message>
        <source>event days</source>
        <translation>días del evento</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>espacios</translation>
    </message>
    <message>
        <source>working lines</source>
        <translation>líneas de trabajo</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>availabilities</source>
        <translation>disponibilidades</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>session tags</source>
        <translation>etiquetas de sesión</translation>
    </message>
    <message>
        <source>speakers and roles</source>
        <translation>ponentes y funciones</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>document sections</source>
        <translation>secciones de documentos</translation>
    </message>
    <message>
        <source>workshop details</source>
        <translation>datos de talleres</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>contact log entries</source>
        <translation>entradas del registro de contactos</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>iniciativas</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>conjuntos de datos</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acciones</translation>
    </message>
    <message>
        <source>action partners</source>
        <translation>socios de acciones</translation>
    </message>
    <message>
        <source>action sources</source>
        <translation>fuentes de acciones</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>revisiones</translation>
    </message>
    <message>
        <source>session notes</source>
        <translation>notas de sesión</translation>
    </message>
    <message>
        <source>Received from: %1</source>
        <translation>Recibido de: %1</translation>
    </message>
    <message>
        <source>Nothing new: this file already held every change.</source>
        <translation>Nada nuevo: este archivo ya tenía todos los cambios.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n alta</numerusform>
            <numerusform>%n altas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modificación</numerusform>
            <numerusform>%n modificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n baja</numerusform>
            <numerusform>%n bajas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept for review: both laptops changed the same field.</source>
        <translation>
            <numerusform>%n conflicto pendiente de revisión: ambos portátiles cambiaron el mismo campo.</numerusform>
            <numerusform>%n conflictos pendientes de revisión: ambos portátiles cambiaron el mismo campo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Talk</source>
        <translation>Charla</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation>Mesa redonda</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>Encuentro</translation>
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
        <translation>Ceremonia</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Workshop area</source>
        <translation>Zona de talleres</translation>
    </message>
    <message>
        <source>Meeting corner</source>
        <translation>Rincón de reuniones</translation>
    </message>
    <message>
        <source>Exhibition area</source>
        <translation>Zona de exposición</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador/a</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Dinamizador/a</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator/a</translation>
    </message>
    <message>
        <source>City council</source>
        <translation>Ayuntamiento</translation>
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
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Research centre</source>
        <translation>Centro de investigación</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitada</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interesada</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Asistirá</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Negotiated</source>
        <translation>Negociado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Manifesto</source>
        <translation>Manifiesto</translation>
    </message>
    <message>
        <source>Gender plan</source>
        <translation>Plan de género</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Otro documento</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalán</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
</context>
<context>
    <name>XlsxArchiveCheck</name>
    <message>
        <source>its zip directory is missing</source>
        <translation>falta su directorio zip</translation>
    </message>
    <message>
        <source>its zip directory is in an unexpected form</source>
        <translation>su directorio zip tiene una forma inesperada</translation>
    </message>
    <message>
        <source>its zip directory is incomplete</source>
        <translation>su directorio zip está incompleto</translation>
    </message>
    <message>
        <source>part “%1” is missing</source>
        <translation>falta la parte «%1»</translation>
    </message>
    <message>
        <source>part “%1” is cut short</source>
        <translation>la parte «%1» está cortada</translation>
    </message>
    <message>
        <source>part “%1” cannot be unpacked</source>
        <translation>la parte «%1» no se puede descomprimir</translation>
    </message>
    <message>
        <source>part “%1” is stored in an unknown way</source>
        <translation>la parte «%1» está guardada de una forma desconocida</translation>
    </message>
    <message>
        <source>part “%1” does not match its checksum</source>
        <translation>la parte «%1» no coincide con su suma de comprobación</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the workbook came out incomplete (%2); the disk may be full.</source>
        <translation>No se puede escribir «%1»: el libro ha quedado incompleto (%2); puede que el disco esté lleno.</translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>the spreadsheet library could not start a workbook.</source>
        <translation>la biblioteca de hojas de cálculo no ha podido crear un libro.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan and run the Sharing Cities Action Stand Lab.</source>
        <translation>Planificar y gestionar el Sharing Cities Action Stand Lab.</translation>
    </message>
    <message>
        <source>The event file to open.</source>
        <translation>El archivo de evento que se abrirá.</translation>
    </message>
    <message>
        <source>Open a new copy of the demo event.</source>
        <translation>Abrir una copia nueva del evento de demostración.</translation>
    </message>
    <message>
        <source>Use this language (en, es, ca, fr).</source>
        <translation>Usar este idioma (en, es, ca, fr).</translation>
    </message>
    <message>
        <source>Use light or dark colours (light, dark).</source>
        <translation>Usar colores claros u oscuros (light, dark).</translation>
    </message>
</context>
<context>
    <name>standlab::ActionEditor</name>
    <message>
        <source>Tick the partner organisations of this action</source>
        <translation>Marque las organizaciones socias de esta acción</translation>
    </message>
    <message>
        <source>The sessions and workshops this action came from; double-click to show one</source>
        <translation>Las sesiones y talleres de los que surgió esta acción; haga doble clic para mostrar uno</translation>
    </message>
    <message>
        <source>A session to link to this action</source>
        <translation>Una sesión para vincular a esta acción</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Show session</source>
        <translation>Mostrar la sesión</translation>
    </message>
    <message>
        <source>Jump to the selected session in the programme</source>
        <translation>Ir a la sesión seleccionada en el programa</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Working &amp;line</source>
        <translation>&amp;Línea de trabajo</translation>
    </message>
    <message>
        <source>L&amp;ead</source>
        <translation>R&amp;esponsable</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>T&amp;rimestre</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicadores</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Socios</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Edit action title</source>
        <translation>Editar el título de la acción</translation>
    </message>
    <message>
        <source>Edit indicators</source>
        <translation>Editar los indicadores</translation>
    </message>
    <message>
        <source>Edit action description</source>
        <translation>Editar la descripción de la acción</translation>
    </message>
    <message>
        <source>Set working line</source>
        <translation>Establecer la línea de trabajo</translation>
    </message>
    <message>
        <source>Set lead organisation</source>
        <translation>Establecer la organización responsable</translation>
    </message>
    <message>
        <source>Set quarter</source>
        <translation>Establecer el trimestre</translation>
    </message>
    <message>
        <source>Set action status</source>
        <translation>Establecer el estado de la acción</translation>
    </message>
    <message>
        <source>No working line</source>
        <translation>Sin línea de trabajo</translation>
    </message>
    <message>
        <source>No lead yet</source>
        <translation>Aún sin responsable</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Añadir un socio</translation>
    </message>
    <message>
        <source>Remove a partner</source>
        <translation>Quitar un socio</translation>
    </message>
    <message>
        <source>Link a session</source>
        <translation>Vincular una sesión</translation>
    </message>
    <message>
        <source>Unlink a session</source>
        <translation>Desvincular una sesión</translation>
    </message>
</context>
<context>
    <name>standlab::ActionPlanPage</name>
    <message>
        <source>&amp;Drafting</source>
        <translation>&amp;Redacción</translation>
    </message>
    <message>
        <source>All &amp;actions</source>
        <translation>Todas las acci&amp;ones</translation>
    </message>
    <message>
        <source>Data&amp;sets</source>
        <translation>&amp;Conjuntos de datos</translation>
    </message>
    <message>
        <source>Write the outcome documents, section by section, with their actions</source>
        <translation>Redactar los documentos de resultados, sección por sección, con sus acciones</translation>
    </message>
    <message>
        <source>Every action, sorted and filtered by line, lead, quarter and status</source>
        <translation>Todas las acciones, ordenadas y filtradas por línea, responsable, trimestre y estado</translation>
    </message>
    <message>
        <source>The hackathon's map of datasets for the Sharing Data Commons</source>
        <translation>El mapa de conjuntos de datos del hackathon para el Sharing Data Commons</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Add an action to this section</source>
        <translation>Añadir una acción a esta sección</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Quitar la acción seleccionada</translation>
    </message>
    <message>
        <source>No actions in this section</source>
        <translation>No hay acciones en esta sección</translation>
    </message>
    <message>
        <source>Actions in this section: %1</source>
        <translation>Acciones en esta sección: %1</translation>
    </message>
    <message>
        <source>Show only the actions with this %1</source>
        <translation>Filtrar las acciones por %1</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>Cualquier %1</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línea de trabajo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 of %2 actions</source>
        <translation>%1 de %2 acciones</translation>
    </message>
    <message>
        <source>Double-click an action to edit it in its section.</source>
        <translation>Haga doble clic en una acción para editarla en su sección.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Añadir una acción</translation>
    </message>
    <message>
        <source>Remove an action</source>
        <translation>Quitar una acción</translation>
    </message>
    <message>
        <source>Add an action from “%1”</source>
        <translation>Añadir una acción a partir de «%1»</translation>
    </message>
    <message>
        <source>Action from “%1”</source>
        <translation>Acción a partir de «%1»</translation>
    </message>
    <message>
        <source>Link a session</source>
        <translation>Vincular una sesión</translation>
    </message>
</context>
<context>
    <name>standlab::ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línea de trabajo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>standlab::ActionsModel</name>
    <message>
        <source>Indicators: %1</source>
        <translation>Indicadores: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línea de trabajo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>standlab::AppController</name>
    <message>
        <source>Could not open the event</source>
        <translation>No se ha podido abrir el evento</translation>
    </message>
    <message>
        <source>Could not create the event</source>
        <translation>No se ha podido crear el evento</translation>
    </message>
    <message>
        <source>Could not open the demo</source>
        <translation>No se ha podido abrir la demostración</translation>
    </message>
    <message>
        <source>Open an event</source>
        <translation>Abrir un evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
</context>
<context>
    <name>standlab::Appearance</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>standlab::AvailabilityEditor</name>
    <message>
        <source>Tick the days this person can take part</source>
        <translation>Marque los días en que esta persona puede participar</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible desde</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponible hasta</translation>
    </message>
    <message>
        <source>No days ticked: taken as available throughout the event.</source>
        <translation>Ningún día marcado: se considera disponible durante todo el evento.</translation>
    </message>
    <message>
        <source>Available only on the ticked days, between the times given.</source>
        <translation>Disponible solo los días marcados, entre las horas indicadas.</translation>
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
        <translation>Cambiar la disponibilidad del %1</translation>
    </message>
</context>
<context>
    <name>standlab::BackupManager</name>
    <message>
        <source>Cannot write a backup: the folder “%1” could not be created.</source>
        <translation>No se puede escribir una copia de seguridad: no se ha podido crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Cannot write a backup of “%1”: %2</source>
        <translation>No se puede escribir una copia de seguridad de «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot restore to “%1”: a file of that name already exists. Choose a new name.</source>
        <translation>No se puede restaurar en «%1»: ya existe un archivo con ese nombre. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot restore to “%1”: the folder does not exist.</source>
        <translation>No se puede restaurar en «%1»: la carpeta no existe.</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: it could not be copied to “%2”.</source>
        <translation>No se puede restaurar «%1»: no se ha podido copiar en «%2».</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: the backup does not open (%2).</source>
        <translation>No se puede restaurar «%1»: la copia de seguridad no se abre (%2).</translation>
    </message>
    <message>
        <source>Cannot restore to “%1”: the restored file could not be moved into place.</source>
        <translation>No se puede restaurar en «%1»: no se ha podido mover el archivo restaurado a su sitio.</translation>
    </message>
</context>
<context>
    <name>standlab::ChangeReport</name>
    <message>
        <source>Changes since %1</source>
        <translation>Cambios desde %1</translation>
    </message>
    <message>
        <source>Changes in %1 since %2</source>
        <translation>Cambios en %1 desde %2</translation>
    </message>
    <message>
        <source>Release “%1” was made %2.</source>
        <translation>La versión «%1» se publicó el %2.</translation>
    </message>
    <message>
        <source>Nothing in the programme has changed.</source>
        <translation>No ha cambiado nada en el programa.</translation>
    </message>
</context>
<context>
    <name>standlab::ChangesDialog</name>
    <message>
        <source>What changed since a release</source>
        <translation>Qué ha cambiado desde una versión</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>There are no releases yet. Make one with Programme › Release… when the programme goes to print.</source>
        <translation>Todavía no hay versiones. Publique una con Programa › Publicar versión… cuando el programa vaya a imprenta.</translation>
    </message>
    <message>
        <source>Print the changes</source>
        <translation>Imprimir los cambios</translation>
    </message>
</context>
<context>
    <name>standlab::ClockBanner</name>
    <message>
        <source>This laptop's clock is %1 behind the newest change in this event. Check its date and time settings: until they are right, edits made here are stamped as if made earlier and may lose against older edits from other laptops.</source>
        <translation>El reloj de este portátil va %1 por detrás del cambio más reciente de este evento. Compruebe su configuración de fecha y hora: hasta que sea correcta, las ediciones hechas aquí llevan una marca de tiempo anterior a la real y pueden perder frente a ediciones más antiguas de otros portátiles.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
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
        <translation>añadida</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movida</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message>
        <source>Actions: no change</source>
        <translation>Acciones: sin cambios</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>Comparar %1 con %2</translation>
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
        <translation>Buscar organizaciones, ciudades, países… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words match the start of words, ignoring accents and case</source>
        <translation>Las palabras coinciden con el inicio de las palabras, sin distinguir acentos ni mayúsculas</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Attendance for this edition</source>
        <translation>Asistencia en esta edición</translation>
    </message>
    <message>
        <source>Any attendance</source>
        <translation>Cualquier asistencia</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Quiere intervenir</translation>
    </message>
    <message>
        <source>Speak: any</source>
        <translation>Intervenir: cualquiera</translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation>Quiere dirigir un taller</translation>
    </message>
    <message>
        <source>Workshop: any</source>
        <translation>Taller: cualquiera</translation>
    </message>
    <message>
        <source>Working line of the topic requested</source>
        <translation>Línea de trabajo del tema solicitado</translation>
    </message>
    <message>
        <source>Signed the Declaration of Sharing Cities</source>
        <translation>Firmó la Declaración de Sharing Cities</translation>
    </message>
    <message>
        <source>Signatory: any</source>
        <translation>Firmante: cualquiera</translation>
    </message>
    <message>
        <source>Owner on staff</source>
        <translation>Responsable del equipo</translation>
    </message>
    <message>
        <source>Follow-ups and requests</source>
        <translation>Seguimientos y solicitudes</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Cualquier seguimiento</translation>
    </message>
    <message>
        <source>Follow-up due (7 days)</source>
        <translation>Seguimiento pendiente (7 días)</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Seguimiento vencido</translation>
    </message>
    <message>
        <source>Unanswered requests</source>
        <translation>Solicitudes sin respuesta</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <source>Any working line</source>
        <translation>Cualquier línea de trabajo</translation>
    </message>
</context>
<context>
    <name>standlab::ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet</source>
        <translation>Un archivo CSV guardado desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>UTF-8 or Windows-1252, comma or semicolon: the dialect is detected</source>
        <translation>UTF-8 o Windows-1252, coma o punto y coma: el formato se detecta automáticamente</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>Elija el archivo CSV que importar</translation>
    </message>
    <message>
        <source>Spreadsheets as CSV (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Hojas de cálculo en CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
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
        <translation>Deducido de los encabezados; cambie cualquier columna que haya ido a un sitio equivocado</translation>
    </message>
    <message>
        <source>Preview shows what will be created, updated or skipped as a duplicate.</source>
        <translation>La vista previa muestra lo que se creará, se actualizará o se omitirá por duplicado.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>A dry run: nothing is written</source>
        <translation>Una simulación: no se escribe nada</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Imports every row, or nothing if any row is rejected</source>
        <translation>Importa todas las filas, o ninguna si se rechaza alguna</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;No se puede leer %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Using the mapping remembered for files with these columns.</source>
        <translation>Se usa la correspondencia recordada para archivos con estas columnas.</translation>
    </message>
    <message>
        <source>Columns guessed from the headers; check them, then Preview.</source>
        <translation>Columnas deducidas de los encabezados; revíselas y pulse Vista previa.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Listo para importar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can be imported&lt;/b&gt; until the rejected rows are fixed in the file.</source>
        <translation>&lt;b&gt;No se puede importar nada&lt;/b&gt; hasta que se corrijan en el archivo las filas rechazadas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; Every rejected row is listed with its line.</source>
        <translation>&lt;b&gt;No se ha importado nada.&lt;/b&gt; Cada fila rechazada aparece con su línea.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
</context>
<context>
    <name>standlab::ContactOverviewWidget</name>
    <message>
        <source>Attendance by status</source>
        <translation>Asistencia por estado</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Otros países</translation>
    </message>
    <message>
        <source>Session made</source>
        <translation>Sesión creada</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Organisations by country</source>
        <translation>Organizaciones por país</translation>
    </message>
    <message>
        <source>Organisations by kind</source>
        <translation>Organizaciones por tipo</translation>
    </message>
    <message>
        <source>Requests to speak or run a workshop, by working line</source>
        <translation>Solicitudes para intervenir o dirigir un taller, por línea de trabajo</translation>
    </message>
    <message>
        <source>Follow-ups per week</source>
        <translation>Seguimientos por semana</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; organisations · &lt;b&gt;%2&lt;/b&gt; attending · &lt;b&gt;%3&lt;/b&gt; requests to speak or run a workshop, &lt;b&gt;%4&lt;/b&gt; still unanswered · &lt;b&gt;%5&lt;/b&gt; follow-ups overdue</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; organizaciones · &lt;b&gt;%2&lt;/b&gt; asistirán · &lt;b&gt;%3&lt;/b&gt; solicitudes para intervenir o dirigir un taller, &lt;b&gt;%4&lt;/b&gt; aún sin respuesta · &lt;b&gt;%5&lt;/b&gt; seguimientos vencidos</translation>
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
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Temas: %1</translation>
    </message>
    <message>
        <source>Overdue: this follow-up was due %1</source>
        <translation>Vencido: este seguimiento tocaba el %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Asked to speak or run a workshop; no session made yet</source>
        <translation>Ha pedido intervenir o dirigir un taller; aún no se ha creado ninguna sesión</translation>
    </message>
    <message>
        <source>Session made from this request: %1</source>
        <translation>Sesión creada a partir de esta solicitud: %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Intervenir</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línea de trabajo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
</context>
<context>
    <name>standlab::ContactsPage</name>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Import organisations and people from a spreadsheet (Ctrl+Shift+I)</source>
        <translation>Importar organizaciones y personas desde una hoja de cálculo (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exportar lista</translation>
    </message>
    <message>
        <source>Export the organisations this list shows</source>
        <translation>Exportar las organizaciones que muestra esta lista</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)…</source>
        <translation>CSV (hojas de cálculo)…</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation>Libro de Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>vCard 4.0 of their people…</source>
        <translation>vCard 4.0 de sus personas…</translation>
    </message>
    <message>
        <source>Double-click to open the organisation</source>
        <translation>Haga doble clic para abrir la organización</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation>Organizaciones: %1</translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to export.</source>
        <translation>La lista está vacía: no hay nada que exportar.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
</context>
<context>
    <name>standlab::DatasetsCsv</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línea de trabajo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>no “Name” column in the header.</source>
        <translation>no hay ninguna columna «Nombre» en el encabezado.</translation>
    </message>
    <message>
        <source>a dataset needs a name.</source>
        <translation>un conjunto de datos necesita un nombre.</translation>
    </message>
    <message>
        <source>access “%1” is not one of open, negotiated or closed.</source>
        <translation>el acceso «%1» no es Abierto, Negociado ni Cerrado.</translation>
    </message>
    <message>
        <source>there is no working line “%1” in this event.</source>
        <translation>no hay ninguna línea de trabajo «%1» en este evento.</translation>
    </message>
    <message>
        <source>the link “%1” is not a valid address.</source>
        <translation>el enlace «%1» no es una dirección válida.</translation>
    </message>
    <message>
        <source>Dry run: %1 datasets would be added and %2 updated; nothing was changed.</source>
        <translation>Simulación: se añadirían %1 conjuntos de datos y se actualizarían %2; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 datasets added and %2 updated from “%3”.</source>
        <translation>%1 conjuntos de datos añadidos y %2 actualizados desde «%3».</translation>
    </message>
</context>
<context>
    <name>standlab::DatasetsModel</name>
    <message>
        <source>Edit dataset %1</source>
        <translation>Editar el conjunto de datos %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línea de trabajo</translation>
    </message>
</context>
<context>
    <name>standlab::DatasetsPage</name>
    <message>
        <source>No working line</source>
        <translation>Sin línea de trabajo</translation>
    </message>
    <message>
        <source>Filter datasets…</source>
        <translation>Filtrar conjuntos de datos…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a dataset to the map</source>
        <translation>Añadir un conjunto de datos al mapa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected datasets</source>
        <translation>Quitar los conjuntos de datos seleccionados</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Add datasets from a CSV file</source>
        <translation>Añadir conjuntos de datos desde un archivo CSV</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save every dataset as CSV</source>
        <translation>Guardar todos los conjuntos de datos en CSV</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>Nuevo conjunto de datos</translation>
    </message>
    <message>
        <source>Import datasets</source>
        <translation>Importar conjuntos de datos</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Export datasets</source>
        <translation>Exportar conjuntos de datos</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Add a dataset</source>
        <translation>Añadir un conjunto de datos</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dataset(s)</source>
        <translation>
            <numerusform>Quitar %n conjunto de datos</numerusform>
            <numerusform>Quitar %n conjuntos de datos</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a dataset</source>
        <translation>Quitar un conjunto de datos</translation>
    </message>
    <message>
        <source>Saved %1 datasets to %2.</source>
        <translation>Se han guardado %1 conjuntos de datos en %2.</translation>
    </message>
</context>
<context>
    <name>standlab::DocumentComparison</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línea de trabajo</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organización responsable</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
</context>
<context>
    <name>standlab::DocumentFormats</name>
    <message>
        <source>There is no document “%1” in this file.</source>
        <translation>No hay ningún documento «%1» en este archivo.</translation>
    </message>
    <message>
        <source>“%1” has no revision “%2”.</source>
        <translation>«%1» no tiene ninguna revisión «%2».</translation>
    </message>
    <message>
        <source>An outcome document (--document, default the Action Plan) as a PDF, current or at --revision.</source>
        <translation>Un documento de resultados (--document; por defecto, el Plan de acción) en PDF, actual o en la revisión --revision.</translation>
    </message>
    <message>
        <source>An outcome document as Markdown, current or at --revision.</source>
        <translation>Un documento de resultados en Markdown, actual o en la revisión --revision.</translation>
    </message>
    <message>
        <source>The hackathon's datasets as CSV.</source>
        <translation>Los conjuntos de datos del hackathon en CSV.</translation>
    </message>
    <message>
        <source>Datasets from CSV (name, publisher, city, licence, format, access, link, working line).</source>
        <translation>Conjuntos de datos desde CSV (nombre, editor, ciudad, licencia, formato, acceso, enlace, línea de trabajo).</translation>
    </message>
</context>
<context>
    <name>standlab::DocumentOutline</name>
    <message>
        <source>Delete section</source>
        <translation>Eliminar sección</translation>
    </message>
    <message>
        <source>Document and sections</source>
        <translation>Documento y secciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nuevo documento</translation>
    </message>
    <message>
        <source>Start a new outcome document</source>
        <translation>Empezar un nuevo documento de resultados</translation>
    </message>
    <message>
        <source>+ Section</source>
        <translation>+ Sección</translation>
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation>Añadir una sección después de la seleccionada</translation>
    </message>
    <message>
        <source>+ Sub</source>
        <translation>+ Subsección</translation>
    </message>
    <message>
        <source>Add a subsection inside the selected section</source>
        <translation>Añadir una subsección dentro de la sección seleccionada</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation>Subir la sección</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation>Bajar la sección</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the section, its subsections and actions</source>
        <translation>Eliminar la sección, sus subsecciones y acciones</translation>
    </message>
    <message>
        <source>New subsection</source>
        <translation>Nueva subsección</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nueva sección</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>Subir la sección</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>Bajar la sección</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Mover la sección</translation>
    </message>
    <message>
        <source>Delete “%1” with its subsections and actions? Undo brings it back.</source>
        <translation>¿Eliminar «%1» con sus subsecciones y acciones? Puede recuperarla con Deshacer.</translation>
    </message>
</context>
<context>
    <name>standlab::DocumentRevisions</name>
    <message>
        <source>A revision needs a name.</source>
        <translation>Una revisión necesita un nombre.</translation>
    </message>
    <message>
        <source>There is no such document in this file.</source>
        <translation>No existe ese documento en este archivo.</translation>
    </message>
</context>
<context>
    <name>standlab::DocumentSnapshot</name>
    <message>
        <source>The revision's snapshot cannot be read: %1</source>
        <translation>No se puede leer la instantánea de la revisión: %1</translation>
    </message>
    <message>
        <source>no document in it</source>
        <translation>no contiene ningún documento</translation>
    </message>
    <message>
        <source>The document “%1” cannot be exported as it is: its section “%2” is nested %3 levels deep, and a document can show at most %4 levels. Move that section (or one above it) up a level and export again.</source>
        <translation>El documento «%1» no se puede exportar tal como está: su sección «%2» está anidada a %3 niveles de profundidad y un documento puede mostrar como máximo %4 niveles. Suba esa sección (o una superior) un nivel y vuelva a exportar.</translation>
    </message>
</context>
<context>
    <name>standlab::EngagementEditor</name>
    <message>
        <source>Declaration of Sharing Cities signatory</source>
        <translation>Firmante de la Declaración de Sharing Cities</translation>
    </message>
    <message>
        <source>Will they come to this edition?</source>
        <translation>¿Vendrán a esta edición?</translation>
    </message>
    <message>
        <source>Coming on %1</source>
        <translation>Vienen el %1</translation>
    </message>
    <message>
        <source>How many people come with the delegation</source>
        <translation>Cuántas personas vienen con la delegación</translation>
    </message>
    <message>
        <source>Topics they want addressed, separated by commas</source>
        <translation>Temas que quieren tratar, separados por comas</translation>
    </message>
    <message>
        <source>The working line their request belongs to</source>
        <translation>La línea de trabajo a la que pertenece su solicitud</translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation>Quiere intervenir</translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation>Quiere dirigir un taller</translation>
    </message>
    <message>
        <source>Who on the staff follows this organisation up</source>
        <translation>Quién del equipo hace el seguimiento de esta organización</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>When to get back to them; past dates show as overdue</source>
        <translation>Cuándo volver a contactarles; las fechas pasadas aparecen como vencidas</translation>
    </message>
    <message>
        <source>Their contact person: the speaker or facilitator of a session made from the request</source>
        <translation>Su persona de contacto: ponente o dinamizador/a de una sesión creada a partir de la solicitud</translation>
    </message>
    <message>
        <source>Make a session from this request</source>
        <translation>Crear una sesión a partir de esta solicitud</translation>
    </message>
    <message>
        <source>A proposed session on the requested working line, with the organisation as organiser and the contact person as speaker or facilitator (Ctrl+Shift+M)</source>
        <translation>Una sesión propuesta en la línea de trabajo solicitada, con la organización como organizadora y la persona de contacto como ponente o dinamizador/a (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>People of this organisation</source>
        <translation>Personas de esta organización</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línea de trabajo</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Registro de interacciones</translation>
    </message>
    <message>
        <source>This organisation has not asked for anything yet.</source>
        <translation>Esta organización aún no ha pedido nada.</translation>
    </message>
    <message>
        <source>Choose an organisation in the list</source>
        <translation>Elija una organización de la lista</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Answered: session “%1” (%2).</source>
        <translation>Respondida: sesión «%1» (%2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unanswered&lt;/b&gt;: they asked to %1.</source>
        <translation>&lt;b&gt;Sin respuesta&lt;/b&gt;: han pedido %1.</translation>
    </message>
    <message>
        <source>run a workshop</source>
        <translation>dirigir un taller</translation>
    </message>
    <message>
        <source>speak</source>
        <translation>intervenir</translation>
    </message>
    <message>
        <source>No request to speak or run a workshop.</source>
        <translation>No han pedido intervenir ni dirigir un taller.</translation>
    </message>
</context>
<context>
    <name>standlab::EventSettingsDialog</name>
    <message>
        <source>Event settings</source>
        <translation>Configuración del evento</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Días</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Aforo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>New space</source>
        <translation>Nuevo espacio</translation>
    </message>
    <message>
        <source>&amp;Spaces</source>
        <translation>&amp;Espacios</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Cross-cutting</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>New working line</source>
        <translation>Nueva línea de trabajo</translation>
    </message>
    <message>
        <source>&amp;Working lines</source>
        <translation>&amp;Líneas de trabajo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>e.g. Sharing Cities Action Stand Lab 2019</source>
        <translation>p. ej., Sharing Cities Action Stand Lab 2019</translation>
    </message>
    <message>
        <source>All session times are wall-clock times in this zone</source>
        <translation>Todas las horas de las sesiones son horas locales de esta zona</translation>
    </message>
    <message>
        <source>The languages sessions are held in; the first is the default for new sessions</source>
        <translation>Los idiomas en que se celebran las sesiones; el primero es el predeterminado para las sesiones nuevas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>Edit event name</source>
        <translation>Editar el nombre del evento</translation>
    </message>
    <message>
        <source>Edit venue</source>
        <translation>Editar la sede</translation>
    </message>
    <message>
        <source>Edit city</source>
        <translation>Editar la ciudad</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Cambiar la zona horaria</translation>
    </message>
    <message>
        <source>Change languages</source>
        <translation>Cambiar los idiomas</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Editar la descripción</translation>
    </message>
</context>
<context>
    <name>standlab::EventSettingsTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Añadir una fila</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected row (you can undo this)</source>
        <translation>Quitar la fila seleccionada (se puede deshacer)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Show this earlier in lists and the programme</source>
        <translation>Mostrar esto antes en las listas y en el programa</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Show this later in lists and the programme</source>
        <translation>Mostrar esto después en las listas y en el programa</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>Mover fila</translation>
    </message>
</context>
<context>
    <name>standlab::ExchangeFile</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB); schedules of more than %3 MB are refused.</source>
        <translation>«%1» es demasiado grande (%2 MB); se rechazan los horarios de más de %3 MB.</translation>
    </message>
    <message>
        <source>“%1” is too large; schedules of more than %2 MB are refused.</source>
        <translation>«%1» es demasiado grande; se rechazan los horarios de más de %2 MB.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>No se puede escribir «%1»: solo se ha podido escribir una parte; puede que el disco esté lleno.</translation>
    </message>
</context>
<context>
    <name>standlab::ExchangeFormats</name>
    <message>
        <source>An iCalendar file (RFC 5545) of the programme, one working line or one person's sessions.</source>
        <translation>Un archivo iCalendar (RFC 5545) del programa, de una línea de trabajo o de las sesiones de una persona.</translation>
    </message>
    <message>
        <source>A conference-app schedule (frab/pretalx schedule.xml) of the confirmed sessions.</source>
        <translation>Un horario para aplicaciones de congresos (schedule.xml de frab/pretalx) con las sesiones confirmadas.</translation>
    </message>
    <message>
        <source>The same conference-app schedule as frab/pretalx JSON.</source>
        <translation>El mismo horario para aplicaciones de congresos en JSON de frab/pretalx.</translation>
    </message>
    <message>
        <source>A conference schedule (frab/pretalx schedule.xml) into the event.</source>
        <translation>Un horario de congreso (schedule.xml de frab/pretalx) en el evento.</translation>
    </message>
    <message>
        <source>A conference schedule (frab/pretalx JSON) into the event.</source>
        <translation>Un horario de congreso (JSON de frab/pretalx) en el evento.</translation>
    </message>
</context>
<context>
    <name>standlab::ExchangeProgramme</name>
    <message>
        <source>The event's time zone “%1” is not a known time zone; set it in the event settings.</source>
        <translation>La zona horaria del evento, «%1», no es una zona horaria conocida; establézcala en la configuración del evento.</translation>
    </message>
    <message>
        <source>Unknown session status “%1”; use idea, proposed, confirmed or cancelled.</source>
        <translation>Estado de sesión desconocido: «%1»; use idea, proposed, confirmed o cancelled.</translation>
    </message>
    <message>
        <source>“%1” is not a date; give days as YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha; indique los días como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>There is no working line called “%1”.</source>
        <translation>No hay ninguna línea de trabajo llamada «%1».</translation>
    </message>
    <message>
        <source>There is no space called “%1”.</source>
        <translation>No hay ningún espacio llamado «%1».</translation>
    </message>
    <message>
        <source>There is no person called “%1”.</source>
        <translation>No hay ninguna persona llamada «%1».</translation>
    </message>
    <message>
        <source>%1 people are called “%2”; give the person's id instead.</source>
        <translation>Hay %1 personas llamadas «%2»; indique el id de la persona.</translation>
    </message>
    <message>
        <source>“%1” (id %2): %3</source>
        <translation>«%1» (id %2): %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>“%1” was not written: %2 session(s) have impossible times, which calendars and schedule apps cannot take. Correct them first (standlab-cli check lists them all): %3.</source>
        <translation>No se ha escrito «%1»: hay sesiones con horas imposibles (%2), que los calendarios y las aplicaciones de horarios no admiten. Corríjalas primero (standlab-cli check las enumera todas): %3.</translation>
    </message>
</context>
<context>
    <name>standlab::ExportOptionsWidget</name>
    <message>
        <source>What to make of the programme</source>
        <translation>Qué hacer con el programa</translation>
    </message>
    <message>
        <source>Programme booklet (PDF)</source>
        <translation>Folleto del programa (PDF)</translation>
    </message>
    <message>
        <source>Day posters, A3 (PDF)</source>
        <translation>Carteles por día, A3 (PDF)</translation>
    </message>
    <message>
        <source>Door signs, one per space and day (PDF)</source>
        <translation>Rótulos de puerta, uno por espacio y día (PDF)</translation>
    </message>
    <message>
        <source>Web page for phones and the stand screen (HTML)</source>
        <translation>Página web para móviles y la pantalla del stand (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Spreadsheet (Excel, .xlsx)</source>
        <translation>Hoja de cálculo (Excel, .xlsx)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Only the checked days are exported</source>
        <translation>Solo se exportan los días marcados</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>Only sessions of the checked working lines are exported</source>
        <translation>Solo se exportan las sesiones de las líneas de trabajo marcadas</translation>
    </message>
    <message>
        <source>Working &amp;lines:</source>
        <translation>&amp;Líneas de trabajo:</translation>
    </message>
    <message>
        <source>Only sessions in the checked spaces are exported</source>
        <translation>Solo se exportan las sesiones de los espacios marcados</translation>
    </message>
    <message>
        <source>&amp;Spaces:</source>
        <translation>&amp;Espacios:</translation>
    </message>
    <message>
        <source>Sessions with these statuses are exported; ideas and proposals are not public</source>
        <translation>Se exportan las sesiones con estos estados; las ideas y propuestas no son públicas</translation>
    </message>
    <message>
        <source>S&amp;tatuses:</source>
        <translation>Es&amp;tados:</translation>
    </message>
    <message>
        <source>Paper of the booklet and the door signs; posters are always A3</source>
        <translation>Papel del folleto y de los rótulos de puerta; los carteles siempre son A3</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>The language of the printed headings and labels, whatever the app's language</source>
        <translation>El idioma de los títulos y etiquetas impresos, sea cual sea el idioma de la aplicación</translation>
    </message>
    <message>
        <source>Label lan&amp;guage:</source>
        <translation>Idioma de las eti&amp;quetas:</translation>
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
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Write the programme in the chosen format to a file</source>
        <translation>Escribir el programa en un archivo con el formato elegido</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the booklet with these options</source>
        <translation>Imprimir el folleto con estas opciones</translation>
    </message>
    <message>
        <source>Full copies of this event</source>
        <translation>Copias completas de este evento</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>A second .standlab file with everything in this event, consistent even while you keep editing. Open it on another laptop or keep it as a safe copy.</source>
        <translation>Un segundo archivo .standlab con todo lo de este evento, coherente aunque siga editando. Ábralo en otro portátil o guárdelo como copia de seguridad.</translation>
    </message>
    <message>
        <source>Export event as JSON bundle…</source>
        <translation>Exportar el evento como paquete JSON…</translation>
    </message>
    <message>
        <source>Every row of every table as one JSON document, for archiving or for other tools.</source>
        <translation>Todas las filas de todas las tablas en un único documento JSON, para archivarlo o usarlo con otras herramientas.</translation>
    </message>
    <message>
        <source>Print programme</source>
        <translation>Imprimir el programa</translation>
    </message>
    <message>
        <source>Programme sent to the printer</source>
        <translation>Programa enviado a la impresora</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Se ha escrito %1</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>This build cannot write “%1”.</source>
        <translation>Esta compilación no puede escribir «%1».</translation>
    </message>
    <message>
        <source>Export programme</source>
        <translation>Exportar el programa</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>standlab::FileInspector</name>
    <message>
        <source>Cannot open “%1”: the folder %2 does not exist.</source>
        <translation>No se puede abrir «%1»: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: there is no such file.</source>
        <translation>No se puede abrir «%1»: no existe ese archivo.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: you are not allowed to read it.</source>
        <translation>No se puede abrir «%1»: no tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is empty, so it holds no event.</source>
        <translation>No se puede abrir «%1»: el archivo está vacío, así que no contiene ningún evento.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not a Stand Lab event file (it is not a SQLite database).</source>
        <translation>No se puede abrir «%1»: no es un archivo de evento de Stand Lab (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is cut short (truncated), probably by an interrupted copy. Restore it from a backup.</source>
        <translation>No se puede abrir «%1»: el archivo está incompleto (truncado), probablemente por una copia interrumpida. Restáurelo desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>standlab::FileLock</name>
    <message>
        <source>“%1” is already open in another Stand Lab window (process %2 on %3). Close it there first.</source>
        <translation>«%1» ya está abierto en otra ventana de Stand Lab (proceso %2 en %3). Ciérrelo allí primero.</translation>
    </message>
    <message>
        <source>Could not create the lock file beside “%1”: the folder is not writable.</source>
        <translation>No se ha podido crear el archivo de bloqueo junto a «%1»: no se puede escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>standlab::FrabJsonReader</name>
    <message>
        <source>the file is not valid JSON (at byte %1: %2).</source>
        <translation>el archivo no es JSON válido (en el byte %1: %2).</translation>
    </message>
    <message>
        <source>this is not a frab/pretalx schedule: it has no schedule.conference.</source>
        <translation>esto no es un horario de frab/pretalx: no tiene schedule.conference.</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>día %1</translation>
    </message>
    <message>
        <source>the file holds more than %1 events; no conference has that many.</source>
        <translation>el archivo contiene más de %1 eventos; ningún congreso tiene tantos.</translation>
    </message>
    <message>
        <source>day %1, room “%2”, event %3</source>
        <translation>día %1, sala «%2», evento %3</translation>
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
        <translation>No hay nada que poner en el horario: el evento no tiene días y la selección no tiene sesiones programadas.</translation>
    </message>
</context>
<context>
    <name>standlab::FrabScheduleImporter</name>
    <message>
        <source>Imported schedule</source>
        <translation>Horario importado</translation>
    </message>
    <message>
        <source>%1: a day without a date; its events are placed by their own dates.</source>
        <translation>%1: un día sin fecha; sus eventos se colocan según sus propias fechas.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. The import would bring:</source>
        <translation>Simulación: no se ha cambiado nada. La importación traería:</translation>
    </message>
    <message>
        <source>%1 new and %2 updated sessions; %3 new spaces, %4 new working lines, %5 new people, %6 new days.</source>
        <translation>%1 sesiones nuevas y %2 actualizadas; %3 espacios nuevos, %4 líneas de trabajo nuevas, %5 personas nuevas, %6 días nuevos.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2 Nothing was imported.</source>
        <translation>No se puede importar «%1»: %2 No se ha importado nada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an event without a title was skipped.</source>
        <translation>se ha omitido un evento sin título.</translation>
    </message>
    <message>
        <source>“%1” has no usable date or start time (“%2”, “%3”) and was skipped.</source>
        <translation>«%1» no tiene una fecha u hora de inicio válida («%2», «%3») y se ha omitido.</translation>
    </message>
    <message>
        <source>“%1” has no usable duration (“%2”) and was skipped.</source>
        <translation>«%1» no tiene una duración válida («%2») y se ha omitido.</translation>
    </message>
    <message>
        <source>“%1” lasts %2, 24 hours or more; the format cannot say that reliably, so it was skipped.</source>
        <translation>«%1» dura %2, 24 horas o más; el formato no puede expresarlo de forma fiable, así que se ha omitido.</translation>
    </message>
    <message>
        <source>“%1” has no room and was skipped.</source>
        <translation>«%1» no tiene sala y se ha omitido.</translation>
    </message>
    <message>
        <source>%1: a person without a name in “%2” was left out.</source>
        <translation>%1: se ha dejado fuera a una persona sin nombre en «%2».</translation>
    </message>
    <message>
        <source>its times (“%1”, “%2”) cannot be placed in the event's calendar</source>
        <translation>sus horas («%1», «%2») no se pueden situar en el calendario del evento</translation>
    </message>
    <message>
        <source>“%1” was skipped: %2.</source>
        <translation>Se ha omitido «%1»: %2.</translation>
    </message>
    <message>
        <source>%1: the day %2 is outside the years %3–%4 and was left out; its events are placed by their own dates.</source>
        <translation>%1: el día %2 está fuera de los años %3–%4 y se ha dejado fuera; sus eventos se colocan según sus propias fechas.</translation>
    </message>
    <message>
        <source>%1: “%2” appears again under the guid %3; it came in as a session of its own with the guid %4.</source>
        <translation>%1: «%2» aparece de nuevo con el guid %3; se ha importado como sesión aparte con el guid %4.</translation>
    </message>
    <message>
        <source>%1: a link without an address (“%2”) in “%3” was left out.</source>
        <translation>%1: se ha omitido un enlace sin dirección («%2») de «%3».</translation>
    </message>
    <message>
        <source>%1: an attachment without an address (“%2”) in “%3” was left out.</source>
        <translation>%1: se ha omitido un adjunto sin dirección («%2») de «%3».</translation>
    </message>
    <message>
        <source>The event's time zone “%1” is unknown; the times were kept on the file's clock (%2).</source>
        <translation>La zona horaria del evento, «%1», es desconocida; las horas se han conservado en el reloj del archivo (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) fall on another conference day than the file gives them (the event's own opening hours for that day, or a file whose dates and days disagree).</source>
        <translation>
            <numerusform>%n sesión cae en otro día de la conferencia que el que indica el archivo (el horario propio del evento para ese día, o un archivo cuyas fechas y días no coinciden).</numerusform>
            <numerusform>%n sesiones caen en otro día de la conferencia que el que indica el archivo (el horario propio del evento para ese día, o un archivo cuyas fechas y días no coinciden).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::FrabXmlReader</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the file declares entities in a DOCTYPE. Schedules never need them, and they are how hostile XML exhausts memory or reads other files, so the file is refused.</source>
        <translation>el archivo declara entidades en un DOCTYPE. Los horarios nunca las necesitan y son el medio con el que un XML malicioso agota la memoria o lee otros archivos, así que se rechaza el archivo.</translation>
    </message>
    <message>
        <source>the file refers to an entity “&amp;%1;” that XML does not define; the file is refused.</source>
        <translation>el archivo hace referencia a una entidad «&amp;%1;» que XML no define; se rechaza el archivo.</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep; this is not a schedule.</source>
        <translation>los elementos están anidados a más de %1 niveles; esto no es un horario.</translation>
    </message>
    <message>
        <source>this is not a frab schedule: its root element is &lt;%1&gt;, not &lt;schedule&gt;.</source>
        <translation>esto no es un horario de frab: su elemento raíz es &lt;%1&gt;, no &lt;schedule&gt;.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>the file holds more than %1 events; no conference has that many.</source>
        <translation>el archivo contiene más de %1 eventos; ningún congreso tiene tantos.</translation>
    </message>
    <message>
        <source>an event lists more than %1 people.</source>
        <translation>un evento incluye más de %1 personas.</translation>
    </message>
    <message>
        <source>a text is longer than %1 characters.</source>
        <translation>un texto tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>the file ends in the middle of the schedule; it is probably truncated.</source>
        <translation>el archivo termina en mitad del horario; probablemente está truncado.</translation>
    </message>
    <message>
        <source>the file is not well-formed XML (%1).</source>
        <translation>el archivo no es XML bien formado (%1).</translation>
    </message>
</context>
<context>
    <name>standlab::FullCopyFormats</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON (at byte %2: %3).</source>
        <translation>«%1» no es JSON válido (en el byte %2: %3).</translation>
    </message>
    <message>
        <source>The bundle is readable; nothing was imported (dry run).</source>
        <translation>El paquete se puede leer; no se ha importado nada (simulación).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>No se puede importar «%1»: %2</translation>
    </message>
    <message>
        <source>Imported the whole event from “%1”.</source>
        <translation>Se ha importado el evento completo desde «%1».</translation>
    </message>
    <message>
        <source>The whole event as a JSON bundle, importable into a new file.</source>
        <translation>El evento completo como paquete JSON, importable en un archivo nuevo.</translation>
    </message>
    <message>
        <source>A consistent copy of the .standlab file.</source>
        <translation>Una copia coherente del archivo .standlab.</translation>
    </message>
    <message>
        <source>A JSON bundle of a whole event, into a new file.</source>
        <translation>Un paquete JSON de un evento completo, en un archivo nuevo.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>No se puede escribir «%1»: solo se ha podido escribir una parte; puede que el disco esté lleno.</translation>
    </message>
    <message>
        <source>“%1” is too large to be an event bundle (%2 MB; bundles of more than %3 MB are refused).</source>
        <translation>«%1» es demasiado grande para ser un paquete de evento (%2 MB; se rechazan los paquetes de más de %3 MB).</translation>
    </message>
</context>
<context>
    <name>standlab::ICalendarWriter</name>
    <message>
        <source>Speakers: %1</source>
        <translation>Ponentes: %1</translation>
    </message>
    <message>
        <source>Moderation: %1</source>
        <translation>Moderación: %1</translation>
    </message>
    <message>
        <source>Facilitation: %1</source>
        <translation>Dinamización: %1</translation>
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
        <translation>Organización</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línea de trabajo</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>standlab::InitiativesView</name>
    <message>
        <source>Call for initiatives closed</source>
        <translation>Convocatoria de iniciativas cerrada</translation>
    </message>
    <message>
        <source>Once closed, new requests for a slot are no longer taken</source>
        <translation>Una vez cerrada, ya no se aceptan nuevas solicitudes de franja</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept the selected requests for a slot (Ctrl+Shift+A)</source>
        <translation>Aceptar las solicitudes de franja seleccionadas (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Decline the selected requests for a slot (Ctrl+Shift+D)</source>
        <translation>Rechazar las solicitudes de franja seleccionadas (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>The day the table plan shows</source>
        <translation>El día que muestra el plano de mesas</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Mesa</translation>
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
        <translation>Qué iniciativa está en qué mesa; los choques, en rojo</translation>
    </message>
    <message>
        <source>Change initiative requests</source>
        <translation>Cambiar solicitudes de iniciativas</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The call is closed.&lt;/b&gt; %n request(s) still to answer.</source>
        <translation>
            <numerusform>&lt;b&gt;La convocatoria está cerrada.&lt;/b&gt; Queda %n solicitud por responder.</numerusform>
            <numerusform>&lt;b&gt;La convocatoria está cerrada.&lt;/b&gt; Quedan %n solicitudes por responder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The call is open. %n request(s) to answer.</source>
        <translation>
            <numerusform>La convocatoria está abierta. %n solicitud por responder.</numerusform>
            <numerusform>La convocatoria está abierta. %n solicitudes por responder.</numerusform>
        </translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>Clash: another initiative is at table %1 at the same time</source>
        <translation>Choque: otra iniciativa ocupa la mesa %1 a la misma hora</translation>
    </message>
    <message>
        <source>No clashes on this day.</source>
        <translation>No hay choques este día.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:#b03a2e'&gt;&lt;b&gt;%n clash(es)&lt;/b&gt;&lt;/span&gt;: two initiatives at one table.</source>
        <translation>
            <numerusform>&lt;span style='color:#b03a2e'&gt;&lt;b&gt;%n choque&lt;/b&gt;&lt;/span&gt;: dos iniciativas en una misma mesa.</numerusform>
            <numerusform>&lt;span style='color:#b03a2e'&gt;&lt;b&gt;%n choques&lt;/b&gt;&lt;/span&gt;: dos iniciativas en una misma mesa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::InteractionLog</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <translation>Qué se dijo, a quién y cuándo; lo más reciente primero</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo ocurrió</translation>
    </message>
    <message>
        <source>How: email, phone, meeting…</source>
        <translation>Cómo: correo electrónico, teléfono, reunión…</translation>
    </message>
    <message>
        <source>Log a call, email or meeting (Ctrl+L), Enter to add</source>
        <translation>Registre una llamada, un correo o una reunión (Ctrl+L); Enter para añadir</translation>
    </message>
    <message>
        <source>Type a note and press Enter to add it to the log</source>
        <translation>Escriba una nota y pulse Enter para añadirla al registro</translation>
    </message>
</context>
<context>
    <name>standlab::LetterComposer</name>
    <message>
        <source>There is no person “%1” in this event.</source>
        <translation>No hay ninguna persona «%1» en este evento.</translation>
    </message>
    <message>
        <source>There is no person with the id “%1” in this event.</source>
        <translation>No hay ninguna persona con el id «%1» en este evento.</translation>
    </message>
</context>
<context>
    <name>standlab::LetterFormats</name>
    <message>
        <source>Nobody to write to: no one is on stage in a confirmed or proposed session.</source>
        <translation>No hay a quién escribir: nadie interviene en una sesión confirmada o propuesta.</translation>
    </message>
    <message>
        <source>Nobody to write to: no one's sessions changed since release “%1”.</source>
        <translation>No hay a quién escribir: las sesiones de nadie han cambiado desde la versión «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written into %1.</source>
        <translation><numerusform>%n carta escrita en %1.</numerusform><numerusform>%n cartas escritas en %1.</numerusform></translation>
    </message>
    <message>
        <source>No e-mail address, so no letter: %1.</source>
        <translation>Sin dirección de correo, y por tanto sin carta: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) in the PDF.</source>
        <translation><numerusform>%n carta en el PDF.</numerusform><numerusform>%n cartas en el PDF.</numerusform></translation>
    </message>
    <message>
        <source>A letter to each speaker as an e-mail draft (.eml, with their calendar) into a folder; nothing is sent.</source>
        <translation>Una carta a cada ponente como borrador de correo (.eml, con su calendario) en una carpeta; no se envía nada.</translation>
    </message>
    <message>
        <source>The letters to speakers as one PDF to print.</source>
        <translation>Las cartas a los ponentes en un PDF para imprimir.</translation>
    </message>
</context>
<context>
    <name>standlab::LetterOutbox</name>
    <message>
        <source>“%1” is a file; letters go into a folder.</source>
        <translation>«%1» es un archivo; las cartas van en una carpeta.</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>changes since %1</source>
        <translation>cambios desde %1</translation>
    </message>
    <message>
        <source>Letter written: schedule</source>
        <translation>Carta escrita: horario</translation>
    </message>
    <message>
        <source>Letter written: schedule, %1</source>
        <translation>Carta escrita: horario, %1</translation>
    </message>
</context>
<context>
    <name>standlab::LettersDialog</name>
    <message>
        <source>Letters to speakers</source>
        <translation>Cartas a los ponentes</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Castellano</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalán</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Everyone with sessions</source>
        <translation>Todas las personas con sesiones</translation>
    </message>
    <message>
        <source>Only those whose sessions changed since %1</source>
        <translation>Solo aquellas cuyas sesiones cambiaron desde %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Escribir a:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>C&amp;uerpo:</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>&amp;Vista previa de:</translation>
    </message>
    <message>
        <source>Sa&amp;ve template</source>
        <translation>&amp;Guardar plantilla</translation>
    </message>
    <message>
        <source>Write e-mail &amp;drafts…</source>
        <translation>Escribir &amp;borradores de correo…</translation>
    </message>
    <message>
        <source>&amp;Print letters (PDF)…</source>
        <translation>Im&amp;primir cartas (PDF)…</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Plantilla guardada.</translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Carpeta para los borradores de correo</translation>
    </message>
    <message>
        <source>Letters to print</source>
        <translation>Cartas para imprimir</translation>
    </message>
    <message>
        <source>letters.pdf</source>
        <translation>cartas.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nobody is on stage in a scheduled session yet.</source>
        <translation>Todavía nadie interviene en una sesión con horario.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3

%4</source>
        <translation>Para: %1 &lt;%2&gt;
Asunto: %3

%4</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>Letter template (%1)</source>
        <translation>Plantilla de carta (%1)</translation>
    </message>
    <message>
        <source>Nobody to write to.</source>
        <translation>No hay a quién escribir.</translation>
    </message>
    <message numerus="yes">
        <source>Letters written (%n)</source>
        <translation><numerusform>Cartas escritas (%n)</numerusform><numerusform>Cartas escritas (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) written into %1.</source>
        <translation><numerusform>%n borrador de correo escrito en %1.</numerusform><numerusform>%n borradores de correo escritos en %1.</numerusform></translation>
    </message>
    <message>
        <source>No address, so no draft: %1.</source>
        <translation>Sin dirección, y por tanto sin borrador: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1.</source>
        <translation><numerusform>%n carta escrita en %1.</numerusform><numerusform>%n cartas escritas en %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>standlab::LettersPdf</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Letters to speakers</source>
        <translation>Cartas a los ponentes</translation>
    </message>
    <message>
        <source>Cannot paint the PDF “%1”.</source>
        <translation>No se puede dibujar el PDF «%1».</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — página %2 de %3</translation>
    </message>
</context>
<context>
    <name>standlab::MainWindow</name>
    <message>
        <source>This event is open read-only; nothing you do here is saved. %1</source>
        <translation>Este evento está abierto en modo de solo lectura; nada de lo que haga aquí se guarda. %1</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;al abrir&gt;</translation>
    </message>
    <message>
        <source>No page shows “%1” yet.</source>
        <translation>Ninguna página muestra «%1» todavía.</translation>
    </message>
    <message>
        <source>Backup copy made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La copia de seguridad automática ha fallado: %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>No se ha guardado el cambio</translation>
    </message>
    <message>
        <source>%1

The file %2 still holds everything saved before this change.</source>
        <translation>%1

El archivo %2 sigue conteniendo todo lo guardado antes de este cambio.</translation>
    </message>
    <message>
        <source>Opened %1. Changes are saved as you make them.</source>
        <translation>Se ha abierto %1. Los cambios se guardan a medida que los hace.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>All sessions: filter, sort and edit them</source>
        <translation>Todas las sesiones: filtrarlas, ordenarlas y editarlas</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>The timetable of each day by space</source>
        <translation>El horario de cada día por espacio</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>At the stand: today's sessions, arrivals, headcounts, notes and Now &amp; Next</source>
        <translation>En el stand: las sesiones de hoy, llegadas, recuentos de asistentes, notas y Ahora &amp; Después</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Speakers, moderators and other people</source>
        <translation>Ponentes, moderadores y otras personas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Cities and organisations and what they asked for</source>
        <translation>Ciudades y organizaciones, y lo que han pedido</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>The outcome documents and their actions</source>
        <translation>Los documentos de resultados y sus acciones</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Copies of the event and files for other tools</source>
        <translation>Copias del evento y archivos para otras herramientas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>Create a new event file</source>
        <translation>Crear un nuevo archivo de evento</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open an event file</source>
        <translation>Abrir un archivo de evento</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo event</source>
        <translation>Abrir una copia nueva del evento de demostración</translation>
    </message>
    <message>
        <source>Write a consistent copy of this event to another file</source>
        <translation>Escribir una copia coherente de este evento en otro archivo</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>Copia escrita en %1</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar desde una c&amp;opia de seguridad…</translation>
    </message>
    <message>
        <source>Bring back an automatic backup of this event as a new file</source>
        <translation>Recuperar una copia de seguridad automática de este evento como archivo nuevo</translation>
    </message>
    <message>
        <source>&amp;Event settings…</source>
        <translation>Con&amp;figuración del evento…</translation>
    </message>
    <message>
        <source>Name, venue, days, spaces and working lines of this event</source>
        <translation>Nombre, sede, días, espacios y líneas de trabajo de este evento</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>Close this event</source>
        <translation>Cerrar este evento</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close every event and quit</source>
        <translation>Cerrar todos los eventos y salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>&amp;Historial de deshacer</translation>
    </message>
    <message>
        <source>Show or hide the list of changes you can undo</source>
        <translation>Mostrar u ocultar la lista de cambios que se pueden deshacer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Stand Lab</source>
        <translation>&amp;Acerca de Stand Lab</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versión y licencia</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (no encontrado)</translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation>No hay eventos recientes</translation>
    </message>
    <message>
        <source>Remove missing files</source>
        <translation>Quitar los archivos que no se encuentran</translation>
    </message>
    <message>
        <source>%1 [read-only] — Stand Lab</source>
        <translation>%1 [solo lectura] — Stand Lab</translation>
    </message>
    <message>
        <source>%1 — Stand Lab</source>
        <translation>%1 — Stand Lab</translation>
    </message>
    <message>
        <source>%1 sessions · %2 people · %3 organisations</source>
        <translation>%1 sesiones · %2 personas · %3 organizaciones</translation>
    </message>
    <message>
        <source>About Stand Lab</source>
        <translation>Acerca de Stand Lab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stand Lab %1&lt;/h3&gt;&lt;p&gt;Plan and run the Sharing Cities Action Stand Lab: programme, people, contacts, the Action Plan and exports, on your own laptop and without a server.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stand Lab %1&lt;/h3&gt;&lt;p&gt;Planifique y gestione el Sharing Cities Action Stand Lab: programa, personas, contactos, el Plan de acción y exportaciones, en su propio portátil y sin servidor.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This laptop's name and sync folder, the language and the appearance</source>
        <translation>El nombre y la carpeta de sincronización de este portátil, el idioma y el aspecto</translation>
    </message>
    <message numerus="yes">
        <source>Preparing search for %n new row(s)… %1%</source>
        <translation>
            <numerusform>Preparando la búsqueda de %n fila nueva… %1%</numerusform>
            <numerusform>Preparando la búsqueda de %n filas nuevas… %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>Search is up to date.</source>
        <translation>La búsqueda está al día.</translation>
    </message>
    <message>
        <source>Search could not index the newest rows: %1. They are saved; search tries again the next time you open the event.</source>
        <translation>La búsqueda no ha podido indexar las filas más nuevas: %1. Están guardadas; la búsqueda lo volverá a intentar la próxima vez que abras el evento.</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
</context>
<context>
    <name>standlab::Migrations</name>
    <message>
        <source>Could not upgrade the file to version %1: %2</source>
        <translation>No se ha podido actualizar el archivo a la versión %1: %2</translation>
    </message>
</context>
<context>
    <name>standlab::NoteConversion</name>
    <message>
        <source>From the session “%1” (%2, %3)</source>
        <translation>De la sesión «%1» (%2, %3)</translation>
    </message>
    <message>
        <source>Turn a note into the action “%1”</source>
        <translation>Convertir una nota en la acción «%1»</translation>
    </message>
    <message>
        <source>Add a note to the section “%1”</source>
        <translation>Añadir una nota a la sección «%1»</translation>
    </message>
</context>
<context>
    <name>standlab::NotesPanel</name>
    <message>
        <source>Notes taken in this session; Delete removes the selected one</source>
        <translation>Notas tomadas en esta sesión; la tecla Delete quita la seleccionada</translation>
    </message>
    <message>
        <source>Notes of the session</source>
        <translation>Notas de la sesión</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Quitar nota</translation>
    </message>
    <message>
        <source>Type a note; Ctrl+Return adds it</source>
        <translation>Escriba una nota; Ctrl+Return la añade</translation>
    </message>
    <message>
        <source>A quick note about this session; Ctrl+Return adds it</source>
        <translation>Una nota rápida sobre esta sesión; Ctrl+Return la añade</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>A&amp;dd note</source>
        <translation>Añadir n&amp;ota</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Return in the text)</source>
        <translation>Añadir la nota (Ctrl+Return en el texto)</translation>
    </message>
    <message>
        <source>The section an action or paragraph made from a note goes to</source>
        <translation>La sección a la que va una acción o un párrafo creado a partir de una nota</translation>
    </message>
    <message>
        <source>&amp;Goes to:</source>
        <translation>&amp;Va a:</translation>
    </message>
    <message>
        <source>Make an action (Alt+A)</source>
        <translation>Crear una acción (Alt+A)</translation>
    </message>
    <message>
        <source>Turn the selected note into an action of that section, linked to the session</source>
        <translation>Convertir la nota seleccionada en una acción de esa sección, vinculada a la sesión</translation>
    </message>
    <message>
        <source>Add as paragraph (Alt+P)</source>
        <translation>Añadir como párrafo (Alt+P)</translation>
    </message>
    <message>
        <source>Append the selected note to that section's text, naming the session</source>
        <translation>Añadir la nota seleccionada al final del texto de esa sección, citando la sesión</translation>
    </message>
    <message>
        <source>Notes — %1</source>
        <translation>Notas — %1</translation>
    </message>
    <message>
        <source>Notes — choose a session</source>
        <translation>Notas — elija una sesión</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Note added. Alt+A makes it an action, Alt+P a paragraph.</source>
        <translation>Nota añadida. Alt+A la convierte en una acción; Alt+P, en un párrafo.</translation>
    </message>
    <message>
        <source>%1 — in %2. Ctrl+Z undoes it.</source>
        <translation>%1 — en %2. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>%1. Ctrl+Z undoes it.</source>
        <translation>%1. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Remove a note</source>
        <translation>Quitar una nota</translation>
    </message>
</context>
<context>
    <name>standlab::NowAndNext</name>
    <message>
        <source>Starting soon</source>
        <translation>Empieza pronto</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Between sessions</source>
        <translation>Entre sesiones</translation>
    </message>
    <message>
        <source>Nothing more today</source>
        <translation>Nada más por hoy</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>No event days planned yet</source>
        <translation>Aún no hay días del evento planificados</translation>
    </message>
    <message>
        <source>Before opening: the stand opens soon</source>
        <translation>Antes de abrir: el stand abre pronto</translation>
    </message>
    <message>
        <source>Before opening</source>
        <translation>Antes de abrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed for today</source>
        <translation>Cerrado por hoy</translation>
    </message>
    <message>
        <source>The event has ended: thank you for coming</source>
        <translation>El evento ha terminado: gracias por venir</translation>
    </message>
</context>
<context>
    <name>standlab::NowAndNextView</name>
    <message>
        <source>Now &amp; Next</source>
        <translation>Ahora &amp; Después</translation>
    </message>
    <message>
        <source>Press Escape to leave the full-screen view</source>
        <translation>Pulse Escape para salir de la vista a pantalla completa</translation>
    </message>
    <message>
        <source>Now and next at the stand</source>
        <translation>Ahora y a continuación en el stand</translation>
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
        <translation>nada más</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Día %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rehearsal, clock stopped · %1</source>
        <translation>Ensayo, reloj parado · %1</translation>
    </message>
    <message>
        <source>Rehearsal clock (×%1) · %2</source>
        <translation>Reloj de ensayo (×%1) · %2</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <source>No sessions are scheduled yet.</source>
        <translation>Aún no hay sesiones programadas.</translation>
    </message>
    <message>
        <source>Nothing more here</source>
        <translation>Nada más aquí</translation>
    </message>
</context>
<context>
    <name>standlab::ParticipantsEditor</name>
    <message>
        <source>The people of this session in the order the programme lists them</source>
        <translation>Las personas de esta sesión en el orden en que las muestra el programa</translation>
    </message>
    <message>
        <source>The selected person's role in this session</source>
        <translation>La función de la persona seleccionada en esta sesión</translation>
    </message>
    <message>
        <source>The role the person you add will have</source>
        <translation>La función que tendrá la persona que añada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>They have said yes to this session</source>
        <translation>Ha dicho que sí a esta sesión</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up in the list (Alt+Up)</source>
        <translation>Subir en la lista (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down in the list (Alt+Down)</source>
        <translation>Bajar en la lista (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take the selected person off this session</source>
        <translation>Quitar a la persona seleccionada de esta sesión</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the person typed on the left with the chosen role (Enter)</source>
        <translation>Añadir a la persona escrita a la izquierda con la función elegida (Enter)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not confirmed)</source>
        <translation>%1 (sin confirmar)</translation>
    </message>
    <message>
        <source>Create and add</source>
        <translation>Crear y añadir</translation>
    </message>
    <message>
        <source>Nobody is called “%1” yet: create this person and add them</source>
        <translation>Aún no hay nadie llamado «%1»: crear a esta persona y añadirla</translation>
    </message>
    <message>
        <source>Several people have this name: pick one from the suggestions</source>
        <translation>Varias personas tienen este nombre: elija una de las sugerencias</translation>
    </message>
    <message>
        <source>Several people have this name: pick one from the suggestions.</source>
        <translation>Varias personas tienen este nombre: elija una de las sugerencias.</translation>
    </message>
    <message>
        <source>%1 is already %2 in this session.</source>
        <translation>%1 ya es %2 en esta sesión.</translation>
    </message>
    <message>
        <source>Add %1 as %2</source>
        <translation>Añadir a %1 como %2</translation>
    </message>
    <message>
        <source>Add new person %1 as %2</source>
        <translation>Añadir a la nueva persona %1 como %2</translation>
    </message>
    <message>
        <source>%1 was created; complete their details on the People page.</source>
        <translation>Se ha creado a %1; complete sus datos en la página Personas.</translation>
    </message>
    <message>
        <source>Remove %1 from the session</source>
        <translation>Quitar a %1 de la sesión</translation>
    </message>
    <message>
        <source>Move participant up</source>
        <translation>Subir participante</translation>
    </message>
    <message>
        <source>Move participant down</source>
        <translation>Bajar participante</translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>Asignar a %1 como %2</translation>
    </message>
    <message>
        <source>Confirm participant</source>
        <translation>Confirmar participante</translation>
    </message>
    <message>
        <source>Unconfirm participant</source>
        <translation>Quitar la confirmación del participante</translation>
    </message>
</context>
<context>
    <name>standlab::PeopleModel</name>
    <message>
        <source>Not yet confirmed for all of their sessions</source>
        <translation>Aún sin confirmar en todas sus sesiones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
</context>
<context>
    <name>standlab::PeoplePage</name>
    <message>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Search names, organisations, roles, emails…</source>
        <translation>Buscar nombres, organizaciones, cargos, correos…</translation>
    </message>
    <message>
        <source>Type part of a name; accents and case do not matter</source>
        <translation>Escriba parte de un nombre; no importan los acentos ni las mayúsculas</translation>
    </message>
    <message>
        <source>Show only people with a given part in the programme</source>
        <translation>Mostrar solo las personas con una función concreta en el programa</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Moderadores</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Aún sin confirmar</translation>
    </message>
    <message>
        <source>In no session</source>
        <translation>En ninguna sesión</translation>
    </message>
    <message>
        <source>Show only the people of one organisation</source>
        <translation>Mostrar solo las personas de una organización</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nueva persona</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Añadir una persona (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation>E&amp;liminar persona</translation>
    </message>
    <message>
        <source>Delete the selected person and their part in sessions (Delete); undo brings them back</source>
        <translation>Eliminar la persona seleccionada y su participación en las sesiones (Delete); Deshacer la recupera</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Todas las organizaciones</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(sin organización)</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Personas: %1</translation>
    </message>
    <message>
        <source>People: %1 of %2</source>
        <translation>Personas: %1 de %2</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Delete %1? They are in no session. Undo brings them back.</source>
        <translation>¿Eliminar a %1? No participa en ninguna sesión. Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Delete %1? They are in 1 session, which will lose them. Undo brings everything back.</source>
        <translation>¿Eliminar a %1? Participa en 1 sesión, que se quedará sin esta persona. Deshacer lo recupera todo.</translation>
    </message>
    <message>
        <source>Delete %1? They are in %2 sessions, which will lose them. Undo brings everything back.</source>
        <translation>¿Eliminar a %1? Participa en %2 sesiones, que se quedarán sin esta persona. Deshacer lo recupera todo.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar a %1</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Calendario…</translation>
    </message>
    <message>
        <source>Save this person's own sessions as a calendar file (.ics) for their phone or mail app</source>
        <translation>Guardar las sesiones de esta persona como archivo de calendario (.ics) para su móvil o su correo</translation>
    </message>
    <message>
        <source>Calendar of %1</source>
        <translation>Calendario de %1</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not saved</source>
        <translation>No se ha guardado el calendario</translation>
    </message>
</context>
<context>
    <name>standlab::PersonEditor</name>
    <message>
        <source>Select a person to edit them, or press New person.</source>
        <translation>Seleccione una persona para editarla o pulse Nueva persona.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>The name as printed in the programme</source>
        <translation>El nombre tal como aparece impreso en el programa</translation>
    </message>
    <message>
        <source>The city or organisation this person comes from</source>
        <translation>La ciudad u organización de la que viene esta persona</translation>
    </message>
    <message>
        <source>Their position, e.g. “Deputy mayor for housing”</source>
        <translation>Su cargo, p. ej., «Teniente de alcaldía de vivienda»</translation>
    </message>
    <message>
        <source>Where to write to them</source>
        <translation>Dónde escribirle</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>A phone number, with the country code</source>
        <translation>Un número de teléfono, con el prefijo del país</translation>
    </message>
    <message>
        <source>The languages this person can speak in</source>
        <translation>Los idiomas en los que puede hablar esta persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>A short biography printed with the programme</source>
        <translation>Una breve biografía que se imprime con el programa</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Only for the organisers; never exported</source>
        <translation>Solo para la organización; nunca se exportan</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Editar el nombre</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Editar el cargo</translation>
    </message>
    <message>
        <source>Edit email</source>
        <translation>Editar el correo electrónico</translation>
    </message>
    <message>
        <source>Edit phone</source>
        <translation>Editar el teléfono</translation>
    </message>
    <message>
        <source>Edit biography</source>
        <translation>Editar la biografía</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Editar las notas</translation>
    </message>
    <message>
        <source>Change organisation</source>
        <translation>Cambiar la organización</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change languages</source>
        <translation>Cambiar los idiomas</translation>
    </message>
</context>
<context>
    <name>standlab::PersonPicker</name>
    <message>
        <source>Find a person, or type a new name…</source>
        <translation>Busque una persona o escriba un nombre nuevo…</translation>
    </message>
    <message>
        <source>Type part of a name or organisation; a name nobody has creates a new person</source>
        <translation>Escriba parte de un nombre o de una organización; un nombre que nadie tiene crea una persona nueva</translation>
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
        <translation>Haga doble clic en una sesión para abrirla en la página Programa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Sin programar</translation>
    </message>
    <message>
        <source>%1 (not confirmed)</source>
        <translation>%1 (sin confirmar)</translation>
    </message>
    <message>
        <source>Not in any session yet</source>
        <translation>Aún no participa en ninguna sesión</translation>
    </message>
</context>
<context>
    <name>standlab::PlanFormat</name>
    <message>
        <source>Current text, %1</source>
        <translation>Texto actual, %1</translation>
    </message>
    <message>
        <source>Revision “%1”, %2</source>
        <translation>Revisión «%1», %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translation>(aún sin responsable)</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
</context>
<context>
    <name>standlab::PlanMarkdownWriter</name>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Acciones: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>de: %1</translation>
    </message>
</context>
<context>
    <name>standlab::PlanPdfWriter</name>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Acciones: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot paint the PDF “%1”.</source>
        <translation>No se puede dibujar el PDF «%1».</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation>No se puede escribir «%1»: solo se ha podido escribir una parte; puede que el disco esté lleno.</translation>
    </message>
</context>
<context>
    <name>standlab::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>How this laptop is named to the others when you exchange changes</source>
        <translation>Cómo se presenta este portátil a los demás cuando intercambian cambios</translation>
    </message>
    <message>
        <source>Laptop &amp;name:</source>
        <translation>&amp;Nombre del portátil:</translation>
    </message>
    <message>
        <source>Laptop identity:</source>
        <translation>Identidad del portátil:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation>Colores claros u oscuros, o los del escritorio</translation>
    </message>
    <message>
        <source>A new language or appearance is used the next time Stand Lab starts.</source>
        <translation>El nuevo idioma o aspecto se usará la próxima vez que se inicie Stand Lab.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Aspecto:</translation>
    </message>
    <message>
        <source>A USB stick, or a folder that Syncthing or a network share keeps in step. File › Share changes… offers to write packages there, and File › Receive everything new from the sync folder merges the ones this event has not received yet.</source>
        <translation>Una memoria USB o una carpeta que Syncthing o un recurso compartido de red mantienen sincronizada. Archivo › Compartir cambios… ofrece escribir allí los paquetes, y Archivo › Recibir todas las novedades de la carpeta de sincronización fusiona los que este evento aún no ha recibido.</translation>
    </message>
    <message>
        <source>None: packages go wherever you choose</source>
        <translation>Ninguna: los paquetes van donde usted elija</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>S&amp;ync folder:</source>
        <translation>Carpeta de &amp;sincronización:</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>Made once for this installation. Each copy of an event file derives an id of its own from it, which marks the changes made in that copy</source>
        <translation>Se crea una sola vez para esta instalación. Cada copia de un archivo de evento deriva de ella un id propio, que marca los cambios hechos en esa copia</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammeChanges</name>
    <message>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiradas</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movidas</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Con nuevo título</translation>
    </message>
    <message>
        <source>Speakers changed</source>
        <translation>Cambios de ponentes</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>sin horario</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammeFormats</name>
    <message>
        <source>“%1” is not a date; give days as YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha; indique los días como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>There is no working line “%1” in this event.</source>
        <translation>No hay ninguna línea de trabajo «%1» en este evento.</translation>
    </message>
    <message>
        <source>There is no space “%1” in this event.</source>
        <translation>No hay ningún espacio «%1» en este evento.</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use %2.</source>
        <translation>Estado desconocido: «%1»; use %2.</translation>
    </message>
    <message>
        <source>Unknown paper size “%1”; use a4 or letter.</source>
        <translation>Tamaño de papel desconocido: «%1»; use a4 o letter.</translation>
    </message>
    <message>
        <source>Unknown label language “%1”; use %2.</source>
        <translation>Idioma de etiquetas desconocido: «%1»; use %2.</translation>
    </message>
    <message>
        <source>The printed programme: a booklet with a cover, the days, and an index of speakers (PDF).</source>
        <translation>El programa impreso: un folleto con portada, los días y un índice de ponentes (PDF).</translation>
    </message>
    <message>
        <source>One A3 landscape poster per day: spaces across, time down (PDF).</source>
        <translation>Un cartel A3 apaisado por día: espacios en horizontal y horas en vertical (PDF).</translation>
    </message>
    <message>
        <source>A door sign per space per day (PDF).</source>
        <translation>Un rótulo de puerta por espacio y día (PDF).</translation>
    </message>
    <message>
        <source>The programme as one web page that works offline, filterable by day and working line.</source>
        <translation>El programa como una única página web que funciona sin conexión, filtrable por día y línea de trabajo.</translation>
    </message>
    <message>
        <source>The programme as CSV, one row per session.</source>
        <translation>El programa en CSV, una fila por sesión.</translation>
    </message>
    <message>
        <source>The programme as an Excel/LibreOffice workbook.</source>
        <translation>El programa como libro de Excel/LibreOffice.</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammePage</name>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Show the sessions of one day</source>
        <translation>Mostrar las sesiones de un día</translation>
    </message>
    <message>
        <source>Show the sessions of one working line, tags included</source>
        <translation>Mostrar las sesiones de una línea de trabajo, incluidas las etiquetadas</translation>
    </message>
    <message>
        <source>Show one kind of session</source>
        <translation>Mostrar un tipo de sesión</translation>
    </message>
    <message>
        <source>Show the sessions with one status</source>
        <translation>Mostrar las sesiones con un estado</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Search titles, abstracts, speakers…</source>
        <translation>Buscar títulos, resúmenes, ponentes…</translation>
    </message>
    <message>
        <source>Show only the sessions containing all these words</source>
        <translation>Mostrar solo las sesiones que contienen todas estas palabras</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>Add a session to the programme (Ctrl+N)</source>
        <translation>Añadir una sesión al programa (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the selected session, unscheduled, with its tags (Ctrl+D)</source>
        <translation>Copiar la sesión seleccionada, sin programar, con sus etiquetas (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected sessions with their speakers and tags (Delete)</source>
        <translation>Eliminar las sesiones seleccionadas con sus ponentes y etiquetas (Delete)</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Sin programar</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>All working lines</source>
        <translation>Todas las líneas de trabajo</translation>
    </message>
    <message>
        <source>No sessions yet. Press “New session” to add the first one.</source>
        <translation>Aún no hay sesiones. Pulse «Nueva sesión» para añadir la primera.</translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation>Ninguna sesión coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 de %n sesión</numerusform>
            <numerusform>%1 de %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Duplicar sesión</translation>
    </message>
    <message>
        <source>Tag session</source>
        <translation>Etiquetar sesión</translation>
    </message>
    <message>
        <source>Delete “%1”? Its speakers, tags and workshop details go with it. You can undo this.</source>
        <translation>¿Eliminar «%1»? Se eliminarán también sus ponentes, etiquetas y datos del taller. Se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions? Their speakers, tags and workshop details go with them. You can undo this.</source>
        <translation>
            <numerusform>¿Eliminar %n sesión? Se eliminarán también sus ponentes, etiquetas y datos del taller. Se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n sesiones? Se eliminarán también sus ponentes, etiquetas y datos de taller. Se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete sessions</source>
        <translation>Eliminar sesiones</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions</source>
        <translation>
            <numerusform>Eliminar %n sesión</numerusform>
            <numerusform>Eliminar %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an &amp;action from this session</source>
        <translation>Añadir una &amp;acción desde esta sesión</translation>
    </message>
    <message>
        <source>Open the Action Plan with a new action linked to this session (Ctrl+Shift+A)</source>
        <translation>Abrir el Plan de Acción con una acción nueva vinculada a esta sesión (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammePreview</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Pages: %1. The preview shows the first %2.</source>
        <translation>Páginas: %1. La vista previa muestra las %2 primeras.</translation>
    </message>
    <message>
        <source>Pages: %1.</source>
        <translation>Páginas: %1.</translation>
    </message>
    <message>
        <source>Sessions: %1, one row each.</source>
        <translation>Sesiones: %1, una fila cada una.</translation>
    </message>
    <message>
        <source>Sessions: %1, on one page that works offline. Its filters by day and working line work in a web browser.</source>
        <translation>Sesiones: %1, en una página que funciona sin conexión. Sus filtros por día y línea de trabajo funcionan en un navegador web.</translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammeSnapshot</name>
    <message>
        <source>The release's copy of the programme cannot be read (%1 at character %2).</source>
        <translation>No se puede leer la copia del programa de la versión (%1 en el carácter %2).</translation>
    </message>
    <message>
        <source>The release's copy of the programme is of an unknown kind (format %1).</source>
        <translation>La copia del programa de la versión es de un tipo desconocido (formato %1).</translation>
    </message>
    <message>
        <source>A session in the release's copy of the programme has no id.</source>
        <translation>Una sesión de la copia del programa de la versión no tiene id.</translation>
    </message>
</context>
<context>
    <name>standlab::RehearseDialog</name>
    <message>
        <source>Rehearse at…</source>
        <translation>Ensayar a partir de…</translation>
    </message>
    <message>
        <source>The stand screens and the Today list follow a simulated clock from this moment (the event's local time) until you switch back to the real time.</source>
        <translation>Las pantallas del stand y la lista de Hoy siguen un reloj simulado desde este momento (hora local del evento) hasta que vuelva a la hora real.</translation>
    </message>
    <message>
        <source>Date and time at the event when the rehearsal starts</source>
        <translation>Fecha y hora del evento en que empieza el ensayo</translation>
    </message>
    <message>
        <source> × real time</source>
        <translation> × tiempo real</translation>
    </message>
    <message>
        <source>1 runs like a normal clock, 60 makes a minute pass every second, 0 stops the clock</source>
        <translation>Con 1 funciona como un reloj normal, con 60 pasa un minuto cada segundo y con 0 se para el reloj</translation>
    </message>
    <message>
        <source>&amp;Start at:</source>
        <translation>&amp;Empezar a las:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>&amp;Velocidad:</translation>
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
        <translation>&amp;Publicar versión…</translation>
    </message>
    <message>
        <source>Keep the programme as it is now under a name, e.g. when it goes to print</source>
        <translation>Guardar el programa tal como está ahora con un nombre, por ejemplo cuando va a imprenta</translation>
    </message>
    <message>
        <source>&amp;What changed since…</source>
        <translation>&amp;Qué ha cambiado desde…</translation>
    </message>
    <message>
        <source>The sessions added, cancelled, removed, moved, renamed or with other speakers since a release</source>
        <translation>Las sesiones añadidas, canceladas, retiradas, movidas, con nuevo título o con otros ponentes desde una versión</translation>
    </message>
    <message>
        <source>&amp;Letters to speakers…</source>
        <translation>&amp;Cartas a los ponentes…</translation>
    </message>
    <message>
        <source>Write every speaker where and when to be: e-mail drafts with their calendar, or letters to print</source>
        <translation>Escribir a cada ponente dónde y cuándo debe estar: borradores de correo con su calendario, o cartas para imprimir</translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseBook</name>
    <message>
        <source>A release needs a name (for example “v1”).</source>
        <translation>Una versión necesita un nombre (por ejemplo «v1»).</translation>
    </message>
    <message>
        <source>There is already a release named “%1” (made %2); choose another name.</source>
        <translation>Ya hay una versión llamada «%1» (publicada el %2); elija otro nombre.</translation>
    </message>
    <message>
        <source>There is no release “%1”: this event has no releases yet.</source>
        <translation>No hay ninguna versión «%1»: este evento aún no tiene versiones.</translation>
    </message>
    <message>
        <source>There is no release “%1”; the releases are: %2.</source>
        <translation>No hay ninguna versión «%1»; las versiones son: %2.</translation>
    </message>
    <message>
        <source>Release “%1”: %2</source>
        <translation>Versión «%1»: %2</translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseDialog</name>
    <message>
        <source>Release the programme</source>
        <translation>Publicar una versión del programa</translation>
    </message>
    <message>
        <source>A release keeps the programme as it is now — every session with its time, space, speakers and status — so you can later see what changed since it was printed.</source>
        <translation>Una versión guarda el programa tal como está ahora —cada sesión con su hora, espacio, ponentes y estado— para que después pueda ver qué ha cambiado desde que se imprimió.</translation>
    </message>
    <message>
        <source>v1</source>
        <translation>v1</translation>
    </message>
    <message>
        <source>printed 12 Nov</source>
        <translation>impreso el 12 nov.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Releases made so far:</source>
        <translation>Versiones publicadas hasta ahora:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Release “%1”</source>
        <translation>Versión «%1»</translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseFormats</name>
    <message>
        <source>This export needs --since NAME, the release to compare with.</source>
        <translation>Esta exportación necesita --since NOMBRE, la versión con la que comparar.</translation>
    </message>
    <message>
        <source>What changed in the programme since a release (--since NAME), as Markdown.</source>
        <translation>Qué ha cambiado en el programa desde una versión (--since NOMBRE), en Markdown.</translation>
    </message>
    <message>
        <source>What changed in the programme since a release (--since NAME), as JSON.</source>
        <translation>Qué ha cambiado en el programa desde una versión (--since NOMBRE), en JSON.</translation>
    </message>
    <message>
        <source>Nothing printed has changed since release “%1”: there are no pages to print again.</source>
        <translation>Nada de lo impreso ha cambiado desde la versión «%1»: no hay páginas que reimprimir.</translation>
    </message>
    <message>
        <source>The days chosen hold none of the changes since release “%1”.</source>
        <translation>Los días elegidos no contienen ninguno de los cambios desde la versión «%1».</translation>
    </message>
</context>
<context>
    <name>standlab::ResolveConflictCommand</name>
    <message>
        <source>Use the other value of “%1”</source>
        <translation>Usar el otro valor de «%1»</translation>
    </message>
</context>
<context>
    <name>standlab::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Stand Lab keeps automatic copies of &lt;b&gt;%1&lt;/b&gt; while you work. Restoring one writes it to a new file and opens it there; the open file is not changed.</source>
        <translation>Stand Lab guarda copias automáticas de &lt;b&gt;%1&lt;/b&gt; mientras trabaja. Al restaurar una, se escribe en un archivo nuevo y se abre ahí; el archivo abierto no cambia.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>There are no backups of this event yet. The first one is made a moment after an event opens, then one every ten minutes while you edit.</source>
        <translation>Aún no hay copias de seguridad de este evento. La primera se hace poco después de abrir un evento y luego una cada diez minutos mientras edita.</translation>
    </message>
    <message>
        <source>Restore as a new file…</source>
        <translation>Restaurar como archivo nuevo…</translation>
    </message>
    <message>
        <source>Write the chosen backup to a new file and open it</source>
        <translation>Escribir la copia de seguridad elegida en un archivo nuevo y abrirlo</translation>
    </message>
    <message>
        <source>Choose a backup to restore.</source>
        <translation>Elija una copia de seguridad para restaurar.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup is restored only into a new file.</source>
        <translation>%1 ya existe; una copia de seguridad solo se restaura en un archivo nuevo.</translation>
    </message>
    <message>
        <source>Restore backup as</source>
        <translation>Restaurar la copia de seguridad como</translation>
    </message>
    <message>
        <source>%1 (restored %2)</source>
        <translation>%1 (restaurado %2)</translation>
    </message>
</context>
<context>
    <name>standlab::RevisionRestorer</name>
    <message>
        <source>The document of this revision is no longer in the file.</source>
        <translation>El documento de esta revisión ya no está en el archivo.</translation>
    </message>
</context>
<context>
    <name>standlab::RevisionsPanel</name>
    <message>
        <source>Restore a revision</source>
        <translation>Restaurar una revisión</translation>
    </message>
    <message>
        <source>Saved revisions, newest first. Select one to open or restore it, two to compare them.</source>
        <translation>Revisiones guardadas, la más reciente primero. Seleccione una para abrirla o restaurarla, o dos para compararlas.</translation>
    </message>
    <message>
        <source>Save a revision…</source>
        <translation>Guardar una revisión…</translation>
    </message>
    <message>
        <source>Keep the document as it is now under a name, e.g. “End of day 1”</source>
        <translation>Conservar el documento tal como está ahora con un nombre, p. ej., «Final del día 1»</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Read the selected revision</source>
        <translation>Leer la revisión seleccionada</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare the two selected revisions, or the selected one with the current text</source>
        <translation>Comparar las dos revisiones seleccionadas, o la seleccionada con el texto actual</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Bring the document back to the selected revision (an edit you can undo)</source>
        <translation>Devolver el documento a la revisión seleccionada (una edición que se puede deshacer)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export the selected revision, or the current text, as a PDF</source>
        <translation>Exportar la revisión seleccionada, o el texto actual, en PDF</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Export the selected revision, or the current text, as Markdown</source>
        <translation>Exportar la revisión seleccionada, o el texto actual, en Markdown</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Save revision “%1”</source>
        <translation>Guardar la revisión «%1»</translation>
    </message>
    <message>
        <source>Saved the revision “%1”.</source>
        <translation>Se ha guardado la revisión «%1».</translation>
    </message>
    <message>
        <source>There is no such revision.</source>
        <translation>No existe esa revisión.</translation>
    </message>
    <message>
        <source>Restored “%1”. Undo brings back the text as it was.</source>
        <translation>Se ha restaurado «%1». Deshacer recupera el texto como estaba.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texto actual</translation>
    </message>
    <message>
        <source>Save a revision</source>
        <translation>Guardar una revisión</translation>
    </message>
    <message>
        <source>Name of the revision:</source>
        <translation>Nombre de la revisión:</translation>
    </message>
    <message>
        <source>%1 — revision “%2” (read-only)</source>
        <translation>%1 — revisión «%2» (solo lectura)</translation>
    </message>
    <message>
        <source>Bring the document back to “%1”? The current text stays in the history: Undo, or save a revision first.</source>
        <translation>¿Devolver el documento a «%1»? El texto actual se queda en el historial: use Deshacer o guarde antes una revisión.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar en PDF</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exportar en Markdown</translation>
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
        <translation>Tablero del horario</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 en %3</translation>
    </message>
    <message>
        <source>no space</source>
        <translation>sin espacio</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Working line: %1</source>
        <translation>Línea de trabajo: %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>También: %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n conflicto:</numerusform>
            <numerusform>%n conflictos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Sesión sin título</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No spaces yet. Add spaces in the event settings to plan the programme.</source>
        <translation>Aún no hay espacios. Añada espacios en la configuración del evento para planificar el programa.</translation>
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
        <translation>Días</translation>
    </message>
    <message>
        <source>&amp;Snap to</source>
        <translation>A&amp;justar a</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel, Ctrl+−)</source>
        <translation>Alejar (Ctrl+rueda, Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel, Ctrl++)</source>
        <translation>Acercar (Ctrl+rueda, Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>&amp;Unscheduled (%1)</source>
        <translation>Sin &amp;programar (%1)</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Drop a block here to move it to this day</source>
        <translation>Suelte un bloque aquí para moverlo a este día</translation>
    </message>
    <message>
        <source>Every day side by side</source>
        <translation>Todos los días uno al lado del otro</translation>
    </message>
    <message>
        <source>&amp;Conflicts: none</source>
        <translation>&amp;Conflictos: ninguno</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflictos (%1)</translation>
    </message>
</context>
<context>
    <name>standlab::ScheduleZone</name>
    <message>
        <source>“%1” is not a time zone this computer knows; give an IANA name such as Europe/Madrid.</source>
        <translation>«%1» no es una zona horaria que este ordenador conozca; indique un nombre IANA como Europe/Madrid.</translation>
    </message>
    <message>
        <source>The file names its time zone: %1.</source>
        <translation>El archivo indica su zona horaria: %1.</translation>
    </message>
    <message>
        <source>The file's time zone “%1” is unknown. </source>
        <translation>La zona horaria del archivo, «%1», es desconocida. </translation>
    </message>
    <message>
        <source>The file gives neither a time zone nor offsets: its times were read as %1 (--timezone).</source>
        <translation>El archivo no da ni zona horaria ni desfases: sus horas se han leído como %1 (--timezone).</translation>
    </message>
    <message>
        <source>The file gives neither a time zone nor offsets: its times were read as the event's zone, %1. If that is wrong, import again with --timezone ZONE (or change the event's zone first).</source>
        <translation>El archivo no da ni zona horaria ni desfases: sus horas se han leído en la zona del evento, %1. Si no es correcta, vuelva a importar con --timezone ZONA (o cambie antes la zona del evento).</translation>
    </message>
    <message>
        <source>The file names no time zone; its dates carry the offsets %1, which fit %2: its times were read in that zone. Give --timezone ZONE to choose another zone of the same offsets.</source>
        <translation>El archivo no indica zona horaria; sus fechas llevan los desfases %1, que corresponden a %2: sus horas se han leído en esa zona. Indique --timezone ZONA para elegir otra zona con los mismos desfases.</translation>
    </message>
    <message>
        <source>--timezone %1 does not fit those offsets and was not used.</source>
        <translation>--timezone %1 no corresponde a esos desfases y no se ha usado.</translation>
    </message>
    <message>
        <source>The file names no time zone and its offsets (%1) fit no zone's rules: its times were read at the fixed offset %2. Give --timezone ZONE to name the zone.</source>
        <translation>El archivo no indica zona horaria y sus desfases (%1) no corresponden a las reglas de ninguna zona: sus horas se han leído con el desfase fijo %2. Indique --timezone ZONA para nombrar la zona.</translation>
    </message>
    <message>
        <source>--timezone %1 was not needed and was not used.</source>
        <translation>--timezone %1 no era necesario y no se ha usado.</translation>
    </message>
    <message>
        <source>The file names no time zone and gives its dates in UTC: they keep their moments and are shown on the clock of %1.</source>
        <translation>El archivo no indica zona horaria y da sus fechas en UTC: conservan su instante y se muestran en el reloj de %1.</translation>
    </message>
</context>
<context>
    <name>standlab::SchemaVerifier</name>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>disparador</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>schema object of type “%1”</source>
        <translation>objeto de esquema de tipo «%1»</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the schema of version %2 could not be built to check it against (%3).</source>
        <translation>No se puede abrir «%1»: no se ha podido construir el esquema de la versión %2 para compararlo con él (%3).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it holds a %2 “%3” that Stand Lab never makes (the file is of version %4).</source>
        <translation>No se puede abrir «%1»: contiene un elemento «%3» (%2) que Stand Lab nunca crea (el archivo es de la versión %4).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: its %2 “%3” is not the one Stand Lab makes (the file is of version %4).</source>
        <translation>No se puede abrir «%1»: su %2 «%3» no coincide con lo que crea Stand Lab (el archivo es de la versión %4).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: its list of tables could not be read (%2).</source>
        <translation>No se puede abrir «%1»: no se ha podido leer su lista de tablas (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the %2 “%3” that every file of version %4 holds is missing.</source>
        <translation>No se puede abrir «%1»: falta el elemento «%3» (%2), que contiene todo archivo de la versión %4.</translation>
    </message>
    <message>
        <source>It was changed outside Stand Lab, and what was changed could run commands of its own, so it was not opened. The file was left untouched; open a backup or ask for a fresh copy.</source>
        <translation>Se ha modificado fuera de Stand Lab y lo modificado podría ejecutar órdenes propias, así que no se ha abierto. El archivo no se ha tocado; abra una copia de seguridad o pida una copia nueva.</translation>
    </message>
</context>
<context>
    <name>standlab::SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Buscar en todo (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search sessions, people, organisations, actions and datasets as you type. Enter opens the first hit; Up and Down choose another.</source>
        <translation>Busca sesiones, personas, organizaciones, acciones y conjuntos de datos mientras escribe. Enter abre el primer resultado; las teclas Up y Down eligen otro.</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search the whole event</source>
        <translation>Buscar en todo el evento</translation>
    </message>
    <message>
        <source>Search (indexing new rows, %1%)</source>
        <translation>Buscar (indexando filas nuevas, %1%)</translation>
    </message>
</context>
<context>
    <name>standlab::SearchResultsModel</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de datos</translation>
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
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Show only the rows containing this text in any column</source>
        <translation>Mostrar solo las filas que contienen este texto en alguna columna</translation>
    </message>
</context>
<context>
    <name>standlab::SectionEditor</name>
    <message>
        <source>The title of the section</source>
        <translation>El título de la sección</translation>
    </message>
    <message>
        <source>Draft, in review or adopted</source>
        <translation>Borrador, en revisión o aprobado</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Plain paragraph</source>
        <translation>Párrafo normal</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>H1</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>H2</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <source>Link the selected text to a web address</source>
        <translation>Enlazar el texto seleccionado a una dirección web</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Web address (https://…):</source>
        <translation>Dirección web (https://…):</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Cambiar el nombre de la sección</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Cambiar el nombre del documento</translation>
    </message>
    <message>
        <source>Set section status</source>
        <translation>Establecer el estado de la sección</translation>
    </message>
    <message>
        <source>Set document status</source>
        <translation>Establecer el estado del documento</translation>
    </message>
    <message>
        <source>Not edited yet</source>
        <translation>Aún sin editar</translation>
    </message>
    <message>
        <source>Last edited on %1</source>
        <translation>Última edición: %1</translation>
    </message>
</context>
<context>
    <name>standlab::SessionEditor</name>
    <message>
        <source>Select a session to edit it, or press New session.</source>
        <translation>Seleccione una sesión para editarla o pulse Nueva sesión.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>The title as printed in the programme</source>
        <translation>El título tal como aparece impreso en el programa</translation>
    </message>
    <message>
        <source>What kind of session this is</source>
        <translation>Qué tipo de sesión es</translation>
    </message>
    <message>
        <source>Idea and proposed sessions are not yet in the programme</source>
        <translation>Las sesiones en estado de idea o propuesta aún no están en el programa</translation>
    </message>
    <message>
        <source>The working line this session belongs to</source>
        <translation>La línea de trabajo a la que pertenece esta sesión</translation>
    </message>
    <message>
        <source>Cross-cutting working lines this session also contributes to</source>
        <translation>Líneas de trabajo transversales a las que también contribuye esta sesión</translation>
    </message>
    <message>
        <source>The language the session is held in</source>
        <translation>El idioma en que se celebra la sesión</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Working line:</source>
        <translation>&amp;Línea de trabajo:</translation>
    </message>
    <message>
        <source>Cross-cutting:</source>
        <translation>Transversales:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Cuándo y dónde</translation>
    </message>
    <message>
        <source>Choose “Unscheduled” to take the session out of the timetable</source>
        <translation>Elija «Sin programar» para sacar la sesión del horario</translation>
    </message>
    <message>
        <source>Changing the start keeps the length of the session</source>
        <translation>Al cambiar el inicio se mantiene la duración de la sesión</translation>
    </message>
    <message>
        <source>When the session ends</source>
        <translation>Cuándo termina la sesión</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>La sesión termina antes de empezar.</translation>
    </message>
    <message>
        <source>Where at the stand the session takes place</source>
        <translation>En qué lugar del stand tiene lugar la sesión</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation>&amp;Espacio:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>The abstract printed in the programme</source>
        <translation>El resumen que se imprime en el programa</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How many people the session can take</source>
        <translation>Cuántas personas caben en la sesión</translation>
    </message>
    <message>
        <source>How many people are expected</source>
        <translation>Cuántas personas se esperan</translation>
    </message>
    <message>
        <source>How many people actually came</source>
        <translation>Cuántas personas vinieron realmente</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Aforo:</translation>
    </message>
    <message>
        <source>E&amp;xpected:</source>
        <translation>Pre&amp;vistas:</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>Asiste&amp;ntes:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Where the recording is published</source>
        <translation>Dónde se publica la grabación</translation>
    </message>
    <message>
        <source>Shared notes taken during the session</source>
        <translation>Notas compartidas tomadas durante la sesión</translation>
    </message>
    <message>
        <source>The speakers' slides</source>
        <translation>Las diapositivas de los ponentes</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Grabación:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Slides:</source>
        <translation>Diapositivas:</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Only for the organisers; never exported</source>
        <translation>Solo para la organización; nunca se exportan</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Editar el título</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Cambiar el tipo</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Change working line</source>
        <translation>Cambiar la línea de trabajo</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Cambiar el idioma</translation>
    </message>
    <message>
        <source>Change space</source>
        <translation>Cambiar el espacio</translation>
    </message>
    <message>
        <source>Edit abstract</source>
        <translation>Editar el resumen</translation>
    </message>
    <message>
        <source>Change capacity</source>
        <translation>Cambiar el aforo</translation>
    </message>
    <message>
        <source>Change expected headcount</source>
        <translation>Cambiar la asistencia prevista</translation>
    </message>
    <message>
        <source>Change headcount</source>
        <translation>Cambiar el recuento de asistentes</translation>
    </message>
    <message>
        <source>Edit recording link</source>
        <translation>Editar el enlace de la grabación</translation>
    </message>
    <message>
        <source>Edit notes link</source>
        <translation>Editar el enlace de las notas</translation>
    </message>
    <message>
        <source>Edit slides link</source>
        <translation>Editar el enlace de las diapositivas</translation>
    </message>
    <message>
        <source>Edit internal notes</source>
        <translation>Editar las notas internas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>(no space)</source>
        <translation>(sin espacio)</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Sin programar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not an event day)</source>
        <translation>%1 (no es un día del evento)</translation>
    </message>
    <message>
        <source>Unschedule session</source>
        <translation>Quitar la sesión del horario</translation>
    </message>
    <message>
        <source>Change day</source>
        <translation>Cambiar el día</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Cambiar la hora de inicio</translation>
    </message>
    <message>
        <source>Change end time</source>
        <translation>Cambiar la hora de fin</translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation>Etiquetar con %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
    <message>
        <source>A second line under the title</source>
        <translation>Una segunda línea bajo el título</translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation>S&amp;ubtítulo:</translation>
    </message>
    <message>
        <source>The longer text conference apps show beside the abstract</source>
        <translation>El texto más largo que las aplicaciones de conferencias muestran junto al resumen</translation>
    </message>
    <message>
        <source>Lon&amp;ger description:</source>
        <translation>Descripción la&amp;rga:</translation>
    </message>
    <message>
        <source>Title | https://… | kind</source>
        <translation>Título | https://… | tipo</translation>
    </message>
    <message>
        <source>One link a line: title | address | kind (recording, slides, notes, feedback or other)</source>
        <translation>Un enlace por línea: título | dirección | tipo (grabación, diapositivas, notas, valoraciones u otro)</translation>
    </message>
    <message>
        <source>Files that belong to the session, one a line: title | address</source>
        <translation>Archivos de la sesión, uno por línea: título | dirección</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>Ad&amp;juntos:</translation>
    </message>
    <message>
        <source>The licence the recording is published under</source>
        <translation>La licencia con la que se publica la grabación</translation>
    </message>
    <message>
        <source>e.g. CC BY 4.0</source>
        <translation>p. ej., CC BY 4.0</translation>
    </message>
    <message>
        <source>The speakers do &amp;not want it recorded</source>
        <translation>Los ponentes no quieren que se &amp;grabe</translation>
    </message>
    <message>
        <source>Carried in the conference-app schedule, so no one records it by mistake</source>
        <translation>Se incluye en el programa para aplicaciones de conferencias, para que nadie la grabe por error</translation>
    </message>
    <message>
        <source>Recording licence:</source>
        <translation>Licencia de la grabación:</translation>
    </message>
    <message>
        <source>Edit subtitle</source>
        <translation>Editar subtítulo</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Editar descripción</translation>
    </message>
    <message>
        <source>Edit recording licence</source>
        <translation>Editar licencia de la grabación</translation>
    </message>
    <message>
        <source>Edit links</source>
        <translation>Editar enlaces</translation>
    </message>
    <message>
        <source>Edit attachments</source>
        <translation>Editar adjuntos</translation>
    </message>
    <message>
        <source>Change recording opt-out</source>
        <translation>Cambiar la negativa a la grabación</translation>
    </message>
    <message>
        <source>Line %1 is not “title | address | kind”; it is not saved yet.</source>
        <translation>La línea %1 no es «título | dirección | tipo»; todavía no se ha guardado.</translation>
    </message>
    <message>
        <source>More l&amp;inks:</source>
        <translation>Más enla&amp;ces:</translation>
    </message>
</context>
<context>
    <name>standlab::SessionEditorDialog</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>standlab::SessionLinks</name>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>standlab::SessionTableModel</name>
    <message>
        <source>Unscheduled</source>
        <translation>Sin programar</translation>
    </message>
    <message numerus="yes">
        <source>+%n tag(s)</source>
        <translation>
            <numerusform>+%n etiqueta</numerusform>
            <numerusform>+%n etiquetas</numerusform>
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
Transversales: %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Working line</source>
        <translation>Línea de trabajo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>standlab::StandPage</name>
    <message>
        <source>&amp;Now &amp;&amp; Next full screen</source>
        <translation>&amp;Ahora &amp;&amp; Después a pantalla completa</translation>
    </message>
    <message>
        <source>Show what is on now and next, full screen, for the screen at the stand (Ctrl+Shift+N or F11; Escape leaves it)</source>
        <translation>Mostrar lo que hay ahora y a continuación, a pantalla completa, para la pantalla del stand (Ctrl+Shift+N o F11; Escape para salir)</translation>
    </message>
    <message>
        <source>&amp;Rehearse at…</source>
        <translation>&amp;Ensayar a partir de…</translation>
    </message>
    <message>
        <source>Back to the computer's clock after a rehearsal</source>
        <translation>Volver al reloj del ordenador después de un ensayo</translation>
    </message>
    <message>
        <source>The day the list shows (Alt+Y)</source>
        <translation>El día que muestra la lista (Alt+Y)</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Rehearse at…</source>
        <translation>Ensayar a partir de…</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Hora real</translation>
    </message>
    <message>
        <source>Now &amp;&amp; Next full screen</source>
        <translation>Ahora &amp;&amp; Después a pantalla completa</translation>
    </message>
    <message>
        <source>Today's sessions and speakers</source>
        <translation>Sesiones y ponentes de hoy</translation>
    </message>
    <message>
        <source>Space ticks a speaker as arrived; Alt+H edits the headcount, Alt+N takes a note</source>
        <translation>La tecla Space marca la llegada de un ponente; Alt+H edita el recuento de asistentes y Alt+N toma una nota</translation>
    </message>
    <message>
        <source>Today's &amp;sessions — tick speakers as they arrive</source>
        <translation>&amp;Sesiones de hoy: marque a los ponentes a medida que lleguen</translation>
    </message>
    <message>
        <source>How many people are in the session; Enter saves it</source>
        <translation>Cuántas personas hay en la sesión; Enter lo guarda</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>Asiste&amp;ntes:</translation>
    </message>
    <message>
        <source>&amp;Stand</source>
        <translation>S&amp;tand</translation>
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
        <translation>%1 (ensayo, reloj parado)</translation>
    </message>
    <message>
        <source>%1 (rehearsal ×%2)</source>
        <translation>%1 (ensayo ×%2)</translation>
    </message>
    <message>
        <source>The stand clock, in the event's time zone (%1)</source>
        <translation>El reloj del stand, en la zona horaria del evento (%1)</translation>
    </message>
    <message>
        <source>Run the stand clock from a chosen time and speed (Ctrl+Alt+R)</source>
        <translation>Hacer funcionar el reloj del stand desde una hora y a una velocidad elegidas (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <source>Use the real &amp;time</source>
        <translation>Usar la hora &amp;real</translation>
    </message>
</context>
<context>
    <name>standlab::Store</name>
    <message>
        <source>Cannot create “%1”: the folder %2 does not exist.</source>
        <translation>No se puede crear «%1»: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file of that name already exists.</source>
        <translation>No se puede crear «%1»: ya existe un archivo con ese nombre.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a SQLite database of another application, not a Stand Lab event.</source>
        <translation>No se puede abrir «%1»: es una base de datos SQLite de otra aplicación, no un evento de Stand Lab.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it was saved by a newer Stand Lab (file version %2; this version reads up to %3). Update Stand Lab to open it.</source>
        <translation>No se puede abrir «%1»: se guardó con una versión más reciente de Stand Lab (versión de archivo %2; esta versión lee hasta la %3). Actualice Stand Lab para abrirlo.</translation>
    </message>
    <message>
        <source>“%1” is a read-only file: you can read it, but changes cannot be saved. Use File › Save a copy… to work on a copy.</source>
        <translation>«%1» es un archivo de solo lectura: puede leerlo, pero no se pueden guardar los cambios. Use Archivo › Guardar una copia… para trabajar en una copia.</translation>
    </message>
    <message>
        <source>“%1” was opened read-only.</source>
        <translation>«%1» se ha abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is damaged or not a database (%2).</source>
        <translation>No se puede abrir «%1»: el archivo está dañado o no es una base de datos (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the integrity check failed (%2). Restore it from a backup.</source>
        <translation>No se puede abrir «%1»: la comprobación de integridad ha fallado (%2). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot open “%1” read-only: it was saved by an older Stand Lab and must be upgraded, which needs write access.</source>
        <translation>No se puede abrir «%1» en modo de solo lectura: se guardó con una versión anterior de Stand Lab y hay que actualizarlo, lo que requiere permiso de escritura.</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: the safety copy could not be written (%2).</source>
        <translation>No se puede actualizar «%1»: no se ha podido escribir la copia de seguridad previa (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the write-ahead journal could not be enabled (%2).</source>
        <translation>No se puede abrir «%1»: no se ha podido activar el registro de escritura anticipada (%2).</translation>
    </message>
    <message>
        <source>The change could not be started: %1</source>
        <translation>No se ha podido iniciar el cambio: %1</translation>
    </message>
    <message>
        <source>The change could not be saved to “%1”: %2</source>
        <translation>No se ha podido guardar el cambio en «%1»: %2</translation>
    </message>
    <message>
        <source>There is no table “%1” in this file.</source>
        <translation>No hay ninguna tabla «%1» en este archivo.</translation>
    </message>
    <message>
        <source>There is no field “%1” in “%2”.</source>
        <translation>No hay ningún campo «%1» en «%2».</translation>
    </message>
    <message>
        <source>The item to change no longer exists; another change may have removed it.</source>
        <translation>El elemento que se quiere cambiar ya no existe; puede que otro cambio lo haya eliminado.</translation>
    </message>
    <message>
        <source>The item to delete no longer exists.</source>
        <translation>El elemento que se quiere eliminar ya no existe.</translation>
    </message>
    <message>
        <source>Row %1 of “%2” could not be stored: %3</source>
        <translation>No se ha podido guardar la fila %1 de «%2»: %3</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder does not exist.</source>
        <translation>No se puede escribir «%1»: la carpeta no existe.</translation>
    </message>
    <message>
        <source>the finished copy could not be moved into place</source>
        <translation>no se ha podido mover la copia terminada a su sitio</translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2</source>
        <translation>No se ha podido escribir la copia «%1»: %2</translation>
    </message>
    <message>
        <source>a reference in “%1” points to a missing row</source>
        <translation>una referencia en «%1» apunta a una fila que no existe</translation>
    </message>
    <message>
        <source>Cannot open “%1”: its index file “%2” could not be created beside it; the disk may be full. Free some space on that disk, or copy the file to another disk, and open it again.</source>
        <translation>No se puede abrir «%1»: no se ha podido crear a su lado su archivo de índice «%2»; puede que el disco esté lleno. Libere espacio en ese disco, o copie el archivo a otro disco, y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the disk is full. Free some space on that disk, or copy the file to another disk, and open it again.</source>
        <translation>No se puede abrir «%1»: el disco está lleno. Libere espacio en ese disco, o copie el archivo a otro disco, y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file or its folder is read-only (%2). Make them writable, or copy the file to a folder of your own.</source>
        <translation>No se puede abrir «%1»: el archivo o su carpeta son de solo lectura (%2). Permita escribir en ellos, o copie el archivo a una carpeta propia.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it or the files kept beside it could not be opened (%2). Check that the file exists and that you may read and write in its folder.</source>
        <translation>No se puede abrir «%1»: no se han podido abrir el archivo o los archivos que lo acompañan (%2). Compruebe que el archivo existe y que puede leer y escribir en su carpeta.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the disk reported an error while reading or writing it (%2). The disk may be full, removed or failing: copy the file to another disk and open the copy.</source>
        <translation>No se puede abrir «%1»: el disco ha dado un error al leerlo o escribirlo (%2). Puede que el disco esté lleno, desconectado o fallando: copie el archivo a otro disco y abra la copia.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: another program is using it (%2). Close it there and try again.</source>
        <translation>No se puede abrir «%1»: otro programa lo está usando (%2). Ciérrelo allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2; the disk may be full.</source>
        <translation>No se ha podido escribir la copia «%1»: %2; puede que el disco esté lleno.</translation>
    </message>
</context>
<context>
    <name>standlab::SyncActions</name>
    <message>
        <source>Stand Lab sync packages (*.%1);;All files (*)</source>
        <translation>Paquetes de sincronización de Stand Lab (*.%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>S&amp;hare changes…</source>
        <translation>&amp;Compartir cambios…</translation>
    </message>
    <message>
        <source>Write a sync package of this event's changes for the other laptops</source>
        <translation>Escribir un paquete de sincronización con los cambios de este evento para los demás portátiles</translation>
    </message>
    <message>
        <source>Recei&amp;ve changes…</source>
        <translation>Reci&amp;bir cambios…</translation>
    </message>
    <message>
        <source>Merge sync packages from other laptops into this event</source>
        <translation>Fusionar en este evento paquetes de sincronización de otros portátiles</translation>
    </message>
    <message>
        <source>Conflicts and e&amp;xchanges…</source>
        <translation>Conflictos e in&amp;tercambios…</translation>
    </message>
    <message>
        <source>Review merge conflicts and the history of exchanges</source>
        <translation>Revisar los conflictos de fusión y el historial de intercambios</translation>
    </message>
    <message>
        <source>%1 (written on this laptop)</source>
        <translation>%1 (escrito en este portátil)</translation>
    </message>
    <message>
        <source>%1 (already received)</source>
        <translation>%1 (ya recibido)</translation>
    </message>
    <message>
        <source>Everything (for a laptop that never received from this one)</source>
        <translation>Todo (para un portátil que nunca ha recibido nada de este)</translation>
    </message>
    <message>
        <source>Only what “%1” is missing</source>
        <translation>Solo lo que le falta a «%1»</translation>
    </message>
    <message>
        <source>Share changes</source>
        <translation>Compartir cambios</translation>
    </message>
    <message>
        <source>Package for:</source>
        <translation>Paquete para:</translation>
    </message>
    <message>
        <source>Receive changes</source>
        <translation>Recibir cambios</translation>
    </message>
    <message>
        <source>Nothing was merged. %1</source>
        <translation>No se ha fusionado nada. %1</translation>
    </message>
    <message>
        <source>Receive everything new from the sync &amp;folder</source>
        <translation>Recibir todas las no&amp;vedades de la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Merge every package in the sync folder that this event has not received yet (Ctrl+Shift+G); the sync folder is set in Preferences</source>
        <translation>Fusionar todos los paquetes de la carpeta de sincronización que este evento aún no ha recibido (Ctrl+Shift+G); la carpeta de sincronización se establece en Preferencias</translation>
    </message>
    <message>
        <source>Write the package to the sync folder?</source>
        <translation>¿Escribir el paquete en la carpeta de sincronización?</translation>
    </message>
    <message>
        <source>It is saved as “%1” in %2, where the other laptops find it.</source>
        <translation>Se guarda como «%1» en %2, donde los demás portátiles lo encuentran.</translation>
    </message>
    <message>
        <source>&amp;Write to the sync folder</source>
        <translation>&amp;Escribir en la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Save &amp;elsewhere…</source>
        <translation>Guardar en &amp;otro lugar…</translation>
    </message>
    <message>
        <source>Package written to %1</source>
        <translation>Paquete escrito en %1</translation>
    </message>
    <message>
        <source>Receive from the sync folder</source>
        <translation>Recibir de la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Nothing new in %1.</source>
        <translation>No hay nada nuevo en %1.</translation>
    </message>
    <message>
        <source>Packages appear here when the other laptops share their changes to this folder.</source>
        <translation>Los paquetes aparecen aquí cuando los demás portátiles comparten sus cambios en esta carpeta.</translation>
    </message>
    <message>
        <source>No sync folder is chosen yet.</source>
        <translation>Aún no se ha elegido ninguna carpeta de sincronización.</translation>
    </message>
    <message>
        <source>Choose the folder where the laptops leave their packages: a USB stick, or a folder that Syncthing or a network share keeps in step. Preferences can change it later.</source>
        <translation>Elija la carpeta donde los portátiles dejan sus paquetes: una memoria USB o una carpeta que Syncthing o un recurso compartido de red mantienen sincronizada. Puede cambiarla más adelante en Preferencias.</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>&amp;Merge another event file…</source>
        <translation>F&amp;usionar otro archivo de evento…</translation>
    </message>
    <message>
        <source>Take the changes of another copy of this event, such as a .standlab file sent by e-mail; that file is only read</source>
        <translation>Incorporar los cambios de otra copia de este evento, como un archivo .standlab enviado por correo electrónico; ese archivo solo se lee</translation>
    </message>
    <message>
        <source>Merge another event file</source>
        <translation>Fusionar otro archivo de evento</translation>
    </message>
    <message>
        <source>Stand Lab events (*.standlab);;All files (*)</source>
        <translation>Eventos de Stand Lab (*.standlab);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>standlab::SyncReviewDialog</name>
    <message>
        <source>Conflicts and exchanges</source>
        <translation>Conflictos e intercambios</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Usar el otro valor</translation>
    </message>
    <message>
        <source>Replace the kept value by the other laptop's value; Edit › Undo brings it back</source>
        <translation>Sustituir el valor conservado por el del otro portátil; Editar › Deshacer lo recupera</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;History of exchanges</source>
        <translation>&amp;Historial de intercambios</translation>
    </message>
    <message>
        <source>Other value used</source>
        <translation>Se usó el otro valor</translation>
    </message>
    <message>
        <source>Kept by the rule</source>
        <translation>Conservado por la regla</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No conflicts: no field was changed on two laptops before they met.</source>
        <translation>No hay conflictos: ningún campo se cambió en dos portátiles antes de sincronizarse.</translation>
    </message>
    <message>
        <source>Both laptops changed these fields before they met. The later change was kept on every laptop; pick the other value where it was the right one.</source>
        <translation>Los dos portátiles cambiaron estos campos antes de sincronizarse. Se conservó el cambio más reciente en todos los portátiles; elija el otro valor donde fuera el correcto.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
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
        <translation>Cambios recibidos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing new&lt;/b&gt;: this event already held every change.</source>
        <translation>&lt;b&gt;Nada nuevo&lt;/b&gt;: este evento ya tenía todos los cambios.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n change(s)&lt;/b&gt; merged into this event.</source>
        <translation>
            <numerusform>&lt;b&gt;%n cambio&lt;/b&gt; fusionado en este evento.</numerusform>
            <numerusform>&lt;b&gt;%n cambios&lt;/b&gt; fusionados en este evento.</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Altas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificaciones</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>No fusionado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both laptops changed the same field. The later change was kept; you can pick the other value.</source>
        <translation>
            <numerusform>%n conflicto: los dos portátiles cambiaron el mismo campo. Se conservó el cambio más reciente; puede elegir el otro valor.</numerusform>
            <numerusform>%n conflictos: los dos portátiles cambiaron el mismo campo. Se conservó el cambio más reciente; puede elegir el otro valor.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Revisar conflictos…</translation>
    </message>
    <message>
        <source>Not merged:</source>
        <translation>No fusionados:</translation>
    </message>
</context>
<context>
    <name>standlab::TodayModel</name>
    <message>
        <source>(unknown person)</source>
        <translation>(persona desconocida)</translation>
    </message>
    <message>
        <source>People in the room; edit with F2 or by typing a number</source>
        <translation>Personas en la sala; edítelo con F2 o escribiendo un número</translation>
    </message>
    <message>
        <source>no speakers</source>
        <translation>sin ponentes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Press Space to tick %1 as arrived</source>
        <translation>Pulse la tecla Space para marcar la llegada de %1</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>ha llegado</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>Tick %1 as arrived</source>
        <translation>Marcar la llegada de %1</translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation>Desmarcar la llegada de %1</translation>
    </message>
    <message>
        <source>Headcount of “%1”: %2</source>
        <translation>Asistentes de «%1»: %2</translation>
    </message>
    <message>
        <source>Session / speaker</source>
        <translation>Sesión / ponente</translation>
    </message>
    <message>
        <source>Time / role</source>
        <translation>Hora / función</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>standlab::UnscheduledList</name>
    <message>
        <source>Unscheduled sessions</source>
        <translation>Sesiones sin programar</translation>
    </message>
    <message>
        <source>Every session has a time. Drop a block here to take it off the schedule.</source>
        <translation>Todas las sesiones tienen hora. Suelte un bloque aquí para sacarlo del horario.</translation>
    </message>
</context>
<context>
    <name>standlab::UnscheduledModel</name>
    <message>
        <source>Untitled session</source>
        <translation>Sesión sin título</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>Drag onto the board, or press Enter to place it in the first free slot.</source>
        <translation>Arrástrela al tablero o pulse Enter para colocarla en la primera franja libre.</translation>
    </message>
</context>
<context>
    <name>standlab::WelcomeWindow</name>
    <message>
        <source>Welcome — Stand Lab</source>
        <translation>Bienvenida — Stand Lab</translation>
    </message>
    <message>
        <source>Stand Lab</source>
        <translation>Stand Lab</translation>
    </message>
    <message>
        <source>Plan and run the Sharing Cities Action Stand Lab: programme, people, contacts and the Action Plan, on your own laptop.</source>
        <translation>Planifique y gestione el Sharing Cities Action Stand Lab: programa, personas, contactos y el Plan de acción, en su propio portátil.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <source>Create a new, empty event file</source>
        <translation>Crear un archivo de evento nuevo y vacío</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open an event file (.standlab)</source>
        <translation>Abrir un archivo de evento (.standlab)</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <source>Open a fresh copy of the 2019 demo event; change it as you like</source>
        <translation>Abrir una copia nueva del evento de demostración de 2019; modifíquela como quiera</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Eventos recientes</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Haga doble clic o pulse Enter para abrir</translation>
    </message>
    <message>
        <source>Remove missing files</source>
        <translation>Quitar los archivos que no se encuentran</translation>
    </message>
    <message>
        <source>Forget the recent events whose files are no longer there</source>
        <translation>Olvidar los eventos recientes cuyos archivos ya no están</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (no encontrado)</translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 ya no está ahí</translation>
    </message>
    <message>
        <source>No recent events yet</source>
        <translation>Aún no hay eventos recientes</translation>
    </message>
</context>
<context>
    <name>standlab::WorkshopDetailsEditor</name>
    <message>
        <source>The organisation that runs the workshop</source>
        <translation>La organización que dirige el taller</translation>
    </message>
    <message>
        <source>Facilitators are the session's people with the role Facilitator (see People above)</source>
        <translation>Los dinamizadores son las personas de la sesión con la función Dinamizador/a (véase Personas, más arriba)</translation>
    </message>
    <message>
        <source>What to prepare: flip charts, post-its, a projector…</source>
        <translation>Qué preparar: papelógrafos, pósits, un proyector…</translation>
    </message>
    <message>
        <source>How many participants the workshop can take</source>
        <translation>Cuántos participantes admite el taller</translation>
    </message>
    <message>
        <source>How many people have registered so far</source>
        <translation>Cuántas personas se han inscrito hasta ahora</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The Action Plan section this workshop's outcome goes into</source>
        <translation>La sección del Plan de acción a la que va el resultado de este taller</translation>
    </message>
    <message>
        <source>What came out of the workshop, for the Action Plan</source>
        <translation>Lo que salió del taller, para el Plan de acción</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>Entidad or&amp;ganizadora:</translation>
    </message>
    <message>
        <source>Facilitators:</source>
        <translation>Dinamizadores:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Materiales:</translation>
    </message>
    <message>
        <source>Max &amp;participants:</source>
        <translation>Má&amp;x. participantes:</translation>
    </message>
    <message>
        <source>&amp;Registrations:</source>
        <translation>Ins&amp;cripciones:</translation>
    </message>
    <message>
        <source>&amp;Feeds:</source>
        <translation>Apo&amp;rta a:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Change workshop organiser</source>
        <translation>Cambiar la entidad organizadora del taller</translation>
    </message>
    <message>
        <source>Change the section the workshop feeds</source>
        <translation>Cambiar la sección a la que aporta el taller</translation>
    </message>
    <message>
        <source>Edit workshop materials</source>
        <translation>Editar los materiales del taller</translation>
    </message>
    <message>
        <source>Edit workshop outcome</source>
        <translation>Editar el resultado del taller</translation>
    </message>
    <message>
        <source>Change maximum participants</source>
        <translation>Cambiar el máximo de participantes</translation>
    </message>
    <message>
        <source>Change registrations</source>
        <translation>Cambiar las inscripciones</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>(sin sección)</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>(sección sin título)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>1 registration over the limit.</source>
        <translation>1 inscripción por encima del límite.</translation>
    </message>
    <message>
        <source>%1 registrations over the limit.</source>
        <translation>%1 inscripciones por encima del límite.</translation>
    </message>
    <message>
        <source>None yet: add people above with the role Facilitator.</source>
        <translation>Aún ninguno: añada personas más arriba con la función Dinamizador/a.</translation>
    </message>
</context>
<context>
    <name>standlab::cli::CheckCommand</name>
    <message>
        <source>check FILE [--json]</source>
        <translation>check ARCHIVO [--json]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Print one JSON object: {"count": N, "conflicts": [{"rule", "message", "sessions", …}]}.</source>
        <translation>Imprimir un único objeto JSON: {"count": N, "conflicts": [{"rule", "message", "sessions", …}]}.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No hay conflictos.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n conflicto:</numerusform>
            <numerusform>%n conflictos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) found in %1.</source>
        <translation>
            <numerusform>%n conflicto encontrado en %1.</numerusform>
            <numerusform>%n conflictos encontrados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the conflicts of the programme (clashes, availability, opening hours, capacity, speakers) and sessions with impossible times; exit status 1 when there are any.</source>
        <translation>Listar los conflictos del programa (solapamientos, disponibilidad, horario de apertura, aforo, ponentes) y las sesiones con horas imposibles; el código de salida es 1 si hay alguno.</translation>
    </message>
    <message>
        <source>Session “%1” (id %2): %3.</source>
        <translation>Sesión «%1» (id %2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with impossible times:</source>
        <translation>
            <numerusform>%n sesión con horas imposibles:</numerusform>
            <numerusform>%n sesiones con horas imposibles:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with impossible times and %1 conflict(s) found in %2.</source>
        <translation>
            <numerusform>En %2: %n sesión con horas imposibles; conflictos encontrados: %1.</numerusform>
            <numerusform>En %2: %n sesiones con horas imposibles; conflictos encontrados: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::cli::Command</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 necesita un número entero entre %2 y %3, no «%4».</translation>
    </message>
</context>
<context>
    <name>standlab::cli::CommandLine</name>
    <message>
        <source>Show help for this subcommand.</source>
        <translation>Mostrar la ayuda de esta suborden.</translation>
    </message>
    <message>
        <source>Usage: %1 SUBCOMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Uso: %1 SUBORDEN [OPCIONES] [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>The Stand Lab command line: works on .standlab event files without a display.</source>
        <translation>La línea de órdenes de Stand Lab: trabaja con archivos de evento .standlab sin pantalla.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subórdenes:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Run “%1 SUBCOMMAND --help” for the options of one subcommand.</source>
        <translation>Ejecute «%1 SUBORDEN --help» para ver las opciones de una suborden.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Uso: %1 %2</translation>
    </message>
    <message>
        <source>no subcommand given; run “%1 --help” for the list.</source>
        <translation>no se ha indicado ninguna suborden; ejecute «%1 --help» para ver la lista.</translation>
    </message>
    <message>
        <source>unknown subcommand “%1”; run “%2 --help” for the list.</source>
        <translation>suborden desconocida: «%1»; ejecute «%2 --help» para ver la lista.</translation>
    </message>
    <message>
        <source>%1: missing argument %2; usage: %3 %4</source>
        <translation>%1: falta el argumento %2; uso: %3 %4</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”; usage: %3 %4</source>
        <translation>%1: argumento inesperado: «%2»; uso: %3 %4</translation>
    </message>
</context>
<context>
    <name>standlab::cli::DemoCommand</name>
    <message>
        <source>Write the demo event (Stand Lab 2019) to a new file.</source>
        <translation>Escribir el evento de demostración (Stand Lab 2019) en un archivo nuevo.</translation>
    </message>
    <message>
        <source>demo OUT.standlab</source>
        <translation>demo SALIDA.standlab</translation>
    </message>
    <message>
        <source>OUT.standlab</source>
        <translation>SALIDA.standlab</translation>
    </message>
    <message>
        <source>Wrote the demo event to %1 (%2 sessions, %3 people, %4 organisations).</source>
        <translation>Se ha escrito el evento de demostración en %1 (%2 sesiones, %3 personas, %4 organizaciones).</translation>
    </message>
</context>
<context>
    <name>standlab::cli::ExportCommand</name>
    <message>
        <source>Write the event, or part of it, in another format (PDF, calendar, schedule, spreadsheet…).</source>
        <translation>Escribir el evento, o parte de él, en otro formato (PDF, calendario, horario, hoja de cálculo…).</translation>
    </message>
    <message>
        <source>export FILE --format %1 --output PATH [--lang L] [--days D,…] [--lines L,…] [--paper a4|letter]</source>
        <translation>export ARCHIVO --format %1 --output RUTA [--lang L] [--days D,…] [--lines L,…] [--paper a4|letter]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>El formato: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The file to write; an existing file is replaced in one step.</source>
        <translation>El archivo que se escribirá; un archivo existente se sustituye en un solo paso.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>The language of printed labels: en, es, ca or fr.</source>
        <translation>El idioma de las etiquetas impresas: en, es, ca o fr.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Only these days (ISO dates, comma-separated).</source>
        <translation>Solo estos días (fechas ISO, separadas por comas).</translation>
    </message>
    <message>
        <source>D,…</source>
        <translation>D,…</translation>
    </message>
    <message>
        <source>Only these working lines (names or ids, comma-separated).</source>
        <translation>Solo estas líneas de trabajo (nombres o ids, separados por comas).</translation>
    </message>
    <message>
        <source>L,…</source>
        <translation>L,…</translation>
    </message>
    <message>
        <source>Only these spaces (names or ids, comma-separated).</source>
        <translation>Solo estos espacios (nombres o ids, separados por comas).</translation>
    </message>
    <message>
        <source>S,…</source>
        <translation>E,…</translation>
    </message>
    <message>
        <source>Only sessions with these statuses (comma-separated).</source>
        <translation>Solo las sesiones con estos estados (separados por comas).</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter.</source>
        <translation>Tamaño del papel: a4 o letter.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>The outcome document to export, by name.</source>
        <translation>El documento de resultados que se exportará, por nombre.</translation>
    </message>
    <message>
        <source>A saved revision of that document, by name.</source>
        <translation>Una revisión guardada de ese documento, por nombre.</translation>
    </message>
    <message>
        <source>Only this person's sessions (name or id).</source>
        <translation>Solo las sesiones de esta persona (nombre o id).</translation>
    </message>
    <message>
        <source>--format is required (%1).</source>
        <translation>--format es obligatorio (%1).</translation>
    </message>
    <message>
        <source>unknown format “%1”; known formats: %2.</source>
        <translation>formato desconocido: «%1»; formatos conocidos: %2.</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>--output es obligatorio.</translation>
    </message>
    <message>
        <source>unknown language “%1”; use en, es, ca or fr.</source>
        <translation>idioma desconocido: «%1»; use en, es, ca o fr.</translation>
    </message>
    <message>
        <source>unknown paper size “%1”; use a4 or letter.</source>
        <translation>tamaño de papel desconocido: «%1»; use a4 o letter.</translation>
    </message>
    <message>
        <source>export: cannot write “%1”: the folder %2 does not exist.</source>
        <translation>export: no se puede escribir «%1»: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se ha escrito %1</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message>
        <source>The release to compare with (changes, changes-json).</source>
        <translation>La versión con la que comparar (changes, changes-json).</translation>
    </message>
    <message>
        <source>Only what changed since this release (signs, poster, letters, letters-pdf).</source>
        <translation>Solo lo que ha cambiado desde esta versión (signs, poster, letters, letters-pdf).</translation>
    </message>
    <message>
        <source>--changed-since applies to %1, not to %2.</source>
        <translation>--changed-since se aplica a %1, no a %2.</translation>
    </message>
</context>
<context>
    <name>standlab::cli::GenerateCommand</name>
    <message>
        <source>Write a large synthetic event to a new file, the same for the same seed.</source>
        <translation>Escribir un evento sintético grande en un archivo nuevo, idéntico para la misma semilla.</translation>
    </message>
    <message>
        <source>generate OUT.standlab --sessions N --people N --organisations N [--seed S] [--days D] [--spaces N]</source>
        <translation>generate SALIDA.standlab --sessions N --people N --organisations N [--seed S] [--days D] [--spaces N]</translation>
    </message>
    <message>
        <source>OUT.standlab</source>
        <translation>SALIDA.standlab</translation>
    </message>
    <message>
        <source>How many sessions.</source>
        <translation>Cuántas sesiones.</translation>
    </message>
    <message>
        <source>How many people.</source>
        <translation>Cuántas personas.</translation>
    </message>
    <message>
        <source>How many organisations (each with an engagement and 0–2 interactions).</source>
        <translation>Cuántas organizaciones (cada una con una participación y de 0 a 2 interacciones).</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same event.</source>
        <translation>La semilla: la misma semilla da el mismo evento.</translation>
    </message>
    <message>
        <source>How many days, from 19 November 2019.</source>
        <translation>Cuántos días, a partir del 19 de noviembre de 2019.</translation>
    </message>
    <message>
        <source>How many spaces.</source>
        <translation>Cuántos espacios.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 sessions, %3 people, %4 organisations (seed %5) in %6 ms.</source>
        <translation>Se ha escrito %1: %2 sesiones, %3 personas, %4 organizaciones (semilla %5) en %6 ms.</translation>
    </message>
</context>
<context>
    <name>standlab::cli::ImportCommand</name>
    <message>
        <source>Bring data into an event (a new event is created when FILE does not exist).</source>
        <translation>Incorporar datos a un evento (si ARCHIVO no existe, se crea un evento nuevo).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>ENTRADA</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>El formato: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Report what would happen and change nothing.</source>
        <translation>Informar de lo que pasaría sin cambiar nada.</translation>
    </message>
    <message>
        <source>A saved column mapping (JSON).</source>
        <translation>Una correspondencia de columnas guardada (JSON).</translation>
    </message>
    <message>
        <source>M.json</source>
        <translation>M.json</translation>
    </message>
    <message>
        <source>--format is required (%1).</source>
        <translation>--format es obligatorio (%1).</translation>
    </message>
    <message>
        <source>unknown format “%1”; known formats: %2.</source>
        <translation>formato desconocido: «%1»; formatos conocidos: %2.</translation>
    </message>
    <message>
        <source>import: cannot read “%1”: no such file.</source>
        <translation>import: no se puede leer «%1»: no existe el archivo.</translation>
    </message>
    <message>
        <source>import: “%1” already holds an event; a %2 import goes into a new file. Give a FILE that does not exist yet.</source>
        <translation>import: «%1» ya contiene un evento; una importación %2 va a un archivo nuevo. Indique un ARCHIVO que aún no exista.</translation>
    </message>
    <message>
        <source>import: the rows are saved in “%1”, but they could not be indexed for search yet: %2. Stand Lab indexes them the next time it opens the event.</source>
        <translation>import: las filas están guardadas en «%1», pero aún no se han podido indexar para la búsqueda: %2. Stand Lab las indexará la próxima vez que abra el evento.</translation>
    </message>
    <message>
        <source>import: cannot create “%1”: the folder %2 does not exist.</source>
        <translation>import: no se puede crear «%1»: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>import: the dry run needs a temporary folder and none could be made: %1</source>
        <translation>import: la simulación necesita una carpeta temporal y no se ha podido crear ninguna: %1</translation>
    </message>
    <message>
        <source>import FILE --format %1 INPUT [--dry-run] [--mapping M.json] [--timezone ZONE]</source>
        <translation>import ARCHIVO --format %1 ENTRADA [--dry-run] [--mapping M.json] [--timezone ZONA]</translation>
    </message>
    <message>
        <source>For frab-xml and frab-json: the time zone (an IANA name such as Europe/Brussels) of a schedule whose times carry neither a zone nor offsets. Without it they are read in the event's zone.</source>
        <translation>Para frab-xml y frab-json: la zona horaria (un nombre IANA como Europe/Brussels) de un programa cuyas horas no llevan ni zona ni desfase. Sin ella se leen en la zona del evento.</translation>
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
        <translation>Mostrar la versión del esquema y cuántos elementos de cada tipo contiene un archivo.</translation>
    </message>
    <message>
        <source>info FILE [--json] [--contacts]</source>
        <translation>info ARCHIVO [--json] [--contacts]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Print one JSON object: {"schema_version": N, "counts": {…}}.</source>
        <translation>Imprimir un único objeto JSON: {"schema_version": N, "counts": {…}}.</translation>
    </message>
    <message>
        <source>Also print the contact figures: attendance, countries, kinds, requests by working line, follow-ups per week.</source>
        <translation>Imprimir también las cifras de contactos: asistencia, países, tipos, solicitudes por línea de trabajo, seguimientos por semana.</translation>
    </message>
</context>
<context>
    <name>standlab::cli::ReleaseCommand</name>
    <message>
        <source>Make a release: a named, frozen copy of the programme as it is now.</source>
        <translation>Publicar una versión: una copia con nombre y fija del programa tal como está ahora.</translation>
    </message>
    <message>
        <source>release FILE --name NAME [--note TEXT]</source>
        <translation>release ARCHIVO --name NOMBRE [--note TEXTO]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The release's name (unique in the event), e.g. v1.</source>
        <translation>El nombre de la versión (único en el evento), p. ej. v1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>A note kept with the release, e.g. “printed 12 Nov”.</source>
        <translation>Una nota guardada con la versión, p. ej. «impreso el 12 nov.».</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>--name is required (for example --name v1).</source>
        <translation>--name es obligatorio (por ejemplo --name v1).</translation>
    </message>
    <message>
        <source>release: %1</source>
        <translation>release: %1</translation>
    </message>
    <message numerus="yes">
        <source>Released “%1”: %n session(s).</source>
        <translation><numerusform>Versión «%1» publicada: %n sesión.</numerusform><numerusform>Versión «%1» publicada: %n sesiones.</numerusform></translation>
    </message>
</context>
<context>
    <name>standlab::cli::ReleasesCommand</name>
    <message>
        <source>List the releases of the programme: name, when, note, number of sessions.</source>
        <translation>Listar las versiones del programa: nombre, cuándo, nota, número de sesiones.</translation>
    </message>
    <message>
        <source>releases FILE [--json]</source>
        <translation>releases ARCHIVO [--json]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Print a JSON array of {"name", "released_at", "note", "sessions"}.</source>
        <translation>Mostrar una lista JSON de {"name", "released_at", "note", "sessions"}.</translation>
    </message>
    <message>
        <source>No releases yet; make one with: standlab-cli release FILE --name v1</source>
        <translation>Todavía no hay versiones; publique una con: standlab-cli release ARCHIVO --name v1</translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%n session(s)</source>
        <translation><numerusform>%1	%2	%n sesión</numerusform><numerusform>%1	%2	%n sesiones</numerusform></translation>
    </message>
</context>
<context>
    <name>standlab::cli::SyncCommand</name>
    <message>
        <source>Share changes with other laptops: write a sync package, merge packages, list conflicts.</source>
        <translation>Compartir cambios con otros portátiles: escribir un paquete de sincronización, fusionar paquetes, listar conflictos.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>export: the package file to write.</source>
        <translation>export: el archivo de paquete que se escribirá.</translation>
    </message>
    <message>
        <source>PKG</source>
        <translation>PAQUETE</translation>
    </message>
    <message>
        <source>export: only what the laptop NAME is missing (by its name or id).</source>
        <translation>export: solo lo que le falta al portátil NOMBRE (por su nombre o id).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>unknown action “%1”; use export, import or conflicts.</source>
        <translation>acción desconocida: «%1»; use export, import o conflicts.</translation>
    </message>
    <message>
        <source>export needs --output PKG.</source>
        <translation>export necesita --output PAQUETE.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>argumento inesperado: «%1».</translation>
    </message>
    <message>
        <source>import needs at least one package: sync import FILE PKG…</source>
        <translation>import necesita al menos un paquete: sync import ARCHIVO PAQUETE…</translation>
    </message>
    <message>
        <source>--output and --since-peer belong to sync export.</source>
        <translation>--output y --since-peer son de sync export.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n change(s) from %2.</source>
        <translation>
            <numerusform>Se ha escrito %1: %n cambio de %2.</numerusform>
            <numerusform>Se ha escrito %1: %n cambios de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: no field was changed on two laptops before they met.</source>
        <translation>No hay conflictos: ningún campo se cambió en dos portátiles antes de sincronizarse.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>other value picked</source>
        <translation>se eligió el otro valor</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
    <message>
        <source>%1 “%2”, %3: kept “%4” (%5), other “%6” (%7) [%8]</source>
        <translation>%1 «%2», %3: se conservó «%4» (%5), el otro era «%6» (%7) [%8]</translation>
    </message>
    <message>
        <source>import: every package in the sync folder DIR this file has not received yet; this laptop's own and unreadable ones are left out.</source>
        <translation>import: todos los paquetes de la carpeta de sincronización CARPETA que este archivo aún no ha recibido; se omiten los de este portátil y los que no se pueden leer.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>--folder belongs to sync import.</source>
        <translation>--folder es de sync import.</translation>
    </message>
    <message>
        <source>give either packages or --folder DIR, not both.</source>
        <translation>indique paquetes o --folder CARPETA, no ambas cosas.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>«%1» no es una carpeta.</translation>
    </message>
    <message>
        <source>Nothing new in %1.</source>
        <translation>No hay nada nuevo en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in %1 could not be received; the others were merged.</source>
        <translation>
            <numerusform>%n paquete de %1 no se ha podido recibir; los demás se han fusionado.</numerusform>
            <numerusform>%n paquetes de %1 no se han podido recibir; los demás se han fusionado.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync export FILE --output PKG [--since-peer NAME] | sync import FILE PKG|OTHER.standlab… | sync import FILE --folder DIR | sync conflicts FILE</source>
        <translation>sync export ARCHIVO --output PAQUETE [--since-peer NOMBRE] | sync import ARCHIVO PAQUETE|OTRO.standlab… | sync import ARCHIVO --folder CARPETA | sync conflicts ARCHIVO</translation>
    </message>
</context>
</TS>
