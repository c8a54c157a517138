import type { AppStrings } from './strings.en'

/** The Korean strings of the app’s shell, typed as the English ones: a key missing here, or one English lacks, fails to compile. */
export const ko: AppStrings = {
  app: {
    tagline: '신경망이 손글씨를 어떻게 읽는지 눈으로 확인하세요',
    views: '화면',
    tabs: {
      draw: { label: '그리기', hint: '숫자를 그리고 신경망이 읽는 과정을 지켜보세요' },
      train: { label: '학습', hint: 'MNIST로 신경망을 학습시킵니다' },
      versions: { label: '버전', hint: '학습된 모든 버전을 모아 보고 비교합니다' },
      lesson: { label: '레슨', hint: '3Blue1Brown 강의를 내가 그린 숫자로 한 단계씩 따라갑니다' }
    },
    language: '언어',
    languageSystem: '시스템 언어',
    highContrast: '고대비',
    highContrastHint: '프로젝터와 저시력 사용자를 위한, 대비가 강한 흑백 테마',
    light: '밝은 테마',
    lightHint: '흰 바탕에 어두운 글씨: 흰 벽에 투사하거나 밝은 곳에서 보기 좋은 테마'
  },
  status: {
    mnist: (train, test) => `MNIST · 학습 이미지 ${train}장 · 테스트 이미지 ${test}장`,
    mnistUnavailable: 'MNIST를 쓸 수 없음',
    readingMnist: 'MNIST 읽는 중…',
    versionsStored: (_count, formatted) => `버전 ${formatted}개 저장됨`,
    storeSize: (size) => `디스크 사용량 ${size}`,
    storeSizeHint: '데이터베이스와 WAL(로그 선행 기록) 파일의 크기입니다. 버전 화면에서 긴 학습 실행의 에포크를 줄이면 작아집니다',
    databaseHint: '모델 저장소: 모든 학습 실행과 스냅샷이 이 SQLite 파일에 있습니다'
  }
}
