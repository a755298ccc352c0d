# datetime: timedelta normalisation and arithmetic, date/time/datetime reprs, isoformat,
# fromisoformat, strftime/strptime, ordinals and ISO calendar, timezone offsets.
from datetime import date, datetime, time, timedelta, timezone, MINYEAR, MAXYEAR

d = timedelta(days=1, hours=1, minutes=30, seconds=5, microseconds=7)
print(repr(d), d, d.days, d.seconds, d.microseconds, d.total_seconds())
print(repr(timedelta()), timedelta(), repr(-d), -d, abs(-d), timedelta(hours=-1), timedelta(milliseconds=1.5))
print(timedelta(weeks=2) // timedelta(days=3), timedelta(weeks=2) / timedelta(days=3), timedelta(days=7) / 2)
print(timedelta(hours=5) * 3, 2 * timedelta(minutes=1), timedelta(hours=1) * 0.5, timedelta(days=3) % timedelta(days=2))
print(divmod(timedelta(hours=25), timedelta(days=1)), timedelta(days=2) > timedelta(hours=47), bool(timedelta()))
print(timedelta(seconds=86399, microseconds=999999) + timedelta(microseconds=1), timedelta.max, timedelta.min, timedelta.resolution)
day = date(2023, 1, 15)
print(repr(day), day, day.isoformat(), day.weekday(), day.isoweekday(), day.isocalendar(), day.toordinal())
print(day + timedelta(days=30), day - timedelta(weeks=3), date(2024, 3, 1) - date(2023, 3, 1), day.replace(month=2, day=28))
print(date.fromordinal(738000), date.fromisoformat("2020-02-29"), day.ctime(), day.strftime("%A %d %B %Y, day %j, week %U/%W"))
print(f"{day:%m/%d/%y}", format(day, ""), date(2020, 12, 31).isocalendar(), date(2021, 1, 3).isocalendar(), date.min, date.max)
print(date(2000, 2, 29) < date(2000, 3, 1), date(2000, 1, 1) == date(2000, 1, 1), len({date(2000, 1, 1), date(2000, 1, 1)}))
for args in [(2023, 13, 1), (2023, 2, 29), (0, 1, 1), (2023, 1, 32)]:
    try:
        date(*args)
    except ValueError as e:
        print(args, e)
t = time(9, 5)
print(repr(t), t, time(23, 59, 59, 1000), repr(time(1, 2, 3, 4)), t.isoformat("minutes"), t.strftime("%I:%M %p"))
for args in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 10**6)]:
    try:
        time(*args)
    except ValueError as e:
        print(args, e)
dt = datetime(2023, 1, 15, 12, 30)
print(repr(dt), dt, dt.isoformat(), dt.isoformat(" ", "seconds"), dt.date(), dt.time(), repr(datetime(2023, 1, 15)))
print(dt + timedelta(hours=12, minutes=45), dt - datetime(2022, 12, 25), dt - timedelta(days=15, seconds=1))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %b %c"), dt.ctime(), dt.timestamp(), datetime.fromtimestamp(0, timezone.utc))
print(datetime.fromisoformat("2011-11-04T00:05:23"), datetime.fromisoformat("2011-11-04 00:05:23.283+00:00"))
print(datetime.strptime("2023-01-15 08:05:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("15 Jan 2023 3PM", "%d %b %Y %I%p"))
for args in [("2023-01-15", "%d/%m/%Y"), ("2023-01-15x", "%Y-%m-%d")]:
    try:
        datetime.strptime(*args)
    except ValueError as e:
        print(e)
utc = timezone.utc
plus1 = timezone(timedelta(hours=1))
aware = datetime(2023, 6, 1, 12, 0, tzinfo=plus1)
print(repr(utc), repr(plus1), str(plus1), repr(aware), aware, aware.utcoffset(), aware.tzname())
print(aware.astimezone(utc), aware.timestamp(), aware == datetime(2023, 6, 1, 11, 0, tzinfo=utc), aware.strftime("%z %Z"))
try:
    aware < dt
except TypeError as e:
    print(e)
print(datetime.combine(day, t), MINYEAR, MAXYEAR, sorted([dt, datetime(2020, 1, 1), datetime(2023, 1, 15, 12, 29)]))
print(isinstance(datetime.now(), datetime), isinstance(date.today(), date), type(datetime.now() - datetime.now()).__name__)
