"""Background tasks (django-tasks, queued in PostgreSQL, run by `manage.py db_worker`)."""

from django_tasks import task


@task()
def import_job_task(job_id: int) -> None:
    from archive.services.import_jobs import import_job_run

    import_job_run(job_id=job_id)
