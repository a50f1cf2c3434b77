export { domain as default } from '@yingcai/eslint-config';
