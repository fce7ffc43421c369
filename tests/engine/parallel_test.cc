// Tests for the ordered parallel map: results in input order as soon as they
// can be, never more than the window ahead, errors surfaced, same reports as one thread.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

#include "engine/batch.h"
#include "engine/parallel.h"
#include "report/writer.h"
#include "rules/rule_set.h"

namespace grantcheck {
namespace {

void SleepAbout(size_t i) {
  // Later items are often faster than earlier ones, so delivery must wait.
  std::this_thread::sleep_for(std::chrono::microseconds((i * 7919) % 500));
}

TEST_CASE("parallel: delivered in input order whatever the jobs") {
  for (int jobs : {1, 2, 4, 8}) {
    std::vector<size_t> order;
    RunOrdered(300, jobs, [](size_t i) { SleepAbout(i); }, [&](size_t i) { order.push_back(i); });
    REQUIRE(order.size() == 300);
    for (size_t i = 0; i < order.size(); ++i) CHECK(order[i] == i);
  }
}

TEST_CASE("parallel: workers never run more than the window ahead of delivery") {
  const int jobs = 4;
  std::atomic<size_t> delivered{0};
  std::atomic<size_t> worst{0};
  RunOrdered(
      400, jobs,
      [&](size_t i) {
        size_t ahead = i + 1 - delivered.load();
        for (size_t w = worst.load(); ahead > w && !worst.compare_exchange_weak(w, ahead);) {
        }
        SleepAbout(i);
      },
      [&](size_t i) {
        if (i % 50 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));  // a slow writer
        delivered = i + 1;
      });
  CHECK(delivered == 400);
  CHECK(worst.load() <= OrderedWindow(jobs));
  CHECK(OrderedWindow(jobs) == 32);
}

TEST_CASE("parallel: each result is delivered as soon as it and all before it are done") {
  // The last item is slow: the first ones must be handed over while it runs,
  // which is what lets jsonl stream.
  std::atomic<bool> last_done{false};
  std::vector<bool> delivered_before_last;
  RunOrdered(
      6, 3,
      [&](size_t i) {
        if (i == 5) {
          std::this_thread::sleep_for(std::chrono::milliseconds(200));
          last_done = true;
        }
      },
      [&](size_t) { delivered_before_last.push_back(!last_done.load()); });
  REQUIRE(delivered_before_last.size() == 6);
  CHECK(delivered_before_last[0]);
  CHECK(delivered_before_last[4]);
  CHECK_FALSE(delivered_before_last[5]);
}

TEST_CASE("parallel: OrderedMap moves results, even move-only ones") {
  std::vector<int> got;
  OrderedMap<std::unique_ptr<int>>(
      50, 3, [](size_t i) { return std::make_unique<int>(static_cast<int>(i) * 2); },
      [&](size_t, std::unique_ptr<int>&& v) { got.push_back(*v); });
  REQUIRE(got.size() == 50);
  CHECK(got[49] == 98);
}

TEST_CASE("parallel: an exception in work or delivery reaches the caller, threads joined") {
  CHECK_THROWS_AS(RunOrdered(
                      100, 4,
                      [](size_t i) {
                        if (i == 37) throw std::runtime_error("boom");
                      },
                      [](size_t) {}),
                  std::runtime_error);
  CHECK_THROWS_AS(RunOrdered(
                      100, 4, [](size_t) {},
                      [](size_t i) {
                        if (i == 3) throw std::logic_error("writer");
                      }),
                  std::logic_error);
  size_t delivered = 0;
  RunOrdered(0, 4, [](size_t) {}, [&](size_t) { ++delivered; });
  CHECK(delivered == 0);
}

TEST_CASE("parallel: checking the examples with 3 jobs gives the reports of one thread") {
  RuleSet rules = LoadRuleSet({std::string(GRANTCHECK_SOURCE_DIR) + "/rules"});
  REQUIRE(rules.diagnostics.empty());
  std::vector<std::string> files;
  for (int copy = 0; copy < 10; ++copy) {
    for (const char* f : {"examples/fails.yaml", "examples/passes.yaml",
                          "examples/projektplan-kommunala-mikrotjanster.yaml", "no-such.yaml"}) {
      files.push_back(std::string(GRANTCHECK_SOURCE_DIR) + "/" + f);
    }
  }
  CheckOptions options{.today = ParseDate("2025-03-01")};
  std::vector<AppReport> one = CheckFiles(files, rules, options);
  std::vector<AppReport> three;
  CheckFilesOrdered(files, rules, options, 3, [&](AppReport&& r) { three.push_back(std::move(r)); });
  REQUIRE(three.size() == one.size());
  WriteOptions w;
  std::ostringstream a, b;
  FindCheckFormat("json")->write(one, w, a);
  FindCheckFormat("json")->write(three, w, b);
  CHECK(a.str() == b.str());
  CHECK(three[0].sha256.size() == 64);
  CHECK(three[3].sha256.empty());  // no-such.yaml could not be read
}

}  // namespace
}  // namespace grantcheck
