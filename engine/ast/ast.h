// The syntax tree (parsing stage): the node types of CPython 3.11's `ast` module, their
// fields in ASDL order and their positions, all declared from ast/ast_nodes.def. Nodes live
// in an Arena (ast/arena.h) and are never freed one by one.
#pragma once
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "ast/arena.h"

namespace glasspy::ast {

// Where a node is: 1-based lines, 0-based UTF-8 byte columns (what `ast` reports).
struct Position {
  int lineno = 0, col_offset = 0;
  int end_lineno = 0, end_col_offset = 0;
};

// One enumerator per node class (constructors and product types), in table order.
enum class NodeKind : uint8_t {
#define GP_AST_NODE(Cpp, py_name, Base, positions) Cpp,
#include "ast/ast_nodes.def"
  kCount
};

// The sums of singletons (Load, Add, Eq, ...) as enums, e.g. Operator::Add.
#define GP_AST_ENUM(Cpp, py_name) enum class Cpp : uint8_t {
#define GP_AST_ENUM_VALUE(Cpp, Value) Value,
#define GP_AST_ENUM_END(Cpp) \
  }                          \
  ;
#include "ast/ast_nodes.def"

// A sequence (ASDL `*`) stored in the arena.
template <class T>
struct Seq {
  T* items = nullptr;
  uint32_t count = 0;

  T* begin() const { return items; }
  T* end() const { return items + count; }
  uint32_t size() const { return count; }
  bool empty() const { return count == 0; }
  T& operator[](uint32_t i) const { return items[i]; }
  T& back() const { return items[count - 1]; }
};

// ASDL `identifier` and `string`: UTF-8 text in the arena; a null data() means None.
using Identifier = std::string_view;
using String = std::string_view;

// ASDL `constant`: the values a literal can make, without an object model.
struct ConstantValue {
  enum class Kind : uint8_t { kNone, kTrue, kFalse, kEllipsis, kInt, kFloat, kComplex, kStr, kBytes };
  Kind kind = Kind::kNone;
  double number = 0;      // kFloat: the value; kComplex: the imaginary part (real part +0.0)
  std::string_view text;  // kInt: decimal digits; kStr: UTF-8 (lone surrogates encoded as
                          // 3-byte sequences); kBytes: the raw bytes
};

// Field cardinality in the table: exactly one, optional (`?`, may be None), or a sequence.
enum class Card : uint8_t { kOne, kOpt, kSeq };

template <class T, Card C>
using FieldType = std::conditional_t<C == Card::kSeq, Seq<T>, T>;

// Every node starts with its kind and position (meaningful for the classes that have
// position attributes: stmt, expr, excepthandler, arg, keyword, alias, pattern).
struct Node {
  NodeKind node_kind;
  Position pos;
};

// The sums of node constructors: abstract bases (StmtNode, ExprNode, PatternNode, ...).
#define GP_AST_SUM(Cpp, py_name, positions) \
  struct Cpp : Node {};
#include "ast/ast_nodes.def"

#define GP_AST_NODE(Cpp, py_name, Base, positions) struct Cpp;
#include "ast/ast_nodes.def"

// The node structs; `kKind` names their NodeKind.
#define GP_AST_NODE(Cpp, py_name, Base, positions) \
  struct Cpp final : Base {                        \
    static constexpr NodeKind kKind = NodeKind::Cpp;
#define GP_AST_FIELD(Node, Type, card, name) FieldType<Type, Card::k##card> name;
#define GP_AST_NODE_END(Cpp, positions) \
  }                                     \
  ;
#include "ast/ast_nodes.def"

// The Python class name of a node kind ("BinOp", "arguments", ...).
std::string_view node_kind_name(NodeKind kind);

// True for the classes with lineno/col_offset/end_lineno/end_col_offset.
bool has_position(NodeKind kind);

// The Python class names of the singleton enums ("Load", "Add", "NotIn", ...).
std::string_view enum_name(ExprContext value);
std::string_view enum_name(BoolOperator value);
std::string_view enum_name(Operator value);
std::string_view enum_name(UnaryOperator value);
std::string_view enum_name(CmpOperator value);

// A new node of type T in `arena`, fields zeroed, kind set.
template <class T>
T* make_node(Arena& arena, const Position& pos) {
  T* node = arena.make<T>();
  node->node_kind = T::kKind;
  node->pos = pos;
  return node;
}

// `node` as a T if it is one, else nullptr.
template <class T>
T* node_cast(Node* node) {
  return node != nullptr && node->node_kind == T::kKind ? static_cast<T*>(node) : nullptr;
}
template <class T>
const T* node_cast(const Node* node) {
  return node != nullptr && node->node_kind == T::kKind ? static_cast<const T*>(node) : nullptr;
}

}  // namespace glasspy::ast
