# Raw strings keep backslashes: regular expressions and Windows paths.
import re

path = r"C:\Users\ada\notes.txt"
print(path, len(path), path.split("\\"))
pattern = re.compile(r"(\d+)-(\d+)")
print(pattern.findall("10-20, 3-4 and 500-600"))
print(r"\n is two characters", len(r"\n"), r"\\", len(r"\\"))
print(r'\'', len(r'\''), r"\"", len(r"\""))
print(r"""raw triple \t "quoted" \
continued""")
print(rb"\d+", br'\x41')
print(re.sub(r"\s+", " ", "collapse   all\t\twhitespace\n here"))
