"""`make mutation`'s closing line: the mutation score from mutmut's exported counts
(`mutmut export-cicd-stats` writes `mutants/mutmut-cicd-stats.json`).

A mutant counts as tested when its tests ran (killed, timed out, survived, suspicious,
crashed or without a test); mutants not run (another module's, with `MUTANTS=`) or skipped
do not count. Killed and timed-out mutants are the killed ones, as mutmut counts them.
"""

import json
import sys
from pathlib import Path

STATS = Path("mutants") / "mutmut-cicd-stats.json"
TESTED = ("killed", "timeout", "survived", "suspicious", "no_tests", "segfault")


def mutation_score(stats: dict) -> tuple[int, int]:
    """(killed, tested) from mutmut's counts."""
    tested = sum(int(stats.get(key, 0)) for key in TESTED)
    return int(stats.get("killed", 0)) + int(stats.get("timeout", 0)), tested


def score_line(stats: dict) -> str:
    killed, tested = mutation_score(stats)
    if not tested:
        return "mutation score: no mutant was tested"
    return (
        f"mutation score: {killed} of {tested} mutants killed ({100 * killed / tested:.1f}%); "
        f"{stats.get('survived', 0)} survived, {stats.get('no_tests', 0)} without a test, "
        f"{stats.get('timeout', 0)} timed out"
    )


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else STATS
    print(score_line(json.loads(path.read_text(encoding="utf-8"))))
