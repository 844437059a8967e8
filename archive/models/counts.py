"""Counts the write path keeps (`PublishedCount`) and the query helpers that read them."""

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import OuterRef


def published_count(kind: str):
    """The kept count of published reports for `kind` and the row's id, as an
    annotation: one primary-key look-up in `PublishedCount` per row, 0 when absent."""
    from django.db.models.functions import Cast, Coalesce, Concat

    key = Concat(models.Value(f"{kind}:"), Cast(OuterRef("pk"), models.CharField()))
    counted = PublishedCount.objects.filter(key=key).values("count")[:1]
    return Coalesce(models.Subquery(counted, output_field=models.IntegerField()), 0)


def count_subquery(queryset):
    """COUNT(*) of `queryset` (already narrowed with OuterRef) as an annotation."""
    from django.db.models.functions import Coalesce

    counted = queryset.order_by().annotate(total=models.Count("pk"))
    return Coalesce(
        models.Subquery(counted.values("total")[:1], output_field=models.IntegerField()), 0
    )


class PublishedCount(models.Model):
    """Published reports per person, outlet, wire, meeting, topic and language, and in
    all (`CountKind`): what the lists and the unfiltered search read instead of counting
    a million rows. Kept true by `archive.services.counts` on every write path;
    `manage.py counts_rebuild` fills it from scratch."""

    key = models.CharField(max_length=60, primary_key=True)
    count = models.IntegerField(default=0)

    def __str__(self):
        return f"{self.key}: {self.count}"


class CountedArticle(models.Model):
    """The keys of `PublishedCount` a published report adds one to, as last counted: a
    recount subtracts these and adds what the report counts for now, so any change (an
    edit, a status, a deletion) is counted by recounting the reports it touched."""

    article_id = models.BigIntegerField(primary_key=True)
    keys = ArrayField(models.CharField(max_length=60), default=list)

    def __str__(self):
        return f"{self.article_id}: {len(self.keys)} keys"


class IdArray:
    """Ids handed to `__any` as one array literal (`'{1,2,3}'::bigint[]`): neither Django's
    lookup resolution nor the driver then walks thousands of ids one by one (about 70 ms
    for a common word's page of sampled ids)."""

    def __init__(self, ids):
        self.literal = "{" + ",".join(str(int(pk)) for pk in ids) + "}"


@models.Field.register_lookup
class AnyOf(models.Lookup):
    """`field__any=[...]`: `field = ANY(%s)` with the list as one array parameter (an
    `__in` with thousands of ids would be thousands of parameters)."""

    lookup_name = "any"
    prepare_rhs = False

    def get_db_prep_lookup(self, value, connection):
        if isinstance(value, IdArray):
            return ("%s::bigint[]", [value.literal])
        return ("%s", [list(value)])

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} = ANY({rhs})", [*lhs_params, *rhs_params]
