# sys.exit with an integer status.
import sys
print("exiting with 3")
sys.exit(3)
