# A dict entry whose key is not followed by a colon.
d = {1: "a", 2 "b"}
