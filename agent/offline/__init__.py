"""The offline reasoner: rules, phrase tables in four languages and a date grammar.

It is the embedded default reader of customers' AP mail, so it needs no key, no network and
no model download, and it reads hundreds of messages per second.
"""
