#include "build_info.h"

// Fixed when the binary is compiled, never read from git when it runs: a binary handed to a
// reviewer has no repository beside it.
#ifndef HERSTELSITE_VERSION
#define HERSTELSITE_VERSION "0.0.0-dev"
#endif
#ifndef HERSTELSITE_COMMIT
#define HERSTELSITE_COMMIT "unknown"
#endif

const char *herstelsite_version(void) { return HERSTELSITE_VERSION; }

const char *herstelsite_commit(void) { return HERSTELSITE_COMMIT; }
