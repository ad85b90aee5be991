#ifndef HERSTELSITE_BUILD_INFO_H
#define HERSTELSITE_BUILD_INFO_H

/// The version this binary was built as: what scripts/package.sh passed in
/// (-Xcc -DHERSTELSITE_VERSION="..."), or "0.0.0-dev" for a plain `swift build`.
const char *herstelsite_version(void);

/// The commit this binary was built from, passed in the same way, or "unknown".
const char *herstelsite_commit(void);

#endif
