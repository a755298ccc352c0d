// What the time module's files share (modules stage): a broken-down time in Python's
// conventions, and the formatter behind time.strftime (time_strftime.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace glasspy::modules {

// Month 1-12, weekday 0 = Monday, yday 1-366 (struct_time's fields, not C's struct tm).
struct CivilTime {
  int64_t year = 1900;
  int mon = 1, mday = 1, hour = 0, min = 0, sec = 0, wday = 0, yday = 1, isdst = 0;
  std::string zone;  // empty: none given (a plain 9-tuple): strftime's %Z says "UTC"
  int64_t gmtoff = 0;
};

// Seconds since the epoch of a UTC broken-down time, out-of-range fields normalised as
// C's mktime does.
int64_t seconds_from_civil(const CivilTime& c);

// strftime(format) of `c` with glibc's C-locale directives, flags (-_0^#) and widths.
std::string format_time(const CivilTime& c, std::string_view format);

// English day (Monday first) and month names.
extern const char* const kDayNames[7];
extern const char* const kMonthNames[12];

}  // namespace glasspy::modules
