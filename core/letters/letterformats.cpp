// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterformats.h"

#include "io/formatregistry.h"
#include "letteroutbox.h"
#include "letterspdf.h"
#include "model/event.h"
#include "model/repository.h"
#include "store/store.h"

#include <QDir>

namespace standlab {

namespace {

bool compose(const Store& store, const ExportRequest& request, QVector<Letter>* letters, QString* error)
{
    LetterComposer::Options options;
    if (!LetterFormats::optionsFor(store, request, &options, error))
        return false;
    if (!LetterComposer(store).compose(options, letters, error))
        return false;
    if (letters->isEmpty()) {
        if (error)
            *error = options.changedSince.isEmpty()
                ? LetterFormats::tr("Nobody to write to: no one is on stage in a confirmed or proposed session.")
                : LetterFormats::tr("Nobody to write to: no one's sessions changed since release “%1”.")
                      .arg(options.changedSince);
        return false;
    }
    return true;
}

bool record(const Store& store, const ExportRequest& request, const QVector<Letter>& letters, QString* error)
{
    if (!request.record)
        return true;
    return LetterOutbox::record(*request.record, letters, LetterOutbox::note(store, request.changedSince), error);
}

bool writeDrafts(const Store& store, const ExportRequest& request, QString* error)
{
    QVector<Letter> letters;
    if (!compose(store, request, &letters, error))
        return false;
    QStringList written;
    QStringList noAddress;
    if (!LetterOutbox::writeDrafts(letters, request.output, &written, &noAddress, error))
        return false;
    QVector<Letter> sent;
    for (const Letter& letter : qAsConst(letters))
        if (!letter.email.isEmpty())
            sent << letter;
    if (!record(store, request, sent, error))
        return false;
    if (request.notice) {
        request.notice(LetterFormats::tr("%n letter(s) written into %1.", nullptr, int(written.size()))
                           .arg(QDir::toNativeSeparators(request.output)));
        if (!noAddress.isEmpty())
            request.notice(LetterFormats::tr("No e-mail address, so no letter: %1.").arg(noAddress.join(QStringLiteral(", "))));
    }
    return true;
}

bool writePdf(const Store& store, const ExportRequest& request, QString* error)
{
    QVector<Letter> letters;
    if (!compose(store, request, &letters, error))
        return false;
    LettersPdf::Heading heading;
    const QVector<Row> events = store.rows(QStringLiteral("event"));
    if (!events.isEmpty()) {
        const Event event = Repository<Event>::fromRow(events.first());
        heading.eventName = event.name;
        heading.address = event.venue;
        if (!event.city.isEmpty() && !heading.address.contains(event.city))
            heading.address = heading.address.isEmpty() ? event.city : heading.address + QStringLiteral(", ") + event.city;
    }
    if (!LettersPdf::write(letters, heading, request.output, error))
        return false;
    if (!record(store, request, letters, error))
        return false;
    if (request.notice)
        request.notice(LetterFormats::tr("%n letter(s) in the PDF.", nullptr, int(letters.size())));
    return true;
}

} // namespace

bool LetterFormats::optionsFor(const Store& store, const ExportRequest& request, LetterComposer::Options* options,
                               QString* error)
{
    LetterComposer::Options made;
    made.language = request.language;
    made.changedSince = request.changedSince;
    if (!request.person.isEmpty()) {
        const std::optional<QString> id = LetterComposer(store).findPerson(request.person, error);
        if (!id)
            return false;
        made.personIds << *id;
    }
    *options = made;
    return true;
}

void LetterFormats::registerIn(FormatRegistry& registry)
{
    FormatRegistry::ExportFormat drafts{
        QStringLiteral("letters"),
        tr("A letter to each speaker as an e-mail draft (.eml, with their calendar) into a folder; nothing is sent."),
        writeDrafts};
    drafts.recordsInEvent = true;
    registry.addExport(drafts);
    FormatRegistry::ExportFormat pdf{QStringLiteral("letters-pdf"), tr("The letters to speakers as one PDF to print."),
                                     writePdf};
    pdf.recordsInEvent = true;
    registry.addExport(pdf);
}

} // namespace standlab
