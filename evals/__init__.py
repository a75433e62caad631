"""Labelled e-mails and the runner that scores the agent's reading of them.

Cases live in `evals/cases/*.jsonl` (format in CASE_FORMAT.md); `evals.runner` reads every
case through the production path and `evals.scoring` turns expected/read pairs into scores.
"""
