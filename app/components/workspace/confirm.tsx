import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { Button as AriaButton, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "~/components/button";
import { useHydrated } from "./use-hydrated";

interface ConfirmQuestion {
  heading: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Where the confirming form posts (the page itself when absent). */
  action?: string;
  /** The form's hidden fields: the CSRF token, the intent and the subject's id. */
  fields: ReactNode;
}

/**
 * A destructive action asked about first. Before hydration (or without
 * JavaScript) it is a link to the page's own confirm panel (`confirmHref`,
 * which renders <ConfirmPanel>); once hydrated, the same question opens in an
 * alert dialog (react-aria), which keeps focus inside until answered.
 */
export function ConfirmAction({ label, confirmHref, question }: { label: string; confirmHref: string; question: ConfirmQuestion }) {
  if (!useHydrated()) {
    return (
      <Link className="button button--warning" to={confirmHref}>
        {label}
      </Link>
    );
  }
  return (
    <DialogTrigger>
      <AriaButton className="button button--warning">{label}</AriaButton>
      <ModalOverlay className="idle-overlay" isDismissable>
        <Modal>
          <Dialog role="alertdialog" className="idle-dialog">
            {({ close }) => <ConfirmContent question={question} onCancel={close} HeadingTag={DialogHeading} />}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

/** The same question on the page itself, where `confirmHref` leads. */
export function ConfirmPanel({ question, cancelHref }: { question: ConfirmQuestion; cancelHref: string }) {
  return (
    <div className="confirm-panel" role="region" aria-labelledby="confirm-heading">
      <ConfirmContent question={question} cancelHref={cancelHref} HeadingTag={PanelHeading} />
    </div>
  );
}

function DialogHeading({ children }: { children: ReactNode }) {
  return (
    <Heading slot="title" className="heading-m">
      {children}
    </Heading>
  );
}

function PanelHeading({ children }: { children: ReactNode }) {
  return (
    <h2 className="heading-m" id="confirm-heading">
      {children}
    </h2>
  );
}

function ConfirmContent({
  question,
  onCancel,
  cancelHref,
  HeadingTag,
}: {
  question: ConfirmQuestion;
  onCancel?: () => void;
  cancelHref?: string;
  HeadingTag: (props: { children: ReactNode }) => ReactNode;
}) {
  return (
    <>
      <HeadingTag>{question.heading}</HeadingTag>
      <p className="body">{question.text}</p>
      <Form method="post" action={question.action} noValidate className="button-group" onSubmit={onCancel}>
        {question.fields}
        <Button className="button--warning">{question.confirmLabel}</Button>
        {onCancel ? (
          <AriaButton className="link-button button-group__link" onPress={onCancel}>
            {question.cancelLabel}
          </AriaButton>
        ) : (
          <Link className="link button-group__link" to={cancelHref ?? "."}>
            {question.cancelLabel}
          </Link>
        )}
      </Form>
    </>
  );
}
