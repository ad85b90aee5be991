#ifndef HERSTELSITE_EXCHANGE_H
#define HERSTELSITE_EXCHANGE_H

/// Swaps two paths in one atomic step (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (for example where the kernel or
/// file system does not support it; the caller then falls back to two renames).
int herstelsite_exchange_paths(const char *first, const char *second);

#endif
