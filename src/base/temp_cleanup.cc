#include "base/temp_cleanup.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <mutex>

namespace grantcheck {
namespace {

constexpr size_t kMaxPathBytes = 4096;  // PATH_MAX on Linux, terminator included
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

enum SlotState : int { kFree = 0, kWriting = 1, kFull = 2 };

struct Slot {
  std::atomic<int> state{kFree};
  char path[kMaxPathBytes];
};

// The one piece of global mutable state in grantcheck, and why it must be:
// a signal handler receives nothing but the signal number, so the files it
// removes can only be found in a table it reaches without arguments. The
// table is fixed in size and holds plain bytes, so the handler neither
// allocates nor locks; each slot's state is a lock-free atomic (checked
// below), which POSIX and C++ allow a handler to read. A slot's path is
// written before its state becomes kFull (release) and read only after the
// handler sees kFull (acquire).
Slot g_slots[kMaxCleanupSlots];
static_assert(std::atomic<int>::is_always_lock_free);

// Runs in signal context: only unlink(2), signal(2) and raise(3), all
// async-signal-safe. A slot that is being filled or freed at this moment is
// skipped or removed once more; unlinking a name that is gone is harmless.
void RemoveTemporariesAndDie(int sig) {
  for (Slot& slot : g_slots) {
    if (slot.state.load(std::memory_order_acquire) == kFull) ::unlink(slot.path);
  }
  ::signal(sig, SIG_DFL);
  ::raise(sig);  // delivered when the handler returns: the process ends by `sig`
}

void InstallHandlers() {
  for (int sig : kSignals) {
    struct sigaction old {};
    if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler == SIG_IGN) continue;
    struct sigaction action {};
    action.sa_handler = RemoveTemporariesAndDie;
    sigemptyset(&action.sa_mask);
    for (int other : kSignals) sigaddset(&action.sa_mask, other);  // one clean-up at a time
    ::sigaction(sig, &action, nullptr);
  }
}

}  // namespace

int RegisterTemporary(const std::string& path) {
  static std::once_flag installed;
  std::call_once(installed, InstallHandlers);
  if (path.size() >= kMaxPathBytes) return -1;
  for (int i = 0; i < kMaxCleanupSlots; ++i) {
    int expected = kFree;
    if (!g_slots[i].state.compare_exchange_strong(expected, kWriting, std::memory_order_acquire)) {
      continue;
    }
    std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
    g_slots[i].state.store(kFull, std::memory_order_release);
    return i;
  }
  return -1;
}

void UnregisterTemporary(int slot) {
  if (slot < 0 || slot >= kMaxCleanupSlots) return;
  g_slots[slot].state.store(kFree, std::memory_order_release);
}

}  // namespace grantcheck
