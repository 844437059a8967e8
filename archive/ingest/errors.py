"""The one exception the pipeline raises: input it cannot read at all."""


class IngestError(ValueError):
    """Raised for input that cannot be read as a report (empty, binary, undecodable).

    Everything short of that is reported in `ParsedReport.errors`/`warnings` instead,
    so one bad field never loses a whole report.
    """
