"""Time from launching the reader to the first page of a long document on screen.

    python bench/first_screen.py [--size 2000000]

Each measurement is a fresh process driven by Textual's pilot (a virtual terminal of
120×40): from process start to the moment the article view has text to draw. The
reference is an empty Textual app with a footer and five tabs, in the same run: what any
Textual program pays before it can show anything.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ.setdefault("NLTK_DATA", str(HERE.parents[1] / "shared" / "nltk_data"))

READER = """
import asyncio, sys
from reader.tui.app import ReaderApp
from reader.tui.widgets.article import ArticleView

async def main():
    app = ReaderApp(sys.argv[1], use_cache=False)
    async with app.run_test(size=(120, 40)) as pilot:
        while True:
            await pilot.pause(0.005)
            views = app.screen.query(ArticleView) if app.screen else []
            if views and views.first().article_layout is not None:
                print("SHOWN", flush=True)
                break
        app.exit()

asyncio.run(main())
"""

BARE = """
import asyncio
from textual.app import App
from textual.widgets import Footer, Static, TabbedContent, TabPane

class Bare(App):
    def compose(self):
        yield Static("text")
        with TabbedContent():
            for name in "abcde":
                with TabPane(name):
                    yield Static(name)
        yield Footer()

async def main():
    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.005)
        print("SHOWN", flush=True)
        app.exit()

asyncio.run(main())
"""


def time_until_shown(code: str, *args: str) -> float:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("SHOWN"):
            elapsed = time.perf_counter() - started
            break
    else:
        sys.exit("bench: the reader never showed the document")
    process.wait()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=2_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from nltk.corpus import state_union

    text = state_union.raw()
    while len(text) < args.size:
        text += "\n\n" + state_union.raw()
    path = Path(tempfile.mkdtemp(prefix="dsreader-bench-")) / "long.txt"
    path.write_text(text[: args.size], encoding="utf-8")
    reader = [time_until_shown(READER, str(path)) for _ in range(args.runs)]
    bare = [time_until_shown(BARE) for _ in range(args.runs)]
    print(f"{args.size / 1e6:.1f} MB plain text, {args.runs} runs each (median):")
    print(f"  dsreader, first page of the article on screen: {statistics.median(reader):.2f} s")
    print(f"  empty Textual app on screen (reference):      {statistics.median(bare):.2f} s")
    print(f"  ratio: {statistics.median(reader) / statistics.median(bare):.2f}")


if __name__ == "__main__":
    main()
