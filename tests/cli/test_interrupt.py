"""Ctrl+C on a command: exit 130 with one message, however the interrupt reaches the command line."""
import signal

import pytest

from journeymap.cli import main
from journeymap.cli.interrupt import caused_by_interrupt, first_interrupt_only


@pytest.fixture
def sigint_restored():
    before = signal.getsignal(signal.SIGINT)
    assert before is signal.default_int_handler, "these tests need Python's own Ctrl+C handler"
    yield
    signal.signal(signal.SIGINT, before)


def test_a_second_press_inside_the_clean_up_is_ignored(sigint_restored):
    cleaned = []
    with pytest.raises(KeyboardInterrupt):
        with first_interrupt_only():
            try:
                signal.raise_signal(signal.SIGINT)
            finally:
                signal.raise_signal(signal.SIGINT)    # the user presses again: ignored
                cleaned.append(True)                  # ...so the clean-up runs to its end
    assert cleaned == [True]
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN   # the process is finishing


def test_without_an_interrupt_the_handler_is_put_back(sigint_restored):
    with first_interrupt_only():
        assert signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def _interrupted_in_a_class_body():
    class Hook:
        def __set_name__(self, owner, name):
            raise KeyboardInterrupt     # as a Ctrl+C landing while a library defines its classes

    class Owner:   # noqa: F841 - defining it is the point
        hook = Hook()


def test_an_interrupt_wrapped_by_python_is_still_an_interrupt():
    with pytest.raises(RuntimeError) as info:
        _interrupted_in_a_class_body()
    assert caused_by_interrupt(info.value)
    assert not caused_by_interrupt(RuntimeError("plain"))


def test_main_exits_130_for_a_wrapped_interrupt(monkeypatch, capsys, sigint_restored):
    import journeymap.cli.info_cmd as info_cmd
    monkeypatch.setattr(info_cmd, "run", lambda args: _interrupted_in_a_class_body())
    assert main(["info", "whatever.jmap"]) == 130
    err = capsys.readouterr().err
    assert "interrupted; nothing was changed" in err and "Traceback" not in err
