export { checkWindow, lastDayOf, type DateWindow, type WindowCheckInput } from './window.js';
