// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lifeboat {

/*
 * The name of an SQLite VFS for connections that scan a database in page
 * order: SQLite's own memory-mapped reads, without the resident set growing
 * to the size of the database.
 *
 * Reading a page through pread costs a system call, and a copy of a GiB
 * makes a quarter of a million of them; through SQLite's memory map it
 * costs none, but every page read stays mapped, so a copy of a 1 GiB
 * database would show as 1 GiB of memory in use. This VFS is the default
 * one with one change: every few MiB fetched through the map, the pages
 * already read are dropped from the process's mapping again (MADV_DONTNEED;
 * they stay in the page cache, and a later read maps them back), so the
 * resident set stays at a few MiB whatever the size of the database.
 *
 * Registered on first use; connections opt in with PRAGMA mmap_size.
 * Without it, every call goes to the default VFS as it is, and the VFS
 * only tells who asks (ObserveReadsFileControl) what was read.
 */
const char *mappedReadVfs();

// A file control (sqlite3_file_control on "main") of connections through
// this VFS: its argument, a std::function<void(long long)>* or nullptr, is
// told the size of every read of the database file from then on, fetches
// through the map included, so that a long check can show how far it is.
constexpr int ObserveReadsFileControl = 0x4c420001;

// What connections through it set as PRAGMA mmap_size: SQLite's own limit
// (SQLITE_MAX_MMAP_SIZE); a larger database's pages beyond it are read.
constexpr long long MappedReadLimit = 0x7fff0000;

} // namespace lifeboat
