/**
 * Sign-in at /signin: an editor pastes the token `detente token create` printed; it is kept in
 * sessionStorage (this tab only) and sent as a bearer token on writes. Nothing is checked here:
 * the API judges the token on the first write.
 */
import { LitElement, html } from 'lit';
import type { TemplateResult } from 'lit';
import { auth } from '../api.ts';
import { navigate } from '../router.ts';

export class SignInPage extends LitElement {
  static override properties = { search: { type: String }, error: { state: true } };
  declare search: string;
  declare error: string;

  constructor() {
    super();
    this.search = '';
    this.error = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private submit(e: SubmitEvent): void {
    e.preventDefault();
    const token = String(new FormData(e.target as HTMLFormElement).get('token') ?? '').trim();
    if (!/^dtk_[A-Za-z0-9]+_[A-Za-z0-9_-]+$/.test(token)) {
      this.error = 'A token reads dtk_…; paste the whole line that `detente token create` printed.';
      return;
    }
    auth.signIn(token);
    const next = new URLSearchParams(this.search).get('next');
    navigate(next?.startsWith('/') ? next : '/');
  }

  override render(): TemplateResult {
    const signedIn = auth.token() !== null;
    return html`
      <h1 tabindex="-1">Sign in to edit</h1>
      <p>
        Reading needs no sign-in. To edit, paste an editor's token, made with
        <code>npx detente token create --role editor --name YOU</code>. It stays in this browser tab
        only, and every change you make is signed with the token's name.
      </p>
      ${
        signedIn
          ? html`<p class="ok" role="status">You are signed in (token ${auth.name()}).</p>
              <p>
                <button type="button" class="secondary" @click=${() => auth.signOut()}>
                  Sign out
                </button>
              </p>`
          : html`<form @submit=${this.submit} novalidate>
              <div class="field">
                <label for="signin-token">Token</label>
                <input
                  id="signin-token"
                  name="token"
                  type="password"
                  autocomplete="off"
                  aria-describedby="signin-err"
                  aria-invalid=${this.error ? 'true' : 'false'}
                  size="48"
                />
                <span id="signin-err" class="field-error">${this.error}</span>
              </div>
              <p><button type="submit">Sign in</button></p>
            </form>`
      }
    `;
  }
}
customElements.define('d-signin', SignInPage);
