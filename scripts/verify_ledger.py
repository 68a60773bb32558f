#!/usr/bin/env python3
"""Re-verify a Hindsight ledger's hash chain from the SQLite file alone (see docs/ledger.md).

Usage: scripts/verify_ledger.py [LEDGER]   (default: ./hindsight.sqlite)
Prints "ok N entries, head HASH" and exits 0, or "entry SEQ: PROBLEM" and exits 1.
Uses the Python 3 standard library only.
"""
import hashlib
import json
import os
import sqlite3
import sys


def canonical(text):
    """The canonical JSON text of a stored payload: sorted keys, no spaces, raw UTF-8."""
    return json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def check(path):
    if not os.path.isfile(path):
        return f"{path}: no such ledger file"
    db = sqlite3.connect(path)
    if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        return "SQLite integrity check failed"
    prev, count = "0" * 64, 0
    rows = db.execute("SELECT seq, recorded_at, author, kind, payload, prev_hash, hash "
                      "FROM entries ORDER BY seq")
    for seq, recorded_at, author, kind, payload, prev_hash, stored in rows:
        count += 1
        if seq != count:
            return f"entry {seq}: expected seq {count}, the seqs are not contiguous"
        if prev_hash != prev:
            return f"entry {seq}: prev_hash does not equal the hash of entry {seq - 1}"
        text = "\n".join([prev_hash, str(seq), recorded_at, author, kind, payload])
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != stored:
            return f"entry {seq}: stored hash does not match its contents"
        try:
            ok = canonical(payload) == payload and json.loads(payload).get("type") == kind
        except ValueError:
            ok = False
        if not ok:
            return f"entry {seq}: payload is not the canonical JSON of a {kind} entry"
        prev = stored
    print(f"ok {count} entries, head {prev}")
    return None


if __name__ == "__main__":
    problem = check(sys.argv[1] if len(sys.argv) > 1 else "hindsight.sqlite")
    if problem:
        print(problem)
        sys.exit(1)
