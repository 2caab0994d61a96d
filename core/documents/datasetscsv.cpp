// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetscsv.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "model/dataset.h"
#include "model/repository.h"
#include "model/vocabulary.h"
#include "store/store.h"

#include <QDir>
#include <QUrl>
#include <algorithm>

namespace standlab {
namespace {

enum Column { Name, Publisher, City, Licence, Format, Access, Link, Line, Notes, ColumnCount };

// The header names a column answers to: our export's labels and plain English keys.
int columnOf(const QString& header)
{
    const QString h = header.trimmed().toLower().remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    static const QList<QPair<QStringList, int>> names = {
        {{QStringLiteral("name"), QStringLiteral("dataset"), QStringLiteral("title")}, Name},
        {{QStringLiteral("publisher"), QStringLiteral("owner")}, Publisher},
        {{QStringLiteral("city")}, City},
        {{QStringLiteral("licence"), QStringLiteral("license")}, Licence},
        {{QStringLiteral("format")}, Format},
        {{QStringLiteral("access")}, Access},
        {{QStringLiteral("link"), QStringLiteral("url"), QStringLiteral("website")}, Link},
        {{QStringLiteral("workingline"), QStringLiteral("line"), QStringLiteral("track")}, Line},
        {{QStringLiteral("notes"), QStringLiteral("note")}, Notes}};
    for (const auto& [keys, column] : names)
        if (keys.contains(h))
            return column;
    const QStringList labels = DatasetsCsv::headers();
    for (int i = 0; i < labels.size(); ++i)
        if (labels.at(i).toLower().remove(QLatin1Char(' ')) == h)
            return i;
    return -1;
}

QString accessKey(const QString& value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return QStringLiteral("open");
    for (const Term& term : Vocabulary::datasetAccess())
        if (term.key.compare(v, Qt::CaseInsensitive) == 0 || term.label.compare(v, Qt::CaseInsensitive) == 0)
            return term.key;
    return {};
}

} // namespace

QStringList DatasetsCsv::headers()
{
    return {tr("Name"), tr("Publisher"), tr("City"), tr("Licence"), tr("Format"), tr("Access"), tr("Link"),
            tr("Working line"), tr("Notes")};
}

QByteArray DatasetsCsv::exportCsv(const Store& store)
{
    QHash<QString, QString> lines;
    for (const Row& row : store.rows(QStringLiteral("working_lines")))
        lines.insert(row.value(QStringLiteral("id")).toString(), row.value(QStringLiteral("name")).toString());
    CsvWriter writer;
    writer.addRow(headers());
    for (const Row& row : store.rows(QStringLiteral("datasets"), {}, {}, QStringLiteral("name COLLATE NOCASE, id"))) {
        const Dataset d = Repository<Dataset>::fromRow(row);
        writer.addRow({d.name, d.publisher, d.city, d.licence, d.format, d.access, d.link,
                       lines.value(d.workingLineId), d.notes});
    }
    return writer.data();
}

bool DatasetsCsv::write(const Store& store, const QString& path, QString* error)
{
    return CsvWriter::writeFileAtomically(path, exportCsv(store), error);
}

bool DatasetsCsv::import(Store& store, const ImportRequest& request, ImportReport* report, QString* error)
{
    const QString file = QDir::toNativeSeparators(request.input);
    auto fail = [&](int line, const QString& message) {
        if (error)
            *error = line > 0 ? tr("%1, line %2: %3").arg(file).arg(line).arg(message)
                              : tr("%1: %2").arg(file, message);
        return false;
    };
    CsvReader reader;
    if (!reader.readFile(request.input))
        return fail(reader.errorLine(), reader.error());
    const QVector<CsvRecord>& records = reader.records();
    if (records.isEmpty())
        return fail(0, tr("the file is empty."));
    QVector<int> columns;
    bool hasName = false;
    for (const QString& header : records.first().fields) {
        columns << columnOf(header);
        hasName = hasName || columns.last() == Name;
    }
    if (!hasName)
        return fail(records.first().line, tr("no “Name” column in the header."));

    QHash<QString, QString> lineIds;
    for (const Row& row : store.rows(QStringLiteral("working_lines")))
        lineIds.insert(row.value(QStringLiteral("name")).toString().trimmed().toLower(),
                       row.value(QStringLiteral("id")).toString());
    QHash<QString, Dataset> existing; // name + publisher -> dataset
    Repository<Dataset> repository(store);
    for (const Dataset& d : repository.all())
        existing.insert(d.name.trimmed().toLower() + QLatin1Char('\n') + d.publisher.trimmed().toLower(), d);

    ImportReport local;
    Store::Transaction transaction(store);
    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records.at(r);
        QStringList values(ColumnCount);
        bool blank = true;
        for (int c = 0; c < record.fields.size() && c < columns.size(); ++c) {
            if (columns.at(c) >= 0)
                values[columns.at(c)] = CsvWriter::restore(record.fields.at(c).trimmed()); // our own export's neutralising
            blank = blank && record.fields.at(c).trimmed().isEmpty();
        }
        if (blank)
            continue;
        if (values.at(Name).isEmpty())
            return fail(record.line, tr("a dataset needs a name."));
        const QString access = accessKey(values.at(Access));
        if (access.isEmpty())
            return fail(record.line, tr("access “%1” is not one of open, negotiated or closed.").arg(values.at(Access)));
        QString lineId;
        if (!values.at(Line).isEmpty()) {
            lineId = lineIds.value(values.at(Line).toLower());
            if (lineId.isEmpty())
                return fail(record.line, tr("there is no working line “%1” in this event.").arg(values.at(Line)));
        }
        if (!values.at(Link).isEmpty() && !QUrl(values.at(Link)).isValid())
            return fail(record.line, tr("the link “%1” is not a valid address.").arg(values.at(Link)));
        const QString key = values.at(Name).toLower() + QLatin1Char('\n') + values.at(Publisher).toLower();
        Dataset d = existing.value(key);
        const bool update = !d.id.isEmpty();
        d.name = values.at(Name);
        d.publisher = values.at(Publisher);
        d.city = values.at(City);
        d.licence = values.at(Licence);
        d.format = values.at(Format);
        d.access = access;
        d.link = values.at(Link);
        d.workingLineId = lineId;
        if (!values.at(Notes).isEmpty() || !update)
            d.notes = values.at(Notes);
        QString writeError;
        if (!request.dryRun) {
            const bool ok = update ? repository.save(d, &writeError) : repository.add(d, &writeError);
            if (!ok)
                return fail(record.line, writeError);
        }
        existing.insert(key, d);
        if (update)
            ++local.updated;
        else
            ++local.created;
    }
    if (!request.dryRun && !transaction.commit(error))
        return false;
    if (request.dryRun)
        local.lines << tr("Dry run: %1 datasets would be added and %2 updated; nothing was changed.")
                           .arg(local.created)
                           .arg(local.updated);
    else
        local.lines << tr("%1 datasets added and %2 updated from “%3”.").arg(local.created).arg(local.updated).arg(file);
    if (report)
        *report = local;
    return true;
}

} // namespace standlab
