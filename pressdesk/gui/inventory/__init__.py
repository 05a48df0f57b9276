"""The Equipment section: inventory, check-out, history and the gap against the recommended kit."""
