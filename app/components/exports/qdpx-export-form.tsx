import { useTranslation } from "react-i18next";
import { workspaceHref } from "~/modules/workspace/pages";

/**
 * A plain GET form (no script needed) that downloads the REFI-QDA project
 * (.qdpx) of the redacted answers and accepted codes, for one survey or all,
 * over optional dates. A plain <form>, not Remix's <Form>: the answer is a
 * file, not a page.
 */
export function QdpxExportForm({ partnershipSlug, surveys }: { partnershipSlug: string; surveys: { id: string; title: string }[] }) {
  const { t } = useTranslation(["exports", "common"]);
  return (
    <section aria-labelledby="qdpx-heading">
      <h2 className="heading-m" id="qdpx-heading">
        {t("exports:qdpx.heading")}
      </h2>
      <p className="body">{t("exports:qdpx.intro")}</p>
      <form method="get" action={workspaceHref(partnershipSlug, "coding", "/export.qdpx")} noValidate>
        <div className="form-group">
          <label className="label" htmlFor="qdpx-survey">
            {t("exports:qdpx.survey")}
          </label>
          <select className="select" id="qdpx-survey" name="survey" defaultValue="">
            <option value="">{t("exports:qdpx.allSurveys")}</option>
            {surveys.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="qdpx-from">
            {t("exports:qdpx.from")}
          </label>
          <div className="hint" id="qdpx-from-hint">
            {t("exports:qdpx.dateHint")}
          </div>
          <input className="input input--width-10" type="date" id="qdpx-from" name="from" aria-describedby="qdpx-from-hint" />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="qdpx-to">
            {t("exports:qdpx.to")}
          </label>
          <div className="hint" id="qdpx-to-hint">
            {t("exports:qdpx.dateHint")}
          </div>
          <input className="input input--width-10" type="date" id="qdpx-to" name="to" aria-describedby="qdpx-to-hint" />
        </div>
        <button type="submit" className="button button--secondary">
          {t("exports:qdpx.download")}
        </button>
      </form>
    </section>
  );
}
