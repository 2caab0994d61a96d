// SPDX-License-Identifier: GPL-3.0-or-later
#include "version.h"

namespace standlab {

QString Version::text()
{
    return QStringLiteral(STANDLAB_VERSION);
}

} // namespace standlab
