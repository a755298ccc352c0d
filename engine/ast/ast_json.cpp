// The syntax tree as JSON (parsing stage). Field order and names come from the node table
// through walk_events, like ast.dump, so the two never disagree about a node's shape.
#include "ast/ast_json.h"

#include <type_traits>
#include <vector>

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

// Fed by walk_events, so trees of any depth are written without native recursion.
class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void node_begin(const Node* node) {
    out_ += "{\"type\":";
    text::append_json_string(out_, node_kind_name(node->node_kind));
    if (has_position(node->node_kind)) {
      const Position& p = node->pos;
      out_ += ",\"pos\":[" + std::to_string(p.lineno) + "," + std::to_string(p.col_offset) + "," +
              std::to_string(p.end_lineno) + "," + std::to_string(p.end_col_offset) + "]";
    }
    out_ += ",\"fields\":{";
    first_field_.push_back(true);
  }
  bool field(const char* name, Card, bool) {
    if (!first_field_.back()) out_ += ',';
    first_field_.back() = false;
    text::append_json_string(out_, name);
    out_ += ':';
    return true;
  }
  void node_end(const Node*) {
    out_ += "}}";
    first_field_.pop_back();
  }

  void none() { out_ += "null"; }
  void value(std::string_view text) {
    if (text.data() == nullptr) {
      out_ += "null";
    } else {
      text::append_json_string(out_, text);
    }
  }
  void value(int number) { out_ += std::to_string(number); }
  void value(const ConstantValue& constant) {
    out_ += "{\"repr\":";
    text::append_json_string(out_, constant_repr(constant));
    out_ += ",\"kind\":";
    text::append_json_string(out_, constant_kind_name(constant.kind));
    out_ += '}';
  }
  template <class E, class = std::enable_if_t<std::is_enum_v<E>>>
  void value(E e) {
    text::append_json_string(out_, enum_name(e));
  }

  void seq_begin(uint32_t) { out_ += '['; }
  void seq_elem(uint32_t i) {
    if (i > 0) out_ += ',';
  }
  void seq_end() { out_ += ']'; }

 private:
  std::string& out_;
  std::vector<bool> first_field_;  // per open node: no field written yet
};

}  // namespace

std::string to_json(const Node* node) {
  std::string out;
  JsonWriter writer(out);
  walk_events(node, writer);
  return out;
}

}  // namespace glasspy::ast
