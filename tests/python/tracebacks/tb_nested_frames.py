# Four frames deep: each frame line shows its source line and markers where useful.
def parse_record(line):
    name, age = line.split(",")
    return name, int(age)

def load(lines):
    return [parse_record(line) for line in lines]

def main():
    records = load(["ada,36", "bob,41", "eve,x"])
    print(records)

main()
