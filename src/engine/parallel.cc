#include "engine/parallel.h"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

#include "engine/batch.h"
#include "engine/batch_rules.h"
#include "engine/duplicates.h"
#include "engine/round.h"

namespace grantcheck {
namespace {

// The shared state of one RunOrdered call; it lives on the caller's stack.
// There is no delivering thread: whichever thread finishes the next result in
// order hands it over, with any that follow and are done, while the others go
// on checking. On two cores two threads then check, instead of two checking
// and a third waking for every result, and no thread sleeps for another's sake
// except when the window is full.
class OrderedRun {
 public:
  OrderedRun(size_t count, size_t window, const std::function<void(size_t)>& work,
             const std::function<void(size_t)>& deliver)
      : count_(count), window_(window), work_(work), deliver_(deliver), done_(window, false) {}

  // Every thread, the caller's too: takes the next index while the window
  // allows, runs it, marks it done, and delivers what is ready unless another
  // thread is delivering.
  void Work() {
    std::unique_lock lock(mutex_);
    while (true) {
      ++waiting_;
      may_start_.wait(lock, [&] { return stop_ || next_ >= count_ || next_ < delivered_ + window_; });
      --waiting_;
      if (stop_ || next_ >= count_) return;
      size_t i = next_++;
      lock.unlock();
      bool ok = Try([&] { work_(i); });
      lock.lock();
      if (!ok) return;
      done_[i % window_] = true;
      if (!delivering_) DeliverReady(lock);
    }
  }

  void RethrowIfFailed() {
    if (error_) std::rethrow_exception(error_);
  }

 private:
  // Runs f; on an exception records the first one and stops everyone.
  template <typename F>
  bool Try(F&& f) {
    try {
      f();
      return true;
    } catch (...) {
      std::lock_guard lock(mutex_);
      if (!error_) error_ = std::current_exception();
      stop_ = true;
      may_start_.notify_all();
      return false;
    }
  }

  // Holding `lock`: hands over, in order, every result that is done, letting
  // go of the lock while each is delivered; deliver_ never runs twice at once.
  void DeliverReady(std::unique_lock<std::mutex>& lock) {
    delivering_ = true;
    while (!stop_ && delivered_ < count_ && done_[delivered_ % window_]) {
      const size_t d = delivered_;
      done_[d % window_] = false;
      lock.unlock();
      const bool ok = Try([&] { deliver_(d); });
      lock.lock();
      if (!ok) break;
      delivered_ = d + 1;
      if (waiting_ > 0) may_start_.notify_all();
    }
    delivering_ = false;
  }

  const size_t count_;
  const size_t window_;
  const std::function<void(size_t)>& work_;
  const std::function<void(size_t)>& deliver_;
  std::mutex mutex_;
  std::condition_variable may_start_;  // threads wait here for the window to move
  std::vector<bool> done_;             // by i % window_: work(i) finished, not delivered
  size_t next_ = 0;
  size_t delivered_ = 0;
  size_t waiting_ = 0;       // threads in (or about to enter) may_start_.wait
  bool delivering_ = false;  // a thread is in DeliverReady
  bool stop_ = false;
  std::exception_ptr error_;
};

}  // namespace

int DefaultJobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

size_t OrderedWindow(int jobs) { return 8 * static_cast<size_t>(std::max(jobs, 1)); }

void RunOrdered(size_t count, int jobs, const std::function<void(size_t)>& work,
                const std::function<void(size_t)>& deliver) {
  if (jobs <= 1 || count <= 1) {
    for (size_t i = 0; i < count; ++i) {
      work(i);
      deliver(i);
    }
    return;
  }
  OrderedRun run(count, OrderedWindow(jobs), work, deliver);
  std::vector<std::thread> workers;
  size_t threads = std::min(static_cast<size_t>(jobs), count);
  for (size_t t = 1; t < threads; ++t) workers.emplace_back([&run] { run.Work(); });
  run.Work();  // the caller is one of the `jobs` threads
  for (std::thread& w : workers) w.join();
  run.RethrowIfFailed();
}

namespace {

// The applications of `program` beside its named ones that were not named,
// each with a report that nobody reads: they are there for the batch rules.
struct RoundRest {
  std::vector<LoadedFile> apps;
  std::vector<AppReport> reports;
};

RoundRest LoadRestOfRound(const PreparedProgram& program, const std::vector<std::string>& paths,
                          const std::vector<std::string>& named, const RuleSet& rules,
                          const std::vector<PreparedProgram>& prepared) {
  RoundRest rest;
  for (const std::string& path : RestOfRound(paths, named)) {
    LoadedFile loaded = LoadFile(path, rules, prepared);
    if (loaded.app && loaded.program == &program) rest.apps.push_back(std::move(loaded));
  }
  rest.reports.resize(rest.apps.size());
  return rest;
}

}  // namespace

void CheckFilesOrdered(const std::vector<std::string>& files, const RuleSet& rules,
                       const CheckOptions& options, int jobs,
                       const std::function<void(AppReport&&)>& on_report) {
  // Built once and shared read-only by every worker, like the programs.
  std::vector<PreparedProgram> prepared;
  for (const auto& program : rules.programs) prepared.push_back(Prepare(*program));
  // Reports stream until the first application of a program with batch rules;
  // from there on they are held, to keep the input order, until the batch
  // rules have seen every application of the run.
  std::vector<CheckedFile> held;
  std::vector<std::string> held_paths;
  // Every file's title and summary first, so that a duplicate's warning is in
  // the report of both files, also the one a streamed format writes first.
  const DuplicateIndex duplicates = IndexDuplicates(files, rules, jobs);
  OrderedMap<CheckedFile>(
      files.size(), jobs,
      [&](size_t i) {
        CheckedFile checked = CheckFileKeeping(files[i], rules, prepared, options);
        duplicates.AddFindings(i, checked.report);
        return checked;
      },
      [&](size_t i, CheckedFile&& checked) {
        if (held.empty() && !checked.app) {
          on_report(std::move(checked.report));
        } else {
          held.push_back(std::move(checked));
          held_paths.push_back(files[i]);
        }
      });
  for (const PreparedProgram& program : prepared) {
    if (program.program->batch_rules.empty()) continue;
    std::vector<BatchMember> members;
    std::vector<std::string> paths;
    for (size_t i = 0; i < held.size(); ++i) {
      if (held[i].program != &program) continue;
      members.push_back({&*held[i].app, &held[i].report});
      paths.push_back(held_paths[i]);
    }
    if (members.empty()) continue;
    // After the named ones, so that a rule reported once per round
    // (report = "first") is reported on a named file.
    RoundRest rest = LoadRestOfRound(program, paths, files, rules, prepared);
    for (size_t i = 0; i < rest.apps.size(); ++i) {
      members.push_back({&*rest.apps[i].app, &rest.reports[i]});
    }
    ApplyBatchRules(program, members, options);
  }
  for (CheckedFile& c : held) on_report(std::move(c.report));
}

}  // namespace grantcheck
