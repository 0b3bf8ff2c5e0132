// The React fixture is plain JavaScript; the tests only need these two calls typed. (Installing
// @types/react would put React's global JSX types next to Preact's.)
declare module 'react' {
  export function createElement(type: unknown, props?: unknown, ...children: unknown[]): unknown;
}
declare module 'react-dom/server' {
  export function renderToString(element: unknown): string;
}
