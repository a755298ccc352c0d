// ast.dump() of a syntax tree (parsing stage). Follows Lib/ast.py's _format: a node whose
// arguments are all "simple" (no arguments of their own, strings, numbers, empty lists) and
// at most three is printed on one line; otherwise each argument goes on its own line when
// indenting. Optional fields that are None are left out. Field order comes from the table.
#include "ast/ast_dump.h"

#include <type_traits>
#include <vector>

#include "ast/ast_walk.h"
#include "text/float_repr.h"
#include "text/py_repr.h"

namespace glasspy::ast {
namespace {

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

// Streams the dump into one string, fed by walk_events (so no native recursion). Whether
// a node fits on one line depends only on whether its arguments are "simple", which can be
// told without formatting them, so the output is written once, front to back.
class Dumper {
 public:
  explicit Dumper(const DumpOptions& options, std::string& out) : options_(options), out_(out) {}

  void node_begin(const Node* node) {
    int level = context_level();
    if (options_.indent >= 0) ++level;
    int count = 0;
    bool all_simple = true;
    for_each_field(node, [&](const char*, const auto& value, Card card) {
      if (card == Card::kOpt && is_none(value)) return;
      ++count;
      all_simple = all_simple && is_simple(value);
    });
    if (options_.include_attributes && has_position(node->node_kind)) count += 4;
    contexts_.push_back({level, all_simple && count <= 3, 0});
    out_.append(node_kind_name(node->node_kind));
    out_ += '(';
  }
  bool field(const char* name, Card card, bool none) {
    if (card == Card::kOpt && none) return false;
    separate(contexts_.back());
    out_ += name;
    out_ += '=';
    return true;
  }
  void node_end(const Node* node) {
    Context& context = contexts_.back();
    if (options_.include_attributes && has_position(node->node_kind)) {
      const Position& p = node->pos;
      const std::pair<const char*, int> items[] = {
          {"lineno", p.lineno}, {"col_offset", p.col_offset}, {"end_lineno", p.end_lineno},
          {"end_col_offset", p.end_col_offset}};
      for (const auto& [name, number] : items) {
        separate(context);
        out_ += name;
        out_ += '=';
        out_ += std::to_string(number);
      }
    }
    out_ += ')';
    contexts_.pop_back();
  }

  void none() { out_ += "None"; }
  void value(std::string_view text) {
    if (text.data() == nullptr) {
      out_ += "None";
    } else {
      out_ += text::repr_str(text);
    }
  }
  void value(int number) { out_ += std::to_string(number); }
  void value(const ConstantValue& constant) { out_ += constant_repr(constant); }
  template <class E, class = std::enable_if_t<std::is_enum_v<E>>>
  void value(E e) {
    out_.append(enum_name(e));
    out_ += "()";
  }

  void seq_begin(uint32_t size) {
    int level = context_level();
    if (size > 0 && options_.indent >= 0) ++level;
    contexts_.push_back({level, false, size == 0 ? -1 : 0});
    if (size == 0) {
      out_ += "[]";
      return;
    }
    out_ += '[';
    prefix(level);
  }
  void seq_elem(uint32_t i) {
    if (i > 0) separator(contexts_.back().level);
  }
  void seq_end() {
    if (contexts_.back().index >= 0) out_ += ']';
    contexts_.pop_back();
  }

 private:
  // An open node (its fields' level, whether it prints on one line, how many arguments
  // are out) or an open list (index -1 when empty).
  struct Context {
    int level;
    bool one_line;
    int index;
  };

  int context_level() const { return contexts_.empty() ? 0 : contexts_.back().level; }

  void separate(Context& context) {
    if (context.one_line) {
      if (context.index > 0) out_ += ", ";
    } else if (context.index > 0) {
      separator(context.level);
    } else {
      prefix(context.level);
    }
    ++context.index;
  }
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

  const DumpOptions& options_;
  std::string& out_;
  std::vector<Context> contexts_;
};

// ast.parse converts the tree to Python objects with a depth limit of 3000, counting
// every node from the module down and starting at 6 (two Python frames, times 3).
constexpr int kAstConstructionLimit = 3000 - 6;
// ast.dump recurses in Python (limit 1000 frames): the module's _format runs at depth 3;
// a node field adds one frame, a list element four (the list's _format, its generator and
// the machinery of str.join), and a value's repr() one more.
constexpr int kDumpFrameLimit = 1000;
constexpr int kModuleFrame = 3;

// True if some node lies deeper than `limit` (the module at depth 1); an explicit stack
// keeps the native stack flat however deep the tree.
bool deeper_than(const Node* root, int limit) {
  std::vector<std::pair<const Node*, int>> pending{{root, 1}};
  while (!pending.empty()) {
    auto [node, depth] = pending.back();
    pending.pop_back();
    if (depth > limit) return true;
    for_each_child(node, [&, depth = depth](const Node* child) { pending.emplace_back(child, depth + 1); });
  }
  return false;
}

// The deepest Python frame ast.dump reaches under `node`, whose _format runs at `depth`.
bool dump_too_deep(const Node* node, int depth) {
  if (depth >= kDumpFrameLimit) return true;
  bool deep = false;
  auto scalar = [&](int at) { deep = deep || at + 1 >= kDumpFrameLimit; };
  for_each_field(node, [&](const char*, const auto& value, Card card) {
    if (deep) return;
    using T = std::decay_t<decltype(value)>;
    if constexpr (std::is_pointer_v<T>) {
      if (value != nullptr) {
        deep = dump_too_deep(value, depth + 1);
      } else if (card != Card::kOpt) {
        scalar(depth + 1);
      }
    } else if constexpr (std::is_enum_v<T>) {
      deep = depth + 1 >= kDumpFrameLimit;
    } else if constexpr (std::is_same_v<T, int> || std::is_same_v<T, std::string_view> ||
                         std::is_same_v<T, ConstantValue>) {
      if (!(card == Card::kOpt && is_none(value))) scalar(depth + 1);
    } else {
      if (value.size() == 0) {
        deep = depth + 1 >= kDumpFrameLimit;
        return;
      }
      for (uint32_t i = 0; i < value.size() && !deep; ++i) {
        using E = std::decay_t<decltype(value[i])>;
        if constexpr (std::is_pointer_v<E>) {
          if (value[i] != nullptr) {
            deep = dump_too_deep(value[i], depth + 4);
          } else {
            scalar(depth + 4);
          }
        } else if constexpr (std::is_enum_v<E>) {
          deep = depth + 4 >= kDumpFrameLimit;
        } else {
          scalar(depth + 4);
        }
      }
    }
  });
  return deep;
}

}  // namespace

std::string python_dump_recursion_error(const Node* module) {
  if (deeper_than(module, kAstConstructionLimit)) {
    return "RecursionError: maximum recursion depth exceeded during ast construction";
  }
  if (dump_too_deep(module, kModuleFrame)) {
    return "RecursionError: maximum recursion depth exceeded while getting the repr of an object";
  }
  return "";
}

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
  walk_events(node, dumper);
  return out;
}

}  // namespace glasspy::ast
