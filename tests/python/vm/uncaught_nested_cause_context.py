def read_config():
    raise FileNotFoundError(2, "No such file or directory", "app.cfg")

def load_defaults():
    return {}["defaults"]

def configure():
    try:
        read_config()
    except OSError as err:
        try:
            load_defaults()
        except KeyError:
            raise RuntimeError("no usable configuration") from err

print("configuring")
configure()
