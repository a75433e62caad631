"""Loading customers, contacts, invoices and payments from ERP exports (CSV, JSON, JSONL).

Every row goes through the ledger's own upserts, so an import is idempotent (loading the same
file twice changes nothing) and audited like any other write. A bad row never hides: it is
reported as FILE:LINE with the reason, the good rows are kept, and `strict` turns the whole
file into one all-or-nothing transaction. Files are read as a stream so an export of a million
rows never sits in memory at once.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, BinaryIO, Literal

from pydantic import BaseModel, ValidationError
from sqlalchemy import event, func, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ledger.customers import upsert_contact, upsert_customer
from ledger.errors import LedgerError
from ledger.import_columns import BOOL_FIELDS, DATE_FIELDS, KINDS, MONEY_FIELDS, REQUIRED, fold, header_map
from ledger.invoices import upsert_invoice
from ledger.models import Customer
from ledger.payments import record_payment
from ledger.schemas import ContactIn, CustomerIn, InvoiceIn, PaymentIn

Kind = Literal["customers", "contacts", "invoices", "payments"]
Outcome = Literal["created", "updated", "unchanged"]


class ImportFileError(ValueError):
    """The file as a whole cannot be read (missing columns, not CSV/JSON, wrong encoding)."""


class RowRejected(ValueError):
    """One row is wrong; the message says why in terms of the file's own columns."""


class ImportOptions(BaseModel):
    date_format: str | None = None  # strptime pattern; ISO dates when None
    decimal_comma: bool = False  # "1.234,50" instead of "1,234.50"
    strict: bool = False  # all rows or none
    delimiter: str | None = None  # CSV only; guessed from the header line when None
    encoding: str = "utf-8-sig"
    batch_size: int = 500  # rows per commit outside strict mode
    actor: str = "import"


class RowError(BaseModel):
    line: int
    reason: str


class ImportReport(BaseModel):
    kind: str
    file: str
    read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    committed: bool = True
    ignored_columns: list[str] = []
    errors: list[RowError] = []  # the first MAX_KEPT_ERRORS; all of them go to on_error

    @property
    def changed(self) -> int:
        return self.created + self.updated


MAX_KEPT_ERRORS = 1000


# --- reading files as streams of (line, {field: value}) -------------------------------------


class RowSource:
    """The rows of one file, mapped to field names, with how far into the file we are."""

    def __init__(self, path: Path, kind: str, options: ImportOptions):
        self.path = path
        self.kind = kind
        self.options = options
        self.size = path.stat().st_size
        self.ignored: list[str] = []
        self.headers: dict[str, str] = {}  # field -> header as written in the file
        self._mapping = header_map(kind)
        self._binary: BinaryIO | None = None

    def position(self) -> int:
        try:
            return self._binary.tell() if self._binary is not None else 0
        except (ValueError, OSError):
            return self.size

    def _map_key(self, key: str) -> str | None:
        field = self._mapping.get(fold(key))
        if field is None:
            if key not in self.ignored:
                self.ignored.append(key)
            return None
        self.headers.setdefault(field, key)
        return field

    def __iter__(self) -> Iterator[tuple[int, dict[str, Any] | RowRejected]]:
        suffix = self.path.suffix.lower()
        with self.path.open("rb") as binary:
            self._binary = binary
            if suffix in (".jsonl", ".ndjson"):
                yield from self._json_lines(binary)
            elif suffix == ".json":
                first = _first_significant_byte(binary)
                if first == b"[":
                    yield from self._json_array(binary)
                elif first == b"{":
                    yield from self._json_lines(binary)
                elif first == b"":
                    return
                else:
                    raise ImportFileError(f"{self.path}: expected a JSON array of objects or JSON lines")
            else:
                yield from self._csv(binary)

    def _csv(self, binary: BinaryIO) -> Iterator[tuple[int, dict[str, Any] | RowRejected]]:
        text = io.TextIOWrapper(binary, encoding=self.options.encoding, newline="")
        try:
            first_line = text.readline()
            delimiter = self.options.delimiter or _guess_delimiter(first_line)
            text.seek(0)
            reader = csv.reader(text, delimiter=delimiter)
            header: list[str] | None = None
            fields: list[str | None] = []
            previous_end = 0
            while True:
                try:
                    record = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    yield reader.line_num, RowRejected(f"unreadable CSV: {exc}")
                    previous_end = reader.line_num
                    continue
                line = previous_end + 1
                previous_end = reader.line_num
                if not any(cell.strip() for cell in record):
                    continue
                if header is None:
                    header = [cell.strip() for cell in record]
                    fields = self._csv_header(header)
                    continue
                extra = [cell for cell in record[len(fields):] if cell.strip()]
                if extra:
                    yield line, RowRejected(f"{len(record)} fields but the header has {len(fields)}")
                    continue
                row = {f: cell for f, cell in zip(fields, record) if f is not None}
                yield line, row
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                f"{self.path}: not {self.options.encoding} text ({exc.reason}); pass --encoding"
            ) from exc
        finally:
            text.detach()
        if header is None:
            raise ImportFileError(f"{self.path}: empty file (a header row is required)")

    def _csv_header(self, header: list[str]) -> list[str | None]:
        fields = [self._map_key(h) if h else None for h in header]
        seen: dict[str, str] = {}
        for name, field in zip(header, fields):
            if field is None:
                continue
            if field in seen:
                raise ImportFileError(
                    f"{self.path}:1: columns {seen[field]!r} and {name!r} both mean {field}; keep one"
                )
            seen[field] = name
        missing = [group for group in REQUIRED[self.kind] if not any(f in seen for f in group)]
        if missing:
            wanted = "; ".join(" or ".join(group) for group in missing)
            raise ImportFileError(f"{self.path}:1: missing required column {wanted} (see docs/import.md)")
        return fields

    def _json_lines(self, binary: BinaryIO) -> Iterator[tuple[int, dict[str, Any] | RowRejected]]:
        for number, raw in enumerate(binary, start=1):
            if not raw.strip():
                continue
            try:
                value = json.loads(raw.decode(self.options.encoding), parse_float=Decimal)
            except (ValueError, UnicodeDecodeError) as exc:
                yield number, RowRejected(f"invalid JSON: {exc}")
                continue
            yield number, self._json_object(value)

    def _json_array(self, binary: BinaryIO) -> Iterator[tuple[int, dict[str, Any] | RowRejected]]:
        import ijson

        index = 0
        try:
            for index, value in enumerate(ijson.items(binary, "item"), start=1):
                yield index, self._json_object(value)
        except ijson.JSONError as exc:
            # Past a syntax error nothing else can be read; the rows before it stand.
            yield index + 1, RowRejected(f"invalid JSON, reading stopped here: {exc}")

    def _json_object(self, value: Any) -> dict[str, Any] | RowRejected:
        if not isinstance(value, dict):
            return RowRejected(f"expected an object, got {type(value).__name__}")
        row: dict[str, Any] = {}
        for key, cell in value.items():
            field = self._map_key(str(key))
            if field is None:
                continue
            if field in row:
                return RowRejected(f"two keys mean {field}")
            row[field] = cell
        return row


def _first_significant_byte(binary: BinaryIO) -> bytes:
    head = binary.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    binary.seek(0)
    return head[:1]


def _guess_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# --- cell values -----------------------------------------------------------------------------

_CURRENCY = re.compile(r"^[A-Z]{3}\s*|\s*[A-Z]{3}$|[$€£¥₹]")
_SPACES = re.compile(r"[\s\u00a0\u202f'’]")


def parse_amount(text: str, *, decimal_comma: bool = False) -> Decimal:
    """An amount as finance exports write it: "$1,234.50", "(12.00)", "1 234,50 €" (comma mode)."""
    s = text.strip()
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
    s = _CURRENCY.sub("", s).strip()
    if s.startswith("-") or s.endswith("-"):
        negative, s = True, s.strip("-").strip()
    decimal_mark, group_mark = (",", ".") if decimal_comma else (".", ",")
    s = _SPACES.sub(group_mark, s)
    whole, _, fraction = s.partition(decimal_mark)
    grouped = re.fullmatch(r"\d{1,3}(?:" + re.escape(group_mark) + r"\d{3})+", whole)
    if not (grouped or re.fullmatch(r"\d+", whole)) or (fraction and not re.fullmatch(r"\d+", fraction)):
        hint = ""
        if not decimal_comma and re.fullmatch(r"[\d.\s]*\d,\d{1,2}", s):
            hint = "; pass --decimal-comma for amounts like 1.234,50"
        raise RowRejected(f"{text!r} is not an amount{hint}")
    try:
        value = Decimal(whole.replace(group_mark, "") + ("." + fraction if fraction else ""))
    except InvalidOperation as exc:
        raise RowRejected(f"{text!r} is not an amount") from exc
    return -value if negative else value


def parse_date(text: str, date_format: str | None) -> date:
    value = text.strip()
    if date_format:
        try:
            return datetime.strptime(value, date_format).date()
        except ValueError as exc:
            raise RowRejected(f"{text!r} does not match --date-format {date_format!r}") from exc
    try:
        if len(value) > 10 and value[10] in "T ":
            return datetime.fromisoformat(value).date()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value)
    except ValueError as exc:
        raise RowRejected(f"{text!r} is not a valid date: {exc}") from exc
    raise RowRejected(f"{text!r} is not an ISO date (YYYY-MM-DD); pass --date-format for other forms")


_TRUE = {"1", "true", "yes", "y", "x", "t"}
_FALSE = {"0", "false", "no", "n", "f", ""}


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise RowRejected(f"{value!r} is not yes/no")


def parse_terms(value: Any) -> int:
    """Payment terms in days: 30, "30", "Net 30", "Due on receipt"."""
    if isinstance(value, int):
        return value
    text = str(value).strip().lower()
    if text in ("due on receipt", "on receipt", "cod", "immediate"):
        return 0
    match = re.fullmatch(r"(?:net\s*)?(\d{1,3})(?:\s*days?)?", text)
    if not match:
        raise RowRejected(f"{value!r} is not a payment term in days (e.g. 30 or Net 30)")
    return int(match.group(1))


def _clean(row: dict[str, Any], headers: dict[str, str], options: ImportOptions) -> dict[str, Any]:
    """Typed values for the fields that have one; empty cells are left out."""
    values: dict[str, Any] = {}
    for field, raw in row.items():
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        try:
            if field in DATE_FIELDS:
                values[field] = parse_date(raw, options.date_format) if isinstance(raw, str) else raw
            elif field in MONEY_FIELDS:
                if isinstance(raw, str):
                    values[field] = parse_amount(raw, decimal_comma=options.decimal_comma)
                elif isinstance(raw, (int, Decimal)) and not isinstance(raw, bool):
                    values[field] = Decimal(raw)
                elif isinstance(raw, float):
                    values[field] = Decimal(str(raw))
                else:
                    raise RowRejected(f"{raw!r} is not an amount")
            elif field in BOOL_FIELDS:
                values[field] = parse_bool(raw)
            elif field == "terms":
                values[field] = parse_terms(raw)
            elif field == "currency":
                values[field] = str(raw).strip().upper()
            else:
                values[field] = str(raw).strip()
        except RowRejected as exc:
            raise RowRejected(f"{headers.get(field, field)}: {exc}") from None
    return values


# --- applying rows ---------------------------------------------------------------------------

# Schema field -> import column, so validation messages speak the file's language.
_SCHEMA_TO_COLUMN = {"external_id": "customer_id", "terms_days": "terms"}


class _Importer:
    def __init__(self, kind: str, options: ImportOptions, headers: dict[str, str]):
        self.kind = kind
        self.options = options
        self.headers = headers
        self._names: dict[str, str | RowRejected] = {}
        self.inserted: list[Any] = []

    def customer_for_name(self, session: Session, name: str) -> str:
        if name not in self._names:
            self._names[name] = _resolve_name(session, name)
        found = self._names[name]
        if isinstance(found, RowRejected):
            raise found
        return found

    def model(self, session: Session, values: dict[str, Any]) -> BaseModel:
        name = values.pop("customer_name", None)
        if self.kind != "customers" and "customer_id" not in values and name is not None:
            values["customer_id"] = self.customer_for_name(session, name)
        if self.kind == "customers":
            values.setdefault("customer_id", values.get("name"))
            values["external_id"] = values.pop("customer_id", None)
            if "terms" in values:
                values["terms_days"] = values.pop("terms")
            return CustomerIn.model_validate(values)
        if self.kind == "contacts":
            return ContactIn.model_validate(values)
        if self.kind == "invoices":
            return InvoiceIn.model_validate(values)
        return PaymentIn.model_validate(values)

    def apply(self, session: Session, data: BaseModel) -> Outcome:
        self.inserted.clear()
        try:
            return self._apply(session, data)
        finally:
            self.inserted.clear()

    def _apply(self, session: Session, data: BaseModel) -> Outcome:
        actor = self.options.actor
        if isinstance(data, CustomerIn):
            row, changed = upsert_customer(session, data, actor=actor)
        elif isinstance(data, ContactIn):
            row, changed = upsert_contact(session, data, actor=actor)
        elif isinstance(data, InvoiceIn):
            row, changed = upsert_invoice(session, data, actor=actor)
        elif isinstance(data, PaymentIn):
            row, changed = record_payment(session, data, actor=actor)
        else:  # pragma: no cover - model() returns only the four
            raise TypeError(type(data))
        session.flush()
        if not changed:
            return "unchanged"
        return "created" if any(obj is row for obj in self.inserted) else "updated"

    def watch(self, session: Session) -> None:
        """Note the rows each upsert inserts, to tell a created row from an updated one."""

        def on_insert(_session: Session, instance: Any) -> None:
            self.inserted.append(instance)

        event.listen(session, "pending_to_persistent", on_insert)

    def explain(self, exc: ValidationError) -> str:
        parts = []
        for error in exc.errors():
            field = str(error["loc"][0]) if error["loc"] else ""
            column = _SCHEMA_TO_COLUMN.get(field, field)
            label = self.headers.get(column, column)
            message = error["msg"].removeprefix("Value error, ")
            parts.append(f"{label}: {message}" if label else message)
        return "; ".join(parts)


def _resolve_name(session: Session, name: str) -> str | RowRejected:
    ids = session.scalars(select(Customer.external_id).where(Customer.name == name).limit(2)).all()
    if not ids:
        ids = session.scalars(
            select(Customer.external_id).where(func.lower(Customer.name) == name.lower()).limit(2)
        ).all()
    if not ids:
        return RowRejected(f"no customer named {name!r} (import customers first, or give customer_id)")
    if len(ids) > 1:
        return RowRejected(f"several customers are named {name!r}; give customer_id instead")
    return ids[0]


def _begin(session: Session) -> None:
    """Open the outer transaction explicitly on SQLite.

    The sqlite3 module only starts a transaction before its first write, so a SAVEPOINT issued
    first would itself be the outermost transaction and its RELEASE would commit the row at
    once, defeating both the batches and --strict.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite" and not connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql("BEGIN")


def _db_reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0]


def import_file(
    factory: sessionmaker[Session],
    kind: str,
    path: Path | str,
    options: ImportOptions | None = None,
    *,
    on_error: Callable[[int, str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Load one file; returns the counts. Rows are committed in batches, each in a savepoint.

    `on_error(line, reason)` hears of every rejected row as it happens; `on_progress(done,
    total)` of bytes read. With `options.strict` nothing is committed if any row is rejected
    (every row is still checked, so all problems are reported at once).
    """
    if kind not in KINDS:
        raise ImportFileError(f"unknown import kind {kind!r} (one of {', '.join(KINDS)})")
    options = options or ImportOptions()
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"{path}: no such file")
    source = RowSource(path, kind, options)
    report = ImportReport(kind=kind, file=str(path))
    importer = _Importer(kind, options, source.headers)

    def reject(line: int, reason: str) -> None:
        report.rejected += 1
        if len(report.errors) < MAX_KEPT_ERRORS:
            report.errors.append(RowError(line=line, reason=reason))
        if on_error is not None:
            on_error(line, reason)

    pending = 0
    with factory() as session:
        importer.watch(session)
        try:
            _begin(session)
            for line, row in source:
                report.read += 1
                if isinstance(row, RowRejected):
                    reject(line, str(row))
                    continue
                try:
                    values = _clean(row, source.headers, options)
                    data = importer.model(session, values)
                    with session.begin_nested():
                        outcome = importer.apply(session, data)
                except RowRejected as exc:
                    reject(line, str(exc))
                    continue
                except ValidationError as exc:
                    reject(line, importer.explain(exc))
                    continue
                except LedgerError as exc:
                    reject(line, str(exc))
                    continue
                except (IntegrityError, DataError) as exc:
                    reject(line, _db_reason(exc))
                    continue
                setattr(report, outcome, getattr(report, outcome) + 1)
                pending += 1
                if not options.strict and pending >= options.batch_size:
                    session.commit()
                    session.expunge_all()
                    _begin(session)
                    pending = 0
                if on_progress is not None and report.read % 200 == 0:
                    on_progress(source.position(), source.size)
            if options.strict and report.rejected:
                session.rollback()
                report.committed = False
            else:
                session.commit()
        except BaseException:
            session.rollback()
            raise
    report.ignored_columns = list(source.ignored)
    if on_progress is not None:
        on_progress(source.size, source.size)
    return report
