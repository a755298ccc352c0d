// The syntax tree as JSON (parsing stage). Field order and names come from the node table
// through for_each_field, like ast.dump, so the two never disagree about a node's shape.
#include "ast/ast_json.h"

#include <type_traits>

#include "ast/ast_dump.h"
#include "ast/ast_walk.h"
#include "text/json_string.h"

namespace glasspy::ast {
namespace {

const char* constant_kind_name(ConstantValue::Kind kind) {
  switch (kind) {
    case ConstantValue::Kind::kNone: return "None";
    case ConstantValue::Kind::kTrue:
    case ConstantValue::Kind::kFalse: return "bool";
    case ConstantValue::Kind::kEllipsis: return "ellipsis";
    case ConstantValue::Kind::kInt: return "int";
    case ConstantValue::Kind::kFloat: return "float";
    case ConstantValue::Kind::kComplex: return "complex";
    case ConstantValue::Kind::kStr: return "str";
    case ConstantValue::Kind::kBytes: return "bytes";
  }
  return "?";
}

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void node(const Node* node) {
    if (node == nullptr) {
      out_ += "null";
      return;
    }
    out_ += "{\"type\":";
    text::append_json_string(out_, node_kind_name(node->node_kind));
    if (has_position(node->node_kind)) {
      const Position& p = node->pos;
      out_ += ",\"pos\":[" + std::to_string(p.lineno) + "," + std::to_string(p.col_offset) + "," +
              std::to_string(p.end_lineno) + "," + std::to_string(p.end_col_offset) + "]";
    }
    out_ += ",\"fields\":{";
    bool first = true;
    for_each_field(node, [&](const char* name, const auto& value, Card) {
      if (!first) out_ += ',';
      first = false;
      text::append_json_string(out_, name);
      out_ += ':';
      emit(value);
    });
    out_ += "}}";
  }

 private:
  template <class T>
  void emit(const T* child) {
    node(child);
  }
  void emit(std::string_view text) {
    if (text.data() == nullptr) {
      out_ += "null";
    } else {
      text::append_json_string(out_, text);
    }
  }
  void emit(int number) { out_ += std::to_string(number); }
  void emit(const ConstantValue& constant) {
    out_ += "{\"repr\":";
    text::append_json_string(out_, constant_repr(constant));
    out_ += ",\"kind\":";
    text::append_json_string(out_, constant_kind_name(constant.kind));
    out_ += '}';
  }
  template <class E, class = std::enable_if_t<std::is_enum_v<E>>>
  void emit(E e) {
    text::append_json_string(out_, enum_name(e));
  }
  template <class T>
  void emit(const Seq<T>& seq) {
    out_ += '[';
    for (uint32_t i = 0; i < seq.size(); ++i) {
      if (i > 0) out_ += ',';
      emit(seq[i]);
    }
    out_ += ']';
  }

  std::string& out_;
};

}  // namespace

std::string to_json(const Node* node) {
  std::string out;
  JsonWriter(out).node(node);
  return out;
}

}  // namespace glasspy::ast
