/**
 * One import in the dialog: read a file, check it (again on a change of mode), and what to show
 * meanwhile, the progress or the preview. A newer run (another file, a cancel, the dialog closing)
 * abandons the older one: whatever it finishes later is dropped.
 */
import {
  parseFile,
  validateParsed,
  type ImportContext,
  type ImportMode,
  type ImportPreview,
  type ParsedFile,
  type Progress,
} from './import';

export class ImportSession {
  progress = $state<Progress | null>(null);
  preview = $state.raw<ImportPreview | null>(null);
  #parsed: ParsedFile | null = null;
  /** Bumped to abandon a run (cancel, another file, close). */
  #run = 0;
  readonly #context: () => ImportContext;

  /** `context` is read at each check: the events shown then, the regions known then. */
  constructor(context: () => ImportContext) {
    this.#context = context;
  }

  check = async (mode: ImportMode) => {
    const id = ++this.#run;
    const onProgress = (p: Progress) => id === this.#run && (this.progress = p);
    if (!this.#parsed) return;
    const result = await validateParsed(this.#parsed, this.#context(), mode, onProgress);
    if (id !== this.#run) return;
    this.progress = null;
    this.preview = result;
  };

  load = async (file: File) => {
    const id = ++this.#run;
    this.preview = null;
    this.progress = { phase: 'reading', fraction: 0 };
    const p = await parseFile(file, (x) => id === this.#run && (this.progress = x));
    if (id !== this.#run) return;
    this.#parsed = p;
    await this.check('merge');
  };

  cancel = () => {
    this.#run++;
    this.progress = null;
  };

  /** Back to the file picker. */
  another = () => {
    this.preview = null;
    this.#parsed = null;
  };

  /** The dialog closed: nothing still running may show or change anything. */
  abandon = () => {
    this.#run++;
  };
}
