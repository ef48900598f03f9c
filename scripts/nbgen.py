"""Developer aid for the committed notebooks (kept without outputs).
From another script:
  from nbgen import write, edit
  write(path, cells)                        # a new notebook from [('md'|'code', source), ...]
  edit(path, {'c07': [(old, new), ...]})    # exact replacements in cells by id; each `old` must occur once
Run directly, `python3 scripts/nbgen.py --check notebooks/*.ipynb` fails when a notebook holds outputs."""
import json
import sys

METADATA = {
    "kernelspec": {"display_name": "TypeScript", "language": "typescript", "name": "tslab"},
    "language_info": {"codemirror_mode": {"mode": "typescript", "name": "javascript", "typescript": True}, "file_extension": ".ts", "mimetype": "text/typescript", "name": "typescript", "version": "3.7.2"},
}


def _save(path, nb):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(nb, f, indent=1, ensure_ascii=False)
        f.write("\n")


def write(path, cells):
    out = []
    for i, (kind, src) in enumerate(cells):
        src = src.strip("\n")
        cell = {"cell_type": "markdown" if kind == "md" else "code", "id": "c%02d" % i, "metadata": {}, "source": src.splitlines(True)}
        if kind != "md":
            cell.update({"execution_count": None, "outputs": []})
        out.append(cell)
    _save(path, {"cells": out, "metadata": METADATA, "nbformat": 4, "nbformat_minor": 5})


def edit(path, changes):
    """Replaces text in cells by id; every `old` must occur exactly once in its cell. Outputs are cleared."""
    with open(path, encoding="utf-8") as f:
        nb = json.load(f)
    cells = {c.get("id"): c for c in nb["cells"]}
    for cid, pairs in changes.items():
        if cid not in cells:
            raise SystemExit("%s: no cell with id %r (ids: %s)" % (path, cid, ", ".join(map(str, cells))))
        src = "".join(cells[cid]["source"])
        for old, new in pairs:
            n = src.count(old)
            if n != 1:
                raise SystemExit("%s cell %s: expected the text once, found it %d times:\n%s" % (path, cid, n, old))
            src = src.replace(old, new)
        cells[cid]["source"] = src.splitlines(True)
    for c in nb["cells"]:
        if c["cell_type"] == "code":
            c["outputs"] = []
            c["execution_count"] = None
    _save(path, nb)


def check_clean(paths):
    """Notebooks are committed without outputs: returns the paths that hold any."""
    dirty = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            nb = json.load(f)
        if any(c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count") is not None) for c in nb["cells"]):
            dirty.append(p)
    return dirty


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--check":
        dirty = check_clean(sys.argv[2:])
        for p in dirty:
            print("%s holds outputs; clear them before committing (Kernel > Restart & Clear Output)" % p)
        sys.exit(1 if dirty else 0)
    print(__doc__)
