"""Shared fixtures: the extractor (built once) and the ../shared folder.

Tests marked ``shared`` read the seed pages and gold annotations in
``../shared`` (beside the repository). When that folder is missing they are
skipped with the reason; under CI (``CI=true``) a missing folder is a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conflictevents import Extractor

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir() or not (SHARED / "eval" / "seeds").is_dir():
        message = (f"the shared seed pages and gold are not at {SHARED} "
                   "(they live beside the repository, in ../shared)")
        if os.environ.get("CI") == "true":
            pytest.fail(message + "; under CI this is an error")
        pytest.skip(message)
    return SHARED
