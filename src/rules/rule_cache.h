// Compiled rule files kept between runs, so that checking one application does
// not parse and compile its 50 KB rule file again each time (docs/performance.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "rules/rule_loader.h"

namespace grantcheck {

struct RuleCache {
  std::string dir;        // where the entries are kept; made when the first is stored
  std::string binary_id;  // the running binary's GNU build id (hex): its entries only
};

// The cache the environment asks for: the directory GRANTCHECK_CACHE_DIR, else
// $XDG_CACHE_HOME/grantcheck, else $HOME/.cache/grantcheck. None (nullopt) when
// GRANTCHECK_NO_CACHE is set to anything but "" or "0", when no directory can
// be named, or when the binary carries no build id to tell its entries by.
std::optional<RuleCache> RuleCacheFromEnvironment();

// What LoadRuleFile(path) gave an earlier run, when `path` has an entry made
// by this binary and every rule file it was made from (the file, whose bytes
// now have the SHA-256 `sha256`, and each file it extends) still has the
// SHA-256 it had then;
// else nullopt. A damaged entry is a miss, and so is every entry when the
// directory is not this user's alone (owned by another, or writable by group
// or others), or an entry another user owns. Never throws.
std::optional<LoadedProgram> FindCachedRules(const RuleCache& cache, const std::string& path,
                                             const std::string& sha256);

// Keeps `loaded` for FindCachedRules when it gave a program and not a single
// diagnostic (a warning must be shown on every run), making the directory
// with mode 0700 when it is missing. Best effort and silent: a cache that
// cannot be written, or is not private, leaves the run as it was. Never throws.
void StoreCachedRules(const RuleCache& cache, const std::string& path,
                      const LoadedProgram& loaded);

// The bytes StoreCachedRules writes for `loaded` ("" when it keeps nothing),
// and what FindCachedRules makes of an entry's bytes (nullopt for any damage:
// the entry carries the SHA-256 of its contents). Separate from the files so
// that a test can damage an entry byte by byte. Neither touches the disk but
// to hash the files a program extends.
std::string EncodeCacheEntry(const RuleCache& cache, const std::string& path,
                             const LoadedProgram& loaded);
std::optional<LoadedProgram> DecodeCacheEntry(const RuleCache& cache, const std::string& path,
                                              const std::string& sha256, std::string_view entry);

}  // namespace grantcheck
