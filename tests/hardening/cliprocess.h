// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace standlab::hardening {

// How one run of the command line ended, and what it cost.
struct CliResult
{
    bool started = false;
    bool exited = false;   // ended on its own with an exit status
    int exitCode = -1;     // when exited
    int signal = 0;        // the signal that ended it otherwise
    bool killed = false;   // the SIGKILL was ours
    bool timedOut = false; // killed because it ran past the time limit
    QByteArray out;
    QByteArray err;
    qint64 maxRssKiB = 0;  // peak resident memory of this one child (wait4)
    qint64 elapsedMs = 0;

    // One line for failure messages: how it ended and what it said on stderr.
    QString describe() const;
};

// Runs the real standlab-cli in a child with limits QProcess cannot set: an address-space cap (bounded
// memory), a file-size cap with SIGXFSZ ignored (a full disk without root), another user (a read-only
// folder means nothing to root), and a SIGKILL at a chosen microsecond. fork/exec and wait4 rather than
// QProcess, because only wait4 gives the peak memory of one particular child.
class CliProcess
{
public:
    CliProcess();

    void setEnvironment(const QString& name, const QString& value);
    void setAddressSpaceLimit(qint64 bytes) { m_addressSpace = bytes; }
    void setFileSizeLimit(qint64 bytes) { m_fileSize = bytes; }
    void setUser(int uid, int gid)
    {
        m_uid = uid;
        m_gid = gid;
    }

    CliResult run(const QStringList& arguments, int timeoutMs = 120000) const;
    // Starts the command and kills it with SIGKILL after `delayUs` unless it has ended by then.
    CliResult runAndKill(const QStringList& arguments, qint64 delayUs, int timeoutMs = 120000) const;

    static QString program();
    // Address-space caps break sanitizer runtimes, which reserve terabytes of shadow memory up front.
    static bool sanitized();

private:
    CliResult execute(const QStringList& arguments, qint64 killAfterUs, int timeoutMs) const;

    QMap<QString, QString> m_environment;
    qint64 m_addressSpace = 0;
    qint64 m_fileSize = 0;
    int m_uid = -1;
    int m_gid = -1;
};

} // namespace standlab::hardening
