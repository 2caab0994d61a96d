// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmeexporter.h"

#include "bookletwriter.h"
#include "doorsignwriter.h"
#include "pdfcanvas.h"
#include "posterwriter.h"
#include "programmedata.h"

namespace standlab {

bool ProgrammeExporter::exportPdf(const Store& store, ProgrammeFormat format, const ProgrammeOptions& options,
                                  const QString& path, QString* error)
{
    if (!PdfCanvas::canPaint(error))
        return false;
    ProgrammeData data = ProgrammeData::load(store, options);
    switch (format) {
    case ProgrammeFormat::Booklet:
        return BookletWriter(std::move(data), options).write(path, error);
    case ProgrammeFormat::Poster:
        return PosterWriter(std::move(data), options).write(path, error);
    case ProgrammeFormat::DoorSigns:
        return DoorSignWriter(std::move(data), options).write(path, error);
    }
    if (error)
        *error = tr("Unknown programme format.");
    return false;
}

PdfCanvas ProgrammeExporter::layout(const Store& store, ProgrammeFormat format, const ProgrammeOptions& options)
{
    ProgrammeData data = ProgrammeData::load(store, options);
    switch (format) {
    case ProgrammeFormat::Poster: {
        PosterWriter writer(std::move(data), options);
        writer.layout();
        return writer.canvas();
    }
    case ProgrammeFormat::DoorSigns: {
        DoorSignWriter writer(std::move(data), options);
        writer.layout();
        return writer.canvas();
    }
    case ProgrammeFormat::Booklet:
        break;
    }
    BookletWriter writer(std::move(data), options);
    writer.layout();
    return writer.canvas();
}

} // namespace standlab
