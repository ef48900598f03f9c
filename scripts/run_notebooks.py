"""Execute Jupyter notebooks headless with nbclient; see scripts/run-notebooks.js.

Besides running every cell, it checks what the executed notebook carries: every chart output (one with
plotly's mime type) must also carry a static image (image/svg+xml or image/png) unless --images-optional
(no Chromium on this machine), and the executed notebook must stay under --max-bytes. It writes one JSON
line per notebook to --summary (name, charts intended, bytes, the HTML export's path) for the browser check
in run-notebooks.js."""
import argparse
import json
import os
import re
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError

PLOTLY_MIME = "application/vnd.plotly.v1+json"
IMAGE_MIMES = ("image/svg+xml", "image/png")


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


def chart_outputs(nb):
    """(cell index, output) for every display output carrying a plotly figure."""
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for o in cell.get("outputs", []):
            if o.get("output_type") in ("display_data", "execute_result") and PLOTLY_MIME in o.get("data", {}):
                yield i, o


def image_problems(nb):
    """A line per chart output without a static image, naming its cell and saying why (from its html)."""
    problems = []
    for i, o in chart_outputs(nb):
        if not any(m in o["data"] for m in IMAGE_MIMES):
            html = o["data"].get("text/html", "")
            start = html.find("[No static image")
            why = html[start:html.find("]", start) + 1] if start >= 0 else "(the output says nothing about it)"
            problems.append("cell %d: a chart output has no image/svg+xml or image/png: %s" % (i, why))
    return problems


RELATIVE_STRING = re.compile(r'"(\.\.?/[^"\n]*)"')
MODULE_SUFFIXES = ("", ".js", ".ts", ".d.ts", "/index.js")


def rebase_paths(nb, src_dir, out_dir, corpus):
    """The executed copy lives in out_dir, not beside its source: rewrites every relative path in its code
    ("../dist/index", "../seeds") that exists from src_dir to the same place seen from out_dir, so its cells
    run again when reopened there; with a corpus from the runner, FRAMELENS_CORPUS falls back to that
    corpus, so a re-run reads the articles the outputs came from."""

    def rebase(m):
        target = os.path.normpath(os.path.join(src_dir, m.group(1)))
        if not any(os.path.exists(target + s) for s in MODULE_SUFFIXES):
            return m.group(0)
        rel = os.path.relpath(target, out_dir).replace(os.sep, "/")
        return json.dumps(rel if rel.startswith(".") else "./" + rel)

    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        src = RELATIVE_STRING.sub(rebase, cell.source)
        if corpus:
            rel = os.path.relpath(corpus, out_dir).replace(os.sep, "/")
            src = src.replace("process.env.FRAMELENS_CORPUS ||", "process.env.FRAMELENS_CORPUS || %s ||" % json.dumps(rel if rel.startswith(".") else "./" + rel))
        cell.source = src


def run(path, out, check, html_dir, max_bytes, images_optional):
    nb = nbformat.read(path, as_version=4)
    # startup_timeout: on a busy 2-core machine the tslab kernel has taken more than nbclient's default 60 s to start.
    client = NotebookClient(nb, timeout=600, startup_timeout=180, kernel_name="tslab", resources={"metadata": {"path": os.path.dirname(path)}})
    started = time.time()
    name = os.path.basename(path)
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError) as e:
        failing = None
        for i, cell in enumerate(nb.cells):
            if cell.cell_type == "code" and (cell_error(cell) or cell.get("execution_count") is None):
                failing = (i, cell)
                break
        print("FAIL %s" % name, file=sys.stderr)
        if failing:
            i, cell = failing
            print("  cell %d:\n%s" % (i, "\n".join("    " + l for l in cell.source.splitlines())), file=sys.stderr)
            print("  error:\n%s" % (cell_error(cell) or str(e)), file=sys.stderr)
        else:
            print("  %s" % e, file=sys.stderr)
        return None
    except Exception as e:  # the kernel did not start or died: say so, and go on with the next notebook
        print("FAIL %s\n  %s: %s" % (name, type(e).__name__, e), file=sys.stderr)
        return None
    # A tslab cell can print to stderr without failing; treat a compile error printed there as failure.
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and cell_error(cell):
            print("FAIL %s\n  cell %d wrote to stderr:\n%s" % (name, i, cell_error(cell)), file=sys.stderr)
            return None
    seconds = time.time() - started
    codes = sum(1 for c in nb.cells if c.cell_type == "code")
    charts = sum(1 for _ in chart_outputs(nb))
    problems = [] if images_optional else image_problems(nb)

    from nbconvert import HTMLExporter
    from nbformat.sign import NotebookNotary

    if not check:
        rebase_paths(nb, os.path.dirname(os.path.abspath(path)), os.path.abspath(out), os.environ.get("FRAMELENS_CORPUS"))
        NotebookNotary().sign(nb)
    text = nbformat.writes(nb)
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        message = "the executed notebook is %.2f MB, over the %.2f MB limit (issue 14): look for large tables or charts" % (size / 1e6, max_bytes / 1e6)
        if check:
            problems.append(message)
        else:
            print("WARNING %s: %s" % (name, message), file=sys.stderr)
    if problems:
        print("FAIL %s\n%s" % (name, "\n".join("  " + p for p in problems)), file=sys.stderr)
        return None
    base = os.path.splitext(name)[0]
    target = html_dir if check else out
    os.makedirs(target, exist_ok=True)
    if not check:
        write_atomic(os.path.join(out, base + ".ipynb"), text)
    html, _ = HTMLExporter().from_notebook_node(nb)
    html_path = os.path.join(target, base + ".html")
    write_atomic(html_path, html)
    print("ok %s (%d code cells, %d charts, %.2f MB, %.1f s)" % (name, codes, charts, size / 1e6, seconds))
    return {"name": name, "charts": charts, "bytes": size, "html": html_path}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--check", action="store_true")
    p.add_argument("--html-dir", help="with --check: where the HTML exports go for the browser check")
    p.add_argument("--summary", required=True, help="file that gets one JSON line per notebook that ran")
    p.add_argument("--max-bytes", type=int, default=1_500_000)
    p.add_argument("--images-optional", action="store_true", help="no Chromium here: do not require chart images")
    p.add_argument("files", nargs="+")
    a = p.parse_args()
    if a.check and not a.html_dir:
        p.error("--check needs --html-dir")
    passed = failed = 0
    with open(a.summary, "w", encoding="utf-8") as summary:
        for f in a.files:
            result = run(f, a.out, a.check, a.html_dir, a.max_bytes, a.images_optional)
            if result:
                passed += 1
                summary.write(json.dumps(result) + "\n")
                summary.flush()
            else:
                failed += 1
    print("executed: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
