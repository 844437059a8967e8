"""Curation: every model with the columns, filters and inlines a curator needs to correct
what the parser got wrong and to link reports to their meetings. Each page saves through
`archive.services` (`base.CuratedAdmin`) and shows the object's recorded history."""

from archive.admin import articles, logs, parts, reference  # noqa: F401  (registers the pages)
