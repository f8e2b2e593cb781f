import pytest
from django.conf import settings
from elasticsearch import Elasticsearch


@pytest.fixture(scope="session")
def elasticsearch():
    """A client of the real node `make test` started (or ELASTICSEARCH_URL's cluster)."""
    client = Elasticsearch(settings.ELASTICSEARCH_URL, **settings.ELASTICSEARCH_OPTIONS)
    yield client
    client.close()
