# time.strftime (glibc's C-locale directives, flags and widths, as CPython on Linux) and
# time.strptime, at fixed times; datetime's strftime/strptime/timetuple built on them.
import datetime
import time

tt = (2024, 3, 5, 14, 7, 9, 1, 65, 0)
every = '%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %p %P %r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %%'
print(repr(time.strftime(every, tt)))
for secs in range(-2 * 10**9, 4 * 10**9, 123456789):
    print(repr(time.strftime(every, time.gmtime(secs))))
for year in (2024, 999, 99, 5, 0, -5, -2024, 10000):
    print(year, repr(time.strftime('%C|%y|%Y|%G|%g|%F|%D|%c|%x', (year, 3, 5, 14, 7, 9, 1, 65, 0))))
for d in ['Ec', 'EC', 'Ex', 'EX', 'Ey', 'EY', 'Od', 'Oe', 'OH', 'OI', 'Om', 'OM', 'OS', 'Ou', 'OU', 'OV', 'Ow', 'OW', 'Oy']:
    print(d, repr(time.strftime('%' + d, tt)))
for f in ['%-y', '%_H', '%0e', '%^p', '%#p', '%#Z', '%^B', '%#a', '%3j', '%1Y', '%-j', '%_5M', '%05e', '%-5d',
          '%^10a', '%#10B', '%10s', '%-10%', '%3n', '%-P', '%^P', '%#P', '%10p', '%04Y', '%_Y', '%6G', '%10C',
          '%q', '%', 'x%', '%E', '%O', '%+', 'plain', '']:
    print(repr(f), repr(time.strftime(f, tt)))
print(time.strftime('%Y-%m-%d %j', (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%z %Z', time.struct_time(tt + ('ABC', 3600))), time.strftime('%z %Z', time.struct_time(tt + ('W', -5400))))
print(time.strftime('%z %Z', tt), time.strftime('%z %Z', time.gmtime(0)))
print(time.strftime('%a', (2024, 3, 5, 14, 7, 9, -1, 65, 0)), time.strftime('%j', (2024, 3, 5, 14, 7, 9, 1, 0, 0)))
for args in [(1,), ('%Y', 5), ('%Y\x00x', tt), ('%Y', (1, 2))]:
    try:
        time.strftime(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

print(time.strptime('2024-03-05 14:07', '%Y-%m-%d %H:%M'))
print(time.strptime('Tue Mar  5 14:07:09 2024'))
print(time.strptime('29 Feb', '%d %b'))
print(time.strptime('12 pm', '%I %p'), time.strptime('12 am', '%I %p')[3])
r = time.strptime('+0130 UTC', '%z %Z')
print(r, r.tm_zone, r.tm_gmtoff)
r = time.strptime('-01:30:15', '%z')
print(r.tm_zone, r.tm_gmtoff)
print(time.strptime('2024 10 3', '%G %V %u'))
print(time.strptime('2024 0 0', '%Y %U %w'), time.strptime('2023 52 Sun', '%Y %W %a')[:3])
print(time.strptime('99 366', '%y %j')[:3], time.strptime('68', '%y')[0], time.strptime('69', '%y')[0])
print(time.strptime('MARCH 5 monday', '%B %d %A')[:3])
for secs in range(-2 * 10**9, 4 * 10**9, 98765432):
    g = time.gmtime(secs)
    assert time.strptime(time.strftime('%Y-%m-%d %H:%M:%S', g), '%Y-%m-%d %H:%M:%S')[:8] == g[:8], secs
    assert time.strptime(time.strftime('%G %V %u %H', g), '%G %V %u %H')[:3] == g[:3], secs
    assert time.strptime(time.strftime('%Y %U %w', g), '%Y %U %w')[:3] == g[:3], secs
    assert time.strptime(time.strftime('%Y %W %a', g), '%Y %W %a')[:3] == g[:3], secs
print('round trips ok')
for args in [('x', '%Y'), ('2024x', '%Y'), ('2024', '%Q'), ('2024', '%'), (1, '%Y'), ('2024', 5), ('2024 10', '%G %V'),
             ('10', '%V'), ('2024 10 1', '%Y %V %u'), ('2024 5 1', '%G %j %u')]:
    try:
        print(time.strptime(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

dt = datetime.datetime(2024, 3, 5, 14, 7, 9, 123456)
tz = datetime.timezone(datetime.timedelta(hours=2), 'X')
aware = datetime.datetime(2024, 3, 5, 1, 7, 9, tzinfo=tz)
print(dt.timetuple())
print(dt.utctimetuple())
print(datetime.date(2024, 3, 5).timetuple())
print(aware.timetuple())
print(aware.utctimetuple())
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z %% %-d %j %U %c %G-W%V-%u'), aware.strftime('%z %Z %%Z %f'))
print(datetime.date(5, 1, 2).strftime('%Y %C %y %F'), datetime.time(4, 5, 6, 7).strftime('%H %M %S %f %Y %j %a'))
print(datetime.datetime.fromtimestamp(1e9), datetime.datetime.fromtimestamp(1e9 + 0.5),
      datetime.datetime.fromtimestamp(-1.25), datetime.date.fromtimestamp(1e9), datetime.datetime.fromtimestamp(1e9, tz))
print(datetime.datetime.utcfromtimestamp(1234567890.000001))
print(datetime.datetime.strptime('2024-03-05 14:07:09.5 +0130', '%Y-%m-%d %H:%M:%S.%f %z'))
print(datetime.datetime.strptime('Mar 5 2024 2pm', '%b %d %Y %I%p'))
print(repr(datetime.datetime.strptime('-01:30:15.5', '%z')))
print(repr(datetime.datetime.strptime('+0130 UTC', '%z %Z')))
print(format(dt, '%d/%m/%Y'), '{:%H:%M}'.format(dt))
