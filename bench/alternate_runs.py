#!/usr/bin/env python3
"""Wall time of whole planlint runs, several binaries taking turns.

usage: bench/alternate_runs.py [--rounds N] BINARY[,BINARY...] ARGS...

Each round runs every binary once, in turn, so that a shared machine's drift (this
project's changes by up to 1.5x over an afternoon) weighs on all of them alike; hyperfine
runs one command's rounds and then the next's. Times include starting the process from
Python, about the same for every binary. Prints the median and the 10th and 90th
percentiles of each binary's times, in milliseconds.
"""
import statistics
import subprocess
import sys
import time


def main() -> int:
    args = sys.argv[1:]
    rounds = 150
    if args[:1] == ["--rounds"]:
        rounds, args = int(args[1]), args[2:]
    if len(args) < 1:
        print(__doc__, file=sys.stderr)
        return 2
    binaries, rest = args[0].split(","), args[1:]
    times = [[] for _ in binaries]
    for b in binaries:  # warm the page cache
        for _ in range(5):
            subprocess.run([b, *rest], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(rounds):
        for i, b in enumerate(binaries):
            start = time.perf_counter()
            subprocess.run([b, *rest], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[i].append((time.perf_counter() - start) * 1000)
    for i, b in enumerate(binaries):
        t = sorted(times[i])
        print(f"{b}: median {statistics.median(t):.1f} ms, p10 {t[len(t) // 10]:.1f}, "
              f"p90 {t[9 * len(t) // 10]:.1f} ({rounds} rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
