// Unit tests for the exception types (objects/exception_object.h): construction through
// the type call, attributes, str/repr, notes, groups and heap subclasses. The expected
// texts are what python3 (CPython 3.11) prints for the same expressions.
#include <doctest/doctest.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "host/host.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace {

using namespace glasspy::objects;
using glasspy::vm::VM;

class QuietHost : public glasspy::host::Host {
 public:
  void write_stdout(std::string_view) override {}
  void write_stderr(std::string_view) override {}
  std::optional<std::string> read_line() override { return std::nullopt; }
  double wall_time() override { return 0; }
  double monotonic_time() override { return 0; }
  std::optional<std::string> read_file(const std::string&, std::string*) override { return std::nullopt; }
};

VM* V = nullptr;

struct Args {
  Value v[4];
};
#define ARGS(...) (Args{{__VA_ARGS__}}.v)

// Every object a helper creates or a check shows is owned by `held` (released at the end of
// the test, before the VM): the calls under test borrow their arguments.
std::vector<Ref>* held = nullptr;
Value own(Value v) {
  if (v.is_null() || !v.is_object()) return v;
  for (const Ref& r : *held)
    if (r.get().identity_bits() == v.identity_bits()) {  // already held: drop the extra reference
      decref(v);
      return v;
    }
  held->push_back(Ref::steal(v));
  return v;
}
Value S(const char* s) { return own(Value::from_object(str_from_utf8(s))); }
Value I(long n) { return own(make_int(n)); }
Value T(std::initializer_list<Value> items) { return own(Value::from_object(tuple_of(items))); }

// repr(result), or "Type message" for the exception a failed call left pending.
std::string shown(Value r) {
  VM& vm = *V;
  std::string out;
  if (r.is_null()) {
    Value e = vm.fetch_error();
    std::string m;
    if (!str_utf8(vm, e, &m)) vm.clear_error();
    std::string text = std::string(type_of(e)->name) + " " + m;
    decref(e);
    return text;
  }
  if (!repr_utf8(vm, r, &out)) {
    vm.clear_error();
    out = "<repr failed>";
  }
  return out;
}

Value callt(TypeObject* t, std::initializer_list<Value> a) {
  std::vector<Value> v(a);
  return own(call(*V, Value::from_object(t), CallArgs{v.data(), v.size(), nullptr}));
}
Value strof(Value v) { return v.is_null() ? v : own(str(*V, v)); }
Value attr(Value v, const char* n) { return v.is_null() ? v : own(getattr(*V, v, n)); }

}  // namespace

TEST_CASE("exception types behave as CPython 3.11's") {
  QuietHost host;
  VM vm(host);
  V = &vm;
  std::vector<Ref> owned;
  held = &owned;
  CHECK(shown(callt(&exc_ValueError, {S("x")})) == "ValueError('x')");
  CHECK(shown(callt(&exc_KeyError, {S("k")})) == "KeyError('k')");
  CHECK(shown(strof(callt(&exc_KeyError, {S("k")}))) == "\"'k'\"");
  CHECK(shown(callt(&exc_ValueError, {})) == "ValueError()");
  CHECK(shown(strof(callt(&exc_ValueError, {I(1), I(2)}))) == "'(1, 2)'");
  CHECK(shown(callt(&exc_OSError, {I(2), S("x")})) == "FileNotFoundError(2, 'x')");
  CHECK(shown(strof(callt(&exc_OSError, {I(2), S("x"), S("f")}))) == "\"[Errno 2] x: 'f'\"");
  CHECK(shown(attr(callt(&exc_OSError, {I(2), S("x"), S("f")}), "args")) == "(2, 'x')");
  CHECK(shown(strof(callt(&exc_OSError, {I(2), S("x"), S("f"), none(), S("g")}))) == "\"[Errno 2] x: 'f' -> 'g'\"");
  CHECK(shown(attr(callt(&exc_StopIteration, {I(5)}), "value")) == "5");
  CHECK(shown(attr(callt(&exc_SystemExit, {I(1), I(2)}), "code")) == "(1, 2)");
  CHECK(shown(attr(callt(&exc_SystemExit, {}), "code")) == "None");
  CHECK(shown(strof(callt(&exc_SyntaxError, {S("m"), T({S("/a/b.py"), I(3), I(2), S("t")})}))) == "'m (b.py, line 3)'");
  CHECK(shown(callt(&exc_SyntaxError, {S("m"), T({S("/a/b.py"), I(3)})})) == "TypeError function takes at least 4 arguments (2 given)");
  CHECK(shown(strof(callt(&exc_UnicodeEncodeError, {S("utf8"), S("x\xc3\xa9"), I(1), I(2), S("r")}))) == "\"'utf8' codec can't encode character '\\\\xe9' in position 1: r\"");
  CHECK(shown(callt(&exc_UnicodeEncodeError, {S("utf8"), I(1), I(1), I(2), S("r")})) == "TypeError argument 2 must be str, not int");
  CHECK(shown(strof(callt(&exc_UnicodeTranslateError, {S("x\xc3\xa9"), I(0), I(2), S("r")}))) == "\"can't translate characters in position 0-1: r\"");
  Value list = own(Value::from_object(list_new()));
  list_append(as_list(list), callt(&exc_ValueError, {I(1)}));
  list_append(as_list(list), callt(&exc_TypeError, {I(2)}));
  Value eg = callt(&exc_BaseExceptionGroup, {S("msg"), list});
  CHECK(shown(eg) == "ExceptionGroup('msg', [ValueError(1), TypeError(2)])");
  CHECK(shown(strof(eg)) == "'msg (2 sub-exceptions)'");
  CHECK(shown(attr(eg, "exceptions")) == "(ValueError(1), TypeError(2))");
  CHECK(shown(own(call_method(vm, eg, vm.intern("split"), ARGS(Value::from_object(&exc_ValueError)), 1))) == "(ExceptionGroup('msg', [ValueError(1)]), ExceptionGroup('msg', [TypeError(2)]))");
  CHECK(shown(own(call_method(vm, eg, vm.intern("subgroup"), ARGS(Value::from_object(&exc_TypeError)), 1))) == "ExceptionGroup('msg', [TypeError(2)])");
  CHECK(shown(callt(&exc_ExceptionGroup, {S("x")})) == "TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)");
  CHECK(shown(callt(&exc_ExceptionGroup, {S("x"), I(5)})) == "TypeError second argument (exceptions) must be a sequence");
  Value l2 = own(Value::from_object(list_new()));
  list_append(as_list(l2), callt(&exc_KeyboardInterrupt, {}));
  CHECK(shown(callt(&exc_ExceptionGroup, {S("x"), l2})) == "TypeError Cannot nest BaseExceptions in an ExceptionGroup");
  CHECK(shown(callt(&exc_BaseExceptionGroup, {S("x"), l2})) == "BaseExceptionGroup('x', [KeyboardInterrupt()])");
  CHECK(shown(attr(Value::from_object(&exc_ExceptionGroup), "__mro__")) == "(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)");
  Value e = callt(&exc_ValueError, {S("x")});
  CHECK(shown(own(call_method(vm, e, vm.intern("add_note"), ARGS(S("hello")), 1))) == "None");
  CHECK(shown(attr(e, "__notes__")) == "['hello']");
  CHECK(shown(own(call_method(vm, e, vm.intern("add_note"), ARGS(I(1)), 1))) == "TypeError note must be a str, not 'int'");
  CHECK(shown(attr(e, "__dict__")) == "{'__notes__': ['hello']}");
  CHECK(shown(own(call_method(vm, e, vm.intern("__reduce__"), nullptr, 0))) == "(<class 'ValueError'>, ('x',), {'__notes__': ['hello']})");
  CHECK(shown(attr(e, "args")) == "('x',)");
  CHECK(shown([&]{ Value a[2] = {S("m"), S("nm")}; TupleObject* kw = as_tuple(T({S("name")})); return own(call(vm, Value::from_object(&exc_ImportError), CallArgs{a, 1, kw})); }()) == "ImportError('m')");
  CHECK(shown([&]{ Value a[2] = {S("m"), S("nm")}; TupleObject* kw = as_tuple(T({S("nam")})); return own(call(vm, Value::from_object(&exc_ImportError), CallArgs{a, 1, kw})); }()) == "TypeError 'nam' is an invalid keyword argument for ImportError()");
  CHECK(shown([&]{ Value a[2] = {S("m"), S("nm")}; TupleObject* kw = as_tuple(T({S("nam")})); return own(call(vm, Value::from_object(&exc_ValueError), CallArgs{a, 1, kw})); }()) == "TypeError ValueError() takes no keyword arguments");
  CHECK(shown(attr(Value::from_object(&exc_ValueError), "__doc__")) == "'Inappropriate argument value (of correct type).'");
  CHECK(shown(attr(Value::from_object(&exc_FileNotFoundError), "__mro__")) == "(<class 'FileNotFoundError'>, <class 'OSError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)");
  CHECK(shown(attr(e, "__traceback__")) == "None");
  CHECK(shown(attr(e, "__context__")) == "None");
  CHECK(shown(attr(e, "__suppress_context__")) == "False");
  CHECK(shown(own(call_method(vm, e, vm.intern("with_traceback"), ARGS(I(1)), 1))) == "TypeError __traceback__ must be a traceback or None");
  CHECK(shown(attr(callt(&exc_OSError, {I(2), S("x")}), "errno")) == "2");
  CHECK(shown(attr(callt(&exc_BlockingIOError, {I(11), S("x"), I(3)}), "characters_written")) == "3");
  CHECK(shown(attr(callt(&exc_BlockingIOError, {I(11), S("x")}), "characters_written")) == "AttributeError characters_written");
  CHECK(shown(callt(&exc_UnicodeDecodeError, {S("utf8"), S("x"), I(0), I(1), S("r")})) == "TypeError a bytes-like object is required, not 'str'");
  {
    DictObject* ns = as_dict(own(Value::from_object(dict_new())));
    dict_set_str(ns, vm.intern("__module__"), S("__main__"));
    Value t = own(type_new(vm, &type_type, S("MyError"), as_tuple(T({Value::from_object(&exc_Exception)})), ns));
    CHECK(shown(t) == "<class '__main__.MyError'>");
    Value me = t.is_null() ? Value() : own(call(vm, t, CallArgs{ARGS(S("boom")), 1, nullptr}));
    CHECK(shown(me) == "MyError('boom')");
    CHECK(shown(strof(me)) == "'boom'");
    CHECK(shown(setattr(vm, me, vm.intern("foo"), I(7)) ? none() : Value()) == "None");
    CHECK(shown(attr(me, "foo")) == "7");
    CHECK(shown(attr(me, "__dict__")) == "{'foo': 7}");
    CHECK(shown(boolean(is_subtype(type_of(me), &exc_BaseException))) == "True");
    Value t2 = own(type_new(vm, &type_type, S("MyGroup"), as_tuple(T({Value::from_object(&exc_ExceptionGroup)})), ns));
    Value l3 = own(Value::from_object(list_new()));
    list_append(as_list(l3), callt(&exc_ValueError, {I(1)}));
    list_append(as_list(l3), callt(&exc_TypeError, {I(2)}));
    Value mg = own(call(vm, t2, CallArgs{ARGS(S("m"), l3), 2, nullptr}));
    CHECK(shown(mg) == "MyGroup('m', [ValueError(1), TypeError(2)])");
    CHECK(shown(own(call_method(vm, mg, vm.intern("split"), ARGS(Value::from_object(&exc_TypeError)), 1))) == "(ExceptionGroup('m', [TypeError(2)]), ExceptionGroup('m', [ValueError(1)]))");
    Value t3 = own(type_new(vm, &type_type, S("MyOS"), as_tuple(T({Value::from_object(&exc_OSError)})), ns));
    CHECK(shown(own(call(vm, t3, CallArgs{ARGS(I(2), S("x")), 2, nullptr}))) == "MyOS(2, 'x')");
  }
  owned.clear();
  held = nullptr;
  V = nullptr;
}
