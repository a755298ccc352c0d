// Generic traversal of syntax trees (parsing stage and later): the children of a node in
// field order, from the node table, for passes that only need the shape of the tree.
#pragma once
#include <cstdint>
#include <type_traits>
#include <vector>

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

// Calls f(name, value, card) for field number `index` of `node` (table order) and returns
// true, or returns false when the node has no such field.
template <class F>
bool visit_field(const Node* node, int index, F&& f) {
  [[maybe_unused]] int k = 0;
  switch (node->node_kind) {
#define GP_AST_NODE(Cpp, py_name, Base, positions) \
  case NodeKind::Cpp: {                            \
    [[maybe_unused]] const auto& n = static_cast<const Cpp&>(*node);
#define GP_AST_FIELD(Node, Type, card, name) \
  if (index == k++) {                        \
    f(#name, n.name, Card::k##card);         \
    return true;                             \
  }
#define GP_AST_NODE_END(Cpp, positions) \
  return false;                         \
  }
#include "ast/ast_nodes.def"
    case NodeKind::kCount:
      break;
  }
  return false;
}

// Walks the whole tree under `root` front to back with an explicit stack, so that trees
// of any depth (a 100,000-term `x+x+...` is 100,000 BinOps deep) never use the native
// stack, and reports it to `events` as a stream:
//   node_begin(node) ... node_end(node)  around the fields of a (non-null) node;
//   bool field(name, card, is_none)     before a field's value: false skips the value;
//   none()                               a null node (also a None list element);
//   value(x)                             an identifier/string (null data = None), int,
//                                        constant or singleton enum;
//   seq_begin(size) seq_elem(i)... seq_end()  around a sequence's elements.
template <class Events>
void walk_events(const Node* root, Events& events) {
  if (root == nullptr) {
    events.none();
    return;
  }
  struct Cursor {
    const Node* node;
    int field;     // the next field to visit
    int64_t elem;  // within a sequence field: the next element; -1 before it starts
  };
  std::vector<Cursor> stack;
  stack.push_back({root, 0, -1});
  events.node_begin(root);
  while (!stack.empty()) {
    const Node* child = nullptr;
    Cursor& c = stack.back();
    bool exists = visit_field(c.node, c.field, [&](const char* name, const auto& value, Card card) {
      using T = std::decay_t<decltype(value)>;
      auto element = [&](const auto& item) {
        using E = std::decay_t<decltype(item)>;
        if constexpr (std::is_pointer_v<E>) {
          if (item == nullptr) {
            events.none();
          } else {
            child = item;
          }
        } else {
          events.value(item);
        }
      };
      if constexpr (std::is_pointer_v<T>) {
        ++c.field;
        if (events.field(name, card, value == nullptr)) element(value);
      } else if constexpr (std::is_same_v<T, std::string_view> || std::is_same_v<T, int> ||
                           std::is_same_v<T, ConstantValue> || std::is_enum_v<T>) {
        ++c.field;
        bool none = false;
        if constexpr (std::is_same_v<T, std::string_view>) none = value.data() == nullptr;
        if (events.field(name, card, none)) events.value(value);
      } else {
        if (c.elem < 0) {
          if (!events.field(name, card, false)) {
            ++c.field;
            return;
          }
          events.seq_begin(value.size());
          c.elem = 0;
        }
        if (c.elem < static_cast<int64_t>(value.size())) {
          uint32_t i = static_cast<uint32_t>(c.elem++);
          events.seq_elem(i);
          element(value[i]);
        } else {
          events.seq_end();
          ++c.field;
          c.elem = -1;
        }
      }
    });
    if (!exists) {
      events.node_end(c.node);
      stack.pop_back();
    } else if (child != nullptr) {
      events.node_begin(child);
      stack.push_back({child, 0, -1});
    }
  }
}

}  // namespace glasspy::ast
