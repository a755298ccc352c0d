# A custom exception hierarchy: catching by base class, exception attributes, chaining,
# __str__ overrides, add_note (3.11), and the order in which handlers are tried.
class AppError(Exception):
    code = 1


class ConfigError(AppError):
    code = 2

    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key, self.problem = key, problem

    def __str__(self):
        return f"config key {self.key!r}: {self.problem}"


class NetworkError(AppError):
    code = 3


class TimeoutError_(NetworkError):
    code = 4


def load(setting):
    match setting:
        case "port":
            raise ConfigError("port", "must be an integer")
        case "host":
            raise TimeoutError_("host lookup timed out")
        case "proxy":
            try:
                {}["proxy"]
            except KeyError as missing:
                raise NetworkError("no proxy configured") from missing
        case "notes":
            err = AppError("with notes")
            err.add_note("first note")
            err.add_note("second note")
            raise err
    return f"{setting} ok"


for setting in ("port", "host", "proxy", "notes", "user"):
    try:
        print(load(setting))
    except NetworkError as err:
        print(f"network[{err.code}] {type(err).__name__}: {err} (cause: {err.__cause__!r})")
    except AppError as err:
        print(f"app[{err.code}] {type(err).__name__}: {err} {getattr(err, '__notes__', [])}")
print([cls.__name__ for cls in TimeoutError_.__mro__])
print(issubclass(ConfigError, Exception), isinstance(ConfigError("k", "p"), AppError))
print(ConfigError("k", "p").args)
