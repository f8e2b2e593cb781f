"""Case-handling operations, one action class per module (check() then execute())."""
