export { statementVectors, cosine, bestMatches } from "./align";
export type { Statement } from "./align";
export { analyzeCoverage, alignStatements, outletSimilarity, uniqueFacts } from "./facts";
export type { Fact, Omission, Coverage, AlignOptions } from "./facts";
export { similarityHeatmap, coverageMatrixChart, coverageSummaryChart } from "./charts";
export { coverageStep } from "./step";
