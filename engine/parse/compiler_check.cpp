// The compiler's errors among the compile-stage checks (parsing stage): a walk in the
// order CPython 3.11's compile.c generates code, with its notion of the current location
// (the statement, or the expression being compiled), its frame-block stack (loops, try,
// with: at most 20 deep) and its scope kinds, raising the errors compile.c raises.
#include <string>
#include <vector>

#include "parse/compile_checks.h"
#include "parse/symtable_check.h"

namespace glasspy::parse::detail {
namespace {

using ast::NodeKind;

constexpr size_t kMaxBlocks = 20;  // CPython's CO_MAXBLOCKS

enum class ScopeType : uint8_t { kModule, kClass, kFunction, kAsyncFunction, kLambda, kComprehension };
enum class FBlock : uint8_t {
  kWhileLoop, kForLoop, kTryExcept, kFinallyTry, kFinallyEnd, kWith, kAsyncWith, kHandlerCleanup,
  kExceptionHandler, kExceptionGroupHandler, kAsyncComprehensionGenerator,
};

struct Unit {
  ScopeType scope_type;
  const Scope* ste;
  std::vector<FBlock> fblocks;
};

class CompilerCheck {
 public:
  CompilerCheck(const SymbolTable& symtable, std::string_view source, SourceKind kind, int future_lineno)
      : symtable_(symtable), source_(source), kind_(kind), future_lineno_(future_lineno) {}

  bool run(const ast::Module& module) {
    units_.push_back(Unit{ScopeType::kModule, nullptr, {}});
    return stmts(module.body);
  }
  std::optional<CompileError> error;

 private:
  bool fail(std::string message) {
    error = error_at(loc_, std::move(message), source_, kind_);
    return false;
  }
  Unit& unit() { return units_.back(); }
  bool is_function_block() const {
    const Unit& u = units_.back();
    return u.scope_type != ScopeType::kModule && u.scope_type != ScopeType::kClass;
  }
  bool push_fblock(FBlock b) {
    if (unit().fblocks.size() >= kMaxBlocks) return fail("too many statically nested blocks");
    unit().fblocks.push_back(b);
    return true;
  }
  void pop_fblock() { unit().fblocks.pop_back(); }
  bool forbidden_name(std::string_view name, ast::ExprContext ctx) {
    if (name != "__debug__") return false;
    if (ctx == ast::ExprContext::Store) return !fail("cannot assign to __debug__");
    if (ctx == ast::ExprContext::Del) return !fail("cannot delete __debug__");
    return false;
  }

  // compiler_unwind_fblock_stack: an except* handler stops break/continue/return; for
  // break/continue the innermost loop is what is looked for.
  bool unwind(bool find_loop, bool& found_loop) {
    found_loop = false;
    for (size_t i = unit().fblocks.size(); i-- > 0;) {
      FBlock b = unit().fblocks[i];
      if (b == FBlock::kExceptionGroupHandler) {
        return fail("'break', 'continue' and 'return' cannot appear in an except* block");
      }
      if (find_loop && (b == FBlock::kWhileLoop || b == FBlock::kForLoop)) {
        found_loop = true;
        return true;
      }
    }
    return true;
  }

  bool stmts(const ast::Seq<ast::StmtNode*>& body) {
    for (const ast::StmtNode* s : body)
      if (!stmt(s)) return false;
    return true;
  }
  bool exprs(const ast::Seq<ast::ExprNode*>& list) {
    for (const ast::ExprNode* e : list)
      if (e != nullptr && !expr(e)) return false;
    return true;
  }

  bool check_debug_args(const ast::Arguments* a) {
    for (const auto* list : {&a->posonlyargs, &a->args, &a->kwonlyargs})
      for (const ast::Arg* arg : *list)
        if (forbidden_name(arg->arg, ast::ExprContext::Store)) return false;
    if (a->vararg != nullptr && forbidden_name(a->vararg->arg, ast::ExprContext::Store)) return false;
    if (a->kwarg != nullptr && forbidden_name(a->kwarg->arg, ast::ExprContext::Store)) return false;
    return true;
  }

  bool default_arguments(const ast::Arguments* a) {
    if (!exprs(a->defaults)) return false;
    for (uint32_t i = 0; i < a->kwonlyargs.size(); ++i) {
      if (a->kw_defaults[i] != nullptr && !expr(a->kw_defaults[i])) return false;
    }
    return true;
  }

  bool annotations(const ast::Arguments* a, const ast::ExprNode* returns) {
    auto list = [&](const ast::Seq<ast::Arg*>& args) {
      for (const ast::Arg* arg : args)
        if (arg->annotation != nullptr && !annotation(arg->annotation)) return false;
      return true;
    };
    return list(a->args) && list(a->posonlyargs) &&
           (a->vararg == nullptr || a->vararg->annotation == nullptr || annotation(a->vararg->annotation)) &&
           list(a->kwonlyargs) &&
           (a->kwarg == nullptr || a->kwarg->annotation == nullptr || annotation(a->kwarg->annotation)) &&
           (returns == nullptr || annotation(returns));
  }
  // Under `from __future__ import annotations` annotations become strings, not code; a
  // starred one (*args: *Ts) is unpacked, not compiled as a starred expression.
  bool annotation(const ast::ExprNode* e) {
    if (future_annotations_) return true;
    if (const auto* star = ast::node_cast<ast::Starred>(e)) return expr(star->value);
    return expr(e);
  }

  bool function(const ast::StmtNode* s, const ast::Arguments* args, const ast::Seq<ast::StmtNode*>& body,
                const ast::Seq<ast::ExprNode*>& decorators, const ast::ExprNode* returns, ast::Identifier name,
                bool is_async) {
    if (!check_debug_args(args) || !exprs(decorators) || !default_arguments(args) || !annotations(args, returns))
      return false;
    units_.push_back(Unit{is_async ? ScopeType::kAsyncFunction : ScopeType::kFunction, symtable_.scope_of(s), {}});
    bool ok = stmts(body);
    units_.pop_back();
    if (!ok) return false;
    loc_ = s->pos;
    return !forbidden_name(name, ast::ExprContext::Store);
  }

  bool stmt(const ast::StmtNode* s) {
    loc_ = s->pos;
    switch (s->node_kind) {
      case NodeKind::FunctionDef: {
        const auto* f = static_cast<const ast::FunctionDef*>(s);
        return function(s, f->args, f->body, f->decorator_list, f->returns, f->name, false);
      }
      case NodeKind::AsyncFunctionDef: {
        const auto* f = static_cast<const ast::AsyncFunctionDef*>(s);
        return function(s, f->args, f->body, f->decorator_list, f->returns, f->name, true);
      }
      case NodeKind::ClassDef: {
        const auto* c = static_cast<const ast::ClassDef*>(s);
        if (!exprs(c->decorator_list)) return false;
        units_.push_back(Unit{ScopeType::kClass, symtable_.scope_of(s), {}});
        bool ok = stmts(c->body);
        units_.pop_back();
        if (!ok) return false;
        loc_ = s->pos;
        return call_helper(c->bases, c->keywords) && !forbidden_name(c->name, ast::ExprContext::Store);
      }
      case NodeKind::Return: {
        const auto* r = static_cast<const ast::Return*>(s);
        if (!is_function_block()) return fail("'return' outside function");
        const Unit& u = unit();
        if (r->value != nullptr && u.ste != nullptr && u.ste->coroutine && u.ste->generator) {
          return fail("'return' with value in async generator");
        }
        bool preserve = r->value != nullptr && r->value->node_kind != NodeKind::Constant;
        if (preserve && !expr(r->value)) return false;
        if (r->value != nullptr && !preserve) loc_ = r->value->pos;
        if (r->value == nullptr || r->value->pos.lineno != s->pos.lineno) loc_ = s->pos;
        bool loop;
        return unwind(false, loop);
      }
      case NodeKind::Delete: return exprs(static_cast<const ast::Delete*>(s)->targets);
      case NodeKind::Assign: {
        const auto* a = static_cast<const ast::Assign*>(s);
        return expr(a->value) && exprs(a->targets);
      }
      case NodeKind::AugAssign: {
        const auto* a = static_cast<const ast::AugAssign*>(s);
        const ast::ExprNode* t = a->target;
        bool ok = true;
        if (const auto* attr = ast::node_cast<ast::Attribute>(t)) {
          ok = expr(attr->value);
        } else if (const auto* sub = ast::node_cast<ast::Subscript>(t)) {
          ok = expr(sub->value) && expr(sub->slice);
        } else if (const auto* name = ast::node_cast<ast::Name>(t)) {
          ok = !forbidden_name(name->id, ast::ExprContext::Load);
        }
        ok = ok && expr(a->value);
        if (ok) {
          if (const auto* name = ast::node_cast<ast::Name>(t)) {
            loc_ = s->pos;
            ok = !forbidden_name(name->id, ast::ExprContext::Store);
          }
        }
        return ok;
      }
      case NodeKind::AnnAssign: {
        const auto* a = static_cast<const ast::AnnAssign*>(s);
        if (a->value != nullptr && !(expr(a->value) && expr(a->target))) return false;
        if (const auto* name = ast::node_cast<ast::Name>(a->target)) {
          if (forbidden_name(name->id, ast::ExprContext::Store)) return false;
          ScopeType st = unit().scope_type;
          if (a->simple && (st == ScopeType::kModule || st == ScopeType::kClass) && !annotation(a->annotation))
            return false;
        } else if (const auto* attr = ast::node_cast<ast::Attribute>(a->target)) {
          if (forbidden_name(attr->attr, ast::ExprContext::Store)) return false;
          if (a->value == nullptr && !expr(attr->value)) return false;
        } else if (const auto* sub = ast::node_cast<ast::Subscript>(a->target)) {
          if (a->value == nullptr && !(expr(sub->value) && expr(sub->slice))) return false;
        }
        return true;
      }
      case NodeKind::For: {
        const auto* f = static_cast<const ast::For*>(s);
        if (!push_fblock(FBlock::kForLoop)) return false;
        bool ok = expr(f->iter) && expr(f->target) && stmts(f->body);
        if (!ok) return false;
        pop_fblock();
        return stmts(f->orelse);
      }
      case NodeKind::AsyncFor: {
        const auto* f = static_cast<const ast::AsyncFor*>(s);
        if (unit().scope_type != ScopeType::kAsyncFunction) return fail("'async for' outside async function");
        if (!expr(f->iter)) return false;
        loc_ = s->pos;
        if (!push_fblock(FBlock::kForLoop)) return false;
        if (!(expr(f->target) && stmts(f->body))) return false;
        pop_fblock();
        return stmts(f->orelse);
      }
      case NodeKind::While: {
        const auto* w = static_cast<const ast::While*>(s);
        if (!push_fblock(FBlock::kWhileLoop)) return false;
        if (!(expr(w->test) && stmts(w->body))) return false;
        pop_fblock();
        return stmts(w->orelse);
      }
      case NodeKind::If: {
        const auto* i = static_cast<const ast::If*>(s);
        return expr(i->test) && stmts(i->body) && stmts(i->orelse);
      }
      case NodeKind::With:
      case NodeKind::AsyncWith: {
        bool is_async = s->node_kind == NodeKind::AsyncWith;
        if (is_async && unit().scope_type != ScopeType::kAsyncFunction) {
          return fail("'async with' outside async function");
        }
        const auto& items =
            is_async ? static_cast<const ast::AsyncWith*>(s)->items : static_cast<const ast::With*>(s)->items;
        const auto& body =
            is_async ? static_cast<const ast::AsyncWith*>(s)->body : static_cast<const ast::With*>(s)->body;
        for (const ast::WithItem* w : items) {
          if (!expr(w->context_expr)) return false;
          loc_ = s->pos;
          if (!push_fblock(is_async ? FBlock::kAsyncWith : FBlock::kWith)) return false;
          if (w->optional_vars != nullptr && !expr(w->optional_vars)) return false;
        }
        if (!stmts(body)) return false;
        for (size_t i = 0; i < items.size(); ++i) pop_fblock();
        return true;
      }
      case NodeKind::Match: return match(static_cast<const ast::Match*>(s));
      case NodeKind::Raise: {
        const auto* r = static_cast<const ast::Raise*>(s);
        return (r->exc == nullptr || expr(r->exc)) && (r->cause == nullptr || expr(r->cause));
      }
      case NodeKind::Try: {
        const auto* t = static_cast<const ast::Try*>(s);
        return try_stmt(s, t->body, t->handlers, t->orelse, t->finalbody, false);
      }
      case NodeKind::TryStar: {
        const auto* t = static_cast<const ast::TryStar*>(s);
        return try_stmt(s, t->body, t->handlers, t->orelse, t->finalbody, true);
      }
      case NodeKind::Assert: {
        const auto* a = static_cast<const ast::Assert*>(s);
        return expr(a->test) && (a->msg == nullptr || expr(a->msg));
      }
      case NodeKind::Import: {
        for (const ast::Alias* a : static_cast<const ast::Import*>(s)->names) {
          ast::Identifier store = a->asname.data() != nullptr ? a->asname : a->name.substr(0, a->name.find('.'));
          if (forbidden_name(store, ast::ExprContext::Store)) return false;
        }
        return true;
      }
      case NodeKind::ImportFrom: {
        const auto* f = static_cast<const ast::ImportFrom*>(s);
        if (s->pos.lineno > future_lineno_ && f->module == "__future__") {
          return fail("from __future__ imports must occur at the beginning of the file");
        }
        for (const ast::Alias* a : f->names) {
          if (a->name == "*") continue;
          ast::Identifier store = a->asname.data() != nullptr ? a->asname : a->name;
          if (forbidden_name(store, ast::ExprContext::Store)) return false;
        }
        return true;
      }
      case NodeKind::Expr: return expr(static_cast<const ast::Expr*>(s)->value);
      case NodeKind::Break:
      case NodeKind::Continue: {
        bool loop;
        if (!unwind(true, loop)) return false;
        if (!loop) {
          return fail(s->node_kind == NodeKind::Break ? "'break' outside loop" : "'continue' not properly in loop");
        }
        return true;
      }
      default: return true;
    }
  }

  bool try_stmt(const ast::StmtNode* s, const ast::Seq<ast::StmtNode*>& body,
                const ast::Seq<ast::ExceptHandlerNode*>& handlers, const ast::Seq<ast::StmtNode*>& orelse,
                const ast::Seq<ast::StmtNode*>& finalbody, bool star) {
    if (!finalbody.empty()) {
      if (!push_fblock(FBlock::kFinallyTry)) return false;
      if (!handlers.empty()) {
        if (!try_except(s, body, handlers, orelse, star)) return false;
      } else if (!stmts(body)) {
        return false;
      }
      pop_fblock();
      if (!push_fblock(FBlock::kFinallyEnd)) return false;
      if (!stmts(finalbody)) return false;
      pop_fblock();
      return true;
    }
    return try_except(s, body, handlers, orelse, star);
  }

  bool try_except(const ast::StmtNode*, const ast::Seq<ast::StmtNode*>& body,
                  const ast::Seq<ast::ExceptHandlerNode*>& handlers, const ast::Seq<ast::StmtNode*>& orelse,
                  bool star) {
    if (!push_fblock(FBlock::kTryExcept)) return false;
    if (!stmts(body)) return false;
    pop_fblock();
    if (!stmts(orelse)) return false;
    if (!push_fblock(star ? FBlock::kExceptionGroupHandler : FBlock::kExceptionHandler)) return false;
    for (uint32_t i = 0; i < handlers.size(); ++i) {
      const auto* h = static_cast<const ast::ExceptHandler*>(handlers[i]);
      loc_ = h->pos;
      if (!star && h->type == nullptr && i + 1 < handlers.size()) return fail("default 'except:' must be last");
      if (h->type != nullptr && !expr(h->type)) return false;
      if (h->name.data() != nullptr && forbidden_name(h->name, ast::ExprContext::Store)) return false;
      if (!push_fblock(FBlock::kHandlerCleanup)) return false;
      if (!stmts(h->body)) return false;
      pop_fblock();
    }
    pop_fblock();
    return true;
  }

  // ---- match statements ----

  struct PatternContext {
    std::vector<std::string_view> stores;
    bool allow_irrefutable = false;
  };

  static bool is_wildcard(const ast::PatternNode* p) {
    const auto* as = ast::node_cast<ast::MatchAs>(p);
    return as != nullptr && as->pattern == nullptr && as->name.data() == nullptr;
  }

  bool match(const ast::Match* s) {
    if (!expr(s->subject)) return false;
    size_t cases = s->cases.size();
    bool has_default = is_wildcard(s->cases.back()->pattern) && cases > 1;
    for (size_t i = 0; i < cases - (has_default ? 1 : 0); ++i) {
      const ast::MatchCase* m = s->cases[static_cast<uint32_t>(i)];
      loc_ = m->pattern->pos;
      PatternContext pc;
      pc.allow_irrefutable = m->guard != nullptr || i == cases - 1;
      if (!pattern(m->pattern, pc)) return false;
      for (std::string_view name : pc.stores)
        if (forbidden_name(name, ast::ExprContext::Store)) return false;
      if (m->guard != nullptr && !expr(m->guard)) return false;
      if (!stmts(m->body)) return false;
      loc_ = m->pattern->pos;
    }
    if (has_default) {
      const ast::MatchCase* m = s->cases.back();
      loc_ = m->pattern->pos;
      if (m->guard != nullptr && !expr(m->guard)) return false;
      if (!stmts(m->body)) return false;
    }
    return true;
  }

  bool store_name(ast::Identifier name, PatternContext& pc) {
    if (name.data() == nullptr) return true;
    if (forbidden_name(name, ast::ExprContext::Store)) return false;
    for (std::string_view n : pc.stores) {
      if (n == name) return fail("multiple assignments to name '" + std::string(name) + "' in pattern");
    }
    pc.stores.push_back(name);
    return true;
  }

  bool subpattern(const ast::PatternNode* p, PatternContext& pc) {
    bool saved = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    bool ok = pattern(p, pc);
    pc.allow_irrefutable = saved;
    return ok;
  }

  bool pattern(const ast::PatternNode* p, PatternContext& pc) {
    loc_ = p->pos;
    switch (p->node_kind) {
      case NodeKind::MatchValue: return expr(static_cast<const ast::MatchValue*>(p)->value);
      case NodeKind::MatchSingleton: return true;
      case NodeKind::MatchSequence: {
        const auto& patterns = static_cast<const ast::MatchSequence*>(p)->patterns;
        bool seen_star = false;
        for (const ast::PatternNode* q : patterns) {
          if (q->node_kind == NodeKind::MatchStar) {
            if (seen_star) return fail("multiple starred names in sequence pattern");
            seen_star = true;
          }
        }
        for (const ast::PatternNode* q : patterns)
          if (!subpattern(q, pc)) return false;
        return true;
      }
      case NodeKind::MatchStar: return store_name(static_cast<const ast::MatchStar*>(p)->name, pc);
      case NodeKind::MatchMapping: {
        const auto* m = static_cast<const ast::MatchMapping*>(p);
        for (const ast::ExprNode* key : m->keys) {
          if (key->node_kind != NodeKind::Constant && key->node_kind != NodeKind::Attribute &&
              !is_folded_constant(key)) {
            return fail("mapping pattern keys may only match literals and attribute lookups");
          }
          if (!expr(key)) return false;
        }
        for (const ast::PatternNode* q : m->patterns)
          if (!subpattern(q, pc)) return false;
        return store_name(m->rest, pc);
      }
      case NodeKind::MatchClass: {
        const auto* m = static_cast<const ast::MatchClass*>(p);
        for (uint32_t i = 0; i < m->kwd_attrs.size(); ++i) {
          if (forbidden_name(m->kwd_attrs[i], ast::ExprContext::Store)) return false;
          for (uint32_t j = i + 1; j < m->kwd_attrs.size(); ++j) {
            if (m->kwd_attrs[i] == m->kwd_attrs[j]) {
              loc_ = m->kwd_patterns[j]->pos;
              return fail("attribute name repeated in class pattern: " + std::string(m->kwd_attrs[i]));
            }
          }
        }
        if (!expr(m->cls)) return false;
        for (const ast::PatternNode* q : m->patterns)
          if (!subpattern(q, pc)) return false;
        for (const ast::PatternNode* q : m->kwd_patterns)
          if (!subpattern(q, pc)) return false;
        return true;
      }
      case NodeKind::MatchAs: {
        const auto* m = static_cast<const ast::MatchAs*>(p);
        if (m->pattern == nullptr) {
          if (!pc.allow_irrefutable) {
            if (m->name.data() != nullptr) {
              return fail("name capture '" + std::string(m->name) + "' makes remaining patterns unreachable");
            }
            return fail("wildcard makes remaining patterns unreachable");
          }
          return store_name(m->name, pc);
        }
        if (!pattern(m->pattern, pc)) return false;
        return store_name(m->name, pc);
      }
      case NodeKind::MatchOr: {
        const auto& alternatives = static_cast<const ast::MatchOr*>(p)->patterns;
        std::vector<std::string_view> control;
        bool outer_irrefutable = pc.allow_irrefutable;
        for (uint32_t i = 0; i < alternatives.size(); ++i) {
          loc_ = alternatives[i]->pos;
          PatternContext alt;
          alt.allow_irrefutable = i + 1 == alternatives.size() && outer_irrefutable;
          if (!pattern(alternatives[i], alt)) return false;
          if (i == 0) {
            control = alt.stores;
            continue;
          }
          bool same = alt.stores.size() == control.size();
          for (size_t k = 0; same && k < control.size(); ++k) {
            bool found = false;
            for (std::string_view n : alt.stores) found = found || n == control[k];
            same = found;
          }
          if (!same) return fail("alternative patterns bind different names");
        }
        for (std::string_view name : control) {
          for (std::string_view n : pc.stores) {
            if (n == name) return fail("multiple assignments to name '" + std::string(name) + "' in pattern");
          }
        }
        pc.stores.insert(pc.stores.end(), control.begin(), control.end());
        return true;
      }
      default: return true;
    }
  }

  // -1, 1+2j and the like: Constants once CPython's optimizer has folded them.
  static bool is_folded_constant(const ast::ExprNode* e) {
    if (const auto* u = ast::node_cast<ast::UnaryOp>(e)) return is_folded_constant(u->operand);
    if (const auto* b = ast::node_cast<ast::BinOp>(e)) return is_folded_constant(b->left) && is_folded_constant(b->right);
    return e->node_kind == NodeKind::Constant;
  }

  // ---- expressions ----

  bool call_helper(const ast::Seq<ast::ExprNode*>& args, const ast::Seq<ast::Keyword*>& keywords) {
    for (uint32_t i = 0; i < keywords.size(); ++i) {
      const ast::Keyword* k = keywords[i];
      if (k->arg.data() == nullptr) continue;
      if (forbidden_name(k->arg, ast::ExprContext::Store)) return false;
      for (uint32_t j = i + 1; j < keywords.size(); ++j) {
        const ast::Keyword* other = keywords[j];
        if (other->arg.data() != nullptr && other->arg == k->arg) {
          loc_ = other->pos;
          return fail("keyword argument repeated: " + std::string(k->arg));
        }
      }
    }
    for (const ast::ExprNode* a : args) {
      const ast::ExprNode* value = a;
      if (const auto* star = ast::node_cast<ast::Starred>(a)) value = star->value;
      if (!expr(value)) return false;
    }
    for (const ast::Keyword* k : keywords)
      if (!expr(k->value)) return false;
    return true;
  }

  // Elements of a list/tuple/set display or target: starred items are allowed here.
  bool elements(const ast::ExprNode* e, const ast::Seq<ast::ExprNode*>& elts, ast::ExprContext ctx) {
    if (ctx == ast::ExprContext::Store) {
      bool seen_star = false;
      for (const ast::ExprNode* elt : elts) {
        if (elt->node_kind == NodeKind::Starred) {
          if (seen_star) return fail("multiple starred expressions in assignment");
          seen_star = true;
        }
      }
      (void)e;
    }
    for (const ast::ExprNode* elt : elts) {
      const ast::ExprNode* value = elt;
      if (const auto* star = ast::node_cast<ast::Starred>(elt)) value = star->value;
      if (!expr(value)) return false;
    }
    return true;
  }

  bool comprehension(const ast::ExprNode* e, const ast::Seq<ast::Comprehension*>& generators,
                     const ast::ExprNode* elt, const ast::ExprNode* value) {
    ScopeType outer = unit().scope_type;
    const Scope* ste = symtable_.scope_of(e);
    units_.push_back(Unit{ScopeType::kComprehension, ste, {}});
    bool is_async = ste != nullptr && ste->coroutine;
    bool ok = true;
    if (is_async && e->node_kind != NodeKind::GeneratorExp && outer != ScopeType::kAsyncFunction &&
        outer != ScopeType::kComprehension) {
      ok = fail("asynchronous comprehension outside of an asynchronous function");
    }
    size_t pushed = 0;
    for (uint32_t i = 0; ok && i < generators.size(); ++i) {
      const ast::Comprehension* c = generators[i];
      if (i > 0) ok = expr(c->iter);
      if (ok && c->is_async) {
        ok = push_fblock(FBlock::kAsyncComprehensionGenerator);
        if (ok) ++pushed;
      }
      ok = ok && expr(c->target) && exprs(c->ifs);
    }
    ok = ok && expr(elt) && (value == nullptr || expr(value));
    units_.pop_back();
    if (!ok) return false;
    loc_ = e->pos;
    return expr(generators[0]->iter);
  }

  bool expr(const ast::ExprNode* e) {
    ast::Position saved = loc_;
    loc_ = e->pos;
    bool ok = expr1(e);
    if (ok) loc_ = saved;
    return ok;
  }

  bool expr1(const ast::ExprNode* e) {
    switch (e->node_kind) {
      case NodeKind::NamedExpr: {
        const auto* n = static_cast<const ast::NamedExpr*>(e);
        return expr(n->value) && expr(n->target);
      }
      case NodeKind::BoolOp: return exprs(static_cast<const ast::BoolOp*>(e)->values);
      case NodeKind::BinOp: {
        const auto* b = static_cast<const ast::BinOp*>(e);
        return expr(b->left) && expr(b->right);
      }
      case NodeKind::UnaryOp: return expr(static_cast<const ast::UnaryOp*>(e)->operand);
      case NodeKind::Lambda: {
        const auto* l = static_cast<const ast::Lambda*>(e);
        if (!check_debug_args(l->args) || !default_arguments(l->args)) return false;
        units_.push_back(Unit{ScopeType::kLambda, symtable_.scope_of(e), {}});
        bool ok = expr(l->body);
        units_.pop_back();
        return ok;
      }
      case NodeKind::IfExp: {
        const auto* i = static_cast<const ast::IfExp*>(e);
        return expr(i->test) && expr(i->body) && expr(i->orelse);
      }
      case NodeKind::Dict: {
        const auto* d = static_cast<const ast::Dict*>(e);
        for (uint32_t i = 0; i < d->keys.size(); ++i) {
          if (d->keys[i] != nullptr && !expr(d->keys[i])) return false;
          if (!expr(d->values[i])) return false;
        }
        return true;
      }
      case NodeKind::Set: return elements(e, static_cast<const ast::Set*>(e)->elts, ast::ExprContext::Load);
      case NodeKind::GeneratorExp: {
        const auto* g = static_cast<const ast::GeneratorExp*>(e);
        return comprehension(e, g->generators, g->elt, nullptr);
      }
      case NodeKind::ListComp: {
        const auto* c = static_cast<const ast::ListComp*>(e);
        return comprehension(e, c->generators, c->elt, nullptr);
      }
      case NodeKind::SetComp: {
        const auto* c = static_cast<const ast::SetComp*>(e);
        return comprehension(e, c->generators, c->elt, nullptr);
      }
      case NodeKind::DictComp: {
        const auto* c = static_cast<const ast::DictComp*>(e);
        return comprehension(e, c->generators, c->key, c->value);
      }
      case NodeKind::Yield: {
        if (!is_function_block()) return fail("'yield' outside function");
        const auto* y = static_cast<const ast::Yield*>(e);
        return y->value == nullptr || expr(y->value);
      }
      case NodeKind::YieldFrom: {
        if (!is_function_block()) return fail("'yield' outside function");
        if (unit().scope_type == ScopeType::kAsyncFunction) return fail("'yield from' inside async function");
        return expr(static_cast<const ast::YieldFrom*>(e)->value);
      }
      case NodeKind::Await: {
        if (!is_function_block()) return fail("'await' outside function");
        ScopeType st = unit().scope_type;
        if (st != ScopeType::kAsyncFunction && st != ScopeType::kComprehension) {
          return fail("'await' outside async function");
        }
        return expr(static_cast<const ast::Await*>(e)->value);
      }
      case NodeKind::Compare: {
        const auto* c = static_cast<const ast::Compare*>(e);
        return expr(c->left) && exprs(c->comparators);
      }
      case NodeKind::Call: {
        const auto* c = static_cast<const ast::Call*>(e);
        return expr(c->func) && call_helper(c->args, c->keywords);
      }
      case NodeKind::FormattedValue: {
        const auto* f = static_cast<const ast::FormattedValue*>(e);
        return expr(f->value) && (f->format_spec == nullptr || expr(f->format_spec));
      }
      case NodeKind::JoinedStr: return exprs(static_cast<const ast::JoinedStr*>(e)->values);
      case NodeKind::Attribute: {
        const auto* a = static_cast<const ast::Attribute*>(e);
        if (a->ctx != ast::ExprContext::Load && forbidden_name(a->attr, a->ctx)) return false;
        return expr(a->value);
      }
      case NodeKind::Subscript: {
        const auto* s = static_cast<const ast::Subscript*>(e);
        return expr(s->value) && expr(s->slice);
      }
      case NodeKind::Starred:
        if (static_cast<const ast::Starred*>(e)->ctx == ast::ExprContext::Store) {
          return fail("starred assignment target must be in a list or tuple");
        }
        return fail("can't use starred expression here");
      case NodeKind::Slice: {
        const auto* s = static_cast<const ast::Slice*>(e);
        return (s->lower == nullptr || expr(s->lower)) && (s->upper == nullptr || expr(s->upper)) &&
               (s->step == nullptr || expr(s->step));
      }
      case NodeKind::Name: {
        const auto* n = static_cast<const ast::Name*>(e);
        return !forbidden_name(n->id, n->ctx);
      }
      case NodeKind::List: {
        const auto* l = static_cast<const ast::List*>(e);
        return elements(e, l->elts, l->ctx);
      }
      case NodeKind::Tuple: {
        const auto* t = static_cast<const ast::Tuple*>(e);
        return elements(e, t->elts, t->ctx);
      }
      default: return true;
    }
  }

  const SymbolTable& symtable_;
  std::string_view source_;
  SourceKind kind_;
  int future_lineno_;
  bool future_annotations_ = false;
  std::vector<Unit> units_;
  ast::Position loc_;

 public:
  void set_future_annotations(bool on) { future_annotations_ = on; }
};

}  // namespace

// Runs the compiler's checks; false (with `error` set) on the first error.
bool check_compiler(const ast::Module& module, const SymbolTable& symtable, std::string_view source, SourceKind kind,
                    int future_lineno, bool future_annotations, std::optional<CompileError>& error) {
  CompilerCheck check(symtable, source, kind, future_lineno);
  check.set_future_annotations(future_annotations);
  if (check.run(module)) return true;
  error = check.error;
  return false;
}

}  // namespace glasspy::parse::detail
