// Two language switches in quick succession: the first switch's start of the app is still waiting for its requests
// when the second begins. The page must end with ONE reminders panel (one live socket) and show a new reminder once.
import { customerWithOverduePlan } from './dashboard-api.mjs';

// Waits (event by event, bounded) until `condition()` holds; returns whether it did.
async function until(page, condition, timeoutMs) {
  const giveUp = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > giveUp) return false;
    await page.waitForTimeout(100);
  }
  return true;
}

export async function checkQuickLanguageSwitches({ page, token, run, check }) {
  // Sockets opened from now on, and whether each is still open (the socket of the panel before the switches is
  // stopped by the switch and not counted).
  const open = new Set();
  page.on('websocket', (socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  // On the review tab the app's start asks for the stored reminders itself (Today's first request carries them), so
  // the first switch's panel is still starting when the second switch starts another.
  await page.locator('#tab-review').click();
  await page.waitForSelector('#review-figures');
  // Back and forth in one task, as arrow keys on the focused select do: the second change comes before any answer.
  await page.evaluate(() => {
    const select = document.getElementById('language');
    for (const value of ['zh-CN', 'en']) {
      select.value = value;
      select.dispatchEvent(new Event('change'));
    }
  });
  await page.waitForSelector('#tab-review:has-text("Review")');
  await page.waitForSelector('#review-figures');
  await page.waitForSelector('#live-status[data-state="live"]');

  await customerWithOverduePlan(token, `双切换客户-${run}`);
  const item = page.locator('#reminder-list li', { hasText: `双切换客户-${run}` });
  await item.first().waitFor({ timeout: 60000 });
  const oneSocket = await until(page, () => open.size === 1, 30000);
  const ids = await page.locator('#reminder-list li').evaluateAll((items) => items.map((i) => i.dataset.id));
  check(oneSocket && await item.count() === 1 && ids.length === new Set(ids).size,
    `after two quick language switches one reminders panel is live (${open.size} sockets open) and a new reminder `
    + 'shows once');
}
