"""Every minister and leader the reference data holds has a name in Japanese, Korean and
Chinese (issue 11's must: reports in those scripts name them so)."""

import csv
import json
import re
from collections import defaultdict
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "archive" / "fixtures" / "reference"
# The posts a minister or a leader holds, as the files write them.
MINISTER_OR_LEADER = re.compile(
    r"(?i)president|prime minister|minister|secretary of (?:state|defense)|director.general"
)


def _offices() -> dict[str, set[str]]:
    offices: dict[str, set[str]] = defaultdict(set)
    for name in ("officeholders.csv", "ministers.csv"):
        with open(REFERENCE_DIR / name, newline="", encoding="utf-8") as file:
            for row in csv.DictReader(file):
                offices[row["name"]].add(row["office"])
    curated = json.loads((REFERENCE_DIR / "curated.json").read_text(encoding="utf-8"))
    for person in curated["people"]:
        for office in person.get("offices", []):
            offices[person["name"]].add(office.get("title", ""))
    return offices


def _scripts() -> dict[str, set[str]]:
    scripts: dict[str, set[str]] = defaultdict(set)
    with open(REFERENCE_DIR / "native_aliases.csv", newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            scripts[row["name"]] |= {language.split("-")[0] for language in row["language"].split()}
    return scripts


def test_every_minister_and_leader_has_japanese_korean_and_chinese_names():
    scripts = _scripts()
    lacking = {
        name: sorted({"ja", "ko", "zh"} - scripts[name])
        for name, offices in _offices().items()
        if any(MINISTER_OR_LEADER.search(office) for office in offices)
        and {"ja", "ko", "zh"} - scripts[name]
    }
    assert lacking == {}
