"""SVG snapshots of the reader on the bundled article, at a small and a large terminal size,
with the sidebar on each of its tabs. Update with: pytest --snapshot-update."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from reader.tui.app import ReaderApp

from tui_helpers import wait_for_analysis

TABS = {"1": "summary", "2": "quotes", "3": "people", "4": "organizations", "5": "places"}


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
@pytest.mark.parametrize("key", list(TABS), ids=list(TABS.values()))
def test_default_article(snap_compare, size: tuple[int, int], key: str) -> None:
    async def run_before(pilot: Pilot) -> None:
        await wait_for_analysis(pilot)
        await pilot.press(key)
        await pilot.pause()

    assert snap_compare(ReaderApp(), run_before=run_before, terminal_size=size)


def test_folded_sections_and_highlighted_mention(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await wait_for_analysis(pilot)
        await pilot.press("c", "3", "enter")  # fold all; "Liang Wenfeng" unfolds its section
        await pilot.pause()

    assert snap_compare(ReaderApp(), run_before=run_before, terminal_size=(100, 30))


def test_help_screen(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await wait_for_analysis(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(ReaderApp(), run_before=run_before, terminal_size=(100, 48))
