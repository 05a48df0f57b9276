"""What reading a feed and reading a linked page share: how a failed request is told."""

from __future__ import annotations

import socket
import urllib.error
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from pressdesk.messages import UserError

#: Opens a request as urllib.request.urlopen does (tests pass a fake one).
Opener = Callable[..., Any]


def shown_seconds(timeout: float) -> int | float:
    """Return a timeout as a message shows it: 10, or 0.5."""
    return int(timeout) if float(timeout).is_integer() else round(timeout, 1)


@contextmanager
def request_errors(
    error: type[UserError], code: str, timeout: float, **where: str
) -> Iterator[None]:
    """Turn what urllib raises into ``error`` coded ``<code>_http``, ``_timeout`` or
    ``_unreachable`` (``code`` is "coverage.feed" or "coverage.link"), naming ``where``."""
    try:
        yield
    except error:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        raise error(f"{code}_http", **where, status=exc.code) from exc
    except TimeoutError as exc:
        raise error(f"{code}_timeout", **where, seconds=shown_seconds(timeout)) from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise error(f"{code}_timeout", **where, seconds=shown_seconds(timeout)) from exc
        raise error(f"{code}_unreachable", **where, reason=str(exc.reason)) from exc
    except (OSError, ValueError) as exc:
        raise error(f"{code}_unreachable", **where, reason=str(exc)) from exc
