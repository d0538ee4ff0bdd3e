"""A stub conforms to the exchange's OWN OpenAPI documents (benchmarks/official.py): schemathesis drives the
served stub from each document, patched only where the API's NOTES.md records a defect. No server error, no
answer outside the document (status, content type, schema), and every status the document gives each operation
answered (provoked by a scripted fault only for an exchange down or slow). `pytest -s` prints the figures."""

from __future__ import annotations

import re

import pytest

from benchmarks import official
from generator.loader import SPEC_DIR

# generated cases per operation, after the documents' own examples (`nox -s official` runs 20): the test stays well
# under a minute on a loaded 2-core machine (about 6 s idle, 45 s at a load average of 20)
EXAMPLES = 5
APIS = official.apis()


def test_some_api_has_official_documents() -> None:
    assert APIS, "no spec folder has conformance/official.yaml"


@pytest.mark.parametrize("api", APIS)
def test_the_stub_answers_as_the_exchanges_own_documents_say(api: str) -> None:
    figures, documented = official.run(api, EXAMPLES)
    print("\n" + official.report(figures, documented))
    assert figures.operations == len(documented) and figures.cases >= figures.operations
    assert figures.server_errors == 0, figures.failures
    assert figures.violations == 0, figures.failures
    assert {key: figures.seen.get(key, set()) for key in documented} == documented


@pytest.mark.parametrize("api", APIS)
def test_each_patch_mends_a_defect_the_notes_number(api: str) -> None:
    notes = (SPEC_DIR / api / "NOTES.md").read_text()
    numbered = {int(n) for n in re.findall(r"^(\d+)\. ", notes, re.MULTILINE)}
    groups = [group for entry in official.setup(api)["documents"] for group in entry["patches"]]
    assert groups
    for group in groups:
        assert re.fullmatch(r"N\d+", group["normalisation"]) and int(group["normalisation"][1:]) in numbered, group
        assert group["operations"], group
    assert official.documents(api)  # the copies are the recorded ones (sha256) and every patch applies


@pytest.mark.parametrize("api", APIS)
def test_the_run_catches_what_the_patches_mend(api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the patches of the documents' answers (/paths: statuses, content types), the stub's answers break
    them: the check is able to fail. (Without those of /components the documents do not even load.)"""
    raw = official.setup(api)
    dropped = 0
    for entry in raw["documents"]:
        kept = [g for g in entry["patches"] if not g["operations"][0]["path"].startswith("/paths/")]
        dropped += len(entry["patches"]) - len(kept)
        entry["patches"] = kept
    monkeypatch.setattr(official, "setup", lambda _: raw)
    figures, _ = official.run(api, 1)
    assert dropped and figures.violations > 0 and figures.server_errors == 0
