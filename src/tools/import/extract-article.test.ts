import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { corpusPage } from './corpus-page';
import { extractArticle, type ArticleDraft } from './extract-article';

interface PageCase {
  file: string;
  meta: Omit<ArticleDraft, 'paragraphs' | 'summary'>;
  summary: string;
  /** The article's first and last sentences, as a reader of the page reads them. */
  first: string;
  last: string;
  /** Text the page shows around the article (menus, captions, calls to subscribe) that must stay out. */
  outside: string[];
}

const CASES: PageCase[] = [
  {
    file: 'elcolombiano-petro-buses.html',
    meta: {
      title: '¿Buses de la Alcaldía al servicio de Petro?',
      date: '2022-05-05',
      source: 'ElColombiano.com',
      language: 'es',
      url: 'https://www.elcolombiano.com/antioquia/polemica-por-buses-de-la-alcaldia-en-casa-de-gustavo-petro-en-la-floresta-EN17385450',
    },
    summary: 'Vehículos que están en el contrato de $12.000 millones con la Alcaldía fueron vistos cerca a la Casa Petro.',
    first:
      'Las alertas por el presunto uso de recursos de la Alcaldía de Medellín para aceitar la maquinaria de la campaña presidencial de Gustavo Petro en Medellín volvieron a encenderse esta semana, justo cuando la puja por la primera vuelta ha entrado en sus días definitivos.',
    last: 'Quedará entonces en manos de la Procuraduría, en donde ya cursa una indagación en contra de Quintero por ese mismo tema, esclarecer lo ocurrido.',
    outside: [
      'REPORTE UN ERROR',
      'AGREGAR INFORMACIÓN',
      'Jacobo Betancur Peláez',
      'Contexto de la Noticia',
      'ANTECEDENTES',
      'En el video captado puede observarse los vehículos',
      'Contrato de la Alcaldía con la UT Movilizando Sueños',
    ],
  },
  {
    file: 'eltiempo-candidatos-petro.html',
    meta: {
      title: 'Candidatos se enfrentaron a las preguntas de estudiantes',
      date: '2022-05-03',
      source: 'El Tiempo',
      language: 'es',
      url: 'https://www.eltiempo.com/colombia/medellin/elecciones-2022-candidatos-presidenciales-en-la-universidad-eafit-669594',
    },
    // The page escapes its description twice ("temáticos.&amp;nbsp;").
    summary: 'La discusión estuvo enmarcada en seis ejes temáticos.',
    first:
      'La Universidad Eafit fue el epicentro de un nuevo debate presidencia del que participaron los candidatos Ingrid Betancourt, Sergio Fajardo, Rodolfo Hernández, Enrique Gómez, John Milton Rodríguez y Luis Pérez Gutiérrez.',
    last: 'El debate fue organizado por estudiantes de la Universidad Eafit y tuvo apoyo de la Embajada de Alemania en Colombia y medios de comunicación como Bluradio y El Espectador.',
    outside: [
      'Le puede interesar',
      'También puede leer',
      'Candidatos presidenciales rezagados',
      'Reacción de candidatos a amenazas de muerte de Petro',
      'Debate de candidatos presidenciales en la Universidad Eafit',
      'Compartir',
      'MEDELLÍN',
    ],
  },
  {
    file: 'ladiaria-uy-glifosato.html',
    meta: {
      title: 'Productor fumigó con glifosato predio lindero a escuela rural ubicada dentro del área protegida Paso Centurión y Sierra de Ríos',
      date: '2022-05-11',
      source: 'la diaria',
      language: 'es',
      url: 'https://ladiaria.com.uy/ambiente/articulo/2022/5/productor-fumigo-con-glifosato-predio-lindero-a-escuela-rural-ubicada-dentro-del-area-protegida-paso-centurion-y-sierra-de-rios/',
    },
    summary:
      'A pesar de que el área protegida entró al SNAP en 2019, se continúa discutiendo su plan de manejo; mientras tanto, organizaciones de vecinos muestran preocupación por declaraciones de autoridades que consideran “excesivo” su tamaño.',
    first:
      'La escuela rural 27 está ubicada en el centro de uno de los paisajes protegidos de Uruguay: Paso Centurión y Sierra de Ríos, que se encuentra en el departamento de Cerro Largo e ingresó al Sistema Nacional de Áreas Protegidas (SNAP) en 2019.',
    last: 'Sobre este punto, desde su perspectiva, también hace falta más control para preservar las especies nativas, y mostró preocupación por el nuevo decreto del gobierno que habilitó la caza nocturna de especies exóticas.',
    outside: [
      'Suscribite',
      '¿Te interesa el ambiente?',
      'Temas en este artículo',
      'Foto: Ricardo Correa',
      'Predio fumigado lindero a escuela dentro del área protegida',
      'Cuando la información no llega',
      'Caza ilegal',
    ],
  },
  {
    file: 'cnn-trump-fraud-trial-2023.html',
    meta: {
      title: 'Takeaways from Donald Trump’s contentious testimony in his civil fraud trial',
      date: '2023-11-06',
      source: 'CNN',
      language: 'en',
      url: 'https://www.cnn.com/2023/11/06/politics/takeaways-trump-engoron-testimony-fraud-trial/index.html',
    },
    summary:
      'Donald Trump brought bombastic rhetoric to the witness stand Monday in the civil fraud case against him and his business, as he spent his time on the stand attacking the New York attorney general who brought the case and the judge overseeing the trial itself.',
    first:
      'Donald Trump brought bombastic rhetoric to the witness stand Monday in the civil fraud case against him and his business, as he spent his time on the stand attacking the New York attorney general who brought the case and the judge overseeing the trial itself.',
    last: '“I don’t know last week, but I know recently. On time, on schedule,” Trump replied, ignoring the contradiction of his previous statement.',
    outside: [
      'Video Ad Feedback',
      'Watch what Trump did when asked a question outside the courtroom',
      'Now playing',
      'Trump speaks to reporters after testimony in civil fraud trial',
      'This story has been updated',
      'Elie Honig reacts',
      'The campaign comes to the courtroom',
    ],
  },
  {
    file: 'infobae-muratov-ucrania.html',
    meta: {
      title: 'El Nobel de la Paz ruso, Dmitry Muratov, advirtió que el régimen de Vladimir Putin podría utilizar armas nucleares en Ucrania',
      date: '2022-05-03',
      source: 'infobae',
      language: 'es',
      // og:url is relative here; the canonical link gives the host.
      url: 'https://www.infobae.com/america/mundo/2022/05/03/el-nobel-de-la-paz-ruso-dmitry-muratov-advirtio-que-el-regimen-de-vladimir-putin-podria-utilizar-armas-nucleares-en-ucrania/',
    },
    summary:
      'El periodista sostuvo que eso supondría “el fin de la humanidad” y consideró que lo más aterrador es que el líder ruso adquirió “un poder absoluto y sin restricciones”: “Si se toma una decisión así nadie podrá pararlo”',
    first:
      'El periodista ruso laureado con el último premio Nobel de la Paz, Dmitry Muratov, denunció este martes la propaganda rusa que aboga por usar armas nucleares en el conflicto de Ucrania, advirtiendo que eso supondría “el fin de la humanidad”.',
    last: 'Rusia anunció a principios de este mes que planea desplegar para el otoño sus recién probados misiles balísticos intercontinentales Sarmat, capaces de efectuar ataques nucleares contra Estados Unidos.',
    outside: ['Seguir leyendo', 'Con información de AFP', 'Cobra impulso la idea de procesar a Vladimir Putin', 'TEMAS RELACIONADOS'],
  },
  {
    file: 'nytimes-sudan-sanctions.html',
    meta: {
      title: 'United States to Lift Sudan Sanctions',
      date: '2017-01-13',
      // No og:site_name, no JSON-LD publisher: the host stands in.
      source: 'nytimes.com',
      language: 'en',
      url: 'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html',
    },
    summary: 'For the first time since the 1990s, the country will be able to trade extensively with the United States.',
    first:
      'LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its position on Sudan and lift trade sanctions, Obama administration officials said late Thursday.',
    last: 'Mr. Reeves said he thought that the American government was being manipulated and that the Obama administration had made a “deal with the devil.”',
    outside: ['A version of this article appears in print', 'Continue reading the main story', 'Related Coverage', 'Order Reprints'],
  },
  {
    file: 'npr-roof-noscript.html',
    meta: {
      title: 'Dylann Roof Convicted Of Charleston Church Massacre : The Two-Way : NPR',
      date: '2016-12-15',
      source: 'npr.org',
      language: 'en',
      url: 'https://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds-dylann-roof-guilty-in-s-c-church-shooting',
    },
    // Its description is the photo's caption: the first sentence stands in.
    summary:
      'A jury in Charleston, S.C., has found Dylann Roof guilty on all 33 counts of federal hate crimes he faced for murdering nine people and attempting to kill three others in the basement of a historically black church.',
    first:
      'A jury in Charleston, S.C., has found Dylann Roof guilty on all 33 counts of federal hate crimes he faced for murdering nine people and attempting to kill three others in the basement of a historically black church.',
    last: 'That trial is scheduled to begin Jan. 17.',
    outside: ['Dylann Roof is escorted from the Shelby Police Department', 'hide caption', 'toggle caption', 'Chuck Burton/AP', 'Enlarge this image'],
  },
];

/** The text of the page's menus, headers, footers and asides, as linkedom reads the saved page. */
function furnitureTexts(html: string): string[] {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const links = document.querySelectorAll('nav a, header a, footer a, aside a, [role="navigation"] a');
  return [...new Set([...links].map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((t) => /\p{L}{3}/u.test(t)))];
}

describe.each(CASES)('extractArticle on $file', (page) => {
  const html = corpusPage(page.file);
  const draft = extractArticle(html, page.file);
  const text = draft.paragraphs.join('\n');

  it('reads the metadata', () => {
    const { paragraphs: _, summary, ...meta } = draft;
    expect(meta).toEqual(page.meta);
    expect(summary).toBe(page.summary);
  });

  it('starts at the first sentence and ends at the last', () => {
    expect(draft.paragraphs[0]!.startsWith(page.first)).toBe(true);
    expect(draft.paragraphs[draft.paragraphs.length - 1]!.endsWith(page.last)).toBe(true);
  });

  it('leaves out what the page shows around the article', () => {
    for (const words of page.outside) {
      // Each is on the page, so its absence from the article is the extraction's doing.
      expect(html.includes(words), `${words} is on the page`).toBe(true);
      expect(text).not.toContain(words);
    }
  });

  it('takes no line from the menus, headers, footers or asides', () => {
    const furniture = furnitureTexts(html);
    expect(furniture.length).toBeGreaterThan(5);
    for (const line of furniture) {
      expect(draft.paragraphs).not.toContain(line);
      // A long link text (a headline) inside a paragraph is a related story that got in.
      if (line.split(' ').length >= 5) expect(text).not.toContain(line);
    }
  });

  it('writes one paragraph per line, white space collapsed', () => {
    for (const p of draft.paragraphs) expect(p).toMatch(/^\S(.*\S)?$/);
    for (const p of draft.paragraphs) expect(p).not.toMatch(/\s{2}|[\n\t\u00a0]/);
  });
});

/** A page with only what a test gives it. */
function page(body: string, head = '', lang = ''): string {
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>Una prueba</title>${head}</head><body><article>${body}</article></body></html>`;
}

const SPANISH = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>El presidente de la República dijo este martes que el Gobierno no aceptará las condiciones del Congreso, según informaron fuentes oficiales a los medios, y que la decisión se conocerá en los próximos días ${i}.</p>`,
).join('');
const DATED =
  '<meta property="article:published_time" content="2024-03-09T10:00:00-05:00"><meta property="og:site_name" content="Diario de Prueba"><link rel="canonical" href="https://example.com/nota">';

describe('extractArticle on made-up pages', () => {
  it('reads Spanish text under lang="en" as Spanish', () => {
    expect(extractArticle(page(SPANISH, DATED, 'en'), 'mislabelled.html').language).toBe('es');
  });

  it('keeps a declared language detection does not know', () => {
    expect(extractArticle(page(SPANISH, DATED, 'fr'), 'french.html').language).toBe('fr');
  });

  it('fails on a page without a date, naming the file, unless a date is given', () => {
    const undated = page(SPANISH, '<meta property="og:site_name" content="Diario de Prueba">', 'es');
    expect(() => extractArticle(undated, 'pages/undated.html')).toThrow(/^pages\/undated\.html: the page gives no publication date.*--date/);
    expect(extractArticle(undated, 'pages/undated.html', { date: '2024-01-02' }).date).toBe('2024-01-02');
  });

  it('fails on a page with no article, naming the file', () => {
    expect(() => extractArticle('<!doctype html><html><head><title>x</title></head><body></body></html>', 'empty.html')).toThrow(/^empty\.html: /);
  });

  it("takes the address given over the page's own, and the host when no publisher is named", () => {
    const draft = extractArticle(page(SPANISH, '<meta name="date" content="2024-03-09">', 'es'), 'p.html', { url: 'https://noticias.example.org/a/1' });
    expect(draft.url).toBe('https://noticias.example.org/a/1');
    expect(draft.source).toBe('noticias.example.org');
  });

  it("never runs the page's scripts", () => {
    const script = '<script>globalThis.pageScriptRan = true; document.write("<p>Inyectado por el guion.</p>")</script>';
    const draft = extractArticle(page(script + SPANISH, DATED, 'es'), 'scripted.html');
    expect((globalThis as { pageScriptRan?: boolean }).pageScriptRan).toBeUndefined();
    expect(draft.paragraphs.join(' ')).not.toContain('Inyectado');
  });
});
