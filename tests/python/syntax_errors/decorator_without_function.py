# A decorator followed by a plain statement.
@staticmethod
x = 1
