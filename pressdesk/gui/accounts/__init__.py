"""The Accounts section: the register of official accounts; secrets only in the keyring."""
