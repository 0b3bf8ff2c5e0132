/** Set by build.mjs: which browser this bundle is for. */
declare const __TARGET__: 'chrome' | 'firefox';
/** Set by build.mjs: true only in the test build (BACKSTORY_TEST_BUILD=1), never in a shipped one. */
declare const __TEST_BUILD__: boolean;

declare module '*.css' {
  const text: string;
  export default text;
}
