# An import error that nobody catches: traceback and exit status 1.
print("before")
import missing_module_for_traceback
print("not reached")
