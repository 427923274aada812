"""The ``policygraph`` command: click commands over the library.

Each command parses its options, calls one library function and formats the answer. Library errors
(PolicyGraphError) become one line, ``Error: ...``, and exit code 1; interrupts exit 130.
"""

from __future__ import annotations

import logging
import sys

import click

from policygraph import __version__
from policygraph.graph.errors import PolicyGraphError


class _Group(click.Group):
    """A group that turns library errors into click's one-line ``Error: ...`` with exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except PolicyGraphError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="policygraph")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """Map influence in technology policy: build a graph from documents, then ask it questions.

    \b
    Start with:
      policygraph build examples/          # read documents into ./policygraph.json
      policygraph trace --to-status shelved
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _register() -> None:
    from policygraph import cli_build, cli_cypher, cli_query, cli_viz

    for module in (cli_build, cli_query, cli_cypher, cli_viz):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="policygraph")


if __name__ == "__main__":  # pragma: no cover
    main()
