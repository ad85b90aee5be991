#ifndef HERSTELSITE_EXCHANGE_H
#define HERSTELSITE_EXCHANGE_H

/// Swaps two paths in one atomic step (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (for example where the kernel or
/// file system does not support it; the caller then falls back to two renames).
int herstelsite_exchange_paths(const char *first, const char *second);

/// Writes everything of the file system that holds `fd` to disk (Linux syncfs), which
/// Swift's Glibc module leaves out (it needs _GNU_SOURCE). Returns 0 on success, -1 with
/// errno set otherwise (ENOSYS where there is no syncfs).
int herstelsite_syncfs(int fd);

#endif
