"""The HTTP benchmark harness: start gunicorn on a free loopback port against a database,
time pages over real HTTP, read a worker's memory from /proc, and re-run a page's SQL
directly. No Django import here except in `sql` (which captures a page's queries through
the test client); `archive.benchmark` drives it for `make bench`."""
