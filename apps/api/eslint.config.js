export { api as default } from '@yingcai/eslint-config';
