// The time module's calendar half (modules stage): struct_time, gmtime, localtime, mktime,
// asctime, ctime, strftime (glibc's C-locale directives) and strptime (frozen _strptime).
// The host has no time zone: local time is UTC, as CPython's with TZ=UTC.
#include <cmath>
#include <cstdint>
#include <string>

#include "modules/builtin_modules.h"
#include "modules/struct_sequence.h"
#include "modules/time_internal.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/vm.h"
#include "vm/vm_import.h"

namespace glasspy::modules {

using namespace objects;

const char* const kDayNames[7] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const char* const kMonthNames[12] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};

namespace {

TypeObject struct_time_type;
const char* const kStructTimeFields[] = {"tm_year", "tm_mon",  "tm_mday",  "tm_hour",   "tm_min", "tm_sec",
                                         "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff", nullptr};
constexpr const char* kStructTimeDoc =
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
    " sequence of 9 integers.\n\n"
    " Note that several fields' values are not the same as those defined by\n"
    " the C language standard for struct tm.  For example, the value of the\n"
    " field tm_year is the actual year, not year - 1900.  See individual\n"
    " fields' descriptions for details.";

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Days from 1970-01-01 to year-mon-day (proleptic Gregorian), by 400-year eras.
int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = floor_div(y, 400);
  int64_t year_of_era = y - era * 400;
  int64_t day_of_year = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

void civil_from_days(int64_t days, int64_t* year, int* mon, int* mday) {
  days += 719468;
  int64_t era = floor_div(days, 146097);
  int64_t day_of_era = days - era * 146097;
  int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int64_t mp = (5 * day_of_year + 2) / 153;
  *mday = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
  *mon = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *year = year_of_era + era * 400 + (*mon <= 2);
}

CivilTime civil_from_seconds(int64_t t) {
  CivilTime c;
  int64_t days = floor_div(t, 86400);
  int64_t rest = t - days * 86400;
  civil_from_days(days, &c.year, &c.mon, &c.mday);
  c.hour = static_cast<int>(rest / 3600);
  c.min = static_cast<int>(rest / 60 % 60);
  c.sec = static_cast<int>(rest % 60);
  c.wday = static_cast<int>(((days + 3) % 7 + 7) % 7);  // 1970-01-01 was a Thursday
  c.yday = static_cast<int>(days - days_from_civil(c.year, 1, 1) + 1);
  return c;
}

Value make_struct_time(const CivilTime& c, const char* zone) {
  Ref zone_str = Ref::steal(Value::from_object(str_from_utf8(zone)));
  Ref year = Ref::steal(make_int(c.year));
  Value items[] = {year.get(),
                   Value::from_small_int(c.mon),
                   Value::from_small_int(c.mday),
                   Value::from_small_int(c.hour),
                   Value::from_small_int(c.min),
                   Value::from_small_int(c.sec),
                   Value::from_small_int(c.wday),
                   Value::from_small_int(c.yday),
                   Value::from_small_int(c.isdst),
                   zone_str.get(),
                   Value::from_small_int(c.gmtoff)};
  return Value::from_object(struct_sequence_from(&struct_time_type, items, 11));
}

// A timestamp argument as whole seconds (floored), or the current time for None/absent.
bool seconds_arg(VM& vm, CallArgs args, int64_t* out) {
  Value v = args.nargs > 0 ? args.args[0] : none();
  double d;
  if (is_none(v)) {
    d = std::floor(vm.host().wall_time());
  } else if (is_float(v)) {
    d = float_value(v);
    if (std::isnan(d)) {
      vm.raise(&exc_ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    d = std::floor(d);
  } else {
    Ref n = Ref::steal(index(vm, v));
    if (n.is_null()) return false;
    if (!int_to_int64(n.get(), out)) {
      vm.raise(&exc_OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    d = static_cast<double>(*out);
  }
  if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
    vm.raise(&exc_OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  if (is_none(v) || is_float(v)) *out = static_cast<int64_t>(d);
  // glibc's struct tm holds the year in an int: beyond it gmtime fails with EOVERFLOW.
  if (*out > 67767976233316800 || *out < -67768040609740800) {
    vm.raise(&exc_OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  return true;
}

Value time_gmtime(VM& vm, Value, CallArgs args) {
  int64_t t;
  if (!seconds_arg(vm, args, &t)) return Value();
  return make_struct_time(civil_from_seconds(t), "GMT");
}

Value time_localtime(VM& vm, Value, CallArgs args) {
  int64_t t;
  if (!seconds_arg(vm, args, &t)) return Value();
  return make_struct_time(civil_from_seconds(t), "UTC");  // local time is UTC (see the top)
}

// A time tuple argument (CPython's gettmarg): nine ints, plus tm_zone/tm_gmtoff when it
// is a struct_time. `bad_length` is the TypeError for a tuple of another length.
bool time_tuple_arg(VM& vm, Value v, const char* bad_length, CivilTime* c) {
  if (!is_tuple(v)) {
    vm.raise(&exc_TypeError, "Tuple or struct_time argument required");
    return false;
  }
  TupleObject* t = as_tuple(v);
  if (t->size != 9) {
    vm.raise(&exc_TypeError, bad_length);
    return false;
  }
  int64_t f[9];
  for (int i = 0; i < 9; ++i) {
    Value item = t->items()[i];
    if (is_float(item)) {
      vm.raise(&exc_TypeError, "'float' object cannot be interpreted as an integer");
      return false;
    }
    if (!index_int64(vm, item, &f[i])) return false;
    if (f[i] > INT32_MAX || f[i] < INT32_MIN) {
      vm.raise(&exc_OverflowError,
               f[i] > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
      return false;
    }
  }
  c->year = f[0];
  c->mon = static_cast<int>(f[1]);
  c->mday = static_cast<int>(f[2]);
  c->hour = static_cast<int>(f[3]);
  c->min = static_cast<int>(f[4]);
  c->sec = static_cast<int>(f[5]);
  // C's tm_wday counts from Sunday and C's % keeps the sign: -1 is Sunday, -2 is invalid.
  c->wday = static_cast<int>((f[6] + 1) % 7);
  c->wday = c->wday < 0 ? -1 : (c->wday + 6) % 7;
  c->yday = static_cast<int>(f[7]);
  c->isdst = static_cast<int>(f[8]);
  if (v.as_object()->type == &struct_time_type) {
    Value zone = t->items()[9];
    if (is_str(zone)) c->zone = std::string(str_utf8(as_str(zone)));
    Value off = t->items()[10];
    int64_t gmtoff;
    if (is_int(off) && int_to_int64(off, &gmtoff)) c->gmtoff = gmtoff;
  }
  return true;
}

// CPython's checktm: zero month/day/yday mean the lowest valid value; the rest must be
// in range before asctime/strftime index their name tables.
bool check_time_tuple(VM& vm, CivilTime* c) {
  const char* error = nullptr;
  if (c->mon == 0) c->mon = 1;
  if (c->mday == 0) c->mday = 1;
  if (c->yday == 0) c->yday = 1;
  if (c->mon < 1 || c->mon > 12) error = "month out of range";
  else if (c->mday < 0 || c->mday > 31) error = "day of month out of range";
  else if (c->hour < 0 || c->hour > 23) error = "hour out of range";
  else if (c->min < 0 || c->min > 59) error = "minute out of range";
  else if (c->sec < 0 || c->sec > 61) error = "seconds out of range";
  else if (c->wday < 0) error = "day of week out of range";
  else if (c->yday < 1 || c->yday > 366) error = "day of year out of range";
  if (error == nullptr) return true;
  vm.raise(&exc_ValueError, error);
  return false;
}

std::string asctime_text(const CivilTime& c) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.3s %.3s%3d %.2d:%.2d:%.2d %lld", kDayNames[c.wday], kMonthNames[c.mon - 1],
                c.mday, c.hour, c.min, c.sec, static_cast<long long>(c.year));
  return buf;
}

Value time_asctime(VM& vm, Value, CallArgs args) {
  CivilTime c;
  if (args.nargs == 0 || is_none(args.args[0])) {
    double now = std::floor(vm.host().wall_time());
    c = civil_from_seconds(static_cast<int64_t>(now));
  } else if (!time_tuple_arg(vm, args.args[0], "asctime(): illegal time tuple argument", &c) ||
             !check_time_tuple(vm, &c)) {
    return Value();
  }
  return Value::from_object(str_from_utf8(asctime_text(c)));
}

Value time_ctime(VM& vm, Value, CallArgs args) {
  int64_t t;
  if (!seconds_arg(vm, args, &t)) return Value();
  return Value::from_object(str_from_utf8(asctime_text(civil_from_seconds(t))));
}

Value time_mktime(VM& vm, Value, CallArgs args) {
  CivilTime c;
  if (!time_tuple_arg(vm, args.args[0], "mktime(): illegal time tuple argument", &c)) return Value();
  // glibc's mktime takes tm_isdst > 0 in a zone without summer time as one hour ahead.
  int64_t seconds = seconds_from_civil(c) - (c.isdst > 0 ? 3600 : 0);
  return Value::from_double(static_cast<double>(seconds));
}

Value time_strptime(VM& vm, Value, CallArgs args) {
  Ref module = Ref::steal(import_absolute(vm, vm.intern("_strptime")));
  if (module.is_null()) return Value();
  Ref function = Ref::steal(getattr(vm, module.get(), vm.intern("_strptime_time")));
  if (function.is_null()) return Value();
  return call(vm, function.get(), args);
}

Value time_strftime(VM& vm, Value, CallArgs args) {
  Value format = args.args[0];
  if (!is_str(format))
    return vm.raise(&exc_TypeError, std::string("strftime() argument 1 must be str, not ") + type_name(format));
  CivilTime c;
  if (args.nargs < 2) {
    c = civil_from_seconds(static_cast<int64_t>(std::floor(vm.host().wall_time())));
    c.zone = "UTC";
  } else if (!time_tuple_arg(vm, args.args[1], "strftime(): illegal time tuple argument", &c) ||
             !check_time_tuple(vm, &c)) {
    return Value();
  }
  std::string_view text = str_utf8(as_str(format));
  if (text.find('\0') != std::string_view::npos) return vm.raise(&exc_ValueError, "embedded null character");
  return Value::from_object(str_from_utf8(format_time(c, text)));
}

const MethodDef kCalendarFunctions[] = {
    {"gmtime", time_gmtime, ArgShape::kPositional, 0, 1,
     "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n"
     "                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\n"
     "Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\n"
     "GMT).  When 'seconds' is not passed in, convert the current time instead.\n\n"
     "If the platform supports the tm_gmtoff and tm_zone, they are available as\n"
     "attributes only."},
    {"localtime", time_localtime, ArgShape::kPositional, 0, 1,
     "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n"
     "                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\n"
     "Convert seconds since the Epoch to a time tuple expressing local time.\n"
     "When 'seconds' is not passed in, convert the current time instead."},
    {"mktime", time_mktime, ArgShape::kOneArg, 1, 1,
     "mktime(tuple) -> floating point number\n\n"
     "Convert a time tuple in local time to seconds since the Epoch.\n"
     "Note that mktime(gmtime(0)) will not generally return zero for most\n"
     "time zones; instead the returned value will either be equal to that\n"
     "of the timezone or altzone attributes on the time module."},
    {"asctime", time_asctime, ArgShape::kPositional, 0, 1,
     "asctime([tuple]) -> string\n\n"
     "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\n"
     "When the time tuple is not present, current time as returned by localtime()\n"
     "is used."},
    {"ctime", time_ctime, ArgShape::kPositional, 0, 1,
     "ctime(seconds) -> string\n\n"
     "Convert a time in seconds since the Epoch to a string in local time.\n"
     "This is equivalent to asctime(localtime(seconds)). When the time tuple is\n"
     "not present, current time as returned by localtime() is used."},
    {"strftime", time_strftime, ArgShape::kPositional, 1, 2,
     "strftime(format[, tuple]) -> string\n\n"
     "Convert a time tuple to a string according to a format specification.\n"
     "See the library reference manual for formatting codes. When the time tuple\n"
     "is not present, current time as returned by localtime() is used."},
    {"strptime", time_strptime, ArgShape::kKeywords, 0, 0,
     "strptime(string, format) -> struct_time\n\n"
     "Parse a string to a time tuple according to a format specification.\n"
     "See the library reference manual for formatting codes (same as\n"
     "strftime())."},
    {nullptr, nullptr},
};

}  // namespace

int64_t seconds_from_civil(const CivilTime& c) {
  int64_t months = c.year * 12 + (c.mon - 1);
  int64_t year = floor_div(months, 12);
  int mon = static_cast<int>(months - year * 12) + 1;
  int64_t days = days_from_civil(year, mon, 1) + c.mday - 1;
  return days * 86400 + int64_t{c.hour} * 3600 + int64_t{c.min} * 60 + c.sec;
}

void add_time_calendar(VM& vm, ModuleObject* m) {
  init_struct_sequence_type(&struct_time_type, "time.struct_time", kStructTimeFields,
                            StructSequenceOptions{9, true, kStructTimeDoc});
  add_value(vm, m, "struct_time", Value::from_object(&struct_time_type));
  add_functions(vm, m, kCalendarFunctions);
  Ref utc = Ref::steal(Value::from_object(str_from_ascii("UTC")));
  add_owned(vm, m, "tzname", Value::from_object(tuple_of({utc.get(), utc.get()})));
}

}  // namespace glasspy::modules
