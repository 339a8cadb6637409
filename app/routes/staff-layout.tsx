import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useFetcher, useLoaderData, useLocation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";
import { StaffHeader } from "~/components/staff-header";
import { loadStaffShell } from "~/modules/staff/shell.server";

// Every page inside is signed in, hydrated and never cached.
export const handle: PageHandle = { hydrate: true, staff: true };

// Every staff response, error pages included, stays out of every cache.
export const headers: HeadersFunction = () => STAFF_NO_STORE;

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadStaffShell(context, request);
}

export default function StaffLayout() {
  const shell = useLoaderData<typeof loader>();
  return (
    <>
      <StaffHeader person={{ displayName: shell.user.displayName, partnerships: shell.partnerships, csrf: shell.csrf }} />
      <Outlet />
      <IdleWarning idleMs={shell.idleMs} warningMs={shell.warningMs} csrf={shell.csrf} />
    </>
  );
}

const TICK_MS = 5_000;

/**
 * Warns a few minutes before the server ends an idle session (GOV.UK's
 * timeout warning): an alert dialog with "Stay signed in", which posts to
 * /staff/session, and "Sign out". Every page the person opens restarts the
 * count, as every request touches the session. At the end, the page signs
 * out and shows the sign-in page, which says why.
 */
function IdleWarning({ idleMs, warningMs, csrf }: { idleMs: number; warningMs: number; csrf: string }) {
  const { t } = useTranslation(["common", "staff"]);
  const location = useLocation();
  const ping = useFetcher<{ idleMs: number }>();
  const [deadline, setDeadline] = useState<number | null>(null);
  const [minutesLeft, setMinutesLeft] = useState<number | null>(null);
  const [announce, setAnnounce] = useState("");
  const timedOut = useRef<HTMLFormElement>(null);

  useEffect(() => {
    setDeadline(Date.now() + idleMs);
    setMinutesLeft(null);
  }, [location.key, idleMs]);

  useEffect(() => {
    if (ping.state === "idle" && ping.data?.idleMs) {
      setDeadline(Date.now() + ping.data.idleMs);
      setMinutesLeft(null);
      setAnnounce(t("staff:idle.extended"));
    }
  }, [ping.state, ping.data, t]);

  useEffect(() => {
    if (deadline === null) return;
    const tick = () => {
      const left = deadline - Date.now();
      // Time is up: sign out on the server too (a full page load, leaving nothing behind in the page).
      if (left <= 0) timedOut.current?.submit();
      else if (left <= warningMs) setMinutesLeft(Math.max(1, Math.ceil(left / 60_000)));
    };
    tick();
    const id = window.setInterval(tick, TICK_MS);
    return () => window.clearInterval(id);
  }, [deadline, warningMs]);

  const stay = () => ping.submit({ csrf }, { method: "post", action: "/staff/session" });

  return (
    <>
      <div className="visually-hidden" aria-live="polite">
        {announce}
      </div>
      <form ref={timedOut} method="post" action="/staff/sign-out" hidden>
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="reason" value="timed_out" />
      </form>
      <ModalOverlay
        className="idle-overlay"
        isOpen={minutesLeft !== null}
        isDismissable={false}
        onOpenChange={(open) => {
          if (!open) stay();
        }}
      >
        <Modal>
          <Dialog role="alertdialog" className="idle-dialog">
            <Heading slot="title" className="heading-m">
              {t("staff:idle.title")}
            </Heading>
            <p className="body">{t("staff:idle.text", { count: minutesLeft ?? 0 })}</p>
            <div className="button-row">
              <Button className="button" onPress={stay}>
                {t("staff:idle.stay")}
              </Button>
              <form method="post" action="/staff/sign-out">
                <input type="hidden" name="csrf" value={csrf} />
                <button type="submit" className="link-button">
                  {t("staff:idle.signOut")}
                </button>
              </form>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}
