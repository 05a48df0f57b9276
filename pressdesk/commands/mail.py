"""The ``pressdesk mail …`` subcommands: set up the organisation's mailbox and test it."""

from __future__ import annotations

import argparse
from email.message import EmailMessage

from pressdesk.exitcodes import EXIT_OK, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime

SECURITY_CHOICES = ("starttls", "tls", "none")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``mail`` and its actions to the ``pressdesk`` parser."""
    p = subparsers.add_parser("mail", help="the mailbox that sends to the media (SMTP)")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    setup = sub.add_parser(
        "setup",
        help="save the SMTP server; the password is read from standard input into the keyring",
    )
    setup.add_argument("--host", required=True, metavar="H")
    setup.add_argument("--port", type=int, required=True, metavar="P")
    setup.add_argument("--user", default="", metavar="U", help="the login (none: no login)")
    setup.add_argument("--security", choices=SECURITY_CHOICES, default="starttls")
    setup.add_argument("--from", dest="sender", required=True, metavar="ADDRESS")
    setup.set_defaults(handler=cmd_setup)

    show = sub.add_parser("show", help="print the saved settings (never the password)")
    show.set_defaults(handler=cmd_show)

    test = sub.add_parser("test", help="send one test message to ADDRESS")
    test.add_argument("address", metavar="ADDRESS")
    test.set_defaults(handler=cmd_test)


def cmd_setup(args: argparse.Namespace, runtime: Runtime) -> int:
    """Check and save the settings; with a login, the password goes to the keyring."""
    from pressdesk.commands.accounts import read_secret_input
    from pressdesk.messages import UserError
    from pressdesk.secrets import SecretStoreError, SecretStoreUnavailable, backend_name
    from pressdesk.secrets import is_available as keyring_available
    from pressdesk.services.mail.config import SmtpConfig, save_config

    config = SmtpConfig(args.host.strip(), args.port, args.security, args.user.strip(), args.sender)
    password: str | None = None
    if config.user:
        if not keyring_available():
            raise CliError(
                "No secure password store is available on this computer "
                f"(keyring backend: {backend_name()}). PressDesk never keeps passwords in plain "
                "files, so nothing was saved. Windows and macOS use the system store; on Linux "
                "install and unlock GNOME Keyring or KWallet (Secret Service)."
            )
        password = read_secret_input("Password: ")
        if not password:
            raise CliError("The password read from standard input is empty.", EXIT_USAGE)
    try:
        save_config(runtime.settings, config, password)
    except UserError as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    except (SecretStoreUnavailable, SecretStoreError) as exc:
        raise CliError(str(exc)) from exc
    stored = "; password stored in the keyring" if password is not None else ""
    print(f"Mail set up: {config.server} ({config.security}) as {config.sender}{stored}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the settings and whether a password is stored."""
    from pressdesk.services.mail.config import load_config

    config = load_config(runtime.settings)
    if config is None:
        print("Mail is not set up.")
        return EXIT_OK
    print(f"server\t{config.server}\nsecurity\t{config.security}")
    print(f"user\t{config.user or '(no login)'}\nfrom\t{config.sender}")
    return EXIT_OK


def cmd_test(args: argparse.Namespace, runtime: Runtime) -> int:
    """Send one short message through the saved server and print its reply."""
    from pressdesk import clock
    from pressdesk.messages import UserError
    from pressdesk.secrets import SecretStoreError, SecretStoreUnavailable
    from pressdesk.services.mail.addresses import is_address
    from pressdesk.services.mail.config import load_config, read_password
    from pressdesk.services.mail.sender import WIRE_POLICY, DeliveryAttempt, SmtpTransport

    config = load_config(runtime.settings)
    if config is None:
        raise CliError(
            "Mail is not set up: run «pressdesk mail setup --host H --port P --from ADDRESS».",
            EXIT_USAGE,
        )
    if not is_address(args.address):
        raise CliError(f"{args.address!r} is not an e-mail address.", EXIT_USAGE)
    try:
        password = read_password(config)
    except (SecretStoreUnavailable, SecretStoreError) as exc:
        raise CliError(str(exc)) from exc
    if config.user and password is None:
        raise CliError(
            f"No password is stored for {config.user} on {config.server}; run «mail setup» again."
        )
    msg = EmailMessage()
    msg["From"] = config.sender
    msg["To"] = args.address
    msg["Subject"] = "PressDesk: текшерүү каты / проверочное письмо"
    msg.set_content(
        "Бул PressDesk жөнөткөн текшерүү каты.\n"
        "Это проверочное письмо PressDesk.\n\n"
        f"{clock.now():%Y-%m-%d %H:%M}\n"
    )
    transport = SmtpTransport(config, password)
    try:
        transport.open()
        transport.prepare(config.sender, args.address)
        reply = transport.deliver(msg.as_bytes(policy=WIRE_POLICY), "test")
    except UserError as exc:
        raise CliError(str(exc)) from exc
    except DeliveryAttempt as exc:
        raise CliError(f"The test message was not accepted: {exc.reply}") from exc
    finally:
        transport.close()
    print(f"Test message to {args.address} accepted by {config.server}: {reply}")
    return EXIT_OK
