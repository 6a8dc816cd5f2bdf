"""Hostile input: every bad source gets one clear line and a non-zero exit (CLI) or the same
message on screen (TUI); every odd but readable one becomes a clean Document. Nothing is
written. The small cases live in tests/hostile/; large ones are made here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.analysis import Analyzer, Length, Options
from reader.errors import ReaderError
from reader.ingest import load_document, read_text
from reader.tui.app import ReaderApp
from reader.tui.screens.dialogs import ErrorScreen

from test_cli import TRACEBACK, assert_clean_error, dsreader
from tui_helpers import wait_for_document

HOSTILE = Path(__file__).parent / "hostile"

BAD = {
    "empty.txt": "is empty",
    "whitespace.txt": "no readable text",
    "binary.png": "binary file",
    "nul-bytes.txt": "binary file",
    "undecodable-utf16.txt": "invalid UTF-16",
    "scripts-only.html": "no article text found",
}
READABLE = {
    "invalid-utf8.txt": "Customers queued outside.",
    "utf16-bom.txt": "Le café de Zürich a rouvert lundi",
    "utf16-no-bom.txt": "The council met on Monday",
    "latin1.txt": "Müller said the café in Zürich would reopen.",
    "malformed.html": "The mayor said the new bridge would open next spring",
    "headings-only.md": "Finance",
    "chinese.txt": "北京市政府周一宣布了新的交通计划。",
    "russian.txt": "Правительство объявило в понедельник о новом плане.",
    "markup.txt": "[bold red]hi[/]",
}


@pytest.mark.parametrize(("name", "message"), BAD.items())
def test_bad_file_cli(name: str, message: str, tmp_path: Path) -> None:
    output = tmp_path / "out.md"
    assert_clean_error(dsreader("summarize", str(HOSTILE / name), "-o", str(output)), message)
    assert not output.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("name", "message"), BAD.items())
def test_bad_file_api(name: str, message: str) -> None:
    with pytest.raises(ReaderError, match=message):
        load_document(str(HOSTILE / name))


@pytest.mark.parametrize(("name", "expected"), READABLE.items())
def test_readable_odd_files(name: str, expected: str) -> None:
    document = load_document(str(HOSTILE / name))
    text = "\n".join([document.title or "", *(p.text for p in document.paragraphs)])
    assert expected in text
    analysis = Analyzer(document).run(Options(length=Length(2)))
    for sentence in analysis.summary.sentences:
        assert document.paragraphs[sentence.location.paragraph].text[sentence.location.start:sentence.location.end] == sentence.text


@pytest.mark.parametrize("name", sorted(READABLE))
def test_readable_odd_files_cli(name: str) -> None:
    result = dsreader("summarize", str(HOSTILE / name), "-f", "markdown", "-n", "2")
    assert result.returncode == 0, result.stderr
    assert TRACEBACK not in result.stderr
    assert "\x1b" not in result.stdout  # escape sequences never reach the terminal


def test_markup_and_escapes_stay_literal_in_every_format() -> None:
    for fmt in ("text", "markdown", "json"):
        result = dsreader("summarize", str(HOSTILE / "markup.txt"), "-f", fmt)
        assert result.returncode == 0
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "␛[31mred␛[0m" in result.stdout.replace("\\[", "[")  # Markdown escapes the bracket


def test_directory_unreadable_and_symlink_loop(tmp_path: Path) -> None:
    assert_clean_error(dsreader("summarize", str(tmp_path)), "is a directory")
    loop = tmp_path / "loop"
    loop.symlink_to(tmp_path / "loop")
    assert_clean_error(dsreader("summarize", str(loop)), "symbolic link loop")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert_clean_error(dsreader("summarize", str(fifo)), "not a regular file")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("The council met.")
    path.chmod(0)
    assert_clean_error(dsreader("summarize", str(path)), "permission denied")


def test_deeply_nested_html(tmp_path: Path) -> None:
    path = tmp_path / "nested.html"
    path.write_text("<html><body>" + "<div>" * 20_000 + "deep text" + "</div>" * 20_000 + "</body></html>")
    assert_clean_error(dsreader("summarize", str(path)), "no article text found")


def test_a_single_five_megabyte_line(tmp_path: Path) -> None:
    words = " ".join(f"Item {i} was delivered to the depot number {i % 97}." for i in range(120_000))
    path = tmp_path / "one-line.txt"
    path.write_text(words[:5_000_000], encoding="utf-8")
    assert path.stat().st_size >= 5_000_000
    document = read_text(str(path)).document()
    assert document.stats.paragraphs == 1
    assert document.stats.words > 800_000


def test_a_hundred_thousand_tiny_lines(tmp_path: Path) -> None:
    path = tmp_path / "tiny.txt"
    path.write_text("\n".join(f"l{i}" for i in range(100_000)), encoding="utf-8")
    document = read_text(str(path)).document()
    # Short lines are kept apart (a list, not wrapped prose), so no line becomes a monster.
    assert document.stats.paragraphs == 100_000
    assert max(len(p.text) for p in document.paragraphs) < 10


async def test_tui_shows_bad_input_like_the_cli() -> None:
    app = ReaderApp(source=str(HOSTILE / "binary.png"))
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            if isinstance(app.screen, ErrorScreen):
                break
        message = str(app.screen.query_one("#error-message").render())
        assert message == f"{HOSTILE / 'binary.png'} looks like a binary file, not text"
        await pilot.press("enter")
    assert app.return_code == 1


async def test_tui_reads_odd_text() -> None:
    app = ReaderApp(source=str(HOSTILE / "russian.txt"))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_for_document(pilot)
        assert "Правительство объявило" in screen.article.visible_text()
        await pilot.press("j", "G", "g", "n", "c", "e")
        assert screen.article.collapsed == set()


# URLs, served on 127.0.0.1 by the test server.

def test_url_timeout(http_server) -> None:
    assert_clean_error(dsreader("summarize", f"{http_server.url}/slow", "--timeout", "1"), "timed out after 1 s")


def test_url_redirect_loop(http_server) -> None:
    assert_clean_error(dsreader("summarize", f"{http_server.url}/loop"), "too many redirects")


@pytest.mark.parametrize("route", ["huge", "huge-declared"])
def test_url_over_the_size_cap(http_server, route: str) -> None:
    assert_clean_error(dsreader("summarize", f"{http_server.url}/{route}"), "larger than the 16 MiB limit")


def test_url_non_text(http_server) -> None:
    assert_clean_error(dsreader("summarize", f"{http_server.url}/image.png"), "serves image/png, not an article")


@pytest.mark.parametrize("route", ["wrong-charset-latin1", "wrong-charset-utf8"])
def test_url_wrong_charset(http_server, route: str) -> None:
    document = load_document(f"{http_server.url}/{route}")
    assert "Café owners in Zürich" in document.paragraphs[0].text
    assert "“unfair and rushed”" in document.paragraphs[0].text
