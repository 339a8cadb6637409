import nodemailer from "nodemailer";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

type Send = (message: MailMessage) => Promise<void>;

let override: Send | null = null;
let smtp: { url: string; send: Send } | null = null;

/** For tests: where mail goes instead (null puts things back). */
export function setMailTransport(send: Send | null): void {
  override = send;
}

/**
 * Sends a plain-text email: through SMTP when HEARD_SMTP_URL is set
 * (e.g. smtps://user:pass@smtp.example.org), otherwise into the server log,
 * which is how development and the demo see invitations.
 */
export async function sendMail(message: MailMessage, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (override) return override(message);
  const url = env.HEARD_SMTP_URL;
  if (!url) {
    console.log(`Heard: email not sent (HEARD_SMTP_URL is not set). To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`);
    return;
  }
  if (!smtp || smtp.url !== url) {
    const transport = nodemailer.createTransport(url);
    const from = env.HEARD_MAIL_FROM ?? "Heard <no-reply@heard.invalid>";
    smtp = { url, send: async (m) => void (await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text })) };
  }
  await smtp.send(message);
}
