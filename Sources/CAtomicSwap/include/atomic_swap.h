#ifndef GAZETTE_ATOMIC_SWAP_H
#define GAZETTE_ATOMIC_SWAP_H
/// Exchanges two paths in one step (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set where the system or file system cannot.
int gazette_exchange_paths(const char *from, const char *to);
#endif
