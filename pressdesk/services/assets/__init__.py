"""What the inventory, accounts register and archive share: demo data and file exchange."""
