import { EXTRA_TEXT_CORPORA } from './corpora.js';
import { describeTextReaders } from './text-readers.js';

describeTextReaders(EXTRA_TEXT_CORPORA);
