// ast.dump() of a syntax tree (parsing stage). Follows Lib/ast.py's _format: a node whose
// arguments are all "simple" (no arguments of their own, strings, numbers, empty lists) and
// at most three is printed on one line; otherwise each argument goes on its own line when
// indenting. Optional fields that are None are left out. Field order comes from the table.
#include "ast/ast_dump.h"

#include <type_traits>
#include <vector>

#include "text/float_repr.h"
#include "text/py_repr.h"

namespace glasspy::ast {
namespace {

// Calls f(name, value, card) for each field of `node`, in table order.
template <class F>
void for_each_field(const Node* node, F&& f) {
  switch (node->node_kind) {
#define GP_AST_NODE(Cpp, py_name, Base, positions) \
  case NodeKind::Cpp: {                            \
    [[maybe_unused]] const auto& n = static_cast<const Cpp&>(*node);
#define GP_AST_FIELD(Node, Type, card, name) f(#name, n.name, Card::k##card);
#define GP_AST_NODE_END(Cpp, positions) \
  break;                                \
  }
#include "ast/ast_nodes.def"
    case NodeKind::kCount:
      break;
  }
}

// None values: a null node, or an identifier/string with no data.
template <class T>
bool is_none(const T& value) {
  if constexpr (std::is_pointer_v<T>) {
    return value == nullptr;
  } else if constexpr (std::is_same_v<T, std::string_view>) {
    return value.data() == nullptr;
  } else {
    return false;
  }
}

// Streams the dump into one string. Whether a node fits on one line depends only on
// whether its arguments are "simple", which can be told without formatting them, so
// the output is written once, front to back.
class Dumper {
 public:
  explicit Dumper(const DumpOptions& options, std::string& out) : options_(options), out_(out) {}

  void format(const Node* node, int level) {
    if (node == nullptr) {
      out_ += "None";
      return;
    }
    if (options_.indent >= 0) ++level;
    int count = 0;
    bool all_simple = true;
    for_each_field(node, [&](const char*, const auto& value, Card card) {
      if (card == Card::kOpt && is_none(value)) return;
      ++count;
      all_simple = all_simple && is_simple(value);
    });
    bool attributes = options_.include_attributes && has_position(node->node_kind);
    if (attributes) count += 4;
    bool one_line = all_simple && count <= 3;
    out_.append(node_kind_name(node->node_kind));
    out_ += '(';
    int index = 0;
    auto separate = [&]() {
      if (one_line) {
        if (index > 0) out_ += ", ";
      } else if (index > 0) {
        separator(level);
      } else {
        prefix(level);
      }
      ++index;
    };
    for_each_field(node, [&](const char* name, const auto& value, Card card) {
      if (card == Card::kOpt && is_none(value)) return;
      separate();
      out_ += name;
      out_ += '=';
      emit(value, level);
    });
    if (attributes) {
      const Position& p = node->pos;
      const std::pair<const char*, int> items[] = {
          {"lineno", p.lineno}, {"col_offset", p.col_offset}, {"end_lineno", p.end_lineno},
          {"end_col_offset", p.end_col_offset}};
      for (const auto& [name, number] : items) {
        separate();
        out_ += name;
        out_ += '=';
        out_ += std::to_string(number);
      }
    }
    out_ += ')';
  }

 private:
  void prefix(int level) {
    if (options_.indent < 0) return;
    out_ += '\n';
    out_.append(static_cast<size_t>(options_.indent * level), ' ');
  }
  void separator(int level) {
    if (options_.indent < 0) {
      out_ += ", ";
      return;
    }
    out_ += ",\n";
    out_.append(static_cast<size_t>(options_.indent * level), ' ');
  }

  // A node is simple when it prints without arguments (Load(), Add(), Pass() without
  // positions); strings, numbers and None are simple; lists only when empty.
  bool prints_no_arguments(const Node* node) const {
    if (options_.include_attributes && has_position(node->node_kind)) return false;
    bool any = false;
    for_each_field(node, [&](const char*, const auto& value, Card card) {
      if (!(card == Card::kOpt && is_none(value))) any = true;
    });
    return !any;
  }
  template <class T>
  bool is_simple(const T& value) const {
    if constexpr (std::is_pointer_v<T>) {
      return value == nullptr || prints_no_arguments(value);
    } else {
      return true;
    }
  }
  template <class T>
  bool is_simple(const Seq<T>& seq) const {
    return seq.empty();
  }

  void emit(const Node* node, int level) { format(node, level); }
  void emit(std::string_view text, int) {
    if (text.data() == nullptr) {
      out_ += "None";
    } else {
      out_ += text::repr_str(text);
    }
  }
  void emit(int number, int) { out_ += std::to_string(number); }
  void emit(const ConstantValue& constant, int) { out_ += constant_repr(constant); }
  template <class E, class = std::enable_if_t<std::is_enum_v<E>>>
  void emit(E e, int) {
    out_.append(enum_name(e));
    out_ += "()";
  }
  template <class T>
  void emit(const Seq<T>& seq, int level) {
    if (seq.empty()) {
      out_ += "[]";
      return;
    }
    if (options_.indent >= 0) ++level;
    out_ += '[';
    prefix(level);
    for (uint32_t i = 0; i < seq.size(); ++i) {
      if (i > 0) separator(level);
      emit(seq[i], level);
    }
    out_ += ']';
  }

  const DumpOptions& options_;
  std::string& out_;
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
  std::string out;
  Dumper dumper(options, out);
  dumper.format(node, 0);
  return out;
}

}  // namespace glasspy::ast
