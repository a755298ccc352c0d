# Importing a missing name from a built-in module.
from sys import version_info
print(version_info[0])
from sys import no_such_name
