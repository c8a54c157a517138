import type { Messages } from '../common/i18n/messages'
import { en as appEn } from './strings.en'
import { ko as appKo } from './strings.ko'
import { en as commonEn } from '../common/strings.en'
import { ko as commonKo } from '../common/strings.ko'
import { en as compareEn } from '../compare/strings.en'
import { ko as compareKo } from '../compare/strings.ko'
import { en as drawEn } from '../draw/strings.en'
import { ko as drawKo } from '../draw/strings.ko'
import { en as lessonEn } from '../lesson/strings.en'
import { ko as lessonKo } from '../lesson/strings.ko'
import { en as trainEn } from '../train/strings.en'
import { ko as trainKo } from '../train/strings.ko'
import { en as versionsEn } from '../versions/strings.en'
import { ko as versionsKo } from '../versions/strings.ko'

/**
 * Every English string the renderer shows: each feature's strings (`<feature>/strings.en.ts`), grouped by the
 * part of the UI that shows them. Each feature adds its strings' type to `Messages` itself, so a feature left
 * out here fails to compile; each feature's Korean strings have its English strings' type, so the compiler
 * proves the Korean catalogue complete. main.ts hands both to `useCatalogues` before the first paint.
 */
export const en: Messages = { ...commonEn, ...appEn, ...drawEn, ...trainEn, ...versionsEn, ...compareEn, ...lessonEn }


/** 한국어 카탈로그. 3Blue1Brown 한국어 자막과 교재에서 흔히 쓰는 용어(뉴런, 가중치, 편향, 활성화, 시그모이드)를 따른다. */
export const ko: Messages = { ...commonKo, ...appKo, ...drawKo, ...trainKo, ...versionsKo, ...compareKo, ...lessonKo }

