export { isInTopPercent, placesInTopPercent, type RankInputError, type RankInputErrorCode } from './top-percent.js';
