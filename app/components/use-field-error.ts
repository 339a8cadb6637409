import { useTranslation } from "react-i18next";
import type { AnswerError, FieldError } from "~/modules/responses/journey";
import { localize, type Question } from "~/modules/survey/definition";

/** Turns a FieldError into the sentence shown beside the field and in the summary. */
export function useFieldErrorText(question?: Question) {
  const { t, i18n } = useTranslation(["common", "consult"]);
  return (error: FieldError | AnswerError): string => {
    const values: Record<string, string | number> = { ...error.values };
    if (typeof values.max === "number") values.max = values.max.toLocaleString(i18n.language);
    if (typeof values.count === "number") values.count = values.count.toLocaleString(i18n.language);
    if (question) {
      values.question = localize(question.title, i18n.language);
      const named = question.options.find((o) => o.id === values.option);
      if (named) values.option = localize(named.label, i18n.language);
    }
    return t(error.key, values);
  };
}
