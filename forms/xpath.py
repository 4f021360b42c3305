"""XLSForm's XPath subset, translated to and from our condition language.

Forms in the wild use a small part of XPath in `relevant` and `constraint`: `${q} = 'x'`,
`!=`, `<`, `<=`, `>`, `>=`, `and`, `or`, `not()`, `selected(${q}, 'x')`,
`count-selected(${q})`, `.` for the question's own answer, numbers, strings, `true()` and
`false()`. That subset is translated both ways; anything else is refused with a message that
says what was found, never guessed at.

Meaning is kept across the two languages:
- an unanswered question is `''` in XPath and None here, so `${q} = ''` ⇄ `q == None`;
- `selected(${q}, 'x')` ⇄ `"x" in q` (q a multiple choice);
- `count-selected(${q})` ⇄ `count(q)`;
- `${q} = 'a' or ${q} = 'b'` is what `q in ["a", "b"]` becomes (XPath has no lists).
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from decimal import Decimal

from forms.conditions import ConditionError, parse_condition

MAX_XPATH_LENGTH = 2000
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")
_TOKEN = re.compile(
    r"""\s*(?:
        (?P<ref>\$\{[^}]*\})
      | (?P<number>-?(?:\d+(?:\.\d+)?|\.\d+))
      | (?P<string>'[^']*'|"[^"]*")
      | (?P<op>!=|<=|>=|=|<|>)
      | (?P<punct>[(),])
      | (?P<dot>\.(?![\d]))
      | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*)
    )""",
    re.VERBOSE,
)
_XPATH_TO_OURS = {"=": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
_OURS_TO_XPATH = {ast.Eq: "=", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">"}
_OURS_TO_XPATH[ast.GtE] = ">="


class XPathError(ValueError):
    """An expression outside the supported subset; the message says what and where."""


@dataclass
class _Token:
    kind: str
    text: str
    position: int


def _tokens(text: str) -> list[_Token]:
    if len(text) > MAX_XPATH_LENGTH:
        raise XPathError(f"the expression is too long ({len(text)} characters)")
    found: list[_Token] = []
    position = 0
    stripped = text.rstrip()
    while position < len(stripped):
        match = _TOKEN.match(stripped, position)
        if match is None or match.end() == position:
            rest = stripped[position:].lstrip()
            raise XPathError(f"'{rest[:20]}' is not understood (at character {position + 1})")
        kind = match.lastgroup or ""
        found.append(_Token(kind, match.group(kind), match.start(kind) + 1))
        position = match.end()
    return found


class _XPathReader:
    """Recursive descent over the subset, writing our language as it goes."""

    def __init__(self, text: str, self_name: str | None) -> None:
        self.tokens = _tokens(text)
        self.index = 0
        self.self_name = self_name
        self.depth = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self, kind: str | None = None, text: str | None = None) -> _Token:
        token = self.peek()
        if token is None:
            raise XPathError("the expression ends too early")
        if (kind and token.kind != kind) or (text and token.text != text):
            wanted = text or kind
            raise XPathError(f"expected {wanted} but found '{token.text}' at {token.position}")
        self.index += 1
        return token

    def read(self) -> str:
        if not self.tokens:
            raise XPathError("the expression is empty")
        result = self.or_expr()
        extra = self.peek()
        if extra is not None:
            raise XPathError(f"'{extra.text}' at {extra.position} is not understood here")
        return result

    def or_expr(self) -> str:
        parts = [self.and_expr()]
        while (token := self.peek()) is not None and token.kind == "word" and token.text == "or":
            self.take()
            parts.append(self.and_expr())
        return " or ".join(parts)

    def and_expr(self) -> str:
        parts = [self.comparison()]
        while (token := self.peek()) is not None and token.kind == "word" and token.text == "and":
            self.take()
            parts.append(self.comparison())
        return " and ".join(parts)

    def comparison(self) -> str:
        left, left_kind = self.operand()
        token = self.peek()
        if token is None or token.kind != "op":
            if left_kind == "name":
                return f"{left} != None"  # a bare reference is true once answered
            if left_kind not in ("bool", "group"):
                raise XPathError(f"'{left}' needs a comparison, such as = 'yes'")
            return left
        self.take()
        right, right_kind = self.operand()
        op = _XPATH_TO_OURS[token.text]
        # XPath's empty string is an unanswered question here.
        if right_kind == "string" and right == '""':
            right = "None"
        if left_kind == "string" and left == '""':
            left = "None"
        return f"{left} {op} {right}"

    def operand(self) -> tuple[str, str]:
        self.depth += 1
        if self.depth > 40:
            raise XPathError("the expression is nested too deeply")
        try:
            return self._operand()
        finally:
            self.depth -= 1

    def _operand(self) -> tuple[str, str]:
        token = self.take()
        if token.kind == "ref":
            return self.name(token), "name"
        if token.kind == "dot":
            if not self.self_name:
                raise XPathError("'.' (this question's answer) only works in a constraint")
            return self.self_name, "name"
        if token.kind == "number":
            return token.text, "number"
        if token.kind == "string":
            return json.dumps(token.text[1:-1], ensure_ascii=False), "string"
        if token.kind == "punct" and token.text == "(":
            inner = self.or_expr()
            self.take("punct", ")")
            return f"({inner})", "group"
        if token.kind == "word":
            return self.function(token)
        raise XPathError(f"'{token.text}' at {token.position} is not understood here")

    def function(self, token: _Token) -> tuple[str, str]:
        name = token.text
        if name in ("true", "false"):
            self.take("punct", "(")
            self.take("punct", ")")
            return ("True" if name == "true" else "False"), "bool"
        if name == "not":
            self.take("punct", "(")
            inner = self.or_expr()
            self.take("punct", ")")
            return f"not ({inner})", "bool"
        if name == "selected":
            self.take("punct", "(")
            target = self.reference()
            self.take("punct", ",")
            value = self.take("string")
            self.take("punct", ")")
            return f"{json.dumps(value.text[1:-1], ensure_ascii=False)} in {target}", "bool"
        if name == "count-selected":
            self.take("punct", "(")
            target = self.reference()
            self.take("punct", ")")
            return f"count({target})", "number"
        raise XPathError(
            f"the function {name}() at {token.position} is not supported; use =, !=, <, >, "
            "and, or, not(), selected() or count-selected()"
        )

    def reference(self) -> str:
        token = self.peek()
        if token is not None and token.kind == "dot" and self.self_name:
            self.take()
            return self.self_name
        return self.name(self.take("ref"))

    def name(self, token: _Token) -> str:
        inner = token.text[2:-1].strip()
        if not _NAME.fullmatch(inner):
            raise XPathError(f"'{token.text}' is not a question name")
        return inner


def xpath_to_condition(text: str, self_name: str | None = None) -> str:
    """An XPath `relevant`/`constraint` as our condition; `self_name` stands for `.`."""
    condition = _XPathReader(text, self_name).read()
    try:
        parse_condition(condition)
    except ConditionError as error:
        raise XPathError(f"it translates to '{condition}', which is refused: {error}") from None
    return condition


def condition_to_xpath(text: str, self_name: str | None = None) -> str:
    """Our condition as XPath; the name `self_name` is written `.` (for constraints)."""
    tree = parse_condition(text).tree
    return _XPathWriter(self_name).write(tree)


class _XPathWriter:
    def __init__(self, self_name: str | None) -> None:
        self.self_name = self_name

    def write(self, node: ast.AST, parent: ast.AST | None = None) -> str:
        if isinstance(node, ast.BoolOp):
            word = " and " if isinstance(node.op, ast.And) else " or "
            text = word.join(self.write(value, node) for value in node.values)
            # Brackets keep nesting that precedence alone would lose (and inside or needs none).
            needs = isinstance(parent, ast.BoolOp) and (
                type(parent.op) is type(node.op) or isinstance(parent.op, ast.And)
            )
            return f"({text})" if needs else text
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return f"not({self.write(node.operand)})"
        if isinstance(node, ast.Compare):
            return self.compare(node)
        return self.value(node)

    def compare(self, node: ast.Compare) -> str:
        if len(node.ops) != 1:
            raise XPathError("a chained comparison (a < b < c) has no XPath form; split it")
        op, left, right = node.ops[0], node.left, node.comparators[0]
        if isinstance(op, ast.In | ast.NotIn):
            text = self.membership(left, right)
            return f"not({text})" if isinstance(op, ast.NotIn) else text
        return f"{self.value(left)} {_OURS_TO_XPATH[type(op)]} {self.value(right)}"

    def membership(self, left: ast.expr, right: ast.expr) -> str:
        if isinstance(right, ast.Name) and isinstance(left, ast.Constant):
            return f"selected({self.value(right)}, {self.value(left)})"
        if isinstance(right, ast.List | ast.Tuple):
            if not right.elts:
                return "false()"
            subject = self.value(left)
            choices = [f"{subject} = {self.value(item)}" for item in right.elts]
            return f"({' or '.join(choices)})" if len(choices) > 1 else choices[0]
        raise XPathError('only `"x" in question` and `question in [...]` have an XPath form')

    def value(self, node: ast.AST) -> str:
        if isinstance(node, ast.Name):
            return "." if node.id == self.self_name else f"${{{node.id}}}"
        if isinstance(node, ast.Constant):
            value = node.value
            if value is None:
                return "''"
            if value is True:
                return "true()"
            if value is False:
                return "false()"
            if isinstance(value, int | float):
                # XPath numbers have no exponent: 1e-05 is written 0.00001.
                return format(Decimal(repr(value)), "f")
            text = str(value)
            if "'" in text and '"' in text:
                raise XPathError("a text with both ' and \" has no XPath form")
            return f'"{text}"' if "'" in text else f"'{text}'"
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return f"-{self.value(node.operand)}"
        if isinstance(node, ast.Call):
            argument = node.args[0]
            return f"count-selected({self.value(argument)})"
        if isinstance(node, ast.BoolOp | ast.Compare | ast.UnaryOp):
            return f"({self.write(node)})"
        raise XPathError(f"'{ast.unparse(node)}' has no XPath form")
