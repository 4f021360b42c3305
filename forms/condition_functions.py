"""Conditions turned into plain Python functions, for code that evaluates them thousands of times.

`Condition.evaluate` walks the syntax tree on every call; scoring a council's assessments
evaluates the same few dozen conditions for each of them. `condition_function` walks the tree
once and returns nested closures that give exactly what `Condition.evaluate` gives (the same
operators, the same treatment of missing and "don't know" values, the same refusal of
orderings that cannot be made), so a verdict never depends on which of the two was used.
The tree was checked when the condition was parsed; nothing here is given to `eval`.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Callable, Mapping
from typing import Any

from forms.conditions import Condition, ConditionError, _compare, _count, _plain

Context = Mapping[str, object]
Getter = Callable[[Context], Any]
Test = Callable[[Context], bool]

# Values that are never "don't know": returned as they are without asking.
_PLAIN_TYPES = frozenset({str, int, float, bool, list, type(None)})


@functools.lru_cache(maxsize=1024)
def _cached(condition: Condition) -> Test:
    getter = _compile(condition.tree)
    if isinstance(condition.tree, ast.Compare | ast.BoolOp) or (
        isinstance(condition.tree, ast.UnaryOp) and isinstance(condition.tree.op, ast.Not)
    ):
        return getter  # these give True or False already
    return lambda context: bool(getter(context))


def condition_function(condition: Condition) -> Test:
    """A function of the context (answers and registration fields) giving what
    `condition.evaluate(context)` gives."""
    return _cached(condition)


def _compile(node: ast.AST) -> Getter:
    if isinstance(node, ast.BoolOp):
        return _boolean(node)
    if isinstance(node, ast.UnaryOp):
        operand = _compile(node.operand)
        if isinstance(node.op, ast.Not):
            return lambda context: not operand(context)
        if isinstance(node.op, ast.USub):
            return lambda context: -operand(context)
        return operand
    if isinstance(node, ast.Compare):
        return _comparison(node)
    if isinstance(node, ast.Name):
        return _name(node.id)
    if isinstance(node, ast.Call):
        counted = _compile(node.args[0])
        return lambda context: _count(counted(context))
    if isinstance(node, ast.Constant):
        value = node.value
        return lambda _context: value
    if isinstance(node, ast.List | ast.Tuple):
        elements = tuple(_compile(element) for element in node.elts)
        # a fresh list each time, as the tree walk gives: nothing can change a shared one
        return lambda context: [element(context) for element in elements]
    raise ConditionError(f"'{type(node).__name__}' is not allowed in a condition")


def _boolean(node: ast.BoolOp) -> Getter:
    """`and` / `or`: True or False, stopping at the first part that decides, like all()/any()."""
    parts = tuple(_compile(value) for value in node.values)
    if isinstance(node.op, ast.And):
        if len(parts) == 2:
            first, second = parts
            return lambda context: bool(first(context) and second(context))
        return lambda context: all(part(context) for part in parts)
    if len(parts) == 2:
        first, second = parts
        return lambda context: bool(first(context) or second(context))
    return lambda context: any(part(context) for part in parts)


def _name(name: str) -> Getter:
    def value_of(context: Context) -> Any:
        value = context.get(name)
        return value if type(value) in _PLAIN_TYPES else _plain(value)

    return value_of


def _comparison(node: ast.Compare) -> Getter:
    if len(node.ops) == 1:
        return _one_comparison(type(node.ops[0]), node.left, node.comparators[0])
    left = _compile(node.left)
    steps = tuple(
        (type(op), _compile(comparator))
        for op, comparator in zip(node.ops, node.comparators, strict=True)
    )

    def chained(context: Context) -> bool:
        value = left(context)
        for op, right in steps:
            following = right(context)
            if not _compare(op, value, following):
                return False
            value = following
        return True

    return chained


def _one_comparison(op: type[ast.cmpop], left_node: ast.expr, right_node: ast.expr) -> Getter:
    left = _compile(left_node)
    right = _compile(right_node)
    if (
        op in (ast.Eq, ast.NotEq)
        and isinstance(left_node, ast.Name)
        and isinstance(right_node, ast.Constant)
        and right_node.value is not None
    ):
        # `name == "text"`: a "don't know" answer (None to the tree walk) equals no such
        # value either, so the answer is compared as it is.
        name, constant = left_node.id, right_node.value
        if op is ast.Eq:
            return lambda context: bool(context.get(name) == constant)
        return lambda context: bool(context.get(name) != constant)
    if op is ast.Eq:
        return lambda context: bool(left(context) == right(context))
    if op is ast.NotEq:
        return lambda context: bool(left(context) != right(context))
    if op is ast.In or op is ast.NotIn:
        found_means = op is ast.In

        def contains(context: Context) -> bool:
            container = right(context)
            try:
                found = container is not None and left(context) in container
            except TypeError:
                found = False
            return found if found_means else not found

        return contains
    return lambda context: _compare(op, left(context), right(context))
