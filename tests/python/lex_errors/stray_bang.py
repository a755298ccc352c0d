# "!" is only valid as part of "!=" (or an f-string conversion).
done = False
if !done:
    print("not done")
