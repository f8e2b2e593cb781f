"""Secrecy review (保密审查): workflow tasks, review records and the publish gate."""
