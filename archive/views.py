"""Public pages: parse the query string, call the QuerySets, render."""

from django.shortcuts import get_object_or_404, render

from archive.models import Article, Meeting, Outlet, Person, Topic


def home(request):
    meetings = Meeting.objects.with_report_counts()
    return render(request, "archive/home.html", {"meetings": meetings})


def meeting_detail(request, slug):
    meeting = get_object_or_404(Meeting, slug=slug)
    return render(request, "archive/placeholder.html", {"object": meeting})


def article_detail(request, pk):
    article = get_object_or_404(Article.objects.published(), pk=pk)
    return render(request, "archive/placeholder.html", {"object": article})


def person_detail(request, slug):
    person = get_object_or_404(Person, slug=slug)
    return render(request, "archive/placeholder.html", {"object": person})


def outlet_detail(request, slug):
    outlet = get_object_or_404(Outlet, slug=slug)
    return render(request, "archive/placeholder.html", {"object": outlet})


def topic_detail(request, slug):
    topic = get_object_or_404(Topic, slug=slug)
    return render(request, "archive/placeholder.html", {"object": topic})
