"""Running the inbound graph: on stored messages, and again when a person decides.

`Agent` owns the compiled graph and its checkpointer for the life of a process (worker, server
or CLI command). Processing is idempotent per message: a message already waiting for approval
is left alone, one whose run was cut off part-way resumes from its checkpoint, and the
approval item is created at most once.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from typing import Any

from langgraph.types import Command
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from agent.checkpoints import open_checkpointer
from agent.graph import AgentDeps, build_graph, thread_id_for
from agent.reasoner import get_reasoner
from config import Settings
from ledger import audit
from ledger.approvals import Decision, DecisionResult, check_decision, decide
from ledger.db import transaction
from ledger.errors import Conflict, NotFound
from ledger.models import Draft, Message, User

log = logging.getLogger(__name__)


class Agent:
    def __init__(self, deps: AgentDeps, database_url: str):
        self.deps = deps
        self._stack = ExitStack()
        self.checkpointer = self._stack.enter_context(open_checkpointer(database_url))
        self.graph = build_graph(deps, self.checkpointer)
        # Remembering an approved reply (an embedding and a Chroma write) happens after the
        # decision has been answered, on one background thread, in order.
        self._memory_writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reply-memory")

    def wait_for_memory(self) -> None:
        """Block until every approved reply handed to the memory so far is stored."""
        self._memory_writer.submit(lambda: None).result()

    def close(self) -> None:
        self._memory_writer.shutdown(wait=True)
        self._stack.close()
        self.deps.memory.close()

    def __enter__(self) -> Agent:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _config(self, thread_id: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": thread_id}}

    def process(self, message_row_id: int) -> str:
        """Run the graph for one stored message; returns the message's state afterwards."""
        with self.deps.sessions() as s:
            found = s.execute(select(Message.message_id, Message.state, Message.attempts)
                              .where(Message.id == message_row_id)).first()
        if found is None:
            raise NotFound(f"message {message_row_id} not found")
        config = self._config(thread_id_for(found.message_id))
        if found.state == "awaiting_approval":
            return "awaiting_approval"
        # A fresh message has no checkpoint: runs are checkpointed only at the approval wait,
        # which create_item reaches after committing the state `awaiting_approval`.
        if found.state in ("stored", "triaged") and not found.attempts:
            return self._run(message_row_id, config)
        state = self.graph.get_state(config)
        if state.next and any(t.interrupts for t in state.tasks):
            return "awaiting_approval"  # already waiting for a person
        if state.next:
            self.graph.invoke(None, config)  # a run cut off part-way: continue from the checkpoint
        elif not state.values or state.values.get("message_row_id") != message_row_id or _retrying(self, message_row_id):
            return self._run(message_row_id, config)
        with self.deps.sessions() as s:
            row = s.get(Message, message_row_id)
            return row.state if row is not None else "missing"

    def _run(self, message_row_id: int, config: dict[str, Any]) -> str:
        # Checkpoint when the run stops (at the approval interrupt or the end), not after every
        # node: a run killed part-way simply runs again, and the item is created only once.
        out = self.graph.invoke({"message_row_id": message_row_id}, config, durability="exit")
        if out.get("draft_id") is not None:
            return "awaiting_approval"
        with self.deps.sessions() as s:
            return s.scalar(select(Message.state).where(Message.id == message_row_id)) or "missing"

    def process_pending(self, limit: int | None = None) -> dict[str, int]:
        with self.deps.sessions() as s:
            ids = list(s.scalars(select(Message.id).where(Message.state.in_(("stored", "triaged")))
                                 .order_by(Message.id).limit(limit)))
        counts: dict[str, int] = {}
        for mid in ids:
            try:
                state = self.process(mid)
            except Exception as exc:  # noqa: BLE001 - one bad message never stops the batch
                log.exception("processing failed message_row=%s", mid)
                with transaction(self.deps.sessions) as s:
                    row = s.get(Message, mid)
                    if row is not None:
                        row.state, row.error = "quarantined", f"{type(exc).__name__}: {exc}"
                state = "quarantined"
            counts[state] = counts.get(state, 0) + 1
        return counts

    def decide(self, draft_id: int, decision: Decision, *, user_id: int) -> DecisionResult:
        """Resume the waiting graph with a person's decision (or decide directly for items that
        have no graph run, such as dunning reminders)."""
        with self.deps.sessions() as s:
            draft = s.get(Draft, draft_id)
            if draft is None:
                raise NotFound(f"no approval item {draft_id}")
            if draft.status != "pending":
                raise Conflict(f"item {draft_id} was already decided ({draft.status})")
            user = s.get(User, user_id)
            if user is None:
                raise NotFound(f"unknown user {user_id}")
            # Refusals come before the graph resumes, so a refused decision leaves it waiting.
            check_decision(draft, decision, user)
            thread = draft.graph_thread_id
        if thread:
            config = self._config(thread)
            state = self.graph.get_state(config)
            if state.next and any(t.interrupts for t in state.tasks):
                payload = {"decision": decision.model_dump(mode="json"), "user_id": user_id}
                out = self.graph.invoke(Command(resume=payload), config)
                result = DecisionResult.model_validate(out["result"])
                self._remember(result)
                return result
        with transaction(self.deps.sessions) as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFound(f"unknown user {user_id}")
            result = decide(s, draft_id, decision, user=user, from_addr=self.deps.from_address)
        self._remember(result)
        return result

    def _remember(self, result: DecisionResult) -> None:
        """What the collector approved (after their edits) becomes an example for later drafts."""
        if result.status not in ("approved", "filed"):
            return
        with self.deps.sessions() as s:
            draft = s.get(Draft, result.draft_id)
            if draft is None or not draft.final_body:
                return
            message = s.get(Message, draft.message_id) if draft.message_id else None
            facts = {
                "draft_id": draft.id, "customer_id": draft.customer_id,
                "intent": (draft.intents or ["other"])[0], "tone": draft.tone,
                "inbound_text": message.new_text if message is not None else None,
                "reply_text": draft.final_body, "edited": draft.final_body != draft.body,
                "similarity": draft.edit_similarity,
            }
        def remember() -> None:
            try:
                self.deps.memory.remember(**facts)
            except Exception:  # noqa: BLE001 - the decision is already committed; memory is an aid
                log.warning("could not remember approved draft=%s", result.draft_id, exc_info=True)

        self._memory_writer.submit(remember)


def _retrying(agent: Agent, message_row_id: int) -> bool:
    """A message put back for retry after quarantine or error runs from the start again."""
    with agent.deps.sessions() as s:
        row = s.get(Message, message_row_id)
        return row is not None and row.state == "stored" and (row.attempts or 0) > 0


def make_agent(settings: Settings, sessions: sessionmaker[Session], **overrides: Any) -> Agent:
    """The agent as configured: reasoner by key or AR_REASONER, memory, model drafter."""
    reasoner = overrides.pop("reasoner", None) or get_reasoner(settings.reasoner)
    if "memory" not in overrides:
        from agent.memory import ReplyMemory  # Chroma loads on first use, not at start-up

        overrides["memory"] = ReplyMemory.for_data_dir(settings.data_dir, settings.chroma_url)
    if getattr(reasoner, "name", "offline") == "openai" and "model_drafter" not in overrides:
        from agent.drafting import model_drafter
        from agent.llm import client_from_settings

        overrides["model_drafter"] = model_drafter(client_from_settings(settings))
    overrides.setdefault("on_alert", audit_alert(sessions))
    deps = AgentDeps(sessions=sessions, reasoner=reasoner, from_address=settings.from_address,
                     max_message_bytes=settings.max_message_bytes, **overrides)
    return Agent(deps, settings.database_url)


def audit_alert(sessions: sessionmaker[Session]) -> Any:
    """The default alert sink: a warning in the log and an `alert.raised` entry in the audit log,
    where managers see it on the audit page (Slack, when configured, is another sink)."""

    def alert(text: str, item_id: int | None) -> None:
        log.warning("alert item=%s %s", item_id, text)
        with transaction(sessions) as s:
            audit.record(s, actor="agent", action="alert.raised", entity="draft", entity_id=item_id, detail=text)

    return alert
