import * as path from "path";
import { Figure } from "../charts/types";
import { figurePage } from "./figure-html";
import { createImageExporter, ImageExporter } from "./image-export";
import { PendingFile, writeOutputs } from "./output-dir";

export const EXPORT_FORMATS = ["html", "png", "svg"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** Default ["html", "png", "svg"]. */
  formats?: readonly ExportFormat[];
  /** Overwrite files framelens did not write. Default false. */
  force?: boolean;
  /** Reuse an open exporter (faster for many figures); default: one is started and closed. */
  exporter?: ImageExporter;
  title?: string;
}

/**
 * Writes a figure as `<file>.html` (self-contained, offline), `<file>.png` and `<file>.svg` (rendered
 * by Chromium). `file` is a path without extension. Returns the paths written. Writes every format
 * whole or none: images are rendered before anything is written.
 */
export async function exportFigure(fig: Figure, file: string, options: ExportOptions = {}): Promise<string[]> {
  const { formats = EXPORT_FORMATS, force = false, title = path.basename(file) } = options;
  for (const f of formats) if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new Error(`unknown export format "${f}"; expected one of ${EXPORT_FORMATS.join(", ")}`);
  const dir = path.dirname(file);
  const base = path.basename(file);
  const pending: PendingFile[] = [];
  if (formats.includes("html")) pending.push({ path: `${base}.html`, content: figurePage(fig, title) });
  const images = formats.filter((f): f is "png" | "svg" => f !== "html");
  if (images.length) {
    const exporter = options.exporter ?? (await createImageExporter());
    try {
      for (const f of images) pending.push({ path: `${base}.${f}`, content: await exporter.render(fig, f) });
    } finally {
      if (!options.exporter) await exporter.close();
    }
  }
  return writeOutputs(dir, pending, { force });
}
