"""The equipment inventory, its history and the gap against the standard kit."""
