import sys
sys.exit("bye") if False else None
raise SystemExit(3)
