# Ends in an uncaught AttributeError on a class (type object ...), with a
# 'Did you mean' suggestion, printed on stderr; the exit status is 1.
class Config:
    debug = False
    level = 3

    @classmethod
    def describe(cls):
        return f"debug={cls.debug} level={cls.level}"

print(Config.describe())
Config.level = 5
print(Config.describe())
print(getattr(Config, "verbose", "no verbose attribute"))
print(Config.verbos)
