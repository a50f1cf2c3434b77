export { default } from '@yingcai/eslint-config';
