class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"bad port {text!r}") from exc

def configure(options):
    port = parse_port(options["port"])
    print("port", port)
    return port

configure({"port": "8080"})
configure({"port": "http"})
