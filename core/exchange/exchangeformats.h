// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace standlab {

class FormatRegistry;

// Puts the calendar and conference-app schedule formats in the registry: exports ics, frab-xml and
// frab-json; imports frab-xml and frab-json.
class ExchangeFormats
{
    Q_DECLARE_TR_FUNCTIONS(standlab::ExchangeFormats)

public:
    static void registerIn(FormatRegistry& registry);
};

} // namespace standlab
