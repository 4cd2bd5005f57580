"""Drives the real followup binary in a pseudo-terminal: Tab completes the people, kinds and
companies of the live session, and replies wrap to the terminal's width, following a resize.
Usage: terminal_fit.py BINARY"""
import os
import re
import sys
import tempfile

import pexpect

binary = sys.argv[1]
home = tempfile.mkdtemp(prefix="followup-fit-")
env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"), TZ="America/New_York",
           TERM="xterm", LANG="C.UTF-8", NO_COLOR="1")
for name in ("FOLLOWUP_DB", "FOLLOWUP_NOW", "COLUMNS"):
    env.pop(name, None)
PROMPT = "you> "

child = pexpect.spawn(binary, ["--now", "2026-11-26T17:00"], env=env, encoding="utf-8", timeout=15,
                      dimensions=(40, 200))
child.logfile_read = sys.stdout


def answer(text, expected):
    """Waits for the prompt, types `text` and Enter, and waits for `expected`."""
    child.expect_exact(PROMPT)
    child.send(text + "\r")
    child.expect_exact(expected)


child.expect_exact("Which company was the interview with?")
answer("Acme", "What role did you interview for?")
answer("Product Designer", "When did the interview end?")
answer("", "Who did you meet?")
answer("Priya Shah, hiring manager; Tom Park, HR", "You met Priya Shah (hiring manager) and Tom Park (HR).")

# People: the contacts were added during this session, after Tab completion was set up.
answer("/draft thank-you Pr\t", "What did you talk about with Priya Shah that you'd like to mention?")
# Kinds: "/draft fi" has two completions, "first-follow-up" and "first-follow-up phone": Tab
# inserts what they share.
answer("/draft fi\t", "First follow-up to Priya Shah, by email:")
# Companies: the application was saved during this session too.
answer("/switch Ac\t", "Now on #1 Product Designer at Acme.")

# Wide: a long reply stays on one line.
answer("/help", "/quit     end the session")
assert re.search(r"Answer my questions in your own words\. At any point you can ask \"what should I do now\?\", tell me", child.before), "unwrapped at 200 columns"

# Narrow: after a resize, every reply line fits in 50 columns and words stay whole.
child.setwinsize(40, 50)
answer("/help", "/quit     end the session")
lines = [line for line in child.before.split("\r\n") if line and not line.startswith(PROMPT)]
too_long = [line for line in lines if len(line) > 50]
assert not too_long, f"lines wider than 50 columns: {too_long}"
assert "Answer my questions in your own words. At any\r\npoint you can ask" in child.before, child.before
assert "  /switch   go to another application: /switch\r\n  Acme" in child.before, child.before

child.expect_exact(PROMPT)
child.sendcontrol("d")
child.expect_exact("Goodbye, and good luck.")
child.expect(pexpect.EOF)
child.close()
assert child.exitstatus == 0, f"exit status {child.exitstatus}"
print("\nterminal fit: all checks passed")
