// The disassembler (bytecode stage), after Lib/dis.py of CPython 3.11: the same columns,
// widths, jump-target marks, argument descriptions and exception-table lines.
#include "bytecode/dis.h"

#include <algorithm>
#include <map>
#include <set>

#include "bytecode/exception_table.h"

namespace glasspy::bytecode {
namespace {

constexpr int kOpnameWidth = 20;
constexpr int kOpargWidth = 5;

constexpr const char* kCompareOps[] = {"<", "<=", "==", "!=", ">", ">="};
constexpr const char* kBinaryOps[] = {"+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",
                                      ">>", "-",  "/",   "^",   "+=", "&=", "//=", "<<=", "@=",
                                      "*=", "%=", "|=",  "**=", ">>=", "-=", "/=", "^="};
constexpr const char* kFormatConverters[] = {"", "str", "repr", "ascii"};
constexpr const char* kMakeFunctionFlags[] = {"defaults", "kwdefaults", "annotations", "closure"};

std::string pad_left(const std::string& s, size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

std::string pad_right(const std::string& s, size_t width) {
  return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

std::string name_at(const std::vector<std::string>& names, int index) {
  return index >= 0 && static_cast<size_t>(index) < names.size() ? names[index] : std::string();
}

}  // namespace

std::vector<Instruction> get_instructions(const CodeUnit& code) {
  std::vector<Instruction> out;
  std::map<int, int> starts;
  for (auto [offset, line] : line_starts(code.linetable, code.firstlineno)) starts.emplace(offset, line);
  std::vector<LocationRange> locations = decode_locations(code.linetable, code.firstlineno);
  size_t loc_index = 0;
  auto location_of = [&](int unit) {
    while (loc_index < locations.size() && locations[loc_index].end <= unit) ++loc_index;
    if (loc_index < locations.size() && locations[loc_index].start <= unit) return locations[loc_index].loc;
    return Location{};
  };

  int extended = 0;
  int units = code.size();
  for (int i = 0; i < units;) {
    Instruction ins;
    ins.op = static_cast<Opcode>(code.code[2 * i]);
    Opcode base = deoptimize(ins.op);
    ins.offset = 2 * i;
    ins.loc = location_of(i);
    auto start = starts.find(ins.offset);
    if (start != starts.end()) ins.starts_line = start->second;
    if (static_cast<int>(base) >= kHaveArgument) {
      ins.has_arg = true;
      ins.arg = code.code[2 * i + 1] | extended;
      extended = base == Opcode::EXTENDED_ARG ? ins.arg << 8 : 0;
    } else {
      extended = 0;
    }
    int caches = cache_entries(base);
    if (ins.has_arg) {
      int arg = ins.arg;
      switch (arg_kind(base)) {
        case ArgKind::Const:
          if (base == Opcode::LOAD_CONST && static_cast<size_t>(arg) < code.consts.size())
            ins.argrepr = constant_repr(code.consts[arg]);
          break;
        case ArgKind::Name:
          if (base == Opcode::LOAD_GLOBAL) {
            ins.argrepr = name_at(code.names, arg >> 1);
            if ((arg & 1) && !ins.argrepr.empty()) ins.argrepr = "NULL + " + ins.argrepr;
          } else {
            ins.argrepr = name_at(code.names, arg);
          }
          break;
        case ArgKind::Jump: {
          int delta = jump_kind(base) == JumpKind::Backward ? -arg : arg;
          ins.jump_target = ins.offset + 2 + delta * 2 + 2 * caches;
          ins.argrepr = "to " + std::to_string(ins.jump_target);
          break;
        }
        case ArgKind::Local:
        case ArgKind::Free: ins.argrepr = name_at(code.localsplusnames, arg); break;
        case ArgKind::Compare:
          if (arg >= 0 && arg < 6) ins.argrepr = kCompareOps[arg];
          break;
        default:
          if (base == Opcode::FORMAT_VALUE) {
            ins.argrepr = kFormatConverters[arg & 3];
            if (arg & 4) {
              if (!ins.argrepr.empty()) ins.argrepr += ", ";
              ins.argrepr += "with format";
            }
          } else if (base == Opcode::MAKE_FUNCTION) {
            for (int bit = 0; bit < 4; ++bit) {
              if (!(arg & (1 << bit))) continue;
              if (!ins.argrepr.empty()) ins.argrepr += ", ";
              ins.argrepr += kMakeFunctionFlags[bit];
            }
          } else if (base == Opcode::BINARY_OP) {
            if (arg >= 0 && arg < 26) ins.argrepr = kBinaryOps[arg];
          }
          break;
      }
    }
    out.push_back(std::move(ins));
    i += 1 + caches;
  }

  std::set<int> labels;
  for (const Instruction& ins : out)
    if (ins.jump_target >= 0) labels.insert(ins.jump_target);
  for (const ExceptionEntry& e : decode_exception_table(code.exceptiontable))
    if (e.end > e.start) labels.insert(e.target * 2);
  for (Instruction& ins : out) ins.is_jump_target = labels.count(ins.offset) != 0;
  return out;
}

std::string disassemble(const CodeUnit& code) {
  std::vector<Instruction> instructions = get_instructions(code);
  std::vector<std::pair<int, int>> starts = line_starts(code.linetable, code.firstlineno);
  int lineno_width = 0;
  if (!starts.empty()) {
    int maxline = 0;
    for (auto [offset, line] : starts) maxline = std::max(maxline, line);
    lineno_width = maxline >= 1000 ? static_cast<int>(std::to_string(maxline).size()) : 3;
  }
  int maxoffset = static_cast<int>(code.code.size()) - 2;
  int offset_width = maxoffset >= 10000 ? static_cast<int>(std::to_string(maxoffset).size()) : 4;

  std::string out;
  for (const Instruction& ins : instructions) {
    if (lineno_width > 0 && ins.starts_line >= 0 && ins.offset > 0) out += '\n';
    std::string line;
    if (lineno_width > 0) {
      line += ins.starts_line >= 0 ? pad_left(std::to_string(ins.starts_line), lineno_width)
                                   : std::string(lineno_width, ' ');
      line += ' ';
    }
    line += "   ";
    line += ' ';
    line += ins.is_jump_target ? ">>" : "  ";
    line += ' ';
    line += pad_left(std::to_string(ins.offset), offset_width);
    line += ' ';
    line += pad_right(std::string(opcode_name(deoptimize(ins.op))), kOpnameWidth);
    if (ins.has_arg) {
      line += ' ';
      line += pad_left(std::to_string(ins.arg), kOpargWidth);
      if (!ins.argrepr.empty()) {
        line += " (";
        line += ins.argrepr;
        line += ')';
      }
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line;
    out += '\n';
  }
  std::vector<ExceptionEntry> entries = decode_exception_table(code.exceptiontable);
  if (!entries.empty()) {
    out += "ExceptionTable:\n";
    for (const ExceptionEntry& e : entries) {
      out += "  " + std::to_string(e.start * 2) + " to " + std::to_string(e.end * 2 - 2) + " -> " +
             std::to_string(e.target * 2) + " [" + std::to_string(e.depth) + "]" + (e.lasti ? " lasti" : "") + "\n";
    }
  }
  return out;
}

std::string disassemble_recursive(const CodeUnit& code) {
  std::string out = disassemble(code);
  for (const Constant& c : code.consts) {
    if (c.kind != Constant::Kind::kCode) continue;
    out += "\nDisassembly of " + constant_repr(c) + ":\n";
    out += disassemble_recursive(*c.code);
  }
  return out;
}

namespace {

std::string hex(const std::vector<uint8_t>& bytes) {
  static const char* kDigits = "0123456789abcdef";
  std::string out;
  for (uint8_t b : bytes) {
    out += kDigits[b >> 4];
    out += kDigits[b & 15];
  }
  return out;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += ' ';
    out += s;
  }
  return out;
}

}  // namespace

std::string dump_code_fields(const CodeUnit& code) {
  std::string out = "code " + code.qualname + "\n";
  out += " name " + code.name + "\n";
  out += " args " + std::to_string(code.argcount) + " " + std::to_string(code.posonlyargcount) + " " +
         std::to_string(code.kwonlyargcount) + " nlocals " + std::to_string(code.nlocals()) + "\n";
  out += " flags " + std::to_string(code.flags) + " stacksize " + std::to_string(code.stacksize) + " firstlineno " +
         std::to_string(code.firstlineno) + "\n";
  for (const Constant& c : code.consts)
    out += " const " + (c.kind == Constant::Kind::kCode ? "<code " + c.code->qualname + ">" : constant_repr(c)) + "\n";
  out += " names " + join(code.names) + "\n";
  out += " varnames " + join(code.varnames()) + "\n";
  out += " cellvars " + join(code.cellvars()) + "\n";
  out += " freevars " + join(code.freevars()) + "\n";
  out += " code " + hex(code.code) + "\n";
  out += " linetable " + hex(code.linetable) + "\n";
  out += " exceptiontable " + hex(code.exceptiontable) + "\n";
  for (const Constant& c : code.consts)
    if (c.kind == Constant::Kind::kCode) out += dump_code_fields(*c.code);
  return out;
}

}  // namespace glasspy::bytecode
