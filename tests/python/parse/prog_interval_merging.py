# Interval problems: merging overlapping intervals, inserting into a sorted list,
# intersections of two lists, and free time between meetings.
def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out


def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append([lo, hi])
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def free_time(meetings, day=(9 * 60, 17 * 60)):
    busy = merge(meetings)
    gaps, cursor = [], day[0]
    for start, end in busy:
        if start > cursor:
            gaps.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < day[1]:
        gaps.append((cursor, day[1]))
    return [f"{s // 60:02}:{s % 60:02}-{e // 60:02}:{e % 60:02}" for s, e in gaps]


print(merge([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20], [6, 7]]))
print(merge([[5, 5], [1, 2], [2, 3]]), merge([]))
print(intersect([[0, 2], [5, 10], [13, 23], [24, 25]], [[1, 5], [8, 12], [15, 24], [25, 26]]))
print(free_time([(9 * 60 + 30, 10 * 60), (10 * 60, 11 * 60 + 15), (13 * 60, 14 * 60), (16 * 60 + 45, 18 * 60)]))
