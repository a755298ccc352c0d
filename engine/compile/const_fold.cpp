// Constant folding (compile stage): the bottom-up walk of CPython 3.11's ast_opt.c,
// recording folded values in a FoldResult instead of rewriting the tree.
#include "compile/const_fold.h"

#include <optional>

#include "compile/constant_ops.h"

namespace glasspy::compile {
namespace {

using ast::NodeKind;
using bytecode::Constant;

class Folder {
 public:
  Folder(FoldResult& out, int optimize, bool future_annotations)
      : out_(out), optimize_(optimize), future_annotations_(future_annotations) {}

  void body(const ast::Seq<ast::StmtNode*>& stmts) {
    bool docstring_before = is_docstring(stmts, false);
    stmts_(stmts);
    if (!docstring_before && is_docstring(stmts, true)) out_.wrapped_docstrings.insert(stmts[0]);
  }

 private:
  std::optional<Constant> value(const ast::ExprNode* e) const {
    if (e == nullptr) return std::nullopt;
    if (e->node_kind == NodeKind::Constant) return constant_from_ast(static_cast<const ast::Constant*>(e)->value);
    auto it = out_.constants.find(e);
    if (it == out_.constants.end()) return std::nullopt;
    return it->second;
  }

  bool is_docstring(const ast::Seq<ast::StmtNode*>& stmts, bool folded) const {
    if (stmts.empty()) return false;
    const auto* st = ast::node_cast<ast::Expr>(stmts[0]);
    if (st == nullptr) return false;
    if (const auto* c = ast::node_cast<ast::Constant>(st->value)) return c->value.kind == ast::ConstantValue::Kind::kStr;
    if (!folded) return false;
    auto v = value(st->value);
    return v && v->kind == Constant::Kind::kStr;
  }

  void set(const ast::ExprNode* e, std::optional<Constant> v) {
    if (v) out_.constants[e] = std::move(*v);
  }

  void stmts_(const ast::Seq<ast::StmtNode*>& stmts) {
    for (const ast::StmtNode* s : stmts) stmt(s);
  }
  void exprs(const ast::Seq<ast::ExprNode*>& list) {
    for (const ast::ExprNode* e : list)
      if (e != nullptr) expr(e);
  }
  void opt(const ast::ExprNode* e) {
    if (e != nullptr) expr(e);
  }
  void annotation(const ast::ExprNode* e) {
    if (!future_annotations_) opt(e);
  }

  void arguments(const ast::Arguments* a) {
    for (const ast::Arg* arg : a->posonlyargs) annotation(arg->annotation);
    for (const ast::Arg* arg : a->args) annotation(arg->annotation);
    if (a->vararg != nullptr) annotation(a->vararg->annotation);
    for (const ast::Arg* arg : a->kwonlyargs) annotation(arg->annotation);
    exprs(a->kw_defaults);
    if (a->kwarg != nullptr) annotation(a->kwarg->annotation);
    exprs(a->defaults);
  }

  void comprehensions(const ast::Seq<ast::Comprehension*>& generators) {
    for (const ast::Comprehension* c : generators) {
      expr(c->target);
      expr(c->iter);
      exprs(c->ifs);
      fold_iter(c->iter);
    }
  }

  // fold_iter: a list or set that is only iterated becomes a tuple or frozenset.
  void fold_iter(const ast::ExprNode* arg) {
    if (value(arg)) return;
    if (const auto* l = ast::node_cast<ast::List>(arg)) {
      for (const ast::ExprNode* e : l->elts)
        if (e->node_kind == NodeKind::Starred) return;
      out_.lists_as_tuples.insert(arg);
      set(arg, const_tuple(l->elts));
    } else if (const auto* s = ast::node_cast<ast::Set>(arg)) {
      auto t = const_tuple(s->elts);
      if (t) set(arg, make_frozenset(t->items));
    }
  }

  std::optional<Constant> const_tuple(const ast::Seq<ast::ExprNode*>& elts) const {
    std::vector<Constant> items;
    for (const ast::ExprNode* e : elts) {
      auto v = value(e);
      if (!v) return std::nullopt;
      items.push_back(std::move(*v));
    }
    return Constant::tuple(std::move(items));
  }

  void pattern(const ast::PatternNode* p) {
    switch (p->node_kind) {
      case NodeKind::MatchValue: expr(static_cast<const ast::MatchValue*>(p)->value); break;
      case NodeKind::MatchSequence:
        for (const ast::PatternNode* q : static_cast<const ast::MatchSequence*>(p)->patterns) pattern(q);
        break;
      case NodeKind::MatchMapping: {
        const auto* m = static_cast<const ast::MatchMapping*>(p);
        exprs(m->keys);
        for (const ast::PatternNode* q : m->patterns) pattern(q);
        break;
      }
      case NodeKind::MatchClass: {
        const auto* m = static_cast<const ast::MatchClass*>(p);
        expr(m->cls);
        for (const ast::PatternNode* q : m->patterns) pattern(q);
        for (const ast::PatternNode* q : m->kwd_patterns) pattern(q);
        break;
      }
      case NodeKind::MatchAs:
        if (static_cast<const ast::MatchAs*>(p)->pattern != nullptr) pattern(static_cast<const ast::MatchAs*>(p)->pattern);
        break;
      case NodeKind::MatchOr:
        for (const ast::PatternNode* q : static_cast<const ast::MatchOr*>(p)->patterns) pattern(q);
        break;
      default: break;
    }
  }

  void stmt(const ast::StmtNode* s) {
    switch (s->node_kind) {
      case NodeKind::FunctionDef: {
        const auto* f = static_cast<const ast::FunctionDef*>(s);
        arguments(f->args);
        body(f->body);
        exprs(f->decorator_list);
        annotation(f->returns);
        break;
      }
      case NodeKind::AsyncFunctionDef: {
        const auto* f = static_cast<const ast::AsyncFunctionDef*>(s);
        arguments(f->args);
        body(f->body);
        exprs(f->decorator_list);
        annotation(f->returns);
        break;
      }
      case NodeKind::ClassDef: {
        const auto* c = static_cast<const ast::ClassDef*>(s);
        exprs(c->bases);
        for (const ast::Keyword* k : c->keywords) expr(k->value);
        body(c->body);
        exprs(c->decorator_list);
        break;
      }
      case NodeKind::Return: opt(static_cast<const ast::Return*>(s)->value); break;
      case NodeKind::Delete: exprs(static_cast<const ast::Delete*>(s)->targets); break;
      case NodeKind::Assign: {
        const auto* a = static_cast<const ast::Assign*>(s);
        exprs(a->targets);
        expr(a->value);
        break;
      }
      case NodeKind::AugAssign: {
        const auto* a = static_cast<const ast::AugAssign*>(s);
        expr(a->target);
        expr(a->value);
        break;
      }
      case NodeKind::AnnAssign: {
        const auto* a = static_cast<const ast::AnnAssign*>(s);
        expr(a->target);
        annotation(a->annotation);
        opt(a->value);
        break;
      }
      case NodeKind::For:
      case NodeKind::AsyncFor: {
        const auto* f = static_cast<const ast::For*>(s);
        const auto* af = static_cast<const ast::AsyncFor*>(s);
        bool a = s->node_kind == NodeKind::AsyncFor;
        expr(a ? af->target : f->target);
        expr(a ? af->iter : f->iter);
        stmts_(a ? af->body : f->body);
        stmts_(a ? af->orelse : f->orelse);
        fold_iter(a ? af->iter : f->iter);
        break;
      }
      case NodeKind::While: {
        const auto* w = static_cast<const ast::While*>(s);
        expr(w->test);
        stmts_(w->body);
        stmts_(w->orelse);
        break;
      }
      case NodeKind::If: {
        const auto* i = static_cast<const ast::If*>(s);
        expr(i->test);
        stmts_(i->body);
        stmts_(i->orelse);
        break;
      }
      case NodeKind::With:
      case NodeKind::AsyncWith: {
        bool a = s->node_kind == NodeKind::AsyncWith;
        const auto& items = a ? static_cast<const ast::AsyncWith*>(s)->items : static_cast<const ast::With*>(s)->items;
        for (const ast::WithItem* w : items) {
          expr(w->context_expr);
          opt(w->optional_vars);
        }
        stmts_(a ? static_cast<const ast::AsyncWith*>(s)->body : static_cast<const ast::With*>(s)->body);
        break;
      }
      case NodeKind::Raise: {
        const auto* r = static_cast<const ast::Raise*>(s);
        opt(r->exc);
        opt(r->cause);
        break;
      }
      case NodeKind::Try:
      case NodeKind::TryStar: {
        bool star = s->node_kind == NodeKind::TryStar;
        const auto* t = static_cast<const ast::Try*>(s);
        const auto* ts = static_cast<const ast::TryStar*>(s);
        stmts_(star ? ts->body : t->body);
        for (const ast::ExceptHandlerNode* h : star ? ts->handlers : t->handlers) {
          const auto* eh = static_cast<const ast::ExceptHandler*>(h);
          opt(eh->type);
          stmts_(eh->body);
        }
        stmts_(star ? ts->orelse : t->orelse);
        stmts_(star ? ts->finalbody : t->finalbody);
        break;
      }
      case NodeKind::Assert: {
        const auto* a = static_cast<const ast::Assert*>(s);
        expr(a->test);
        opt(a->msg);
        break;
      }
      case NodeKind::Expr: expr(static_cast<const ast::Expr*>(s)->value); break;
      case NodeKind::Match: {
        const auto* m = static_cast<const ast::Match*>(s);
        expr(m->subject);
        for (const ast::MatchCase* c : m->cases) {
          pattern(c->pattern);
          opt(c->guard);
          stmts_(c->body);
        }
        break;
      }
      default: break;
    }
  }

  void expr(const ast::ExprNode* e) {
    switch (e->node_kind) {
      case NodeKind::BoolOp: exprs(static_cast<const ast::BoolOp*>(e)->values); break;
      case NodeKind::NamedExpr: {
        const auto* n = static_cast<const ast::NamedExpr*>(e);
        expr(n->target);
        expr(n->value);
        break;
      }
      case NodeKind::BinOp: {
        const auto* b = static_cast<const ast::BinOp*>(e);
        expr(b->left);
        expr(b->right);
        auto l = value(b->left), r = value(b->right);
        const auto* t = ast::node_cast<ast::Tuple>(b->right);
        if (b->op == ast::Operator::Mod && l && l->kind == Constant::Kind::kStr && t != nullptr && !r) {
          bool starred = false;
          for (const ast::ExprNode* elt : t->elts) starred = starred || elt->node_kind == NodeKind::Starred;
          if (!starred) optimize_format(e, l->text, t->elts);
          break;
        }
        if (l && r) set(e, fold_binary(b->op, *l, *r));
        break;
      }
      case NodeKind::UnaryOp: {
        const auto* u = static_cast<const ast::UnaryOp*>(e);
        expr(u->operand);
        if (auto v = value(u->operand)) set(e, fold_unary(u->op, *v));
        break;
      }
      case NodeKind::Lambda: {
        const auto* l = static_cast<const ast::Lambda*>(e);
        arguments(l->args);
        expr(l->body);
        break;
      }
      case NodeKind::IfExp: {
        const auto* i = static_cast<const ast::IfExp*>(e);
        expr(i->test);
        expr(i->body);
        expr(i->orelse);
        break;
      }
      case NodeKind::Dict: {
        const auto* d = static_cast<const ast::Dict*>(e);
        exprs(d->keys);
        exprs(d->values);
        break;
      }
      case NodeKind::Set: exprs(static_cast<const ast::Set*>(e)->elts); break;
      case NodeKind::ListComp: {
        const auto* c = static_cast<const ast::ListComp*>(e);
        expr(c->elt);
        comprehensions(c->generators);
        break;
      }
      case NodeKind::SetComp: {
        const auto* c = static_cast<const ast::SetComp*>(e);
        expr(c->elt);
        comprehensions(c->generators);
        break;
      }
      case NodeKind::DictComp: {
        const auto* c = static_cast<const ast::DictComp*>(e);
        expr(c->key);
        expr(c->value);
        comprehensions(c->generators);
        break;
      }
      case NodeKind::GeneratorExp: {
        const auto* c = static_cast<const ast::GeneratorExp*>(e);
        expr(c->elt);
        comprehensions(c->generators);
        break;
      }
      case NodeKind::Await: expr(static_cast<const ast::Await*>(e)->value); break;
      case NodeKind::Yield: opt(static_cast<const ast::Yield*>(e)->value); break;
      case NodeKind::YieldFrom: expr(static_cast<const ast::YieldFrom*>(e)->value); break;
      case NodeKind::Compare: {
        const auto* c = static_cast<const ast::Compare*>(e);
        expr(c->left);
        exprs(c->comparators);
        ast::CmpOperator last = c->ops.back();
        if (last == ast::CmpOperator::In || last == ast::CmpOperator::NotIn) fold_iter(c->comparators.back());
        break;
      }
      case NodeKind::Call: {
        const auto* c = static_cast<const ast::Call*>(e);
        expr(c->func);
        exprs(c->args);
        for (const ast::Keyword* k : c->keywords) expr(k->value);
        break;
      }
      case NodeKind::FormattedValue: {
        const auto* f = static_cast<const ast::FormattedValue*>(e);
        expr(f->value);
        opt(f->format_spec);
        break;
      }
      case NodeKind::JoinedStr: exprs(static_cast<const ast::JoinedStr*>(e)->values); break;
      case NodeKind::Attribute: expr(static_cast<const ast::Attribute*>(e)->value); break;
      case NodeKind::Subscript: {
        const auto* s = static_cast<const ast::Subscript*>(e);
        expr(s->value);
        expr(s->slice);
        if (s->ctx == ast::ExprContext::Load) {
          auto v = value(s->value), i = value(s->slice);
          if (v && i) set(e, fold_subscript(*v, *i));
        }
        break;
      }
      case NodeKind::Starred: expr(static_cast<const ast::Starred*>(e)->value); break;
      case NodeKind::Slice: {
        const auto* s = static_cast<const ast::Slice*>(e);
        opt(s->lower);
        opt(s->upper);
        opt(s->step);
        break;
      }
      case NodeKind::List: exprs(static_cast<const ast::List*>(e)->elts); break;
      case NodeKind::Tuple: {
        const auto* t = static_cast<const ast::Tuple*>(e);
        exprs(t->elts);
        if (t->ctx == ast::ExprContext::Load) set(e, const_tuple(t->elts));
        break;
      }
      case NodeKind::Name: {
        const auto* n = static_cast<const ast::Name*>(e);
        if (n->ctx == ast::ExprContext::Load && n->id == "__debug__") set(e, Constant::boolean(optimize_ == 0));
        break;
      }
      default: break;
    }
  }

  // optimize_format: '%s, %r and %a' % (x, y, z) with simple conversions becomes an
  // f-string; anything else (other conversions, flags past '-', 3-digit widths, count
  // mismatches) is left alone.
  void optimize_format(const ast::ExprNode* node, const std::string& fmt, const ast::Seq<ast::ExprNode*>& elts) {
    std::vector<FormatPart> parts;
    size_t pos = 0, cnt = 0, len = fmt.size();
    for (;;) {
      size_t start = pos;
      std::string lit;
      while (pos < len) {
        if (fmt[pos] != '%') {
          lit += fmt[pos++];
        } else if (pos + 1 < len && fmt[pos + 1] == '%') {
          lit += '%';
          pos += 2;
        } else {
          break;
        }
      }
      if (pos != start) {
        FormatPart p;
        p.literal = true;
        p.text = lit;
        parts.push_back(p);
      }
      if (pos >= len) break;
      if (cnt >= elts.size()) return;
      ++pos;
      FormatPart p;
      if (!parse_format(fmt, pos, p)) return;
      p.value = elts[cnt++];
      parts.push_back(p);
    }
    if (cnt < elts.size()) return;
    out_.formats[node] = std::move(parts);
  }

  static bool parse_format(const std::string& fmt, size_t& pos, FormatPart& part) {
    constexpr int kMaxDigits = 3;
    size_t len = fmt.size();
    char ch = 0;
    auto next = [&]() {
      if (pos >= len) return false;
      ch = fmt[pos++];
      return true;
    };
    bool ljust = false;
    for (;;) {
      if (!next()) return false;
      if (ch == '-') { ljust = true; continue; }
      if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') continue;
      break;
    }
    int width = -1, prec = -1;
    if ('0' <= ch && ch <= '9') {
      width = 0;
      int digits = 0;
      while ('0' <= ch && ch <= '9') {
        width = width * 10 + (ch - '0');
        if (!next()) return false;
        if (++digits >= kMaxDigits) return false;
      }
    }
    if (ch == '.') {
      if (!next()) return false;
      prec = 0;
      if ('0' <= ch && ch <= '9') {
        int digits = 0;
        while ('0' <= ch && ch <= '9') {
          prec = prec * 10 + (ch - '0');
          if (!next()) return false;
          if (++digits >= kMaxDigits) return false;
        }
      }
    }
    if (ch != 's' && ch != 'r' && ch != 'a') return false;
    std::string spec;
    if (!ljust && width > 0) spec += '>';
    if (width >= 0) spec += std::to_string(width);
    if (prec >= 0) spec += "." + std::to_string(prec);
    part.conversion = ch;
    part.has_spec = !spec.empty();
    part.text = spec;
    return true;
  }

  FoldResult& out_;
  int optimize_;
  bool future_annotations_;
};

bool has_future_annotations(const ast::Module& module) {
  uint32_t i = 0;
  if (i < module.body.size()) {
    if (const auto* e = ast::node_cast<ast::Expr>(module.body[i])) {
      const auto* c = ast::node_cast<ast::Constant>(e->value);
      if (c != nullptr && c->value.kind == ast::ConstantValue::Kind::kStr) ++i;
    }
  }
  for (; i < module.body.size(); ++i) {
    const auto* f = ast::node_cast<ast::ImportFrom>(module.body[i]);
    if (f == nullptr || f->module != "__future__") break;
    for (const ast::Alias* a : f->names)
      if (a->name == "annotations") return true;
  }
  return false;
}

}  // namespace

Constant constant_from_ast(const ast::ConstantValue& v) {
  switch (v.kind) {
    case ast::ConstantValue::Kind::kNone: return Constant::none();
    case ast::ConstantValue::Kind::kTrue: return Constant::boolean(true);
    case ast::ConstantValue::Kind::kFalse: return Constant::boolean(false);
    case ast::ConstantValue::Kind::kEllipsis: return Constant::ellipsis();
    case ast::ConstantValue::Kind::kInt: return Constant::big_integer(std::string(v.text));
    case ast::ConstantValue::Kind::kFloat: return Constant::floating(v.number);
    case ast::ConstantValue::Kind::kComplex: return Constant::complex(0.0, v.number);
    case ast::ConstantValue::Kind::kStr: return Constant::str(std::string(v.text));
    case ast::ConstantValue::Kind::kBytes: return Constant::bytes(std::string(v.text));
  }
  return Constant::none();
}

FoldResult fold_constants(const ast::Module& module, int optimize) {
  FoldResult out;
  Folder folder(out, optimize, has_future_annotations(module));
  folder.body(module.body);
  return out;
}

}  // namespace glasspy::compile
