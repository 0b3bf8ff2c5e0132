// The React fixture is plain JavaScript; it and the tests only need these calls typed. (Installing
// @types/react would put React's global JSX types next to Preact's.)
declare module 'react' {
  export function createElement(type: unknown, props?: unknown, ...children: unknown[]): unknown;
  export function useState<T>(initial: T): [T, (value: T) => void];
}
declare module 'react-dom/client' {
  export function hydrateRoot(container: Element, element: unknown, options?: { onRecoverableError?: (error: unknown) => void }): unknown;
}
declare module 'react-dom/server' {
  export function renderToString(element: unknown): string;
}
