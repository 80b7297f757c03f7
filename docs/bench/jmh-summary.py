#!/usr/bin/env python3
"""Summarise a JMH JSON result file (-rf json) as a Markdown table.

For each benchmark: the median of the measured iterations, the mean with JMH's 99.9 % error,
the unit, the same median as operations per second (for average-time results), and, when the
run used -prof org.unionhall.crypto.bench.CpuTimeProfiler, the median process CPU time per
operation in microseconds.

    python3 docs/bench/jmh-summary.py docs/bench/results/floor-1.json [more.json ...]
"""
import json
import statistics
import sys

TO_SECONDS = {"ns/op": 1e-9, "us/op": 1e-6, "ms/op": 1e-3, "s/op": 1.0}


def rows(path):
    with open(path, encoding="utf-8") as f:
        for result in json.load(f):
            metric = result["primaryMetric"]
            iterations = [v for fork in metric["rawData"] for v in fork]
            median = statistics.median(iterations)
            unit = metric["scoreUnit"]
            name = result["benchmark"].rsplit(".", 2)
            label = ".".join(name[-2:])
            if result.get("params"):
                label += " (" + ", ".join(f"{k}={v}" for k, v in result["params"].items()) + ")"
            per_second = ""
            if unit in TO_SECONDS and median > 0:
                per_second = f"{1.0 / (median * TO_SECONDS[unit]):,.0f}"
            error = metric["scoreError"]
            error = f"{error:,.3f}" if isinstance(error, (int, float)) else "n/a"
            cpu = result.get("secondaryMetrics", {}).get("cpu")
            cpu_median = ""
            if cpu:
                cpu_median = f"{statistics.median([v for fork in cpu['rawData'] for v in fork]):,.1f}"
            yield (label, result["threads"], f"{median:,.3f}", f"{metric['score']:,.3f} ± {error}",
                   unit, per_second, cpu_median, len(iterations))


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    print("| benchmark | threads | median | mean ± error (99.9 %) | unit | median as ops/s per thread "
          "| median CPU µs/op | iterations |")
    print("|---|---:|---:|---:|---|---:|---:|---:|")
    for path in paths:
        for row in rows(path):
            print("| " + " | ".join(str(c) for c in row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
