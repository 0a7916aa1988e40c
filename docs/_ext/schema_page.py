"""Sphinx directives that render reference pages from the code itself.

* ``.. event-schema::`` - one section per model with every field, its type,
  whether it is required, and its allowed values, read from the attrs classes
  (the same walk that generates the JSON Schema), so the page cannot drift.
* ``.. incident-schema::`` - the same for the incident models.
* ``.. cli-reference::`` - the options of ``python -m conflictevents`` and its
  subcommands, read from the argument parsers.
"""

from __future__ import annotations

import enum
import typing
from typing import Any

import attrs
from docutils import nodes
from docutils.parsers.rst import Directive
from docutils.statemachine import StringList

from conflictevents import cli, models, results


def _type_name(hint: Any) -> str:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        inner = [a for a in args if a is not type(None)]
        return " or ".join(_type_name(a) for a in inner) + (" or null" if len(inner) < len(args) else "")
    if origin in (tuple, list):
        return f"list of {_type_name(args[0])}" if args else "list"
    if origin is dict:
        return "object"
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return f"{hint.__name__} ({', '.join(repr(m.value) for m in hint)})"
    if hint is models.Span:
        return "[start, end]"
    if isinstance(hint, type):
        return {"str": "string", "int": "integer", "float": "number", "bool": "boolean", "date": "date (ISO)"}.get(
            hint.__name__, hint.__name__)
    return str(hint)


def _rst_for(cls: type) -> list[str]:
    hints = typing.get_type_hints(cls)
    title = cls.__name__ + (f" (``\"type\": \"{cls.event_type}\"``)" if getattr(cls, "event_type", "") else "")
    lines = [title, "-" * len(title), "", (cls.__doc__ or "").strip().split("\n\n")[0], "",
             ".. list-table::", "   :header-rows: 1", "   :widths: 20 45 15", "",
             "   * - field", "     - type", "     - required"]
    for a in attrs.fields(cls):
        required = "yes" if a.default is attrs.NOTHING else "no"
        lines += [f"   * - ``{a.name}``", f"     - {_type_name(hints[a.name])}", f"     - {required}"]
    return lines + [""]


class EventSchema(Directive):
    """Render every model's fields."""

    def run(self) -> list[nodes.Node]:
        rst: list[str] = []
        for cls in list(models.EVENT_TYPES.values()) + [
            models.Actor, models.Place, models.Quantity, models.EventDate, models.Weapon, models.Target,
            results.Extraction, results.Article, results.Sentence, results.DroppedBlock,
        ]:
            rst += _rst_for(cls)
        node = nodes.section()
        node.document = self.state.document
        self.state.nested_parse(StringList(rst), 0, node, match_titles=True)
        return list(node.children)


class IncidentSchema(Directive):
    """Render the incident models' fields."""

    def run(self) -> list[nodes.Node]:
        from conflictevents.incidents import model

        rst: list[str] = []
        for cls in (model.Incident, model.Report, model.SlotValue, model.IncidentClaim, model.MergeStep):
            rst += _rst_for(cls)
        node = nodes.section()
        node.document = self.state.document
        self.state.nested_parse(StringList(rst), 0, node, match_titles=True)
        return list(node.children)


class CliReference(Directive):
    """Render the argument parser's options."""

    def run(self) -> list[nodes.Node]:
        parser = cli.build_parser()
        rst = ["Usage:", "", ".. code-block:: text", ""]
        rst += ["   " + line for line in parser.format_usage().splitlines()] + [""]
        rst += [parser.description or "", ""]
        for action in parser._actions:  # noqa: SLF001 - argparse has no public accessor
            names = ", ".join(action.option_strings) or action.metavar or action.dest
            choices = f" Choices: {', '.join(map(str, action.choices))}." if action.choices else ""
            default = (f" Default: ``{action.default}``." if action.default not in (None, False, [], "==SUPPRESS==")
                       and action.option_strings else "")
            rst += [f"``{names}``", f"   {action.help or ''}{choices}{default}", ""]
        rst += [parser.epilog or "", ""]
        sp = cli.build_schema_parser()
        rst += ["The ``schema`` subcommand:", "", ".. code-block:: text", ""]
        rst += ["   " + line for line in sp.format_help().splitlines()] + [""]
        from conflictevents.incidents.command import build_incidents_parser

        ip = build_incidents_parser()
        rst += ["The ``incidents`` subcommand (:doc:`../howto/incidents`):", "", ".. code-block:: text", ""]
        rst += ["   " + line for line in ip.format_help().splitlines()] + [""]
        node = nodes.section()
        node.document = self.state.document
        self.state.nested_parse(StringList(rst), 0, node, match_titles=True)
        return list(node.children)


def setup(app: Any) -> dict[str, Any]:
    app.add_directive("event-schema", EventSchema)
    app.add_directive("cli-reference", CliReference)
    app.add_directive("incident-schema", IncidentSchema)
    return {"parallel_read_safe": True, "version": "1"}
