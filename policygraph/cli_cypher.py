"""Commands added by a later change."""

COMMANDS: list = []
