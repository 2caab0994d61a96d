// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes receiving a sync package as `standlab-cli sync import` does: SyncPackage::fromBytes, then
// SyncMerger into a fresh copy of the demo event. A package carries a SHA-256 of its compressed
// payload, so raw mutations almost never get past the checksum; an input that is not a package
// (no magic line) is therefore taken as the plain JSON payload and wrapped into a package with a
// correct header, letting the fuzzer reach the merge. Inputs with the magic line go in unchanged.
#include "fuzzworkspace.h"
#include "store/store.h"
#include "sync/syncmerger.h"
#include "sync/syncpackage.h"
#include "sync/syncpackagevalidator.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>

namespace {

QByteArray wrapPayload(const QByteArray& json)
{
    const QJsonObject payload = QJsonDocument::fromJson(json).object();
    const QByteArray body = qCompress(json, 1);
    QJsonObject header;
    header.insert(QStringLiteral("package_id"), payload.value(QStringLiteral("package_id")));
    header.insert(QStringLiteral("laptop_id"), payload.value(QStringLiteral("laptop_id")).toString());
    header.insert(QStringLiteral("laptop_name"), payload.value(QStringLiteral("laptop_name")));
    header.insert(QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z"));
    header.insert(QStringLiteral("schema_version"), payload.value(QStringLiteral("schema_version")).toInt());
    header.insert(QStringLiteral("size"), double(body.size()));
    header.insert(QStringLiteral("sha256"),
                  QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
    return QByteArrayLiteral("STANDLAB-SYNC 1\n") + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + body;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace standlab;
    FuzzWorkspace& workspace = FuzzWorkspace::instance();
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!bytes.startsWith("STANDLAB-SYNC"))
        bytes = wrapPayload(bytes);
    QString error;
    const std::optional<SyncPackage> package = SyncPackage::fromBytes(bytes, QStringLiteral("fuzz.standlab-sync"), &error);
    if (!package) {
        FuzzWorkspace::note(QStringLiteral("refused: %1").arg(error));
        return 0;
    }
    const auto folder = workspace.scratch();
    const auto store = workspace.copyOf(FuzzWorkspace::Base::Demo, folder->path());
    // The checks against the schema and the clock run on their own too (the merge runs them again).
    const QString problem = SyncPackageValidator(*store).problem(*package, QStringLiteral("fuzz.standlab-sync"));
    if (!problem.isEmpty())
        FuzzWorkspace::note(QStringLiteral("invalid: %1").arg(problem));
    SyncMerger merger(*store);
    SyncSummary summary;
    if (merger.merge({*package}, {QStringLiteral("fuzz.standlab-sync")}, &summary, &error))
        FuzzWorkspace::note(QStringLiteral("merged: %1").arg(summary.toText()));
    else {
        FuzzWorkspace::note(QStringLiteral("merge refused: %1").arg(error));
        FuzzWorkspace::checkRefusal(error);
    }
    return 0;
}
