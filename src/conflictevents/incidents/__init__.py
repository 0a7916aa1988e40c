"""Incidents: one record per real-world event, from the many reports of it.

A week of news states the same strike many times: the wire story, its
reposts, the live blog, the follow-up with a new toll, the denial.
:func:`merge` turns events (of one or many documents) into
:class:`~conflictevents.incidents.model.Incident` records, each with every report behind it, the values each
source gave, who asserts and who denies it, how many independent sources
carry it, and why each report was merged (:mod:`~conflictevents.incidents.rules`).

* :mod:`~conflictevents.incidents.model`: the attrs models;
* :mod:`~conflictevents.incidents.rules`: the compatibility rules and their thresholds;
* :mod:`~conflictevents.incidents.reports`: reading events, results and JSON lines;
* :mod:`~conflictevents.incidents.blocking`: which incidents a report is compared with;
* :mod:`~conflictevents.incidents.near_duplicates`: fingerprints of reposts and syndicated copies;
* :mod:`~conflictevents.incidents.merge`: :func:`merge` and :func:`merge_stream`;
* :mod:`~conflictevents.incidents.serialize` and :mod:`~conflictevents.incidents.formats`: JSON and the output formats.
"""

from __future__ import annotations

from .merge import IncidentStream, merge, merge_slots, merge_stream
from .model import INCIDENT_SCHEMA_VERSION, Incident, IncidentClaim, MergeStep, Report, SlotValue, incident_id
from .near_duplicates import fingerprint_of, fingerprint_text, near_duplicate
from .rules import RULES
from .serialize import dumps_incident, incident_from_dict, incident_to_dict, loads_incident

__all__ = [
    "merge",
    "merge_stream",
    "IncidentStream",
    "merge_slots",
    "Incident",
    "Report",
    "SlotValue",
    "IncidentClaim",
    "MergeStep",
    "INCIDENT_SCHEMA_VERSION",
    "incident_id",
    "fingerprint_text",
    "fingerprint_of",
    "near_duplicate",
    "RULES",
    "incident_to_dict",
    "incident_from_dict",
    "dumps_incident",
    "loads_incident",
]
