// The syntax tree (parsing stage): names and attributes of the node kinds, from the table.
#include "ast/ast.h"

namespace glasspy::ast {
namespace {

constexpr std::string_view kNodeNames[] = {
#define GP_AST_NODE(Cpp, py_name, Base, positions) #py_name,
#include "ast/ast_nodes.def"
};

constexpr bool kHasPosition[] = {
#define GP_AST_NODE(Cpp, py_name, Base, positions) positions != 0,
#include "ast/ast_nodes.def"
};

}  // namespace

std::string_view node_kind_name(NodeKind kind) { return kNodeNames[static_cast<size_t>(kind)]; }

bool has_position(NodeKind kind) { return kHasPosition[static_cast<size_t>(kind)]; }

// One enum_name overload per singleton enum, each a switch over the table's values.
#define GP_AST_ENUM(Cpp, py_name)     \
  std::string_view enum_name(Cpp value) { \
    switch (value) {
#define GP_AST_ENUM_VALUE(Cpp, Value) \
  case Cpp::Value:                    \
    return #Value;
#define GP_AST_ENUM_END(Cpp) \
  }                          \
  return "?";                \
  }
#include "ast/ast_nodes.def"

}  // namespace glasspy::ast
