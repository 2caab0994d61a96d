<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppSettings</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDetector</name>
    <message>
        <source>an unknown space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used twice at once: %2 (%3) overlaps %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in two sessions at once: %2 (%3) and %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is on a day that is not one of the event&apos;s days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is outside the day&apos;s opening hours (%3–%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects %2 people but %3 holds %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is confirmed but has no speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled but still holds a slot; unschedule it to free the space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEdits</name>
    <message>
        <source>Edit engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a session from a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the call for initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the call for initiatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFormats</name>
    <message>
        <source>Cannot read the mapping “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping “%1” is not a JSON object (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping “%1” does not fit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations created: %1, updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People created: %1, updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements created: %1, updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped as duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: duplicate of line %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: already in the event (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations and people from a spreadsheet&apos;s CSV, columns mapped from the headers (or --mapping); all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations with their engagement, as CSV (RFC 4180, UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations and people as an .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People as vCard 4.0 (one file, many cards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping “%1” is too large (%2 KB); a saved column mapping is never more than %3 KB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactImportMapping</name>
    <message>
        <source>No column is mapped to an organisation name or a person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names no columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping has an unknown field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner on staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>The file is empty: there is no header row and no contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated in the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name at the same organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) could not be read. Correct them and import again.</source>
        <translation>
            <numerusform>Nothing was imported: %n row could not be read. Correct them and import again.</numerusform>
            <numerusform>Nothing was imported: %n rows could not be read. Correct them and import again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) to add, </source>
        <translation>
            <numerusform>%n organisation to add, </numerusform>
            <numerusform>%n organisations to add, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update; </source>
        <translation>
            <numerusform>%n to update; </numerusform>
            <numerusform>%n to update; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to add, </source>
        <translation>
            <numerusform>%n person to add, </numerusform>
            <numerusform>%n persons to add, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s); </source>
        <translation>
            <numerusform>%n duplicate; </numerusform>
            <numerusform>%n duplicates; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n row rejected.</numerusform>
            <numerusform>%n rows rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactOverview</name>
    <message>
        <source>(no country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no working line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to speak or run a workshop, by working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRowReader</name>
    <message>
        <source>the day ‘%1’ is neither a date nor a day of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2; the file may be cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘%1’ is not yes or no (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘%1’ is not a kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘%1’ is not an attendance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delegation size ‘%1’ is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no working line ‘%1’ in this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date ‘%1’ is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email ‘%1’ does not look like an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names neither an organisation nor a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has engagement details but no organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsExporter</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvergenceCheck</name>
    <message>
        <source>%1 (%2 rows here, %3 there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file and “%1” now hold the same changes, yet their events differ in %2. Nothing was deleted, but exchanging packages will not bring these into line by itself: check them in both copies before printing anything from them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 holds binary data, not text: this does not look like a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field that starts there is never closed; the file may be cut short or have a stray quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters; this does not look like a contacts spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 rows, more than can be imported at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, more than can be imported at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoEvent</name>
    <message>
        <source>The bundled demo event is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventBundle</name>
    <message>
        <source>This is not a Stand Lab event bundle (the “format” field is missing or wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has schema version %1; this Stand Lab reads versions 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds an unknown table “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of “%1” in the bundle is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session “%1” (id %2, entry %3 of “sessions”) has impossible times: %4. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFilePackage</name>
    <message>
        <source>“%1” is the event file itself: choose another copy of it to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by another version of Stand Lab (file version %2, this event has %3): open it once in this version, then merge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds another event (“%2”), not a copy of this one (“%3”): only copies of one event can be merged. To bring its sessions or contacts over, export them from it and import them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (event file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventGenerator</name>
    <message>
        <source>The number of sessions, people and organisations must each be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of spaces must be between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated event could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventOpener</name>
    <message>
        <source>Could not create the folder %1 for the demo event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExhibitionPlan</name>
    <message>
        <source>“%1” and “%2” are both at table %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-cutting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export event as JSON bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaptopIdentity</name>
    <message>
        <source>This laptop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>“%1” is the event file %2 itself; writing there would replace the event. Choose another file to write; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2, a file SQLite or the lock keeps beside the event %3; writing there would damage the event. Choose another file to write; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfCanvas</name>
    <message>
        <source>Printing the programme needs the graphical part of Qt (a QGuiApplication); on a machine without a display, run with QT_QPA_PLATFORM=offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeExporter</name>
    <message>
        <source>Unknown programme format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePrinter</name>
    <message>
        <source>Print the programme booklet of confirmed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pro&amp;gramme…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeXlsx</name>
    <message>
        <source>Cannot write “%1”: no temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: the workbook could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Stand Lab events (*.standlab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON bundle (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Edit section text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore revision “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change length of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unschedule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleGridPainter</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleLayout</name>
    <message>
        <source>No space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndexBatch</name>
    <message>
        <source>The search trigger “%1” is not one Stand Lab makes in a file of version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRequest</name>
    <message>
        <source>There is no such engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation has not asked to speak or to run a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session has already been made from this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the request of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTimes</name>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is in the year %2, outside %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 “%2” is not a date and time (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncExporter</name>
    <message>
        <source>No package from “%1” was ever received here, so the package holds everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The package holds everything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message numerus="yes">
        <source>%n package(s) already received</source>
        <translation>
            <numerusform>%n package already received</numerusform>
            <numerusform>%n packages already received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written on this laptop</source>
        <translation>
            <numerusform>%n package written on this laptop</numerusform>
            <numerusform>%n packages written on this laptop</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder “%1” cannot be read. If it is on a USB stick, plug it in; or choose another folder in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was received before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a copy of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It changed less than a minute ago and may still be arriving: receive again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be merged and nothing of it was applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLedger</name>
    <message>
        <source>this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could be any of %2 laptops: %3. Give the id of the one you mean (its first characters are enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync knowledge could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncMerger</name>
    <message>
        <source>“%1” comes from a newer Stand Lab (file version %2; this version reads up to %3). Update Stand Lab on this laptop, then receive it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written on this laptop (%2): it holds nothing this file does not already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of “%1” could not be merged: it clashes with another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” refers to something this file does not hold (%2 %3). Receive the earlier packages of that laptop first, or ask it for a package of everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be merged: its table “%2” lacks the id or stamps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPackage</name>
    <message>
        <source>“%1” is damaged and was not applied: %2. Ask for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a sync package of a format this Stand Lab does not know. Update Stand Lab to receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Stand Lab sync package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” comes from a newer Stand Lab (file version %2; this version reads up to %3). Update Stand Lab on this laptop, then receive it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated (%1 of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header and content disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of “%1” has the wrong number of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be a sync package (%2 MB; a package may hold at most %3 MB). It was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content unpacks to more than the %1 bytes it declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header announces %1 changes but it holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds more than %2 changes, far more than any event has. It was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change of “%1” has an unreadable stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deletion is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row holds far more values than rows have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns of “%1” are unreadable or too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it says it holds is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its clock is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a restored row is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what a laptop knew when it made its changes is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conflict it lists is unreadable</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 behind the newest change in “%2”. Check its date and time: changes made now may lose against older ones made elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: its clock is negative. Ask for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: a deletion in “%2” has no id, laptop or stamp. Ask for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not applied: it carries changes stamped %2 ahead of this laptop&apos;s clock (from “%3”). Their values would win over every later edit on every laptop. Check the date and time of “%3” and of this laptop, then ask for a new package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: %2. Ask for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table “%1” has the column “%2” twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table “%1” lacks the column “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of “%1” has the wrong number of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of “%1” has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row %1 of “%2” has no laptop_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row %1 of “%2” has no created_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the updated_at of the row %1 of “%2” is not a stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row %1 of “%2” stamps a column it does not have (“%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stamp of “%3” of the row %1 of “%2” is not a stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its times are not dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not applied: the session %2 cannot be true: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and was not applied: a restored row in “%2” has no id, laptop or stamp. Ask for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speakers and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: this file already held every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept for review: both laptops changed the same field.</source>
        <translation>
            <numerusform>%n conflict kept for review: both laptops changed the same field.</numerusform>
            <numerusform>%n conflicts kept for review: both laptops changed the same field.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hackathon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibition area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform or initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifesto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxArchiveCheck</name>
    <message>
        <source>its zip directory is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its zip directory is in an unexpected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its zip directory is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part “%1” is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part “%1” cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part “%1” is stored in an unknown way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part “%1” does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: the workbook came out incomplete (%2); the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet library could not start a workbook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan and run the Sharing Cities Action Stand Lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new copy of the demo event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (en, es, ca, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use light or dark colours (light, dark).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ActionEditor</name>
    <message>
        <source>Tick the partner organisations of this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions and workshops this action came from; double-click to show one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session to link to this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the selected session in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink a session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ActionPlanPage</name>
    <message>
        <source>&amp;Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the outcome documents, section by section, with their actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action, sorted and filtered by line, lead, quarter and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hackathon&apos;s map of datasets for the Sharing Data Commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action to this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions in this section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the actions with this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an action to edit it in its section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ActionsModel</name>
    <message>
        <source>Indicators: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::AppController</name>
    <message>
        <source>Could not open the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::Appearance</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::AvailabilityEditor</name>
    <message>
        <source>Tick the days this person can take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No days ticked: taken as available throughout the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available only on the ticked days, between the times given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change availability on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::BackupManager</name>
    <message>
        <source>Cannot write a backup: the folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a backup of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore to “%1”: a file of that name already exists. Choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore to “%1”: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore “%1”: it could not be copied to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore “%1”: the backup does not open (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore to “%1”: the restored file could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ChangeReport</name>
    <message>
        <source>Changes since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1” was made %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the programme has changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ChangesDialog</name>
    <message>
        <source>What changed since a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no releases yet. Make one with Programme › Release… when the programme goes to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ClockBanner</name>
    <message>
        <source>This laptop&apos;s clock is %1 behind the newest change in this event. Check its date and time settings: until they are right, edits made here are stamped as if made earlier and may lose against older edits from other laptops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ComparisonView</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ContactFilterBar</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organisations, cities, countries… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words match the start of words, ignoring accents and case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance for this edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working line of the topic requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed the Declaration of Sharing Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner on staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due (7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any working line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 or Windows-1252, comma or semicolon: the dialect is detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets as CSV (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the headers; change any column that went to the wrong place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview shows what will be created, updated or skipped as a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run: nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports every row, or nothing if any row is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read %1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the mapping remembered for files with these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns guessed from the headers; check them, then Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can be imported&lt;/b&gt; until the rejected rows are fixed in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; Every rejected row is listed with its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ContactOverviewWidget</name>
    <message>
        <source>Attendance by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to speak or run a workshop, by working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; organisations · &lt;b&gt;%2&lt;/b&gt; attending · &lt;b&gt;%3&lt;/b&gt; requests to speak or run a workshop, &lt;b&gt;%4&lt;/b&gt; still unanswered · &lt;b&gt;%5&lt;/b&gt; follow-ups overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ContactsModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: this follow-up was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to speak or run a workshop; no session made yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session made from this request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ContactsPage</name>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import organisations and people from a spreadsheet (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the organisations this list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0 of their people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::DatasetsCsv</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no “Name” column in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dataset needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access “%1” is not one of open, negotiated or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no working line “%1” in this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link “%1” is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 datasets would be added and %2 updated; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 datasets added and %2 updated from “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::DatasetsModel</name>
    <message>
        <source>Edit dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::DatasetsPage</name>
    <message>
        <source>No working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter datasets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dataset to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add datasets from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every dataset as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dataset(s)</source>
        <translation>
            <numerusform>Remove %n dataset</numerusform>
            <numerusform>Remove %n datasets</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 datasets to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::DocumentComparison</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::DocumentFormats</name>
    <message>
        <source>There is no document “%1” in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no revision “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome document (--document, default the Action Plan) as a PDF, current or at --revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome document as Markdown, current or at --revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hackathon&apos;s datasets as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets from CSV (name, publisher, city, licence, format, access, link, working line).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::DocumentOutline</name>
    <message>
        <source>Delete section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document and sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new outcome document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Sub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a subsection inside the selected section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the section, its subsections and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subsection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its subsections and actions? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::DocumentRevisions</name>
    <message>
        <source>A revision needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such document in this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::DocumentSnapshot</name>
    <message>
        <source>The revision&apos;s snapshot cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document “%1” cannot be exported as it is: its section “%2” is nested %3 levels deep, and a document can show at most %4 levels. Move that section (or one above it) up a level and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::EngagementEditor</name>
    <message>
        <source>Declaration of Sharing Cities signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will they come to this edition?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people come with the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics they want addressed, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working line their request belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to run a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who on the staff follows this organisation up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to get back to them; past dates show as overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their contact person: the speaker or facilitator of a session made from the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a session from this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposed session on the requested working line, with the organisation as organiser and the contact person as speaker or facilitator (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation has not asked for anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an organisation in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: session “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unanswered&lt;/b&gt;: they asked to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request to speak or run a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::EventSettingsDialog</name>
    <message>
        <source>Event settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-cutting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sharing Cities Action Stand Lab 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All session times are wall-clock times in this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The languages sessions are held in; the first is the default for new sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::EventSettingsTable</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row (you can undo this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this earlier in lists and the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this later in lists and the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ExchangeFile</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB); schedules of more than %3 MB are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large; schedules of more than %2 MB are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ExchangeFormats</name>
    <message>
        <source>An iCalendar file (RFC 5545) of the programme, one working line or one person&apos;s sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conference-app schedule (frab/pretalx schedule.xml) of the confirmed sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same conference-app schedule as frab/pretalx JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conference schedule (frab/pretalx schedule.xml) into the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conference schedule (frab/pretalx JSON) into the event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ExchangeProgramme</name>
    <message>
        <source>The event&apos;s time zone “%1” is not a known time zone; set it in the event settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown session status “%1”; use idea, proposed, confirmed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; give days as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no working line called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no space called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people are called “%2”; give the person&apos;s id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (id %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not written: %2 session(s) have impossible times, which calendars and schedule apps cannot take. Correct them first (standlab-cli check lists them all): %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ExportOptionsWidget</name>
    <message>
        <source>What to make of the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme booklet (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day posters, A3 (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door signs, one per space and day (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page for phones and the stand screen (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (Excel, .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the checked days are exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions of the checked working lines are exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions in the checked spaces are exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions with these statuses are exported; ideas and proposals are not public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatuses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper of the booklet and the door signs; posters are always A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the printed headings and labels, whatever the app&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ExportsPage</name>
    <message>
        <source>The programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the programme in the chosen format to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the booklet with these options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full copies of this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second .standlab file with everything in this event, consistent even while you keep editing. Open it on another laptop or keep it as a safe copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export event as JSON bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of every table as one JSON document, for archiving or for other tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::FileInspector</name>
    <message>
        <source>Cannot open “%1”: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: you are not allowed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is empty, so it holds no event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not a Stand Lab event file (it is not a SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is cut short (truncated), probably by an interrupted copy. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::FileLock</name>
    <message>
        <source>“%1” is already open in another Stand Lab window (process %2 on %3). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the lock file beside “%1”: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::FrabJsonReader</name>
    <message>
        <source>the file is not valid JSON (at byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a frab/pretalx schedule: it has no schedule.conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than %1 events; no conference has that many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1, room “%2”, event %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::FrabSchedule</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to put in the schedule: the event has no days and the selection no scheduled sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::FrabScheduleImporter</name>
    <message>
        <source>Imported schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a day without a date; its events are placed by their own dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. The import would bring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new and %2 updated sessions; %3 new spaces, %4 new working lines, %5 new people, %6 new days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event without a title was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no usable date or start time (“%2”, “%3”) and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no usable duration (“%2”) and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” lasts %2, 24 hours or more; the format cannot say that reliably, so it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no room and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a person without a name in “%2” was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its times (“%1”, “%2”) cannot be placed in the event&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was skipped: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the day %2 is outside the years %3–%4 and was left out; its events are placed by their own dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” appears again under the guid %3; it came in as a session of its own with the guid %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a link without an address (“%2”) in “%3” was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an attachment without an address (“%2”) in “%3” was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s time zone “%1” is unknown; the times were kept on the file&apos;s clock (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) fall on another conference day than the file gives them (the event&apos;s own opening hours for that day, or a file whose dates and days disagree).</source>
        <translation>
            <numerusform>%n session falls on another conference day than the file gives it (the event&apos;s own opening hours for that day, or a file whose dates and days disagree).</numerusform>
            <numerusform>%n sessions fall on another conference day than the file gives them (the event&apos;s own opening hours for that day, or a file whose dates and days disagree).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::FrabXmlReader</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file declares entities in a DOCTYPE. Schedules never need them, and they are how hostile XML exhausts memory or reads other files, so the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file refers to an entity “&amp;%1;” that XML does not define; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep; this is not a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a frab schedule: its root element is &lt;%1&gt;, not &lt;schedule&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than %1 events; no conference has that many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event lists more than %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of the schedule; it is probably truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not well-formed XML (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::FullCopyFormats</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not valid JSON (at byte %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is readable; nothing was imported (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the whole event from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole event as a JSON bundle, importable into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consistent copy of the .standlab file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON bundle of a whole event, into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be an event bundle (%2 MB; bundles of more than %3 MB are refused).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ICalendarWriter</name>
    <message>
        <source>Speakers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::InitiativesModel</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::InitiativesView</name>
    <message>
        <source>Call for initiatives closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once closed, new requests for a slot are no longer taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected requests for a slot (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the selected requests for a slot (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the table plan shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which initiative is at which table; clashes in red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change initiative requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The call is closed.&lt;/b&gt; %n request(s) still to answer.</source>
        <translation>
            <numerusform>&lt;b&gt;The call is closed.&lt;/b&gt; %n request still to answer.</numerusform>
            <numerusform>&lt;b&gt;The call is closed.&lt;/b&gt; %n requests still to answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The call is open. %n request(s) to answer.</source>
        <translation>
            <numerusform>The call is open. %n request to answer.</numerusform>
            <numerusform>The call is open. %n requests to answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clash: another initiative is at table %1 at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clashes on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b03a2e&apos;&gt;&lt;b&gt;%n clash(es)&lt;/b&gt;&lt;/span&gt;: two initiatives at one table.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b03a2e&apos;&gt;&lt;b&gt;%n clash&lt;/b&gt;&lt;/span&gt;: two initiatives at one table.</numerusform>
            <numerusform>&lt;span style=&apos;color:#b03a2e&apos;&gt;&lt;b&gt;%n clashes&lt;/b&gt;&lt;/span&gt;: two initiatives at one table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::InteractionLog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said to whom and when, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How: email, phone, meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, email or meeting (Ctrl+L), Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a note and press Enter to add it to the log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::LetterComposer</name>
    <message>
        <source>There is no person “%1” in this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with the id “%1” in this event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::LetterFormats</name>
    <message>
        <source>Nobody to write to: no one is on stage in a confirmed or proposed session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to write to: no one&apos;s sessions changed since release “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written into %1.</source>
        <translation>
            <numerusform>%n letter written into %1.</numerusform>
            <numerusform>%n letters written into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No e-mail address, so no letter: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) in the PDF.</source>
        <translation>
            <numerusform>%n letter in the PDF.</numerusform>
            <numerusform>%n letters in the PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>A letter to each speaker as an e-mail draft (.eml, with their calendar) into a folder; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters to speakers as one PDF to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::LetterOutbox</name>
    <message>
        <source>“%1” is a file; letters go into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter written: schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter written: schedule, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::LettersDialog</name>
    <message>
        <source>Letters to speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone with sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those whose sessions changed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e-mail &amp;drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print letters (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on stage in a scheduled session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3

%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter template (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Letters written (%n)</source>
        <translation>
            <numerusform>Letters written (%n)</numerusform>
            <numerusform>Letters written (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) written into %1.</source>
        <translation>
            <numerusform>%n e-mail draft written into %1.</numerusform>
            <numerusform>%n e-mail drafts written into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No address, so no draft: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1.</source>
        <translation>
            <numerusform>%n letter written to %1.</numerusform>
            <numerusform>%n letters written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::LettersPdf</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters to speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paint the PDF “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::MainWindow</name>
    <message>
        <source>This event is open read-only; nothing you do here is saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page shows “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copy made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The file %2 still holds everything saved before this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1. Changes are saved as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions: filter, sort and edit them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timetable of each day by space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the stand: today&apos;s sessions, arrivals, headcounts, notes and Now &amp; Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers, moderators and other people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities and organisations and what they asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome documents and their actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of the event and files for other tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new event file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an event file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of this event to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back an automatic backup of this event as a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, venue, days, spaces and working lines of this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every event and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of changes you can undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Stand Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove missing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only] — Stand Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Stand Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions · %2 people · %3 organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Stand Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stand Lab %1&lt;/h3&gt;&lt;p&gt;Plan and run the Sharing Cities Action Stand Lab: programme, people, contacts, the Action Plan and exports, on your own laptop and without a server.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s name and sync folder, the language and the appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preparing search for %n new row(s)… %1%</source>
        <translation>
            <numerusform>Preparing search for %n new row… %1%</numerusform>
            <numerusform>Preparing search for %n new rows… %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>Search is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search could not index the newest rows: %1. They are saved; search tries again the next time you open the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::Migrations</name>
    <message>
        <source>Could not upgrade the file to version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::NoteConversion</name>
    <message>
        <source>From the session “%1” (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a note into the action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::NotesPanel</name>
    <message>
        <source>Notes taken in this session; Delete removes the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a note; Ctrl+Return adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick note about this session; Ctrl+Return adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Return in the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section an action or paragraph made from a note goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an action (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selected note into an action of that section, linked to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as paragraph (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the selected note to that section&apos;s text, naming the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes — choose a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added. Alt+A makes it an action, Alt+P a paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — in %2. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::NowAndNext</name>
    <message>
        <source>Starting soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event days planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before opening: the stand opens soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has ended: thank you for coming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::NowAndNextView</name>
    <message>
        <source>Now &amp; Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Escape to leave the full-screen view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now and next at the stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal, clock stopped · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal clock (×%1) · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions are scheduled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ParticipantsEditor</name>
    <message>
        <source>The people of this session in the order the programme lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected person&apos;s role in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role the person you add will have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have said yes to this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up in the list (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down in the list (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected person off this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the person typed on the left with the chosen role (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is called “%1” yet: create this person and add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people have this name: pick one from the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people have this name: pick one from the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2 in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new person %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created; complete their details on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move participant up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move participant down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirm participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::PeopleModel</name>
    <message>
        <source>Not yet confirmed for all of their sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::PeoplePage</name>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, organisations, roles, emails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name; accents and case do not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only people with a given part in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the people of one organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected person and their part in sessions (Delete); undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? They are in no session. Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? They are in 1 session, which will lose them. Undo brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? They are in %2 sessions, which will lose them. Undo brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this person&apos;s own sessions as a calendar file (.ics) for their phone or mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::PersonEditor</name>
    <message>
        <source>Select a person to edit them, or press New person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name as printed in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city or organisation this person comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their position, e.g. “Deputy mayor for housing”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number, with the country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The languages this person can speak in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short biography printed with the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the organisers; never exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::PersonPicker</name>
    <message>
        <source>Find a person, or type a new name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name or organisation; a name nobody has creates a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::PersonSessionsList</name>
    <message>
        <source>Double-click a session to open it on the Programme page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in any session yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::PlanFormat</name>
    <message>
        <source>Current text, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision “%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::PlanMarkdownWriter</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::PlanPdfWriter</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paint the PDF “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: only part of it could be written; the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this laptop is named to the others when you exchange changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language or appearance is used the next time Stand Lab starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB stick, or a folder that Syncthing or a network share keeps in step. File › Share changes… offers to write packages there, and File › Receive everything new from the sync folder merges the ones this event has not received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: packages go wherever you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made once for this installation. Each copy of an event file derives an id of its own from it, which marks the changes made in that copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammeChanges</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammeFormats</name>
    <message>
        <source>“%1” is not a date; give days as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no working line “%1” in this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no space “%1” in this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “%1”; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper size “%1”; use a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown label language “%1”; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed programme: a booklet with a cover, the days, and an index of speakers (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One A3 landscape poster per day: spaces across, time down (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A door sign per space per day (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme as one web page that works offline, filterable by day and working line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme as CSV, one row per session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme as an Excel/LibreOffice workbook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammePage</name>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sessions of one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sessions of one working line, tags included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sessions with one status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, abstracts, speakers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the sessions containing all these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session to the programme (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected session, unscheduled, with its tags (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sessions with their speakers and tags (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All working lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Press “New session” to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%1 of %n session</numerusform>
            <numerusform>%1 of %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Its speakers, tags and workshop details go with it. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions? Their speakers, tags and workshop details go with them. You can undo this.</source>
        <translation>
            <numerusform>Delete %n sessions? Their speakers, tags and workshop details go with them. You can undo this.</numerusform>
            <numerusform>Delete %n sessions? Their speakers, tags and workshop details go with them. You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions</source>
        <translation>
            <numerusform>Delete %n sessions</numerusform>
            <numerusform>Delete %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an &amp;action from this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Action Plan with a new action linked to this session (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammePreview</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: %1. The preview shows the first %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: %1, one row each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: %1, on one page that works offline. Its filters by day and working line work in a web browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ProgrammeSnapshot</name>
    <message>
        <source>The release&apos;s copy of the programme cannot be read (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release&apos;s copy of the programme is of an unknown kind (format %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session in the release&apos;s copy of the programme has no id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::RehearseDialog</name>
    <message>
        <source>Rehearse at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stand screens and the Today list follow a simulated clock from this moment (the event&apos;s local time) until you switch back to the real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time at the event when the rehearsal starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 runs like a normal clock, 60 makes a minute pass every second, 0 stops the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseActions</name>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the programme as it is now under a name, e.g. when it goes to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What changed since…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions added, cancelled, removed, moved, renamed or with other speakers since a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters to speakers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every speaker where and when to be: e-mail drafts with their calendar, or letters to print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseBook</name>
    <message>
        <source>A release needs a name (for example “v1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a release named “%1” (made %2); choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release “%1”: this event has no releases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release “%1”; the releases are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseDialog</name>
    <message>
        <source>Release the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release keeps the programme as it is now — every session with its time, space, speakers and status — so you can later see what changed since it was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed 12 Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases made so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ReleaseFormats</name>
    <message>
        <source>This export needs --since NAME, the release to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the programme since a release (--since NAME), as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the programme since a release (--since NAME), as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing printed has changed since release “%1”: there are no pages to print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days chosen hold none of the changes since release “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ResolveConflictCommand</name>
    <message>
        <source>Use the other value of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand Lab keeps automatic copies of &lt;b&gt;%1&lt;/b&gt; while you work. Restoring one writes it to a new file and opens it there; the open file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this event yet. The first one is made a moment after an event opens, then one every ten minutes while you edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as a new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the chosen backup to a new file and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a backup is restored only into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restored %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::RevisionRestorer</name>
    <message>
        <source>The document of this revision is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::RevisionsPanel</name>
    <message>
        <source>Restore a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved revisions, newest first. Select one to open or restore it, two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the document as it is now under a name, e.g. “End of day 1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two selected revisions, or the selected one with the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the document back to the selected revision (an edit you can undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected revision, or the current text, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected revision, or the current text, as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save revision “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the revision “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “%1”. Undo brings back the text as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — revision “%2” (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the document back to “%1”? The current text stays in the history: Undo, or save a revision first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ScheduleBoard</name>
    <message>
        <source>Schedule board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n conflict:</numerusform>
            <numerusform>%n conflicts:</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spaces yet. Add spaces in the event settings to plan the programme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ScheduleBoardPage</name>
    <message>
        <source>%1 px/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel, Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel, Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unscheduled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a block here to move it to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::ScheduleZone</name>
    <message>
        <source>“%1” is not a time zone this computer knows; give an IANA name such as Europe/Madrid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names its time zone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s time zone “%1” is unknown. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file gives neither a time zone nor offsets: its times were read as %1 (--timezone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file gives neither a time zone nor offsets: its times were read as the event&apos;s zone, %1. If that is wrong, import again with --timezone ZONE (or change the event&apos;s zone first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names no time zone; its dates carry the offsets %1, which fit %2: its times were read in that zone. Give --timezone ZONE to choose another zone of the same offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timezone %1 does not fit those offsets and was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names no time zone and its offsets (%1) fit no zone&apos;s rules: its times were read at the fixed offset %2. Give --timezone ZONE to name the zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timezone %1 was not needed and was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names no time zone and gives its dates in UTC: they keep their moments and are shown on the clock of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::SchemaVerifier</name>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema object of type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: the schema of version %2 could not be built to check it against (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: it holds a %2 “%3” that Stand Lab never makes (the file is of version %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: its %2 “%3” is not the one Stand Lab makes (the file is of version %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: its list of tables could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: the %2 “%3” that every file of version %4 holds is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was changed outside Stand Lab, and what was changed could run commands of its own, so it was not opened. The file was left untouched; open a backup or ask for a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sessions, people, organisations, actions and datasets as you type. Enter opens the first hit; Up and Down choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the whole event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (indexing new rows, %1%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::SearchResultsModel</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::SearchableTable</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rows containing this text in any column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::SectionEditor</name>
    <message>
        <source>The title of the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, in review or adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected text to a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address (https://…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set section status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set document status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not edited yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::SessionEditor</name>
    <message>
        <source>Select a session to edit it, or press New session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title as printed in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of session this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea and proposed sessions are not yet in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working line this session belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-cutting working lines this session also contributes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the session is held in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-cutting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “Unscheduled” to take the session out of the timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the start keeps the length of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the session ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where at the stand the session takes place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The abstract printed in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people the session can take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people are expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people actually came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the recording is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared notes taken during the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speakers&apos; slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the organisers; never exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change expected headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit recording link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit slides link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not an event day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unschedule session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second line under the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longer text conference apps show beside the abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lon&amp;ger description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title | https://… | kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One link a line: title | address | kind (recording, slides, notes, feedback or other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that belong to the session, one a line: title | address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence the recording is published under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CC BY 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speakers do &amp;not want it recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried in the conference-app schedule, so no one records it by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit recording licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change recording opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not “title | address | kind”; it is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More l&amp;inks:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::SessionEditorDialog</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::SessionLinks</name>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::SessionTableModel</name>
    <message>
        <source>Unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n tag(s)</source>
        <translation>
            <numerusform>+%n tag</numerusform>
            <numerusform>+%n tags</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Cross-cutting: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::StandPage</name>
    <message>
        <source>&amp;Now &amp;&amp; Next full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what is on now and next, full screen, for the screen at the stand (Ctrl+Shift+N or F11; Escape leaves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rehearse at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the computer&apos;s clock after a rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the list shows (Alt+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now &amp;&amp; Next full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s sessions and speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks a speaker as arrived; Alt+H edits the headcount, Alt+N takes a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s &amp;sessions — tick speakers as they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people are in the session; Enter saves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rehearsal, clock stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rehearsal ×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stand clock, in the event&apos;s time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the stand clock from a chosen time and speed (Ctrl+Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the real &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::Store</name>
    <message>
        <source>Cannot create “%1”: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file of that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a SQLite database of another application, not a Stand Lab event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: it was saved by a newer Stand Lab (file version %2; this version reads up to %3). Update Stand Lab to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a read-only file: you can read it, but changes cannot be saved. Use File › Save a copy… to work on a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is damaged or not a database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: the integrity check failed (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1” read-only: it was saved by an older Stand Lab and must be upgraded, which needs write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: the safety copy could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: the write-ahead journal could not be enabled (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table “%1” in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field “%1” in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item to change no longer exists; another change may have removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of “%2” could not be stored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finished copy could not be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reference in “%1” points to a missing row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: its index file “%2” could not be created beside it; the disk may be full. Free some space on that disk, or copy the file to another disk, and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: the disk is full. Free some space on that disk, or copy the file to another disk, and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file or its folder is read-only (%2). Make them writable, or copy the file to a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: it or the files kept beside it could not be opened (%2). Check that the file exists and that you may read and write in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: the disk reported an error while reading or writing it (%2). The disk may be full, removed or failing: copy the file to another disk and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: another program is using it (%2). Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2; the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::SyncActions</name>
    <message>
        <source>Stand Lab sync packages (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a sync package of this event&apos;s changes for the other laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ve changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge sync packages from other laptops into this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and e&amp;xchanges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review merge conflicts and the history of exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (written on this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (already received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything (for a laptop that never received from this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive everything new from the sync &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge every package in the sync folder that this event has not received yet (Ctrl+Shift+G); the sync folder is set in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the package to the sync folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is saved as “%1” in %2, where the other laptops find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive from the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages appear here when the other laptops share their changes to this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync folder is chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder where the laptops leave their packages: a USB stick, or a folder that Syncthing or a network share keeps in step. Preferences can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge another event file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the changes of another copy of this event, such as a .standlab file sent by e-mail; that file is only read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge another event file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand Lab events (*.standlab);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::SyncReviewDialog</name>
    <message>
        <source>Conflicts and exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the kept value by the other laptop&apos;s value; Edit › Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: no field was changed on two laptops before they met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both laptops changed these fields before they met. The later change was kept on every laptop; pick the other value where it was the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::SyncSummaryDialog</name>
    <message>
        <source>Changes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing new&lt;/b&gt;: this event already held every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n change(s)&lt;/b&gt; merged into this event.</source>
        <translation>
            <numerusform>&lt;b&gt;%n change&lt;/b&gt; merged into this event.</numerusform>
            <numerusform>&lt;b&gt;%n changes&lt;/b&gt; merged into this event.</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both laptops changed the same field. The later change was kept; you can pick the other value.</source>
        <translation>
            <numerusform>%n conflict: both laptops changed the same field. The later change was kept; you can pick the other value.</numerusform>
            <numerusform>%n conflicts: both laptops changed the same field. The later change was kept; you can pick the other value.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::TodayModel</name>
    <message>
        <source>(unknown person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the room; edit with F2 or by typing a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to tick %1 as arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick %1 as arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session / speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time / role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::UnscheduledList</name>
    <message>
        <source>Unscheduled sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session has a time. Drop a block here to take it off the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::UnscheduledModel</name>
    <message>
        <source>Untitled session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto the board, or press Enter to place it in the first free slot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::WelcomeWindow</name>
    <message>
        <source>Welcome — Stand Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and run the Sharing Cities Action Stand Lab: programme, people, contacts and the Action Plan, on your own laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty event file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an event file (.standlab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh copy of the 2019 demo event; change it as you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove missing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the recent events whose files are no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent events yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::WorkshopDetailsEditor</name>
    <message>
        <source>The organisation that runs the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators are the session&apos;s people with the role Facilitator (see People above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to prepare: flip charts, post-its, a projector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many participants the workshop can take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people have registered so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Action Plan section this workshop&apos;s outcome goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came out of the workshop, for the Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registrations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change workshop organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the section the workshop feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workshop materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workshop outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change maximum participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 registration over the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registrations over the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: add people above with the role Facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::cli::CheckCommand</name>
    <message>
        <source>check FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;count&quot;: N, &quot;conflicts&quot;: [{&quot;rule&quot;, &quot;message&quot;, &quot;sessions&quot;, …}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n conflict:</numerusform>
            <numerusform>%n conflicts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) found in %1.</source>
        <translation>
            <numerusform>%n conflict found in %1.</numerusform>
            <numerusform>%n conflicts found in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the conflicts of the programme (clashes, availability, opening hours, capacity, speakers) and sessions with impossible times; exit status 1 when there are any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session “%1” (id %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with impossible times:</source>
        <translation>
            <numerusform>%n session with impossible times:</numerusform>
            <numerusform>%n sessions with impossible times:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with impossible times and %1 conflict(s) found in %2.</source>
        <translation>
            <numerusform>%n session with impossible times and %1 conflict found in %2.</numerusform>
            <numerusform>%n sessions with impossible times and %1 conflicts found in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::cli::Command</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::cli::CommandLine</name>
    <message>
        <source>Show help for this subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 SUBCOMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Stand Lab command line: works on .standlab event files without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 SUBCOMMAND --help” for the options of one subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subcommand given; run “%1 --help” for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand “%1”; run “%2 --help” for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing argument %2; usage: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”; usage: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::cli::DemoCommand</name>
    <message>
        <source>Write the demo event (Stand Lab 2019) to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo OUT.standlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.standlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the demo event to %1 (%2 sessions, %3 people, %4 organisations).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::cli::ExportCommand</name>
    <message>
        <source>Write the event, or part of it, in another format (PDF, calendar, schedule, spreadsheet…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export FILE --format %1 --output PATH [--lang L] [--days D,…] [--lines L,…] [--paper a4|letter]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; an existing file is replaced in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of printed labels: en, es, ca or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these days (ISO dates, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these working lines (names or ids, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these spaces (names or ids, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions with these statuses (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size: a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome document to export, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved revision of that document, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this person&apos;s sessions (name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is required (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1”; known formats: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language “%1”; use en, es, ca or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown paper size “%1”; use a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: cannot write “%1”: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release to compare with (changes, changes-json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what changed since this release (signs, poster, letters, letters-pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--changed-since applies to %1, not to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::cli::GenerateCommand</name>
    <message>
        <source>Write a large synthetic event to a new file, the same for the same seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate OUT.standlab --sessions N --people N --organisations N [--seed S] [--days D] [--spaces N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.standlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many organisations (each with an engagement and 0–2 interactions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days, from 19 November 2019.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 sessions, %3 people, %4 organisations (seed %5) in %6 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::cli::ImportCommand</name>
    <message>
        <source>Bring data into an event (a new event is created when FILE does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report what would happen and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved column mapping (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is required (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1”; known formats: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: cannot read “%1”: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: “%1” already holds an event; a %2 import goes into a new file. Give a FILE that does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the rows are saved in “%1”, but they could not be indexed for search yet: %2. Stand Lab indexes them the next time it opens the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: cannot create “%1”: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the dry run needs a temporary folder and none could be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import FILE --format %1 INPUT [--dry-run] [--mapping M.json] [--timezone ZONE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For frab-xml and frab-json: the time zone (an IANA name such as Europe/Brussels) of a schedule whose times carry neither a zone nor offsets. Without it they are read in the event&apos;s zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::cli::InfoCommand</name>
    <message>
        <source>Show the schema version and how many of each entity a file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info FILE [--json] [--contacts]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;schema_version&quot;: N, &quot;counts&quot;: {…}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the contact figures: attendance, countries, kinds, requests by working line, follow-ups per week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standlab::cli::ReleaseCommand</name>
    <message>
        <source>Make a release: a named, frozen copy of the programme as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release FILE --name NAME [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release&apos;s name (unique in the event), e.g. v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note kept with the release, e.g. “printed 12 Nov”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required (for example --name v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Released “%1”: %n session(s).</source>
        <translation>
            <numerusform>Released “%1”: %n session.</numerusform>
            <numerusform>Released “%1”: %n sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::cli::ReleasesCommand</name>
    <message>
        <source>List the releases of the programme: name, when, note, number of sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releases FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of {&quot;name&quot;, &quot;released_at&quot;, &quot;note&quot;, &quot;sessions&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No releases yet; make one with: standlab-cli release FILE --name v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%n session(s)</source>
        <translation>
            <numerusform>%1	%2	%n session</numerusform>
            <numerusform>%1	%2	%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standlab::cli::SyncCommand</name>
    <message>
        <source>Share changes with other laptops: write a sync package, merge packages, list conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the package file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: only what the laptop NAME is missing (by its name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action “%1”; use export, import or conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --output PKG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one package: sync import FILE PKG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output and --since-peer belong to sync export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n change(s) from %2.</source>
        <translation>
            <numerusform>Wrote %1: %n change from %2.</numerusform>
            <numerusform>Wrote %1: %n changes from %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: no field was changed on two laptops before they met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other value picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”, %3: kept “%4” (%5), other “%6” (%7) [%8]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: every package in the sync folder DIR this file has not received yet; this laptop&apos;s own and unreadable ones are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--folder belongs to sync import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either packages or --folder DIR, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in %1 could not be received; the others were merged.</source>
        <translation>
            <numerusform>%n package in %1 could not be received; the others were merged.</numerusform>
            <numerusform>%n packages in %1 could not be received; the others were merged.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync export FILE --output PKG [--since-peer NAME] | sync import FILE PKG|OTHER.standlab… | sync import FILE --folder DIR | sync conflicts FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
