export { FRAMES, DEFAULT_FRAME_LEXICON } from "./lexicon";
export type { Frame, FrameDefinition, FrameLexicon } from "./lexicon";
export { detectFrames, frameShares, framesPart, frameSharesFromParts } from "./detect";
export type { FrameEvidence, FrameShare, FramesPart } from "./detect";
export { frameSharesChart } from "./charts";
export { framesStep } from "./step";
