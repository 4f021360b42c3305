"""The tiny condition language of forms: `relevant` and support-need `when`, parsed with `ast`.

A condition is one Python-looking expression built only from comparisons (== != < <= > >=,
in, not in), `and`, `or`, `not`, literals (text in quotes, numbers, True, False, None, and
lists or tuples of these), names (question ids of the same form, or registration fields) and
`count(name)`, how many choices a multiple-choice answer holds (XLSForm's count-selected).
Nothing else is accepted: no other calls, attributes, subscripts, arithmetic, lambdas,
comprehensions or imports, and the text is never given to `eval`.

How missing answers behave (a skipped, hidden or "don't know" answer is None):
- `==` and `!=` compare as usual, so `staff_fte != 0` is true when nobody gave a figure;
- `<`, `<=`, `>`, `>=` are false when either side is None or the two sides cannot be
  ordered (a number against text), so `governance_2 < 3` is false until it is answered;
- `"food" in themes` is false (and `not in` true) when themes is None.
"""

from __future__ import annotations

import ast
import functools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

MAX_CONDITION_LENGTH = 500
MAX_CONDITION_DEPTH = 24
MAX_LITERAL_ITEMS = 100

_COMPARISONS: dict[type[ast.cmpop], str] = {
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.In: "in",
    ast.NotIn: "not in",
}

# What a person probably meant, for the error message when they use something we refuse.
_REFUSED: dict[type[ast.AST], str] = {
    ast.Call: "function calls are not allowed",
    ast.Attribute: "attribute access (a dot after a name) is not allowed",
    ast.Subscript: "indexing with [ ] is not allowed",
    ast.Lambda: "lambda is not allowed",
    ast.ListComp: "comprehensions are not allowed",
    ast.SetComp: "comprehensions are not allowed",
    ast.DictComp: "comprehensions are not allowed",
    ast.GeneratorExp: "comprehensions are not allowed",
    ast.BinOp: "arithmetic (+ - * / ** and so on) is not allowed; compare values instead",
    ast.IfExp: "'x if y else z' is not allowed; use and/or",
    ast.NamedExpr: "':=' is not allowed",
    ast.Dict: "dictionaries are not allowed",
    ast.Set: 'sets are not allowed; use a list such as ["a", "b"]',
    ast.JoinedStr: "f-strings are not allowed",
    ast.Starred: "'*' is not allowed",
    ast.Await: "await is not allowed",
    ast.Yield: "yield is not allowed",
    ast.YieldFrom: "yield is not allowed",
}


_Evaluator = Callable[[Mapping[str, object]], Any]
Predicate = Callable[[Mapping[str, object]], bool]

# Values that are never "don't know": a name's value of these types is used as it is.
_PLAIN_TYPES = frozenset({str, int, float, bool, list, type(None)})


class ConditionError(ValueError):
    """A condition that cannot be accepted; the message says why, for a person."""


@dataclass(frozen=True)
class Condition:
    """A parsed, checked condition, ready to evaluate against answers and registration fields."""

    text: str
    tree: ast.expr = field(repr=False, compare=False)
    names: frozenset[str] = field(compare=False)
    # The tree turned into nested closures once, when parsed: a council table checks
    # thousands of organisations against the same few conditions, scoring thousands of
    # assessments. `predicate(context)` is `evaluate(context)` without the method call.
    predicate: Predicate = field(repr=False, compare=False, init=False)

    def __post_init__(self) -> None:
        evaluator = _compile(self.tree)
        gives_a_bool = isinstance(self.tree, ast.Compare | ast.BoolOp) or (
            isinstance(self.tree, ast.UnaryOp) and isinstance(self.tree.op, ast.Not)
        )
        predicate = evaluator if gives_a_bool else (lambda context: bool(evaluator(context)))
        object.__setattr__(self, "predicate", predicate)

    def evaluate(self, context: Mapping[str, object]) -> bool:
        """True when the condition holds for these answers and registration fields.

        Names that are not in the context count as missing (None).
        """
        return self.predicate(context)


def compared_values(condition: Condition) -> list[tuple[str, object]]:
    """(name, value) for every comparison of a name with a plain value, e.g. `q_1 == "yes"`.

    Values in a list (`q_1 in ["no", "partly"]`) are listed one by one, so a form check can
    spot a misspelt option.
    """
    pairs: list[tuple[str, object]] = []
    for node in ast.walk(condition.tree):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for left, right in zip(operands, operands[1:], strict=False):
            for name_node, value_node in ((left, right), (right, left)):
                if not isinstance(name_node, ast.Name):
                    continue
                if isinstance(value_node, ast.Constant):
                    pairs.append((name_node.id, value_node.value))
                elif isinstance(value_node, ast.List | ast.Tuple):
                    pairs += [
                        (name_node.id, item.value)
                        for item in value_node.elts
                        if isinstance(item, ast.Constant)
                    ]
    return pairs


def parse_condition(text: str) -> Condition:
    """Parse and check a condition; raise ConditionError with a clear message if refused."""
    if not isinstance(text, str):
        raise ConditionError(f"a condition must be text, not {type(text).__name__}")
    return _parse_cached(text)


@functools.lru_cache(maxsize=1024)
def _parse_cached(text: str) -> Condition:
    stripped = text.strip()
    if not stripped:
        raise ConditionError("the condition is empty")
    if len(stripped) > MAX_CONDITION_LENGTH:
        raise ConditionError(
            f"the condition is too long ({len(stripped)} characters; at most "
            f"{MAX_CONDITION_LENGTH}); split the idea into simpler questions"
        )
    if "\n" in stripped or "\r" in stripped:
        raise ConditionError("a condition must be on one line")
    # Nesting is checked on the raw text first, so the parser never sees pathological input.
    depth = 0
    for char in stripped:
        if char in "([":
            depth += 1
            if depth > MAX_CONDITION_DEPTH:
                raise ConditionError(
                    f"the condition is nested too deeply (more than {MAX_CONDITION_DEPTH} "
                    "brackets inside each other)"
                )
        elif char in ")]":
            depth = max(0, depth - 1)
    try:
        module = ast.parse(stripped, mode="eval")
    except SyntaxError as exc:
        detail = exc.msg or "not understood"
        where = f" at character {exc.offset}" if exc.offset else ""
        raise ConditionError(
            f"the condition is not valid ({detail}{where}); write it like "
            '`legal_form != "unincorporated" and governance_2 < 3`'
        ) from None
    except (RecursionError, MemoryError, ValueError):
        raise ConditionError("the condition is too complicated to read") from None
    names: set[str] = set()
    _check(module.body, names, 1)
    return Condition(text=text, tree=module.body, names=frozenset(names))


def _check(node: ast.AST, names: set[str], depth: int) -> None:
    if depth > MAX_CONDITION_DEPTH:
        raise ConditionError(
            f"the condition is nested too deeply (more than {MAX_CONDITION_DEPTH} levels)"
        )
    if isinstance(node, ast.BoolOp):
        for value in node.values:
            _check(value, names, depth + 1)
    elif isinstance(node, ast.UnaryOp):
        if isinstance(node.op, ast.Not):
            _check(node.operand, names, depth + 1)
        elif isinstance(node.op, ast.USub | ast.UAdd) and _is_plain_number(node.operand):
            return
        else:
            raise ConditionError(
                "only 'not', and one minus sign before a number, are allowed before a value"
            )
    elif isinstance(node, ast.Compare):
        for op in node.ops:
            if type(op) not in _COMPARISONS:
                raise ConditionError(
                    "'is' is not allowed; use == or != (for example `x == None`)"
                    if isinstance(op, ast.Is | ast.IsNot)
                    else "that comparison is not allowed"
                )
        _check(node.left, names, depth + 1)
        for comparator in node.comparators:
            _check(comparator, names, depth + 1)
    elif isinstance(node, ast.Call) and _is_count(node):
        _check(node.args[0], names, depth + 1)
    elif isinstance(node, ast.Name):
        if node.id.startswith("__") or node.id.startswith("_"):
            raise ConditionError(
                f"the name '{node.id}' is not allowed (names cannot start with an underscore)"
            )
        names.add(node.id)
    elif isinstance(node, ast.Constant):
        if not isinstance(node.value, str | int | float | bool | type(None)):
            raise ConditionError(f"the value {node.value!r} is not allowed")
        if isinstance(node.value, float) and not math.isfinite(node.value):
            raise ConditionError("numbers must be finite")
    elif isinstance(node, ast.List | ast.Tuple):
        if len(node.elts) > MAX_LITERAL_ITEMS:
            raise ConditionError(f"a list may hold at most {MAX_LITERAL_ITEMS} values")
        for element in node.elts:
            if not (isinstance(element, ast.Constant) or _is_number(element)):
                raise ConditionError("a list in a condition may only hold plain values")
            _check(element, names, depth + 1)
    else:
        reason = _REFUSED.get(type(node), f"'{type(node).__name__}' is not allowed")
        raise ConditionError(f"{reason} in a condition")


def _is_count(node: ast.Call) -> bool:
    """`count(name)`: the one call a condition may make."""
    return (
        isinstance(node.func, ast.Name)
        and node.func.id == "count"
        and len(node.args) == 1
        and not node.keywords
        and isinstance(node.args[0], ast.Name)
    )


def _count(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, list | tuple | set | frozenset):
        return len(value)
    return 1


def _is_number(node: ast.AST) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        node = node.operand
    return _is_plain_number(node)


def _is_plain_number(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, int | float)
        and not isinstance(node.value, bool)
    )


def _compile(node: ast.AST) -> _Evaluator:
    """A function of the context giving the node's value (the tree was checked by `_check`)."""
    if isinstance(node, ast.BoolOp):
        return _compile_boolean(node)
    if isinstance(node, ast.UnaryOp):
        operand = _compile(node.operand)
        if isinstance(node.op, ast.Not):
            return lambda context: not operand(context)
        if isinstance(node.op, ast.USub):
            return lambda context: -operand(context)
        return operand
    if isinstance(node, ast.Compare):
        return _compile_comparison(node)
    if isinstance(node, ast.Name):
        return _compile_name(node.id)
    if isinstance(node, ast.Call):
        argument = _compile(node.args[0])
        return lambda context: _count(argument(context))
    if isinstance(node, ast.Constant):
        constant = node.value
        return lambda context: constant
    if isinstance(node, ast.List | ast.Tuple):
        elements = tuple(_compile(element) for element in node.elts)
        return lambda context: [element(context) for element in elements]
    raise ConditionError(f"'{type(node).__name__}' is not allowed in a condition")


def _compile_boolean(node: ast.BoolOp) -> _Evaluator:
    """`and` / `or`: True or False, stopping at the first part that decides (as all/any)."""
    parts = tuple(_compile(value) for value in node.values)
    if len(parts) == 2:  # the usual case, without a generator
        first, second = parts
        if isinstance(node.op, ast.And):
            return lambda context: bool(first(context) and second(context))
        return lambda context: bool(first(context) or second(context))
    if isinstance(node.op, ast.And):
        return lambda context: all(part(context) for part in parts)
    return lambda context: any(part(context) for part in parts)


def _compile_name(name: str) -> _Evaluator:
    def value_of(context: Mapping[str, object]) -> Any:
        value = context.get(name)
        return value if type(value) in _PLAIN_TYPES else _plain(value)

    return value_of


def _compile_comparison(node: ast.Compare) -> _Evaluator:
    if len(node.ops) == 1:
        return _compile_one_comparison(type(node.ops[0]), node.left, node.comparators[0])
    left_of = _compile(node.left)
    steps = tuple(
        (type(op), _compile(comparator))
        for op, comparator in zip(node.ops, node.comparators, strict=True)
    )

    def chain(context: Mapping[str, object]) -> bool:
        left = left_of(context)
        for op, right_of in steps:
            right = right_of(context)
            if not _compare(op, left, right):
                return False
            left = right
        return True

    return chain


def _compile_one_comparison(
    op: type[ast.cmpop], left_node: ast.expr, right_node: ast.expr
) -> _Evaluator:
    """One comparison, with the common shapes as their own small functions (same results as
    `_compare`)."""
    if (
        op in (ast.Eq, ast.NotEq)
        and isinstance(left_node, ast.Name)
        and isinstance(right_node, ast.Constant)
        and right_node.value is not None
    ):
        # `name == "text"`: a "don't know" answer (None here) equals no such value either, so
        # the value is compared as it is.
        name, constant = left_node.id, right_node.value
        if op is ast.Eq:
            return lambda context: bool(context.get(name) == constant)
        return lambda context: bool(context.get(name) != constant)
    left_of = _compile(left_node)
    right_of = _compile(right_node)
    if op is ast.Eq:
        return lambda context: bool(left_of(context) == right_of(context))
    if op is ast.NotEq:
        return lambda context: bool(left_of(context) != right_of(context))
    if op is ast.In or op is ast.NotIn:
        found_means = op is ast.In

        def contains(context: Mapping[str, object]) -> bool:
            # A missing list counts as empty, as does a list that cannot hold the value.
            container = right_of(context)
            try:
                found = container is not None and left_of(context) in container
            except TypeError:
                found = False
            return found if found_means else not found

        return contains
    return lambda context: _compare(op, left_of(context), right_of(context))


def _plain(value: object) -> object:
    """Answers that say "don't know" evaluate as missing."""
    if getattr(value, "is_dont_know", False):
        return None
    return value


def _compare(op: type[ast.cmpop], left: Any, right: Any) -> bool:
    if op is ast.Eq:
        return bool(left == right)
    if op is ast.NotEq:
        return bool(left != right)
    if op is ast.In or op is ast.NotIn:
        # A missing list counts as empty, as does a list that cannot hold the value.
        try:
            found = right is not None and left in right
        except TypeError:
            found = False
        return found if op is ast.In else not found
    if left is None or right is None:
        return False
    try:
        if op is ast.Lt:
            return bool(left < right)
        if op is ast.LtE:
            return bool(left <= right)
        if op is ast.Gt:
            return bool(left > right)
        return bool(left >= right)
    except TypeError:
        return False
