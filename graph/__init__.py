"""The only code that talks to the graph database."""
