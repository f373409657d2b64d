"""Possible duplicates in the queues: each listed case carries ``duplicate_count`` (open
cases of the same kind and class within 50 m, ``panel_queries.duplicate_counts``), shown in
the ``duplicates`` column, so the acceptor and the shift leader see at a glance which
reports may be the same problem.

A mixin for ``CaseDock`` subclasses (put it first among the bases). The count is read with
the queue in the worker thread; a change from the feed recounts the changed cases and the
listed cases of the same classes (a new report nearby, or a merge, changes their counts too).
"""

from __future__ import annotations

from collections.abc import Iterable

from console.services.panel_queries import duplicate_counts


class DuplicateCountsMixin:
    def fetch(self) -> list[dict]:
        """Worker thread: the queue, each case with its ``duplicate_count``."""
        cases = super().fetch()
        counts = duplicate_counts(self.services.db, cases)
        for case in cases:
            case["duplicate_count"] = counts.get(case["id"], 0)
        return cases

    def apply_cases(self, cases: Iterable[dict]) -> bool:
        incoming = [dict(c) for c in cases]  # the window shares the dicts between panels
        ids = {c["id"] for c in incoming}
        classes = {(c.get("kind"), c.get("class_code")) for c in incoming}
        neighbours = []
        for row in range(self.model.rowCount()):
            listed = self.model.case(row)
            if listed["id"] not in ids and (listed.get("kind"), listed.get("class_code")) in classes:
                neighbours.append(listed)
        try:
            counts = duplicate_counts(self.services.db, incoming + neighbours)
        except Exception:  # a count is a hint: the rows still go in (the feed shows errors)
            counts = {}
        for case in incoming:
            case["duplicate_count"] = counts.get(case["id"], 0)
        recounted = [dict(n, duplicate_count=counts[n["id"]]) for n in neighbours
                     if n["id"] in counts and counts[n["id"]] != (n.get("duplicate_count") or 0)]
        return super().apply_cases(incoming + recounted)
