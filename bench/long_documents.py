"""Long documents: dsreader's whole analysis against Sumy's CLI LexRank, same inputs, same run.

    python bench/long_documents.py [--sizes 30000 300000 2000000] [--sumy-timeout 600]

Inputs are plain-text prefixes of NLTK's State of the Union corpus (2 MB of speeches;
repeated when a size is larger). Each command runs in a fresh process; reported are wall
time and the process's peak memory (ru_maxrss):

- sumy: `sumy lex-rank --length=10 --file=...` (summary only, Sumy's own code);
- dsreader: `dsreader summarize FILE --format json --sentences 10 --no-cache`: loading,
  cleaning, sectioning, summary, quotes and names;
- dsreader cached: the same command again with the analysis cache warm.

Sumy's LexRank is quadratic: past `--sumy-timeout` seconds it is stopped and the ratio is
a lower bound ("> N").
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ.setdefault("NLTK_DATA", str(HERE.parents[1] / "shared" / "nltk_data"))

# Runs a console entry point in this process and reports its peak memory on stderr.
MEASURE = """
import resource, runpy, sys
module, *argv = sys.argv[1:]
sys.argv = [module, *argv]
try:
    runpy.run_module(module, run_name="__main__")
except SystemExit:
    pass
finally:
    sys.stdout.flush()
    print("MAXRSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def measure(module: str, args: list[str], timeout: float, env: dict[str, str]) -> tuple[float | None, float | None]:
    """(seconds, peak MiB) of one run, or (None, None) when it did not finish in time."""
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, "-c", MEASURE, module, *args],
            capture_output=True, text=True, timeout=timeout, env={**os.environ, **env},
        )
    except subprocess.TimeoutExpired:
        return None, None
    elapsed = time.perf_counter() - started
    peak = next((int(line.split()[1]) / 1024 for line in result.stderr.splitlines() if line.startswith("MAXRSS")),
                None)
    if result.returncode != 0:
        sys.exit(f"bench: {module} failed: {result.stderr.strip()[-500:]}")
    return elapsed, peak


def text_of_size(size: int) -> str:
    from nltk.corpus import state_union

    corpus = state_union.raw()
    while len(corpus) < size:
        corpus += "\n\n" + state_union.raw()
    return corpus[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[30_000, 300_000, 2_000_000])
    parser.add_argument("--sumy-timeout", type=float, default=600.0)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="dsreader-bench-"))
    cache_env = {"DSREADER_CACHE_DIR": str(workdir / "cache")}
    rows = []
    for size in args.sizes:
        path = workdir / f"text-{size}.txt"
        path.write_text(text_of_size(size), encoding="utf-8")
        ours, our_memory = measure(
            "reader", ["summarize", str(path), "--format", "json", "--sentences", "10", "--no-cache"], 3600, cache_env
        )
        measure("reader", ["summarize", str(path), "--format", "json", "--sentences", "10"], 3600, cache_env)
        cached, _ = measure("reader", ["summarize", str(path), "--format", "json", "--sentences", "10"], 3600,
                            cache_env)
        theirs, their_memory = measure("sumy", ["lex-rank", "--length=10", f"--file={path}"], args.sumy_timeout, {})
        rows.append((size, ours, our_memory, cached, theirs, their_memory))
        print(json.dumps({"bytes": size, "dsreader_s": ours, "dsreader_MiB": our_memory, "cached_s": cached,
                          "sumy_s": theirs, "sumy_MiB": their_memory}), file=sys.stderr)

    print(f"{'input':>10} {'sumy lex-rank':>15} {'dsreader (all)':>15} {'time ratio':>11} "
          f"{'sumy MiB':>9} {'ours MiB':>9} {'memory ratio':>13} {'cached':>8}")
    for size, ours, our_memory, cached, theirs, their_memory in rows:
        if theirs is None:
            sumy_time, ratio = f"> {args.sumy_timeout:.0f} s", f"> {args.sumy_timeout / ours:.0f}x"
            sumy_mem, mem_ratio = "-", "-"
        else:
            sumy_time, ratio = f"{theirs:.1f} s", f"{theirs / ours:.1f}x"
            sumy_mem, mem_ratio = f"{their_memory:.0f}", f"{their_memory / our_memory:.2f}x"
        print(f"{size / 1000:>8.0f}KB {sumy_time:>15} {ours:>13.1f} s {ratio:>11} {sumy_mem:>9} "
              f"{our_memory:>9.0f} {mem_ratio:>13} {cached:>6.1f} s")


if __name__ == "__main__":
    main()
