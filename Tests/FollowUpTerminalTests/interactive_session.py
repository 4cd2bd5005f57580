"""Drives the real followup binary in a pseudo-terminal: typing, Ctrl-C, Tab completion,
history across sessions, UTF-8 input and Ctrl-D. Usage: interactive_session.py BINARY"""
import os
import stat
import sys
import tempfile

import pexpect

binary = sys.argv[1]
home = tempfile.mkdtemp(prefix="followup-e2e-")
env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"), TZ="America/New_York",
           TERM="xterm", LANG="C.UTF-8")
for name in ("NO_COLOR", "FOLLOWUP_DB", "FOLLOWUP_NOW"):
    env.pop(name, None)


def start(extra_env=None, first_words="Which company was the interview with?"):
    child = pexpect.spawn(binary, ["--now", "2026-11-26T17:00"], env=dict(env, **(extra_env or {})),
                          encoding="utf-8", timeout=15, dimensions=(40, 200))
    child.logfile_read = sys.stdout
    child.expect_exact(first_words)
    return child


def type_at_prompt(child, keys, prompt="you>"):
    """Waits for the prompt, so the line editor is reading, then types `keys`: keys sent
    before the prompt is drawn can be lost when the terminal changes mode."""
    child.expect_exact(prompt)
    child.send(keys)


# Session 1: Ctrl-C drops a half-typed line, UTF-8 arrives whole, Tab completes, Ctrl-D says goodbye.
child = start()
type_at_prompt(child, "garbage", prompt="\x1b[1;36myou>")  # the coloured prompt
child.expect_exact("garbage")
child.sendintr()
type_at_prompt(child, "Café Ñandú 東京\r")
child.expect_exact("Got it: Café Ñandú 東京.")
child.expect_exact("What role did you interview for?")
type_at_prompt(child, "/pl\t\r")  # Tab completes "/pl" to "/plan"
child.expect_exact("There's no plan yet")
child.expect_exact("What role did you interview for?")
type_at_prompt(child, "Designer\r")
child.expect_exact("When did the interview end?")
type_at_prompt(child, "\x04")  # Ctrl-D
child.expect_exact("Goodbye, and good luck.")
child.expect(pexpect.EOF)
child.close()
assert child.exitstatus == 0, f"exit status {child.exitstatus}"

history = os.path.join(home, "data", "followup", "history")
mode = stat.S_IMODE(os.stat(history).st_mode)
assert mode == 0o600, f"history file mode {oct(mode)}"
folder_mode = stat.S_IMODE(os.stat(os.path.dirname(history)).st_mode)
assert folder_mode == 0o700, f"data folder mode {oct(folder_mode)}"
with open(history, encoding="utf-8", errors="replace") as handle:
    saved = handle.read()
assert "Designer" in saved and "garbage" not in saved, saved

database = os.path.join(home, "data", "followup", "followup.sqlite")
assert stat.S_IMODE(os.stat(database).st_mode) == 0o600, "database mode"

# Session 2: the conversation resumes, and the up arrow brings back the last line of session 1.
child = start(first_words="Welcome back: we were talking about Designer at Café Ñandú 東京.")
child.expect_exact("When did the interview end?")
type_at_prompt(child, "\x1b[A")
child.expect_exact("Designer")
child.send("\r")
child.expect_exact("I didn't quite catch that.")
type_at_prompt(child, "\x04")
child.expect(pexpect.EOF)
child.close()
assert child.exitstatus == 0, f"exit status {child.exitstatus}"
# Session 3: NO_COLOR gives a plain prompt.
child = start({"NO_COLOR": "1"}, first_words="Welcome back")
type_at_prompt(child, "\x04", prompt="\r\nyou> ")
child.expect(pexpect.EOF)
child.close()
assert "\x1b[" not in child.before, repr(child.before)
print("\ninteractive session: all checks passed")
