// `make up`'s mailbox: caseflow's outbound mail (SMTP_URL) lands here, so an agent's reply can
// be read without a mail provider. Each message is kept as an .eml file in the folder given
// (make up: .data/mailbox) and announced on stdout. Loopback only, no auth: never for production.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SmtpMailbox } from './smtp-mailbox';

const [folder] = process.argv.slice(2);
const port = Number(process.env['DEV_MAILBOX_PORT'] ?? '1025');
if (folder === undefined || !Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error('usage: DEV_MAILBOX_PORT=<1..65535> dev-mailbox <folder>');
  process.exit(2);
}
mkdirSync(folder, { recursive: true });
let count = 0;
const mailbox = new SmtpMailbox({
  port,
  onMail: ({ envelopeTo, mail, raw }) => {
    count += 1;
    const file = join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${count}.eml`);
    writeFileSync(file, raw);
    console.log(`mail "${mail.subject ?? ''}" to ${envelopeTo.join(', ')} → ${file}`);
  },
});
await mailbox.start();
console.log(`listening on smtp://127.0.0.1:${mailbox.port}, keeping mail in ${folder}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void mailbox.stop().then(() => process.exit(0)));
