# The archive on gunicorn (config/gunicorn.conf.py); docker-compose puts nginx in front.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 GUNICORN_BIND=0.0.0.0:8000
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# The site runs as an unprivileged user; static files are collected into a folder it owns,
# which docker-compose shares with nginx.
RUN useradd --system --uid 10001 --home-dir /app archive \
    && mkdir -p /app/staticfiles /app/.local \
    && SECRET_KEY=build DATABASE_URL=postgresql://build@localhost/build \
       python manage.py collectstatic --noinput \
    && chown -R archive /app/staticfiles /app/.local
USER archive
EXPOSE 8000
CMD ["sh", "-c", "python manage.py migrate --noinput && python manage.py collectstatic --noinput --verbosity 0 && python manage.py load_reference && python manage.py load_seeds && exec gunicorn -c config/gunicorn.conf.py"]
