export { client as default } from '@yingcai/eslint-config';
