"""Visitors of the public archive for `make loadtest` (deploy/loadtest.py runs it).

Each visitor reads the pages people read: the home page, searches by word, result lists
narrowed by a facet, reports, meetings, people, outlets and topics. The addresses come from
the archive's own pages (links on the lists), so the same file works on any corpus. Any
answer other than 2xx/3xx counts as a failure.
"""

import random
import re

from locust import FastHttpUser, between, task

WORDS = [
    "alliance",
    "security",
    "minister",
    "defense",
    "China",
    "Taiwan",
    "missile",
    "cooperation",
    "Okinawa",
    "deterrence",
    "Blinken",
    "Hayashi",
    '"joint statement"',
    "economic security",
    "space",
]
LINKS = {
    "article": re.compile(r'href="(/articles/\d+/)"'),
    "meeting": re.compile(r'href="(/meetings/[\w-]+/)"'),
    "person": re.compile(r'href="(/people/[\w-]+/)"'),
    "outlet": re.compile(r'href="(/outlets/[\w-]+/)"'),
    "topic": re.compile(r'href="(/topics/[\w-]+/)"'),
    "facet": re.compile(r'href="(/articles/\?[^"]+)"'),
}
# Filled from the first pages a visitor reads; shared by all visitors of the run.
FOUND: dict[str, set[str]] = {kind: set() for kind in LINKS}


def collect(html: str) -> None:
    for kind, pattern in LINKS.items():
        if len(FOUND[kind]) < 500:
            FOUND[kind].update(link.replace("&amp;", "&") for link in pattern.findall(html))


class Visitor(FastHttpUser):
    wait_time = between(0.5, 2.0)

    def on_start(self):
        for path in ("/", "/articles/", "/meetings/", "/people/", "/outlets/", "/topics/"):
            with self.client.get(path, name=path, catch_response=True) as response:
                if response.status_code == 200:
                    collect(response.text)

    def visit(self, kind: str, name: str):
        if FOUND[kind]:
            self.client.get(random.choice(sorted(FOUND[kind])), name=name)

    @task(2)
    def home(self):
        self.client.get("/", name="/")

    @task(5)
    def search(self):
        with self.client.get(
            "/articles/",
            params={"q": random.choice(WORDS)},
            name="/articles/?q=…",
            catch_response=True,
        ) as response:
            if response.status_code == 200:
                collect(response.text)

    @task(2)
    def facet(self):
        self.visit("facet", "/articles/?facet")

    @task(5)
    def article(self):
        self.visit("article", "/articles/<id>/")

    @task(1)
    def meetings(self):
        self.client.get("/meetings/", name="/meetings/")

    @task(2)
    def meeting(self):
        self.visit("meeting", "/meetings/<slug>/")

    @task(1)
    def people(self):
        self.client.get("/people/", name="/people/")

    @task(2)
    def person(self):
        self.visit("person", "/people/<slug>/")

    @task(1)
    def outlet(self):
        self.visit("outlet", "/outlets/<slug>/")

    @task(1)
    def topic(self):
        self.visit("topic", "/topics/<slug>/")
