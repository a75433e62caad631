"""The openai reasoner end to end against a real model behind a real OpenAI-compatible server.

`make test-llm` starts llama.cpp's server with a 135M-parameter model and points
AR_TEST_LLM_URL at it. Such a small model reads mail poorly; what is checked here is the
wiring: the request is accepted (directly or through the json_object fallback), the answer
parses into a Reading, usage is counted, and failures surface as our two exception types.
"""

from __future__ import annotations

import os

import pytest

from agent.cleaning import clean_message
from agent.llm import ModelClient, ModelUnavailable, make_client
from agent.openai_reasoner import OpenAIReasoner
from agent.reading import INTENTS, Reading
from agent.reasoner import ReadingContext

URL = os.environ.get("AR_TEST_LLM_URL")
MODEL = os.environ.get("AR_TEST_LLM_MODEL", "smollm2")

pytestmark = [
    pytest.mark.llm,
    pytest.mark.skipif(not URL, reason="AR_TEST_LLM_URL is not set (run `make test-llm`)"),
]

PROMISE_EMAIL = (
    b"From: Dana Ruiz <ap@northwind.example>\r\n"
    b"To: ar@ourco.example\r\n"
    b"Subject: RE: Invoice INV-20417 past due\r\n"
    b"Date: Tue, 02 Jun 2026 09:14:00 -0500\r\n"
    b"Message-ID: <real-model-1@northwind.example>\r\n"
    b"\r\n"
    b"Hi, we will pay $1,250.00 on INV-20417 by Friday.\r\n\r\n"
    b"Dana\r\n\r\n"
    b"On Mon, 1 Jun 2026 at 10:00, AR Team <ar@ourco.example> wrote:\r\n"
    b"> Invoice INV-30999 is 30 days overdue.\r\n"
)


def client(**overrides: object) -> ModelClient:
    # CPU inference on a shared two-core machine: a reading can take minutes.
    settings = {"timeout_s": 900.0, "max_retries": 0, **overrides}
    return make_client(api_key=None, base_url=URL, model=MODEL, **settings)  # type: ignore[arg-type]


CONTEXT = ReadingContext(open_invoices=["INV-20417"])


@pytest.fixture(scope="module")
def first_read() -> tuple[OpenAIReasoner, Reading]:
    reasoner = OpenAIReasoner(client())
    return reasoner, reasoner.read(clean_message(PROMISE_EMAIL), CONTEXT)


def test_the_reasoner_reads_a_message_through_a_real_server(first_read: tuple[OpenAIReasoner, Reading]) -> None:
    _, reading = first_read

    assert reading.reasoner == "openai"
    assert reading.intents and set(reading.intents) <= set(INTENTS)
    assert reading.usage.model_calls == 1
    assert reading.usage.prompt_tokens > 200  # the system prompt alone is longer
    assert reading.usage.completion_tokens > 0
    # Whatever the model made up, only invoices the email or the ledger names survive.
    assert set(reading.invoices) <= {"INV-20417"}
    message = clean_message(PROMISE_EMAIL)
    for quote in reading.evidence:
        assert quote.quote in message.new_text or quote.quote in message.subject


def test_the_endpoint_is_asked_in_the_format_it_accepted_from_then_on(
    first_read: tuple[OpenAIReasoner, Reading],
) -> None:
    reasoner, first = first_read
    # llama-cpp-python's server refuses `json_schema`; the fallback is remembered.
    assert reasoner.client.uses_json_object
    again = reasoner.read(clean_message(PROMISE_EMAIL), CONTEXT)
    assert again.usage.model_calls == 1
    assert again.intents == first.intents  # greedy decoding of the same request


def test_free_text_comes_back_with_its_usage() -> None:
    text, usage = client().text_call(
        "You write one short, polite sentence.", "Thank the customer for paying invoice INV-20417.", max_tokens=60
    )
    assert text.strip()
    assert usage.model_calls == 1 and usage.completion_tokens > 0


def test_a_timeout_against_the_real_server_is_model_unavailable() -> None:
    reasoner = OpenAIReasoner(client(timeout_s=0.01))
    with pytest.raises(ModelUnavailable):
        reasoner.read(clean_message(PROMISE_EMAIL), ReadingContext())
