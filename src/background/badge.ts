import { browser } from '../shared/browser';

/** Shows on the toolbar button how many entities the tab's page mentions; nothing for none. */
export async function showEntityCount(tabId: number, entities: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d3557' });
  await browser.action.setBadgeText({ tabId, text: entities > 0 ? String(entities) : '' });
}
