// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QFileDevice>

namespace standlab {

// Whether a failed write was cut short without a reason of its own (a full disk, a file-size limit):
// such a write sets no error on the file, or only "Unknown error" once a flush comes up short, and a
// fresh QFile's errorString() is exactly that placeholder. Callers then say the disk may be full.
inline bool isShortWriteWithoutReason(const QFileDevice& file)
{
    return file.error() == QFileDevice::NoError || file.errorString() == QFile().errorString();
}

} // namespace standlab
