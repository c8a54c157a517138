import * as v from 'valibot'

/** A whole number in [min, max], with messages that name the field: "batch size must be at least 1". */
export const wholeNumber = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.integer(`${what} must be a whole number`),
    v.minValue(min, `${what} must be at least ${min}`),
    v.maxValue(max, `${what} must be at most ${max}`)
  )

export const finiteNumber = (what: string) => v.pipe(v.number(`${what} must be a number`), v.finite(`${what} must be finite`))

/** A strict object's messages: the whole value wrong, a field missing, or a field that does not belong. */
export const objectOf = (fields: string) => (issue: v.BaseIssue<unknown>) => {
  if (!issue.path?.length) return `expected an object { ${fields} }`
  return issue.expected === 'never' ? `unknown field (expected { ${fields} })` : 'required, but missing'
}
