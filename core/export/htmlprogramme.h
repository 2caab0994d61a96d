// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printlabels.h"
#include "programmedata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace standlab {

// The programme as one self-contained HTML file for phones and the screen at the stand: inline CSS
// and a few lines of script to filter by day and working line, a policy that forbids any network
// request, and every piece of event data escaped.
class HtmlProgramme
{
    Q_DECLARE_TR_FUNCTIONS(HtmlProgramme)

public:
    HtmlProgramme(const ProgrammeData& data, const PrintLabels& labels) : m_data(data), m_labels(labels) {}

    // A part shown above the programme: what changed since the latest release (HTML made by
    // ReleaseFormats::htmlChanges, its values already escaped).
    void setChanges(const QString& html) { m_changes = html; }

    QByteArray render() const;
    bool write(const QString& path, QString* error) const;

    // Escapes & < > " and ' so text is safe in element content and in quoted attributes.
    static QString escaped(const QString& text);

private:
    QString session(const ProgrammeData::Session& session, int lineIndex) const;
    QString filters() const;

    const ProgrammeData& m_data;
    PrintLabels m_labels;
    QString m_changes;
};

} // namespace standlab
