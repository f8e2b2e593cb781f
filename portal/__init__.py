"""The public portal: browsing the catalogue, feeds, sitemap and the site's look (issue 7)."""
