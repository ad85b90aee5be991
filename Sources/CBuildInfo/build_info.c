#include "build_info.h"

// Fixed when the binary is compiled, never read from git when it runs: a binary handed to a
// reviewer has no repository beside it. scripts/package.sh writes herstelsite_build_info.h
// (the two defines) into its build folder and puts that folder on the include path with a
// flag that is the same for every commit, so a new commit recompiles this file only.
#if __has_include("herstelsite_build_info.h")
#include "herstelsite_build_info.h"
#endif
#ifndef HERSTELSITE_VERSION
#define HERSTELSITE_VERSION "0.0.0-dev"
#endif
#ifndef HERSTELSITE_COMMIT
#define HERSTELSITE_COMMIT "unknown"
#endif

const char *herstelsite_version(void) { return HERSTELSITE_VERSION; }

const char *herstelsite_commit(void) { return HERSTELSITE_COMMIT; }
