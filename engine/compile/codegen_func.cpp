// The code generator's nested code (compile stage): functions and lambdas with their
// defaults, annotations and closures, classes through __build_class__, and comprehensions
// (their own functions in 3.11); after CPython 3.11's compile.c.
#include "compile/codegen.h"

#include "compile/unparse.h"

namespace glasspy::compile {

using ast::NodeKind;
using bytecode::Constant;

namespace {

enum { kGenExp = 0, kListComp = 1, kSetComp = 2, kDictComp = 3 };

}  // namespace

int CodeGen::default_arguments(const ast::Arguments* args) {
  int flags = 0;
  if (!args->defaults.empty()) {
    visit_exprs(args->defaults);
    addop_i(Opcode::BUILD_TUPLE, static_cast<int>(args->defaults.size()));
    flags |= 0x01;
  }
  std::vector<Constant> keys;
  for (uint32_t i = 0; i < args->kwonlyargs.size(); ++i) {
    const ast::ExprNode* def = i < args->kw_defaults.size() ? args->kw_defaults[i] : nullptr;
    if (def == nullptr) continue;
    keys.push_back(Constant::str(mangled(args->kwonlyargs[i]->arg)));
    visit_expr(def);
  }
  if (!keys.empty()) {
    int n = static_cast<int>(keys.size());
    load_const(Constant::tuple(std::move(keys)));
    addop_i(Opcode::BUILD_CONST_KEY_MAP, n);
    flags |= 0x02;
  }
  return flags;
}

void CodeGen::visit_annexpr(const ast::ExprNode* annotation) {
  load_const(Constant::str(unparse_annotation(annotation)));
}

void CodeGen::visit_argannotation(std::string_view id, const ast::ExprNode* annotation, int& len) {
  if (annotation == nullptr) return;
  load_const(Constant::str(mangled(id)));
  if (future_flags_ & bytecode::kCoFutureAnnotations) {
    visit_annexpr(annotation);
  } else if (annotation->node_kind == NodeKind::Starred) {
    visit_expr(static_cast<const ast::Starred*>(annotation)->value);
    addop_i(Opcode::UNPACK_SEQUENCE, 1);
  } else {
    visit_expr(annotation);
  }
  len += 2;
}

int CodeGen::visit_annotations(const ast::Arguments* args, const ast::ExprNode* returns) {
  int len = 0;
  for (const ast::Arg* a : args->args) visit_argannotation(a->arg, a->annotation, len);
  for (const ast::Arg* a : args->posonlyargs) visit_argannotation(a->arg, a->annotation, len);
  if (args->vararg != nullptr && args->vararg->annotation != nullptr)
    visit_argannotation(args->vararg->arg, args->vararg->annotation, len);
  for (const ast::Arg* a : args->kwonlyargs) visit_argannotation(a->arg, a->annotation, len);
  if (args->kwarg != nullptr && args->kwarg->annotation != nullptr)
    visit_argannotation(args->kwarg->arg, args->kwarg->annotation, len);
  visit_argannotation("return", returns, len);
  if (len) {
    addop_i(Opcode::BUILD_TUPLE, len);
    return 1;
  }
  return -1;
}

void CodeGen::make_closure(const std::shared_ptr<bytecode::CodeUnit>& code, int flags) {
  std::vector<std::string> frees = code->freevars();
  if (!frees.empty()) {
    for (const std::string& name : frees) {
      bool cell = (u_->kind == UnitKind::kClass && name == "__class__") || u_->ste->scope_of(name) == NameScope::kCell;
      int arg = cell ? u_->cellvars.find(name) : u_->cellvars.size() + u_->freevars.find(name);
      addop_i(Opcode::LOAD_CLOSURE, arg);
    }
    flags |= 0x08;
    addop_i(Opcode::BUILD_TUPLE, static_cast<int>(frees.size()));
  }
  load_const(Constant::code_unit(code));
  addop_i(Opcode::MAKE_FUNCTION, flags);
}

void CodeGen::function(const ast::StmtNode* s, bool is_async) {
  const auto* f = static_cast<const ast::FunctionDef*>(s);
  const auto* af = static_cast<const ast::AsyncFunctionDef*>(s);
  const ast::Arguments* args = is_async ? af->args : f->args;
  const ast::ExprNode* returns = is_async ? af->returns : f->returns;
  const auto& decos = is_async ? af->decorator_list : f->decorator_list;
  std::string_view name = is_async ? af->name : f->name;
  const auto& body_stmts = is_async ? af->body : f->body;

  visit_exprs(decos);
  int firstlineno = s->pos.lineno;
  if (!decos.empty()) firstlineno = decos[0]->pos.lineno;
  int funcflags = default_arguments(args);
  if (visit_annotations(args, returns) > 0) funcflags |= 0x04;

  enter_scope(std::string(name), is_async ? UnitKind::kAsyncFunction : UnitKind::kFunction, s, firstlineno);
  bool docstring = is_docstring(body_stmts);
  if (docstring) {
    add_const(const_value(static_cast<const ast::Expr*>(body_stmts[0])->value));
  } else {
    add_const(Constant::none());
  }
  u_->argcount = static_cast<int>(args->args.size());
  u_->posonlyargcount = static_cast<int>(args->posonlyargs.size());
  u_->kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
  for (uint32_t i = docstring ? 1 : 0; i < body_stmts.size(); ++i) visit_stmt(body_stmts[i]);
  auto code = finish_scope(true);
  exit_scope();

  make_closure(code, funcflags);
  for (uint32_t i = decos.size(); i-- > 0;) {
    set_loc(decos[i]);
    addop_i(Opcode::PRECALL, 0);
    addop_i(Opcode::CALL, 0);
  }
  set_loc(s);
  nameop(name, ast::ExprContext::Store);
}

void CodeGen::class_def(const ast::ClassDef* s) {
  visit_exprs(s->decorator_list);
  int firstlineno = s->pos.lineno;
  if (!s->decorator_list.empty()) firstlineno = s->decorator_list[0]->pos.lineno;
  enter_scope(std::string(s->name), UnitKind::kClass, s, firstlineno);
  u_->has_private = true;
  u_->private_name = std::string(s->name);
  nameop("__name__", ast::ExprContext::Load);
  nameop("__module__", ast::ExprContext::Store);
  load_const(Constant::str(u_->qualname));
  nameop("__qualname__", ast::ExprContext::Store);
  body(s->body);
  unset_loc();
  if (u_->ste->needs_class_closure) {
    addop_i(Opcode::LOAD_CLOSURE, u_->cellvars.find("__class__"));
    addop_i(Opcode::COPY, 1);
    nameop("__classcell__", ast::ExprContext::Store);
  } else {
    load_none();
  }
  addop(Opcode::RETURN_VALUE);
  auto code = finish_scope(true);
  exit_scope();

  addop(Opcode::PUSH_NULL);
  addop(Opcode::LOAD_BUILD_CLASS);
  make_closure(code, 0);
  load_const(Constant::str(std::string(s->name)));
  call_helper(2, s->bases, s->keywords);
  for (uint32_t i = s->decorator_list.size(); i-- > 0;) {
    set_loc(s->decorator_list[i]);
    addop_i(Opcode::PRECALL, 0);
    addop_i(Opcode::CALL, 0);
  }
  set_loc(s);
  nameop(s->name, ast::ExprContext::Store);
}

void CodeGen::lambda(const ast::Lambda* e) {
  const ast::Arguments* args = e->args;
  int funcflags = default_arguments(args);
  enter_scope("<lambda>", UnitKind::kLambda, e, e->pos.lineno);
  add_const(Constant::none());
  u_->argcount = static_cast<int>(args->args.size());
  u_->posonlyargcount = static_cast<int>(args->posonlyargs.size());
  u_->kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
  visit_expr(e->body);
  std::shared_ptr<bytecode::CodeUnit> code;
  if (u_->ste->generator) {
    code = finish_scope(false);
  } else {
    addop(Opcode::RETURN_VALUE);
    code = finish_scope(true);
  }
  exit_scope();
  make_closure(code, funcflags);
}

void CodeGen::comprehension(const ast::ExprNode* e, const char* name, int type,
                            const ast::Seq<ast::Comprehension*>& generators, const ast::ExprNode* elt,
                            const ast::ExprNode* value) {
  const ast::Comprehension* outermost = generators[0];
  enter_scope(name, UnitKind::kComprehension, e, e->pos.lineno);
  set_loc(e);
  bool is_async_generator = u_->ste->coroutine;
  if (type != kGenExp) {
    addop_i(type == kListComp ? Opcode::BUILD_LIST : type == kSetComp ? Opcode::BUILD_SET : Opcode::BUILD_MAP, 0);
  }
  comprehension_generator(generators, 0, 0, elt, value, type);
  if (type != kGenExp) addop(Opcode::RETURN_VALUE);
  auto code = finish_scope(true);
  exit_scope();
  make_closure(code, 0);
  visit_expr(outermost->iter);
  addop(outermost->is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
  addop_i(Opcode::PRECALL, 0);
  addop_i(Opcode::CALL, 0);
  if (is_async_generator && type != kGenExp) {
    addop_i(Opcode::GET_AWAITABLE, 0);
    load_none();
    add_yield_from(true);
  }
}

void CodeGen::comprehension_generator(const ast::Seq<ast::Comprehension*>& generators, uint32_t index, int depth,
                                      const ast::ExprNode* elt, const ast::ExprNode* value, int type) {
  if (generators[index]->is_async) {
    async_comprehension_generator(generators, index, depth, elt, value, type);
  } else {
    sync_comprehension_generator(generators, index, depth, elt, value, type);
  }
}

void CodeGen::comprehension_element(const ast::ExprNode* elt, const ast::ExprNode* value, int type, int depth) {
  switch (type) {
    case kGenExp:
      visit_expr(elt);
      add_yield();
      addop(Opcode::POP_TOP);
      break;
    case kListComp:
      visit_expr(elt);
      addop_i(Opcode::LIST_APPEND, depth + 1);
      break;
    case kSetComp:
      visit_expr(elt);
      addop_i(Opcode::SET_ADD, depth + 1);
      break;
    default:
      visit_expr(elt);
      visit_expr(value);
      addop_i(Opcode::MAP_ADD, depth + 1);
      break;
  }
}

void CodeGen::sync_comprehension_generator(const ast::Seq<ast::Comprehension*>& generators, uint32_t index,
                                           int depth, const ast::ExprNode* elt, const ast::ExprNode* value,
                                           int type) {
  BasicBlock* start = new_block();
  BasicBlock* if_cleanup = new_block();
  BasicBlock* anchor = new_block();
  const ast::Comprehension* gen = generators[index];
  if (index == 0) {
    u_->argcount = 1;
    addop_i(Opcode::LOAD_FAST, 0);
  } else {
    const ast::Seq<ast::ExprNode*>* elts = nullptr;
    if (!is_const(gen->iter)) {
      if (const auto* l = ast::node_cast<ast::List>(gen->iter)) elts = &l->elts;
      if (const auto* t = ast::node_cast<ast::Tuple>(gen->iter)) elts = &t->elts;
    }
    if (elts != nullptr && elts->size() == 1 && (*elts)[0]->node_kind != NodeKind::Starred) {
      visit_expr((*elts)[0]);
      start = nullptr;
    }
    if (start != nullptr) {
      visit_expr(gen->iter);
      addop(Opcode::GET_ITER);
    }
  }
  if (start != nullptr) {
    ++depth;
    use_next_block(start);
    addop_jump(Opcode::FOR_ITER, anchor);
  }
  visit_expr(gen->target);
  for (const ast::ExprNode* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  if (++index < generators.size()) comprehension_generator(generators, index, depth, elt, value, type);
  if (index >= generators.size()) comprehension_element(elt, value, type, depth);
  use_next_block(if_cleanup);
  if (start != nullptr) {
    addop_jump(Opcode::JUMP, start);
    use_next_block(anchor);
  }
}

void CodeGen::async_comprehension_generator(const ast::Seq<ast::Comprehension*>& generators, uint32_t index,
                                            int depth, const ast::ExprNode* elt, const ast::ExprNode* value,
                                            int type) {
  BasicBlock* start = new_block();
  BasicBlock* except = new_block();
  BasicBlock* if_cleanup = new_block();
  const ast::Comprehension* gen = generators[index];
  if (index == 0) {
    u_->argcount = 1;
    addop_i(Opcode::LOAD_FAST, 0);
  } else {
    visit_expr(gen->iter);
    addop(Opcode::GET_AITER);
  }
  use_next_block(start);
  push_fblock(FBlockKind::kAsyncComprehensionGenerator, start, nullptr, nullptr);
  addop_jump(Opcode::SETUP_FINALLY, except);
  addop(Opcode::GET_ANEXT);
  load_none();
  add_yield_from(true);
  addop(Opcode::POP_BLOCK);
  visit_expr(gen->target);
  for (const ast::ExprNode* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  ++depth;
  if (++index < generators.size()) comprehension_generator(generators, index, depth, elt, value, type);
  if (index >= generators.size()) comprehension_element(elt, value, type, depth);
  use_next_block(if_cleanup);
  addop_jump(Opcode::JUMP, start);
  pop_fblock();
  use_next_block(except);
  addop(Opcode::END_ASYNC_FOR);
}

}  // namespace glasspy::compile
