// SPDX-License-Identifier: GPL-3.0-or-later
//
// lifeboat-bench-peak OUT COMMAND [ARG...]
//
// Runs COMMAND, waits for it, writes its peak resident set in bytes to the
// file OUT and exits with its exit status. For scripts/dev.sh bench: a
// process's peak resident set includes that of the address space it was
// spawned from, so a command the Python harness started itself would be
// charged with the harness's own memory. This parent is a few hundred
// kilobytes.

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

extern char **environ;

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OUT COMMAND [ARG...]\n", argv[0]);
        return 2;
    }
    pid_t pid = 0;
    if (const int error = posix_spawnp(&pid, argv[2], nullptr, nullptr, argv + 2, environ)) {
        std::fprintf(stderr, "%s: cannot run %s: %s\n", argv[0], argv[2], std::strerror(error));
        return 127;
    }
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::perror("wait4");
            return 127;
        }
    }
    std::FILE *out = std::fopen(argv[1], "w");
    if (!out || std::fprintf(out, "%ld\n", usage.ru_maxrss * 1024L) < 0 || std::fclose(out) != 0) {
        std::fprintf(stderr, "%s: cannot write %s\n", argv[0], argv[1]);
        return 127;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
