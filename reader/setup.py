"""`dsreader setup`: download the NLTK packages dsreader uses, with visible progress."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.analysis import resources
from reader.errors import DataError


def install_missing(directory: Path | None = None, echo: Callable[[str], None] = print) -> list[str]:
    """Download every missing package into `directory` (NLTK's default location if None).

    Returns the names installed; raises `DataError` with a one-line reason when a
    download fails (typically: no internet).
    """
    import nltk

    missing = resources.missing_packages()
    if not missing:
        echo("All NLTK data dsreader uses is installed.")
        return []
    target = str(directory) if directory else nltk.downloader.Downloader().default_download_dir()
    echo(f"Installing {len(missing)} NLTK package(s) into {target}")
    for number, name in enumerate(missing, 1):
        echo(f"[{number}/{len(missing)}] {name} ...")
        try:
            # quiet: NLTK's own "[nltk_data]" lines would go to stdout, mixed with ours
            ok = nltk.download(name, download_dir=target, quiet=True, raise_on_error=True)
        except Exception as exc:  # noqa: BLE001 - urllib, zipfile and NLTK errors alike
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise DataError(
                f"cannot download {name}: {reason}. Without internet, copy NLTK data into a "
                f"directory and point NLTK_DATA at it"
            ) from None
        if not ok:
            raise DataError(f"cannot download {name}; is the internet reachable?")
        echo(f"      {name} installed")
    if directory and str(directory) not in nltk.data.path:
        echo(f"Note: add {directory} to NLTK_DATA so that dsreader finds it.")
    resources.reset()
    echo("Done. 'dsreader doctor' shows what is in use.")
    return missing
