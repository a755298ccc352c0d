# sys.flags (as python3 runs the tests: PYTHONHASHSEED=0, no bytecode written).
import sys
print(sys.flags.optimize, sys.flags.verbose, sys.flags.dev_mode, sys.flags.int_max_str_digits)
print(sys.flags.debug, sys.flags.inspect, sys.flags.interactive, sys.flags.quiet)
print(len(sys.flags) >= 17)
