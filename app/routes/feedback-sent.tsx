import { PageShell } from "~/components/page-shell";

// Placeholder: built in issue 3 [Safety and help].
export default function Page() {
  return (
    <PageShell>
      <h1 className="heading-l">Heard</h1>
    </PageShell>
  );
}
