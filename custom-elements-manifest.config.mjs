export default {
  globs: ['src/components/**/*.ts', 'src/internal/base.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
