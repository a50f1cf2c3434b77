export { checkWindow, lastDayOf, type DateWindow, type WindowCheckInput } from './window.js';
export { OFFICE_STEP_WINDOWS, stepWindow, type OfficeStep } from './office-steps.js';
