import type { Failure } from '../ipc/types'
import { koEnglishDetail, koExplain } from './ko-reasons'
import type { Language } from '../settings/preferences'

/** What the main process says itself: the menu and its dialogs. The renderer has its own catalogues. */
const en = {
  file: 'File',
  view: 'View',
  edit: 'Edit',
  window: 'Window',
  importModel: 'Import model…',
  exportModel: 'Export the version in Draw…',
  exportOnnx: 'Export the version in Draw as ONNX…',
  importTitle: 'Import a Digitscope model',
  modelFilter: 'Digitscope model',
  importFailed: 'The model could not be imported',
  cannotStart: 'Digitscope cannot start',
  databaseUnusableTitle: 'Digitscope cannot use its database',
  databaseUnusable: 'Digitscope cannot use its database.',
  databaseOffer: 'Digitscope can keep this file aside as a backup, untouched, and start with a fresh database.',
  foreignDatabase: 'Digitscope has left it untouched. Point DIGITSCOPE_DB at a Digitscope database (or unset it to use your own), then start Digitscope again.',
  keepAside: 'Keep it aside and start fresh',
  quit: 'Quit',
  startedFresh: 'Started with a fresh database.',
  oldKeptAt: (file: string) => `The old one is kept at:\n${file}`,
  /** Main's own English words, as they stand. */
  detail: (message: string) => message,
  /** A failure from the services: English as main wrote it; other languages word its reason. */
  explain: (failure: Failure) => failure.message,
  /** Electron's built-in menu items, named here so they follow the UI's language, not only the OS's. */
  roles: {
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    togglefullscreen: 'Toggle Full Screen',
    minimize: 'Minimize',
    close: 'Close Window',
    quit: 'Quit Digitscope'
  }
}

type MainMessages = typeof en

const ko: MainMessages = {
  file: '파일',
  view: '보기',
  edit: '편집',
  window: '창',
  importModel: '모델 가져오기…',
  exportModel: '그리기에서 쓰는 버전 내보내기…',
  exportOnnx: '그리기에서 쓰는 버전을 ONNX로 내보내기…',
  importTitle: 'Digitscope 모델 가져오기',
  modelFilter: 'Digitscope 모델',
  importFailed: '모델을 가져오지 못했습니다',
  cannotStart: 'Digitscope를 시작할 수 없습니다',
  databaseUnusableTitle: 'Digitscope가 데이터베이스를 쓸 수 없습니다',
  databaseUnusable: 'Digitscope가 데이터베이스를 쓸 수 없습니다.',
  databaseOffer: '이 파일을 건드리지 않고 백업으로 따로 보관한 뒤 새 데이터베이스로 시작할 수 있습니다.',
  foreignDatabase: 'Digitscope는 이 파일을 건드리지 않았습니다. 환경 변수 DIGITSCOPE_DB가 Digitscope 데이터베이스를 가리키게 하거나, 이 환경 변수를 지워 기본 데이터베이스를 쓰게 한 뒤 Digitscope를 다시 시작하세요.',
  keepAside: '따로 보관하고 새로 시작',
  quit: '끝내기',
  startedFresh: '새 데이터베이스로 시작했습니다.',
  oldKeptAt: (file: string) => `이전 파일은 여기에 보관되어 있습니다:\n${file}`,
  detail: koEnglishDetail,
  explain: (failure) => koExplain(failure),
  roles: {
    undo: '실행 취소',
    redo: '다시 실행',
    cut: '잘라내기',
    copy: '복사',
    paste: '붙여넣기',
    selectAll: '모두 선택',
    reload: '새로 고침',
    toggleDevTools: '개발자 도구 켜기/끄기',
    resetZoom: '실제 크기',
    zoomIn: '확대',
    zoomOut: '축소',
    togglefullscreen: '전체 화면 켜기/끄기',
    minimize: '최소화',
    close: '창 닫기',
    quit: 'Digitscope 끝내기'
  }
}

export const MAIN_MESSAGES: Record<Language, MainMessages> = { en, ko }
