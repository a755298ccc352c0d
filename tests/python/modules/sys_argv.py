# sys.argv for a script run without arguments.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith('sys_argv.py'))
