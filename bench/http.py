"""Timed GET requests over HTTP (urllib, one connection per request), alone and from
several clients at once, with bounded counts and time-outs."""

import http.client
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

from bench.stats import summary


@dataclass
class Answer:
    status: int  # 0 when no answer came (time-out, refused)
    ms: float
    size: int
    error: str = ""


def get(url: str, *, timeout: float) -> Answer:
    """GET `url` and read the body to its end. A body cut short (the worker killed
    mid-stream) is an answer with status 0 and the bytes that came."""
    started = time.perf_counter()
    size = 0
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            try:
                while chunk := response.read(1 << 16):
                    size += len(chunk)
            except http.client.IncompleteRead as error:
                size += len(error.partial)
                return Answer(
                    0,
                    (time.perf_counter() - started) * 1000,
                    size,
                    f"body cut off after {size:,} bytes",
                )
            return Answer(response.status, (time.perf_counter() - started) * 1000, size)
    except urllib.error.HTTPError as error:
        return Answer(error.code, (time.perf_counter() - started) * 1000, 0, str(error))
    except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
        reason = getattr(error, "reason", error)
        ms = (time.perf_counter() - started) * 1000
        return Answer(0, ms, size, f"no answer ({size:,} bytes came): {reason}")


@dataclass
class PageTiming:
    path: str
    samples: list = field(default_factory=list)  # ms of the answers with status 200
    errors: list = field(default_factory=list)  # "status: message" of every other answer
    size: int = 0

    @property
    def stats(self) -> dict | None:
        return summary(self.samples) if self.samples else None


def page_time(
    base_url: str,
    path: str,
    *,
    requests: int = 20,
    warmup: int = 2,
    budget: float = 60.0,
    timeout: float = 35.0,
    min_requests: int = 5,
) -> PageTiming:
    """`warmup` untimed requests, then up to `requests` timed ones; stops early once
    `budget` seconds are spent and `min_requests` were timed. A page that errors twice in
    a row is not asked again."""
    timing = PageTiming(path)
    started = time.monotonic()
    for number in range(warmup + requests):
        answer = get(base_url + path, timeout=timeout)
        if answer.status != 200:
            timing.errors.append(f"{answer.status}: {answer.error}"[:200])
            if len(timing.errors) >= 2:
                break
        elif number >= warmup:
            timing.samples.append(answer.ms)
            timing.size = answer.size
        spent = time.monotonic() - started
        if spent > budget and len(timing.samples) >= min_requests:
            break
        if spent > budget * 3:
            break
    return timing


@dataclass
class LoadResult:
    clients: int
    seconds: float
    completed: int
    errors: int
    stats: dict | None
    error_kinds: dict = field(default_factory=dict)  # "status: message" -> how many

    @property
    def throughput(self) -> float:
        return round(self.completed / self.seconds, 1) if self.seconds else 0.0


def load_run(
    base_url: str,
    paths: list[str],
    *,
    clients: int = 8,
    requests_per_client: int = 10,
    timeout: float = 35.0,
) -> LoadResult:
    """`clients` threads, each requesting `requests_per_client` paths in turn (each
    client starts at a different path); throughput over the whole run."""
    samples, errors, kinds = [], [], {}
    lock = threading.Lock()

    def client(number: int):
        for index in range(requests_per_client):
            path = paths[(number + index) % len(paths)]
            answer = get(base_url + path, timeout=timeout)
            with lock:
                (samples if answer.status == 200 else errors).append(answer.ms)
                if answer.status != 200:
                    kind = f"{answer.status}: {answer.error}"[:120]
                    kinds[kind] = kinds.get(kind, 0) + 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    return LoadResult(
        clients=clients,
        seconds=round(seconds, 2),
        completed=len(samples),
        errors=len(errors),
        stats=summary(samples) if samples else None,
        error_kinds=kinds,
    )
