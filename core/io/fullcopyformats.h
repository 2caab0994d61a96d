// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace standlab {

class FormatRegistry;

// The two full copies of an event: the JSON bundle (export and import into a new file) and the
// .standlab file itself through SQLite's backup API.
class FullCopyFormats
{
    Q_DECLARE_TR_FUNCTIONS(standlab::FullCopyFormats)

public:
    static void registerIn(FormatRegistry& registry);
};

} // namespace standlab
