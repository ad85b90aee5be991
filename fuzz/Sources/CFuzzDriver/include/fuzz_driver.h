#ifndef HERSTELSITE_FUZZ_DRIVER_H
#define HERSTELSITE_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, for a program that has its own main (SwiftPM gives every executable one).
/// Comes with -sanitize=fuzzer (libclang_rt.fuzzer).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
