"""A thin layer over the `openai` SDK for any OpenAI-compatible chat endpoint.

The reader of inbound mail and the reply drafter both talk to a model through here, so that
timeouts, retries, the structured-output request and token accounting are decided once, and
callers handle exactly two failures: `ModelUnavailable` (the endpoint cannot give an answer:
down, refused, unauthorised, rate-limited or failing past the retry budget) and
`ModelOutputInvalid` (it answered, but not with what was asked for).

Retries with exponential backoff and jitter on timeouts, connection errors, 408/409/429 and
5xx are the SDK's own (honouring `Retry-After`), configured here with `max_retries`.

Some OpenAI-compatible servers (llama.cpp's among them) reject a strict `json_schema`
response format. When one answers such a request with 400/422 (or a 5xx that names the format),
the call is repeated once with `{"type": "json_object"}`, the schema written into the system
message and passed along in llama.cpp's `schema` extension of that format. If that works, the
endpoint is remembered for the rest of the process and asked in the fallback form directly.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import threading
from typing import Any

import openai
from pydantic import BaseModel, ValidationError

from agent.reading import Usage

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 60.0
DEFAULT_MAX_RETRIES = 3
# A key the SDK insists on even for local servers that check none.
_KEYLESS_PLACEHOLDER = "no-key-needed"


class ModelUnavailable(RuntimeError):
    """The model endpoint gave no usable answer (down, auth, rate limit, retries exhausted)."""


class ModelOutputInvalid(ValueError):
    """The model answered, but not with JSON of the requested shape."""


# Endpoints (base URL, model) known to reject `json_schema`; filled at most once per endpoint.
_JSON_OBJECT_ONLY: set[tuple[str, str]] = set()
_FALLBACK_LOCK = threading.Lock()


class ModelClient:
    """One configured endpoint and model; cheap to keep for the life of the process."""

    def __init__(self, client: openai.OpenAI, model: str) -> None:
        self.client = client
        self.model = model

    @property
    def endpoint(self) -> tuple[str, str]:
        return (str(self.client.base_url), self.model)

    @property
    def uses_json_object(self) -> bool:
        """True once this endpoint has been found to reject strict JSON schemas."""
        return self.endpoint in _JSON_OBJECT_ONLY

    def text_call(self, system: str, user: str, *, max_tokens: int | None = None) -> tuple[str, Usage]:
        """Free text from one chat completion (e.g. a reply draft)."""
        response = self._complete(system, user, response_format=None, max_tokens=max_tokens)
        text, finish = _first_choice(response)
        if finish == "length":
            raise ModelOutputInvalid("the model stopped at the token limit before finishing")
        if not text.strip():
            raise ModelOutputInvalid("the model returned an empty answer")
        return text, _usage(response)

    def structured_call(
        self,
        system: str,
        user: str,
        schema_name: str,
        json_schema: dict[str, Any],
        *,
        max_tokens: int | None = None,
    ) -> tuple[dict[str, Any], Usage]:
        """One JSON object answering `user`, requested with a strict JSON schema.

        The result is checked to be a JSON object carrying the schema's required top-level
        keys; deeper checks belong to the caller's own model (see `model_call`).
        """
        strict_format = {
            "type": "json_schema",
            "json_schema": {"name": schema_name, "schema": json_schema, "strict": True},
        }
        if self.uses_json_object:
            response = self._json_object_call(system, user, json_schema, max_tokens)
        else:
            try:
                response = self._complete(system, user, response_format=strict_format, max_tokens=max_tokens)
            except openai.APIStatusError as exc:
                # Only errors that are rejections of the format reach here (see _complete).
                log.warning(
                    "%s rejected a json_schema response format (%s); retrying with json_object",
                    self.client.base_url, exc.status_code,
                )
                try:
                    response = self._json_object_call(system, user, json_schema, max_tokens)
                except ModelUnavailable as again:
                    raise ModelUnavailable(
                        f"the model endpoint refused the request ({_brief(exc)}); "
                        f"without the schema: {again}"
                    ) from exc
                with _FALLBACK_LOCK:
                    _JSON_OBJECT_ONLY.add(self.endpoint)
        text, finish = _first_choice(response)
        if finish == "length":
            raise ModelOutputInvalid("the model stopped at the token limit: its JSON is cut short")
        data = parse_json_object(text)
        missing = [k for k in json_schema.get("required", []) if k not in data]
        if missing:
            raise ModelOutputInvalid(f"the model's JSON lacks required keys: {', '.join(missing)}")
        return data, _usage(response)

    def model_call(
        self,
        system: str,
        user: str,
        output: type[BaseModel],
        *,
        max_tokens: int | None = None,
    ) -> tuple[BaseModel, Usage]:
        """`structured_call` with the schema derived from `output`, validated into it."""
        data, usage = self.structured_call(
            system, user, output.__name__, strict_json_schema(output), max_tokens=max_tokens
        )
        try:
            return output.model_validate(data), usage
        except ValidationError as exc:
            raise ModelOutputInvalid(
                f"the model's JSON does not match {output.__name__}: "
                f"{exc.error_count()} error(s), first: {exc.errors()[0]['msg']} at "
                f"{'.'.join(str(p) for p in exc.errors()[0]['loc'])}"
            ) from exc

    def _json_object_call(
        self, system: str, user: str, json_schema: dict[str, Any], max_tokens: int | None
    ) -> Any:
        # Without a schema in the request, the model only learns the shape from the prompt.
        shaped = (
            f"{system}\n\nAnswer with one JSON object only, no prose, matching this JSON schema:\n"
            f"{json.dumps(json_schema, separators=(',', ':'))}"
        )
        # The schema also rides along in the form llama.cpp's servers use to constrain decoding
        # (`{"type": "json_object", "schema": …}`); servers without that extension ignore it.
        return self._complete(
            shaped, user, response_format={"type": "json_object", "schema": json_schema}, max_tokens=max_tokens
        )

    def _complete(
        self,
        system: str,
        user: str,
        *,
        response_format: dict[str, Any] | None,
        max_tokens: int | None,
    ) -> Any:
        kwargs: dict[str, Any] = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            "temperature": 0,
        }
        if response_format is not None:
            kwargs["response_format"] = response_format
        if max_tokens is not None:
            kwargs["max_tokens"] = max_tokens
        try:
            return self.client.chat.completions.create(**kwargs)
        except openai.APIStatusError as exc:
            # The caller decides: a rejected response format has a fallback.
            if response_format is not None and response_format.get("type") == "json_schema" and _rejects_format(exc):
                raise
            raise unavailable(exc) from exc
        except openai.APIError as exc:
            raise unavailable(exc) from exc


def _rejects_format(exc: openai.APIStatusError) -> bool:
    """Whether an error answer to a json_schema request may be a refusal of that format.

    Any 400/422 may be (servers word it in many ways); a 5xx only when it names the format, as
    llama-cpp-python's server does, which reports its request validation errors as 500.
    """
    if exc.status_code in (400, 422):
        return True
    if exc.status_code >= 500:
        text = str(exc).lower()
        return "response_format" in text or "json_schema" in text
    return False


def unavailable(exc: BaseException) -> ModelUnavailable:
    """The SDK error `exc` as `ModelUnavailable` with a one-line reason."""
    if isinstance(exc, openai.APITimeoutError):
        reason = "the model endpoint timed out (retries exhausted)"
    elif isinstance(exc, openai.APIConnectionError):
        reason = f"cannot reach the model endpoint: {_brief(exc)}"
    elif isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
        reason = f"the model endpoint refused our credentials ({exc.status_code})"
    elif isinstance(exc, openai.RateLimitError):
        reason = "the model endpoint is rate-limiting us (429, retries exhausted)"
    elif isinstance(exc, openai.APIStatusError):
        reason = f"the model endpoint failed with HTTP {exc.status_code}: {_brief(exc)}"
    else:
        reason = f"the model endpoint failed: {_brief(exc)}"
    return ModelUnavailable(reason)


def make_client(
    *,
    api_key: str | None,
    base_url: str | None,
    model: str,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_retries: int = DEFAULT_MAX_RETRIES,
) -> ModelClient:
    """A client for `model` at `base_url` (OpenAI's own API when None)."""
    if not api_key and not base_url:
        raise ModelUnavailable("OPENAI_API_KEY is not set (or set OPENAI_BASE_URL for a keyless local endpoint)")
    client = openai.OpenAI(
        api_key=api_key or _KEYLESS_PLACEHOLDER,
        base_url=base_url or None,
        timeout=timeout_s,
        max_retries=max_retries,
    )
    return ModelClient(client, model)


def client_from_settings(settings: Any = None, **overrides: Any) -> ModelClient:
    """The client the configuration describes (OPENAI_API_KEY, OPENAI_BASE_URL, AR_MODEL)."""
    if settings is None:
        from config import get_settings

        settings = get_settings()
    overrides.setdefault("timeout_s", getattr(settings, "model_timeout_s", DEFAULT_TIMEOUT_S))
    overrides.setdefault("max_retries", getattr(settings, "model_retries", DEFAULT_MAX_RETRIES))
    return make_client(
        api_key=settings.openai_api_key,
        base_url=settings.openai_base_url,
        model=settings.model,
        **overrides,
    )


@functools.lru_cache(maxsize=4)
def _configured_client(api_key: str | None, base_url: str | None, model: str) -> ModelClient:
    # One client per configuration keeps its connection pool across calls.
    return make_client(api_key=api_key, base_url=base_url, model=model)


def default_client() -> ModelClient:
    """The client for the current configuration, shared by the calls below."""
    from config import get_settings

    settings = get_settings()
    return _configured_client(settings.openai_api_key, settings.openai_base_url, settings.model)


def text_call(
    system: str, user: str, *, client: ModelClient | None = None, max_tokens: int | None = None
) -> tuple[str, Usage]:
    """Free text from the configured model (or `client`)."""
    return (client or default_client()).text_call(system, user, max_tokens=max_tokens)


def structured_call(
    system: str,
    user: str,
    schema_name: str,
    json_schema: dict[str, Any],
    *,
    client: ModelClient | None = None,
    max_tokens: int | None = None,
) -> tuple[dict[str, Any], Usage]:
    """A JSON object from the configured model (or `client`), requested with a strict JSON schema."""
    return (client or default_client()).structured_call(
        system, user, schema_name, json_schema, max_tokens=max_tokens
    )


def strict_json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The JSON schema of `model` in the form strict structured outputs accept.

    Strict mode wants every object closed (`additionalProperties: false`) with every property
    required (optional ones are nullable instead), and no defaults or titles. References are
    inlined so that servers with simpler schema-to-grammar converters can use it too.
    """
    raw = model.model_json_schema()
    defs = raw.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(n) for n in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            target = defs[node["$ref"].rsplit("/", 1)[-1]]
            extra = {k: v for k, v in node.items() if k != "$ref"}
            return walk({**target, **extra})
        out = {k: walk(v) for k, v in node.items() if k not in ("title", "default")}
        if out.get("type") == "object" and "properties" in out:
            out["required"] = list(out["properties"])
            out["additionalProperties"] = False
        return out

    return walk(raw)


_FENCE = re.compile(r"^```[a-zA-Z]*\s*\n?(.*?)\n?```\s*$", re.S)


def parse_json_object(text: str) -> dict[str, Any]:
    """The JSON object in a model's answer, tolerating a Markdown code fence around it."""
    stripped = (text or "").strip()
    fenced = _FENCE.match(stripped)
    if fenced:
        stripped = fenced.group(1).strip()
    try:
        data = json.loads(stripped)
    except json.JSONDecodeError as exc:
        raise ModelOutputInvalid(
            f"the model's answer is not valid JSON ({exc.msg} at char {exc.pos}): {stripped[:80]!r}"
        ) from exc
    if not isinstance(data, dict):
        raise ModelOutputInvalid(f"the model's answer is JSON but not an object: {type(data).__name__}")
    return data


def _first_choice(response: Any) -> tuple[str, str | None]:
    choices = getattr(response, "choices", None) or []
    if not choices:
        raise ModelOutputInvalid("the model endpoint returned no choices")
    choice = choices[0]
    message = getattr(choice, "message", None)
    content = getattr(message, "content", None) or ""
    refusal = getattr(message, "refusal", None)
    if refusal and not content:
        raise ModelOutputInvalid(f"the model refused: {refusal[:120]}")
    return content, getattr(choice, "finish_reason", None)


def _usage(response: Any) -> Usage:
    used = getattr(response, "usage", None)
    return Usage(
        model_calls=1,
        prompt_tokens=int(getattr(used, "prompt_tokens", 0) or 0),
        completion_tokens=int(getattr(used, "completion_tokens", 0) or 0),
    )


def _brief(exc: BaseException | None) -> str:
    text = " ".join(str(exc).split()) if exc is not None else "unknown error"
    return text[:200]


__all__ = [
    "ModelClient",
    "ModelOutputInvalid",
    "ModelUnavailable",
    "client_from_settings",
    "default_client",
    "make_client",
    "parse_json_object",
    "strict_json_schema",
    "structured_call",
    "text_call",
]
