"""Developer aid: write a notebook (without outputs) from a list of ('md'|'code', source) cells.
Usage from another script: from nbgen import write; write(path, cells)."""
import json


def write(path, cells):
    out = []
    for i, (kind, src) in enumerate(cells):
        src = src.strip("\n")
        cell = {"cell_type": "markdown" if kind == "md" else "code", "id": "c%02d" % i, "metadata": {}, "source": src.splitlines(True)}
        if kind != "md":
            cell.update({"execution_count": None, "outputs": []})
        out.append(cell)
    nb = {
        "cells": out,
        "metadata": {
            "kernelspec": {"display_name": "TypeScript", "language": "typescript", "name": "tslab"},
            "language_info": {"codemirror_mode": {"mode": "typescript", "name": "javascript", "typescript": True}, "file_extension": ".ts", "mimetype": "text/typescript", "name": "typescript", "version": "3.7.2"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(nb, f, indent=1, ensure_ascii=False)
        f.write("\n")
