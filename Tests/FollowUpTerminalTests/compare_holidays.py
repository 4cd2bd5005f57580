"""Compares followup's holidays with Python's `holidays` package, day by day and name by name.
Usage: compare_holidays.py BINARY [FIRST_YEAR LAST_YEAR]. Prints one line per region and exits 1
on any difference."""
import datetime
import json
import os
import subprocess
import sys
import warnings

import holidays

binary = sys.argv[1]
first, last = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (2024, 2040)

# England and Wales is the GB subdivision ENG; every other region is the whole country.
SUBDIVISIONS = {"GB": "ENG"}
# Regions whose national list leaves out the weekday off every state gives for a holiday on a weekend.
EVERY_STATE = {"AU": ["NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT"]}
# India's holidays that follow lunar or lunisolar calendars: followup leaves them out (README, Holidays).
LUNAR = {
    "IN": {"Holi", "Maha Shivaratri", "Ram Navami", "Mahavira's Birthday", "Buddha Purnima",
           "Janmashtami (Vaishnava)", "Dussehra", "Diwali", "Guru Nanak's Birthday", "Eid al-Fitr",
           "Eid al-Adha", "Ashura", "Prophet's Birthday"},
}


def theirs(region):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # India's lunar tables end before 2040
        table = holidays.country_holidays(region, subdiv=SUBDIVISIONS.get(region), years=range(first - 1, last + 2))
    skipped = LUNAR.get(region, set())
    found = set()
    if region in EVERY_STATE:
        # The weekday off every state gives for a national holiday on a weekend (Boxing Day on
        # Saturday, Dec 26, 2026 is kept on Monday, Dec 28), named as the first state names it.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            states = [holidays.country_holidays(region, subdiv=state, years=range(first - 1, last + 2))
                      for state in EVERY_STATE[region]]
        for day in set.intersection(*(set(state.keys()) for state in states)) - set(table.keys()):
            if first <= day.year <= last and day.weekday() < 5:
                found.add((day.isoformat(), states[0][day]))
    for day, names in table.items():
        if first <= day.year <= last:
            for name in names.split("; "):
                if name.removesuffix(" (estimated)") not in skipped:
                    found.add((day.isoformat(), name))
    return found


def ours(region):
    env = dict(os.environ, FOLLOWUP_DB=os.path.join(os.environ.get("TMPDIR", "/tmp"), f"holidays-{os.getpid()}.sqlite"))
    out = subprocess.run([binary, "config", "holidays", "--region", region, "--year", str(first),
                          "--through", str(last), "--json"], capture_output=True, text=True, env=env, check=True)
    return {(item["day"], item["name"]) for item in json.loads(out.stdout)}


failed = False
for region in ["US", "GB", "CA", "AU", "IE", "DE", "FR", "NL", "IN", "NZ"]:
    expected, got = theirs(region), ours(region)
    missing, extra = sorted(expected - got), sorted(got - expected)
    print(f"{region}: {len(expected)} holidays {first}-{last}, {len(missing)} missing, {len(extra)} extra")
    for day, name in missing:
        print(f"  missing {day} {name}")
    for day, name in extra:
        print(f"  extra   {day} {name}")
    failed = failed or bool(missing or extra)
print("holidays: differences found" if failed else "holidays: all regions match")
sys.exit(1 if failed else 0)
