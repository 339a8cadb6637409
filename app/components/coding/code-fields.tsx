import { useTranslation } from "react-i18next";
import { TextInput } from "~/components/workspace/fields";

export interface CodeFormValues {
  code: string;
  label: string;
  staffDescription: string;
  childDescription: string;
  examplePhrases: string;
}

export type CodeFormErrors = Partial<Record<keyof CodeFormValues, string>>;

export const CODE_FIELDS: (keyof CodeFormValues)[] = ["code", "label", "staffDescription", "childDescription", "examplePhrases"];

/** A code's fields (the code itself only when it is new: codes never change). `prefix` keeps ids unique on a page. */
export function CodeFields({ values, errors, withCode, prefix = "" }: { values: CodeFormValues; errors: CodeFormErrors; withCode: boolean; prefix?: string }) {
  const { t } = useTranslation(["coding", "admin", "common"]);
  const text = (key: string | undefined) => (key ? (t as unknown as (k: string) => string)(key) : undefined);
  return (
    <>
      {withCode ? (
        <TextInput id={`${prefix}code`} name="code" label={t("coding:fields.code")} hint={t("coding:fields.codeHint")} value={values.code} error={text(errors.code)} spellCheck={false} />
      ) : null}
      <TextInput id={`${prefix}label`} name="label" label={t("coding:fields.label")} value={values.label} error={text(errors.label)} />
      <TextInput
        id={`${prefix}staffDescription`}
        name="staffDescription"
        label={t("coding:fields.staffDescription")}
        value={values.staffDescription}
        error={text(errors.staffDescription)}
        multiline
      />
      <TextInput
        id={`${prefix}childDescription`}
        name="childDescription"
        label={t("coding:fields.childDescription")}
        hint={t("coding:fields.childDescriptionHint")}
        value={values.childDescription}
        error={text(errors.childDescription)}
        multiline
      />
      <TextInput
        id={`${prefix}examplePhrases`}
        name="examplePhrases"
        label={t("coding:fields.examplePhrases")}
        hint={t("coding:fields.examplePhrasesHint")}
        value={values.examplePhrases}
        error={text(errors.examplePhrases)}
        multiline
      />
    </>
  );
}
