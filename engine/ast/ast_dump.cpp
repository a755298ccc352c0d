// ast.dump() of a syntax tree (parsing stage). Follows Lib/ast.py's _format: a node whose
// arguments are all "simple" (no arguments of their own, strings, numbers, empty lists) and
// at most three is printed on one line; otherwise each argument goes on its own line when
// indenting. Optional fields that are None are left out. Field order comes from the table.
#include "ast/ast_dump.h"

#include <vector>

#include "text/float_repr.h"
#include "text/py_repr.h"

namespace glasspy::ast {
namespace {

struct Formatted {
  std::string text;
  bool simple;
};

class Dumper {
 public:
  explicit Dumper(const DumpOptions& options) : options_(options) {}

  Formatted format(const Node* node, int level) {
    if (node == nullptr) return {"None", true};
    if (options_.indent >= 0) ++level;
    Args args;
    switch (node->node_kind) {
#define GP_AST_NODE(Cpp, py_name, Base, positions) \
  case NodeKind::Cpp: {                            \
    [[maybe_unused]] const auto& n = static_cast<const Cpp&>(*node);
#define GP_AST_FIELD(Node, Type, card, name) add_field(args, #name, n.name, Card::k##card, level);
#define GP_AST_NODE_END(Cpp, positions) \
  break;                                \
  }
#include "ast/ast_nodes.def"
      case NodeKind::kCount:
        break;
    }
    if (options_.include_attributes && has_position(node->node_kind)) {
      const Position& p = node->pos;
      add_simple(args, "lineno", std::to_string(p.lineno));
      add_simple(args, "col_offset", std::to_string(p.col_offset));
      add_simple(args, "end_lineno", std::to_string(p.end_lineno));
      add_simple(args, "end_col_offset", std::to_string(p.end_col_offset));
    }
    return finish(node_kind_name(node->node_kind), args, level);
  }

 private:
  struct Args {
    std::vector<std::string> items;
    bool all_simple = true;
  };

  std::string prefix(int level) const { return options_.indent >= 0 ? std::string("\n").append(spaces(level)) : ""; }
  std::string separator(int level) const {
    return options_.indent >= 0 ? std::string(",\n").append(spaces(level)) : ", ";
  }
  std::string spaces(int level) const { return std::string(static_cast<size_t>(options_.indent * level), ' '); }

  Formatted finish(std::string_view name, Args& args, int level) {
    std::string out(name);
    out += '(';
    if (args.all_simple && args.items.size() <= 3) {
      for (size_t i = 0; i < args.items.size(); ++i) {
        if (i > 0) out += ", ";
        out += args.items[i];
      }
      out += ')';
      return {std::move(out), args.items.empty()};
    }
    out += prefix(level);
    std::string sep = separator(level);
    for (size_t i = 0; i < args.items.size(); ++i) {
      if (i > 0) out += sep;
      out += args.items[i];
    }
    out += ')';
    return {std::move(out), false};
  }

  void add_simple(Args& args, const char* name, std::string value) {
    args.items.push_back(std::string(name).append("=").append(value));
  }

  void add(Args& args, const char* name, Formatted value) {
    args.all_simple = args.all_simple && value.simple;
    args.items.push_back(std::string(name).append("=").append(value.text));
  }

  // Values of each field type, as _format renders them.
  Formatted value(const Node* node, int level) { return format(node, level); }
  Formatted value(std::string_view text, int) { return {text.data() == nullptr ? "None" : text::repr_str(text), true}; }
  Formatted value(int number, int) { return {std::to_string(number), true}; }
  Formatted value(const ConstantValue& constant, int) { return {constant_repr(constant), true}; }
  template <class E, class = std::enable_if_t<std::is_enum_v<E>>>
  Formatted value(E e, int) {
    return {std::string(enum_name(e)).append("()"), true};
  }
  template <class T>
  Formatted value(const Seq<T>& seq, int level) {
    if (seq.empty()) return {"[]", true};
    if (options_.indent >= 0) ++level;
    std::string out = "[";
    out += prefix(level);
    std::string sep = separator(level);
    for (uint32_t i = 0; i < seq.size(); ++i) {
      if (i > 0) out += sep;
      out += value(seq[i], level).text;
    }
    out += ']';
    return {std::move(out), false};
  }

  static bool is_none(const Node* node) { return node == nullptr; }
  static bool is_none(std::string_view text) { return text.data() == nullptr; }
  template <class T>
  static bool is_none(const T&) {
    return false;
  }

  template <class T>
  void add_field(Args& args, const char* name, const T& field, Card card, int level) {
    if (card == Card::kOpt && is_none(field)) return;
    add(args, name, value(field, level));
  }

  const DumpOptions& options_;
};

}  // namespace

std::string constant_repr(const ConstantValue& value) {
  using Kind = ConstantValue::Kind;
  switch (value.kind) {
    case Kind::kNone: return "None";
    case Kind::kTrue: return "True";
    case Kind::kFalse: return "False";
    case Kind::kEllipsis: return "Ellipsis";
    case Kind::kInt: return std::string(value.text);
    case Kind::kFloat: return text::float_repr(value.number);
    case Kind::kComplex: return text::complex_repr(0.0, value.number);
    case Kind::kStr: return text::repr_str(value.text);
    case Kind::kBytes: return text::repr_bytes(value.text);
  }
  return "None";
}

std::string dump(const Node* node, const DumpOptions& options) {
  Dumper dumper(options);
  return dumper.format(node, 0).text;
}

}  // namespace glasspy::ast
