"""History: every tracked model's writes recorded by PostgreSQL triggers."""

import pghistory


def tracked(**options):
    """Every insert, update and delete of the model is recorded by PostgreSQL triggers
    (django-pghistory), whichever code path made it: an admin page, a bulk action, an
    import, a shell. Who and through what comes from `pghistory.context`."""
    return pghistory.track(
        pghistory.InsertEvent(), pghistory.UpdateEvent(), pghistory.DeleteEvent(), **options
    )
