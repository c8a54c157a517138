import { EN } from '../common/i18n/numbers'

const { n } = EN

/**
 * The English strings of the Versions view: the tree of runs and versions, its dialogs and my handwriting.
 * Their Korean twins (strings.ko.ts) have this type, so a missing Korean key fails to compile;
 * common/i18n/catalogue.ts joins every feature's strings into the one catalogue `t()` returns.
 */
export const en = {
  versions: {
    regionLabel: 'Versions; drop a .digitscope.json file here to import it',
    storeUnreadable: 'The model store could not be read',
    emptyTitle: 'No versions yet',
    emptyText: 'Every epoch of every training run is kept here as a version you can name, draw with and compare. Train your first network to get started, or drop a model file here.',
    goToTrain: 'Go to Train',
    title: 'Versions',
    filter: 'Filter by name, notes or tag…',
    filterLabel: 'Filter versions',
    sort: 'Sort',
    sorts: {
      newest: 'newest run first',
      oldest: 'oldest run first',
      best: 'best accuracy first',
      name: 'run name'
    },
    import: 'Import…',
    compare: (count: number) => (count >= 2 ? `Compare ${n(count)} versions` : 'Compare versions'),
    hint: 'Arrow keys move through the list; Enter or Space opens a run, Space ticks a version. Tick two to eight versions, from any runs, to compare them. Drop a .digitscope.json file anywhere here to import it.',
    storeSize: (size: string, count: number, formatted: string) => `Database: ${size} · ${count === 1 ? '1 version' : `${formatted} versions`}`,
    treeLabel: 'Runs and their versions',
    columns: {
      compare: 'Compare',
      version: 'Version',
      epoch: 'Epoch',
      accuracy: 'Test accuracy',
      cost: 'Training cost',
      actions: 'Actions'
    },
    epochs: (count: number, formatted: string) => (count === 1 ? '1 epoch' : `${formatted} epochs`),
    lastEpoch: (epoch: number, accuracy: string) => `last: epoch ${n(epoch)}, ${accuracy}`,
    bestEpoch: (epoch: number, accuracy: string) => `best: epoch ${n(epoch)}, ${accuracy}`,
    showEpochs: (name: string, count: number, formatted: string) => `Show the ${count === 1 ? 'epoch' : `${formatted} epochs`} of ${name}`,
    hideEpochs: (name: string) => `Hide the epochs of ${name}`,
    loadingEpochs: 'Loading the epochs…',
    loadingRun: 'Loading…',
    noMatch: (text: string) => `No run or version matches “${text}”.`,
    best: 'best',
    last: 'last',
    trainedSaved: (time: string, saved: string) => `${time} of training · saved ${saved}`,
    savedAt: (saved: string) => `saved ${saved}`,
    thin: 'Thin…',
    thinLabel: (name: string) => `Thin run ${name}…`,
    thinHint: 'Keep fewer of this run’s epochs, to free space',
    thinTitle: (name: string) => `Thin “${name}”`,
    thinText: 'Keeps the first, the last and the best epoch, every k-th one, and every epoch you named, tagged, annotated or fine-tuned from. The others are deleted.',
    thinEvery: 'Keep every k-th epoch, k =',
    thinChecking: 'Working out what would go…',
    thinKeeps: (kept: number, total: number, epochs: string) => `Keeps ${n(kept)} of ${n(total)} epochs: ${epochs}.`,
    thinRemoves: (count: number, formatted: string, size: string) =>
      count === 0 ? 'Nothing to remove: every epoch is kept.' : `Removes ${count === 1 ? '1 epoch' : `${formatted} epochs`}, which frees about ${size}.`,
    thinConfirm: (count: number, formatted: string) => (count === 1 ? 'Remove 1 epoch' : `Remove ${formatted} epochs`),
    thinned: 'Thinned',
    thinnedText: (name: string, removed: string, size: string) => `“${name}”: ${removed} removed, ${size} freed.`,
    runStatus: {
      running: 'running',
      paused: 'paused',
      completed: 'completed',
      cancelled: 'cancelled',
      failed: 'failed',
      interrupted: 'interrupted',
      diverged: 'diverged',
      imported: 'imported'
    } as Record<string, string>,
    custom: 'custom',
    etaBatch: (eta: number, batch: number) => ` · η ${eta} · batch ${n(batch)}`,
    fineTunedFrom: (id: number) => `fine-tuned from #${id}`,
    deleteRun: 'Delete run',
    deleteRunLabel: (name: string) => `Delete run ${name}`,
    compareVersion: (id: number) => `Compare version ${id}`,
    nameTagsNotes: 'Name, tags and notes',
    rename: 'rename',
    inDraw: 'In Draw',
    drawWithIt: 'Draw with it',
    useLabel: (action: string, id: number) => `${action}: version ${id}`,
    export: 'Export',
    exportLabel: (id: number) => `Export version ${id}`,
    onnxLabel: (id: number) => `Export version ${id} as ONNX`,
    fineTune: 'Fine-tune',
    fineTuneLabel: (id: number) => `Fine-tune version ${id} on my handwriting`,
    fineTuneHint: 'Train it 3 more epochs on your saved drawings mixed with MNIST',
    name: 'Name',
    tags: 'Tags',
    notes: 'Notes',
    nameLabel: (id: number) => `Name of version ${id}`,
    tagsLabel: (id: number) => `Tags of version ${id}, separated by commas`,
    tagsPlaceholder: 'baseline, good at 7s',
    notesLabel: (id: number) => `Notes on version ${id}`,
    save: 'Save',
    cancel: 'Cancel',
    failed: 'That did not work',
    confirmDelete: (name: string, count: number) => `Delete the run “${name}” and its ${n(count)} version${count === 1 ? '' : 's'}? This cannot be undone.`,
    deleted: 'Deleted',
    deletedText: (name: string) => `The run “${name}” and its versions are gone.`,
    imported: 'Imported',
    importedText: (file: string, id: number) => `${file} is version #${id}.`,
    fineTuning: 'Fine-tuning',
    fineTuningText: (id: number, shortcut: string) => `Version #${id} is learning your handwriting in a new run; follow it in Train (${shortcut}).`
  },
  handwriting: {
    title: 'My handwriting',
    saved: (count: number) => `· ${count} saved`,
    text: 'Your own test set: save drawings from the Draw view with their label. The comparison shows how each version does on them.',
    drawingOf: (label: number) => `Your drawing of a ${label}`,
    labelOf: (id: number) => `Label of drawing ${id}`,
    deleteDrawing: (id: number) => `Delete drawing ${id}`
  }
}

export type VersionsStrings = typeof en

declare module '../common/i18n/messages' {
  // Adds this feature's strings to what t() returns.
  interface Messages extends VersionsStrings {}
}
