"""Memory of approved replies: what collectors actually sent, found again by similar messages.

Every reply a person approves (after their edits) is kept with the inbound text it answered,
the customer, the intent and the tone. When a new message arrives, the drafter is shown the
approved replies to the most similar earlier messages with the same intent, the same
customer's first, so house style and the collector's corrections carry forward.

The memory is an aid, never a dependency: any failure is logged and treated as "no examples".
Chroma runs embedded (a persistent directory under the data dir) or as a server when
`AR_CHROMA_URL` is set; the embedding is computed locally (agent.embedding).
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from agent.graph import Memory

log = logging.getLogger(__name__)

COLLECTION = "approved_replies"
EMPTY_RECHECK_S = 10.0


class ReplyMemory(Memory):
    """Approved replies in a Chroma collection; the client is opened on first use."""

    def __init__(self, *, path: Path | str | None = None, url: str | None = None,
                 collection: str = COLLECTION, threads: int = 1, client: Any = None) -> None:
        if path is None and url is None and client is None:
            raise ValueError("a memory needs a directory, a Chroma server URL or a client")
        self.path = Path(path) if path is not None else None
        self.url = url
        self.collection_name = collection
        self.threads = threads
        self._client = client
        self._owns_client = client is None
        self._collection: Any = None
        self._embedding: Any = None
        self._lock = threading.Lock()
        self._known_empty_until = 0.0

    @classmethod
    def for_data_dir(cls, data_dir: Path, chroma_url: str | None = None, **kwargs: Any) -> ReplyMemory:
        """The Chroma server when one is configured, else a directory beside the database."""
        if chroma_url:
            return cls(url=chroma_url, **kwargs)
        return cls(path=Path(data_dir) / "chroma", **kwargs)

    def _open(self) -> Any:
        with self._lock:
            if self._collection is None:
                from agent.embedding import MiniLMEmbedding

                self._embedding = MiniLMEmbedding(threads=self.threads)
                client = self._client or _client(path=self.path, url=self.url)
                self._collection = client.get_or_create_collection(
                    self.collection_name, embedding_function=self._embedding,
                    configuration={"hnsw": {"space": "cosine"}})
                self._client = client
            return self._collection

    def close(self) -> None:
        """Release the Chroma client this memory opened (its SQLite files stay locked until
        then); a later call opens it again."""
        with self._lock:
            if self._collection is not None and self._owns_client:
                try:
                    self._client.close()
                except Exception:  # noqa: BLE001 - closing is best effort
                    log.debug("closing the Chroma client failed", exc_info=True)
                self._client = None
            self._collection = None

    def similar(self, text: str, *, customer_id: int | None, intent: str, k: int = 3) -> list[str]:
        """Up to k approved replies to messages like `text` with this intent: the customer's own
        first, then anyone's. Never raises."""
        if k < 1 or not (text or "").strip():
            return []
        try:
            collection = self._open()
            if self._known_empty_until > time.monotonic():
                return []
            if collection.count() == 0:
                # Nothing learned yet: skip embedding the question, and don't ask again for a
                # few seconds (this runs for every message; another process may add replies).
                self._known_empty_until = time.monotonic() + EMPTY_RECHECK_S
                return []
            (vector,) = self._embedding([text])
            found: list[str] = []
            seen: set[str] = set()
            wheres: list[dict[str, Any]] = []
            if customer_id is not None:
                wheres.append({"$and": [{"intent": intent}, {"customer_id": int(customer_id)}]})
            wheres.append({"intent": intent})
            for where in wheres:
                if len(found) >= k:
                    break
                # Ask for extra so replies already taken from the customer's own still leave k.
                result = collection.query(query_embeddings=[vector], n_results=k + len(found),
                                          where=where, include=["metadatas"])
                for metadata in (result.get("metadatas") or [[]])[0]:
                    reply = str((metadata or {}).get("reply") or "")
                    if reply and reply not in seen and len(found) < k:
                        seen.add(reply)
                        found.append(reply)
            return found
        except Exception:  # noqa: BLE001 - no examples is always a safe answer
            log.warning("approved-replies memory lookup failed", exc_info=True)
            return []

    def remember(self, *, draft_id: int, customer_id: int | None, intent: str, tone: str | None,
                 inbound_text: str | None, reply_text: str | None, edited: bool,
                 similarity: float | None) -> bool:
        """Keep one approved reply, keyed by its approval item, so deciding twice or replaying a
        decision overwrites rather than duplicates. Returns whether it was stored; never raises."""
        if not (inbound_text or "").strip() or not (reply_text or "").strip():
            return False  # nothing a later message could be matched against, or nothing sent
        metadata: dict[str, Any] = {
            "draft_id": int(draft_id), "intent": intent, "reply": reply_text, "edited": bool(edited),
            "remembered_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
        # Chroma metadata has no null: unknown values are left out.
        if customer_id is not None:
            metadata["customer_id"] = int(customer_id)
        if tone:
            metadata["tone"] = tone
        if similarity is not None:
            metadata["similarity"] = float(similarity)
        self._known_empty_until = 0.0
        try:
            self._open().upsert(ids=[f"draft-{int(draft_id)}"], documents=[inbound_text],
                                metadatas=[metadata])
            return True
        except Exception:  # noqa: BLE001 - the decision stands even if the memory is down
            log.warning("approved-replies memory could not keep draft=%s", draft_id, exc_info=True)
            return False


def _client(*, path: Path | None, url: str | None) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False)
    if url:
        parts = urlsplit(url if "://" in url else f"http://{url}")
        ssl = parts.scheme == "https"
        return chromadb.HttpClient(host=parts.hostname or "localhost", port=parts.port or (443 if ssl else 8000),
                                   ssl=ssl, settings=settings)
    assert path is not None
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=settings)
