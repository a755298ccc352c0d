// The code generator's core (compile stage): units, blocks, instruction emission with
// locations, constants and names, frame blocks; after CPython 3.11's compile.c.
#include "compile/codegen.h"

#include <algorithm>

#include "compile/assemble.h"

namespace glasspy::compile {

using bytecode::Constant;

std::shared_ptr<bytecode::CodeUnit> CodeGen::compile_module(const ast::Module& module) {
  enter_scope("<module>", UnitKind::kModule, nullptr, 1);
  body(module.body);
  auto code = finish_scope(true);
  exit_scope();
  return code;
}

std::shared_ptr<bytecode::CodeUnit> CodeGen::compile_expression(const ast::Module& module) {
  enter_scope("<module>", UnitKind::kModule, nullptr, 1);
  const auto* statement = ast::node_cast<ast::Expr>(module.body[0]);
  visit_expr(statement->value);
  addop(Opcode::RETURN_VALUE);
  auto code = finish_scope(false);
  exit_scope();
  return code;
}

void CodeGen::enter_scope(std::string name, UnitKind kind, const ast::Node* key, int lineno) {
  auto unit = std::make_unique<CompilerUnit>();
  CompilerUnit* u = unit.get();
  u->kind = kind;
  u->ste = key != nullptr ? symbols_.scope_for(key) : symbols_.top();
  u->name = std::move(name);
  for (const std::string& v : u->ste->varnames) u->varnames.add(v);
  std::vector<std::string> sorted = u->ste->order;
  std::sort(sorted.begin(), sorted.end());
  for (const std::string& n : sorted)
    if (u->ste->scope_of(n) == NameScope::kCell) u->cellvars.add(n);
  if (u->ste->needs_class_closure) u->cellvars.add("__class__");
  for (const std::string& n : sorted) {
    if (u->ste->scope_of(n) == NameScope::kFree || (u->ste->flags_of(n) & kDefFreeClass)) u->freevars.add(n);
  }
  u->firstlineno = lineno;
  u->loc = Location{lineno, lineno, 0, 0};
  if (u_ != nullptr) {
    u->has_private = u_->has_private;
    u->private_name = u_->private_name;
  }
  units_.push_back(std::move(unit));
  u_ = u;
  ++nestlevel_;
  u_->curblock = new_block();
  if (kind == UnitKind::kModule) {
    u_->qualname = u_->name;
    u_->loc.lineno = 0;
  } else {
    set_qualname();
  }
  addop_i(Opcode::RESUME, 0);
  if (kind == UnitKind::kModule) u_->loc.lineno = -1;
}

void CodeGen::set_qualname() {
  CompilerUnit* u = u_;
  std::string base;
  bool has_base = false;
  if (units_.size() > 2) {
    CompilerUnit* parent = units_[units_.size() - 2].get();
    bool force_global = false;
    if (u->kind == UnitKind::kFunction || u->kind == UnitKind::kAsyncFunction || u->kind == UnitKind::kClass) {
      std::string m = mangle(parent->has_private ? &parent->private_name : nullptr, u->name);
      if (parent->ste->scope_of(m) == NameScope::kGlobalExplicit) force_global = true;
    }
    if (!force_global) {
      if (parent->kind == UnitKind::kFunction || parent->kind == UnitKind::kAsyncFunction ||
          parent->kind == UnitKind::kLambda) {
        base = parent->qualname + ".<locals>";
      } else {
        base = parent->qualname;
      }
      has_base = true;
    }
  }
  u->qualname = has_base ? base + "." + u->name : u->name;
}

std::shared_ptr<bytecode::CodeUnit> CodeGen::finish_scope(bool add_none) {
  return assemble(*u_, add_none, filename_, future_flags_);
}

void CodeGen::exit_scope() {
  --nestlevel_;
  units_.pop_back();
  u_ = units_.empty() ? nullptr : units_.back().get();
}

BasicBlock* CodeGen::new_block() { return u_->cfg.new_block(); }

void CodeGen::use_next_block(BasicBlock* block) {
  u_->curblock->next = block;
  u_->curblock = block;
}

void CodeGen::next_block() { use_next_block(new_block()); }

void CodeGen::addop(Opcode op) { addop_i(op, 0); }

// A jump or exit ends its block: what follows starts a new one (CPython's
// compiler_use_new_implicit_block_if_needed).
static bool ends_block(const BasicBlock* b) {
  return !b->instrs.empty() && (is_jump(b->instrs.back().op) || is_scope_exit(b->instrs.back().op));
}

void CodeGen::addop_i(Opcode op, int oparg) {
  if (ends_block(u_->curblock)) next_block();
  Instr in;
  in.op = op;
  in.oparg = oparg;
  in.loc = u_->loc;
  u_->curblock->instrs.push_back(in);
  if (op == Opcode::RETURN_VALUE) u_->curblock->return_ = true;
}

void CodeGen::addop_noline(Opcode op) {
  if (ends_block(u_->curblock)) next_block();
  Instr in;
  in.op = op;
  u_->curblock->instrs.push_back(in);
}

void CodeGen::addop_jump(Opcode op, BasicBlock* target) {
  if (ends_block(u_->curblock)) next_block();
  Instr in;
  in.op = op;
  in.loc = u_->loc;
  in.target = target;
  u_->curblock->instrs.push_back(in);
}

void CodeGen::addop_jump_noline(Opcode op, BasicBlock* target) {
  if (ends_block(u_->curblock)) next_block();
  Instr in;
  in.op = op;
  in.target = target;
  u_->curblock->instrs.push_back(in);
}

void CodeGen::set_loc(const ast::Node* node) {
  u_->loc = Location{node->pos.lineno, node->pos.end_lineno, node->pos.col_offset, node->pos.end_col_offset};
}

void CodeGen::unset_loc() { u_->loc = Location{}; }

int CodeGen::add_const(const Constant& c) {
  for (size_t i = 0; i < u_->consts.size(); ++i)
    if (bytecode::same_constant(u_->consts[i], c)) return static_cast<int>(i);
  u_->consts.push_back(c);
  return static_cast<int>(u_->consts.size() - 1);
}

void CodeGen::load_const(const Constant& c) { addop_i(Opcode::LOAD_CONST, add_const(c)); }

void CodeGen::load_none() { load_const(Constant::none()); }

std::string CodeGen::mangled(std::string_view name) const {
  return mangle(u_->has_private ? &u_->private_name : nullptr, name);
}

void CodeGen::addop_name(Opcode op, std::string_view name) {
  int index = u_->names.add(mangled(name));
  if (op == Opcode::LOAD_GLOBAL) index <<= 1;
  addop_i(op, index);
}

void CodeGen::addop_n(Opcode op, std::string_view name) { addop_i(op, u_->names.add(std::string(name))); }

void CodeGen::nameop(std::string_view name, ast::ExprContext ctx) {
  enum { kFast, kGlobal, kDeref, kName } optype = kName;
  std::string m = mangled(name);
  NameScope scope = u_->ste->scope_of(m);
  bool function = u_->ste->type == ScopeType::kFunction;
  NameIndex* dict = &u_->names;
  switch (scope) {
    case NameScope::kFree: dict = &u_->freevars; optype = kDeref; break;
    case NameScope::kCell: dict = &u_->cellvars; optype = kDeref; break;
    case NameScope::kLocal:
      if (function) optype = kFast;
      break;
    case NameScope::kGlobalImplicit:
      if (function) optype = kGlobal;
      break;
    case NameScope::kGlobalExplicit: optype = kGlobal; break;
    default: break;
  }
  Opcode op = Opcode::NOP;
  using C = ast::ExprContext;
  switch (optype) {
    case kDeref:
      op = ctx == C::Load ? (u_->ste->type == ScopeType::kClass ? Opcode::LOAD_CLASSDEREF : Opcode::LOAD_DEREF)
           : ctx == C::Store ? Opcode::STORE_DEREF
                             : Opcode::DELETE_DEREF;
      break;
    case kFast: {
      op = ctx == C::Load ? Opcode::LOAD_FAST : ctx == C::Store ? Opcode::STORE_FAST : Opcode::DELETE_FAST;
      addop_i(op, u_->varnames.add(m));
      return;
    }
    case kGlobal:
      op = ctx == C::Load ? Opcode::LOAD_GLOBAL : ctx == C::Store ? Opcode::STORE_GLOBAL : Opcode::DELETE_GLOBAL;
      break;
    case kName:
      op = ctx == C::Load ? Opcode::LOAD_NAME : ctx == C::Store ? Opcode::STORE_NAME : Opcode::DELETE_NAME;
      break;
  }
  int arg = dict->add(m);
  if (dict == &u_->freevars) arg += u_->cellvars.size();
  if (op == Opcode::LOAD_GLOBAL) arg <<= 1;
  addop_i(op, arg);
}

bool CodeGen::push_fblock(FBlockKind kind, BasicBlock* block, BasicBlock* exit, const void* datum) {
  u_->fblocks.push_back(FBlock{kind, block, exit, datum});
  return true;
}

void CodeGen::pop_fblock() { u_->fblocks.pop_back(); }

bool CodeGen::is_const(const ast::ExprNode* e) const {
  return e != nullptr && (e->node_kind == ast::NodeKind::Constant || folded_.constants.count(e) != 0);
}

Constant CodeGen::const_value(const ast::ExprNode* e) const {
  if (e->node_kind == ast::NodeKind::Constant) return constant_from_ast(static_cast<const ast::Constant*>(e)->value);
  return folded_.constants.at(e);
}

const ast::Compare* CodeGen::not_compare(const ast::ExprNode* e, bool& inverted) const {
  inverted = false;
  if (e->node_kind == ast::NodeKind::Compare) return static_cast<const ast::Compare*>(e);
  const auto* u = ast::node_cast<ast::UnaryOp>(e);
  if (u == nullptr || u->op != ast::UnaryOperator::Not || is_const(e)) return nullptr;
  bool inner = false;
  const ast::Compare* c = not_compare(u->operand, inner);
  if (c == nullptr || c->ops.size() != 1) return nullptr;
  switch (c->ops[0]) {
    case ast::CmpOperator::Is:
    case ast::CmpOperator::IsNot:
    case ast::CmpOperator::In:
    case ast::CmpOperator::NotIn: inverted = !inner; return c;
    default: return nullptr;
  }
}

}  // namespace glasspy::compile
