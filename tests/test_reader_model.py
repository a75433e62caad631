"""The offline reader's learned second opinion: it ships, it reads wordings its tables lack, and it
never makes the reader's output depend on anything but the message."""

from dataclasses import replace

from agent.analysis import analyze_raw
from agent.offline import classifier
from agent.offline.reader import OfflineReasoner
from tests.test_offline_reader import eml


def test_packaged_model_loads_once_with_its_thresholds():
    model = classifier.shipped_model()
    assert model is not None
    assert classifier.shipped_model() is model
    assert "pricing" in model.reasons.labels and "other" in model.reasons.labels
    assert "promise_to_pay" not in model.intents.labels  # promises stay with the date grammar
    assert 0.0 < model.thresholds.reason_unnamed <= 1.01


def _best_reason(subject: str, body: str) -> str:
    scores = classifier.shipped_model().reasons.scores(classifier.features(subject, body))
    return max(scores, key=scores.get)


def test_model_picks_the_reason_of_plain_phrasings():
    assert _best_reason("Invoice 20417", "You charged us a higher price than the quote we agreed.") == "pricing"
    assert _best_reason("INV-20417", "You billed us twice for the same order, this is a duplicate.") == "duplicate_billing"
    assert _best_reason("INV-20417", "We have not received the goods yet, nothing was delivered.") == "not_received"
    assert _best_reason("INV-20417", "The sales tax on this invoice is wrong, we are VAT exempt.") == "tax"


def test_figures_and_invoice_numbers_become_placeholders():
    words = classifier.tokens("RE: INV-20417", "We paid $1,250.00 on 02/06/2026, see ap@acme.example")
    assert "_inv_" in words and "_amt_" in words and "_date_" in words and "_email_" in words
    assert not any(ch.isdigit() for w in words for ch in w)


def test_a_dispute_without_a_named_reason_gets_one_only_from_a_confident_model():
    model = classifier.shipped_model()
    view = classifier.RuleView(intents={"dispute"}, reasons=["other"], reasons_strong=False)
    sure = classifier.Thresholds(reason_unnamed=0.0, intents=[])
    never = classifier.Thresholds(reason_unnamed=1.01, intents=[])
    feats = classifier.features("INV-20417", "You charged us a higher price than the quote we agreed.")
    assert classifier.refine(replace(model, thresholds=sure), view, feats).reasons == ["pricing"]
    assert classifier.refine(replace(model, thresholds=never), view, feats).reasons is None


def test_model_never_adds_a_promise_or_touches_an_auto_reply():
    model = replace(classifier.shipped_model(),
                    thresholds=classifier.Thresholds(intent_other=0.0, intent_add=0.0, intents=["dispute", "other"]))
    feats = classifier.features("", "We will pay next week.")
    change = classifier.refine(model, classifier.RuleView({"other"}, [], False), feats)
    assert "promise_to_pay" not in change.add_intents
    auto = classifier.refine(model, classifier.RuleView({"auto_reply"}, [], False), feats)
    assert auto.add_intents == [] and auto.reasons is None


def test_reading_with_the_model_is_deterministic():
    raw = eml("Hello, the unit rate on this bill is not what our contract says. Please look into it.")
    first = [analyze_raw(raw, reasoner=OfflineReasoner())[1] for _ in range(3)]
    fresh = analyze_raw(raw, reasoner=OfflineReasoner())[1]
    assert all(r.model_dump() == first[0].model_dump() for r in first + [fresh])
    assert "dispute" in first[0].intents


def test_rules_alone_still_read_when_the_model_is_switched_off():
    raw = eml("We will pay $3,200.50 on INV-20417 next Friday.")
    _message, reading = analyze_raw(raw, reasoner=OfflineReasoner(model=None))
    assert reading.intents == ["promise_to_pay"]
