import { RUN_NAME_WORDS_KO } from '../../../shared/i18n/run-names'
import { koExplain } from '../../../shared/i18n/ko-reasons'
import { KO } from './i18n/numbers'
import type { CommonStrings, ErrorTexts } from './strings.en'

const { n } = KO

const ERRORS: ErrorTexts = {
  'invalid-argument': '요청이 올바르지 않습니다.',
  'unknown-channel': '알 수 없는 요청입니다.',
  'not-found': '찾을 수 없습니다(이미 삭제되었을 수 있습니다).',
  'dataset-unavailable': 'MNIST를 읽지 못했습니다.',
  database: '데이터베이스를 사용할 수 없습니다.',
  'foreign-database': '이 파일은 이 버전의 Digitscope가 사용할 수 있는 데이터베이스가 아닙니다.',
  'untrusted-sender': '앱 밖에서 온 요청이라 거절했습니다.',
  'disk-full': '디스크가 가득 찼습니다. 공간을 비운 뒤 다시 시도하세요. 이미 저장된 것은 그대로입니다.',
  'read-only': '데이터베이스가 읽기 전용입니다. 파일과 폴더에 쓰기 권한을 준 뒤 다시 시도하세요.',
  busy: '다른 학습이 진행 중입니다.',
  internal: 'Digitscope 내부에서 문제가 생겼습니다.'
}

/** The Korean strings shown by several features, typed as the English ones: a key missing here, or one English lacks, fails to compile. */
export const ko: CommonStrings = {
  locale: 'ko-KR',
  format: {
    seconds: (s) => `${s}초`,
    minutesSeconds: (m, s) => `${m}분 ${s}초`,
    hoursMinutes: (h, m) => `${h}시간 ${m}분`
  },
  charts: {
    epoch: '에포크',
    digit: '숫자',
    shareOfImages: '이미지 비율',
    noEpochYet: '아직 끝난 에포크 없음',
    epochValue: (epoch, value) => `에포크 ${n(epoch)}: ${value}`,
    epochPoint: (epoch, value) => `에포크 ${n(epoch)}: ${value}`,
    images: (label, count, percent) => `${label}: 이미지 ${count}장(${percent}%)`,
    trainingSplit: (count) => `학습(${count})`,
    testSplit: (count) => `테스트(${count})`,
    labelSummary: (digit, train, test) => `${digit}: 학습 ${train}장, 테스트 ${test}장`,
    imagesPerDigit: 'MNIST의 숫자별 이미지 수',
    perDigitTitle: '숫자별 정확도: 버전마다 잘하는 숫자와 못하는 숫자',
    perDigitLabel: '숫자별 정확도',
    confusionCaption: (title) => `${title}의 혼동 행렬: 행은 실제 숫자, 열은 신경망의 답`,
    trueDigit: '실제 숫자',
    confusionCell: (count, actual, predicted) => `정답 ${actual}, 답 ${predicted}인 테스트 이미지 수: ${n(count)}`
  },
  /** Names Digitscope gives runs itself (stored as keys: run-names.ts). */
  runNames: RUN_NAME_WORDS_KO,
  explain: (failure) => koExplain(failure, failure.code && ERRORS[failure.code])
}
