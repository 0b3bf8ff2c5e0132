/**
 * Lines that sit inside an article's container without being its text: calls to read, share or
 * subscribe, links to other stories, update notes, credits, datelines and labels. Only short lines
 * are judged, so a paragraph that happens to start with "Read more" words stays.
 */

/** The longest line (in words) that can be boilerplate. */
const MAX_WORDS = 30;

/** Lines that begin like a call to action, a link to another story or a note under the article. */
const PATTERNS: RegExp[] = [
  /^[([]?\s*(read|see|watch|listen)( (more|also|next|now|this))?\b\s*[:|]/i,
  /^(read|see|watch) (more|also)\b/i,
  /^(related|more|recommended|trending|most read|top stories)( (stories|articles|coverage|news))?\s*:/i,
  /^(sign up|subscribe|follow us|share (this|on)|click here|get the .* newsletter|download the app)\b/i,
  /^(this (story|article) (has been|was) (updated|corrected))\b/i,
  /\bcontributed (to )?(this )?(report|reporting|story)\.?$/i,
  /^[([]?\s*(lea|lee|vea|ve|mira|escucha)( (también|además|más|aquí))?\s*[:|]/i,
  /^[([]?\s*(le puede interesar|también puede leer|le recomendamos|lea también|lee también|vea también|te puede interesar|también|además|en video|en contexto|siga leyendo|noticias relacionadas)\s*:/i,
  /^(suscríbete|suscribete|regístrate|registrate|síguenos|siguenos|comparte|compartir|haz clic|descarga la app|únete)\b/i,
  /^[([]?\s*con información de\b/i,
  /^(©|copyright\b|all rights reserved|todos los derechos reservados)/i,
  /^(seguir leyendo|sigue leyendo|continuar leyendo|keep reading|continue reading)\b/i,
  /^if you (enjoyed|liked|value) this (article|story)\b/i,
  /\b(subscribe|suscrib\w*|sign up)\b.*\b(newsletter|boletín)\b/i,
  /\bfollow (him|her|them|us) on (twitter|x|facebook|instagram)\b/i,
  /^(\w+ )?(reporting|writing|editing) by\b/i,
  // Captions that Readability left as paragraphs: NPR's "… Chuck Burton/AP hide caption", the Herald
  // Sun's "… Source: Supplied".
  /\b(hide|toggle) caption$/i,
  /\b(source|photo|picture|image|foto|fuente|crédito)s?: [^.!?]{1,60}$/i,
];

/** Characters a sentence of prose ends with, closing quotes and brackets included. */
const SENTENCE_END = /[.!?…:;"”»’')\]]$/;

/** Whether a line of the article's container is boilerplate rather than the article's text. */
export function isBoilerplate(line: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(line)) return true;
  const words = line.split(' ').length;
  if (words > MAX_WORDS) return false;
  if (PATTERNS.some((p) => p.test(line))) return true;
  // A whole line in brackets is an aside to another story: "( Reacción de candidatos a amenazas…)".
  if (/^\(.*\)$/.test(line) && !/[.!?]\)$/.test(line)) return true;
  // Prose ends in punctuation; a short line that does not is a label, a dateline or a button:
  // "Video Ad Feedback", "New York CNN —", "MEDELLÍN", "REPORTE UN ERROR".
  if (words <= 12 && !SENTENCE_END.test(line)) return true;
  // A few words and a colon introduce something that is not there: "Seguir leyendo:", "'GMA' Cookie Search:".
  return words <= 4 && line.endsWith(':');
}
