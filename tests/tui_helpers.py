"""Helpers for driving the reader with Textual's pilot."""

from __future__ import annotations

from textual.pilot import Pilot

from reader.tui.app import ReaderApp
from reader.tui.screens.main import MainScreen


async def wait_for_document(pilot: Pilot) -> MainScreen:
    app: ReaderApp = pilot.app  # type: ignore[assignment]
    for _ in range(400):
        await pilot.pause(0.02)
        screens = [s for s in app.screen_stack if isinstance(s, MainScreen)]
        if screens and screens[0].document is not None:
            await pilot.pause()
            return screens[0]
    raise AssertionError("the document did not load")


async def wait_for_analysis(pilot: Pilot) -> MainScreen:
    screen = await wait_for_document(pilot)
    for _ in range(1500):
        await pilot.pause(0.02)
        if screen.analysis is not None and screen.components:
            await pilot.pause()
            return screen
    raise AssertionError("the analysis did not finish")


async def settle(pilot: Pilot) -> None:
    """Let workers deliver their messages and the screen repaint."""
    screen = pilot.app.screen
    for _ in range(100):
        await pilot.pause(0.02)
        busy = [w for w in pilot.app.workers if w.is_running]
        if not busy:
            break
    del screen
    await pilot.pause()
