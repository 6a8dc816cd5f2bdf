"""How long dsreader takes to analyse the bundled article, next to Sumy's own CLI.

Each run is a fresh process, so loading models counts. Reported:
- dsreader analysis: load + clean + full analysis (summary, quotes, entities), after imports;
- dsreader total: the whole `dsreader summarize --format json` command, start-up included;
- sumy CLI: `sumy lex-rank --length=5 --file=...` (summary only), start-up included.

Usage: python bench/analysis_time.py [FILE] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ANALYSIS = """
import sys, time
from reader.ingest import load_document
from reader.analysis import Analyzer
start = time.perf_counter()
document = load_document(sys.argv[1])
analysis = Analyzer(document).run()
print(time.perf_counter() - start)
"""


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    from reader.ingest import default_article

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", default=str(default_article()))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bindir = Path(sys.executable).parent
    sumy = shutil.which("sumy", path=str(bindir)) or shutil.which("sumy")
    dsreader = shutil.which("dsreader", path=str(bindir)) or shutil.which("dsreader")
    if not (sumy and dsreader):
        sys.exit("bench: needs the dsreader and sumy commands (pip install .)")
    os.environ.setdefault("NLTK_DATA", str(Path(__file__).resolve().parents[2] / "shared" / "nltk_data"))

    analysis, total, reference = [], [], []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", ANALYSIS, args.file], check=True, capture_output=True, text=True)
        analysis.append(float(out.stdout.strip()))
        total.append(wall([dsreader, "summarize", args.file, "--format", "json"]))
        reference.append(wall([sumy, "lex-rank", "--length=5", f"--file={args.file}"]))

    def show(label: str, values: list[float]) -> None:
        print(f"{label:<34} median {statistics.median(values):6.3f} s   (min {min(values):.3f}, max {max(values):.3f})")

    print(f"file: {args.file} ({os.path.getsize(args.file):,} bytes), {args.runs} runs each")
    show("dsreader analysis (after imports)", analysis)
    show("dsreader summarize --format json", total)
    show("sumy lex-rank CLI (reference)", reference)
    print(f"ratio dsreader total / sumy CLI: {statistics.median(total) / statistics.median(reference):.2f}")


if __name__ == "__main__":
    main()
