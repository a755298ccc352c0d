# raise ... from ...: "The above exception was the direct cause of the following exception:"
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as exc:
        raise ConfigError("bad port setting") from exc

print(read_port({"port": "8080"}))
read_port({"port": "eighty"})
