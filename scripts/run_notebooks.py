"""Execute Jupyter notebooks headless with nbclient; see scripts/run-notebooks.js."""
import argparse
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError


def cell_error(cell):
    """tslab reports errors on stderr only; gather them with any error output."""
    parts = []
    for o in cell.get("outputs", []):
        if o.get("output_type") == "stream" and o.get("name") == "stderr":
            parts.append(o.get("text", ""))
        elif o.get("output_type") == "error":
            parts.append("%s: %s" % (o.get("ename", ""), o.get("evalue", "")))
    return "".join(parts).strip()


def write_atomic(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def run(path, out, check):
    nb = nbformat.read(path, as_version=4)
    # startup_timeout: on a busy 2-core machine the tslab kernel has taken more than nbclient's default 60 s to start.
    client = NotebookClient(nb, timeout=600, startup_timeout=180, kernel_name="tslab", resources={"metadata": {"path": os.path.dirname(path)}})
    started = time.time()
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError) as e:
        failing = None
        for i, cell in enumerate(nb.cells):
            if cell.cell_type == "code" and (cell_error(cell) or cell.get("execution_count") is None):
                failing = (i, cell)
                break
        print("FAIL %s" % os.path.basename(path), file=sys.stderr)
        if failing:
            i, cell = failing
            print("  cell %d:\n%s" % (i, "\n".join("    " + l for l in cell.source.splitlines())), file=sys.stderr)
            print("  error:\n%s" % (cell_error(cell) or str(e)), file=sys.stderr)
        else:
            print("  %s" % e, file=sys.stderr)
        return False
    except Exception as e:  # the kernel did not start or died: say so, and go on with the next notebook
        print("FAIL %s\n  %s: %s" % (os.path.basename(path), type(e).__name__, e), file=sys.stderr)
        return False
    # A tslab cell can print to stderr without failing; treat a compile error printed there as failure.
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and cell_error(cell):
            print("FAIL %s\n  cell %d wrote to stderr:\n%s" % (os.path.basename(path), i, cell_error(cell)), file=sys.stderr)
            return False
    seconds = time.time() - started
    codes = sum(1 for c in nb.cells if c.cell_type == "code")
    if not check:
        from nbconvert import HTMLExporter
        from nbformat.sign import NotebookNotary

        os.makedirs(out, exist_ok=True)
        NotebookNotary().sign(nb)
        base = os.path.splitext(os.path.basename(path))[0]
        write_atomic(os.path.join(out, base + ".ipynb"), nbformat.writes(nb))
        html, _ = HTMLExporter().from_notebook_node(nb)
        write_atomic(os.path.join(out, base + ".html"), html)
    print("ok %s (%d code cells, %.1f s)" % (os.path.basename(path), codes, seconds))
    return True


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--check", action="store_true")
    p.add_argument("files", nargs="+")
    a = p.parse_args()
    passed = failed = 0
    for f in a.files:
        if run(f, a.out, a.check):
            passed += 1
        else:
            failed += 1
    print("notebooks: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
