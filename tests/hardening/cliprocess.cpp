// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryFile>

#include <cerrno>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <grp.h>
#include <string>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace standlab::hardening {

namespace {

void sleepMicroseconds(qint64 us)
{
    if (us <= 0)
        return;
    timespec wanted{time_t(us / 1000000), long((us % 1000000) * 1000)};
    while (nanosleep(&wanted, &wanted) != 0 && errno == EINTR) {
    }
}

QByteArray readBack(QTemporaryFile& file)
{
    file.seek(0);
    return file.readAll();
}

} // namespace

QString CliResult::describe() const
{
    QString how;
    if (!started)
        how = QStringLiteral("did not start");
    else if (exited)
        how = QStringLiteral("exit %1").arg(exitCode);
    else
        how = QStringLiteral("signal %1%2").arg(signal).arg(timedOut ? QStringLiteral(" (timed out)") : QString());
    return QStringLiteral("%1 after %2 ms, peak %3 MiB; stderr: %4")
        .arg(how)
        .arg(elapsedMs)
        .arg(maxRssKiB / 1024)
        .arg(QString::fromUtf8(err.left(2000)).trimmed());
}

CliProcess::CliProcess() = default;

void CliProcess::setEnvironment(const QString& name, const QString& value)
{
    m_environment.insert(name, value);
}

QString CliProcess::program()
{
    return QStringLiteral(STANDLAB_CLI_PATH);
}

bool CliProcess::sanitized()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

CliResult CliProcess::run(const QStringList& arguments, int timeoutMs) const
{
    return execute(arguments, -1, timeoutMs);
}

CliResult CliProcess::runAndKill(const QStringList& arguments, qint64 delayUs, int timeoutMs) const
{
    return execute(arguments, qMax<qint64>(0, delayUs), timeoutMs);
}

CliResult CliProcess::execute(const QStringList& arguments, qint64 killAfterUs, int timeoutMs) const
{
    CliResult result;
    QTemporaryFile out, err;
    if (!out.open() || !err.open())
        return result;

    // Everything the child needs is built before fork: between fork and exec only async-signal-safe calls.
    std::vector<std::string> argStrings{QFile::encodeName(program()).toStdString()};
    for (const QString& argument : arguments)
        argStrings.push_back(argument.toLocal8Bit().toStdString());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    std::vector<std::string> envStrings;
    for (const QString& entry : environment.toStringList())
        envStrings.push_back(entry.toLocal8Bit().toStdString());
    std::vector<char*> argv, envp;
    for (std::string& s : argStrings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    for (std::string& s : envStrings)
        envp.push_back(s.data());
    envp.push_back(nullptr);
    const int outFd = out.handle();
    const int errFd = err.handle();
    const int nullFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    const rlim_t addressSpace = rlim_t(m_addressSpace);
    const rlim_t fileSize = rlim_t(m_fileSize);
    const int uid = m_uid;
    const int gid = m_gid;

    QElapsedTimer clock;
    clock.start();
    const pid_t pid = fork();
    if (pid < 0) {
        ::close(nullFd);
        return result;
    }
    if (pid == 0) {
        if (nullFd >= 0)
            dup2(nullFd, STDIN_FILENO);
        dup2(outFd, STDOUT_FILENO);
        dup2(errFd, STDERR_FILENO);
        if (addressSpace > 0) {
            const rlimit limit{addressSpace, addressSpace};
            setrlimit(RLIMIT_AS, &limit);
        }
        if (fileSize > 0) {
            // A full disk without root: writes past the cap fail with EFBIG instead of killing the child.
            signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{fileSize, fileSize};
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (gid >= 0 && (setgroups(0, nullptr) != 0 || setgid(gid_t(gid)) != 0))
            _exit(126);
        if (uid >= 0 && setuid(uid_t(uid)) != 0)
            _exit(126);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    if (nullFd >= 0)
        ::close(nullFd);
    result.started = true;

    if (killAfterUs >= 0) {
        sleepMicroseconds(killAfterUs);
        // Only kill what is still running (WNOWAIT: a child that already ended is reaped below as usual).
        siginfo_t info{};
        if (waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == 0) {
            kill(pid, SIGKILL);
            result.killed = true;
        }
    }

    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR)
            break;
        if (clock.elapsed() > timeoutMs && !result.timedOut) {
            kill(pid, SIGKILL);
            result.timedOut = true;
        }
        sleepMicroseconds(2000);
    }
    result.elapsedMs = clock.elapsed();
    result.maxRssKiB = usage.ru_maxrss;
    if (WIFEXITED(status)) {
        result.exited = true;
        result.exitCode = WEXITSTATUS(status);
        result.killed = false; // it ended before the signal could matter
    } else if (WIFSIGNALED(status)) {
        result.signal = WTERMSIG(status);
    }
    result.out = readBack(out);
    result.err = readBack(err);
    return result;
}

} // namespace standlab::hardening
