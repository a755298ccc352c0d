// Text encodings (object model): str.encode, bytes.decode and str(b, encoding) (in progress).
#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_methods.h"
#include "vm/vm.h"

namespace glasspy::objects {

Value decode_bytes(VM&, std::string_view data, const char*, const char*) {
  return Value::from_object(str_from_utf8(data));
}

Value decode_object(VM& vm, Value obj, const char* encoding, const char* errors) {
  if (is_str(obj)) return vm.raise(&exc_TypeError, "decoding str is not supported");
  if (!is_bytes(obj))
    return vm.raise(&exc_TypeError, std::string("decoding to str: need a bytes-like object, ") + type_name(obj) + " found");
  return decode_bytes(vm, as_bytes(obj)->view(), encoding, errors);
}

}  // namespace glasspy::objects
