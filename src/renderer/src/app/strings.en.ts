

/**
 * The English strings of the app’s shell: the header, its view tabs and settings, and the status bar.
 * Their Korean twins (strings.ko.ts) have this type, so a missing Korean key fails to compile;
 * common/i18n/catalogue.ts joins every feature's strings into the one catalogue `t()` returns.
 */
export const en = {
  app: {
    tagline: 'See how a neural network reads handwriting',
    views: 'Views',
    tabs: {
      draw: { label: 'Draw', hint: 'Draw a digit and watch the network read it' },
      train: { label: 'Train', hint: 'Train networks on MNIST' },
      versions: { label: 'Versions', hint: 'Every trained version, compared' },
      lesson: { label: 'Lesson', hint: "Follow 3Blue1Brown's lecture step by step, with your own drawing" }
    },
    language: 'Language',
    languageSystem: 'System language',
    highContrast: 'High contrast',
    highContrastHint: 'A black and white theme with strong colours, for projectors and low vision',
    light: 'Light',
    lightHint: 'A light theme: dark ink on white, for projecting on a white wall and for daylight'
  },
  status: {
    mnist: (train: string, test: string) => `MNIST · ${train} training · ${test} test images`,
    mnistUnavailable: 'MNIST unavailable',
    readingMnist: 'Reading MNIST…',
    versionsStored: (count: number, formatted: string) => `${count === 1 ? '1 version' : `${formatted} versions`} stored`,
    storeSize: (size: string) => `${size} on disk`,
    storeSizeHint: 'The size of the database and its write-ahead log; thin long runs in Versions to make it smaller',
    databaseHint: 'The model store: every run and snapshot lives in this SQLite file'
  }
}

export type AppStrings = typeof en

declare module '../common/i18n/messages' {
  // Adds this feature's strings to what t() returns.
  interface Messages extends AppStrings {}
}
