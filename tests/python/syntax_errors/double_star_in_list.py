# ** unpacking is for dicts, not lists.
items = [**other]
