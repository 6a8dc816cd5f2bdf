"""The reader driven by keys, as a user would: every binding, asserted on what it changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import Input

from reader.ingest.clean import comparison_key
from reader.tui.app import ReaderApp
from reader.tui.screens.dialogs import ConfirmScreen, ErrorScreen, ExportScreen, TocScreen
from reader.tui.screens.help import HelpScreen
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.search import SearchBar
from reader.tui.widgets.sidebar import ResultList

from tui_helpers import settle, wait_for_analysis, wait_for_document

SIZE = (100, 30)


async def test_article_is_readable_with_header_and_sections() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_analysis(pilot)
        header = str(screen.query_one("#header").render())
        assert "DeepSeek: China's AI Innovation Stuns Global Tech Landscape" in header
        assert "545 words · 2 min read · 9 repeated paragraphs hidden" in header
        text = screen.article.visible_text()
        assert text.startswith("Amid escalating tensions")
        assert "▾ ◇" in text  # a generated section title, marked
        assert "Analysis complete" in str(screen.status.render())
        assert "NLP: full" in str(screen.status.render())


async def test_untitled_text_is_headed_by_its_source_once() -> None:
    source = str(Path(__file__).parent / "data" / "scraped_sport.txt")
    app = ReaderApp(source)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_document(pilot)
        header = str(screen.query_one("#header").render())
        assert header.count("scraped_sport.txt") == 1
        assert header.splitlines()[1] == "205 words · 1 min read"


async def test_scrolling_keys() -> None:
    app = ReaderApp()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_document(pilot)
        article = screen.article
        assert app.focused is article
        await pilot.press("j", "j", "down")
        assert article.scroll_y == 3
        await pilot.press("k", "up")
        assert article.scroll_y == 1
        await pilot.press("space")
        page = article.scroll_y - 1
        assert page > 10
        await pilot.press("b")
        assert article.scroll_y == 1
        await pilot.press("G")
        assert article.scroll_y == article.max_scroll_y > 0
        await pilot.press("g")
        assert article.scroll_y == 0
        await pilot.press("end")
        assert article.scroll_y == article.max_scroll_y
        await pilot.press("home", "pagedown")
        assert article.scroll_y == page
        await pilot.press("pageup")
        assert article.scroll_y == 0


async def test_section_navigation_and_folding() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_document(pilot)
        article = screen.article
        sections = len(screen.document.sections)
        assert sections >= 3
        assert article.current_section == 0
        await pilot.press("n")
        assert article.current_section == 1
        assert article.visible_text().startswith("▾ ◇ " + screen.document.sections[1].title)
        await pilot.press("right_square_bracket")
        assert article.current_section == 2
        await pilot.press("p")
        assert article.current_section == 1
        await pilot.press("left_square_bracket")
        assert article.current_section == 0
        await pilot.press("enter")
        assert article.collapsed == {0}
        assert "▸ ◇" in article.visible_text()
        await pilot.press("o")
        assert article.collapsed == set()
        await pilot.press("c")
        assert article.collapsed == set(range(sections))
        assert article.visible_text().count("▸") == sections
        await pilot.press("e")
        assert article.collapsed == set()


async def test_table_of_contents_jumps_to_a_section() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_document(pilot)
        await pilot.press("t")
        assert isinstance(app.screen, TocScreen)
        await pilot.press("down", "down", "enter")
        assert not isinstance(app.screen, TocScreen)
        assert screen.article.current_section == 2
        assert app.focused is screen.article


async def test_tab_and_number_keys_move_between_article_and_sidebar() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_analysis(pilot)
        await pilot.press("tab")
        assert isinstance(app.focused, ResultList) and app.focused.id == "list-summary"
        await pilot.press("tab")
        assert app.focused is screen.article
        for key, tab in zip("12345", ("summary", "quotes", "people", "organizations", "places"), strict=True):
            await pilot.press(key)
            assert screen.sidebar.active == tab
            assert app.focused.id == f"list-{tab}"


async def test_enter_on_a_summary_sentence_highlights_it_in_the_article() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_analysis(pilot)
        await pilot.press("1", "down", "enter")
        chosen = screen.summary.sentences[1]
        assert screen.article.focused_location == chosen.location
        assert chosen.text.split()[0] in screen.article.visible_text()


async def test_enter_on_a_quote_shows_it() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_analysis(pilot)
        await pilot.press("2", "enter")
        quote = screen.quotes[0]
        assert quote.speaker == "Liang Wenfeng"
        assert screen.article.focused_location == quote.location
        assert "DeepSeek has achieved this" in screen.article.visible_text()


async def test_enter_again_on_an_entity_goes_to_its_next_mention() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_analysis(pilot)
        liang = next(e for e in screen.entities if e.name == "Liang Wenfeng")
        await pilot.press("3")
        assert screen.sidebar.pane("people").items[0].label == "Liang Wenfeng"
        await pilot.press("enter")
        assert screen.article.focused_location == liang.mentions[0]
        assert "mention 1 of 3" in str(screen.status.render())
        await pilot.press("enter")
        assert screen.article.focused_location == liang.mentions[1]
        await pilot.press("enter", "enter")
        assert screen.article.focused_location == liang.mentions[0]  # wraps around
        await pilot.press("4", "enter")
        organisation = screen.sidebar.pane("organizations").items[0]
        assert organisation.label == "DeepSeek"
        assert screen.article.focused_location == organisation.locations[0]


async def test_algorithm_and_length_keys_update_the_summary() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_analysis(pilot)
        assert screen.summary.algorithm == "Default"
        header = str(screen.sidebar.pane("summary").query_one(".pane-header").render())
        assert header.startswith("Default · 5 sentences · news mode")
        await pilot.press("a")
        await settle(pilot)
        assert screen.summary.algorithm == "LexRank"
        await pilot.press("a")
        await settle(pilot)
        assert screen.summary.algorithm == "LSA"
        header = str(screen.sidebar.pane("summary").query_one(".pane-header").render())
        assert header.startswith("LSA · 5 sentences")
        await pilot.press("plus", "plus")
        await settle(pilot)
        assert len(screen.summary.sentences) == 7
        await pilot.press("minus")
        await settle(pilot)
        assert len(screen.summary.sentences) == 6
        assert len(screen.sidebar.pane("summary").items) == 6
        keys = {comparison_key(s.text) for s in screen.summary.sentences}
        assert len(keys) == 6


async def test_search_highlights_and_steps_through_matches() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_document(pilot)
        await pilot.press("slash")
        search = screen.query_one(SearchBar)
        assert app.focused is search
        await pilot.press(*"nvidia")
        assert len(screen.matches) == 1
        await pilot.press("escape")
        await pilot.press("slash")
        assert search.value == "nvidia"
        await pilot.press(*"deepseek")  # replaces the previous search
        total = len(screen.matches)
        assert total == sum(p.text.lower().count("deepseek") for p in screen.document.paragraphs) == 13
        assert screen.match_index == 0
        await pilot.press("enter")
        assert screen.match_index == 1
        assert screen.article.current_match == screen.matches[1]
        await pilot.press("shift+enter", "shift+enter")
        assert screen.match_index == total - 1  # wraps backwards
        assert f"Match {total} of {total}" in str(screen.status.render())
        await pilot.press("escape")
        assert app.focused is screen.article
        await pilot.press("f3")
        assert screen.match_index == 0
        await pilot.press("shift+f3")
        assert screen.match_index == total - 1


async def test_export_writes_markdown_and_asks_before_overwriting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_analysis(pilot)
        await pilot.press("x")
        assert isinstance(app.screen, ExportScreen)
        name = app.screen.query_one(Input).value
        assert name == "deepseek-china-s-ai-innovation-stuns-global-tech-landscape-summary.md"
        await pilot.press("enter")
        target = tmp_path / name
        assert screen.last_export == target
        content = target.read_text(encoding="utf-8")
        assert content.startswith("# DeepSeek: China's AI Innovation Stuns Global Tech Landscape")
        assert "> — Liang Wenfeng" in content and "Summary by Default (news mode), 5 sentences" in content

        target.write_text("my own notes", encoding="utf-8")
        await pilot.press("ctrl+s", "enter")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert target.read_text(encoding="utf-8") == "my own notes"
        await pilot.press("x", "enter", "y")
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("# DeepSeek")


async def test_copy_summary_to_clipboard() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("y")
        assert app.clipboard.startswith("# DeepSeek: China's AI Innovation")
        assert "## Summary" in app.clipboard


async def test_help_lists_every_binding() -> None:
    app = ReaderApp()
    async with app.run_test(size=(100, 60)) as pilot:
        await wait_for_document(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        for description in ("Next section", "Fold", "Collapse all", "Expand all", "Contents", "Search",
                            "Next match", "Export", "Copy summary", "Algorithm", "Longer summary",
                            "Article ⇄ sidebar", "Sidebar", "Quit", "Help", "Commands", "next mention"):
            assert description in text, description
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_has_reader_commands() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_analysis(pilot)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"toggle sidebar")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert not screen.sidebar.display


async def test_sidebar_toggle_and_resize() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await wait_for_document(pilot)
        width = screen.sidebar.outer_size.width
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert screen.sidebar.outer_size.width == width + 4
        await pilot.press("less_than_sign", "less_than_sign")
        await pilot.pause()
        assert screen.sidebar.outer_size.width == width - 4
        await pilot.press("s")
        assert not screen.sidebar.display
        assert app.focused is screen.article
        await pilot.press("s")
        assert screen.sidebar.display


async def test_q_quits() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_document(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert app.error is None


async def test_bad_source_shows_the_cli_error(tmp_path: Path) -> None:
    app = ReaderApp(source=str(tmp_path / "missing.txt"))
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if isinstance(app.screen, ErrorScreen):
                break
        assert isinstance(app.screen, ErrorScreen)
        message = str(app.screen.query_one("#error-message").render())
        assert message == f"cannot read {tmp_path / 'missing.txt'}: no such file"
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 1
    assert app.error == message


HOSTILE = (
    "A Perfectly Normal Headline\n\n"
    "The council said [bold red]hi[/] and then [link=https://evil.example]click me[/link] appeared.\n\n"
    "Terminal codes \x1b[31mRED\x1b[0m and \x1b]0;pwned\x07 must not reach the terminal, said Ms Jane Roe.\n\n"
    '"This [b]markup[/b] stays literal in a quote," said Ms Jane Roe.\n'
)


async def test_untrusted_text_is_never_markup_or_escape_codes(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    app = ReaderApp(source=str(path))
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await wait_for_analysis(pilot)
        text = screen.article.visible_text()
        assert "[bold red]hi[/]" in text
        assert "[link=https://evil.example]click me[/link]" in text
        assert "␛[31mRED␛[0m" in text and "\x1b" not in text
        await pilot.press("2")
        quote = screen.sidebar.pane("quotes").list.get_option_at_index(0).prompt
        assert "[b]markup[/b]" in str(quote)
        await pilot.press("enter")
        rendered = app.export_screenshot()
        assert "[bold red]hi[/]" in rendered.replace("&#160;", " ")


async def test_large_plain_text_opens_and_scrolls(tmp_path: Path) -> None:
    from nltk.corpus import state_union

    text = state_union.raw()[:1_100_000]  # about 1 MB of speeches, no headings
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    app = ReaderApp(source=str(path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_document(pilot)
        article = app.screen.query_one(ArticleView)
        last_words = screen.document.paragraphs[-1].text.split()[-3:]
        await pilot.press("G")
        assert article.scroll_y == article.max_scroll_y > 10_000
        assert " ".join(last_words) in article.visible_text().replace("\n", " ")
        await pilot.press("g", "n")
        assert article.current_section == 1
        await pilot.press("c")
        assert len(article.collapsed) == len(screen.document.sections) > 10


async def test_piped_article() -> None:
    """`cat article.txt | dsreader -`: the CLI reads the pipe, the app shows it."""
    data = (Path(__file__).parent / "data" / "harbour.txt").read_bytes()
    app = ReaderApp(source="-", piped=data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_analysis(pilot)
        assert screen.document.title == "Harbour Reopens After Storm"
        assert screen.document.source == "<stdin>"
        assert screen.quotes[0].speaker == "Ann Lee"
