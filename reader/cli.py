"""The `dsreader` command: the reader TUI, plus `summarize`, `setup` and `doctor` for scripts.

Every error a user can cause ends here as one line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from reader import __version__
from reader.errors import ReaderError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_INTERNAL = 70
ALGORITHM_NAMES = ("default", "lexrank", "lsa", "luhn", "textrank", "edmundson", "kl", "sumbasic", "reduction")
"""dsreader's default summariser, then Sumy's algorithms."""


def fail(message: str, code: int = 1) -> None:
    click.echo(f"dsreader: error: {message}", err=True)
    sys.exit(code)


def reports_errors(command: F) -> F:
    """Turn every exception into a one-line message (a traceback only with DSREADER_DEBUG=1)."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ReaderError as exc:
            fail(exc.message, exc.exit_code)
        except click.exceptions.ClickException:
            raise  # usage errors: click prints them its own way
        except KeyboardInterrupt:
            sys.exit(130)
        except BrokenPipeError:
            # The reader of our output went away (`| head`): not an error worth a message.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except Exception as exc:
            if os.environ.get("DSREADER_DEBUG"):
                raise
            fail(f"internal error: {type(exc).__name__}: {exc} (set DSREADER_DEBUG=1 for details)",
                 EXIT_INTERNAL)

    return wrapper  # type: ignore[return-value]


class ReaderGroup(click.Group):
    """`dsreader SOURCE` is short for `dsreader read SOURCE`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["read", *args]
        return super().parse_args(ctx, args)


@click.group(cls=ReaderGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="dsreader")
def main() -> None:
    """dsreader: read articles in the terminal, with their summary, quotes and names.

    \b
    dsreader                      open the bundled article
    dsreader SOURCE               open a .txt/.md/.html file, an http(s) URL, or - (stdin)
    dsreader summarize SOURCE     print summary, quotes, people and organisations
    dsreader doctor               show which language data is installed
    dsreader setup                download the NLTK language data dsreader uses
    """


@main.command()
@click.argument("source", required=False)
@click.option("--algorithm", "-a", type=click.Choice(ALGORITHM_NAMES, case_sensitive=False), default="default",
              show_default=True, help="Summary algorithm shown first.")
@click.option("--no-cache", is_flag=True, help="Analyse from scratch; do not read or write the analysis cache.")
@reports_errors
def read(source: str | None, algorithm: str, no_cache: bool) -> None:
    """Open SOURCE (default: the bundled article) in the reader."""
    from reader.tui.app import ReaderApp

    piped = _take_piped_stdin() if source == "-" else None
    app = ReaderApp(source=source, algorithm=algorithm, use_cache=not no_cache, piped=piped)
    app.run()
    if app.error:  # shown on screen too; repeated here once the terminal is back
        fail(app.error)


def _take_piped_stdin() -> bytes:
    """Read the article piped in, then give the keyboard back to the reader.

    The TUI reads keys from standard input, so after the article is read the terminal
    (/dev/tty) takes its place.
    """
    from reader.errors import SourceError
    from reader.ingest.fetch import MAX_BYTES

    if sys.stdin.isatty():
        raise SourceError("stdin is a terminal: pipe an article in, e.g. 'cat article.txt | dsreader -'")
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    try:
        terminal = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise SourceError("no terminal to read keys from; use 'dsreader summarize -' in a pipe") from None
    os.dup2(terminal, sys.stdin.fileno())
    os.close(terminal)
    return data


@main.command()
@click.argument("source", required=False)
@click.option("--algorithm", "-a", type=click.Choice(ALGORITHM_NAMES, case_sensitive=False), default="default",
              show_default=True, help="Summary algorithm.")
@click.option("--sentences", "-n", type=click.IntRange(min=1), default=None,
              help="Summary length in sentences [default: 5].")
@click.option("--ratio", "-r", type=click.FloatRange(0, 1, min_open=True), default=None,
              help="Summary length as a share of the document's sentences, e.g. 0.2.")
@click.option("--format", "-f", "fmt", type=click.Choice(["markdown", "json", "text"]), default="text",
              show_default=True, help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option("--ner", type=click.Choice(["crf", "nltk", "heuristic"]), default="crf", show_default=True,
              help="Named-entity extractor: dsreader's CRF model, NLTK's chunker, or capitalisation.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=15.0, show_default=True,
              help="Seconds allowed for fetching a URL.")
@click.option("--no-cache", is_flag=True, help="Analyse from scratch; do not read or write the analysis cache.")
@click.option("--explain", is_flag=True, help="Say on stderr how the summary was made (e.g. why news mode).")
@reports_errors
def summarize(
    source: str | None,
    algorithm: str,
    sentences: int | None,
    ratio: float | None,
    fmt: str,
    output: Path | None,
    force: bool,
    ner: str,
    timeout: float,
    no_cache: bool,
    explain: bool,
) -> None:
    """Summarise SOURCE (a file, URL or - for stdin; default: the bundled article).

    Prints the summary, key quotes with speakers, people, organisations and places.
    """
    from reader.analysis import Analyzer, Length, Options
    from reader.cache import AnalysisCache
    from reader.export import render, write_file
    from reader.ingest import load_document

    if sentences is not None and ratio is not None:
        raise click.UsageError("give either --sentences or --ratio, not both")
    if output is not None and output.exists() and not force:
        raise ReaderError(f"{output} exists; use --force to overwrite it")
    length = Length(sentences=None, ratio=ratio) if ratio is not None else Length(sentences=sentences or 5)
    document = load_document(source, timeout=timeout)
    cache = None if no_cache else AnalysisCache()
    analysis = Analyzer(document, cache=cache).run(Options(algorithm=algorithm, length=length, ner=ner))
    text = render(fmt, document, analysis)
    if explain:
        summary = analysis.summary
        how = f"{summary.algorithm}" + (f", {summary.mode}" if summary.mode else "")
        click.echo(f"dsreader: summary by {how}" + (f" ({summary.explanation})" if summary.explanation else ""),
                   err=True)
    if analysis.degraded:
        degraded = ", ".join(c.name for c in analysis.components if c.degraded)
        click.echo(f"dsreader: note: degraded mode for {degraded} (NLTK data missing; see 'dsreader doctor')",
                   err=True)
    if output is None:
        click.echo(text, nl=False)
    else:
        written = write_file(output, text, force=force)
        click.echo(f"wrote {written}", err=True)


@main.command()
@reports_errors
def doctor() -> None:
    """Show where NLTK data is searched, what is installed, and the mode of each component."""
    import nltk

    from reader.analysis.entities import choose_extractor
    from reader.analysis.resources import PACKAGES, installed, shared

    click.echo(f"dsreader {__version__}")
    click.echo("NLTK data is searched in:")
    for path in nltk.data.path:
        click.echo(f"  {path}{'' if Path(path).is_dir() else '  (missing)'}")
    click.echo("Packages:")
    for name, resource in PACKAGES.items():
        click.echo(f"  {name:<32} {'installed' if installed(resource) else 'MISSING'}")
    resources = shared()
    _, ner = choose_extractor("crf", resources)
    click.echo("Components:")
    components = (*resources.components(), ner)
    for component in components:
        flag = "degraded" if component.degraded else "full"
        click.echo(f"  {component.name:<16} {flag:<9} {component.mode}")
    if any(c.degraded for c in components):
        click.echo("Some components run in degraded mode; 'dsreader setup' downloads the missing data.")


@main.command()
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Install into this directory (default: NLTK's standard location).")
@reports_errors
def setup(directory: Path | None) -> None:
    """Download the NLTK language data dsreader uses (needs the internet)."""
    from reader.setup import install_missing

    install_missing(directory, echo=click.echo)
