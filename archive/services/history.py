"""Undoing a change: an object is put back as one of its recorded versions.

The versions are recorded by database triggers (django-pghistory, see `archive.models.tracked`)
on every insert, update and delete, whoever made them. A revert is itself a curator's edit: it
goes through `curation.object_save`, so the restored values are marked curated, the search
vector follows, and the revert is recorded like any other change."""

from django.db import transaction

from archive.models import Article
from archive.services.curation import CurationError, article_topics_set, object_save

# Bookkeeping, not content: a revert leaves these as they are.
NOT_RESTORED = frozenset({"curated_fields", "corrected_at", "updated_at", "created_at"})


def restorable_values(event) -> dict:
    """The tracked model's field values as `event` recorded them, by attribute name."""
    model = event.pgh_tracked_model
    event_fields = {field.attname for field in event._meta.concrete_fields}
    return {
        field.attname: getattr(event, field.attname)
        for field in model._meta.concrete_fields
        if not field.primary_key
        and field.attname in event_fields
        and field.name not in NOT_RESTORED
    }


@transaction.atomic
def history_revert(*, event):
    """Put the object `event` recorded back as it was then. An insert or update event
    restores the values it recorded; a delete event brings the deleted row back; a topic
    link added is removed, a topic link removed is added back."""
    model = event.pgh_tracked_model
    if model is Article.topics.through:
        return topic_link_revert(event=event)
    values = restorable_values(event)
    obj = model.objects.filter(pk=event.pgh_obj_id).first()
    if obj is None:
        if model is Article:
            raise CurationError(
                "A deleted report cannot be rebuilt from its history (its raw text is gone); "
                "import it again."
            )
        obj = model(pk=event.pgh_obj_id, **values)
        return object_save(obj=obj, changed_fields=[f.name for f in model._meta.fields])
    changed = [
        field.name
        for field in model._meta.concrete_fields
        if field.attname in values and getattr(obj, field.attname) != values[field.attname]
    ]
    if not changed:
        raise CurationError("Nothing to restore: the object already holds these values.")
    for attname, value in values.items():
        setattr(obj, attname, value)
    return object_save(obj=obj, changed_fields=changed)


def topic_link_revert(*, event):
    article = Article.objects.filter(pk=event.article_id).first()
    if article is None:
        raise CurationError("The report this topic belonged to no longer exists.")
    topics = set(article.topics.values_list("pk", flat=True))
    if event.pgh_label == "topic.add":
        topics.discard(event.topic_id)
    else:
        topics.add(event.topic_id)
    article_topics_set(article=article, topics=sorted(topics))
    return article
