"""Put on PYTHONPATH by `make mutation` only (mutmut's runs, and the interpreters tests
start from them): raise Python's recursion limit.

mutmut's trampolines add frames to every call of a mutated module, and
`archive.ingest.pattern_heads._heads` (once `prefilter._heads`) recurses once per item
of a pattern: at `30d3c52` the unmutated tests/ingest then fail under mutmut with
RecursionError (its stats step gives up, and `make mutation` with it) though they pass
without mutmut. A subprocess a test starts
(test_pipeline.py::test_the_pipeline_never_imports_django) reads this too, which
sys.setrecursionlimit in mutmut's own process would not reach."""

import sys

sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
