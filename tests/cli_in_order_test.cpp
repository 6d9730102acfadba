// The reorder buffer under the batch: results consumed in input order, one at a time, with
// at most `window` results alive, whatever the jobs and however slow one item is. No timing:
// the slow item waits for an event (the others having run), not for a duration.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/cli/in_order.hpp"

namespace planlint::cli {
namespace {

std::vector<std::size_t> up_to(std::size_t n) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(i);
  return out;
}

// Counts results alive (produced, not yet consumed) and the most there ever were.
struct alive_counter {
  std::mutex mutex;
  std::size_t now = 0, most = 0;
  void started() {
    std::lock_guard lock(mutex);
    most = std::max(most, ++now);
  }
  void consumed() {
    std::lock_guard lock(mutex);
    --now;
  }
};

TEST(cli_in_order, one_job_produces_and_consumes_in_turn) {
  std::vector<std::string> log;
  run_in_order<std::size_t>(
      3, 1, 4, [&](std::size_t i) { log.push_back("p" + std::to_string(i)); return i * 10; },
      [&](std::size_t i, std::size_t&& r) { log.push_back("c" + std::to_string(i) + "=" + std::to_string(r)); });
  EXPECT_EQ(log, (std::vector<std::string>{"p0", "c0=0", "p1", "c1=10", "p2", "c2=20"}));
}

TEST(cli_in_order, nothing_to_do_calls_nothing) {
  int calls = 0;
  run_in_order<int>(0, 4, 16, [&](std::size_t) { return ++calls; }, [&](std::size_t, int&&) { ++calls; });
  EXPECT_EQ(calls, 0);
}

// Item 0 is slow: it finishes only once the others that fit in the window have run. They
// must wait for it (no item at or beyond the window starts before item 0 is consumed), and
// everything is still consumed in order.
TEST(cli_in_order, a_slow_first_item_holds_the_others_within_the_window) {
  constexpr std::size_t count = 60, window = 8;
  constexpr unsigned jobs = 4;
  std::mutex mutex;
  std::condition_variable others_ran;
  std::size_t others = 0, highest_started = 0, highest_started_before_first_consumed = 0;
  bool gave_up = false;
  alive_counter alive;
  std::vector<std::size_t> consumed;
  run_in_order<std::size_t>(
      count, jobs, window,
      [&](std::size_t i) {
        alive.started();
        std::unique_lock lock(mutex);
        highest_started = std::max(highest_started, i);
        if (i == 0) {
          // A guard against a hang if the window were wrong, not a measurement.
          gave_up = !others_ran.wait_for(lock, std::chrono::seconds(60),
                                         [&] { return others >= window - 1; });
        } else {
          ++others;
          others_ran.notify_all();
        }
        return i;
      },
      [&](std::size_t i, std::size_t&& r) {
        alive.consumed();
        std::lock_guard lock(mutex);
        if (i == 0) highest_started_before_first_consumed = highest_started;
        EXPECT_EQ(r, i);
        consumed.push_back(i);
      });
  EXPECT_FALSE(gave_up);
  EXPECT_EQ(consumed, up_to(count));
  EXPECT_EQ(highest_started_before_first_consumed, window - 1);
  EXPECT_EQ(alive.most, window);
  EXPECT_EQ(alive.now, 0u);
}

TEST(cli_in_order, consume_is_never_called_twice_at_once) {
  constexpr std::size_t count = 500, window = 12;
  std::atomic<int> inside{0};
  std::atomic<bool> overlapped{false};
  alive_counter alive;
  std::vector<std::size_t> consumed;
  run_in_order<std::string>(
      count, 6, window,
      [&](std::size_t i) {
        alive.started();
        return std::string(i % 7 * 100, 'x') + std::to_string(i);
      },
      [&](std::size_t i, std::string&& r) {
        if (inside.fetch_add(1) != 0) overlapped = true;
        EXPECT_EQ(r, std::string(i % 7 * 100, 'x') + std::to_string(i));
        consumed.push_back(i);
        alive.consumed();
        inside.fetch_sub(1);
      });
  EXPECT_FALSE(overlapped);
  EXPECT_EQ(consumed, up_to(count));
  EXPECT_LE(alive.most, window);
}

TEST(cli_in_order, an_exception_from_produce_stops_the_run_and_is_rethrown) {
  std::vector<std::size_t> consumed;
  try {
    run_in_order<std::size_t>(
        100, 3, 6,
        [](std::size_t i) -> std::size_t {
          if (i == 17) throw std::runtime_error("plan 17 failed");
          return i;
        },
        [&](std::size_t i, std::size_t&&) { consumed.push_back(i); });
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "plan 17 failed");
  }
  // What was consumed is a prefix in order, and never the failed item or beyond.
  ASSERT_LE(consumed.size(), 17u);
  EXPECT_EQ(consumed, up_to(consumed.size()));
}

TEST(cli_in_order, an_exception_from_consume_stops_the_run_and_is_rethrown) {
  std::atomic<std::size_t> produced_beyond_window{0};
  std::vector<std::size_t> consumed;
  try {
    run_in_order<std::size_t>(
        1000, 2, 4,
        [&](std::size_t i) {
          if (i >= 5 + 4) ++produced_beyond_window;
          return i;
        },
        [&](std::size_t i, std::size_t&&) {
          if (i == 5) throw std::runtime_error("cannot write");
          consumed.push_back(i);
        });
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "cannot write");
  }
  EXPECT_EQ(consumed, up_to(5));
  EXPECT_EQ(produced_beyond_window.load(), 0u);
}

}  // namespace
}  // namespace planlint::cli
