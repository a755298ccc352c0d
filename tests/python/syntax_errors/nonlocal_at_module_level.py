# nonlocal makes no sense at module level.
nonlocal counter
