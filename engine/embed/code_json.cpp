// Code objects as JSON for the bytecode pane (embed stage): the fields, constants and
// instructions of each code unit, from bytecode::get_instructions (no second disassembler).
#include "embed/code_json.h"

#include "bytecode/code_unit.h"
#include "bytecode/dis.h"
#include "bytecode/opcode.h"
#include "compile/compiler.h"
#include "embed/run_result.h"
#include "parse/compile_checks.h"
#include "parse/parser.h"
#include "text/json_string.h"

namespace glasspy::embed {

namespace {

using bytecode::ArgKind;
using bytecode::CodeUnit;
using bytecode::Constant;
using bytecode::Opcode;

void append_key(std::string& out, const char* key) {
  out += '"';
  out += key;
  out += "\":";
}

void append_string_array(std::string& out, const std::vector<std::string>& items) {
  out += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    text::append_json_string(out, items[i]);
  }
  out += ']';
}

void append_int_or_null(std::string& out, int value) {
  out += value < 0 ? std::string("null") : std::to_string(value);
}

std::string name_repr(const std::vector<std::string>& names, int index) {
  if (index < 0 || static_cast<size_t>(index) >= names.size()) return "None";
  return bytecode::constant_repr(Constant::str(names[index]));
}

// repr(argval) as dis.get_instructions computes argval in 3.11.
std::string argval_repr(const CodeUnit& code, const bytecode::Instruction& ins) {
  Opcode op = bytecode::deoptimize(ins.op);
  int arg = ins.arg;
  switch (bytecode::arg_kind(op)) {
    case ArgKind::Const:
      return static_cast<size_t>(arg) < code.consts.size() ? bytecode::constant_repr(code.consts[arg]) : "None";
    case ArgKind::Name: return name_repr(code.names, op == Opcode::LOAD_GLOBAL ? arg >> 1 : arg);
    case ArgKind::Jump: return std::to_string(ins.jump_target);
    case ArgKind::Local:
    case ArgKind::Free: return name_repr(code.localsplusnames, arg);
    case ArgKind::Compare: return ins.argrepr.empty() ? std::to_string(arg) : "'" + ins.argrepr + "'";
    default: break;
  }
  if (op == Opcode::FORMAT_VALUE) {
    static const char* const kConverters[] = {"None", "<class 'str'>", "<built-in function repr>",
                                              "<built-in function ascii>"};
    return std::string("(") + kConverters[arg & 3] + ", " + ((arg & 4) ? "True" : "False") + ")";
  }
  return std::to_string(arg);
}

void append_instruction(std::string& out, const CodeUnit& code, const bytecode::Instruction& ins) {
  Opcode op = bytecode::deoptimize(ins.op);
  out += "{\"offset\":" + std::to_string(ins.offset) + ",\"opname\":";
  text::append_json_string(out, bytecode::opcode_name(op));
  out += ",\"opcode\":" + std::to_string(static_cast<int>(op)) + ",\"arg\":";
  out += ins.has_arg ? std::to_string(ins.arg) : std::string("null");
  out += ",\"argval\":";
  if (ins.has_arg) {
    text::append_json_string(out, argval_repr(code, ins));
  } else {
    out += "null";
  }
  out += ",\"argrepr\":";
  text::append_json_string(out, ins.argrepr);
  out += ",\"line\":";
  append_int_or_null(out, ins.loc.lineno);
  out += ",\"starts_line\":";
  append_int_or_null(out, ins.starts_line);
  out += ",\"positions\":[";
  append_int_or_null(out, ins.loc.lineno);
  out += ',';
  append_int_or_null(out, ins.loc.col);
  out += ',';
  append_int_or_null(out, ins.loc.end_lineno);
  out += ',';
  append_int_or_null(out, ins.loc.end_col);
  out += "],\"is_jump_target\":";
  out += ins.is_jump_target ? "true" : "false";
  out += ",\"jump_target\":";
  append_int_or_null(out, ins.jump_target);
  out += '}';
}

void append_code(std::string& out, const CodeUnit& code) {
  out += "{\"name\":";
  text::append_json_string(out, code.name);
  out += ",\"qualname\":";
  text::append_json_string(out, code.qualname);
  out += ",\"filename\":";
  text::append_json_string(out, code.filename);
  const std::pair<const char*, int> numbers[] = {
      {"firstlineno", code.firstlineno},         {"flags", code.flags},
      {"argcount", code.argcount},               {"posonlyargcount", code.posonlyargcount},
      {"kwonlyargcount", code.kwonlyargcount},   {"nlocals", code.nlocals()},
      {"stacksize", code.stacksize}};
  for (const auto& [key, value] : numbers) {
    out += ',';
    append_key(out, key);
    out += std::to_string(value);
  }
  out += ",\"consts\":[";
  int child = 0;
  for (size_t i = 0; i < code.consts.size(); ++i) {
    if (i > 0) out += ',';
    const Constant& c = code.consts[i];
    if (c.kind == Constant::Kind::kCode) {
      out += "{\"code\":" + std::to_string(child++) + ",\"repr\":";
      text::append_json_string(out, bytecode::constant_repr(c));
      out += '}';
    } else {
      text::append_json_string(out, bytecode::constant_repr(c));
    }
  }
  out += "],\"names\":";
  append_string_array(out, code.names);
  out += ",\"varnames\":";
  append_string_array(out, code.varnames());
  out += ",\"freevars\":";
  append_string_array(out, code.freevars());
  out += ",\"cellvars\":";
  append_string_array(out, code.cellvars());
  out += ",\"instructions\":[";
  bool first = true;
  for (const bytecode::Instruction& ins : bytecode::get_instructions(code)) {
    if (!first) out += ',';
    first = false;
    append_instruction(out, code, ins);
  }
  out += "],\"children\":[";
  first = true;
  for (const Constant& c : code.consts) {
    if (c.kind != Constant::Kind::kCode) continue;
    if (!first) out += ',';
    first = false;
    append_code(out, *c.code);
  }
  out += "]}";
}

}  // namespace

std::string code_to_json(const std::string& source, const std::string& filename) {
  parse::ParseResult parsed = parse::parse_module(source, parse::SourceKind::kFile, false);
  std::optional<parse::CompileError> error = std::move(parsed.error);
  if (parsed.module != nullptr && !error) error = parse::check_module(*parsed.module, source, parse::SourceKind::kFile);
  if (error || parsed.module == nullptr) {
    if (!error) return "{\"error\":null}";
    ErrorData data = error_from_compile_error(*error, filename, parse::format_compile_error(*error, filename));
    return "{\"error\":" + error_json(data) + "}";
  }
  std::shared_ptr<const CodeUnit> code = compile::compile_module(*parsed.module, filename);
  std::string out = "{\"text\":";
  text::append_json_string(out, bytecode::disassemble_recursive(*code));
  out += ",\"code\":";
  append_code(out, *code);
  return out + "}";
}

}  // namespace glasspy::embed
