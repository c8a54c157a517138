import { josa } from './josa'
import { displayRunName, RUN_NAME_WORDS_KO } from './run-names'
import type { ErrorReason, ErrorReasonKey, Failure, FileProblem, SaveTarget } from '../ipc/types'

type ReasonTexts = { [K in ErrorReasonKey]: (reason: Extract<ErrorReason, { key: K }>) => string }

/** Main's English words, shown as they are but labelled so. */
export const koEnglishDetail = (message: string): string => `자세한 내용(영어): ${message}`

const decimal = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 1 })
const GONE = '이미 삭제되었을 수 있습니다.'

/** What could not be saved, as the subject of 저장하지 못했습니다. */
function target(saving: SaveTarget): string {
  switch (saving.kind) {
    case 'change':
      return '이 변경 사항'
    case 'database':
      return '데이터베이스'
    case 'results':
      return '학습 결과'
    case 'epoch':
      return `에포크 ${saving.epoch}`
  }
}

/** "이전에 저장한 것(앞선 에포크 2개 포함)은 그대로 있습니다." */
const keptText = (saving: SaveTarget) =>
  `이전에 저장한 것${saving.kind === 'epoch' && saving.keptEpochs > 0 ? `(앞선 에포크 ${decimal.format(saving.keptEpochs)}개 포함)` : ''}은 그대로 있습니다.`

/** The object of 저장하지 못했습니다, left out when it would repeat the subject (데이터베이스가 … 데이터베이스를). */
const objectOf = (saving: SaveTarget) => (saving.kind === 'database' ? '' : `${josa(target(saving), '을/를')} `)

const PROBLEMS: Record<FileProblem, string> = {
  missing: '그런 파일이 없습니다.',
  'path-not-folder': '경로 중간에 폴더가 아닌 것이 있습니다.',
  'link-loop': '링크가 서로를 가리키며 돌고 있습니다.',
  'name-too-long': '이름이 너무 깁니다.',
  permission: '읽을 권한이 없습니다.',
  folder: '파일이 아니라 폴더입니다.',
  pipe: '파일이 아니라 이름 있는 파이프입니다.',
  device: '파일이 아니라 장치나 특수 파일입니다.',
  other: '알 수 없는 이유로 열 수 없습니다.'
}

/** Main's refusals in Korean, each from the reason's values: main's own message is English. */
const KO_REASONS: ReasonTexts = {
  'no-version': ({ versionId }) => `${josa(`버전 #${versionId}`, '을/를')} 찾을 수 없습니다. ${GONE}`,
  'no-run': ({ runId }) => `${josa(`학습 실행 #${runId}`, '을/를')} 찾을 수 없습니다. ${GONE}`,
  'no-drawing': ({ drawingId }) => `${josa(`그림 #${drawingId}`, '을/를')} 찾을 수 없습니다. ${GONE}`,
  'not-training': ({ runId }) => `${josa(`학습 실행 #${runId}`, '은/는')} 지금 진행 중이 아닙니다.`,
  'training-busy': ({ runName }) => `이미 진행 중인 학습이 있습니다: “${displayRunName(runName, RUN_NAME_WORDS_KO)}”. 끝날 때까지 기다리거나 먼저 취소하세요.`,
  'still-training': ({ action }) =>
    action === 'thin' ? '이 학습 실행은 아직 학습 중입니다. 학습이 끝난 뒤에 에포크를 줄이세요.' : '이 학습 실행은 아직 학습 중입니다. 먼저 취소한 뒤 삭제하세요.',
  'disk-full': ({ file, target: saving }) =>
    `디스크가 가득 차서 ${objectOf(saving)}저장하지 못했습니다. ${keptText(saving)} 다음 파일이 있는 디스크의 공간을 비운 뒤 다시 시도하세요: ${file}`,
  'read-only': ({ file, target: saving }) =>
    `데이터베이스가 읽기 전용이라 ${objectOf(saving)}저장하지 못했습니다. ${keptText(saving)} 파일과 폴더에 쓰기 권한을 주거나 쓸 수 있는 디스크로 옮긴 뒤 다시 시도하세요: ${file}`,
  'disk-error': ({ file, target: saving, code }) =>
    `디스크 오류(${code})로 ${objectOf(saving)}저장하지 못했습니다. ${keptText(saving)} 데이터베이스: ${file}`,
  'model-file': ({ file, detail }) => `“${file}” 파일은 Digitscope 모델 파일로 읽을 수 없습니다. ${koEnglishDetail(detail)}`,
  'file-unreadable': ({ file, problem }) => `“${file}” 파일을 읽을 수 없습니다. ${PROBLEMS[problem]}`,
  'file-too-big': ({ file, megabytes, limitMegabytes }) =>
    `“${file}” 파일이 너무 큽니다. 크기는 ${decimal.format(megabytes)}MB이고, 모델 파일은 최대 ${decimal.format(limitMegabytes)}MB입니다.`,
  'no-drawings': () => '먼저 그리기 화면에서 내 손글씨를 몇 개 저장하세요. 미세 조정은 그 그림으로 학습합니다.',
  'no-training-settings': ({ versionId }) => `${josa(`버전 #${versionId}`, '은/는')} 학습 설정 없이 가져온 모델이라 더 학습시킬 수 없습니다.`
}

/** A reason in Korean; TypeScript cannot narrow a union through an indexed call, so the cast sits here once. */
export function koReason(reason: ErrorReason): string {
  return (KO_REASONS[reason.key] as (r: ErrorReason) => string)(reason)
}

/** A failure in Korean: its reason in Korean words, or else `summary` (what kind of failure) and main's English detail. */
export function koExplain(failure: Failure, summary?: string): string {
  if (failure.reason) return koReason(failure.reason)
  return summary ? `${summary} ${koEnglishDetail(failure.message)}` : koEnglishDetail(failure.message)
}
