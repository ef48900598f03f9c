/**
 * framelens: the one public entry point. Notebooks and user code import only from here.
 */
// corpus
export { loadCorpus } from "./corpus/load";
export type { LoadOptions } from "./corpus/load";
export { parseArticle, articleSentences, sentenceTokens } from "./corpus/parse";
export type { ParseOptions } from "./corpus/parse";
export { validateManifest, MANIFEST_FILE } from "./corpus/manifest";
export { DEFAULT_CLEANING_RULES } from "./corpus/clean-rules";
export type { CleaningRule } from "./corpus/clean-rules";
export { normalizeChars } from "./corpus/normalize";
export { winkTokenizer } from "./corpus/tokenize";
export type { Tokenizer } from "./corpus/tokenize";
export { CorpusError } from "./corpus/errors";
export * from "./corpus/types";
// overview
export { corpusOverview, cleaningLog, articleOverview } from "./overview/overview";
export type { OverviewRecord } from "./overview/overview";
// tables
export { toCsv } from "./tables/csv";
export type { Table } from "./tables/csv";
export { toDataFrame, danfo } from "./tables/frame";
// charts
export type { Figure, NamedFigure } from "./charts/types";
export { corpusSizeChart } from "./charts/corpus-size";
export { baseLayout, colorAt, PALETTE } from "./charts/theme";
// analysis steps (what `framelens analyze` runs)
export { ANALYSIS_STEPS, analysisSteps } from "./cli/steps";
export type { AnalysisStep, StepResult } from "./cli/step";
// actors: registry, name resolution, mentions
export { loadActorRegistry, defaultActorRegistry, validateRegistry, resolveActor, findActorMentions, DEFAULT_REGISTRY_FILE, SIDES, isSide, ACTOR_KINDS } from "./actors/index";
export type { Side, Actor, ActorKind, ActorRegistry, ActorMention, SideInfo } from "./actors/index";
// quotes: extraction, attribution, voice metrics
export * from "./quotes/index";
// rendering and export (the edges: notebook display, files, browser)
export { show, showTable, showHtml, showText, displayBundle, asTable } from "./render/notebook";
export type { Tabular } from "./render/notebook";
export { escapeHtml, jsonForScript } from "./render/escape";
export { figureDiv, figurePage } from "./render/figure-html";
export { tableHtml } from "./render/table-html";
export { createImageExporter, IMAGE_FORMATS } from "./render/image-export";
export type { ImageExporter, ImageFormat } from "./render/image-export";
export { exportFigure } from "./render/export";
export { writeOutputs } from "./render/output-dir";
export { buildReport } from "./render/report";
export type { ReportSection } from "./render/report";
export { analyze } from "./cli/analyze";
export type { AnalyzeOptions } from "./cli/analyze";
// sentiment
export * from "./sentiment/index";
// statistics
export { bootstrapCI, bootstrapMeanCI, mean } from "./stats/bootstrap";
export type { Interval, BootstrapOptions } from "./stats/bootstrap";
export { pearson, spearman } from "./stats/correlation";
// word emphasis
export * from "./emphasis/index";
// frames and coverage
export * from "./frames/index";
export * from "./coverage/index";
export { wilsonInterval } from "./stats/proportion";
