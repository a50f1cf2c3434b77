export { isInTopPercent, type RankInputError, type RankInputErrorCode } from './top-percent.js';
