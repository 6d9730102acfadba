#pragma once
// Parallel work with results consumed strictly in input order and bounded memory: produce(i)
// runs on `jobs` threads; consume(i, result) sees i = 0, 1, 2, … one call at a time (never
// two at once, in whichever thread finished the item it waited for). A worker does not start
// item i until i < (items consumed) + window, so at most `window` results exist at once
// however slow one item is: the others wait instead of piling up behind it.
// An exception from produce or consume stops the workers and is rethrown here.
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace planlint::cli {

template <typename T>
class in_order {
 public:
  using producer = std::function<T(std::size_t)>;
  using consumer = std::function<void(std::size_t, T&&)>;

  in_order(std::size_t count, std::size_t window, producer produce, consumer consume)
      : count_(count), window_(std::max<std::size_t>(1, window)), produce_(std::move(produce)),
        consume_(std::move(consume)), ready_(window_) {}

  void run(unsigned jobs) {
    jobs = std::max(1u, static_cast<unsigned>(std::min<std::size_t>(jobs, count_)));
    std::vector<std::thread> workers;
    for (unsigned j = 1; j < jobs; ++j) {
      try {
        workers.emplace_back([this] { work(); });
      } catch (const std::system_error&) {
        break;  // no more threads to be had: fewer workers, the same results
      }
    }
    work();
    for (std::thread& t : workers) t.join();
    if (error_) std::rethrow_exception(error_);
  }

 private:
  void work() {
    try {
      for (std::optional<std::size_t> i; (i = take());) {
        T result = produce_(*i);
        if (hand_over(*i, std::move(result))) consume_ready();
      }
    } catch (...) {
      std::lock_guard lock(mutex_);
      if (!error_) error_ = std::current_exception();
      changed_.notify_all();
    }
  }

  // The next item once it is inside the window; nothing when all are taken or on an error.
  std::optional<std::size_t> take() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return error_ || taken_ >= count_ || taken_ < consumed_ + window_; });
    if (error_ || taken_ >= count_) return std::nullopt;
    return taken_++;
  }

  // Files the result; true when this thread is to consume (no other thread is consuming).
  bool hand_over(std::size_t i, T&& result) {
    std::lock_guard lock(mutex_);
    // Items in flight lie in [consumed_, consumed_ + window_): their slots are distinct.
    ready_[i % window_].emplace(std::move(result));
    if (consuming_) return false;
    consuming_ = true;
    return true;
  }

  // Consumes ready results in order, unlocked while consume_ runs so the others go on.
  void consume_ready() {
    std::unique_lock lock(mutex_);
    for (;;) {
      std::optional<T>& slot = ready_[consumed_ % window_];
      if (error_ || !slot) break;
      T next = std::move(*slot);
      slot.reset();
      std::size_t index = consumed_;
      lock.unlock();
      try {
        consume_(index, std::move(next));
      } catch (...) {
        lock.lock();
        consuming_ = false;
        throw;
      }
      lock.lock();
      ++consumed_;
      changed_.notify_all();
    }
    consuming_ = false;
  }

  const std::size_t count_, window_;
  const producer produce_;
  const consumer consume_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::size_t taken_ = 0, consumed_ = 0;
  bool consuming_ = false;
  std::vector<std::optional<T>> ready_;  // a ring: item i in slot i % window
  std::exception_ptr error_;
};

// Runs produce over [0, count) on `jobs` threads, consume in order (see in_order).
template <typename T>
void run_in_order(std::size_t count, unsigned jobs, std::size_t window,
                  typename in_order<T>::producer produce, typename in_order<T>::consumer consume) {
  in_order<T>(count, window, std::move(produce), std::move(consume)).run(jobs);
}

}  // namespace planlint::cli
