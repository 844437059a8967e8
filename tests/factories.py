"""factory_boy factories for the archive's models."""

import factory
from django.contrib.auth import get_user_model

from archive import models


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Outlet
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Outlet {n}")
    slug = factory.Sequence(lambda n: f"outlet-{n}")
    kind = models.OutletKind.NEWSPAPER
    country = "Japan"
    language = "en"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Person
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Person {n}")
    slug = factory.Sequence(lambda n: f"person-{n}")
    country = "Japan"


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Meeting
        django_get_or_create = ("slug",)

    title = factory.Sequence(lambda n: f"Meeting {n}")
    slug = factory.Sequence(lambda n: f"meeting-{n}")
    start_date = factory.Faker("date_between", start_date="-5y", end_date="-1y")
    end_date = factory.SelfAttribute("start_date")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Article

    outlet = factory.SubFactory(OutletFactory)
    title = factory.Sequence(lambda n: f"Report {n} on the alliance")
    url = factory.Sequence(lambda n: f"https://example.com/report-{n}")
    published_on = factory.Faker("date_between", start_date="-5y", end_date="-1y")
    date_precision = models.DatePrecision.DAY
    language = "en"
    body = factory.Faker("paragraph", nb_sentences=6)
    raw = factory.LazyAttribute(lambda article: article.body.encode())
    raw_encoding = "utf-8"
    content_hash = factory.Sequence(lambda n: f"{n:064x}")
    status = models.ArticleStatus.PUBLISHED


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"curator{n}")
    is_staff = True
    is_superuser = True
    password = factory.PostGenerationMethodCall("set_password", "a-curator-password")

    @factory.post_generation
    def save_password(user, create, extracted, **kwargs):
        if create:
            user.save()
