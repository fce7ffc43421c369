// Temporary files removed when SIGINT, SIGTERM or SIGHUP ends the process, so
// an interrupted `check -o` leaves no half-written `.NAME.tmp-*` behind.
#pragma once

#include <string>

namespace grantcheck {

// Most temporaries registered at once; a run has one per output file and the
// rule cache one per entry it writes. Beyond this a temporary is simply not
// protected (the ordinary clean-up on return still removes it).
inline constexpr int kMaxCleanupSlots = 64;

// Registers `path` for removal if one of those signals arrives; the handler
// removes every registered file, then lets the signal end the process as it
// would have (the exit status still says which signal). The handlers are
// installed on first use, except for a signal the process was started with
// ignored (nohup, a background job), which stays ignored. Returns the slot to
// pass to UnregisterTemporary, or -1 when the table is full or `path` too long.
int RegisterTemporary(const std::string& path);

// The file in `slot` is committed or removed; forgets it. -1 is ignored.
void UnregisterTemporary(int slot);

}  // namespace grantcheck
