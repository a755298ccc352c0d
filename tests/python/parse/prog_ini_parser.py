# A parser for INI-style configuration text: sections, key = value pairs, comments,
# continuation lines, typed getters and interpolation of ${section:key} references.
SOURCE = """
; global settings
[server]
host = example.org
port = 8080
debug = yes
banner = Welcome to
    the server

[paths]
root = /srv/app
logs = ${paths:root}/logs
url = http://${server:host}:${server:port}/

# a section with odd spacing
[ empty ]
"""


class ConfigError(Exception):
    pass


def parse(text):
    sections, current, last_key = {}, None, None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in ";#":
            continue
        if raw[:1].isspace() and last_key is not None:
            current[last_key] += " " + line
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
            last_key = None
        elif "=" in line and current is not None:
            key, _, value = line.partition("=")
            last_key = key.strip()
            current[last_key] = value.strip()
        else:
            raise ConfigError(f"line {number}: cannot parse {line!r}")
    return sections


def get(sections, section, key, kind=str, _depth=0):
    value = sections[section][key]
    while (start := value.find("${")) != -1:
        end = value.index("}", start)
        ref_section, ref_key = value[start + 2:end].split(":")
        value = value[:start] + get(sections, ref_section, ref_key, str, _depth + 1) + value[end + 1:]
    if kind is bool:
        return value.lower() in ("1", "yes", "true", "on")
    return kind(value)


config = parse(SOURCE)
print(list(config), {k: len(v) for k, v in config.items()})
print(get(config, "server", "port", int) + 1, get(config, "server", "debug", bool))
print(get(config, "server", "banner"))
print(get(config, "paths", "logs"), get(config, "paths", "url"))
try:
    parse("[ok]\nthis line is wrong")
except ConfigError as err:
    print("ConfigError:", err)
