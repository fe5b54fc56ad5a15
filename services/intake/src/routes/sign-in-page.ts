import type { FastifyPluginAsync } from 'fastify';
import '../scopes';

/**
 * A bare sign-in page for people until the agent workspace has its own: it sets the session
 * cookie in the browser, which is what the Temporal Web UI's codec calls then carry. Script
 * in a file of its own: the content security policy allows no inline script.
 */
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>caseflow — sign in</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px system-ui,sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem}label,input,button{display:block;width:100%;margin:.4rem 0}input{padding:.4rem}</style>
</head><body>
<h1>caseflow</h1>
<p id="state">Checking your session…</p>
<form id="signin" hidden><label>E-mail <input name="email" type="email" autocomplete="username" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button>Sign in</button></form>
<button id="signout" hidden>Sign out</button>
<script src="/signin.js"></script>
</body></html>`;

const script = `const state = document.getElementById('state');
const form = document.getElementById('signin');
const out = document.getElementById('signout');
let csrfToken = '';
function show(answer) {
  const signedIn = answer !== null;
  csrfToken = signedIn ? answer.csrfToken : '';
  state.textContent = signedIn ? 'Signed in as ' + answer.agent.name + ' (' + answer.agent.role + '). The Temporal Web UI can now decode payloads for you.' : 'Sign in with your e-mail and password.';
  form.hidden = signedIn;
  out.hidden = !signedIn;
}
fetch('/v1/session').then((r) => (r.ok ? r.json() : null)).then(show, () => show(null));
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const r = await fetch('/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: data.get('email'), password: data.get('password') }) });
  if (r.ok) return show(await r.json());
  state.textContent = (await r.json()).error.message;
});
out.addEventListener('click', async () => {
  await fetch('/v1/session', { method: 'DELETE', headers: { 'x-csrf-token': csrfToken } });
  show(null);
});
`;

export const signInPageRoutes: FastifyPluginAsync = async (app) => {
  const config = { scope: 'public' as const };
  app.get('/signin', { config, schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page));
  app.get('/signin.js', { config, schema: { hide: true } }, async (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(script));
};
