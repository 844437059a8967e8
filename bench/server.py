"""gunicorn on 127.0.0.1, started and stopped by us, and its workers' memory from /proc."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path


def free_port() -> int:
    """A port nobody listens on now (the kernel's pick for a loopback bind)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.extend(int(child) for child in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def memory_kb(pid: int) -> dict:
    """VmRSS (now) and VmHWM (the peak since the process started) of `pid`, in kB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0])
    return values


class Gunicorn:
    """`gunicorn config.wsgi` on 127.0.0.1:<free port> with `env` added (DATABASE_URL),
    with the project's settings (`config_file`, the one production uses; `workers` and
    `timeout` override it when given), in a session of its own so that stop() ends it and
    its workers, and nothing else."""

    def __init__(
        self,
        *,
        env: dict,
        config_file: str | None = None,
        workers: int | None = None,
        timeout: int | None = None,
        cwd=None,
    ):
        self.env, self.workers, self.timeout = env, workers, timeout
        self.config_file = config_file
        self.cwd = cwd
        self.port = None
        self.process = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, *, ready_path: str = "/", wait: float = 60.0) -> "Gunicorn":
        self.port = free_port()
        gunicorn = Path(sys.executable).with_name("gunicorn")
        command = [str(gunicorn)]
        if self.config_file:
            command += ["--config", self.config_file]
        command += ["config.wsgi", "--bind", f"127.0.0.1:{self.port}", "--log-level", "warning"]
        if self.workers:
            command += ["--workers", str(self.workers)]
        if self.timeout:
            command += ["--timeout", str(self.timeout)]
        command += ["--graceful-timeout", "5"]
        self.process = subprocess.Popen(
            command,
            cwd=self.cwd,
            env={**os.environ, **self.env, "GUNICORN_BIND": f"127.0.0.1:{self.port}"},
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = self.process.stderr.read().decode(errors="replace")[-2000:]
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}: {error}")
            try:
                with urllib.request.urlopen(self.base_url + ready_path, timeout=5) as answer:
                    answer.read()
                    return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer {ready_path} within {wait} s")

    def worker_pids(self) -> list[int]:
        return children(self.process.pid) if self.process else []

    def stop(self) -> None:
        """SIGTERM to gunicorn's own process group, SIGKILL after 10 s."""
        if not self.process or self.process.poll() is not None:
            return
        group = os.getpgid(self.process.pid)
        os.killpg(group, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(group, signal.SIGKILL)
            self.process.wait(timeout=10)
        if self.process.stderr:
            self.process.stderr.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class RssSampler:
    """Samples VmRSS of `pids()` every `interval` seconds in a thread while in the `with`
    block: `peak_kb` is the highest seen per process, `start_kb` the first sample."""

    def __init__(self, pids, *, interval: float = 0.1):
        import threading

        self.pids, self.interval = pids, interval
        self.start_kb, self.peak_kb = {}, {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        for pid in self.pids():
            try:
                rss = memory_kb(pid)["VmRSS"]
            except (OSError, KeyError):
                continue
            self.start_kb.setdefault(pid, rss)
            self.peak_kb[pid] = max(rss, self.peak_kb.get(pid, 0))

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def growth_kb(self) -> int:
        """The most any one process grew above its first sample."""
        return max((peak - self.start_kb[pid] for pid, peak in self.peak_kb.items()), default=0)

    def __enter__(self):
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.sample()
