/**
 * A message built for plain text, with names and values isolated by isolate() (U+2068 …
 * U+2069), shown with each isolated run in a <bdi> instead: the element keeps the run's own
 * direction on screen, and the invisible marks stay out of what is copied or read out.
 */
const ISOLATED_RUN = /\u2068([^\u2069]*)\u2069/;

export function IsolatedText({ text }: { text: string }) {
  // split() with a capturing group puts the isolated runs at the odd places.
  const parts = text.split(ISOLATED_RUN);
  return <>{parts.map((part, index) => (index % 2 === 1 ? <bdi key={index}>{part}</bdi> : part))}</>;
}
