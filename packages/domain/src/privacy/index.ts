export { maskEmail, maskIdNumber, maskPhone } from './mask.js';
