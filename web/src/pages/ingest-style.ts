/**
 * Styles of the ingest page: the text with its highlighted spans beside the candidate cards, one
 * column on phones. Kept with the page (light DOM, classes prefixed ing-) so the shared
 * stylesheet stays as it is.
 */
import { html } from 'lit';

export const STYLE = html`<style>
  .ing-meta,
  .ing-layout {
    overflow-wrap: anywhere;
  }
  .ing-layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 1rem;
    align-items: start;
  }
  .ing-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    max-height: 75vh;
    overflow-y: auto;
    background: #fff;
    border: 1px solid var(--line);
    border-radius: 4px;
    padding: 0.75rem;
  }
  .ing-text mark {
    background: #fff1b8;
    border-bottom: 2px solid #c99700;
    color: inherit;
  }
  .ing-text mark.accepted {
    background: #d8f0de;
    border-bottom-color: var(--good);
  }
  .ing-text mark.rejected {
    background: #eceef1;
    border-bottom-color: #8a939e;
  }
  .ing-text mark.selected {
    background: #ffd43b;
    border-bottom: 3px solid #7a5a00;
  }
  .ing-text mark:focus-visible {
    outline: 3px solid var(--focus);
  }
  ol.ing-cards {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .ing-card {
    background: var(--panel);
    border: 1px solid var(--line);
    border-radius: 6px;
    padding: 0.6rem 0.9rem;
    min-width: 0;
  }
  .ing-card h3 {
    font-size: 1rem;
    margin: 0.2rem 0 0.4rem;
  }
  .ing-card.selected {
    border-color: #7a5a00;
    box-shadow: 0 0 0 2px #ffd43b;
  }
  .ing-quote {
    margin: 0.5rem 0;
    padding: 0.4rem 0.6rem;
    border-left: 4px solid #c99700;
    background: #fff;
    overflow-wrap: anywhere;
  }
  .ing-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0 0.25rem;
  }
  .ing-actions button {
    align-self: auto;
  }
  .ing-flag {
    display: inline-block;
    background: #fde2c4;
    color: #6b3500;
    border-radius: 3px;
    padding: 0 0.35rem;
    margin: 0.1rem 0.25rem 0.1rem 0;
    font-size: 0.85rem;
  }
  .ing-warn {
    color: var(--bad);
    font-weight: 600;
  }
  .status.pending {
    background: #fff1b8;
    color: #5c4400;
  }
  .status.accepted {
    background: #d8f0de;
    color: var(--good);
  }
  .status.rejected {
    background: #eceef1;
    color: var(--muted);
  }
  .ing-form > .field {
    margin-bottom: 0.75rem;
  }
  .ing-form textarea {
    min-height: 12rem;
  }
  .ing-edit-grid .field.wide {
    grid-column: 1 / -1;
  }
  .ing-edit-grid {
    grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
    margin-top: 0.5rem;
  }
  .ing-facts {
    font-size: 0.92rem;
  }
  .ing-facts ul {
    margin: 0;
    padding-left: 1.1rem;
  }
  @media (max-width: 800px) {
    .ing-layout {
      grid-template-columns: 1fr;
    }
    .ing-text {
      max-height: 50vh;
    }
  }
</style>`;
