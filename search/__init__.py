"""The public catalogue index on Elasticsearch and the public search views."""
