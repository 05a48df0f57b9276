"""The register of official accounts; secrets stay in the keyring."""
