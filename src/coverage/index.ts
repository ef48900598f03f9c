export { cosine, bestMatches, DEFAULT_MAX_CANDIDATES } from "./align";
export type { MatchOptions } from "./align";
export { statementVectors, statementVectorsFromParts, coveragePart } from "./statements";
export type { Statement, StatementPart, CoveragePart, FactStatement } from "./statements";
export { analyzeCoverage, analyzeCoverageFromParts, analyzeCoverageByStory, combineStoryCoverage, alignStatements, outletSimilarity, uniqueFacts } from "./facts";
export type { Fact, Omission, Coverage, AlignOptions, CoverageMergeOptions, StoryCoverage } from "./facts";
export { similarityHeatmap, coverageMatrixChart, coverageSummaryChart } from "./charts";
export { coverageStep } from "./step";
