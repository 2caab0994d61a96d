// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace standlab {

// Installs the translators for the interface: ours (embedded under :/i18n) and Qt's own.
class LanguageSetup
{
public:
    // `override` (from --language) wins over the preference, which wins over the system locale.
    // Returns the language code used.
    static QString install(const QString& override = {});
};

} // namespace standlab
