// Vite's `?raw` imports (the CSL style files) as seen by the plain TypeScript check of scripts/.
declare module '*.csl?raw' {
  const text: string;
  export default text;
}
