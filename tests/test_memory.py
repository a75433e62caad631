"""The approved-replies memory: local embeddings, examples found by meaning, the same
customer's replies first, a collector's edit shaping the next draft's examples, and the same
memory held by a Chroma server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import numpy as np
import pytest
from sqlalchemy import select

from agent.drafting import DraftContext, DraftText, render_template
from agent.embedding import DIMENSION, MiniLMEmbedding
from agent.memory import ReplyMemory
from agent.triage import make_agent
from config import Settings
from ledger.approvals import Decision
from ledger.models import Draft
from tests.agent_fixtures import agent_for, email, seed_ledger, store


@pytest.fixture(scope="module")
def embedding() -> MiniLMEmbedding:
    # The ONNX session is shared by every embedding in the process; warm it once here.
    ef = MiniLMEmbedding()
    ef(["warm up"])
    return ef


@pytest.fixture
def memory(tmp_path, embedding) -> ReplyMemory:
    return ReplyMemory(path=tmp_path / "chroma")


def cosine(a, b) -> float:
    return float(np.dot(a, b))


def test_embeddings_are_384_long_unit_vectors(embedding):
    vectors = embedding(["We will pay INV-20417 by Friday.", "", "x " * 1000])
    assert len(vectors) == 3
    for v in vectors:
        assert v.shape == (DIMENSION,)
        assert abs(float(np.linalg.norm(v)) - 1.0) < 1e-4


def test_order_of_inputs_is_kept_whatever_their_length(embedding):
    texts = ["Short.", "A much longer message about a disputed invoice and the unit price on it.", "Mid length one."]
    together = embedding(texts)
    alone = [embedding([t])[0] for t in texts]
    for a, b in zip(together, alone):
        assert cosine(a, b) > 0.999


def test_a_paraphrase_is_closer_than_an_unrelated_request(embedding):
    promise, paraphrase, unrelated = embedding([
        "We will pay invoice INV-20417 in full by Friday.",
        "Payment for INV-20417 is scheduled to go out this Friday.",
        "Could you send us a copy of your W-9 form?",
    ])
    assert cosine(promise, paraphrase) > cosine(promise, unrelated) + 0.2


def test_the_embedding_rebuilds_from_its_stored_configuration():
    ef = MiniLMEmbedding(threads=2, batch_size=8)
    again = MiniLMEmbedding.build_from_config(ef.get_config())
    assert again.get_config() == {"threads": 2, "batch_size": 8, "max_tokens": 256}
    assert MiniLMEmbedding.name() == "ar_minilm_l6_v2_int8"
    assert not ef.is_legacy()


def _remember(memory: ReplyMemory, draft_id: int, *, customer_id: int, intent: str, inbound: str, reply: str) -> None:
    assert memory.remember(draft_id=draft_id, customer_id=customer_id, intent=intent, tone="friendly",
                           inbound_text=inbound, reply_text=reply, edited=False, similarity=None)


def test_examples_share_the_intent_and_the_customers_own_come_first(memory):
    _remember(memory, 1, customer_id=7, intent="promise_to_pay",
              inbound="We will pay INV-1 by Friday.", reply="Acme: thanks, we have noted Friday for INV-1.")
    _remember(memory, 2, customer_id=9, intent="promise_to_pay",
              inbound="We will pay INV-2 by Friday.", reply="Globex: thanks, Friday it is.")
    _remember(memory, 3, customer_id=7, intent="invoice_request",
              inbound="Please send a copy of INV-1.", reply="Acme: the copy of INV-1 is attached.")

    found = memory.similar("Payment of INV-5 goes out on Friday.", customer_id=7, intent="promise_to_pay", k=2)
    assert found == ["Acme: thanks, we have noted Friday for INV-1.", "Globex: thanks, Friday it is."]
    assert memory.similar("Payment goes out on Friday.", customer_id=9, intent="promise_to_pay", k=1) == [
        "Globex: thanks, Friday it is."]
    assert memory.similar("Payment goes out on Friday.", customer_id=None, intent="dispute") == []


def test_remembering_the_same_item_again_replaces_it(memory):
    _remember(memory, 1, customer_id=7, intent="promise_to_pay", inbound="We pay Friday.", reply="First wording.")
    _remember(memory, 1, customer_id=7, intent="promise_to_pay", inbound="We pay Friday.", reply="Second wording.")
    assert memory.similar("We pay on Friday.", customer_id=7, intent="promise_to_pay", k=5) == ["Second wording."]
    assert memory._open().count() == 1


def test_nothing_is_kept_without_an_inbound_text_or_a_reply(memory):
    assert not memory.remember(draft_id=1, customer_id=7, intent="promise_to_pay", tone=None,
                               inbound_text=None, reply_text="A reminder.", edited=False, similarity=None)
    assert not memory.remember(draft_id=2, customer_id=7, intent="promise_to_pay", tone=None,
                               inbound_text="We pay Friday.", reply_text="  ", edited=False, similarity=None)
    assert memory.similar("We pay Friday.", customer_id=7, intent="promise_to_pay") == []


def test_the_memory_survives_a_restart(tmp_path, embedding):
    before = ReplyMemory(path=tmp_path / "chroma")
    _remember(before, 1, customer_id=7, intent="dispute",
              inbound="The unit price on INV-1 is wrong.", reply="We are checking the price with sales.")
    before.close()
    reopened = ReplyMemory(path=tmp_path / "chroma")
    assert reopened.similar("INV-1 was billed at the wrong price.", customer_id=7, intent="dispute") == [
        "We are checking the price with sales."]
    reopened.close()
    # a closed memory opens again when next asked
    assert reopened.similar("Wrong price on INV-1.", customer_id=None, intent="dispute") == [
        "We are checking the price with sales."]


def test_an_unreachable_memory_gives_no_examples_and_does_not_raise(embedding):
    broken = ReplyMemory(url="http://127.0.0.1:9")  # nothing listens on the discard port
    assert broken.similar("We pay Friday.", customer_id=7, intent="promise_to_pay") == []
    assert not broken.remember(draft_id=1, customer_id=7, intent="promise_to_pay", tone=None,
                               inbound_text="We pay Friday.", reply_text="Thanks.", edited=False, similarity=None)


def test_a_collectors_edit_becomes_the_example_for_the_next_similar_message(sqlite_only_engine, sqlite_sessions,
                                                                              tmp_path, embedding):
    users = seed_ledger(sqlite_sessions)
    edited = "Hi Dana, thank you. We have noted payment of INV-20417 by Friday and paused reminders. Kind regards, AR"
    first = store(sqlite_sessions, email("Hi, we will pay INV-20417 in full by Friday. Thanks, Dana"))
    shown: list[list[str]] = []

    def drafter(ctx: DraftContext, flags) -> DraftText:  # what a model drafter would be shown
        shown.append(list(ctx.examples))
        return render_template(ctx)

    with agent_for(sqlite_only_engine, sqlite_sessions, tmp_path, model_drafter=drafter) as agent:
        assert isinstance(agent.deps.memory, ReplyMemory)
        assert agent.process(first) == "awaiting_approval"
        with sqlite_sessions() as s:
            draft = s.scalar(select(Draft).where(Draft.message_id == first))
            draft_id, customer_id, original = draft.id, draft.customer_id, draft.body
        assert original != edited
        result = agent.decide(draft_id, Decision(action="edit", body=edited), user_id=users["alice"])
        agent.wait_for_memory()  # remembering runs after the decision is answered
        assert result.status == "approved"

        second = store(sqlite_sessions, email("Payment for INV-20417 goes out this Friday.",
                                              message_id="<reply-2@acme.example>"))
        assert agent.process(second) == "awaiting_approval"
        examples = agent.deps.memory.similar("Payment for INV-20417 goes out this Friday.",
                                             customer_id=customer_id, intent="promise_to_pay")
        assert examples == [edited]
    assert shown == [[], [edited]]  # nothing learned for the first message; the edit for the second


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """A real Chroma server on loopback, as run beside several workers in production."""
    executable = Path(sys.executable).with_name("chroma")
    if not executable.exists():
        pytest.skip("the chroma server command is not installed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [str(executable), "run", "--host", "127.0.0.1", "--port", str(port),
         "--path", str(tmp_path_factory.mktemp("chroma-server"))],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{url}/api/v2/heartbeat", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("the Chroma server did not start")
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_with_a_chroma_url_the_agent_keeps_its_memory_on_the_server(chroma_server, sqlite_sessions, tmp_path, embedding):
    settings = Settings(AR_DATA_DIR=tmp_path, AR_CHROMA_URL=chroma_server, AR_REASONER="offline")
    with make_agent(settings, sqlite_sessions) as agent:
        memory = agent.deps.memory
        assert isinstance(memory, ReplyMemory) and memory.url == chroma_server
        _remember(memory, 1, customer_id=7, intent="payment_sent",
                  inbound="We paid INV-1 yesterday, reference ACH123.", reply="Thank you, we will apply it.")
    elsewhere = ReplyMemory(url=chroma_server)  # another worker sees the same memory
    assert elsewhere.similar("Payment for INV-1 was sent today.", customer_id=7, intent="payment_sent") == [
        "Thank you, we will apply it."]
    assert not (tmp_path / "chroma").exists()
