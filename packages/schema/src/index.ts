export * from './generated/graphql.js';
export { possibleTypes } from './generated/possible-types.js';
