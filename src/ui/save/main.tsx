/**
 * The save window (issue #15), opened by the context menu as a small extension window: it saves the
 * tab's article or selection through the background and says what came of it, or shows the form
 * that adds a selected name. An extension page, so the web page's own key listeners never see what
 * the reader types here.
 */
import { type ComponentChildren, render } from 'preact';
import { parseSavedReply } from '../../saved/saved-reply';
import type { SavedNameInput, SavedNameSummary } from '../../saved/saved-types';
import { browser, translate, uiLocale } from '../../shared/browser';
import { uiLanguageOf } from '../../shared/i18n';
import type { CaptureMessage, SavedMessage } from '../../shared/messages';
import { readSaveRequest } from '../../shared/save-address';
import { createSettingsStore } from '../../shared/settings-store';
import { problemField, saveView } from '../save-outcome';
import { describeSavedProblem } from '../saved-problems';
import { NameForm, type NameFormOutcome } from './NameForm';
import { SaveStatus } from './SaveStatus';

const language = uiLanguageOf(uiLocale());
const root = document.getElementById('root')!;
const t = translate;
const close = () => window.close();

function frame(heading: string, body: ComponentChildren, theme: string): void {
  document.documentElement.lang = language;
  document.title = heading;
  render(
    <main class={`save-window theme-${theme}`}>
      <h1>{heading}</h1>
      {body}
    </main>,
    root,
  );
}

async function saveTab(tab: number, what: 'article' | 'selection', theme: string): Promise<void> {
  frame(t('saveWindowTitle'), <SaveStatus t={t} view={{ state: 'saving' }} onClose={close} />, theme);
  const message: CaptureMessage = { type: 'save-tab', tab, what };
  const reply = parseSavedReply(await browser.runtime.sendMessage(message).catch(() => undefined));
  frame(t('saveWindowTitle'), <SaveStatus t={t} view={saveView(reply, t, language)} onClose={close} />, theme);
}

function addName(initialName: string, theme: string): void {
  const show = (outcome: NameFormOutcome) => frame(t('addNameHeading'), <NameForm t={t} initialName={initialName} outcome={outcome} onSubmit={(name) => void submit(name)} onClose={close} />, theme);
  const submit = async (name: SavedNameInput) => {
    show({ state: 'adding' });
    const message: SavedMessage = { type: 'add-name', name: { ...name, allowSurnameAlone: name.allowSurnameAlone } };
    const reply = parseSavedReply(await browser.runtime.sendMessage(message).catch(() => undefined));
    if (!reply.ok) {
      const field = problemField(reply.problem);
      show({ state: 'problem', text: describeSavedProblem(reply.problem, t, language), ...(field && field !== 'title' && field !== 'source' && field !== 'text' ? { field } : {}) });
      return;
    }
    const added = reply.value as Partial<SavedNameSummary> | undefined;
    const count = typeof added?.articles === 'number' ? added.articles : 0;
    const shown = typeof added?.name === 'string' ? added.name : name.name;
    show({ state: 'added', text: count === 1 ? t('addNameAddedOne', shown) : t('addNameAdded', shown, count.toLocaleString(language)) });
  };
  show({ state: 'editing' });
}

addEventListener('keydown', (e) => {
  if (e.key === 'Escape') close();
});

async function start(): Promise<void> {
  const request = readSaveRequest(location.search);
  const { settings } = await createSettingsStore({ sync: browser.storage.sync, local: browser.storage.local }, browser.storage.onChanged).load();
  if (!request) frame(t('saveWindowTitle'), <SaveStatus t={t} view={{ state: 'problem', text: t('captureGone') }} onClose={close} />, settings.theme);
  else if ('what' in request) await saveTab(request.tab, request.what, settings.theme);
  else addName(request.name, settings.theme);
}

void start();
