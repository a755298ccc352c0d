def ratio(a, b):
    return a / b

def average_ratio(pairs):
    results = []
    for a, b in pairs:
        results.append(ratio(a, b))
    return sum(results) / len(results)

def main():
    print(average_ratio([(1, 2), (3, 4)]))
    print(average_ratio([(1, 2), (5, 0)]))

print("begin")
main()
