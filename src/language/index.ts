/**
 * `presslens/language`: detect the language of any text, from one word to a whole page.
 *
 * @packageDocumentation
 */
export { detectLanguage } from './detect-language.js';
export type { DetectLanguageOptions, LanguageDetection, LanguageGuess } from './detect-language.js';
export { languageInfo, languageName, supportedLanguages, toIso6391, toIso6393 } from './languages.js';
export type { LanguageInfo } from './languages.js';
export { detectLanguages } from './detect-languages.js';
export type { LanguageSegment } from './detect-languages.js';
