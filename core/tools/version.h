// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace standlab {

// The version of this build, as set in the top-level CMakeLists (project VERSION).
class Version
{
public:
    static QString text();
};

} // namespace standlab
