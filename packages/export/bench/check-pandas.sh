#!/bin/sh
# Loads a CSV folder written by `dukien export` with its generated load.py and checks that
# pandas reads `value` as a number. Needs python3 with pandas (apt-get install -y python3-pandas).
# Usage: sh packages/export/bench/check-pandas.sh out/csv
set -eu
dir="${1:?give the CSV folder written by dukien export, e.g. out/csv}"
python3 - "$dir" <<'PY'
import runpy, sys
folder = sys.argv[1]
tables = runpy.run_path(f"{folder}/load.py")["load"](folder)
for name in ("quantities", "indicators"):
    frame = tables[name]
    assert str(frame["value"].dtype) == "float64", (name, frame["value"].dtype)
    print(f"ok: {name}: {len(frame)} rows, value is {frame['value'].dtype}")
PY
