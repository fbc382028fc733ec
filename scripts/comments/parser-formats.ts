/**
 * Each structured comment parser (a `parse…` function of comment exports) and the export format
 * `npm run bench:linear` feeds it, read from the public-API registry, for the measuring scripts in
 * this folder.
 */
import { PUBLIC_API } from '../../test/property/public-api.js';

export const PARSER_FORMATS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(PUBLIC_API).flatMap(([name, entry]) => (name.startsWith('parse') && entry.input.startsWith('comments-') && entry.format !== undefined ? [[name, entry.format]] : [])),
);
