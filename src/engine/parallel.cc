#include "engine/parallel.h"

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>

#include "engine/batch.h"
#include "engine/batch_rules.h"

namespace grantcheck {
namespace {

// The shared state of one RunOrdered call; it lives on the caller's stack.
class OrderedRun {
 public:
  OrderedRun(size_t count, size_t window, const std::function<void(size_t)>& work)
      : count_(count), window_(window), work_(work), done_(window, false) {}

  // A worker: takes the next index while the window allows, runs it, marks it done.
  // Threads are woken only when one waits for what changed: a wake-up is a
  // system call, and on a large batch most of them would find nobody waiting.
  void Work() {
    std::unique_lock lock(mutex_);
    while (true) {
      ++workers_waiting_;
      may_start_.wait(lock, [&] { return stop_ || next_ >= count_ || next_ < delivered_ + window_; });
      --workers_waiting_;
      if (stop_ || next_ >= count_) return;
      size_t i = next_++;
      lock.unlock();
      bool ok = Try([&] { work_(i); });
      lock.lock();
      if (!ok) return;
      done_[i % window_] = true;
      if (i == awaited_) finished_.notify_one();
    }
  }

  // The caller: hands each index over in order once it is done.
  void Deliver(const std::function<void(size_t)>& deliver) {
    for (size_t d = 0; d < count_; ++d) {
      std::unique_lock lock(mutex_);
      awaited_ = d;
      finished_.wait(lock, [&] { return stop_ || done_[d % window_]; });
      awaited_ = kNobody;
      if (stop_) return;
      done_[d % window_] = false;
      lock.unlock();
      if (!Try([&] { deliver(d); })) return;
      lock.lock();
      delivered_ = d + 1;
      if (workers_waiting_ > 0) may_start_.notify_all();
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
      finished_.notify_all();
      return false;
    }
  }

  const size_t count_;
  const size_t window_;
  const std::function<void(size_t)>& work_;
  std::mutex mutex_;
  std::condition_variable may_start_;  // workers wait here for the window to move
  std::condition_variable finished_;   // the caller waits here for the next result
  std::vector<bool> done_;             // by i % window_: work(i) finished, not delivered
  static constexpr size_t kNobody = SIZE_MAX;
  size_t next_ = 0;
  size_t delivered_ = 0;
  size_t awaited_ = kNobody;      // the index the caller waits for, if it waits
  size_t workers_waiting_ = 0;    // workers in (or about to enter) may_start_.wait
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
  OrderedRun run(count, OrderedWindow(jobs), work);
  std::vector<std::thread> workers;
  size_t threads = std::min(static_cast<size_t>(jobs), count);
  for (size_t t = 0; t < threads; ++t) workers.emplace_back([&run] { run.Work(); });
  run.Deliver(deliver);
  for (std::thread& w : workers) w.join();
  run.RethrowIfFailed();
}

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
  OrderedMap<CheckedFile>(
      files.size(), jobs,
      [&](size_t i) { return CheckFileKeeping(files[i], rules, prepared, options); },
      [&](size_t, CheckedFile&& checked) {
        if (held.empty() && !checked.app) {
          on_report(std::move(checked.report));
        } else {
          held.push_back(std::move(checked));
        }
      });
  for (const PreparedProgram& program : prepared) {
    if (program.program->batch_rules.empty()) continue;
    std::vector<BatchMember> members;
    for (CheckedFile& c : held) {
      if (c.program == &program) members.push_back({&*c.app, &c.report});
    }
    if (!members.empty()) ApplyBatchRules(program, members, options);
  }
  for (CheckedFile& c : held) on_report(std::move(c.report));
}

}  // namespace grantcheck
