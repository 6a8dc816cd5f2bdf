"""The dsreader command as a user runs it: output, files, and one-line errors for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import __version__

TRACEBACK = "Traceback (most recent call last)"


def dsreader(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
             stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command (the console script next to this Python)."""
    script = Path(sys.executable).with_name("dsreader")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "reader"]
    result = subprocess.run(
        [*command, *args], capture_output=True, input=stdin, env={**os.environ, **(env or {})},
        cwd=cwd, timeout=120,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


def assert_clean_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode != 0
    assert TRACEBACK not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("dsreader: error: ")
    for fragment in fragments:
        assert fragment in lines[0]
    assert result.stdout == ""


def test_json_output_has_the_documented_shape(tmp_path: Path) -> None:
    result = dsreader("summarize", "--format", "json", "--sentences", "3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["dsreader"] == __version__ and data["schema"] == 1
    assert data["document"]["title"] == "DeepSeek: China's AI Innovation Stuns Global Tech Landscape"
    assert data["document"]["stats"]["duplicates_removed"] == 9
    assert len(data["summary"]["sentences"]) == 3
    assert {"text", "score", "location"} <= set(data["summary"]["sentences"][0])
    assert {"paragraph", "start", "end", "section"} == set(data["summary"]["sentences"][0]["location"])
    liang = [q for q in data["quotes"] if q["speaker"] == "Liang Wenfeng"]
    assert liang and liang[0]["text"].startswith("DeepSeek has achieved this")
    people = {p["name"] for p in data["people"]}
    assert {"Liang Wenfeng", "Xi Jinping", "Donald Trump", "Marina Zhang"} <= people
    assert {"DeepSeek", "Nvidia"} <= {o["name"] for o in data["organizations"]}
    assert data["nlp"]["degraded"] is False


def test_markdown_export_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    result = dsreader("summarize", "-f", "markdown", "-a", "textrank", "-n", "4", "-o", str(target))
    assert result.returncode == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# DeepSeek: China's AI Innovation Stuns Global Tech Landscape\n")
    assert "Source: deepseek.txt (bundled article)" in text
    summary = text.split("## Summary\n\n")[1].split("\n\n")[0].splitlines()
    assert len(summary) == 4 and all(line.startswith("- ") for line in summary)
    assert "> DeepSeek has achieved this with fewer resources" in text
    assert "> — Liang Wenfeng" in text
    assert "## People" in text and "- Xi Jinping (1 mention)" in text
    assert "## Organisations" in text and "- DeepSeek (13 mentions)" in text
    assert text.rstrip().endswith("Summary by TextRank, 4 sentences; dsreader " + __version__ + ".")
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind


def test_output_file_is_not_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "mine.md"
    target.write_text("precious notes", encoding="utf-8")
    result = dsreader("summarize", "-o", str(target))
    assert_clean_error(result, "exists", "--force")
    assert target.read_text(encoding="utf-8") == "precious notes"
    result = dsreader("summarize", "-o", str(target), "--force", "-f", "text")
    assert result.returncode == 0
    assert target.read_text(encoding="utf-8").startswith("DeepSeek: China's AI")


def test_stdin_and_ratio(tmp_path: Path) -> None:
    text = (Path(__file__).parent / "data" / "harbour.txt").read_bytes()
    result = dsreader("summarize", "-", "--ratio", "0.5", "-f", "json", stdin=text)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["document"]["source"] == "<stdin>"
    assert data["summary"]["length"] == "50%"


def test_works_from_any_directory(tmp_path: Path) -> None:
    result = dsreader("summarize", "-f", "text", cwd=tmp_path)
    assert result.returncode == 0
    assert "Liang Wenfeng" in result.stdout


@pytest.mark.parametrize("args", [["--help"], ["summarize", "--help"], ["doctor", "--help"], ["setup", "--help"],
                                  ["read", "--help"]])
def test_help_everywhere(args: list[str]) -> None:
    result = dsreader(*args)
    assert result.returncode == 0
    assert "Usage:" in result.stdout


def test_version() -> None:
    result = dsreader("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_usage_errors_are_one_line() -> None:
    result = dsreader("summarize", "--sentences", "3", "--ratio", "0.2")
    assert result.returncode == 2 and TRACEBACK not in result.stderr
    result = dsreader("summarize", "--algorithm", "magic")
    assert result.returncode == 2 and "magic" in result.stderr


def test_doctor_reports_full_mode() -> None:
    result = dsreader("doctor")
    assert result.returncode == 0
    assert "punkt_tab" in result.stdout and "MISSING" not in result.stdout
    assert "degraded" not in result.stdout.split("Components:")[1]


# Bad input: one clear line on stderr, a non-zero exit, nothing on stdout.

def test_missing_file(tmp_path: Path) -> None:
    assert_clean_error(dsreader("summarize", str(tmp_path / "nope.txt")), "nope.txt", "no such file")


def test_directory(tmp_path: Path) -> None:
    assert_clean_error(dsreader("summarize", str(tmp_path)), "is a directory")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert_clean_error(dsreader("summarize", str(path)), "empty")


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("   \n\n\t  \n", encoding="utf-8")
    assert_clean_error(dsreader("summarize", str(path)), "no readable text")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    assert_clean_error(dsreader("summarize", str(path)), "binary")


def test_undecodable_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xff\xfe" + b"\x00\xd8" * 50)  # UTF-16 BOM, then lone surrogates
    assert_clean_error(dsreader("summarize", str(path)), "invalid UTF-16")


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(17 * 1024 * 1024)  # sparse: 17 MiB without writing them
    assert_clean_error(dsreader("summarize", str(path)), "larger than the 16 MiB limit")


def test_unreachable_url() -> None:
    assert_clean_error(dsreader("summarize", "http://127.0.0.1:9/article"), "cannot fetch")


def test_http_errors(http_server) -> None:
    assert_clean_error(dsreader("summarize", f"{http_server.url}/missing"), "HTTP 404")
    assert_clean_error(dsreader("summarize", f"{http_server.url}/broken"), "HTTP 500")


def test_url_article(http_server) -> None:
    result = dsreader("summarize", f"{http_server.url}/article.html", "-f", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["document"]["title"] == "Harbour Reopens"
    assert any(q["speaker"] == "Ann Lee" for q in data["quotes"])
