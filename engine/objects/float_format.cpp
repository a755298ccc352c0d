// float.__format__ (object model); the formatting itself is text/double_format.cpp.
#include <string>

#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/memory_limit.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "text/double_format.h"
#include "text/format_spec.h"
#include "vm/vm.h"

namespace glasspy::objects {

// The text of a format spec argument ("format_spec must be a str, not int").
bool format_spec_text(VM& vm, Value spec, std::string_view* out) {
  if (!is_str(spec)) {
    vm.raise(&exc_TypeError, std::string("__format__() argument must be str, not ") + type_name(spec));
    return false;
  }
  *out = str_utf8(as_str(spec));
  return true;
}

Value float_format(VM& vm, Value self, Value spec_value) {
  std::string_view spec_text;
  if (!format_spec_text(vm, spec_value, &spec_text)) return Value();
  if (spec_text.empty()) return str(vm, self);
  text::FormatSpec spec;
  std::string error;
  const char* name = type_of(self)->name;
  if (!text::parse_format_spec(spec_text, name, 0, '>', &spec, &error)) return vm.raise(&exc_ValueError, error);
  if (!text::is_float_format_type(spec.type))
    return vm.raise(&exc_ValueError, text::unknown_format_code_message(spec.type, name));
  if (!can_hold_width(vm, spec)) return Value();
  std::string out;
  if (!text::format_double_spec(float_value(self), spec, &out, &error)) return vm.raise(&exc_ValueError, error);
  return Value::from_object(str_from_utf8(out));
}

}  // namespace glasspy::objects
