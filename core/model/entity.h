// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace standlab {

// What every stored row carries so that laptops can merge their files.
struct Entity
{
    QString id;
    QString createdAt;
    qint64 updatedAt = 0;
    QString laptopId;
};

} // namespace standlab
