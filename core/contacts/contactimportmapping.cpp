// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactimportmapping.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QHash>

namespace standlab {
namespace {

struct Synonyms
{
    ContactField field;
    const char* words; // normalised header texts, separated by '|'
};

// In the order a partial match is tried: specific words ("email", "speak") before generic ones
// ("name", "contact"), so "Contact email" is an email column and "Nombre de la entidad" an organisation.
const Synonyms synonymTable[] = {
    {ContactField::Email, "email|e mail|mail|email address|e mail address|correo|correo electronico|"
                          "email de contacto|correu|correu electronic|adreca electronica|adreca de correu"},
    {ContactField::Phone, "phone|telephone|phone number|mobile|tel|telefono|movil|telefon|mobil|celular"},
    {ContactField::Website, "website|web|url|site|web site|homepage|sitio web|pagina web|web page|lloc web"},
    {ContactField::WantsToSpeak, "wants to speak|speak|speaker|quiere hablar|hablar|ponente|intervenir|"
                                 "vol parlar|parlar|ponent"},
    {ContactField::WantsWorkshop, "wants workshop|wants to run a workshop|workshop|run a workshop|taller|"
                                  "quiere taller|quiere organizar un taller|vol taller|vol organitzar un taller"},
    {ContactField::NextFollowUp, "next follow up|follow up|follow up date|seguimiento|proximo seguimiento|"
                                 "fecha de seguimiento|seguiment|proper seguiment|data de seguiment"},
    {ContactField::DelegationSize, "delegation size|delegation|delegates|size of delegation|tamano de la delegacion|"
                                   "delegacion|delegados|mida de la delegacio|delegacio|delegats"},
    {ContactField::DeclarationSignatory, "declaration signatory|declaration|signatory|signed declaration|"
                                         "declaracion|firmante|firmante de la declaracion|declaracio|signatari|"
                                         "signant|signataria"},
    {ContactField::RequestedLine, "working line|requested working line|requested line|line|track|linea|"
                                  "linea de trabajo|eje|linia|linia de treball|eix"},
    {ContactField::FirstName, "first name|given name|forename|nombre de pila|nom de pila"},
    {ContactField::LastName, "last name|surname|family name|apellido|apellidos|cognom|cognoms"},
    {ContactField::OrganisationKind, "kind|type|organisation type|organization type|kind of organisation|category|"
                                     "tipo|tipo de entidad|tipo de organizacion|categoria|tipus|tipus d entitat"},
    {ContactField::OrganisationName, "organisation|organization|organisation name|organization name|org|company|"
                                     "entity|institution|organizacion|nombre de la organizacion|entidad|empresa|"
                                     "institucion|nombre de la entidad|organitzacio|entitat|nom de l entitat|"
                                     "institucio|ciudad u organizacion"},
    {ContactField::City, "city|town|municipality|ciudad|municipio|localidad|ciutat|municipi|poblacio|localitat"},
    {ContactField::Country, "country|pais|nation|nacion"},
    {ContactField::Attendance, "attendance|attending|status|asistencia|estado|assistencia|estat"},
    {ContactField::Days, "days|dias|dies|which days"},
    {ContactField::Topics, "topics|topic|interests|themes|temas|tema|intereses|temes|interessos"},
    {ContactField::Owner, "owner|staff|responsible|account owner|responsable|encargado|encargada|gestor|gestora"},
    {ContactField::RoleTitle, "role|title|job title|position|job|cargo|puesto|rol|carrec|titol|lloc de treball"},
    {ContactField::Languages, "languages|language|idiomas|idioma|llengues|idiomes|llengua|lenguas"},
    {ContactField::Notes, "notes|note|comments|comment|observations|remarks|notas|comentarios|observaciones|"
                          "comentaris|observacions"},
    {ContactField::PersonName, "name|full name|contact|contact name|contact person|person|nombre|nombre completo|"
                               "contacto|persona|persona de contacto|nom|nom complet|contacte|persona de contacte"},
};

const QHash<QString, ContactField>& exactWords()
{
    static const QHash<QString, ContactField> words = [] {
        QHash<QString, ContactField> all;
        for (const Synonyms& entry : synonymTable)
            for (const QString& word : QString::fromLatin1(entry.words).split(QLatin1Char('|')))
                if (!all.contains(word))
                    all.insert(word, entry.field);
        return all;
    }();
    return words;
}

ContactField guessOne(const QString& header)
{
    const QString text = ContactImportMapping::normalise(header);
    if (text.isEmpty())
        return ContactField::Ignore;
    const auto exact = exactWords().constFind(text);
    if (exact != exactWords().cend())
        return exact.value();
    const QString padded = QLatin1Char(' ') + text + QLatin1Char(' ');
    for (const Synonyms& entry : synonymTable)
        for (const QString& word : QString::fromLatin1(entry.words).split(QLatin1Char('|')))
            if (word.size() > 2 && padded.contains(QLatin1Char(' ') + word + QLatin1Char(' ')))
                return entry.field;
    return ContactField::Ignore;
}

} // namespace

ContactImportMapping::ContactImportMapping(const QStringList& headers)
    : m_headers(headers), m_fields(headers.size(), ContactField::Ignore)
{
}

QString ContactImportMapping::normalise(const QString& text)
{
    // Most cells are ASCII; only the others pay for Unicode decomposition (this runs per cell on import).
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    const QString source = ascii ? text : text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(source.size());
    bool pendingSpace = false;
    for (const QChar c : source) {
        const char16_t u = c.unicode();
        QChar kept;
        if (u < 0x80) {
            if (u >= u'A' && u <= u'Z')
                kept = QChar(char16_t(u + 32));
            else if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
                kept = c;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (c.isLetterOrNumber()) {
            kept = c.toLower();
        }
        if (kept.isNull()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += kept;
    }
    return out;
}

ContactImportMapping ContactImportMapping::guess(const QStringList& headers)
{
    ContactImportMapping mapping(headers);
    for (int i = 0; i < headers.size(); ++i) {
        const ContactField field = guessOne(headers.at(i));
        // The first column for a field wins; a second "Email" is left for the user to decide.
        if (field != ContactField::Ignore && !mapping.has(field))
            mapping.m_fields[i] = field;
    }
    // "Nombre" beside "Apellidos" is a first name, not a full name.
    const int name = mapping.column(ContactField::PersonName);
    if (name >= 0 && mapping.has(ContactField::LastName) && !mapping.has(ContactField::FirstName))
        mapping.m_fields[name] = ContactField::FirstName;
    return mapping;
}

void ContactImportMapping::setField(int column, ContactField field)
{
    if (column >= 0 && column < m_fields.size())
        m_fields[column] = field;
}

int ContactImportMapping::column(ContactField field) const
{
    return int(m_fields.indexOf(field));
}

bool ContactImportMapping::isUsable(QString* reason) const
{
    if (hasOrganisation() || hasPerson())
        return true;
    if (reason)
        *reason = tr("No column is mapped to an organisation name or a person's name.");
    return false;
}

QJsonObject ContactImportMapping::toJson() const
{
    QJsonArray columns;
    for (int i = 0; i < m_headers.size(); ++i)
        columns.append(QJsonObject{{QStringLiteral("header"), m_headers.at(i)},
                                   {QStringLiteral("field"), key(field(i))}});
    return {{QStringLiteral("version"), 1}, {QStringLiteral("columns"), columns}};
}

ContactImportMapping ContactImportMapping::fromJson(const QJsonObject& json, const QStringList& headers,
                                                    QString* error)
{
    ContactImportMapping mapping(headers);
    const QJsonArray columns = json.value(QStringLiteral("columns")).toArray();
    if (columns.isEmpty() && error)
        *error = tr("The mapping names no columns.");
    QHash<QString, int> byHeader;
    for (int i = int(headers.size()) - 1; i >= 0; --i)
        byHeader.insert(normalise(headers.at(i)), i);
    for (int i = 0; i < columns.size(); ++i) {
        const QJsonObject entry = columns.at(i).toObject();
        bool ok = false;
        const ContactField field = fromKey(entry.value(QStringLiteral("field")).toString(), &ok);
        if (!ok) {
            if (error)
                *error = tr("The mapping has an unknown field “%1”.").arg(entry.value(QStringLiteral("field")).toString());
            continue;
        }
        const QString header = normalise(entry.value(QStringLiteral("header")).toString());
        const int index = byHeader.value(header, header.isEmpty() && i < headers.size() ? i : -1);
        mapping.setField(index, field);
    }
    return mapping;
}

QString ContactImportMapping::signature(const QStringList& headers)
{
    QStringList normalised;
    for (const QString& header : headers)
        normalised << normalise(header);
    const QByteArray digest = QCryptographicHash::hash(normalised.join(QLatin1Char('\x1f')).toUtf8(),
                                                       QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.toHex().left(16));
}

QVector<ContactField> ContactImportMapping::allFields()
{
    QVector<ContactField> all;
    for (int f = int(ContactField::Ignore); f <= int(ContactField::Notes); ++f)
        all << ContactField(f);
    return all;
}

QString ContactImportMapping::key(ContactField field)
{
    static const char* const keys[] = {
        "ignore", "organisation_name", "organisation_kind", "city", "country", "website",
        "declaration_signatory", "attendance", "days", "delegation_size", "topics", "requested_line",
        "wants_to_speak", "wants_workshop", "owner", "next_follow_up", "person_name", "first_name",
        "last_name", "role_title", "email", "phone", "languages", "notes"};
    return QString::fromLatin1(keys[int(field)]);
}

ContactField ContactImportMapping::fromKey(const QString& text, bool* ok)
{
    for (const ContactField field : allFields()) {
        if (key(field) == text) {
            if (ok)
                *ok = true;
            return field;
        }
    }
    if (ok)
        *ok = false;
    return ContactField::Ignore;
}

QString ContactImportMapping::label(ContactField field)
{
    switch (field) {
    case ContactField::Ignore: return tr("(ignore)");
    case ContactField::OrganisationName: return tr("Organisation name");
    case ContactField::OrganisationKind: return tr("Kind of organisation");
    case ContactField::City: return tr("City");
    case ContactField::Country: return tr("Country");
    case ContactField::Website: return tr("Website");
    case ContactField::DeclarationSignatory: return tr("Declaration signatory");
    case ContactField::Attendance: return tr("Attendance");
    case ContactField::Days: return tr("Days");
    case ContactField::DelegationSize: return tr("Delegation size");
    case ContactField::Topics: return tr("Topics requested");
    case ContactField::RequestedLine: return tr("Requested working line");
    case ContactField::WantsToSpeak: return tr("Wants to speak");
    case ContactField::WantsWorkshop: return tr("Wants to run a workshop");
    case ContactField::Owner: return tr("Owner on staff");
    case ContactField::NextFollowUp: return tr("Next follow-up");
    case ContactField::PersonName: return tr("Person's full name");
    case ContactField::FirstName: return tr("First name");
    case ContactField::LastName: return tr("Last name");
    case ContactField::RoleTitle: return tr("Role or title");
    case ContactField::Email: return tr("Email");
    case ContactField::Phone: return tr("Phone");
    case ContactField::Languages: return tr("Languages");
    case ContactField::Notes: return tr("Notes");
    }
    return {};
}

} // namespace standlab
