"""A small learned second opinion for the offline reader, where its phrase tables are thinnest.

The rules know the wordings their tables list; a sender who says "the unit rate doesn't match
what we agreed" in words no table has falls to a bare "other", or a dispute with no reason.
This module holds two linear models over normalised word unigrams and bigrams of the subject
and the sender's new text: one picks the dispute reason, one scores the presence of a few
intents. The reader consults them only when its own evidence is weak (see `refine`), never for
promises: dates and amounts stay with the date and amount grammars.

The weights ship as `model.json` beside this module, written by `evals/train_reader_model.py`;
they are loaded once, on first use. Inference is a dictionary look-up per feature.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from agent.offline.text import fold

MODEL_PATH = Path(__file__).with_name("model.json")

MIN_FEATURES = 24

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_INVOICE = re.compile(
    r"(?<![\w])(?:inv|invoice|invoices|factura|facture|rechnung|fact|fra)?\s*(?:no\.?|nr\.?|n[o°]|#|-|:)?\s*-?\d{5}(?![\d])"
)
_AMOUNT = re.compile(
    r"(?:(?:us|ca|a|au|nz)?\$|€|£|\b(?:usd|eur|gbp|cad|aud|chf|inr|rs\.?)\s?)\s?\d[\d.,' ]*\d?"
    r"|\d[\d.,' ]*\d?\s?(?:€|£|\$|\b(?:usd|eur|gbp|cad|aud|chf)\b)"
)
_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_TOKEN = re.compile(r"_[a-z]+_|[a-z\u00df]+(?:'[a-z]+)?")
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|rv|tr|sv|antw|r|enc|res)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def tokens(subject: str, body: str) -> list[str]:
    """Lower-case, accent-free words; addresses, invoice numbers, amounts, dates and numbers as
    placeholders, so the model learns the wording around a figure and never the figure itself."""
    subject = _REPLY_PREFIX.sub("", subject or "")
    words: list[str] = []
    for text in (subject, body or ""):
        text = fold(text)
        text = _EMAIL.sub(" _email_ ", text)
        text = _INVOICE.sub(" _inv_ ", text)
        text = _AMOUNT.sub(" _amt_ ", text)
        text = _DATE.sub(" _date_ ", text)
        text = _NUMBER.sub(" _num_ ", text)
        words.append("|")  # no bigram across subject and body
        words.extend(_TOKEN.findall(text))
    return words


def features(subject: str, body: str) -> set[str]:
    """Word unigrams and bigrams, present or not."""
    words = tokens(subject, body)
    grams = {w for w in words if w != "|" and len(w) > 1}
    grams.update(f"{a} {b}" for a, b in zip(words, words[1:]) if a != "|" and b != "|")
    return grams


@dataclass
class Head:
    """One linear layer: a weight row per feature, one column per label."""

    labels: list[str]
    bias: list[float]
    weights: dict[str, list[float]]
    softmax: bool  # one label (dispute reason) or independent labels (intents)

    def scores(self, feats: set[str]) -> dict[str, float]:
        known = [self.weights[f] for f in feats if f in self.weights]
        # Rows are L2-normalised over the features the model knows, as in training; a very short
        # message counts as if it had MIN_FEATURES, so a handful of words cannot make it sure.
        scale = 1.0 / math.sqrt(max(len(known), MIN_FEATURES))
        logits = list(self.bias)
        for row in known:
            for i, w in enumerate(row):
                logits[i] += w * scale
        if self.softmax:
            top = max(logits)
            exps = [math.exp(v - top) for v in logits]
            total = sum(exps)
            return {label: e / total for label, e in zip(self.labels, exps)}
        return {label: 1.0 / (1.0 + math.exp(-v)) for label, v in zip(self.labels, logits)}


@dataclass
class Thresholds:
    """How sure the model must be before it changes what the rules read (chosen by cross-validation)."""

    reason_unnamed: float = 0.5  # rules found a dispute but no reason
    reason_weak: float = 0.7  # rules' reason came only from a weak cue
    reason_override: float = 1.01  # rules named one reason with a strong cue
    intent_other: float = 0.8  # rules read only "other"
    intent_add: float = 1.01  # rules read something else but missed this intent
    intents: list[str] = field(default_factory=list)  # intents the model may add


@dataclass
class ReaderModel:
    reasons: Head
    intents: Head
    thresholds: Thresholds

    def to_json(self) -> dict:
        def head(h: Head) -> dict:
            return {"labels": h.labels, "bias": h.bias, "softmax": h.softmax, "weights": h.weights}

        return {
            "format": 1,
            "features": "unigrams+bigrams of folded subject and new text, l2-normalised presence",
            "reasons": head(self.reasons),
            "intents": head(self.intents),
            "thresholds": self.thresholds.__dict__,
        }

    @classmethod
    def from_json(cls, data: dict) -> "ReaderModel":
        def head(d: dict) -> Head:
            return Head(labels=d["labels"], bias=d["bias"], weights=d["weights"], softmax=d["softmax"])

        return cls(reasons=head(data["reasons"]), intents=head(data["intents"]),
                   thresholds=Thresholds(**data["thresholds"]))


@lru_cache(maxsize=1)
def shipped_model() -> ReaderModel | None:
    """The packaged model, read once; None when the file is missing (the rules then stand alone)."""
    try:
        data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return ReaderModel.from_json(data)


@dataclass
class RuleView:
    """What the rules concluded, as far as the model needs to know."""

    intents: set[str]
    reasons: list[str]
    reasons_strong: bool  # the reasons came from strong cues


@dataclass
class Refinement:
    add_intents: list[str] = field(default_factory=list)
    drop_other: bool = False
    reasons: list[str] | None = None  # replaces the rules' reasons when set
    notes: list[str] = field(default_factory=list)


def refine(model: ReaderModel, view: RuleView, feats: set[str]) -> Refinement:
    """The model's changes to the rules' reading, made only where the rules are weakest."""
    t = model.thresholds
    out = Refinement()
    intents = set(view.intents)
    if intents and "auto_reply" not in intents:
        scores = model.intents.scores(feats)
        bare_other = intents == {"other"}
        # A line or two ("All good, the invoice is correct.") gives the model too few words to
        # overrule what the rules read in it.
        terse = sum(1 for f in feats if f in model.intents.weights) < MIN_FEATURES
        for intent in t.intents:
            if terse:
                break
            if intent in intents or intent == "promise_to_pay":
                continue
            need = t.intent_other if bare_other else t.intent_add
            if scores.get(intent, 0.0) >= need:
                out.add_intents.append(intent)
                out.notes.append(f"{intent} {scores[intent]:.2f}")
        if bare_other and out.add_intents:
            out.drop_other = True
        intents |= set(out.add_intents)
    if "dispute" in intents:
        scores = model.reasons.scores(feats)
        best = max(scores, key=scores.get)
        if not view.reasons or (view.reasons == ["other"] and not view.reasons_strong):
            need = t.reason_unnamed
        elif not view.reasons_strong:
            need = t.reason_weak
        elif len(view.reasons) == 1:
            need = t.reason_override
        else:
            need = 2.0  # several strong reasons named: the sender listed them
        if scores[best] >= need and [best] != view.reasons:
            out.reasons = [best]
            out.notes.append(f"reason {best} {scores[best]:.2f}")
        elif not view.reasons:
            out.reasons = ["other"]
    return out
