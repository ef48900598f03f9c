import * as fs from "fs";
import * as path from "path";
import { MANIFEST_FILE } from "../corpus/manifest";

/**
 * Writes a starter manifest.json for a folder of .txt files: one entry per file with id and outlet
 * from the file name and headline left out (guessed from the first line). Refuses to overwrite an
 * existing manifest. Returns the manifest path.
 */
export function initManifest(dir: string): string {
  const file = path.join(dir, MANIFEST_FILE);
  if (fs.existsSync(file)) throw new Error(`${file}: already exists; edit it by hand (framelens never overwrites it)`);
  const txt = fs.readdirSync(dir).filter((n) => n.toLowerCase().endsWith(".txt")).sort();
  if (txt.length === 0) throw new Error(`${dir}: holds no .txt files to list`);
  const used = new Set<string>();
  const articles = txt.map((name) => {
    let id = name.replace(/\.txt$/i, "").toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^[-_]+/, "") || "article";
    for (let k = 2; used.has(id); k++) id = `${id}-${k}`;
    used.add(id);
    return { id, outlet: id, file: name };
  });
  fs.writeFileSync(file, JSON.stringify({ title: path.basename(path.resolve(dir)), articles }, null, 2) + "\n", { flag: "wx" });
  return file;
}
