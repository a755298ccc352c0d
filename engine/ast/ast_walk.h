// Generic traversal of syntax trees (parsing stage and later): the children of a node in
// field order, from the node table, for passes that only need the shape of the tree.
#pragma once
#include <type_traits>

#include "ast/ast.h"

namespace glasspy::ast {

// Calls f(child) for every node directly under `node` (single fields and sequence
// elements, in table order; None fields and None list elements are skipped).
namespace walk_detail {

// Hands node pointers, single or in a sequence, to f; other field types are not children.
template <class F>
struct ChildVisitor {
  F& f;
  template <class T>
  void operator()(const T& value) const {
    if constexpr (std::is_pointer_v<T>) {
      if (value != nullptr) f(static_cast<const Node*>(value));
    }
  }
  template <class T>
  void operator()(const Seq<T>& seq) const {
    for (uint32_t i = 0; i < seq.size(); ++i) (*this)(seq[i]);
  }
};

}  // namespace walk_detail

template <class F>
void for_each_child(const Node* node, F&& f) {
  walk_detail::ChildVisitor<std::remove_reference_t<F>> visit{f};
  switch (node->node_kind) {
#define GP_AST_NODE(Cpp, py_name, Base, positions) \
  case NodeKind::Cpp: {                            \
    [[maybe_unused]] const auto& n = static_cast<const Cpp&>(*node);
#define GP_AST_FIELD(Node, Type, card, name) visit(n.name);
#define GP_AST_NODE_END(Cpp, positions) \
  break;                                \
  }
#include "ast/ast_nodes.def"
    case NodeKind::kCount:
      break;
  }
}

// Calls f(name, value, card) for each field of `node`, in table order (None fields too).
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

}  // namespace glasspy::ast
