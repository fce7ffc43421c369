// Checking many files on several threads while handing the results over in
// input order, each as soon as it and every file before it are done.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "engine/finding.h"
#include "rules/rule_set.h"

namespace grantcheck {

// The default for --jobs: the machine's hardware threads, at least 1.
int DefaultJobs();

// How many finished results may wait for delivery: workers run at most this far
// ahead of the slowest unfinished file, which bounds memory on huge batches.
size_t OrderedWindow(int jobs);

// Calls work(i) for every i in [0, count) on up to `jobs` threads, the calling
// thread among them, and deliver(i) in the order 0, 1, 2, ..., each as soon as
// work(0..i) have all returned, on whichever of those threads finished the
// last of them. work(i) starts only when i < delivered + OrderedWindow(jobs).
// work must be safe to run concurrently for different i; deliver never runs
// concurrently with itself, and each sees what the one before it did. With
// jobs <= 1 everything runs on the calling thread. An exception from work or
// deliver stops the run and is rethrown here once every thread has finished.
void RunOrdered(size_t count, int jobs, const std::function<void(size_t)>& work,
                const std::function<void(size_t)>& deliver);

// RunOrdered with a result per index: compute(i) on the workers, then
// deliver(i, result) in order. At most OrderedWindow(jobs) results are held.
template <typename T>
void OrderedMap(size_t count, int jobs, const std::function<T(size_t)>& compute,
                const std::function<void(size_t, T&&)>& deliver) {
  // Slot i % size is free again once result i is delivered, and the window
  // keeps result i + size from starting before then.
  std::vector<std::optional<T>> slots(std::max<size_t>(1, std::min(OrderedWindow(jobs), count)));
  RunOrdered(
      count, jobs, [&](size_t i) { slots[i % slots.size()].emplace(compute(i)); },
      [&](size_t i) {
        std::optional<T>& slot = slots[i % slots.size()];
        deliver(i, std::move(*slot));
        slot.reset();
      });
}

// CheckFile() of every file with `jobs` threads; on_report receives the reports
// in the order of `files`, one at a time, as soon as each is ready.
void CheckFilesOrdered(const std::vector<std::string>& files, const RuleSet& rules,
                       const CheckOptions& options, int jobs,
                       const std::function<void(AppReport&&)>& on_report);

}  // namespace grantcheck
