export { maskEmail, maskIdNumber, maskPhone, maskSecrets } from './mask.js';
