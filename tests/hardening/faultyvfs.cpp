// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultyvfs.h"

#include <atomic>
#include <sqlite3.h>

namespace standlab::hardening {

namespace {

std::atomic<qint64> g_budget{-1};
std::atomic<int> g_refusals{0};
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;

// Our file is the header the core's connection sees; the real VFS's file follows it in the same block.
struct FaultyFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<FaultyFile*>(file)->real;
}

// Spends the budget; false when this write would go past it (the write then does not happen at all).
bool spend(int amount)
{
    qint64 left = g_budget.load();
    while (left >= 0) {
        if (left < amount) {
            ++g_refusals;
            return false;
        }
        if (g_budget.compare_exchange_weak(left, left - amount))
            return true;
    }
    return true;
}

int xClose(sqlite3_file* f)
{
    const int rc = real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}
int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (!spend(amount))
        return SQLITE_FULL;
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file* f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int xUnlock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* argument)
{
    return real(f)->pMethods->xFileControl(real(f), op, argument);
}
int xSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** memory)
{
    // Growing the shared-memory index writes a region of it (32 KiB) to its -shm file, as the unix VFS
    // does; a region already there costs nothing. Refused like the unix VFS refuses it.
    if (extend) {
        const int rc = real(f)->pMethods->xShmMap(real(f), region, size, 0, memory);
        if (rc != SQLITE_OK || *memory)
            return rc;
        if (!spend(size))
            return SQLITE_IOERR_SHMSIZE;
    }
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, memory);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** pointer)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, pointer);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* pointer)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, pointer);
}

// One table per version the real file offers, so SQLite never calls a method the real file lacks.
sqlite3_io_methods methodsFor(int version)
{
    sqlite3_io_methods methods{};
    methods.iVersion = version;
    methods.xClose = xClose;
    methods.xRead = xRead;
    methods.xWrite = xWrite;
    methods.xTruncate = xTruncate;
    methods.xSync = xSync;
    methods.xFileSize = xFileSize;
    methods.xLock = xLock;
    methods.xUnlock = xUnlock;
    methods.xCheckReservedLock = xCheckReservedLock;
    methods.xFileControl = xFileControl;
    methods.xSectorSize = xSectorSize;
    methods.xDeviceCharacteristics = xDeviceCharacteristics;
    if (version >= 2) {
        methods.xShmMap = xShmMap;
        methods.xShmLock = xShmLock;
        methods.xShmBarrier = xShmBarrier;
        methods.xShmUnmap = xShmUnmap;
    }
    if (version >= 3) {
        methods.xFetch = xFetch;
        methods.xUnfetch = xUnfetch;
    }
    return methods;
}

const sqlite3_io_methods g_methods[3] = {methodsFor(1), methodsFor(2), methodsFor(3)};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* mine = reinterpret_cast<FaultyFile*>(file);
    mine->real = reinterpret_cast<sqlite3_file*>(mine + 1);
    mine->real->pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, mine->real, flags, outFlags);
    if (rc != SQLITE_OK || !mine->real->pMethods) {
        file->pMethods = nullptr;
        return rc;
    }
    file->pMethods = &g_methods[qBound(1, mine->real->pMethods->iVersion, 3) - 1];
    return rc;
}

} // namespace

void FaultyVfs::install()
{
    if (g_real)
        return;
    sqlite3_initialize();
    g_real = sqlite3_vfs_find(nullptr);
    g_vfs = *g_real;
    g_vfs.zName = "standlab-faulty";
    g_vfs.szOsFile = int(sizeof(FaultyFile)) + g_real->szOsFile;
    g_vfs.xOpen = xOpen;
    g_vfs.pNext = nullptr;
    // Every other call (delete, access, full path, randomness, time) goes to the real VFS as is; they
    // receive our vfs pointer, which the unix VFS does not look into beyond its own fields we copied.
    sqlite3_vfs_register(&g_vfs, 1);
}

void FaultyVfs::setBudget(qint64 bytes)
{
    g_refusals = 0;
    g_budget = bytes < 0 ? -1 : bytes;
}

int FaultyVfs::refusals()
{
    return g_refusals;
}

} // namespace standlab::hardening
