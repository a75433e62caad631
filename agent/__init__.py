"""The agent: cleaning and reading inbound mail, the LangGraph graphs, drafting."""
