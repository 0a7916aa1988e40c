"""Shared fixtures (the extractor, built once; the ../shared folder) and the Hypothesis profiles.

Tests marked ``shared`` read the seed pages and gold annotations in
``../shared`` (beside the repository). When that folder is missing they are
skipped with the reason; under CI (``CI=true``) a missing folder is a failure.

Tests marked ``slow`` (processes of their own, timings, large inputs) are left
out of the default run (``addopts`` in ``pyproject.toml``); ``.ci/run`` runs
them with ``pytest -m slow``.

Hypothesis deadlines are set here, once, for a busy machine: an example of a
property may take up to :data:`DEADLINE` (one ``jsonschema.validate`` takes
50-140 ms on a busy 2-core machine, against Hypothesis' default of 200 ms for
the whole example). Properties that run the whole pipeline on a page say
``deadline=None`` themselves. ``HYPOTHESIS_PROFILE=thorough`` runs every
property with ten times the examples.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The gazetteer index cache (conflictevents.lexicons.cache) of this test run, and of the processes it starts:
# a folder of its own, not the user's cache, unless one is named already (CI may keep one between runs).
if not os.environ.get("CONFLICTEVENTS_CACHE_DIR"):
    import atexit
    import shutil
    import tempfile

    _CACHE = tempfile.mkdtemp(prefix="conflictevents-test-cache-")
    os.environ["CONFLICTEVENTS_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, True)

from conflictevents import Extractor, get_extractor  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

#: The longest one example of a property may take before Hypothesis calls it a failure.
DEADLINE = dt.timedelta(seconds=2)

settings.register_profile(
    "default",
    deadline=DEADLINE,
    suppress_health_check=[HealthCheck.too_slow],  # generating examples is slow on a busy machine too
    print_blob=True,
)
settings.register_profile("thorough", settings.get_profile("default"), max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return get_extractor()  # the one in-process command-line runs use too


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir() or not (SHARED / "eval" / "seeds").is_dir():
        message = (f"the shared seed pages and gold are not at {SHARED} "
                   "(they live beside the repository, in ../shared)")
        if os.environ.get("CI") == "true":
            pytest.fail(message + "; under CI this is an error")
        pytest.skip(message)
    return SHARED
