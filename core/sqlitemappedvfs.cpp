// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitemappedvfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <mutex>
#include <new>
#include <sys/mman.h>
#include <unistd.h>

namespace lifeboat {

namespace {

/*
 * A fault on a page of a file's map may map the whole page-cache folio
 * around it, up to 2 MiB, so what is tracked is which 2 MiB regions of the
 * map were touched since the last trim; once a few are, they are dropped. A
 * scan in page order trims every few MiB and keeps at most
 * RegionsBetweenTrims regions mapped. (Reads jumping around the file would
 * trim every few pages and fault whole folios back in, slower than reading
 * each page: that is why only scans map; other readers set mmap_size 0 and
 * go through this VFS only to have their reads counted.)
 *
 * Every pointer behind a region came from the current map, which SQLite
 * changes only through xUnfetch(0, nullptr), xWrite, xTruncate and a few file
 * controls; everything is trimmed and forgotten before each of those, so a
 * trim never names memory that is no longer the map. Pages SQLite keeps a
 * pointer to fault back in unseen after a trim; every FullTrimEvery trims,
 * the whole span fetched so far is dropped to catch them too.
 */
constexpr int RegionShift = 21;
constexpr int RegionsBetweenTrims = 2;
constexpr int FullTrimEvery = 16;

struct MappedFile
{
    sqlite3_file base;
    sqlite3_file *real = nullptr;
    const char *mapBase = nullptr; // the map's address of offset 0
    sqlite3_int64 mapped = 0;      // how far pages have been fetched from the map
    std::array<sqlite3_int64, RegionsBetweenTrims> regions{}; // touched since the last trim
    int regionCount = 0;
    int trims = 0;
    const std::function<void(long long)> *observer = nullptr; // told of every read
};

constexpr size_t realFileOffset = (sizeof(MappedFile) + 15) & ~size_t(15);

MappedFile *mapped(sqlite3_file *file)
{
    return reinterpret_cast<MappedFile *>(file);
}

sqlite3_file *real(sqlite3_file *file)
{
    return mapped(file)->real;
}

sqlite3_vfs *realVfs(sqlite3_vfs *vfs)
{
    return static_cast<sqlite3_vfs *>(vfs->pAppData);
}

// Drops the regions touched since the last trim from the process's mapping,
// or with everything, all of the map that fetches have shown. The pages stay
// in the page cache; touching them again maps them back.
void trim(MappedFile *f, bool everything = false)
{
    if (f->mapBase && f->mapped > 0) {
        static const auto pageSize = sqlite3_int64(::sysconf(_SC_PAGESIZE));
        const sqlite3_int64 end = (f->mapped + pageSize - 1) & ~(pageSize - 1);
        auto drop = [f, end](sqlite3_int64 from, sqlite3_int64 to) {
            to = std::min(to, end);
            if (from < to)
                ::madvise(const_cast<char *>(f->mapBase) + from, size_t(to - from), MADV_DONTNEED);
        };
        if (everything || ++f->trims % FullTrimEvery == 0) {
            drop(0, end);
        } else {
            for (int i = 0; i < f->regionCount; ++i)
                drop(f->regions[i] << RegionShift, (f->regions[i] + 1) << RegionShift);
        }
    }
    f->regionCount = 0;
}

// Notes that [offset, offset + amount) of the map is now mapped in.
void touch(MappedFile *f, sqlite3_int64 offset, int amount)
{
    for (sqlite3_int64 region = offset >> RegionShift;
         region <= (offset + amount - 1) >> RegionShift; ++region) {
        const auto seen = f->regions.begin() + f->regionCount;
        if (std::find(f->regions.begin(), seen, region) != seen)
            continue;
        if (f->regionCount == RegionsBetweenTrims)
            trim(f);
        f->regions[f->regionCount++] = region;
    }
}

int mappedClose(sqlite3_file *file)
{
    MappedFile *f = mapped(file);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    f->~MappedFile();
    return rc;
}

int mappedRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    MappedFile *f = mapped(file);
    const int rc = f->real->pMethods->xRead(f->real, buffer, amount, offset);
    // SQLite copies a read out of its map when the map covers it (overflow
    // pages, for one, are read and not fetched); within what fetches have
    // shown to be mapped, that is certain.
    if (rc == SQLITE_OK && f->mapBase && offset + amount <= f->mapped)
        touch(f, offset, amount);
    if (rc == SQLITE_OK && f->observer)
        (*f->observer)(amount);
    return rc;
}

int mappedWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    trim(mapped(file), true);
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}

int mappedTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    trim(mapped(file), true);
    return real(file)->pMethods->xTruncate(real(file), size);
}

int mappedSync(sqlite3_file *file, int flags)
{
    return real(file)->pMethods->xSync(real(file), flags);
}

int mappedFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}

int mappedLock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xLock(real(file), level);
}

int mappedUnlock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}

int mappedCheckReservedLock(sqlite3_file *file, int *out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}

int mappedFileControl(sqlite3_file *file, int op, void *arg)
{
    if (op == ObserveReadsFileControl) {
        mapped(file)->observer = static_cast<const std::function<void(long long)> *>(arg);
        return SQLITE_OK;
    }
    // These may map the file anew.
    if (op == SQLITE_FCNTL_MMAP_SIZE || op == SQLITE_FCNTL_SIZE_HINT
        || op == SQLITE_FCNTL_CHUNK_SIZE)
        trim(mapped(file), true);
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}

int mappedSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int mappedDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int mappedShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    return real(file)->pMethods->xShmMap(real(file), region, size, extend, out);
}

int mappedShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

void mappedShmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int mappedShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int mappedFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    MappedFile *f = mapped(file);
    *out = nullptr;
    if (f->real->pMethods->iVersion < 3 || !f->real->pMethods->xFetch)
        return SQLITE_OK;
    const int rc = f->real->pMethods->xFetch(f->real, offset, amount, out);
    if (rc != SQLITE_OK || !*out)
        return rc;
    const char *page = static_cast<const char *>(*out);
    if (page - offset != f->mapBase) {
        // A new map; the old one, and every page of it, is gone.
        f->mapBase = page - offset;
        f->mapped = 0;
        f->regionCount = 0;
    }
    f->mapped = std::max(f->mapped, offset + amount);
    touch(f, offset, amount);
    if (f->observer)
        (*f->observer)(amount);
    return SQLITE_OK;
}

int mappedUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    MappedFile *f = mapped(file);
    // Without a page, SQLite is about to drop or replace its map.
    if (!page)
        trim(f, true);
    if (f->real->pMethods->iVersion < 3 || !f->real->pMethods->xUnfetch)
        return SQLITE_OK;
    return f->real->pMethods->xUnfetch(f->real, offset, page);
}

const sqlite3_io_methods mappedMethods = {
    3,
    mappedClose,
    mappedRead,
    mappedWrite,
    mappedTruncate,
    mappedSync,
    mappedFileSize,
    mappedLock,
    mappedUnlock,
    mappedCheckReservedLock,
    mappedFileControl,
    mappedSectorSize,
    mappedDeviceCharacteristics,
    mappedShmMap,
    mappedShmLock,
    mappedShmBarrier,
    mappedShmUnmap,
    mappedFetch,
    mappedUnfetch,
};

const sqlite3_io_methods mappedMethodsWithoutShm = [] {
    sqlite3_io_methods methods = mappedMethods;
    methods.xShmMap = nullptr;
    methods.xShmLock = nullptr;
    methods.xShmBarrier = nullptr;
    methods.xShmUnmap = nullptr;
    return methods;
}();

int mappedOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags,
               int *outFlags)
{
    auto *f = new (file) MappedFile;
    f->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + realFileOffset);
    f->real->pMethods = nullptr;
    const int rc = realVfs(vfs)->xOpen(realVfs(vfs), name, f->real, flags, outFlags);
    // SQLite closes the file only when pMethods is set, also after a failure.
    // A file without shared memory (locking switched off) must look so:
    // SQLite decides by xShmMap whether it may use a WAL.
    const sqlite3_io_methods *methods = f->real->pMethods;
    if (!methods)
        f->base.pMethods = nullptr;
    else if (methods->iVersion >= 2 && methods->xShmMap)
        f->base.pMethods = &mappedMethods;
    else
        f->base.pMethods = &mappedMethodsWithoutShm;
    if (!f->base.pMethods)
        f->~MappedFile();
    return rc;
}

int mappedDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    return realVfs(vfs)->xDelete(realVfs(vfs), name, syncDir);
}

int mappedAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
    return realVfs(vfs)->xAccess(realVfs(vfs), name, flags, out);
}

int mappedFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    return realVfs(vfs)->xFullPathname(realVfs(vfs), name, size, out);
}

void *mappedDlOpen(sqlite3_vfs *vfs, const char *name)
{
    return realVfs(vfs)->xDlOpen(realVfs(vfs), name);
}

void mappedDlError(sqlite3_vfs *vfs, int size, char *out)
{
    realVfs(vfs)->xDlError(realVfs(vfs), size, out);
}

void (*mappedDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    return realVfs(vfs)->xDlSym(realVfs(vfs), handle, symbol);
}

void mappedDlClose(sqlite3_vfs *vfs, void *handle)
{
    realVfs(vfs)->xDlClose(realVfs(vfs), handle);
}

int mappedRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    return realVfs(vfs)->xRandomness(realVfs(vfs), size, out);
}

int mappedSleep(sqlite3_vfs *vfs, int microseconds)
{
    return realVfs(vfs)->xSleep(realVfs(vfs), microseconds);
}

int mappedCurrentTime(sqlite3_vfs *vfs, double *out)
{
    return realVfs(vfs)->xCurrentTime(realVfs(vfs), out);
}

int mappedGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    return realVfs(vfs)->xGetLastError ? realVfs(vfs)->xGetLastError(realVfs(vfs), size, out) : 0;
}

int mappedCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
    return realVfs(vfs)->xCurrentTimeInt64(realVfs(vfs), out);
}

} // namespace

const char *mappedReadVfs()
{
    static sqlite3_vfs vfs;
    static std::once_flag registered;
    std::call_once(registered, [] {
        sqlite3_vfs *base = sqlite3_vfs_find(nullptr);
        vfs.iVersion = 2;
        vfs.szOsFile = int(realFileOffset) + base->szOsFile;
        vfs.mxPathname = base->mxPathname;
        vfs.zName = "lifeboat-mapped-read";
        vfs.pAppData = base;
        vfs.xOpen = mappedOpen;
        vfs.xDelete = mappedDelete;
        vfs.xAccess = mappedAccess;
        vfs.xFullPathname = mappedFullPathname;
        vfs.xDlOpen = mappedDlOpen;
        vfs.xDlError = mappedDlError;
        vfs.xDlSym = mappedDlSym;
        vfs.xDlClose = mappedDlClose;
        vfs.xRandomness = mappedRandomness;
        vfs.xSleep = mappedSleep;
        vfs.xCurrentTime = mappedCurrentTime;
        vfs.xGetLastError = mappedGetLastError;
        vfs.xCurrentTimeInt64 = base->iVersion >= 2 ? mappedCurrentTimeInt64 : nullptr;
        if (!vfs.xCurrentTimeInt64)
            vfs.iVersion = 1;
        sqlite3_vfs_register(&vfs, 0);
    });
    return vfs.zName;
}

} // namespace lifeboat
