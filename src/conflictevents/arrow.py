"""The events as one Arrow table: the column schema of Parquet, Dask and Spark.

One table holds the events of every type: its columns are the union of the
fields of the five event types (the ``type`` column says which), and a field
an event's type does not have is null. The schema is not written by hand: it
is derived from the JSON Schema of the event lines
(:func:`conflictevents.jsonschema.event_schema`), itself derived from the
models, and the same :func:`arrow_schema` is used by ``--format parquet``,
:func:`conflictevents.dask.to_dataframe` and
:func:`conflictevents.spark.extract_dataframe`.

Each column holds exactly what the JSON line holds, so a row reads back into
the JSON Lines contract without any guessing (:func:`table_to_events`):

* ``type``, ``id``, ``doc``, ``evidence``, ``rule``, ``claim``,
  ``schema_version`` and every enum (``stance``, ``status``, ``change``,
  ``kind``, a place's ``precision``, ...) are strings; ``verified`` is a
  boolean; counts are 64-bit integers and coordinates 64-bit floats;
* a span is ``list<int64>`` ``[start, end]``, as in JSON (DuckDB
  ``span[1]``, Polars ``pl.col("span").list.get(0)``, Spark ``span[0]``);
* an actor, a place, a quantity, a date, a weapon or a target is a struct
  with the fields of its JSON object, in the same order; ``weapons``,
  ``locations``, ``targets``, ``participants``, ``about`` and a place's
  ``alternatives`` are lists (empty lists stay empty, as in JSON);
* the columns come in the order of the JSON line: ``type``, ``id``,
  ``doc``, ``span``, then the fields of each type in the order of
  ``conflictevents.models.EVENT_TYPES`` (each once), then
  ``evidence``, ``rule``, ``claim``, ``schema_version``.

Adding a field to a model adds a column (and bumps
``conflictevents.models.SCHEMA_VERSION``); a field of the same name must
have the same type in every event type that has it, or :func:`arrow_schema`
raises :class:`TypeError` (a test builds it).

This module needs ``pyarrow`` (``pip install 'conflictevents[parquet]'``);
importing it without ``pyarrow`` works, and the functions raise
:class:`~conflictevents.errors.ExtraNotInstalled`.

>>> schema = arrow_schema()
>>> schema.names[:5]
['type', 'id', 'doc', 'span', 'actor']
>>> str(schema.field("span").type), str(schema.field("killed").type.field("value").type)
('list<item: int64>', 'int64')
>>> from conflictevents import extract
>>> from conflictevents.serialize import document_fields, event_line_dict
>>> result = extract("Russia launched 40 drones at Kharkiv on Monday, the air force said.",
...                  published="2025-03-04", doc_id="a")
>>> lines = [event_line_dict(e, document_fields(result)) for e in result.events]  # as --format jsonl
>>> table = events_to_table(lines)
>>> table.num_rows, table.column("type").to_pylist()
(2, ['strike', 'claim'])
>>> table_to_events(table) == lines
True
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import Any

from .errors import ExtraNotInstalled
from .jsonschema import event_schema
from .models import EVENT_TYPES, SCHEMA_VERSION
from .serialize import _HEAD, _TAIL, DOCUMENT_FIELDS

__all__ = [
    "require",
    "arrow_schema",
    "event_columns",
    "events_to_table",
    "table_to_events",
    "rows_to_events",
]

#: The column that is written last in a JSON line (after :data:`_TAIL`).
_VERSION = "schema_version"


def require(module: str, extra: str) -> ModuleType:
    """Import an optional dependency, or raise :class:`~conflictevents.errors.ExtraNotInstalled` naming the extra.

    >>> require("json", "parquet").__name__
    'json'
    >>> require("no_such_module_here", "dask")
    Traceback (most recent call last):
      ...
    conflictevents.errors.ExtraNotInstalled: this needs no_such_module_here, which is not installed: install it with pip install 'conflictevents[dask]'
    """
    try:
        return importlib.import_module(module)
    except ImportError as err:
        top = module.split(".")[0]
        raise ExtraNotInstalled(
            f"this needs {top}, which is not installed: install it with pip install 'conflictevents[{extra}]'"
        ) from err


def _pa() -> Any:
    return require("pyarrow", "parquet")


class _Translator:
    """JSON Schema (the subset :mod:`conflictevents.jsonschema` writes) to Arrow types."""

    def __init__(self, pa: Any, defs: Mapping[str, Any]) -> None:
        self.pa = pa
        self.defs = defs

    def nullable(self, node: Mapping[str, Any]) -> bool:
        if node.get("type") == "null":
            return True
        return any(self.nullable(a) for a in node.get("anyOf", ()))

    def of(self, node: Mapping[str, Any]) -> Any:
        pa = self.pa
        if "$ref" in node:
            return self.of(self.defs[node["$ref"].rsplit("/", 1)[1]])
        if "anyOf" in node:
            kinds = [a for a in node["anyOf"] if a.get("type") != "null"]
            if len(kinds) != 1:
                raise TypeError(f"no Arrow column type for a union of {len(kinds)} kinds: {node!r}")
            return self.of(kinds[0])
        if "enum" in node or "const" in node:
            values = node.get("enum", [node.get("const")])
            if not all(isinstance(x, str) for x in values):
                raise TypeError(f"only string enums become Arrow strings: {node!r}")
            return pa.string()
        kind = node.get("type")
        if kind == "object" and "properties" in node:
            return pa.struct(self.fields(node))
        if kind == "array":
            items = node.get("prefixItems")
            if items is not None:  # a fixed-length tuple of one item type: [start, end]
                types = {str(self.of(i)) for i in items}
                if len(types) != 1:
                    raise TypeError(f"no Arrow column type for a tuple of mixed items: {node!r}")
                return pa.list_(self.of(items[0]))
            return pa.list_(self.of(node["items"]))
        simple = {"boolean": pa.bool_(), "integer": pa.int64(), "number": pa.float64(), "string": pa.string()}
        if kind in simple:
            return simple[kind]
        raise TypeError(f"no Arrow column type for the JSON Schema {node!r}")

    def fields(self, node: Mapping[str, Any]) -> list[Any]:
        required = set(node.get("required", ()))
        return [
            self.pa.field(name, self.of(sub), nullable=name not in required or self.nullable(sub))
            for name, sub in node["properties"].items()
        ]


def _contract_order(names: Iterable[str]) -> list[str]:
    """Field names in the order of a JSON line: head, the type's own fields, tail, the document's fields,
    schema version."""
    names = list(names)
    head = [n for n in _HEAD if n in names]
    tail = [n for n in (*_TAIL, *DOCUMENT_FIELDS, _VERSION) if n in names]
    return head + [n for n in names if n not in head and n not in tail] + tail


@functools.lru_cache(maxsize=1)
def event_columns() -> dict[str, tuple[str, ...]]:
    """Each event type's columns, in the order of its JSON line (the keys :func:`table_to_events` keeps).

    >>> event_columns()["deployment"][:6]
    ('type', 'id', 'doc', 'span', 'status', 'actor')
    """
    defs = event_schema()["$defs"]
    return {tag: tuple(_contract_order(defs[cls.__name__]["properties"])) for tag, cls in EVENT_TYPES.items()}


@functools.lru_cache(maxsize=1)
def arrow_schema() -> Any:
    """The :class:`pyarrow.Schema` of the events table, derived from :func:`~conflictevents.jsonschema.event_schema`.

    Built once per process. A column is declared non-nullable only when every
    event type requires it and it cannot be null (``type``, ``id``, ``doc``,
    ``span``, ``evidence``).
    """
    pa = _pa()
    defs = event_schema()["$defs"]
    translate = _Translator(pa, defs)
    found: dict[str, Any] = {}
    seen_in: dict[str, int] = {}
    for tag, cls in EVENT_TYPES.items():
        node = defs[cls.__name__]
        for f in translate.fields(node):
            if f.name in found and not found[f.name].type.equals(f.type):
                raise TypeError(
                    f"the field {f.name!r} of {tag} is {f.type}, but {found[f.name].type} in another event type: "
                    "one column cannot hold both (rename one of them)"
                )
            if f.name in found:
                found[f.name] = found[f.name].with_nullable(found[f.name].nullable or f.nullable)
            else:
                found[f.name] = f
            seen_in[f.name] = seen_in.get(f.name, 0) + 1
    columns = [
        found[n] if seen_in[n] == len(EVENT_TYPES) else found[n].with_nullable(True)
        for n in _contract_order(found)
    ]
    return pa.schema(columns, metadata={"conflictevents.schema_version": SCHEMA_VERSION})


def events_to_table(events: Iterable[Mapping[str, Any]]) -> Any:
    """A :class:`pyarrow.Table` of event dicts (as :func:`~conflictevents.serialize.event_to_dict` makes them).

    Fields an event's type does not have are null. Raises
    :class:`pyarrow.ArrowInvalid` (a :class:`ValueError`) or
    :class:`pyarrow.ArrowTypeError` (a :class:`TypeError`) for a value the
    column cannot hold.
    """
    pa = _pa()
    return pa.Table.from_pylist(list(events), schema=arrow_schema())


def rows_to_events(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows of the events table (dicts) back into event dicts of the JSON Lines contract.

    Each row keeps the columns of its ``type``, in the order of the JSON
    line; the others (null) are dropped.
    """
    columns = event_columns()
    out: list[dict[str, Any]] = []
    for row in rows:
        tag = row.get("type")
        keys = columns.get(tag) if isinstance(tag, str) else None
        if keys is None:
            raise ValueError(f"a row of the events table has the unknown type {tag!r} (known: {', '.join(columns)})")
        out.append({k: row.get(k) for k in keys})
    return out


def table_to_events(table: Any) -> list[dict[str, Any]]:
    """A :class:`pyarrow.Table` of events (read from Parquet, say) back into event dicts of the JSON Lines contract.

    ``json.dumps(d, ensure_ascii=False)`` of each dict is the line
    ``--format jsonl`` writes.
    """
    return rows_to_events(table.to_pylist())
