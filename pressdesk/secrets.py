"""The only door to the OS keyring: store, read and delete passwords and recovery codes."""

from __future__ import annotations

import logging
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger(__name__)

SERVICE_PREFIX = "PressDesk"

# Backends that keep secrets in plain or merely obfuscated files, or nowhere at all.
_INSECURE_BACKENDS = (
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",
    "keyrings.alt.Gnome.Keyring",
)


#: Windows Credential Manager keeps at most 2,560 bytes per secret, counted as the UTF-16 that
#: keyring stores there; the same limit is kept everywhere, so a secret saved on one system fits
#: all of them.
MAX_SECRET_BYTES = 2560


def stored_size(secret: str) -> int:
    """Return how many bytes ``secret`` takes in the password store (UTF-16)."""
    return len(secret.encode("utf-16-le"))


class SecretStoreUnavailable(Exception):
    """No secure keyring backend is available; secrets cannot be stored."""


class SecretStoreError(Exception):
    """The keyring backend refused or failed an operation."""


def _keyring() -> ModuleType:
    """Return the keyring module, loaded when a secret is first touched: exporting a register
    or printing the act reads only the database, and need not load the password stores."""
    import keyring
    import keyring.errors

    return keyring


def _qualified_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def backend_name() -> str:
    """Return a readable name of the active keyring backend."""
    backend = _keyring().get_keyring()
    return getattr(backend, "name", None) or _qualified_name(backend)


def is_available() -> bool:
    """Return True if a secure backend (Windows, macOS Keychain, Secret Service) is active."""
    backend = _keyring().get_keyring()
    if _qualified_name(backend) in _INSECURE_BACKENDS:
        return False
    try:
        priority = float(type(backend).priority)
    except Exception:
        return False
    return priority > 0


def _require_backend() -> None:
    if not is_available():
        raise SecretStoreUnavailable(
            "No secure password store is available on this computer "
            f"(keyring backend: {backend_name()}). PressDesk does not keep passwords in "
            "plain files. On Windows and macOS the system store is used; on Linux install "
            "and unlock GNOME Keyring or KWallet (Secret Service), then try again."
        )


def _service(namespace: str) -> str:
    return f"{SERVICE_PREFIX}/{namespace}"


def save_secret(namespace: str, key: str, secret: str) -> None:
    """Store ``secret`` under (namespace, key), replacing an earlier one."""
    _require_backend()
    if stored_size(secret) > MAX_SECRET_BYTES:
        raise SecretStoreError(
            f"The secret takes {stored_size(secret)} bytes; the password store keeps at most "
            f"{MAX_SECRET_BYTES}."
        )
    try:
        _keyring().set_password(_service(namespace), key, secret)
    except Exception as exc:
        # Backends raise their own types (pywintypes.error on Windows, D-Bus errors on Linux).
        raise SecretStoreError(f"The password store refused to save the secret: {exc}") from exc
    log.info("Secret saved for %s/%s", namespace, key)


def read_secret(namespace: str, key: str) -> str | None:
    """Return the stored secret, or None if there is none."""
    _require_backend()
    try:
        found: str | None = _keyring().get_password(_service(namespace), key)
    except Exception as exc:
        raise SecretStoreError(f"The password store could not be read: {exc}") from exc
    return found


def delete_secret(namespace: str, key: str) -> bool:
    """Delete the secret; return False if there was none."""
    _require_backend()
    store = _keyring()
    try:
        store.delete_password(_service(namespace), key)
    except store.errors.PasswordDeleteError:
        return False
    except Exception as exc:
        raise SecretStoreError(f"The password store could not delete the secret: {exc}") from exc
    log.info("Secret deleted for %s/%s", namespace, key)
    return True


def has_secret(namespace: str, key: str) -> bool:
    """Return True if a secret is stored for (namespace, key)."""
    return read_secret(namespace, key) is not None
