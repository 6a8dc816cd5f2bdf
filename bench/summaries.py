"""Summaries against human highlights: every algorithm, Lead-3 and the default, by ROUGE.

    python bench/summaries.py [--data ../shared/summ/cnndm_dev.jsonl] [--bootstrap 2000]

For each article, every system selects as many sentences as the reference has highlights
(Lead-3 takes the first three; Lead-k the first k). Scores are ROUGE-1/2/L and ROUGE-Lsum
F1 (`rouge-score`, stemming on), averaged over articles, plus seconds per article. The
default is compared with Lead-3 by a paired bootstrap over articles (the share of
resamples in which it wins) and by its per-article win rate.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ.setdefault("NLTK_DATA", str(HERE.parents[1] / "shared" / "nltk_data"))

from reader.analysis import Analyzer, Length  # noqa: E402
from reader.analysis.options import ALGORITHM_LABELS, DEFAULT_ALGORITHM  # noqa: E402
from reader.ingest import document_from_text  # noqa: E402

METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=HERE.parents[1] / "shared" / "summ" / "cnndm_dev.jsonl")
    parser.add_argument("--bootstrap", type=int, default=2000)
    parser.add_argument("--only", nargs="*", help="systems to run (default: all)")
    args = parser.parse_args()
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        sys.exit("bench: needs rouge-score (pip install '.[bench]')")
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    articles = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]

    systems = ["lead-3", "lead-k", *ALGORITHM_LABELS]  # "default" is dsreader's own
    if args.only:
        systems = [s for s in systems if s in args.only]
    scores: dict[str, list[dict[str, float]]] = {s: [] for s in systems}
    seconds: dict[str, float] = dict.fromkeys(systems, 0.0)
    modes: dict[str, int] = {}
    for article in articles:
        reference = "\n".join(article["highlights"])
        count = len(article["highlights"])
        document = document_from_text(article["text"], name=article["id"], format="text")
        analyzer = Analyzer(document)
        for system in systems:
            started = time.perf_counter()
            if system.startswith("lead"):
                take = 3 if system == "lead-3" else count
                chosen = [s.text for s in analyzer.sentences[:take]]
            else:
                name = DEFAULT_ALGORITHM if system == "default" else system
                summary = analyzer.summary(name, Length(count))
                chosen = [s.text for s in summary.sentences]
                if system == "default":
                    modes[summary.mode or "-"] = modes.get(summary.mode or "-", 0) + 1
            seconds[system] += time.perf_counter() - started
            result = scorer.score(reference, "\n".join(chosen))
            scores[system].append({m: result[m].fmeasure * 100 for m in METRICS})

    print(f"{len(articles)} articles, {sum(len(a['highlights']) for a in articles) / len(articles):.1f} "
          "highlights each on average; ROUGE F1 x 100\n")
    print(f"{'system':<12}{'R-1':>7}{'R-2':>7}{'R-L':>7}{'R-Lsum':>8}{'s/article':>11}")
    for system in systems:
        means = [statistics.fmean(s[m] for s in scores[system]) for m in METRICS]
        print(f"{system:<12}" + "".join(f"{v:7.1f}" for v in means[:3]) + f"{means[3]:8.1f}"
              + f"{seconds[system] / len(articles):11.3f}")
    if "default" in scores and "lead-3" in scores:
        print(f"\ndefault modes: {modes}")
        for metric in ("rouge2", "rougeL", "rougeLsum"):
            ours = [s[metric] for s in scores["default"]]
            lead = [s[metric] for s in scores["lead-3"]]
            wins = sum(o > b for o, b in zip(ours, lead, strict=True))
            ties = sum(o == b for o, b in zip(ours, lead, strict=True))
            difference = statistics.fmean(ours) - statistics.fmean(lead)
            print(f"default vs lead-3 {metric}: mean difference {difference:+.2f}, "
                  f"wins {wins}, ties {ties}, losses {len(ours) - wins - ties}, "
                  f"bootstrap P(default better) {bootstrap(ours, lead, args.bootstrap):.3f}")


def bootstrap(ours: list[float], theirs: list[float], rounds: int, seed: int = 1) -> float:
    """Share of paired resamples of the articles in which `ours` has the higher mean."""
    rng = random.Random(seed)
    n = len(ours)
    better = 0
    for _ in range(rounds):
        sample = [rng.randrange(n) for _ in range(n)]
        if sum(ours[i] - theirs[i] for i in sample) > 0:
            better += 1
    return better / rounds


if __name__ == "__main__":
    main()
