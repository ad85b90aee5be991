#ifndef HERSTELSITE_BUILD_INFO_H
#define HERSTELSITE_BUILD_INFO_H

/// The version this binary was built as: what scripts/package.sh passed in
/// (in herstelsite_build_info.h), or "0.0.0-dev" for a plain `swift build`.
const char *herstelsite_version(void);

/// The commit this binary was built from, given the same way, or "unknown".
const char *herstelsite_commit(void);

#endif
