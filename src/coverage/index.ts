export { statementVectors, cosine, alignStatements, outletSimilarity } from "./align";
export type { Statement, Fact, AlignOptions } from "./align";
export { similarityHeatmap, coverageMatrixChart } from "./charts";
export { coverageStep } from "./step";
