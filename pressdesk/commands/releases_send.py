"""The ``pressdesk releases send | recipients | settle`` subcommands: a release to the media by
e-mail, who got what, and the user's decision on a recipient in doubt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pressdesk.exitcodes import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime

if TYPE_CHECKING:
    from pressdesk.services.mail.sender import Transport
    from pressdesk.services.releases.sending import ReleaseRecipient, SendOutcome, SendPlan
    from pressdesk.storage.engine import Database

WAVES = ("first", "rest", "all")
# The questions a script cannot answer; --yes answers them.
_CONFIRMATIONS = ("release.send_unapproved", "release.send_again")


def register_sending(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``send``, ``recipients`` and ``settle`` to the ``releases`` parser."""
    send = sub.add_parser(
        "send",
        help="send a release by e-mail, one message per recipient in their language, first "
        "wave first (through the mail server set up with «mail setup», or as .eml files)",
    )
    send.add_argument("release", type=int, metavar="ID")
    whom = send.add_mutually_exclusive_group(required=True)
    whom.add_argument("--list", dest="list_name", metavar="NAME", help="a distribution list")
    whom.add_argument("--all-media", action="store_true", help="all media people")
    send.add_argument(
        "--wave",
        choices=WAVES,
        default="all",
        help="first: the first-wave outlets only; rest: the others now; all: both (default)",
    )
    send.add_argument(
        "--dry-run",
        action="store_true",
        help="print the recipients, the skipped with reasons and the state/private balance; "
        "send nothing",
    )
    files = send.add_mutually_exclusive_group()
    files.add_argument(
        "--eml-dir", type=Path, metavar="DIR", help="write one .eml per recipient into DIR"
    )
    files.add_argument(
        "--bcc-eml",
        type=Path,
        metavar="FILE",
        help="write one .eml with the addresses in BCC (one per language); nothing is recorded",
    )
    files.add_argument(
        "--mailto",
        action="store_true",
        help="print mailto: links with the addresses in BCC (at most 20); nothing is recorded",
    )
    send.add_argument(
        "--yes",
        action="store_true",
        help="confirm sending a release not approved, and sending again to a list some of "
        "whom already got it (only the new people get it); both are refused without it",
    )
    send.set_defaults(handler=cmd_send)

    rec = sub.add_parser(
        "recipients", help="print who got the release: address, wave, result, time, detail"
    )
    rec.add_argument("release", type=int, metavar="ID")
    rec.set_defaults(handler=cmd_recipients)

    settle = sub.add_parser(
        "settle",
        help="decide on a recipient in doubt: the message was sent, or send it again",
    )
    settle.add_argument("release", type=int, metavar="ID")
    settle.add_argument("address", metavar="ADDRESS")
    choice = settle.add_mutually_exclusive_group(required=True)
    choice.add_argument("--sent", action="store_true", help="it arrived: count it as sent")
    choice.add_argument("--resend", action="store_true", help="it did not: queue it again")
    settle.set_defaults(handler=cmd_settle)


def _print_plan(plan: SendPlan) -> None:
    for r in plan.to_send:
        print(f"send\t{r.address}\t{r.wave}\t{r.language}\t{r.ownership or '-'}\t{r.name}")
    for r in plan.skipped:
        print(f"skip\t{r.address or '-'}\t{r.wave}\t{_reason(r.reason)}\t{r.name}")
    for r in plan.already:
        print(f"has it\t{r.address}\t{r.wave}\t{r.name}")
    for d in plan.in_doubt:
        print(f"in doubt\t{d.address}\t{d.wave}\t{d.name}")
    unknown = len(plan.to_send) - plan.state_count - plan.private_count
    print(
        f"{len(plan.to_send)} to send, {len(plan.skipped)} skipped, {len(plan.already)} already "
        f"have it, {plan.pending} waiting in an interrupted mailing, {len(plan.in_doubt)} in doubt"
    )
    print(
        f"Balance: {plan.state_count} state, {plan.private_count} private, "
        f"{unknown} without an outlet"
    )
    if plan.balance in ("state_only", "private_only"):
        only = "state" if plan.balance == "state_only" else "private"
        print(f"Only {only} media would get it: equal access asks for both.", file=sys.stderr)
    if plan.needs_approval_confirmation:
        print(f"Release {plan.label} is not approved ({plan.status}): sending needs --yes.")
    if plan.needs_again_confirmation:
        print("Some already have it: sending to the new ones needs --yes.")


def _reason(code: str) -> str:
    from pressdesk.messages import TEXTS

    return TEXTS.get(code, code)


def _confirmation_needed(exc: Exception) -> CliError:
    return CliError(
        f"{exc} Run again with --yes to send anyway (--dry-run shows who would get it).",
        EXIT_PROBLEMS,
    )


def _transport(args: argparse.Namespace, runtime: Runtime, db: Database) -> tuple[Transport, str]:
    """The mail server set up, or the folder of .eml files; and the sender's address."""
    from pressdesk.messages import UserError
    from pressdesk.secrets import SecretStoreError, SecretStoreUnavailable
    from pressdesk.services.mail.config import load_config, read_password
    from pressdesk.services.mail.sender import EmlFolderTransport, SmtpTransport
    from pressdesk.services.profile import get_profile

    config = load_config(runtime.settings)
    if args.eml_dir is not None:
        sender = config.sender if config is not None else get_profile(db).email
        return EmlFolderTransport(args.eml_dir), sender
    if config is None:
        raise CliError(
            f"{UserError('mail.not_set_up')} Run «pressdesk mail setup …», or give --eml-dir, "
            "--bcc-eml or --mailto.",
            EXIT_USAGE,
        )
    try:
        password = read_password(config)
    except (SecretStoreUnavailable, SecretStoreError) as exc:
        raise CliError(str(exc)) from exc
    if config.user and password is None:
        raise CliError(str(UserError("mail.no_password", user=config.user, server=config.server)))
    return SmtpTransport(config, password), config.sender


def cmd_send(args: argparse.Namespace, runtime: Runtime) -> int:
    """Send a release to a list or all media; --dry-run shows what would happen."""
    from pressdesk.messages import UserError
    from pressdesk.services.releases.records import ReleaseError, ReleaseNotFound
    from pressdesk.services.releases.sending import (
        SendPlan,
        choose_people,
        plan_sending,
        send_release,
    )
    from pressdesk.settings import MAIL_RATE_PER_MINUTE

    def act(db: Database) -> SendOutcome | SendPlan | None:
        people = choose_people(db, list_name=args.list_name or "", all_media=args.all_media)
        if args.dry_run:
            return plan_sending(db, args.release, people)
        if args.bcc_eml is not None or args.mailto:
            _write_for_client(args, runtime, db, people)
            return None
        transport, sender = _transport(args, runtime, db)
        smtp = args.eml_dir is None
        return send_release(
            db,
            args.release,
            people,
            transport,
            sender,
            wave=args.wave,
            rest_now=args.wave != "first",
            confirm_unapproved=args.yes,
            confirm_again=args.yes,
            per_minute=runtime.settings.get(MAIL_RATE_PER_MINUTE) if smtp else 0,
        )

    db = runtime.open_db()
    try:
        result = act(db)
    except ReleaseError as exc:
        if exc.code in _CONFIRMATIONS:
            raise _confirmation_needed(exc) from exc
        raise CliError(str(exc)) from exc
    except (ReleaseNotFound, UserError) as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"Cannot write the file: {exc.strerror or exc}") from exc
    finally:
        db.close()
    if result is None:
        return EXIT_OK
    if isinstance(result, SendPlan):
        _print_plan(result)
        return EXIT_OK
    return _print_outcome(result, by_file=args.eml_dir is not None)


def _write_for_client(
    args: argparse.Namespace, runtime: Runtime, db: Database, people: list[int]
) -> None:
    """Write the BCC .eml or print the mailto: links; the rules of sending apply the same."""
    from pressdesk.services.mail.config import load_config
    from pressdesk.services.profile import get_profile
    from pressdesk.services.releases.mail_text import MAILTO_LIMIT, mailto_links, write_bcc_eml
    from pressdesk.services.releases.records import ReleaseError
    from pressdesk.services.releases.sending import check_confirmations, plan_sending

    plan = plan_sending(db, args.release, people)
    pairs = [(r.address, r.language) for r in plan.to_send]
    if not pairs:
        raise ReleaseError("release.nothing_new", number=plan.label, count=len(plan.already))
    if args.mailto and len(pairs) > MAILTO_LIMIT:
        raise ReleaseError("release.mailto_too_many", limit=MAILTO_LIMIT, count=len(pairs))
    # Asked (and a confirmed unapproved text recorded) only once the files can be written.
    check_confirmations(db, plan, confirm_unapproved=args.yes, confirm_again=args.yes)
    for r in plan.skipped:
        print(f"skipped\t{r.address or '-'}\t{_reason(r.reason)}\t{r.name}", file=sys.stderr)
    if args.mailto:
        for link in mailto_links(db, args.release, pairs).values():
            print(link)
        return
    config = load_config(runtime.settings)
    sender = config.sender if config is not None else get_profile(db).email
    for path in write_bcc_eml(db, args.release, pairs, args.bcc_eml, sender):
        print(f"Written to {path} ({len(pairs)} addresses in BCC; nothing is recorded)")


def _print_outcome(outcome: SendOutcome, *, by_file: bool = False) -> int:
    report, plan = outcome.report, outcome.plan
    for address, reply in report.refused:
        print(f"refused\t{address}\t{reply}")
    for address in report.in_doubt:
        print(f"in doubt\t{address}")
    for r in plan.skipped:
        print(f"skipped\t{r.address or '-'}\t{_reason(r.reason)}\t{r.name}")
    print(
        f"Release {plan.label}: {len(report.sent)} {'written as .eml' if by_file else 'sent'}, "
        f"{len(report.refused)} refused, "
        f"{len(report.in_doubt)} in doubt, {len(plan.skipped)} skipped; "
        f"{outcome.logged} noted in the contact logs; status {outcome.status}"
    )
    if outcome.waiting:
        print(f"{outcome.waiting} message(s) of the rest wave wait: send them with --wave rest.")
    if report.in_doubt:
        print(
            "A message in doubt may or may not have arrived; it is not sent again by itself. "
            "Decide with «pressdesk releases settle ID ADDRESS --sent|--resend».",
            file=sys.stderr,
        )
    return EXIT_PROBLEMS if report.refused or report.in_doubt else EXIT_OK


def cmd_recipients(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print one line per recipient of the release: address, wave, result, time, detail."""
    from pressdesk.commands.releases import _run
    from pressdesk.services.releases.reading import get_release
    from pressdesk.services.releases.sending import release_recipients

    def read(db: Database) -> list[ReleaseRecipient]:
        get_release(db, args.release)
        return release_recipients(db, args.release)

    for r in _run(runtime, read):
        result = "written" if r.by_file else r.status
        when = f"{r.at:%Y-%m-%d %H:%M}" if r.at is not None else "-"
        detail = _reason(r.reason) if r.status == "skipped" else r.reason
        print(f"{r.address or '-'}\t{r.wave}\t{result}\t{when}\t{r.name}\t{detail}")
    return EXIT_OK


def cmd_settle(args: argparse.Namespace, runtime: Runtime) -> int:
    """Record the decision on a recipient in doubt, found by address."""
    from pressdesk.commands.releases import _run
    from pressdesk.services.releases.sending import release_recipients, settle_recipient

    def act(db: Database) -> bool:
        wanted = args.address.strip().lower()
        for r in release_recipients(db, args.release):
            if r.status == "in_doubt" and r.address.lower() == wanted:
                settle_recipient(db, args.release, r.id, was_sent=args.sent)
                return True
        return False

    if not _run(runtime, act):
        raise CliError(f"No recipient in doubt with the address {args.address}.")
    print(f"{args.address}: {'counted as sent' if args.sent else 'queued to send again'}")
    return EXIT_OK
