"""Static files in production: WhiteNoise's compressed, hashed copies made by collectstatic."""
import logging

from whitenoise.storage import CompressedManifestStaticFilesStorage

logger = logging.getLogger("gongkai.static")


class CollectedStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """A file missing from the manifest gets its plain URL and an error in the log.

    The manifest's own behaviour is to raise, which turns every page into a server error and
    then the error page itself, since it links the stylesheet: one forgotten collectstatic
    would leave readers with nothing but a bare "Server Error".
    """

    def stored_name(self, name):
        try:
            return super().stored_name(name)
        except ValueError:
            logger.error("Static file %s is not collected: run `manage.py collectstatic`.", name)
            return name
