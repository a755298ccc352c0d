// open() and its file objects (builtins stage). Reading goes through the host's files
// (vm.host().read_file); the host has no way to write files, so files opened for writing
// live in memory for the life of the VM (a later open() for reading sees them). The
// whole content is held in the object: programs here read small files.
#include <map>
#include <string>

#include "builtins/builtins_internal.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/arg_parse.h"
#include "vm/vm_import.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

namespace {

TypeObject text_file_type;    // _io.TextIOWrapper
TypeObject binary_file_type;  // _io.BufferedReader / _io.BufferedWriter (by mode)

struct FileObject : Object {
  Value name;          // owned: what open() was given
  std::string path;
  std::string mode;    // as given ("r", "wb", ...)
  std::string content; // text files: UTF-8 with newlines translated
  size_t pos = 0;
  bool binary = false, readable = false, writable = false, closed = false;
};

FileObject* as_file(Value v) { return static_cast<FileObject*>(v.as_object()); }

// The in-memory files written by each VM (keyed by the VM: several interpreters stay
// isolated). Dropped with the process; see the header comment.
std::map<std::string, std::string>& written_files(VM& vm) {
  static std::map<const VM*, std::map<std::string, std::string>> by_vm;
  return by_vm[&vm];
}

void file_dealloc(Object* self) {
  FileObject* f = static_cast<FileObject*>(self);
  decref(f->name);
  f->~FileObject();
  free_object(self);
}

// Stores a written file's content where later opens find it.
void flush_to_store(VM& vm, FileObject* f) {
  if (f->writable) written_files(vm)[f->path] = f->content;
}

// Raises io.UnsupportedOperation (a class of the frozen io module, a subclass of OSError
// and ValueError), or OSError if io cannot be imported.
Value unsupported_operation(VM& vm, const char* message) {
  Ref io = Ref::steal(vm::import_absolute(vm, vm.intern("io")));
  Ref type;
  if (io) type = Ref::steal(get_attribute_optional(vm, io.get(), vm.intern("UnsupportedOperation")));
  if (vm.has_error()) vm.clear_error();
  if (!type || !has_flag(type_of(type.get()), kTypeTypeSubclass)) return vm.raise(&exc_OSError, message);
  Ref text = Ref::steal(Value::from_object(str_from_utf8(message)));
  Ref exc = Ref::steal(call1(vm, type.get(), text.get()));
  if (!exc) return Value();
  vm.raise_value(exc.get());
  return Value();
}

bool check_open(VM& vm, FileObject* f, const char* what) {
  if (!f->closed) return true;
  vm.raise(&exc_ValueError, f->binary ? std::string(what) + " of closed file" : "I/O operation on closed file.");
  return false;
}

Value make_chunk(FileObject* f, std::string_view data) {
  return f->binary ? make_bytes(data) : Value::from_object(str_from_utf8(data));
}

// How many bytes of the content from pos make `size` items (code points for text).
size_t bytes_for(FileObject* f, int64_t size) {
  size_t end = f->content.size();
  if (size < 0) return end - f->pos;
  if (f->binary) return std::min<size_t>(static_cast<size_t>(size), end - f->pos);
  size_t p = f->pos;
  for (int64_t n = 0; n < size && p < end; ++n) {
    ++p;
    while (p < end && (static_cast<unsigned char>(f->content[p]) & 0xC0) == 0x80) ++p;
  }
  return p - f->pos;
}

bool size_argument(VM& vm, CallArgs args, int64_t* size) {
  *size = -1;
  if (args.nargs == 0 || is_none(args.args[0])) return true;
  return index_int64(vm, args.args[0], size);
}

Value file_read(VM& vm, Value self, CallArgs args) {
  FileObject* f = as_file(self);
  if (!check_open(vm, f, "read")) return Value();
  if (!f->readable) return unsupported_operation(vm, "not readable");
  int64_t size;
  if (!size_argument(vm, args, &size)) return Value();
  size_t n = bytes_for(f, size);
  Value r = make_chunk(f, std::string_view(f->content).substr(f->pos, n));
  f->pos += n;
  return r;
}

// The next line (with its newline), or "" at the end.
Value read_line(VM& vm, FileObject* f, int64_t limit) {
  (void)vm;
  size_t nl = f->content.find('\n', f->pos);
  size_t n = nl == std::string::npos ? f->content.size() - f->pos : nl - f->pos + 1;
  if (limit >= 0) n = std::min(n, bytes_for(f, limit));
  Value r = make_chunk(f, std::string_view(f->content).substr(f->pos, n));
  f->pos += n;
  return r;
}

Value file_readline(VM& vm, Value self, CallArgs args) {
  FileObject* f = as_file(self);
  if (!check_open(vm, f, "readline")) return Value();
  if (!f->readable) return unsupported_operation(vm, "not readable");
  int64_t size;
  if (!size_argument(vm, args, &size)) return Value();
  return read_line(vm, f, size);
}

Value file_readlines(VM& vm, Value self, CallArgs) {
  FileObject* f = as_file(self);
  if (!check_open(vm, f, "readlines")) return Value();
  if (!f->readable) return unsupported_operation(vm, "not readable");
  ListObject* list = list_new();
  while (f->pos < f->content.size()) list_append_owned(list, read_line(vm, f, -1));
  return Value::from_object(list);
}

Value file_write(VM& vm, Value self, CallArgs args) {
  FileObject* f = as_file(self);
  Value data = args.args[0];
  if (!check_open(vm, f, "write")) return Value();
  if (!f->writable) return unsupported_operation(vm, "not writable");
  if (f->binary) {
    std::string_view bytes;
    if (!bytes_like_view(data, &bytes))
      return vm.raise(&exc_TypeError, std::string("a bytes-like object is required, not '") + type_name(data) + "'");
    f->content.append(bytes);
    flush_to_store(vm, f);
    return make_int(static_cast<int64_t>(bytes.size()));
  }
  if (!is_str(data))
    return vm.raise(&exc_TypeError, std::string("write() argument must be str, not ") + type_name(data));
  f->content.append(str_utf8(as_str(data)));
  flush_to_store(vm, f);
  return make_int(as_str(data)->length);
}

Value file_writelines(VM& vm, Value self, CallArgs args) {
  Ref it = Ref::steal(iter(vm, args.args[0]));
  if (it.is_null()) return Value();
  for (;;) {
    Ref line = Ref::steal(next(vm, it.get()));
    if (line.is_null()) return vm.has_error() ? Value() : none();
    Value piece = line.get();
    Ref r = Ref::steal(file_write(vm, self, CallArgs{&piece, 1, nullptr}));
    if (r.is_null()) return Value();
  }
}

Value file_close(VM& vm, Value self, CallArgs) {
  FileObject* f = as_file(self);
  if (!f->closed) flush_to_store(vm, f);
  f->closed = true;
  return none();
}

Value file_flush(VM& vm, Value self, CallArgs) {
  FileObject* f = as_file(self);
  if (!check_open(vm, f, "flush")) return Value();
  flush_to_store(vm, f);
  return none();
}

Value file_readable(VM& vm, Value self, CallArgs) {
  if (!check_open(vm, as_file(self), "readable")) return Value();
  return boolean(as_file(self)->readable);
}
Value file_writable(VM& vm, Value self, CallArgs) {
  if (!check_open(vm, as_file(self), "writable")) return Value();
  return boolean(as_file(self)->writable);
}

Value file_enter(VM& vm, Value self, CallArgs) {
  if (!check_open(vm, as_file(self), "enter")) return Value();
  incref(self);
  return self;
}

Value file_exit(VM& vm, Value self, CallArgs) { return file_close(vm, self, CallArgs{}); }

Value file_iter(VM& vm, Value self) {
  if (!check_open(vm, as_file(self), "iter")) return Value();
  incref(self);
  return self;
}

Value file_next(VM& vm, Value self) {
  FileObject* f = as_file(self);
  if (!check_open(vm, f, "readline")) return Value();
  if (f->pos >= f->content.size()) return Value();
  return read_line(vm, f, -1);
}

Value file_repr(VM& vm, Value self) {
  FileObject* f = as_file(self);
  std::string name_repr;
  if (!repr_utf8(vm, f->name, &name_repr)) return Value();
  std::string text;
  if (f->binary) {
    text = std::string("<_io.") + (f->writable ? "BufferedWriter" : "BufferedReader") + " name=" + name_repr + ">";
  } else {
    text = "<_io.TextIOWrapper name=" + name_repr + " mode='" + f->mode + "' encoding='UTF-8'>";
  }
  return Value::from_object(str_from_utf8(text));
}

Value file_get_closed(VM&, Value self) { return boolean(as_file(self)->closed); }
Value file_get_name(VM&, Value self) {
  incref(as_file(self)->name);
  return as_file(self)->name;
}
Value file_get_mode(VM&, Value self) { return Value::from_object(str_from_utf8(as_file(self)->mode)); }

const MethodDef kFileMethods[] = {
    {"read", file_read, ArgShape::kPositional, 0, 1},
    {"readline", file_readline, ArgShape::kPositional, 0, 1},
    {"readlines", file_readlines, ArgShape::kPositional, 0, 1},
    {"write", file_write, ArgShape::kOneArg},
    {"writelines", file_writelines, ArgShape::kOneArg},
    {"close", file_close, ArgShape::kNoArgs},
    {"flush", file_flush, ArgShape::kNoArgs},
    {"readable", file_readable, ArgShape::kNoArgs},
    {"writable", file_writable, ArgShape::kNoArgs},
    {"__enter__", file_enter, ArgShape::kNoArgs},
    {"__exit__", file_exit, ArgShape::kPositional, 0, -1},
    {nullptr, nullptr},
};

const GetSetDef kFileGetSets[] = {
    {"closed", file_get_closed},
    {"name", file_get_name},
    {"mode", file_get_mode},
    {nullptr, nullptr},
};

// The errno of a host error reason (the host reports strerror texts).
long errno_for(const std::string& reason) {
  if (reason == "No such file or directory") return 2;
  if (reason == "Permission denied") return 13;
  if (reason == "Is a directory") return 21;
  if (reason == "Not a directory") return 20;
  return 5;  // EIO
}

// Newlines as text mode reads them: "\r\n" and "\r" become "\n".
std::string universal_newlines(const std::string& data) {
  std::string out;
  out.reserve(data.size());
  for (size_t i = 0; i < data.size(); ++i) {
    if (data[i] == '\r') {
      out += '\n';
      if (i + 1 < data.size() && data[i + 1] == '\n') ++i;
    } else {
      out += data[i];
    }
  }
  return out;
}

}  // namespace

Value builtin_open(VM& vm, Value, CallArgs args) {
  Value p[8];
  if (!vm::parse_args(vm, args, "open",
                      {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, p))
    return Value();
  Value file = p[0];
  std::string path;
  if (is_str(file)) {
    path = std::string(str_utf8(as_str(file)));
  } else if (is_bytes(file)) {
    path = std::string(as_bytes(file)->view());
  } else {
    return vm.raise(&exc_TypeError, std::string("expected str, bytes or os.PathLike object, not ") + type_name(file));
  }
  std::string mode = "r";
  if (!p[1].is_null()) {
    if (!is_str(p[1]))
      return vm.raise(&exc_TypeError, std::string("open() argument 'mode' must be str, not ") + type_name(p[1]));
    mode = std::string(str_utf8(as_str(p[1])));
  }
  // _io.open's checks, in its order.
  int kinds = 0;
  bool binary = false, text = false, plus = false;
  char kind = 0;
  for (size_t i = 0; i < mode.size(); ++i) {
    char c = mode[i];
    if (std::string("rwaxbt+").find(c) == std::string::npos || mode.find(c, i + 1) != std::string::npos)
      return vm.raise(&exc_ValueError, "invalid mode: '" + mode + "'");
    switch (c) {
      case 'r': case 'w': case 'a': case 'x': ++kinds; kind = c; break;
      case 'b': binary = true; break;
      case 't': text = true; break;
      default: plus = true; break;
    }
  }
  if (binary && text) return vm.raise(&exc_ValueError, "can't have text and binary mode at once");
  if (kinds != 1) return vm.raise(&exc_ValueError, "must have exactly one of create/read/write/append mode");
  std::string content;
  std::map<std::string, std::string>& store = written_files(vm);
  auto stored = store.find(path);
  if (kind == 'r' || kind == 'a') {
    if (stored != store.end()) {
      content = stored->second;
    } else {
      std::string reason;
      std::optional<std::string> data = vm.host().read_file(path, &reason);
      if (!data.has_value() && kind == 'r') {
        Value items[3] = {make_int(errno_for(reason)), Value::from_object(str_from_utf8(reason)), file};
        TupleObject* t = tuple_from(items, 3);
        decref(items[1]);
        ExceptionObject* e = exception_new(&exc_OSError, t);
        decref(t);
        vm.raise_value(Value::from_object(e));
        decref(e);
        return Value();
      }
      if (data.has_value()) content = binary ? *data : universal_newlines(*data);
    }
  } else if (kind == 'x' && stored != store.end()) {
    Value items[3] = {make_int(17), Value::from_object(str_from_utf8("File exists")), file};
    TupleObject* t = tuple_from(items, 3);
    decref(items[1]);
    ExceptionObject* e = exception_new(&exc_OSError, t);
    decref(t);
    vm.raise_value(Value::from_object(e));
    decref(e);
    return Value();
  }
  FileObject* f = alloc<FileObject>(binary ? &binary_file_type : &text_file_type);
  incref(file);
  f->name = file;
  f->path = path;
  f->mode = mode;
  f->binary = binary;
  f->readable = kind == 'r' || plus;
  f->writable = kind != 'r' || plus;
  f->content = std::move(content);
  if (kind == 'a') f->pos = f->content.size();
  if (kind == 'w' || kind == 'x') store[path] = std::string();
  return Value::from_object(f);
}

void init_file_type() {
  static bool done = false;
  if (done) return;
  done = true;
  for (TypeObject* t : {&text_file_type, &binary_file_type}) {
    t->name = t == &text_file_type ? "_io.TextIOWrapper" : "_io.BufferedReader";
    t->type_flags = kTypeImmutable;
    t->basic_size = sizeof(FileObject);
    t->dealloc = file_dealloc;
    t->repr = file_repr;
    t->iter = file_iter;
    t->iternext = file_next;
    t->methods = kFileMethods;
    t->getsets = kFileGetSets;
    ready_static_type(t);
    split_dotted_type_name(t);
  }
}

}  // namespace glasspy::builtins
