"""Static files in production: WhiteNoise's compressed, hashed copies made by collectstatic."""
import logging

from whitenoise.storage import CompressedManifestStaticFilesStorage

logger = logging.getLogger("gongkai.static")


class CollectedStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """A file missing from the manifest gets its plain URL instead of an exception.

    The manifest's own behaviour is to raise, which turns every page into a server error and
    then the error page itself, since it links the stylesheet: one forgotten collectstatic
    would leave readers with nothing but a bare "Server Error". Without any manifest the log
    says so, once. (WhiteNoise probes names that are not in the manifest on purpose: those
    stay quiet.)
    """

    manifest_reported = False

    def stored_name(self, name):
        try:
            return super().stored_name(name)
        except ValueError:
            if not self.hashed_files and not self.manifest_reported:
                logger.error("No static files are collected: run `manage.py collectstatic`.")
                type(self).manifest_reported = True
            return name
