import { ISSUE_TEXT_CORPORA } from './corpora.js';
import { describeTextReaders } from './text-readers.js';

describeTextReaders(ISSUE_TEXT_CORPORA);
