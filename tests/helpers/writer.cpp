// SPDX-License-Identifier: GPL-3.0-or-later
//
// lifeboat-test-writer DB SECONDS [hold|open]
//
// Keeps writing to DB until SECONDS have passed: each transaction moves an
// amount between two accounts (the total never changes) and appends to a
// ledger whose count always equals the transfers counter. A consistent copy
// taken at any instant satisfies both invariants. With "hold", it instead
// opens a write transaction, says "holding" on stdout, and keeps it open.
// With "open", it only keeps the database open, as an idle application does.
// Prints "ready" once it has the database open.

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <thread>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s DB SECONDS [hold]\n", argv[0]);
        return 2;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK)
        return 1;
    sqlite3_busy_timeout(db, 30000);
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(std::atoi(argv[2]));
    sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    std::printf("ready\n");
    std::fflush(stdout);
    if (argc > 3 && std::strcmp(argv[3], "open") == 0) {
        std::this_thread::sleep_until(until);
        sqlite3_close(db);
        return 0;
    }
    if (argc > 3 && std::strcmp(argv[3], "hold") == 0) {
        sqlite3_exec(db, "BEGIN IMMEDIATE; UPDATE accounts SET balance = balance WHERE id = 1;",
                     nullptr, nullptr, nullptr);
        std::printf("holding\n");
        std::fflush(stdout);
        std::this_thread::sleep_until(until);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return 0;
    }
    std::mt19937 rng(42);
    long transfers = 0;
    while (std::chrono::steady_clock::now() < until) {
        const int from = 1 + int(rng() % 10);
        const int to = 1 + int(rng() % 10);
        const int amount = 1 + int(rng() % 100);
        char sql[512];
        std::snprintf(sql, sizeof sql,
                      "BEGIN IMMEDIATE;"
                      "UPDATE accounts SET balance = balance - %d WHERE id = %d;"
                      "UPDATE accounts SET balance = balance + %d WHERE id = %d;"
                      "INSERT INTO ledger(from_id, to_id, amount, note) VALUES(%d, %d, %d, "
                      "hex(randomblob(200)));"
                      "UPDATE counters SET value = value + 1 WHERE name = 'transfers';"
                      "COMMIT;",
                      amount, from, amount, to, from, to, amount);
        char *error = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            sqlite3_free(error);
            continue;
        }
        ++transfers;
    }
    std::printf("transfers %ld\n", transfers);
    sqlite3_close(db);
    return 0;
}
