# Calendar arithmetic without the datetime module: leap years, day of the week by
# Zeller's congruence, days between dates, and a month printed as a grid.
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    return 29 if month == 2 and is_leap(year) else MONTH_DAYS[month - 1]


def weekday(year, month, day):
    if month < 3:
        month += 12
        year -= 1
    k, j = year % 100, year // 100
    h = (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def ordinal(year, month, day):
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    days += sum(days_in_month(year, m) for m in range(1, month))
    return days + day


def month_grid(year, month):
    lines = ["Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * weekday(year, month, 1) + [f"{d:2}" for d in range(1, days_in_month(year, month) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


print([y for y in (1900, 2000, 2023, 2024, 2100) if is_leap(y)])
for date in ((1969, 7, 20), (2000, 1, 1), (2024, 2, 29), (1815, 12, 10)):
    print(date, NAMES[weekday(*date)])
print(ordinal(2024, 12, 31) - ordinal(2024, 1, 1) + 1, ordinal(2000, 1, 1) - ordinal(1970, 1, 1))
print(month_grid(2024, 2))
