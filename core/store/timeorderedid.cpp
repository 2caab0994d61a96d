// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeorderedid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>
#include <QtEndian>

namespace standlab {

QString TimeOrderedId::next()
{
    static QMutex mutex;
    static quint64 lastMillis = 0;
    static quint32 sequence = 0;

    quint64 millis = quint64(QDateTime::currentMSecsSinceEpoch());
    {
        const QMutexLocker lock(&mutex);
        // The same or an earlier millisecond (a fast loop, a clock set back): count on from the last id.
        if (millis <= lastMillis) {
            millis = lastMillis;
            if (++sequence > 0xFFF) {
                ++millis;
                sequence = 0;
            }
        } else {
            sequence = 0;
        }
        lastMillis = millis;
    }
    const quint64 high = (millis << 16) | quint64(0x7000) | quint64(sequence);
    const quint64 low = (QRandomGenerator::global()->generate64() & ~(quint64(0xC0) << 56)) | (quint64(0x80) << 56);
    uchar bytes[16];
    qToBigEndian(high, bytes);
    qToBigEndian(low, bytes + 8);
    return QUuid::fromRfc4122(QByteArrayView(bytes, 16)).toString(QUuid::WithoutBraces);
}

} // namespace standlab
