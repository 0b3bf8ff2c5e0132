import { describe, expect, it } from 'vitest';
import { isBoilerplate } from './boilerplate';

describe('isBoilerplate', () => {
  it.each([
    'Video Ad Feedback',
    'New York CNN —',
    'MEDELLÍN',
    'REPORTE UN ERROR',
    '(Le puede interesar: Buscan responsables de bus quemado en Anorí, Antioquia)',
    'También: ( Candidatos presidenciales rezagados)',
    '( Reacción de candidatos a amenazas de muerte de Petro)',
    'Read more: Petro and Trump speak by phone',
    'This story has been updated with additional developments.',
    'Seguir leyendo:',
    'Suscríbete a nuestro boletín',
    'Reporting by Rodrigo Campos; Editing by Nick Zieminski',
    'Dylann Roof is escorted from the Shelby Police Department. Chuck Burton/AP hide caption',
    '(Con información de AFP, EFE y Reuters)',
    '.',
  ])('drops %j', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    'Here are the takeaways from Trump’s day on the stand:',
    '“Done,” Trump said.',
    'Engoron did not agree.',
    '(El presidente habló durante diez minutos.)',
    // Long enough to be prose, whatever its first words.
    'Read more carefully, the decree says that the government may suspend aerial spraying of glyphosate at any time, and the ministry has already asked the court to rule on it before the end of the year.',
  ])('keeps %j', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});
