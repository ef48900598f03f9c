export { loadActorRegistry, defaultActorRegistry, validateRegistry, resolveActor, DEFAULT_REGISTRY_FILE } from "./registry";
export { findActorMentions } from "./mentions";
export * from "./types";
