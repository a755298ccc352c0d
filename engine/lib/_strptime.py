# Parsing of dates and times by format (frozen stdlib) for time.strptime and
# datetime.strptime: C-locale directives, CPython's results and error messages.
# Local time is UTC on this host, so %Z knows the names UTC and GMT only.
import re as _re

_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']
_DBM = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]


def _alternatives(names):
    return '(' + '|'.join(sorted(names, key=len, reverse=True)) + ')'


_FIELDS = {
    'd': r'(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(\d{1,6})',
    'H': r'(2[0-3]|[0-1]\d|\d)',
    'I': r'(1[0-2]|0[1-9]|[1-9])',
    'G': r'(\d\d\d\d)',
    'j': r'(36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(1[0-2]|0[1-9]|[1-9])',
    'M': r'([0-5]\d|\d)',
    'S': r'(6[0-1]|[0-5]\d|\d)',
    'U': r'(5[0-3]|[0-4]\d|\d)',
    'W': r'(5[0-3]|[0-4]\d|\d)',
    'w': r'([0-6])',
    'u': r'([1-7])',
    'V': r'(5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(\d\d)',
    'Y': r'(\d\d\d\d)',
    'z': r'([+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z))',
    'A': _alternatives(_DAYS),
    'a': _alternatives([d[:3] for d in _DAYS]),
    'B': _alternatives(_MONTHS),
    'b': _alternatives([m[:3] for m in _MONTHS]),
    'p': '(am|pm)',
    'Z': '(utc|gmt)',
}
_COMPOSITES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
_cache = {}


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _ordinal(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _DBM[m] + (m > 2 and _leap(y)) + d


def _from_ordinal(n):
    y = (n * 400) // 146097 + 1
    while _ordinal(y, 1, 1) > n:
        y -= 1
    while _ordinal(y + 1, 1, 1) <= n:
        y += 1
    m = 12
    while _ordinal(y, m, 1) > n:
        m -= 1
    return y, m, n - _ordinal(y, m, 1) + 1


def _compile(fmt):
    pattern = []
    kinds = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c == '%':
            if i >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            k = fmt[i]
            i += 1
            if k in _COMPOSITES:
                sub, sub_kinds = _compile(_COMPOSITES[k])
                pattern.append(sub)
                kinds.extend(sub_kinds)
            elif k in _FIELDS:
                pattern.append(_FIELDS[k])
                kinds.append(k)
            elif k == '%':
                pattern.append('%')
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (k, '%' + k))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            pattern.append(r'\s+')
        else:
            pattern.append(_re.escape(c))
    return ''.join(pattern), kinds


def _parse(data, fmt):
    # (year, month, day, hour, minute, second, weekday, yday, isdst, zone, gmtoff,
    #  microsecond, gmtoff microseconds): what both callers need.
    for index, arg in enumerate([data, fmt]):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (index, type(arg)))
    compiled = _cache.get(fmt)
    if compiled is None:
        pattern, kinds = _compile(fmt)
        compiled = (_re.compile(pattern, _re.IGNORECASE), kinds)
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = compiled
    regex, kinds = compiled
    found = regex.match(data)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (data, fmt))
    if found.end() != len(data):
        raise ValueError('unconverted data remains: %s' % data[found.end():])
    year = iso_year = month = day = julian = weekday = week = iso_week = None
    week_starts_monday = False
    hour = minute = second = fraction = 0
    zone = gmtoff = None
    gmtoff_fraction = 0
    isdst = -1
    pm = None
    for kind, text in zip(kinds, found.groups()):
        if kind == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif kind == 'Y':
            year = int(text)
        elif kind == 'G':
            iso_year = int(text)
        elif kind == 'm':
            month = int(text)
        elif kind == 'B':
            month = _MONTHS.index(text.lower()) + 1
        elif kind == 'b':
            month = [m[:3] for m in _MONTHS].index(text.lower()) + 1
        elif kind == 'd':
            day = int(text)
        elif kind == 'H':
            hour = int(text)
        elif kind == 'I':
            hour = int(text)
            if pm is None:
                pm = False
        elif kind == 'p':
            pm = text.lower() == 'pm'
        elif kind == 'M':
            minute = int(text)
        elif kind == 'S':
            second = int(text)
        elif kind == 'f':
            fraction = int(text + '0' * (6 - len(text)))
        elif kind == 'A':
            weekday = _DAYS.index(text.lower())
        elif kind == 'a':
            weekday = [d[:3] for d in _DAYS].index(text.lower())
        elif kind == 'w':
            weekday = (int(text) + 6) % 7
        elif kind == 'u':
            weekday = int(text) - 1
        elif kind == 'j':
            julian = int(text)
        elif kind in 'UW':
            week = int(text)
            week_starts_monday = kind == 'W'
        elif kind == 'V':
            iso_week = int(text)
        elif kind == 'Z':
            zone = text
            isdst = 0
        elif kind == 'z':
            if text == 'Z':
                gmtoff = 0
            else:
                if text[3] == ':':
                    text = text[:3] + text[4:]
                    if len(text) > 5:
                        if text[5] != ':':
                            raise ValueError('Inconsistent use of : in %s' % found.group(kinds.index('z') + 1))
                        text = text[:5] + text[6:]
                hours, minutes, seconds = int(text[1:3]), int(text[3:5]), int(text[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                frac = text[8:]
                gmtoff_fraction = int(frac + '0' * (6 - len(frac))) if frac else 0
                if text[0] == '-':
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
    if 'I' in kinds and pm is not None:
        hour = hour % 12 + (12 if pm else 0)
    if iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive "
                             "'%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904  # a leap year, so that Feb 29 is valid; reported as 1900
            leap_fix = True
        else:
            year = 1900
    if month is None:
        month = 1
    if day is None:
        day = 1
    if julian is None and weekday is not None:
        if week is not None:
            first = (_ordinal(year, 1, 1) + 6) % 7  # weekday of Jan 1, 0 = Monday
            offset = weekday
            if not week_starts_monday:
                first = (first + 1) % 7
                offset = (offset + 1) % 7
            if week == 0:
                julian = 1 + offset - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week - 1) + offset
        elif iso_year is not None:
            jan4 = _ordinal(iso_year, 1, 4)
            monday = jan4 - (jan4 + 6) % 7
            n = monday + (iso_week - 1) * 7 + weekday
            year, month, day = _from_ordinal(n)
            julian = n - _ordinal(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _leap(year) else 365
    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        n = _ordinal(year, 1, 1) + julian - 1
        year, month, day = _from_ordinal(n)
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if leap_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, isdst, zone, gmtoff,
            fraction, gmtoff_fraction)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    import time
    return time.struct_time(_parse(data_string, format)[:11])


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    from datetime import timedelta, timezone
    tt = _parse(data_string, format)
    args = tt[:6] + (tt[11],)
    gmtoff = tt[10]
    if gmtoff is not None:
        delta = timedelta(seconds=gmtoff, microseconds=tt[12])
        args += (timezone(delta, tt[9]) if tt[9] else timezone(delta),)
    return cls(*args)
