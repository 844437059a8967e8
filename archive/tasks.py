"""Background tasks (django-tasks, queued in PostgreSQL, run by `manage.py db_worker`)."""

from functools import cache

from django_tasks import task


@task()
def import_job_task(job_id: int) -> None:
    from archive.services.import_jobs import import_job_run

    _parsing_warmed_up()
    import_job_run(job_id=job_id)


@cache
def _parsing_warmed_up() -> None:
    """The parser's one-time work (archive/ingest/warmup.py), done once per worker process
    before its first job's first report is parsed, so that no report's parse pays it."""
    from archive.ingest.warmup import warm_up

    warm_up()
