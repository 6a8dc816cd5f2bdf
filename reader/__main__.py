"""`python -m reader` runs the dsreader command."""

from reader.cli import main

main(prog_name="dsreader")
