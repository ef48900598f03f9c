/**
 * framelens: the one public entry point. Notebooks and user code import only from here.
 */
// corpus
export { loadCorpus, openCorpus, readArticleText, MAX_ARTICLE_BYTES, formatBytes } from "./corpus/load";
export type { CorpusSource } from "./corpus/load";
export type { LoadOptions } from "./corpus/load";
export { articleLocations } from "./corpus/load";
export type { ArticleLocation, CorpusFormat } from "./corpus/load";
export { parseCsv } from "./corpus/csv";
export type { CsvRecord } from "./corpus/csv";
export { ROW_FIELDS, DEFAULT_COLUMNS, isRowField, parseFieldMap, checkFieldMap, resolveColumns } from "./corpus/import-fields";
export type { RowField, FieldMap } from "./corpus/import-fields";
export { rowsToCorpus } from "./corpus/import-rows";
export type { RowText, RawRow, RowCorpus, JsonValue } from "./corpus/import-rows";
export { readRowFile, rowFileFormat, ROW_FILE_FORMATS, MAX_ROW_FILE_BYTES } from "./corpus/import-read";
export type { RowFileFormat } from "./corpus/import-read";
export { importCorpus } from "./corpus/import-write";
export type { ImportOptions, ImportResult } from "./corpus/import-write";
export { parseArticle, articleSentences, sentenceTokens, LEFT_OUT_WARNING_SHARE } from "./corpus/parse";
export type { ParseOptions } from "./corpus/parse";
export { validateManifest, MANIFEST_FILE, DEFAULT_STORY, storyOf } from "./corpus/manifest";
export { DEFAULT_CLEANING_RULES, RULE_SCOPES, LINE_RULE_MAX_WORDS, isRuleScope } from "./corpus/clean-rules";
export type { CleaningRule, RuleScope } from "./corpus/clean-rules";
export { cleanText } from "./corpus/clean";
export type { CleanResult, CleaningNote } from "./corpus/clean";
export { normalizeChars } from "./corpus/normalize";
export { winkTokenizer, makeWinkTokenizer, LONG_RUN_CHARS } from "./corpus/tokenize";
export type { Tokenizer, WinkTokenizerOptions } from "./corpus/tokenize";
export { CorpusError } from "./corpus/errors";
export * from "./corpus/types";
// pipeline: per-article records computed in worker threads, merged by the analysis steps
export { loadRecords, streamRecords, ARTICLE_TASK } from "./pipeline/load-records";
export type { LoadRecordsOptions } from "./pipeline/load-records";
export { articleRecord, mapArticle, RECORD_PARTS } from "./pipeline/map-article";
export type { ArticleInput, ArticleOutcome, RecordPart } from "./pipeline/map-article";
export type { ArticleRecord, RecordCorpus } from "./pipeline/record";
export { mapInOrder, mapAll, workerTask, defaultJobs } from "./pipeline/pool";
export type { WorkerTask, MapOptions, MapProgress } from "./pipeline/pool";
export { StringPool } from "./pipeline/string-pool";
// overview
export { corpusOverview, cleaningLog, articleOverview, overviewTable, cleaningLogTable } from "./overview/overview";
export type { OverviewRecord } from "./overview/overview";
// tables
export { toCsv, tableCsv, tableCsvChunks, tableLength } from "./tables/csv";
export type { Table } from "./tables/csv";
export { spooledTable, RowSpool, SPOOL_HEAD, removeOrphanSpools } from "./tables/spool";
export type { SpooledTable } from "./tables/spool";
export { toDataFrame, frame, danfo } from "./tables/frame";
// charts
export type { Figure, NamedFigure } from "./charts/types";
export { corpusSizeChart } from "./charts/corpus-size";
export { baseLayout, colorAt, PALETTE, outletScale, chartLayout, titleText, chartNote, MIN_FONT_SIZE, EXPORT_WIDTH, ROLE_COLORS } from "./charts/theme";
export type { OutletScale, OutletChartOptions } from "./charts/theme";
export { sharedRange, offDiagonalRange, formatPercent } from "./charts/scale";
export { wrapLabel, shortLabel } from "./charts/labels";
// analysis steps (what `framelens analyze` runs)
export { ANALYSIS_STEPS, analysisSteps } from "./cli/steps";
export { runSteps, corpusInfo, foldShared } from "./cli/step";
export { TermTable } from "./emphasis/term-table";
export type { AnalysisStep, FoldShared, StepFold, StepResult, CorpusInfo } from "./cli/step";
// actors: registry, name resolution, mentions
export { loadActorRegistry, defaultActorRegistry, validateRegistry, resolveActor, findActorMentions, DEFAULT_REGISTRY_FILE, SIDES, isSide, ACTOR_KINDS, actorById, corpusRegistryFile, registryLabel, CORPUS_REGISTRY_NAME, DEFAULT_SIDES, UNKNOWN_SIDE, SIDE_ID_PATTERN, isIsoDate, inOffice, sideColor, orderedSides, DEFAULT_SIDE_INFO, suggestActors, actorSuggester, starterRegistry, capitalisedRuns } from "./actors/index";
export type { Side, Actor, ActorKind, ActorRegistry, ActorMention, SideInfo, ActorRole, DefaultSide, ResolveOptions, MentionOptions, ActorSuggestion, SuggestInput, SuggestOptions, StarterOptions, StarterRegistry, NameRun } from "./actors/index";
export { runActorsSuggest, suggestionTable } from "./cli/actors-suggest";
export { COMPARE_UNITS, isCompareUnit, entriesByGroup } from "./corpus/compare-groups";
export type { CompareUnit } from "./corpus/compare-groups";
// quotes: extraction, attribution, voice metrics
export * from "./quotes/index";
// rendering and export (the edges: notebook display, files, browser)
export { show, showTable, showHtml, showText, displayBundle, asTable } from "./render/notebook";
export type { Tabular } from "./render/notebook";
export { chartOutput, staticImage, SVG_MAX_BYTES } from "./render/notebook";
export type { ChartOutput, ChartMimeBundle, StaticImage, ShowOptions } from "./render/notebook";
export { escapeHtml, jsonForScript } from "./render/escape";
export { figureDiv, figurePage } from "./render/figure-html";
export { BUNDLED_TRACE_TYPES } from "./render/plotly-bundle";
export { tableHtml, TABLE_CSS, TABLE_SCRIPT, defaultReaderColumns } from "./render/table-html";
export type { TableHtmlOptions } from "./render/table-html";
export { createImageExporter, IMAGE_FORMATS } from "./render/image-export";
export type { ImageExporter, ImageFormat } from "./render/image-export";
export { exportFigure } from "./render/export";
export { writeOutputs, recoverOutputDir, WRITTEN_RECORD } from "./render/output-dir";
export { checkOutputDir } from "./render/output-check";
export type { OutputDirCheck, OutputDirCheckOptions } from "./render/output-check";
export { buildReport } from "./render/report";
export type { ReportSection } from "./render/report";
export { analyze, summaryLines, progressLine, InterruptedError } from "./cli/analyze";
export type { AnalyzeOptions, AnalyzeResult } from "./cli/analyze";
export { applyCliV8Flags, CLI_V8_FLAGS, INTERRUPT_BUDGET } from "./cli/v8-flags";
// sentiment
export * from "./sentiment/index";
// statistics
export { bootstrapCI, bootstrapMeanCI, bootstrapMeanCIs, mean, INTERVAL_KINDS } from "./stats/bootstrap";
export type { Interval, BootstrapOptions, IntervalKind } from "./stats/bootstrap";
export { normalQuantile } from "./stats/normal";
export { pearson, spearman } from "./stats/correlation";
// word emphasis
export * from "./emphasis/index";
export { pooledTermCounts, mostFrequentTerm, termZByBackground } from "./emphasis/background-compare";
export type { BackgroundZ } from "./emphasis/background-compare";
// frames and coverage
export * from "./frames/index";
export * from "./coverage/index";
export { wilsonInterval } from "./stats/proportion";
// across stories
export * from "./stories/index";
// the outlet comparison: headline figures, overview, findings, small multiples
export { overview } from "./comparison/overview";
export type { Overview, OverviewOptions } from "./comparison/overview";
export { compareOutlets, overviewRows } from "./comparison/compare";
export type { CompareOptions } from "./comparison/compare";
export { outletFindings, intervalDifference, holm } from "./comparison/findings";
export type { FindingOptions } from "./comparison/findings";
export { overviewChart, mainMetrics } from "./comparison/chart";
export { comparisonHtml, overviewTableHtml, findingsHtml, evidenceHtml, COMPARISON_PARTS } from "./comparison/html";
export type { ComparisonPart } from "./comparison/html";
export { comparisonStep } from "./comparison/step";
export { outletFigure, valueText, EvidenceSample } from "./comparison/headline";
export { storyPairDifferences } from "./comparison/story-figures";
export { FIGURE_SCALES, FIGURE_BASES, FINDING_KINDS } from "./comparison/types";
export type { OutletFigure, Evidence, Finding, FindingKind, FigureScale, FigureBasis, OutletComparison, PairDifference, Wording } from "./comparison/types";
