settings = {"mode": "fast"}

def get_setting(name):
    try:
        return settings[name]
    except KeyError as missing:
        fallback = {"level": 3}
        try:
            return fallback[name]
        except KeyError:
            raise LookupError(f"setting {name!r} not found") from missing

print(get_setting("mode"))
print(get_setting("level"))
get_setting("color")
